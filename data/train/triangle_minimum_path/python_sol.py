def solve(rows):
    best = list(rows[-1])
    for row in reversed(rows[:-1]):
        best = [x + min(best[i], best[i + 1]) for i, x in enumerate(row)]
    return best[0]
