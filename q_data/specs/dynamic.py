"""Dynamic-programming problems."""

from q_data.specs import problem


@problem(
    "Climbing Stairs",
    "easy",
    "dynamic-programming math",
    "n:long",
    "long",
    "You climb a staircase of `n` steps (n >= 0), taking 1 or 2 steps at a time. Return the "
    "number of different ways to reach the top.",
    q="solve:{[n] first n{(x 1),sum x}/1 1}",
    tests=[2, 3, 0, 1, 10, 45],
)
def climbing_stairs(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@problem(
    "House Robber",
    "medium",
    "dynamic-programming",
    "nums:longs",
    "long",
    "Houses in a row hold the amounts `nums` (all >= 0). You may not take from two neighbouring "
    "houses. Return the largest total you can take.",
    q="solve:{[nums] last {(x 1),(x 1)|y+x 0}/[0 0;nums]}",
    tests=[[1, 2, 3, 1], [2, 7, 9, 3, 1], [], [5], [2, 1, 1, 2]],
)
def house_robber(nums):
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


@problem(
    "Fewest Coins",
    "medium",
    "dynamic-programming",
    "coins:longs;amount:long",
    "long",
    "Return the fewest coins with values from `coins` (unlimited supply of each) that add up to "
    "`amount`, or -1 if it cannot be done.",
    q="""
    solve:{[coins;amount]
      dp:(amount+1)#amount+1; dp[0]:0; a:1;
      while[a<=amount;
        c:coins where coins<=a;
        if[count c; dp[a]:1+min dp a-c];
        a+:1];
      $[dp[amount]>amount; -1; dp amount]}
    """,
    tests=[([1, 2, 5], 11), ([2], 3), ([1], 0), ([3, 7], 26), ([186, 419, 83, 408], 6249)],
)
def fewest_coins(coins, amount):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [best[a - c] for c in coins if c <= a and best[a - c] is not None]
        best[a] = min(options) + 1 if options else None
    return -1 if best[amount] is None else best[amount]


@problem(
    "Coin Combinations",
    "medium",
    "dynamic-programming",
    "coins:longs;amount:long",
    "long",
    "Return the number of different combinations (order does not matter) of coins from `coins` "
    "(distinct values, unlimited supply) that add up to `amount`.",
    q="""
    solve:{[coins;amount]
      dp:1,amount#0; i:0;
      while[i<count coins;
        c:coins i; a:c;
        while[a<=amount; dp[a]+:dp a-c; a+:1];
        i+:1];
      dp amount}
    """,
    tests=[([1, 2, 5], 5), ([2], 3), ([10], 10), ([3, 5, 7], 0), ([1, 5, 10, 25], 100)],
    split="test",
)
def coin_combinations(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


@problem(
    "Longest Increasing Subsequence",
    "medium",
    "dynamic-programming",
    "nums:longs",
    "long",
    "Return the length of the longest strictly increasing subsequence of `nums` (items in their "
    "original order, not necessarily adjacent).",
    q="""
    solve:{[nums]
      n:count nums;
      if[n=0; :0];
      dp:n#1; i:1;
      while[i<n;
        p:where nums[til i]<nums i;
        if[count p; dp[i]:1+max dp p];
        i+:1];
      max dp}
    """,
    tests=[[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7], [], [-2, -1]],
)
def longest_increasing_subsequence(nums):
    dp = []
    for i, x in enumerate(nums):
        dp.append(1 + max([dp[j] for j in range(i) if nums[j] < x], default=0))
    return max(dp, default=0)


@problem(
    "Edit Distance",
    "hard",
    "dynamic-programming strings",
    "a:str;b:str",
    "long",
    "Return the fewest single-character insertions, deletions and replacements that turn `a` "
    "into `b`.",
    q="""
    solve:{[a;b]
      m:count a; n:count b;
      above:til n+1; i:1;
      while[i<=m;
        cur:i,n#0; j:1;
        while[j<=n;
          cur[j]:$[a[i-1]=b[j-1]; above j-1; 1+min (above j;above j-1;cur j-1)];
          j+:1];
        above:cur; i+:1];
      above n}
    """,
    tests=[
        ("horse", "ros"),
        ("intention", "execution"),
        ("", "abc"),
        ("abc", ""),
        ("same", "same"),
        ("a", "b"),
    ],
    split="test",
)
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], prev[j - 1], cur[j - 1])
        prev = cur
    return prev[-1]


