def solve(words):
    order = []
    for w in words:
        if w not in order:
            order.append(w)
    return [words.count(w) for w in order]
