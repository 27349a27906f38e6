def solve(s):
    stack = [0]
    for c in s:
        if c == "(":
            stack.append(0)
        else:
            v = stack.pop()
            stack[-1] += max(1, 2 * v)
    return stack[0]
