def solve(grid):
    rows, cols = len(grid), len(grid[0])
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            before = [cost[i - 1][j]] if i else []
            before += [cost[i][j - 1]] if j else []
            cost[i][j] = grid[i][j] + min(before, default=0)
    return cost[-1][-1]
