def solve(nums):
    return next(x for x in nums if nums.count(x) == 1)
