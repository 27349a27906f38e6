def solve(b, e, m):
    return pow(b, e, m)
