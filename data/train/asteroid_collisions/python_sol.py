def solve(rocks):
    stack = []
    for v in rocks:
        alive = True
        while alive and v < 0 and stack and stack[-1] > 0:
            top = stack[-1]
            if top <= -v:
                stack.pop()
            if top >= -v:
                alive = False
        if alive:
            stack.append(v)
    return stack
