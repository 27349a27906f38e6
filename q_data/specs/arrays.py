"""Array problems."""

from q_data.specs import problem


@problem(
    "Running Sum",
    "easy",
    "arrays prefix-sum",
    "nums:longs",
    "longs",
    "Return the running totals of `nums`: item i of the result is nums[0]+...+nums[i].",
    q="solve:{[nums] sums nums}",
    tests=[[1, 2, 3, 4], [5], [], [-1, 2, -3, 4], [10**12, 10**12, -5]],
)
def running_sum(nums):
    out, total = [], 0
    for x in nums:
        total += x
        out.append(total)
    return out


@problem(
    "Longest Run Of Ones",
    "easy",
    "arrays booleans",
    "bits:bools",
    "long",
    "Return the length of the longest run of consecutive `1b` values in `bits` (0 if none).",
    q="solve:{[bits] max 0,{$[y;x+1;0]}\\[0;bits]}",
    tests=[[True, True, False, True, True, True], [False, False], [True], [], [True] * 7],
)
def longest_run_of_ones(bits):
    best = run = 0
    for b in bits:
        run = run + 1 if b else 0
        best = max(best, run)
    return best


@problem(
    "Second Largest Distinct Value",
    "medium",
    "arrays sorting",
    "nums:longs",
    "long",
    "Return the second largest distinct value in `nums`, or -1 when there are fewer than two "
    "distinct values.",
    q="solve:{[nums] d:distinct nums; $[2>count d; -1; (desc d) 1]}",
    tests=[[3, 1, 4, 1, 5, 9, 2, 6], [7, 7, 7], [], [-3, -8], [10, 10, 9, 9]],
)
def second_largest_distinct(nums):
    values = sorted(set(nums), reverse=True)
    return values[1] if len(values) > 1 else -1


@problem(
    "Move Zeros To The End",
    "easy",
    "arrays two-pointers",
    "nums:longs",
    "longs",
    "Move every 0 in `nums` to the end while keeping the relative order of the other items.",
    q="solve:{[nums] (nums where nums<>0),nums where nums=0}",
    tests=[[0, 1, 0, 3, 12], [0], [], [1, 2, 3], [0, 0, -1, 0, 2]],
)
def move_zeros(nums):
    return [x for x in nums if x != 0] + [x for x in nums if x == 0]


@problem(
    "Rotate Right",
    "easy",
    "arrays",
    "nums:longs;k:long",
    "longs",
    "Rotate `nums` to the right by `k` places (k >= 0; it may exceed the length).",
    q="solve:{[nums;k] $[0=count nums; nums; neg[k] rotate nums]}",
    tests=[([1, 2, 3, 4, 5], 2), ([1, 2, 3], 0), ([1, 2, 3], 7), ([], 3), ([9], 4)],
)
def rotate_right(nums, k):
    if not nums:
        return nums
    k %= len(nums)
    return nums[len(nums) - k :] + nums[: len(nums) - k]


@problem(
    "Plus One",
    "easy",
    "arrays math",
    "digits:longs",
    "longs",
    "`digits` holds the decimal digits of a non-negative number, most significant first, "
    "without leading zeros (a single 0 for zero). Return the digits of that number plus one.",
    q="solve:{[digits] 10 vs 1+10 sv digits}",
    tests=[[1, 2, 3], [9, 9, 9], [0], [9], [4, 3, 2, 1]],
    split="test",
)
def plus_one(digits):
    return [int(c) for c in str(int("".join(map(str, digits))) + 1)]


@problem(
    "Product Of All Other Items",
    "medium",
    "arrays prefix-sum",
    "nums:longs",
    "longs",
    "For a non-empty `nums`, return a list whose item i is the product of every item of `nums` "
    "except nums[i] (without using division).",
    q="solve:{[nums] {prd x _ y}[nums] each til count nums}",
    tests=[[1, 2, 3, 4], [5], [2, 0, 3], [0, 0, 7], [-1, 2, -3]],
)
def product_except_self(nums):
    out = []
    for i in range(len(nums)):
        p = 1
        for j, x in enumerate(nums):
            if j != i:
                p *= x
        out.append(p)
    return out


@problem(
    "Balance Index",
    "medium",
    "arrays prefix-sum",
    "nums:longs",
    "long",
    "Return the smallest index i where the sum of the items left of i equals the sum of the items "
    "right of i, or -1 if there is none.",
    q="""
    solve:{[nums]
      s:sum nums;
      l:(sums nums)-nums;
      i:where l=s-l+nums;
      $[count i; first i; -1]}
    """,
    tests=[[1, 7, 3, 6, 5, 6], [1, 2, 3], [2, 1, -1], [5], [], [0, 0, 0]],
)
def balance_index(nums):
    total = sum(nums)
    left = 0
    for i, x in enumerate(nums):
        if left == total - left - x:
            return i
        left += x
    return -1


