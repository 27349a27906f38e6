def solve(s):
    return len(s.split())