@problem(
    "Grid Paths",
    "medium",
    "dynamic-programming math",
    "height:long;width:long",
    "long",
    "A robot starts in the top-left cell of a `height` x `width` grid (both >= 1) and moves only "
    "right or down. Return the number of different paths to the bottom-right cell.",
    q="solve:{[height;width] r:width#1; do[height-1; r:sums r]; last r}",
    tests=[(3, 7), (3, 2), (1, 1), (1, 5), (10, 10)],
)
def grid_paths(rows, cols):
    from math import comb

    return comb(rows + cols - 2, rows - 1)


@problem(
    "Cheapest Grid Path",
    "medium",
    "dynamic-programming matrices",
    "grid:longss",
    "long",
    "`grid` is a non-empty rectangular matrix of non-negative costs. Moving only right or down "
    "from the top-left to the bottom-right cell, return the smallest possible sum of the costs "
    "of the cells visited (both ends included).",
    q="""
    solve:{[grid]
      row:sums first grid; i:1;
      while[i<count grid;
        r:grid i; new:(count r)#0; new[0]:row[0]+r 0; j:1;
        while[j<count r; new[j]:r[j]+new[j-1]&row j; j+:1];
        row:new; i+:1];
      last row}
    """,
    tests=[
        [[1, 3, 1], [1, 5, 1], [4, 2, 1]],
        [[1, 2, 3], [4, 5, 6]],
        [[7]],
        [[1], [2], [3]],
        [[0, 0, 9], [9, 0, 0]],
    ],
)
def cheapest_grid_path(grid):
    rows, cols = len(grid), len(grid[0])
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            before = [cost[i - 1][j]] if i else []
            before += [cost[i][j - 1]] if j else []
            cost[i][j] = grid[i][j] + min(before, default=0)
    return cost[-1][-1]


@problem(
    "Word Break",
    "medium",
    "dynamic-programming strings",
    "s:str;words:strs",
    "bool",
    "Return `1b` if `s` can be split into a sequence of one or more words from `words` (a word may "
    "be used many times).",
    q="""
    solve:{[s;words]
      n:count s; ok:1b,n#0b; i:1;
      while[i<=n;
        ok[i]:any {[s;ok;i;w] k:count w; $[k>i; 0b; ok[i-k] and w~(i-k)_i#s]}[s;ok;i] each words;
        i+:1];
      ok n}
    """,
    tests=[
        ("leetcode", ["leet", "code"]),
        ("applepenapple", ["apple", "pen"]),
        ("catsandog", ["cats", "dog", "sand", "and", "cat"]),
        ("", ["a"]),
        ("aaa", ["a"]),
    ],
    split="test",
)
def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[i - len(w)] and s[i - len(w) : i] == w for w in words if len(w) <= i)
    return ok[-1]


@problem(
    "Maximum Product Subarray",
    "medium",
    "dynamic-programming arrays",
    "nums:longs",
    "long",
    "Return the largest product of a non-empty contiguous subarray of the non-empty list `nums`.",
    q="""
    solve:{[nums]
      hi:first nums; lo:hi; best:hi; i:1;
      while[i<count nums;
        v:nums i; c:(v;hi*v;lo*v);
        hi:max c; lo:min c; best:best|hi;
        i+:1];
      best}
    """,
    tests=[[2, 3, -2, 4], [-2, 0, -1], [-3], [-2, 3, -4], [0, 2], [-1, -1, -1]],
)
def maximum_product_subarray(nums):
    best = nums[0]
    for i in range(len(nums)):
        p = 1
        for j in range(i, len(nums)):
            p *= nums[j]
            best = max(best, p)
    return best


@problem(
    "Decode Ways",
    "medium",
    "dynamic-programming strings",
    "s:str",
    "long",
    "Letters are encoded as numbers: A -> 1, B -> 2, ..., Z -> 26. Return how many ways the digit "
    "string `s` can be decoded (0 if it cannot).",
    q="""
    solve:{[s]
      n:count s; dp:1,n#0; i:1;
      while[i<=n;
        if[s[i-1]<>"0"; dp[i]+:dp i-1];
        if[i>1; t:"J"$s (i-2)+til 2; if[(t>=10) and t<=26; dp[i]+:dp i-2]];
        i+:1];
      dp n}
    """,
    tests=["12", "226", "06", "0", "11106", "1"],
    split="test",
)
def decode_ways(s):
    dp = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            dp[i] += dp[i - 1]
        if i > 1 and 10 <= int(s[i - 2 : i]) <= 26:
            dp[i] += dp[i - 2]
    return dp[-1]


