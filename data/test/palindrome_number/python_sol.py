def solve(x):
    return str(x) == str(x)[::-1]
