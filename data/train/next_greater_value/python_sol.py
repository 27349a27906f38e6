def solve(nums):
    return [next((y for y in nums[i + 1 :] if y > x), -1) for i, x in enumerate(nums)]
