def solve(m, r, c):
    flat = [x for row in m for x in row]
    if r * c != len(flat):
        return m
    return [flat[i * c : (i + 1) * c] for i in range(r)]
