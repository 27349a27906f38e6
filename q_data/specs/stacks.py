"""Stack problems."""

from q_data.specs import problem


@problem(
    "Balanced Brackets",
    "easy",
    "stacks strings",
    "s:str",
    "bool",
    "`s` holds only the characters ()[]{}. Return `1b` if every bracket is closed by the same "
    "kind of bracket in the right order.",
    q="""
    solve:{[s]
      st:""; i:0; ok:1b;
      while[ok and i<count s;
        c:s i;
        open:c in "([{";
        match:$[count st; (last st)="([{" ")]}"?c; 0b];
        $[open; st,:c; match; st:-1_st; ok:0b];
        i+:1];
      ok and 0=count st}
    """,
    tests=["()", "()[]{}", "(]", "([)]", "{[]}", "", "((", ")"],
)
def balanced_brackets(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif stack and stack[-1] == pairs[c]:
            stack.pop()
        else:
            return False
    return not stack


@problem(
    "Backspace Compare",
    "easy",
    "stacks strings two-pointers",
    "s:str;t:str",
    "bool",
    "In `s` and `t` the character # deletes the character typed before it (if any). Return `1b` "
    "if both give the same text.",
    q="""
    solve:{[s;t]
      f:{r:""; i:0; while[i<count x; $[x[i]="#"; r:-1_r; r,:x i]; i+:1]; r};
      (f s)~f t}
    """,
    tests=[("ab#c", "ad#c"), ("ab##", "c#d#"), ("a#c", "b"), ("", "#"), ("a##b", "b")],
)
def backspace_compare(s, t):
    def typed(text):
        out = []
        for c in text:
            if c == "#":
                out = out[:-1]
            else:
                out.append(c)
        return out

    return typed(s) == typed(t)


@problem(
    "Evaluate Reverse Polish Notation",
    "medium",
    "stacks math",
    "tokens:strs",
    "long",
    "Evaluate the arithmetic expression `tokens` written in reverse Polish notation. Tokens are "
    "integers or one of + - * /; division truncates toward zero.",
    q="""
    solve:{[tokens]
      st:`long$(); i:0;
      while[i<count tokens;
        t:tokens i; op:first t;
        isop:(1=count t) and op in "+-*/";
        if[not isop; st,:"J"$t];
        if[isop;
          b:last st; a:st (count st)-2; st:-2_st;
          d:$[op="/"; (abs a) div abs b; 0];
          st,:$[op="+"; a+b; op="-"; a-b; op="*"; a*b; (a*b)<0; neg d; d]];
        i+:1];
      last st}
    """,
    tests=[
        ["2", "1", "+", "3", "*"],
        ["4", "13", "5", "/", "+"],
        ["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"],
        ["42"],
        ["7", "-2", "/"],
    ],
    split="test",
)
def evaluate_reverse_polish_notation(tokens):
    stack = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b, a = stack.pop(), stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            else:
                q = abs(a) // abs(b)
                stack.append(-q if a * b < 0 else q)
        else:
            stack.append(int(t))
    return stack[-1]


@problem(
    "Days Until Warmer",
    "medium",
    "stacks arrays",
    "temps:longs",
    "longs",
    "For each day of `temps` return how many days you wait for a strictly warmer day, or 0 if "
    "none comes.",
    q="""
    solve:{[temps]
      n:count temps; ans:n#0; st:`long$(); i:0;
      while[i<n;
        while[$[count st; temps[last st]<temps i; 0b]; j:last st; ans[j]:i-j; st:-1_st];
        st,:i; i+:1];
      ans}
    """,
    tests=[[73, 74, 75, 71, 69, 72, 76, 73], [30, 40, 50, 60], [30, 60, 90], [50], []],
    split="test",
)
def days_until_warmer(temps):
    out = []
    for i, t in enumerate(temps):
        wait = next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0)
        out.append(wait)
    return out


@problem(
    "Next Greater Value",
    "medium",
    "stacks arrays",
    "nums:longs",
    "longs",
    "For each item of the non-empty list `nums` return the first later item that is strictly "
    "greater, or -1 if there is none.",
    q="""
    solve:{[nums]
      f:{[nums;i] r:nums where ((til count nums)>i) and nums>nums i; $[count r; first r; -1]};
      f[nums] each til count nums}
    """,
    tests=[[4, 1, 2], [1, 3, 4, 2], [5], [2, 2, 2], [-1, 0, -5, 3]],
)
def next_greater_value(nums):
    return [next((y for y in nums[i + 1 :] if y > x), -1) for i, x in enumerate(nums)]


