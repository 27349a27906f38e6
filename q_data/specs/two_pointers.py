"""Two-pointer and sliding-window problems."""

from q_data.specs import problem


@problem(
    "Keep At Most Two Copies",
    "medium",
    "two-pointers arrays",
    "nums:longs",
    "longs",
    "`nums` is sorted in ascending order. Remove extra copies so that each value appears at most "
    "twice, keeping the order, and return the result.",
    q="solve:{[nums] i:til count nums; nums where (i<2) or nums<>nums i-2}",
    tests=[[1, 1, 1, 2, 2, 3], [0, 0, 1, 1, 1, 1, 2, 3, 3], [], [4], [5, 5, 5, 5]],
)
def keep_at_most_two_copies(nums):
    out = []
    for x in nums:
        if len(out) < 2 or out[-2] != x:
            out.append(x)
    return out


@problem(
    "Sorted Squares",
    "easy",
    "two-pointers sorting",
    "nums:longs",
    "longs",
    "`nums` is sorted in ascending order and may contain negatives. Return the squares of its "
    "items in ascending order.",
    q="solve:{[nums] s:nums*nums; s iasc s}",
    tests=[[-4, -1, 0, 3, 10], [-7, -3, 2, 3, 11], [], [-2], [1, 2, 3]],
)
def sorted_squares(nums):
    return sorted(x * x for x in nums)


@problem(
    "Container With Most Water",
    "medium",
    "two-pointers arrays",
    "heights:longs",
    "long",
    "Lines stand at positions 0, 1, ... with the given `heights`. Pick two lines that, with the "
    "x-axis, hold the most water and return that amount: (distance between them) times (the "
    "shorter height).",
    q="""
    solve:{[heights]
      i:0; j:(count heights)-1; best:0;
      while[i<j;
        best:best|(j-i)*heights[i]&heights[j];
        $[heights[i]<heights[j]; i+:1; j-:1]];
      best}
    """,
    tests=[[1, 8, 6, 2, 5, 4, 8, 3, 7], [1, 1], [4, 3, 2, 1, 4], [1, 2, 1], [7]],
    split="test",
)
def container_with_most_water(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            best = max(best, (j - i) * min(heights[i], heights[j]))
    return best


@problem(
    "Pair Sum In Sorted List",
    "easy",
    "two-pointers",
    "nums:longs;target:long",
    "bool",
    "`nums` is sorted in ascending order. Return `1b` if two items at different positions add "
    "up to `target`.",
    q="""
    solve:{[nums;target]
      i:0; j:(count nums)-1;
      while[i<j;
        s:nums[i]+nums[j];
        if[s=target; :1b];
        $[s<target; i+:1; j-:1]];
      0b}
    """,
    tests=[([1, 2, 4, 7, 11], 15), ([1, 2, 4], 9), ([], 0), ([5], 10), ([-3, -1, 2, 2], 4)],
)
def pair_sum_in_sorted_list(nums, target):
    n = len(nums)
    return any(nums[i] + nums[j] == target for i in range(n) for j in range(i + 1, n))


@problem(
    "Zero Sum Triples",
    "hard",
    "two-pointers sorting",
    "nums:longs",
    "long",
    "Count the different triples of values {a, b, c}, taken from three different positions of "
    "`nums`, with a + b + c = 0. Triples with the same values (in any order) count once.",
    q="""
    solve:{[nums]
      s:nums iasc nums; n:count s; total:0; i:0;
      while[i<n-2;
        if[(i=0) or s[i]<>s[i-1];
          l:i+1; r:n-1;
          while[l<r;
            t:s[i]+s[l]+s[r];
            if[t=0; total+:1; l+:1; while[(l<r) and s[l]=s[l-1]; l+:1]];
            if[t<0; l+:1];
            if[t>0; r-:1]]];
        i+:1];
      total}
    """,
    tests=[[-1, 0, 1, 2, -1, -4], [0, 1, 1], [0, 0, 0, 0], [], [-2, 0, 1, 1, 2], [3, -3]],
    split="test",
)
def zero_sum_triples(nums):
    from itertools import combinations

    return len({tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0})


@problem(
    "Reverse Only Vowels",
    "easy",
    "two-pointers strings",
    "s:str",
    "str",
    "Reverse the order of the vowels (a, e, i, o, u in either case) in `s`, leaving every other "
    "character in place.",
    q='solve:{[s] i:where (lower s) in "aeiou"; s[i]:s reverse i; s}',
    tests=["hello", "leetcode", "", "xyz", "AbEcI"],
)
def reverse_only_vowels(s):
    positions = [i for i, c in enumerate(s) if c.lower() in "aeiou"]
    chars = list(s)
    for i, j in zip(positions, reversed(positions), strict=True):
        chars[i] = s[j]
    return "".join(chars)


@problem(
    "Merge Two Sorted Lists",
    "easy",
    "two-pointers sorting",
    "a:longs;b:longs",
    "longs",
    "`a` and `b` are sorted in ascending order. Return all their items in one ascending list.",
    q="solve:{[a;b] c:a,b; c iasc c}",
    tests=[([1, 2, 4], [1, 3, 4]), ([], []), ([], [0]), ([-5, 10], [-6, 11, 12]), ([2], [1])],
)
def merge_two_sorted_lists(a, b):
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] <= b[j]):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out


