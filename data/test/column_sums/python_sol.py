def solve(m):
    return [sum(col) for col in zip(*m, strict=True)]
