def solve(temps):
    out = []
    for i, t in enumerate(temps):
        wait = next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0)
        out.append(wait)
    return out
