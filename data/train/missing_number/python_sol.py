def solve(nums):
    return next(x for x in range(len(nums) + 1) if x not in nums)
