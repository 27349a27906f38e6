def solve(trips, capacity):
    stops = max(t[2] for t in trips) + 1
    return all(sum(n for n, a, b in trips if a <= s < b) <= capacity for s in range(stops))
