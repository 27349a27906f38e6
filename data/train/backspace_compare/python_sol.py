def solve(s, t):
    def typed(text):
        out = []
        for c in text:
            if c == "#":
                out = out[:-1]
            else:
                out.append(c)
        return out

    return typed(s) == typed(t)
