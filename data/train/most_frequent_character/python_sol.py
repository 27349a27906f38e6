def solve(s):
    return max(s, key=lambda c: (s.count(c), -s.index(c)))
