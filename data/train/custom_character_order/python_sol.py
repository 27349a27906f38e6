def solve(order, s):
    return "".join(sorted(s, key=lambda c: order.index(c) if c in order else len(order)))
