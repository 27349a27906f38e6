def solve(iv):
    points = set()
    for s, e in iv:
        points.update(range(s, e))
    return len(points)
