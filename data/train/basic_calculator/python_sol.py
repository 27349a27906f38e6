def solve(s):
    return eval(s, {"__builtins__": {}})  # the expressions are digits, + - ( ) and spaces only
