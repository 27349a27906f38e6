def solve(a, b):
    from math import gcd

    return gcd(a, b)
