def solve(s, k):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            window = s[i:j]
            if len(window) - max(window.count(c) for c in window) <= k:
                best = max(best, len(window))
    return best
