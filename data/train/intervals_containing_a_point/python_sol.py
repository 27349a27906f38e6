def solve(iv, p):
    return sum(1 for s, e in iv if s <= p <= e)
