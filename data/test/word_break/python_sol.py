def solve(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[i - len(w)] and s[i - len(w) : i] == w for w in words if len(w) <= i)
    return ok[-1]
