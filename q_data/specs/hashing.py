"""Hashing / counting problems (dictionaries, group, find)."""

from q_data.specs import problem


@problem(
    "Two Sum Indices",
    "easy",
    "hashing arrays",
    "nums:longs;target:long",
    "longs",
    "Exactly one pair of positions i < j has nums[i] + nums[j] = target. Return `i j`.",
    q="""
    solve:{[nums;target]
      i:0;
      while[i<count nums;
        j:(i+1)+((i+1)_nums)?target-nums i;
        if[j<count nums; :i,j];
        i+:1];
      `long$()}
    """,
    tests=[
        ([2, 7, 11, 15], 9),
        ([3, 2, 4], 6),
        ([3, 3], 6),
        ([-1, -2, -3, -4, -5], -8),
        ([0, 4, 3, 0], 0),
    ],
    split="test",
)
def two_sum_indices(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []


@problem(
    "Count Anagram Groups",
    "medium",
    "hashing strings sorting",
    "words:strs",
    "long",
    "Group the strings of `words` so that two strings are in the same group exactly when they are "
    "anagrams of each other. Return the number of groups.",
    q="solve:{[words] count distinct asc each words}",
    tests=[
        ["eat", "tea", "tan", "ate", "nat", "bat"],
        [],
        ["a"],
        ["ab", "ba", "abc"],
        ["x", "y", "x"],
    ],
)
def count_anagram_groups(words):
    return len({"".join(sorted(w)) for w in words})


@problem(
    "Count Pairs With Sum",
    "medium",
    "hashing arrays",
    "nums:longs;k:long",
    "long",
    "Count the pairs of positions i < j with nums[i] + nums[j] = k.",
    q="""
    solve:{[nums;k]
      sum {[nums;k;i] count where k=nums[i]+(i+1)_nums}[nums;k] each til count nums}
    """,
    tests=[([1, 5, 7, -1, 5], 6), ([1, 1, 1, 1], 2), ([3], 6), ([0, 0], 0), ([2, -2, 4, -4], 0)],
)
def count_pairs_with_sum(nums, k):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] + nums[j] == k)


@problem(
    "Most Common Symbol",
    "medium",
    "hashing symbols",
    "words:syms",
    "sym",
    "Return the symbol that occurs most often in the non-empty list `words`; on a tie return the "
    "alphabetically smallest one.",
    q="solve:{[words] c:count each group words; first asc where c=max c}",
    tests=[
        ["b", "a", "b", "c"],
        ["x"],
        ["z", "y", "y", "z"],
        ["ibm", "msft", "ibm", "goog"],
        ["q", "k", "q", "k", "a"],
    ],
)
def most_common_symbol(words):
    best = max(words.count(w) for w in words)
    return min(w for w in words if words.count(w) == best)


@problem(
    "Ordered Intersection",
    "easy",
    "hashing arrays",
    "a:longs;b:longs",
    "longs",
    "Return the distinct values that occur in both `a` and `b`, in the order of their first "
    "occurrence in `a`.",
    q="solve:{[a;b] distinct a where a in b}",
    tests=[
        ([1, 2, 2, 1], [2, 2]),
        ([4, 9, 5], [9, 4, 9, 8, 4]),
        ([], [1]),
        ([1, 2], [3]),
        ([7, -7], [-7, 7]),
    ],
)
def ordered_intersection(a, b):
    out = []
    for x in a:
        if x in b and x not in out:
            out.append(x)
    return out


@problem(
    "Unique Occurrence Counts",
    "easy",
    "hashing",
    "nums:longs",
    "bool",
    "Return `1b` if no two different values of `nums` occur the same number of times.",
    q="solve:{[nums] c:value count each group nums; (count c)=count distinct c}",
    tests=[[1, 2, 2, 1, 1, 3], [1, 2], [-3, 0, 1, -3, 1, 1, 1, -3, 10, 0], [5], [4, 4, 5, 5]],
)
def unique_occurrence_counts(nums):
    counts = [nums.count(x) for x in set(nums)]
    return len(counts) == len(set(counts))


@problem(
    "Jewels In Stones",
    "easy",
    "hashing strings",
    "jewels:str;stones:str",
    "long",
    "Each character of `jewels` is a kind of jewel. Count the characters of `stones` that are "
    "jewels (case matters).",
    q="solve:{[jewels;stones] count where stones in jewels}",
    tests=[("aA", "aAAbbbb"), ("z", "ZZ"), ("abc", ""), ("", "abc"), ("xy", "xyxyz")],
    split="test",
)
def jewels_in_stones(jewels, stones):
    return sum(1 for c in stones if c in jewels)


@problem(
    "Ransom Note",
    "easy",
    "hashing strings",
    "note:str;magazine:str",
    "bool",
    "Return `1b` if `note` can be written with letters cut from `magazine`, using each character "
    "of `magazine` at most once.",
    q="""
    solve:{[note;magazine]
      have:count each group magazine;
      need:count each group note;
      all (value need)<=0^have key need}
    """,
    tests=[("a", "b"), ("aa", "ab"), ("aa", "aab"), ("", "xyz"), ("abc", "cbaz")],
    split="test",
)
def ransom_note(note, magazine):
    return all(note.count(c) <= magazine.count(c) for c in note)


