def solve(a, b):
    merged = sorted(a + b)
    mid = len(merged) // 2
    return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
