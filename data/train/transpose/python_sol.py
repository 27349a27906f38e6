def solve(m):
    return [list(col) for col in zip(*m, strict=True)]
