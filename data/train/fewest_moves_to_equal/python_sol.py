def solve(nums):
    return min(sum(abs(x - t) for x in nums) for t in nums)