@problem(
    "Remove Adjacent Pairs",
    "easy",
    "stacks strings",
    "s:str",
    "str",
    "Repeatedly delete two adjacent equal characters from `s` until no such pair is left, and "
    "return what remains.",
    q="""
    solve:{[s]
      r:""; i:0;
      while[i<count s; c:s i; $[(0<count r) and c=last r; r:-1_r; r,:c]; i+:1];
      r}
    """,
    tests=["abbaca", "azxxzy", "aa", "", "abc", "x"],
)
def remove_adjacent_pairs(s):
    out = []
    for c in s:
        if out and out[-1] == c:
            out.pop()
        else:
            out.append(c)
    return "".join(out)


@problem(
    "Simplify Path",
    "medium",
    "stacks strings",
    "path:str",
    "str",
    'Simplify the absolute Unix-style `path`: "." means the current folder, ".." the parent '
    "folder (staying at the root if there is none) and repeated slashes count as one. Return the "
    "canonical path, starting with a single slash and without a trailing slash.",
    q="""
    solve:{[path]
      parts:("/" vs path) except ("";enlist ".");
      st:(); i:0;
      while[i<count parts; d:parts i; $[d~".."; st:-1_st; st,:enlist d]; i+:1];
      $[count st; raze "/",/:st; enlist "/"]}
    """,
    tests=["/home/", "/../", "/home//foo/", "/a/./b/../../c/", "/a/b/c", "/x/../y/./z"],
)
def simplify_path(path):
    stack = []
    for part in path.split("/"):
        if part == "..":
            stack = stack[:-1]
        elif part not in ("", "."):
            stack.append(part)
    return "/" + "/".join(stack)


@problem(
    "Largest Rectangle In Histogram",
    "hard",
    "stacks arrays",
    "heights:longs",
    "long",
    "Bars of width 1 with the given `heights` stand side by side. Return the area of the largest "
    "rectangle that fits inside the bars.",
    q="""
    solve:{[heights]
      n:count heights; best:0; i:0;
      while[i<n;
        m:heights i; j:i;
        while[j<n; m:m&heights j; best:best|m*1+j-i; j+:1];
        i+:1];
      best}
    """,
    tests=[[2, 1, 5, 6, 2, 3], [2, 4], [], [7], [3, 3, 3, 3], [6, 2, 5, 4, 5, 1, 6]],
)
def largest_rectangle_in_histogram(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i, len(heights)):
            best = max(best, min(heights[i : j + 1]) * (j - i + 1))
    return best


@problem(
    "Asteroid Collisions",
    "medium",
    "stacks arrays",
    "rocks:longs",
    "longs",
    "Each item of `rocks` is an asteroid: its size is the absolute value, and it moves right when "
    "positive and left when negative, all at the same speed. When two meet, the smaller one "
    "explodes (both if equal). Return the asteroids left after all collisions, in order.",
    q="""
    solve:{[rocks]
      st:`long$(); i:0;
      while[i<count rocks;
        v:rocks i; alive:1b;
        while[alive and (v<0) and $[count st; 0<last st; 0b];
          t:last st;
          if[t<=neg v; st:-1_st];
          if[t>=neg v; alive:0b]];
        if[alive; st,:v];
        i+:1];
      st}
    """,
    tests=[[5, 10, -5], [8, -8], [10, 2, -5], [-2, -1, 1, 2], [], [1, -2, -2, -2]],
)
def asteroid_collisions(rocks):
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


@problem(
    "Decode Repeated Strings",
    "hard",
    "stacks strings",
    "s:str",
    "str",
    "Decode `s`, where k[text] means text repeated k times (k >= 1, brackets may nest). "
    "Letters outside brackets are copied as they are.",
    q="""
    solve:{[s]
      counts:`long$(); saved:(); cur:""; k:0; i:0;
      while[i<count s;
        c:s i;
        if[c in "0123456789"; k:(10*k)+("j"$c)-48];
        if[c="["; counts,:k; saved,:enlist cur; cur:""; k:0];
        if[c="]"; cur:(last saved),raze (last counts)#enlist cur; counts:-1_counts; saved:-1_saved];
        if[not c in "0123456789[]"; cur,:c];
        i+:1];
      cur}
    """,
    tests=["3[a]2[bc]", "3[a2[c]]", "2[abc]3[cd]ef", "", "x", "10[z]"],
    split="test",
)
def decode_repeated_strings(s):
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


