def solve(x):
    r = int(str(abs(x))[::-1])
    return -r if x < 0 else r
