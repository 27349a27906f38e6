def solve(nums):
    return sorted(x * x for x in nums)
