def solve(ratings):
    candies = [1] * len(ratings)
    changed = True
    while changed:
        changed = False
        for i, r in enumerate(ratings):
            for j in (i - 1, i + 1):
                if 0 <= j < len(ratings) and r > ratings[j] and candies[i] <= candies[j]:
                    candies[i] = candies[j] + 1
                    changed = True
    return sum(candies)