@problem(
    "Longest Consecutive Values",
    "medium",
    "hashing sorting",
    "nums:longs",
    "long",
    "Return the length of the longest sequence of consecutive integers (x, x+1, x+2, ...) whose "
    "values all occur in `nums`, in any order.",
    q="""
    solve:{[nums]
      if[0=count nums; :0];
      d:asc distinct nums;
      max 1,{$[y;x+1;1]}\\[1;1=1_deltas d]}
    """,
    tests=[
        [100, 4, 200, 1, 3, 2],
        [0, 3, 7, 2, 5, 8, 4, 6, 0, 1],
        [],
        [5],
        [1, 2, 2, 3],
        [-2, -1, 10],
    ],
    split="test",
)
def longest_consecutive_values(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x
            while y in values:
                y += 1
            best = max(best, y - x)
    return best


@problem(
    "First Repeated Value",
    "easy",
    "hashing arrays",
    "nums:longs",
    "long",
    "Scan `nums` from the left and return the first value that has already been seen, or -1 if "
    "all values are different.",
    q="""
    solve:{[nums]
      i:where (til count nums)<>nums?nums;
      $[count i; nums first i; -1]}
    """,
    tests=[[2, 5, 1, 2, 3, 5, 1], [1, 2, 3], [], [4, 4], [9, 8, 8, 9]],
)
def first_repeated_value(nums):
    seen = set()
    for x in nums:
        if x in seen:
            return x
        seen.add(x)
    return -1


@problem(
    "Distinct Values Per Window",
    "medium",
    "hashing sliding-window",
    "nums:longs;k:long",
    "longs",
    "For every window of `k` consecutive items of `nums` (1 <= k <= count nums), from left to "
    "right, return how many distinct values the window holds.",
    q="solve:{[nums;k] {[nums;k;i] count distinct k#i _ nums}[nums;k] each til 1+(count nums)-k}",
    tests=[([1, 2, 1, 3, 4, 2, 3], 4), ([1, 1, 1], 2), ([5, 6], 2), ([7], 1), ([1, 2, 3], 1)],
)
def distinct_values_per_window(nums, k):
    return [len(set(nums[i : i + k])) for i in range(len(nums) - k + 1)]


@problem(
    "Shortest Span With Full Degree",
    "hard",
    "hashing arrays",
    "nums:longs",
    "long",
    "The degree of a list is the highest number of times any value occurs. Return the length of "
    "the shortest contiguous part of the non-empty list `nums` that has the same degree as "
    "`nums`.",
    q="""
    solve:{[nums]
      g:group nums;
      c:count each g;
      m:where c=max c;
      min {1+(last x)-first x} each g m}
    """,
    tests=[[1, 2, 2, 3, 1], [1, 2, 2, 3, 1, 4, 2], [7], [1, 2, 3], [5, 1, 5, 1, 5]],
)
def shortest_span_with_full_degree(nums):
    degree = max(nums.count(x) for x in nums)
    best = len(nums)
    for x in set(nums):
        if nums.count(x) == degree:
            first = nums.index(x)
            last = len(nums) - 1 - nums[::-1].index(x)
            best = min(best, last - first + 1)
    return best


@problem(
    "Single Unpaired Value",
    "easy",
    "hashing",
    "nums:longs",
    "long",
    "Every value of `nums` occurs exactly twice except one, which occurs once. Return it.",
    q="solve:{[nums] first where 1=count each group nums}",
    tests=[[2, 2, 1], [4, 1, 2, 1, 2], [1], [-5, 3, 3], [0, 7, 7, 9, 9]],
)
def single_unpaired_value(nums):
    return next(x for x in nums if nums.count(x) == 1)


@problem(
    "Count Equal Pairs",
    "easy",
    "hashing math",
    "nums:longs",
    "long",
    "Count the pairs of positions i < j with nums[i] = nums[j].",
    q="solve:{[nums] c:count each group nums; sum (c*c-1) div 2}",
    tests=[[1, 2, 3, 1, 1, 3], [1, 1, 1, 1], [1, 2, 3], [6], [0, 0, -1, -1, 0]],
)
def count_equal_pairs(nums):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] == nums[j])


@problem(
    "Symbol Counts In Order",
    "easy",
    "hashing symbols",
    "words:syms",
    "longs",
    "Return how many times each distinct symbol of the non-empty list `words` occurs, listing the "
    "symbols in the order of their first occurrence.",
    q="solve:{[words] value count each group words}",
    tests=[["a", "b", "a", "c", "a"], ["x"], ["ibm", "ibm"], ["k", "q", "kdb", "q"]],
)
def symbol_counts_in_order(words):
    order = []
    for w in words:
        if w not in order:
            order.append(w)
    return [words.count(w) for w in order]


@problem(
    "Sorted Distinct Symbols",
    "easy",
    "hashing sorting symbols",
    "words:syms",
    "syms",
    "Return the distinct symbols of `words` in alphabetical order.",
    q="solve:{[words] d:distinct words; d iasc d}",
    tests=[["c", "a", "b", "a"], [], ["solo"], ["b", "b"], ["goog", "aapl", "msft", "aapl"]],
)
def sorted_distinct_symbols(words):
    return sorted(set(words))
