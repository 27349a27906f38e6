def solve(s):
    out = []
    for c in s:
        if out and out[-1] == c:
            out.pop()
        else:
            out.append(c)
    return "".join(out)
