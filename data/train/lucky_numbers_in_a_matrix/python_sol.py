def solve(m):
    cols = [max(col) for col in zip(*m, strict=True)]
    return [min(row) for row in m if min(row) in cols]
