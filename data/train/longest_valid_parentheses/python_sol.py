def solve(s):
    def balanced(t):
        depth = 0
        for c in t:
            depth += 1 if c == "(" else -1
            if depth < 0:
                return False
        return depth == 0

    return max(
        (j - i for i in range(len(s)) for j in range(i, len(s) + 1) if balanced(s[i:j])), default=0
    )
