def solve(iv):
    return sum(
        1
        for i, (a, b) in enumerate(iv)
        if not any(j != i and c <= a and b <= d for j, (c, d) in enumerate(iv))
    )
