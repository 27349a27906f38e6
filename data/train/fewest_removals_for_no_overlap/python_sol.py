def solve(iv):
    kept, end = 0, None
    for s, e in sorted(iv, key=lambda p: p[1]):
        if end is None or s >= end:
            kept += 1
            end = e
    return len(iv) - kept
