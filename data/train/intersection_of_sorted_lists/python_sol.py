def solve(a, b):
    out, rest = [], list(b)
    for x in a:
        if x in rest:
            rest.remove(x)
            out.append(x)
    return out
