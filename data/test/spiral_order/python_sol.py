def solve(m):
    out = []
    grid = [list(row) for row in m]
    while grid:
        out += grid.pop(0)
        grid = [list(col) for col in zip(*grid, strict=True)][::-1]
    return out