@problem(
    "Majority Element",
    "easy",
    "arrays hashing",
    "nums:longs",
    "long",
    "`nums` is non-empty and one value occurs more than half of the time. Return that value.",
    q="solve:{[nums] g:count each group nums; first where g=max g}",
    tests=[[3, 2, 3], [2, 2, 1, 1, 1, 2, 2], [7], [-4, -4, 5], [0, 1, 0, 1, 0]],
)
def majority_element(nums):
    for x in nums:
        if nums.count(x) * 2 > len(nums):
            return x
    raise ValueError("no majority")


@problem(
    "Missing Number",
    "easy",
    "arrays math",
    "nums:longs",
    "long",
    "`nums` holds n distinct numbers taken from 0, 1, ..., n. Return the one number of that range "
    "that is missing.",
    q="solve:{[nums] (sum til 1+count nums)-sum nums}",
    tests=[[3, 0, 1], [0, 1], [9, 6, 4, 2, 3, 5, 7, 0, 1], [], [1]],
)
def missing_number(nums):
    return next(x for x in range(len(nums) + 1) if x not in nums)


@problem(
    "Contains Duplicate",
    "easy",
    "arrays hashing",
    "nums:longs",
    "bool",
    "Return `1b` if any value occurs at least twice in `nums`, else `0b`.",
    q="solve:{[nums] (count nums)>count distinct nums}",
    tests=[[1, 2, 3, 1], [1, 2, 3, 4], [], [8], [-1, -1]],
)
def contains_duplicate(nums):
    return len(set(nums)) < len(nums)


@problem(
    "Maximum Subarray Sum",
    "medium",
    "arrays dynamic-programming",
    "nums:longs",
    "long",
    "Return the largest sum of a non-empty contiguous subarray of the non-empty list `nums`.",
    q="solve:{[nums] max {y+0|x}\\[nums]}",
    tests=[[-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, 4, -1, 7, 8], [0, -1, 0]],
    split="test",
)
def max_subarray(nums):
    best = cur = nums[0]
    for x in nums[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


@problem(
    "Best Single Trade",
    "easy",
    "arrays",
    "prices:longs",
    "long",
    "`prices[i]` is a stock price on day i. Buy on one day and sell on a later day; return the "
    "largest possible profit, or 0 if no trade makes money.",
    q="solve:{[prices] max 0,prices-mins prices}",
    tests=[[7, 1, 5, 3, 6, 4], [7, 6, 4, 3, 1], [], [5], [2, 4, 1, 10]],
)
def best_single_trade(prices):
    best, low = 0, None
    for p in prices:
        low = p if low is None else min(low, p)
        best = max(best, p - low)
    return best


@problem(
    "Sign Of The Product",
    "easy",
    "arrays math",
    "nums:longs",
    "long",
    "Return 1 if the product of the items of `nums` is positive, -1 if it is negative and 0 if it "
    "is zero (the product of an empty list is 1).",
    q="solve:{[nums] $[0 in nums; 0; 1=(count where nums<0) mod 2; -1; 1]}",
    tests=[[-1, -2, -3, -4, 3, 2, 1], [1, 5, 0, 2, -3], [-1, 1, -1, 1, -1], [], [-7]],
)
def sign_of_product(nums):
    if 0 in nums:
        return 0
    return -1 if sum(1 for x in nums if x < 0) % 2 else 1


@problem(
    "Longest Increasing Run",
    "medium",
    "arrays",
    "nums:longs",
    "long",
    "Return the length of the longest contiguous run of strictly increasing items (0 for an "
    "empty list).",
    q="solve:{[nums] $[0=count nums; 0; max 1,{$[y;x+1;1]}\\[1;1_nums>prev nums]]}",
    tests=[[1, 3, 5, 4, 7], [2, 2, 2], [], [4], [1, 2, 3, -5, -4, -3, -2]],
)
def longest_increasing_run(nums):
    best = run = 0
    for i, x in enumerate(nums):
        run = run + 1 if i and x > nums[i - 1] else 1
        best = max(best, run)
    return best


@problem(
    "Record Breakers",
    "easy",
    "arrays",
    "nums:longs",
    "long",
    "Count the items of `nums` that are strictly greater than every item before them (the first "
    "item always counts).",
    q="solve:{[nums] count where nums>prev maxs nums}",
    tests=[[1, 2, 0, 7, 2, 0, 2, 2], [5, 4, 3], [], [3, 3, 3], [-5, -3, -4, 10]],
    split="test",
)
def record_breakers(nums):
    count, best = 0, None
    for x in nums:
        if best is None or x > best:
            count += 1
            best = x
    return count


@problem(
    "Sum At Even Positions",
    "easy",
    "arrays",
    "nums:longs",
    "long",
    "Return the sum of the items at even indices 0, 2, 4, ... of `nums`.",
    q="solve:{[nums] sum nums where 0=(til count nums) mod 2}",
    tests=[[1, 2, 3, 4, 5], [10], [], [-1, 100, -1], [7, 7]],
)
def sum_even_positions(nums):
    return sum(nums[0::2])


@problem(
    "Smallest Missing Positive",
    "hard",
    "arrays hashing",
    "nums:longs",
    "long",
    "Return the smallest positive integer (1, 2, 3, ...) that does not occur in `nums`.",
    q="solve:{[nums] p:1+til 1+count nums; first p where not p in nums}",
    tests=[[1, 2, 0], [3, 4, -1, 1], [7, 8, 9, 11, 12], [], [1], [2, 1, 3, 5]],
)
def smallest_missing_positive(nums):
    present = set(nums)
    k = 1
    while k in present:
        k += 1
    return k


@problem(
    "Trapped Rain Water",
    "hard",
    "arrays two-pointers",
    "heights:longs",
    "long",
    "`heights` gives the heights of bars of width 1 standing side by side. Return how many units "
    "of rain water stay trapped between the bars.",
    q="solve:{[heights] sum ((maxs heights)&reverse maxs reverse heights)-heights}",
    tests=[[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], [4, 2, 0, 3, 2, 5], [], [3], [1, 2, 3, 4]],
    split="test",
)
def trapped_rain_water(heights):
    total = 0
    for i, h in enumerate(heights):
        total += min(max(heights[: i + 1]), max(heights[i:])) - h
    return total


@problem(
    "Count Smaller Than Current",
    "easy",
    "arrays sorting",
    "nums:longs",
    "longs",
    "For each item of `nums`, count how many items of `nums` are strictly smaller than it.",
    q="solve:{[nums] {count where x<y}[nums] each nums}",
    tests=[[8, 1, 2, 2, 3], [6, 5, 4, 8], [7, 7, 7], [4], [-1, 0, -2]],
)
def count_smaller(nums):
    return [sum(1 for y in nums if y < x) for x in nums]


@problem(
    "Count Inversions",
    "medium",
    "arrays sorting",
    "nums:longs",
    "long",
    "Count the pairs of positions i < j with nums[i] > nums[j].",
    q="solve:{[nums] sum {[nums;i] count where nums[i]>(i+1)_nums}[nums] each til count nums}",
    tests=[[2, 4, 1, 3, 5], [5, 4, 3, 2, 1], [1, 2, 3], [7], [3, 3, 1]],
)
def count_inversions(nums):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] > nums[j])


