def solve(nums):
    best = [0] + [None] * (len(nums) - 1)
    for i, x in enumerate(nums):
        for j in range(i + 1, min(len(nums), i + x + 1)):
            if best[i] is not None and (best[j] is None or best[i] + 1 < best[j]):
                best[j] = best[i] + 1
    return best[-1]
