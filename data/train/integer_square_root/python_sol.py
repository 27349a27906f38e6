def solve(x):
    from math import isqrt

    return isqrt(x)
