def solve(nums):
    from functools import cmp_to_key

    def order(a, b):
        return -1 if a + b > b + a else (1 if a + b < b + a else 0)

    text = "".join(sorted(map(str, nums), key=cmp_to_key(order)))
    return text.lstrip("0") or "0"
