def solve(jewels, stones):
    return sum(1 for c in stones if c in jewels)
