def solve(s):
    return sum(int(c) for c in s if c.isdigit())
