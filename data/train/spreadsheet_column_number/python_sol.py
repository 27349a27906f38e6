def solve(title):
    n = 0
    for c in title:
        n = n * 26 + ord(c) - 64
    return n
