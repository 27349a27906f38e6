def solve(nums, k):
    if not nums:
        return nums
    k %= len(nums)
    return nums[len(nums) - k :] + nums[: len(nums) - k]
