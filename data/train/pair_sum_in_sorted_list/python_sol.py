def solve(nums, target):
    n = len(nums)
    return any(nums[i] + nums[j] == target for i in range(n) for j in range(i + 1, n))
