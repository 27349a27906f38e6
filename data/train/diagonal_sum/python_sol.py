def solve(m):
    n = len(m)
    return sum(m[i][i] + m[i][n - 1 - i] for i in range(n)) - (m[n // 2][n // 2] if n % 2 else 0)
