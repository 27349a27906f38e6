def solve(m, target):
    return any(target in row for row in m)
