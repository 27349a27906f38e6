def solve(iv):
    s = sorted(iv)
    return all(s[i][0] >= s[i - 1][1] for i in range(1, len(s)))
