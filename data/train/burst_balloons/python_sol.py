def solve(nums):
    from functools import cache

    @cache
    def best(left):
        if not left:
            return 0
        total = 0
        for i, x in enumerate(left):
            lo = left[i - 1] if i else 1
            hi = left[i + 1] if i + 1 < len(left) else 1
            total = max(total, lo * x * hi + best(left[:i] + left[i + 1 :]))
        return total

    return best(tuple(nums))
