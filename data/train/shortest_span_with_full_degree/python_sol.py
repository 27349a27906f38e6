def solve(nums):
    degree = max(nums.count(x) for x in nums)
    best = len(nums)
    for x in set(nums):
        if nums.count(x) == degree:
            first = nums.index(x)
            last = len(nums) - 1 - nums[::-1].index(x)
            best = min(best, last - first + 1)
    return best
