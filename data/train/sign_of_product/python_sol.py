def solve(nums):
    if 0 in nums:
        return 0
    return -1 if sum(1 for x in nums if x < 0) % 2 else 1
