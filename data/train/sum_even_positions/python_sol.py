def solve(nums):
    return sum(nums[0::2])
