def solve(nums):
    from math import lcm

    return lcm(*nums)
