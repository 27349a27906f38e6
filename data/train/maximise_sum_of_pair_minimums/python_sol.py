def solve(nums):
    return sum(sorted(nums)[0::2])
