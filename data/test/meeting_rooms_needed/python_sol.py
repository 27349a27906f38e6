def solve(iv):
    return max(sum(1 for s, e in iv if s <= t < e) for t, _ in iv)
