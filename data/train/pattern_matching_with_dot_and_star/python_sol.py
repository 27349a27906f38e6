def solve(s, p):
    import re

    return re.fullmatch(p, s) is not None
