def solve(heights):
    total = 0
    for i, h in enumerate(heights):
        total += min(max(heights[: i + 1]), max(heights[i:])) - h
    return total
