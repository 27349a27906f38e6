def solve(n):
    digits = str(n)
    return n == sum(int(c) ** len(digits) for c in digits)
