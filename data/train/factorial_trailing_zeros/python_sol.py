def solve(n):
    count, power = 0, 5
    while power <= n:
        count += n // power
        power *= 5
    return count
