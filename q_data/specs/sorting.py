"""Sorting problems."""

from q_data.specs import problem


@problem(
    "Kth Largest Item",
    "medium",
    "sorting",
    "nums:longs;k:long",
    "long",
    "Return the k-th largest item of `nums` (1 <= k <= count nums; equal items count separately).",
    q="solve:{[nums;k] (desc nums) k-1}",
    tests=[
        ([3, 2, 1, 5, 6, 4], 2),
        ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4),
        ([1], 1),
        ([-1, -1], 2),
        ([7, 10, 4, 3, 20, 15], 3),
    ],
)
def kth_largest_item(nums, k):
    return sorted(nums, reverse=True)[k - 1]


@problem(
    "Sort By Frequency",
    "medium",
    "sorting hashing",
    "nums:longs",
    "longs",
    "Sort `nums` so that values occurring fewer times come first; values with the same count are "
    "ordered from largest to smallest.",
    q="solve:{[nums] c:count each group nums; d:nums idesc nums; d iasc c d}",
    tests=[[1, 1, 2, 2, 2, 3], [2, 3, 1, 3, 2], [-1, 1, -6, 4, 5, -6, 1, 4, 1], [], [8]],
)
def sort_by_frequency(nums):
    return sorted(nums, key=lambda x: (nums.count(x), -x))


@problem(
    "Rank Transform",
    "easy",
    "sorting hashing",
    "nums:longs",
    "longs",
    "Replace every item of `nums` by its rank: 1 for the smallest distinct value, 2 for the next "
    "one, and so on (equal items get equal ranks).",
    q="solve:{[nums] d:distinct nums; d:d iasc d; 1+d?nums}",
    tests=[[40, 10, 20, 30], [100, 100, 100], [37, 12, 28, 9, 100, 56, 80, 5, 12], [], [-5]],
)
def rank_transform(nums):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    return [ranks[x] for x in nums]


@problem(
    "Evens Before Odds",
    "easy",
    "sorting arrays",
    "nums:longs",
    "longs",
    "Return the even items of `nums` followed by the odd items, each group in its original order.",
    q="solve:{[nums] (nums where 0=nums mod 2),nums where 1=nums mod 2}",
    tests=[[3, 1, 2, 4], [0], [], [-3, -2, 7, 8], [1, 3, 5]],
)
def evens_before_odds(nums):
    return [x for x in nums if x % 2 == 0] + [x for x in nums if x % 2 == 1]


@problem(
    "H-Index",
    "medium",
    "sorting",
    "citations:longs",
    "long",
    "`citations[i]` is the number of citations of paper i. Return the largest h such that at "
    "least h papers have at least h citations each.",
    q="solve:{[citations] s:desc citations; count where s>=1+til count s}",
    tests=[[3, 0, 6, 1, 5], [1, 3, 1], [], [0, 0], [100], [4, 4, 4, 4, 4]],
    split="test",
)
def h_index(citations):
    s = sorted(citations, reverse=True)
    return sum(1 for i, c in enumerate(s) if c >= i + 1)


@problem(
    "Smallest Gap",
    "easy",
    "sorting",
    "nums:longs",
    "long",
    "`nums` has at least two items. Return the smallest absolute difference between two items at "
    "different positions.",
    q="solve:{[nums] s:nums iasc nums; min 1_deltas s}",
    tests=[[4, 2, 1, 3], [1, 3, 6, 10, 15], [3, 8, -10, 23, 19, -4, -14, 27], [5, 5], [100, -100]],
)
def smallest_gap(nums):
    s = sorted(nums)
    return min(b - a for a, b in zip(s, s[1:], strict=False))


@problem(
    "Largest Concatenated Number",
    "hard",
    "sorting strings",
    "nums:longs",
    "str",
    "Arrange the non-negative numbers of the non-empty list `nums` so that writing them one after "
    "another gives the largest possible number, and return it as a string (without leading "
    'zeros, so "0" when the result is zero).',
    q="""
    solve:{[nums]
      s:string nums;
      m:max count each s;
      k:{[m;x] (2*m)#x}[m] each s;
      r:raze s idesc k;
      $[all r="0"; enlist "0"; r]}
    """,
    tests=[[10, 2], [3, 30, 34, 5, 9], [0, 0], [1], [121, 12], [8, 89, 898]],
    split="test",
)
def largest_concatenated_number(nums):
    from functools import cmp_to_key

    def order(a, b):
        return -1 if a + b > b + a else (1 if a + b < b + a else 0)

    text = "".join(sorted(map(str, nums), key=cmp_to_key(order)))
    return text.lstrip("0") or "0"


@problem(
    "Top K Frequent Values",
    "medium",
    "sorting hashing",
    "nums:longs;k:long",
    "longs",
    "Return the `k` most frequent values of `nums` (k <= number of distinct values), most frequent "
    "first; values with the same count are ordered from smallest to largest.",
    q="solve:{[nums;k] c:count each group nums; u:key c; u:u iasc u; k#u iasc neg c u}",
    tests=[
        ([1, 1, 1, 2, 2, 3], 2),
        ([1], 1),
        ([4, 4, 5, 5, 6], 3),
        ([9, 8, 7, 8, 9], 1),
        ([-1, -1, 2, 2, 3, 3, 3], 2),
    ],
    split="test",
)
def top_k_frequent_values(nums, k):
    return sorted(set(nums), key=lambda x: (-nums.count(x), x))[:k]


