def solve(s, t):
    return len(s) == len(t) and t in s + s
