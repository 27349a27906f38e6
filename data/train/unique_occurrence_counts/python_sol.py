def solve(nums):
    counts = [nums.count(x) for x in set(nums)]
    return len(counts) == len(set(counts))
