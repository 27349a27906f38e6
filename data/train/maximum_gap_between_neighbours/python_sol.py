def solve(nums):
    s = sorted(nums)
    return max((b - a for a, b in zip(s, s[1:], strict=False)), default=0)
