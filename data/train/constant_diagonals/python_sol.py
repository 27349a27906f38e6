def solve(m):
    return all(m[i][j] == m[i - 1][j - 1] for i in range(1, len(m)) for j in range(1, len(m[0])))
