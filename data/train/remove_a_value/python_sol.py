def solve(nums, val):
    return [x for x in nums if x != val]
