def solve(citations):
    s = sorted(citations, reverse=True)
    return sum(1 for i, c in enumerate(s) if c >= i + 1)
