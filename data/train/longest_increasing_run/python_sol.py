def solve(nums):
    best = run = 0
    for i, x in enumerate(nums):
        run = run + 1 if i and x > nums[i - 1] else 1
        best = max(best, run)
    return best
