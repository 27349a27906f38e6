def solve(a, b):
    return bin(int(a, 2) + int(b, 2))[2:]
