def solve(nums):
    return sum(nums) / len(nums)
