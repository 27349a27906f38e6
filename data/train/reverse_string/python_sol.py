def solve(s):
    return s[::-1]
