def solve(words):
    return sorted(words, key=len)
