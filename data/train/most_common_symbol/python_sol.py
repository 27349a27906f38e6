def solve(words):
    best = max(words.count(w) for w in words)
    return min(w for w in words if words.count(w) == best)
