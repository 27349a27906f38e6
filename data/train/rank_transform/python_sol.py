def solve(nums):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    return [ranks[x] for x in nums]
