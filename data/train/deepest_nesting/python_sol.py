def solve(s):
    depth = best = 0
    for c in s:
        depth += (c == "(") - (c == ")")
        best = max(best, depth)
    return best
