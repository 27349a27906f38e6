def solve(s):
    stack, cur, k = [], "", 0
    for c in s:
        if c.isdigit():
            k = k * 10 + int(c)
        elif c == "[":
            stack.append((cur, k))
            cur, k = "", 0
        elif c == "]":
            before, times = stack.pop()
            cur = before + cur * times
        else:
            cur += c
    return cur
