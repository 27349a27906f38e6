def solve(k):
    from math import comb

    return [comb(k, i) for i in range(k + 1)]
