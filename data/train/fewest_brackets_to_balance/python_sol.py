def solve(s):
    depth = added = 0
    for c in s:
        if c == "(":
            depth += 1
        elif depth:
            depth -= 1
        else:
            added += 1
    return added + depth
