def solve(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i, len(heights)):
            best = max(best, min(heights[i : j + 1]) * (j - i + 1))
    return best
