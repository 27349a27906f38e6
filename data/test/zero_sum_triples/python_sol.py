def solve(nums):
    from itertools import combinations

    return len({tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0})
