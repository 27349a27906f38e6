def solve(nums):
    out = []
    for x in nums:
        if len(out) < 2 or out[-2] != x:
            out.append(x)
    return out
