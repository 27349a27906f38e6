def solve(nums):
    return sorted(nums, key=lambda x: (nums.count(x), -x))
