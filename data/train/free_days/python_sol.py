def solve(days, iv):
    busy = {d for s, e in iv for d in range(s, e + 1)}
    return sum(1 for d in range(1, days + 1) if d not in busy)
