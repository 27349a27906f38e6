def solve(s):
    positions = [i for i, c in enumerate(s) if c.lower() in "aeiou"]
    chars = list(s)
    for i, j in zip(positions, reversed(positions), strict=True):
        chars[i] = s[j]
    return "".join(chars)
