def solve(grid):
    h, w = len(grid), len(grid[0])

    def paths(r, c):
        if r >= h or c >= w or grid[r][c] == 1:
            return 0
        if (r, c) == (h - 1, w - 1):
            return 1
        return paths(r + 1, c) + paths(r, c + 1)

    return paths(0, 0)
