def solve(path):
    stack = []
    for part in path.split("/"):
        if part == "..":
            stack = stack[:-1]
        elif part not in ("", "."):
            stack.append(part)
    return "/" + "/".join(stack)
