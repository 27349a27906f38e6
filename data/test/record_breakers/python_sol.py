def solve(nums):
    count, best = 0, None
    for x in nums:
        if best is None or x > best:
            count += 1
            best = x
    return count
