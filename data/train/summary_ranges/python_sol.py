def solve(nums):
    out, start = [], 0
    for i in range(1, len(nums) + 1):
        if i == len(nums) or nums[i] != nums[i - 1] + 1:
            a, b = nums[start], nums[i - 1]
            out.append(str(a) if a == b else f"{a}->{b}")
            start = i
    return out
