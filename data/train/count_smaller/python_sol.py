def solve(nums):
    return [sum(1 for y in nums if y < x) for x in nums]
