def solve(m):
    counts = [sum(row) for row in m]
    i = counts.index(max(counts))
    return [i, counts[i]]
