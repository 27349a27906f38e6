def solve(a, b):
    out = []
    for x in a:
        if x in b and x not in out:
            out.append(x)
    return out