@problem(
    "Equal Sum Partition",
    "medium",
    "dynamic-programming",
    "nums:longs",
    "bool",
    "`nums` holds positive numbers. Return `1b` if it can be split into two groups with equal "
    "sums.",
    q="""
    solve:{[nums]
      t:sum nums;
      if[1=t mod 2; :0b];
      h:t div 2; can:1b,h#0b; i:0;
      while[i<count nums;
        v:nums i; a:h;
        while[a>=v; if[can a-v; can[a]:1b]; a-:1];
        i+:1];
      can h}
    """,
    tests=[[1, 5, 11, 5], [1, 2, 3, 5], [2], [3, 3], [1, 2, 3, 4, 5, 6, 7]],
)
def equal_sum_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    reachable = {0}
    for x in nums:
        reachable |= {r + x for r in reachable}
    return total // 2 in reachable


@problem(
    "Longest Common Subsequence",
    "medium",
    "dynamic-programming strings",
    "a:str;b:str",
    "long",
    "Return the length of the longest sequence of characters that appears in both `a` and `b` in "
    "the same order (not necessarily adjacent).",
    q="""
    solve:{[a;b]
      above:(1+count b)#0; i:0;
      while[i<count a;
        cur:(1+count b)#0; j:0;
        while[j<count b;
          cur[j+1]:$[a[i]=b[j]; 1+above j; (above j+1)|cur j];
          j+:1];
        above:cur; i+:1];
      last above}
    """,
    tests=[("abcde", "ace"), ("abc", "abc"), ("abc", "def"), ("", "x"), ("bsbininm", "jmjkbkjkv")],
)
def longest_common_subsequence(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@problem(
    "Cheapest Stair Climb",
    "easy",
    "dynamic-programming",
    "cost:longs",
    "long",
    "`cost[i]` is paid when you step on stair i. You start on stair 0 or 1 and may climb 1 or 2 "
    "stairs at a time; the top is just past the last stair. Return the smallest total cost "
    "(`cost` has at least two items).",
    q="solve:{[cost] min {(x 1),y+min x}/[0 0;cost]}",
    tests=[[10, 15, 20], [1, 100, 1, 1, 1, 100, 1, 1, 100, 1], [0, 0], [5, 3], [1, 2, 3, 4]],
)
def cheapest_stair_climb(cost):
    a, b = 0, 0
    for c in cost:
        a, b = b, c + min(a, b)
    return min(a, b)


@problem(
    "Triangle Minimum Path",
    "medium",
    "dynamic-programming",
    "rows:longss",
    "long",
    "Row i of the triangle `rows` has i+1 numbers. Going from the top to the bottom row, each "
    "step moves to one of the two numbers just below. Return the smallest possible path sum.",
    q="solve:{[rows] first {y+(-1_x)&1_x}/[last rows;reverse -1_rows]}",
    tests=[
        [[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]],
        [[-10]],
        [[1], [2, 3]],
        [[5], [-1, 9], [3, 2, -8]],
    ],
)
def triangle_minimum_path(rows):
    best = list(rows[-1])
    for row in reversed(rows[:-1]):
        best = [x + min(best[i], best[i + 1]) for i, x in enumerate(row)]
    return best[0]


@problem(
    "Count One Bits",
    "easy",
    "dynamic-programming math",
    "n:long",
    "longs",
    "For every number 0, 1, ..., n (n >= 0) return how many 1 bits its binary form has.",
    q="solve:{[n] {sum 2 vs x} each til n+1}",
    tests=[2, 5, 0, 16],
)
def count_one_bits(n):
    return [bin(i).count("1") for i in range(n + 1)]


@problem(
    "Jump Game",
    "medium",
    "dynamic-programming greedy",
    "nums:longs",
    "bool",
    "From index i you may jump forward up to `nums[i]` places. Starting at index 0 of the "
    "non-empty list `nums`, return `1b` if the last index can be reached.",
    q="""
    solve:{[nums]
      far:0; i:0;
      while[(i<count nums) and i<=far; far:far|i+nums i; i+:1];
      far>=(count nums)-1}
    """,
    tests=[[2, 3, 1, 1, 4], [3, 2, 1, 0, 4], [0], [1, 0, 1], [5, 0, 0, 0, 0, 0]],
)
def jump_game(nums):
    far = 0
    for i, x in enumerate(nums):
        if i > far:
            return False
        far = max(far, i + x)
    return True


@problem(
    "Pattern Matching With Dot And Star",
    "hard",
    "dynamic-programming strings",
    "s:str;p:str",
    "bool",
    'Return `1b` if the pattern `p` matches the whole of `s`. In `p`, "." matches any single '
    'character and "*" matches zero or more copies of the character before it (a "*" never '
    "starts the pattern).",
    q="""
    solve:{[s;p]
      m:count s; n:count p;
      dp:(m+1)#enlist (n+1)#0b;
      dp[0;0]:1b; j:2;
      while[j<=n; if[p[j-1]="*"; dp[0;j]:dp[0;j-2]]; j+:1];
      i:1;
      while[i<=m;
        j:1;
        while[j<=n;
          c:p j-1;
          if[c="*"; dp[i;j]:dp[i;j-2] or dp[i-1;j] and (p[j-2]=s[i-1]) or p[j-2]="."];
          if[c<>"*"; dp[i;j]:dp[i-1;j-1] and (c=s[i-1]) or c="."];
          j+:1];
        i+:1];
      dp[m;n]}
    """,
    tests=[
        ("aa", "a"),
        ("aa", "a*"),
        ("ab", ".*"),
        ("aab", "c*a*b"),
        ("mississippi", "mis*is*p*."),
        ("", "a*b*"),
        ("abc", ""),
    ],
)
def pattern_matching_with_dot_and_star(s, p):
    import re

    return re.fullmatch(p, s) is not None


@problem(
    "Burst Balloons",
    "hard",
    "dynamic-programming",
    "nums:longs",
    "long",
    "Balloon i carries the number nums[i]. Bursting a balloon earns left * it * right, where left "
    "and right are its current neighbours (1 past either end). Burst all balloons in the best "
    "order and return the largest total.",
    q="""
    solve:{[nums]
      v:1,nums,1; n:count v;
      dp:n#enlist n#0; len:2;
      while[len<n;
        l:0;
        while[(l+len)<n;
          r:l+len; best:0; k:l+1;
          while[k<r; best:best|dp[l;k]+dp[k;r]+v[l]*v[k]*v r; k+:1];
          dp[l;r]:best; l+:1];
        len+:1];
      dp[0;n-1]}
    """,
    tests=[[3, 1, 5, 8], [1, 5], [], [7], [2, 2, 2]],
)
def burst_balloons(nums):
    from functools import cache

    @cache
    def best(left):
        if not left:
            return 0
        total = 0
        for i, x in enumerate(left):
            lo = left[i - 1] if i else 1
            hi = left[i + 1] if i + 1 < len(left) else 1
            total = max(total, lo * x * hi + best(left[:i] + left[i + 1 :]))
        return total

    return best(tuple(nums))


@problem(
    "Grid Paths Around Obstacles",
    "medium",
    "dynamic-programming matrices",
    "grid:longss",
    "long",
    "A robot moves only right or down from the top-left to the bottom-right cell of `grid`, where "
    "1 marks an obstacle and 0 a free cell. Return the number of different paths.",
    q="""
    solve:{[grid]
      w:count first grid; r:1,(w-1)#0; i:0;
      while[i<count grid;
        g:grid i; j:0;
        while[j<w; r[j]:$[1=g j; 0; j=0; r 0; r[j]+r j-1]; j+:1];
        i+:1];
      last r}
    """,
    tests=[
        [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
        [[0, 1], [0, 0]],
        [[1]],
        [[0, 0, 0, 0]],
        [[0, 0], [1, 1], [0, 0]],
    ],
)
def grid_paths_around_obstacles(grid):
    h, w = len(grid), len(grid[0])

    def paths(r, c):
        if r >= h or c >= w or grid[r][c] == 1:
            return 0
        if (r, c) == (h - 1, w - 1):
            return 1
        return paths(r + 1, c) + paths(r, c + 1)

    return paths(0, 0)


@problem(
    "Fewest Jumps",
    "medium",
    "dynamic-programming greedy",
    "nums:longs",
    "long",
    "From index i you may jump forward up to `nums[i]` places. Return the fewest jumps from index "
    "0 to the last index of `nums` (the last index is always reachable).",
    q="""
    solve:{[nums]
      jumps:0; cur:0; far:0; i:0;
      while[i<(count nums)-1;
        far:far|i+nums i;
        if[i=cur; jumps+:1; cur:far];
        i+:1];
      jumps}
    """,
    tests=[[2, 3, 1, 1, 4], [2, 3, 0, 1, 4], [0], [1, 1, 1, 1], [10, 0, 0, 0]],
)
def fewest_jumps(nums):
    best = [0] + [None] * (len(nums) - 1)
    for i, x in enumerate(nums):
        for j in range(i + 1, min(len(nums), i + x + 1)):
            if best[i] is not None and (best[j] is None or best[i] + 1 < best[j]):
                best[j] = best[i] + 1
    return best[-1]
