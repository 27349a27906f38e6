def solve(greed, sizes):
    count, cookies = 0, sorted(sizes)
    for g in sorted(greed):
        fit = next((c for c in cookies if c >= g), None)
        if fit is not None:
            cookies.remove(fit)
            count += 1
    return count
