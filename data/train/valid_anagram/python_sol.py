def solve(s, t):
    return sorted(s) == sorted(t)