@problem(
    "Sliding Window Maximum",
    "hard",
    "arrays sliding-window",
    "nums:longs;k:long",
    "longs",
    "Return the largest item of every window of `k` consecutive items of `nums` (1 <= k <= "
    "count nums), from left to right.",
    q="solve:{[nums;k] {[nums;k;i] max k#i _ nums}[nums;k] each til 1+(count nums)-k}",
    tests=[
        ([1, 3, -1, -3, 5, 3, 6, 7], 3),
        ([1], 1),
        ([9, 8, 7], 3),
        ([4, 2], 1),
        ([-5, -1, -3], 2),
    ],
)
def sliding_window_maximum(nums, k):
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]


@problem(
    "Fair Candy",
    "hard",
    "arrays greedy",
    "ratings:longs",
    "long",
    "Children stand in a line with the given `ratings`. Each child gets at least one candy and a "
    "child with a higher rating than a neighbour gets more candies than that neighbour. Return "
    "the fewest candies in total.",
    q="""
    solve:{[ratings]
      n:count ratings; c:n#1; i:1;
      while[i<n; if[ratings[i]>ratings i-1; c[i]:1+c i-1]; i+:1];
      i:n-2;
      while[i>=0; if[ratings[i]>ratings i+1; c[i]:c[i]|1+c i+1]; i-:1];
      sum c}
    """,
    tests=[[1, 0, 2], [1, 2, 2], [], [5], [1, 3, 4, 5, 2], [5, 4, 3, 2, 1]],
)
def fair_candy(ratings):
    candies = [1] * len(ratings)
    changed = True
    while changed:
        changed = False
        for i, r in enumerate(ratings):
            for j in (i - 1, i + 1):
                if 0 <= j < len(ratings) and r > ratings[j] and candies[i] <= candies[j]:
                    candies[i] = candies[j] + 1
                    changed = True
    return sum(candies)
