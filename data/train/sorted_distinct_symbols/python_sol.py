def solve(words):
    return sorted(set(words))
