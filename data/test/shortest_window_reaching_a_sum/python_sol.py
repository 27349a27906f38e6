def solve(target, nums):
    best = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total >= target:
                best = j - i + 1 if best == 0 else min(best, j - i + 1)
                break
    return best