@problem(
    "Custom Character Order",
    "medium",
    "sorting strings",
    "order:str;s:str",
    "str",
    "`order` lists distinct characters. Reorder `s` so that characters appearing in `order` come "
    "in that order; characters not in `order` go to the end in their original order.",
    q="solve:{[order;s] s iasc order?s}",
    tests=[("cba", "abcd"), ("bcafg", "abcd"), ("xyz", ""), ("", "hello"), ("ol", "hello")],
)
def custom_character_order(order, s):
    return "".join(sorted(s, key=lambda c: order.index(c) if c in order else len(order)))


@problem(
    "Sort Words By Length",
    "easy",
    "sorting strings",
    "words:strs",
    "strs",
    "Return the non-empty list `words` sorted by length, shortest first; words of equal length "
    "keep their original order.",
    q="solve:{[words] words iasc count each words}",
    tests=[
        ["banana", "kiwi", "fig", "apple"],
        ["same", "size", "four"],
        ["a", "bb", "c"],
        ["lonely"],
        ["q", "", "kdb"],
    ],
)
def sort_words_by_length(words):
    return sorted(words, key=len)


@problem(
    "Maximise Sum Of Pair Minimums",
    "easy",
    "sorting greedy",
    "nums:longs",
    "long",
    "`nums` has an even number of items. Split them into pairs so that the sum of the smaller "
    "item of each pair is as large as possible, and return that sum.",
    q="solve:{[nums] s:nums iasc nums; sum s 2*til (count s) div 2}",
    tests=[[1, 4, 3, 2], [6, 2, 6, 5, 1, 2], [], [-1, -5], [7, 7, 7, 7]],
)
def maximise_sum_of_pair_minimums(nums):
    return sum(sorted(nums)[0::2])


@problem(
    "Third Distinct Maximum",
    "easy",
    "sorting",
    "nums:longs",
    "long",
    "Return the third largest distinct value of the non-empty list `nums`, or the largest value "
    "if there are fewer than three distinct values.",
    q="solve:{[nums] d:desc distinct nums; $[3>count d; first d; d 2]}",
    tests=[[3, 2, 1], [1, 2], [2, 2, 3, 1], [5], [-1, -2, -3, -4]],
)
def third_distinct_maximum(nums):
    d = sorted(set(nums), reverse=True)
    return d[2] if len(d) >= 3 else d[0]


@problem(
    "Median",
    "easy",
    "sorting math",
    "nums:longs",
    "float",
    "Return the median of the non-empty list `nums` as a float: the middle item after sorting, "
    "or the average of the two middle items when the count is even.",
    q="solve:{[nums] med nums}",
    tests=[[3, 1, 2], [4, 1, 3, 2], [7], [-5, 10], [1, 1, 2, 100]],
)
def median(nums):
    s = sorted(nums)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


@problem(
    "Maximum Gap Between Neighbours",
    "medium",
    "sorting",
    "nums:longs",
    "long",
    "Return the largest difference between two neighbouring values once `nums` is sorted, or 0 "
    "if `nums` has fewer than two items.",
    q="solve:{[nums] $[2>count nums; 0; max 1_deltas nums iasc nums]}",
    tests=[[3, 6, 9, 1], [10], [], [1, 10000000], [5, 5, 5]],
)
def maximum_gap_between_neighbours(nums):
    s = sorted(nums)
    return max((b - a for a, b in zip(s, s[1:], strict=False)), default=0)


@problem(
    "Fewest Moves To Equal",
    "medium",
    "sorting math",
    "nums:longs",
    "long",
    "In one move you add 1 to or subtract 1 from one item. Return the fewest moves that make all "
    "items of the non-empty list `nums` equal.",
    q="solve:{[nums] s:nums iasc nums; m:s (count s) div 2; sum abs s-m}",
    tests=[[1, 2, 3], [1, 10, 2, 9], [5], [-4, 4], [1, 0, 0, 8, 6]],
)
def fewest_moves_to_equal(nums):
    return min(sum(abs(x - t) for x in nums) for t in nums)


@problem(
    "Feed The Children",
    "easy",
    "sorting greedy two-pointers",
    "greed:longs;sizes:longs",
    "long",
    "Child i is content with one cookie of size at least greed[i]; each cookie can go to one "
    "child. Return the largest number of content children.",
    q="""
    solve:{[greed;sizes]
      g:greed iasc greed; s:sizes iasc sizes; i:0; j:0;
      while[(i<count g) and j<count s; if[s[j]>=g[i]; i+:1]; j+:1];
      i}
    """,
    tests=[
        ([1, 2, 3], [1, 1]),
        ([1, 2], [1, 2, 3]),
        ([], [4]),
        ([5], []),
        ([10, 9, 8, 7], [5, 6, 7, 8]),
    ],
)
def feed_the_children(greed, sizes):
    count, cookies = 0, sorted(sizes)
    for g in sorted(greed):
        fit = next((c for c in cookies if c >= g), None)
        if fit is not None:
            cookies.remove(fit)
            count += 1
    return count


@problem(
    "Median Of Two Sorted Lists",
    "medium",
    "sorting math",
    "a:longs;b:longs",
    "float",
    "`a` and `b` are sorted in ascending order and not both empty. Return the median of all their "
    "items together, as a float.",
    q="solve:{[a;b] med a,b}",
    tests=[
        ([1, 3], [2]),
        ([1, 2], [3, 4]),
        ([], [5]),
        ([0, 0], [0, 0]),
        ([-5, 3, 6], [1, 2, 7, 9]),
    ],
)
def median_of_two_sorted_lists(a, b):
    merged = sorted(a + b)
    mid = len(merged) // 2
    return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
