def solve(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
