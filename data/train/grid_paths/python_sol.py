def solve(rows, cols):
    from math import comb

    return comb(rows + cols - 2, rows - 1)
