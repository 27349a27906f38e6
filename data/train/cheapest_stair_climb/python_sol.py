def solve(cost):
    a, b = 0, 0
    for c in cost:
        a, b = b, c + min(a, b)
    return min(a, b)
