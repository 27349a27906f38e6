def solve(nums):
    return [c for c in (0, 1, 2) for x in nums if x == c]
