def solve(nums):
    dp = []
    for i, x in enumerate(nums):
        dp.append(1 + max([dp[j] for j in range(i) if nums[j] < x], default=0))
    return max(dp, default=0)
