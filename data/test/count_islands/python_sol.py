def solve(grid):
    h, w = len(grid), len(grid[0])
    seen, islands = set(), 0
    for r in range(h):
        for c in range(w):
            if grid[r][c] == 1 and (r, c) not in seen:
                islands += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        inside = 0 <= ny < h and 0 <= nx < w
                        if inside and grid[ny][nx] == 1 and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return islands
