def solve(nums, k):
    return sorted(set(nums), key=lambda x: (-nums.count(x), x))[:k]
