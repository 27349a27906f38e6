def solve(m):
    return sum(1 for row in m for x in row if x < 0)