@problem(
    "Parentheses Score",
    "medium",
    "stacks strings",
    "s:str",
    "long",
    '`s` is a non-empty balanced string of ( and ). "()" scores 1, AB scores A + B and (A) '
    "scores 2 * A. Return the score of `s`.",
    q="""
    solve:{[s]
      st:enlist 0; i:0;
      while[i<count s;
        c:s i;
        if[c="("; st,:0];
        if[c=")"; v:last st; st:-1_st; st[-1+count st]+:1|2*v];
        i+:1];
      first st}
    """,
    tests=["()", "(())", "()()", "(()(()))", "((()))()"],
)
def parentheses_score(s):
    stack = [0]
    for c in s:
        if c == "(":
            stack.append(0)
        else:
            v = stack.pop()
            stack[-1] += max(1, 2 * v)
    return stack[0]


@problem(
    "Baseball Score Keeper",
    "easy",
    "stacks simulation",
    "ops:strs",
    "long",
    "Process the operations `ops` in order on a list of scores: an integer adds that score, "
    '"+" adds the sum of the last two scores, "D" adds double the last score and "C" removes '
    "the last score. Return the sum of the final scores.",
    q="""
    solve:{[ops]
      st:`long$(); i:0;
      while[i<count ops;
        o:ops i; c:first o; op:(1=count o) and c in "+DC";
        if[not op; st,:"J"$o];
        if[op; st:$[c="+"; st,sum -2#st; c="D"; st,2*last st; -1_st]];
        i+:1];
      sum st}
    """,
    tests=[
        ["5", "2", "C", "D", "+"],
        ["5", "-2", "4", "C", "D", "9", "+", "+"],
        ["1", "C"],
        ["-7"],
    ],
)
def baseball_score_keeper(ops):
    scores = []
    for o in ops:
        if o == "+":
            scores.append(scores[-1] + scores[-2])
        elif o == "D":
            scores.append(2 * scores[-1])
        elif o == "C":
            scores.pop()
        else:
            scores.append(int(o))
    return sum(scores)


@problem(
    "Fewest Brackets To Balance",
    "medium",
    "stacks strings greedy",
    "s:str",
    "long",
    "`s` holds only ( and ). Return the fewest brackets that must be inserted to make it balanced.",
    q="""
    solve:{[s]
      open:0; add:0; i:0;
      while[i<count s; $[s[i]="("; open+:1; open>0; open-:1; add+:1]; i+:1];
      add+open}
    """,
    tests=["())", "(((", "", "()))((", "()"],
)
def fewest_brackets_to_balance(s):
    depth = added = 0
    for c in s:
        if c == "(":
            depth += 1
        elif depth:
            depth -= 1
        else:
            added += 1
    return added + depth


@problem(
    "Deepest Nesting",
    "easy",
    "stacks strings",
    "s:str",
    "long",
    "Return the greatest nesting depth of the parentheses in the balanced expression `s` "
    "(other characters are ignored).",
    q='solve:{[s] max 0,sums ("j"$s="(")-"j"$s=")"}',
    tests=["(1+(2*3)+((8)/4))+1", "(1)+((2))+(((3)))", "", "1+2", "()()"],
)
def deepest_nesting(s):
    depth = best = 0
    for c in s:
        depth += (c == "(") - (c == ")")
        best = max(best, depth)
    return best


@problem(
    "Longest Valid Parentheses",
    "hard",
    "stacks strings dynamic-programming",
    "s:str",
    "long",
    "`s` holds only ( and ). Return the length of its longest substring that is a balanced "
    "parentheses string.",
    q="""
    solve:{[s]
      st:enlist -1; best:0; i:0;
      while[i<count s;
        if[s[i]="("; st,:i];
        if[s[i]=")";
          st:-1_st;
          if[0=count st; st,:i];
          best:best|i-last st];
        i+:1];
      best}
    """,
    tests=["(()", ")()())", "", "()(())", "((((", "()(()"],
)
def longest_valid_parentheses(s):
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


@problem(
    "Basic Calculator",
    "hard",
    "stacks strings math",
    "s:str",
    "long",
    "Evaluate the expression `s` made of non-negative integers, +, -, parentheses and spaces "
    "(no multiplication or division).",
    q="""
    solve:{[s]
      res:0; sign:1; num:0; st:`long$(); i:0;
      while[i<count s;
        c:s i;
        if[c in "0123456789"; num:(10*num)+("j"$c)-48];
        if[c in "+-"; res+:sign*num; num:0; sign:$[c="+"; 1; -1]];
        if[c="("; st,:res,sign; res:0; sign:1];
        if[c=")"; res+:sign*num; num:0; res:(st (count st)-2)+res*last st; st:-2_st];
        i+:1];
      res+sign*num}
    """,
    tests=["1 + 1", " 2-1 + 2 ", "(1+(4+5+2)-3)+(6+8)", "10 - (2 - (3 - 4))", "42", "(7)-(0)"],
)
def basic_calculator(s):
    return eval(s, {"__builtins__": {}})  # the expressions are digits, + - ( ) and spaces only
