def solve(nums):
    d = sorted(set(nums), reverse=True)
    return d[2] if len(d) >= 3 else d[0]
