def solve(s, p):
    return sum(1 for i in range(len(s) - len(p) + 1) if s[i : i + len(p)] == p)
