def solve(grid):
    h, w = len(grid), len(grid[0])
    best = 0
    for r in range(h):
        for c in range(w):
            size = 0
            while (
                r + size < h
                and c + size < w
                and all(
                    grid[y][x] == 1 for y in range(r, r + size + 1) for x in range(c, c + size + 1)
                )
            ):
                size += 1
            best = max(best, size)
    return best * best
