def solve(words):
    return len({"".join(sorted(w)) for w in words})
