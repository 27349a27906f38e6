def solve(prices):
    best, low = 0, None
    for p in prices:
        low = p if low is None else min(low, p)
        best = max(best, p - low)
    return best
