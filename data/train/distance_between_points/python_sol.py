def solve(x1, y1, x2, y2):
    from math import hypot

    return hypot(x2 - x1, y2 - y1)