@problem(
    "Remove A Value",
    "easy",
    "arrays two-pointers",
    "nums:longs;val:long",
    "longs",
    "Return `nums` without any item equal to `val`, keeping the order of the others.",
    q="solve:{[nums;val] nums except val}",
    tests=[([3, 2, 2, 3], 3), ([0, 1, 2, 2, 3, 0, 4, 2], 2), ([], 1), ([1], 1), ([4, 5], 6)],
)
def remove_a_value(nums, val):
    return [x for x in nums if x != val]


@problem(
    "Sort Three Colours",
    "medium",
    "two-pointers sorting",
    "nums:longs",
    "longs",
    "`nums` holds only the values 0, 1 and 2. Return them sorted without calling a sort "
    "function: all 0s, then all 1s, then all 2s.",
    q="solve:{[nums] raze ({count where x} each nums=/:0 1 2)#'0 1 2}",
    tests=[[2, 0, 2, 1, 1, 0], [2, 0, 1], [], [1], [2, 2, 0]],
)
def sort_three_colours(nums):
    return [c for c in (0, 1, 2) for x in nums if x == c]


@problem(
    "Shortest Window Reaching A Sum",
    "medium",
    "sliding-window two-pointers",
    "target:long;nums:longs",
    "long",
    "`nums` holds positive numbers. Return the length of the shortest contiguous part of `nums` "
    "whose sum is at least `target`, or 0 if there is none.",
    q="""
    solve:{[target;nums]
      best:0; lo:0; s:0; j:0;
      while[j<count nums;
        s+:nums j;
        while[s>=target; len:1+j-lo; best:$[best=0; len; best&len]; s-:nums lo; lo+:1];
        j+:1];
      best}
    """,
    tests=[
        (7, [2, 3, 1, 2, 4, 3]),
        (4, [1, 4, 4]),
        (11, [1, 1, 1, 1, 1, 1, 1, 1]),
        (5, []),
        (3, [1, 2]),
        (100, [100]),
    ],
    split="test",
)
def shortest_window_reaching_a_sum(target, nums):
    best = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total >= target:
                best = j - i + 1 if best == 0 else min(best, j - i + 1)
                break
    return best


@problem(
    "Count Pairs Below Target",
    "medium",
    "two-pointers sorting",
    "nums:longs;target:long",
    "long",
    "Count the pairs of positions i < j with nums[i] + nums[j] < target.",
    q="""
    solve:{[nums;target]
      s:nums iasc nums; i:0; j:(count s)-1; c:0;
      while[i<j;
        lt:(s[i]+s[j])<target;
        if[lt; c+:j-i; i+:1];
        if[not lt; j-:1]];
      c}
    """,
    tests=[([-1, 1, 2, 3, 1], 2), ([-6, 2, 5, -2, -7, -1, 3], -2), ([], 5), ([1], 5), ([2, 2], 5)],
)
def count_pairs_below_target(nums, target):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] + nums[j] < target)


@problem(
    "Intersection Of Sorted Lists",
    "easy",
    "two-pointers",
    "a:longs;b:longs",
    "longs",
    "`a` and `b` are sorted in ascending order. Return their common items in ascending order, "
    "keeping a value as many times as it occurs in both lists.",
    q="""
    solve:{[a;b]
      i:0; j:0; r:`long$();
      while[(i<count a) and j<count b;
        x:a i; y:b j;
        if[x=y; r,:x; i+:1; j+:1];
        if[x<y; i+:1];
        if[x>y; j+:1]];
      r}
    """,
    tests=[
        ([1, 2, 2, 3], [2, 2, 4]),
        ([1, 1, 1], [1]),
        ([], [1, 2]),
        ([5, 6], [7, 8]),
        ([-3, 0, 0, 9], [-3, 0, 9, 9]),
    ],
)
def intersection_of_sorted_lists(a, b):
    out, rest = [], list(b)
    for x in a:
        if x in rest:
            rest.remove(x)
            out.append(x)
    return out
