def solve(s):
    t = [c.lower() for c in s if c.isascii() and c.isalnum()]
    return t == t[::-1]
