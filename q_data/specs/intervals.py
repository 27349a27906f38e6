"""Interval problems (an interval is a pair `start end` of longs)."""

from q_data.specs import problem


@problem(
    "Merge Overlapping Intervals",
    "medium",
    "intervals sorting",
    "iv:longss",
    "longss",
    "`iv` is a non-empty list of intervals `start end` (start <= end). Merge all intervals that "
    "overlap or touch and return the result sorted by start.",
    q="""
    solve:{[iv]
      iv:iv iasc first each iv;
      r:enlist first iv; i:1;
      while[i<count iv;
        c:iv i;
        $[c[0]<=last last r; r[-1+count r;1]:(last last r)|c 1; r,:enlist c];
        i+:1];
      r}
    """,
    tests=[
        [[1, 3], [2, 6], [8, 9], [7, 8]],
        [[1, 4], [4, 5]],
        [[5, 7]],
        [[6, 8], [1, 9], [2, 4]],
        [[1, 2], [3, 4], [0, 1]],
        [[10, 12], [11, 15], [20, 25], [30, 31]],
    ],
    split="test",
)
def merge_overlapping_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


@problem(
    "Can Attend All Meetings",
    "easy",
    "intervals sorting",
    "iv:longss",
    "bool",
    "`iv` is a non-empty list of meetings `start end`. Return `1b` if no two meetings overlap "
    "(a meeting may start exactly when another ends).",
    q="solve:{[iv] s:iv iasc first each iv; all (1_first each s)>=-1_last each s}",
    tests=[
        [[0, 30], [5, 10], [15, 20]],
        [[7, 10], [2, 4]],
        [[1, 5]],
        [[1, 2], [2, 3]],
        [[5, 8], [1, 6]],
    ],
)
def can_attend_all_meetings(iv):
    s = sorted(iv)
    return all(s[i][0] >= s[i - 1][1] for i in range(1, len(s)))


@problem(
    "Meeting Rooms Needed",
    "medium",
    "intervals sorting",
    "iv:longss",
    "long",
    "`iv` is a non-empty list of meetings `start end` (end exclusive). Return the smallest number "
    "of rooms that can hold all meetings.",
    q="""
    solve:{[iv]
      st:first each iv; en:last each iv;
      max {[st;en;t] count where (st<=t) and en>t}[st;en] each st}
    """,
    tests=[
        [[0, 30], [5, 10], [15, 20]],
        [[7, 10], [2, 4]],
        [[1, 5]],
        [[1, 5], [5, 9]],
        [[1, 10], [2, 9], [3, 8], [4, 7]],
    ],
    split="test",
)
def meeting_rooms_needed(iv):
    return max(sum(1 for s, e in iv if s <= t < e) for t, _ in iv)


@problem(
    "Covered Length",
    "medium",
    "intervals sorting",
    "iv:longss",
    "long",
    "Return the total length of the number line covered by the non-empty list of intervals "
    "`start end` (the length of an interval is end - start; overlaps count once).",
    q="""
    solve:{[iv]
      iv:iv iasc first each iv;
      total:0; cs:iv[0;0]; ce:iv[0;1]; i:1;
      while[i<count iv;
        s:iv[i;0]; e:iv[i;1];
        if[s>ce; total+:ce-cs; cs:s; ce:s];
        ce:ce|e;
        i+:1];
      total+ce-cs}
    """,
    tests=[
        [[1, 3], [2, 5], [7, 8]],
        [[0, 10]],
        [[5, 6], [1, 2]],
        [[1, 10], [2, 3], [4, 5]],
        [[-5, 0], [0, 5]],
    ],
)
def covered_length(iv):
    points = set()
    for s, e in iv:
        points.update(range(s, e))
    return len(points)


@problem(
    "Remove Covered Intervals",
    "medium",
    "intervals sorting",
    "iv:longss",
    "long",
    "An interval `a b` is covered by `c d` when c <= a and b <= d. Return how many intervals of "
    "the non-empty list `iv` (all different) are not covered by another one.",
    q="""
    solve:{[iv]
      s:iv iasc neg last each iv;
      s:s iasc first each s;
      e:last each s;
      count where e>prev maxs e}
    """,
    tests=[
        [[1, 4], [3, 6], [2, 8]],
        [[1, 4], [2, 3]],
        [[0, 10]],
        [[1, 2], [1, 4], [3, 4]],
        [[3, 10], [4, 10], [5, 11]],
    ],
)
def remove_covered_intervals(iv):
    return sum(
        1
        for i, (a, b) in enumerate(iv)
        if not any(j != i and c <= a and b <= d for j, (c, d) in enumerate(iv))
    )


@problem(
    "Fewest Removals For No Overlap",
    "medium",
    "intervals greedy",
    "iv:longss",
    "long",
    "Return the fewest intervals to remove from the non-empty list `iv` so that the rest do not "
    "overlap (intervals that only touch, like `1 2` and `2 3`, do not overlap).",
    q="""
    solve:{[iv]
      s:iv iasc last each iv;
      kept:1; fin:s[0;1]; i:1;
      while[i<count s;
        if[s[i;0]>=fin; kept+:1; fin:s[i;1]];
        i+:1];
      (count s)-kept}
    """,
    tests=[
        [[1, 2], [2, 3], [3, 4], [1, 3]],
        [[1, 2], [1, 2], [1, 2]],
        [[1, 2], [2, 3]],
        [[4, 9]],
        [[1, 100], [11, 22], [1, 11], [2, 12]],
    ],
)
def fewest_removals_for_no_overlap(iv):
    kept, end = 0, None
    for s, e in sorted(iv, key=lambda p: p[1]):
        if end is None or s >= end:
            kept += 1
            end = e
    return len(iv) - kept


@problem(
    "Intervals Containing A Point",
    "easy",
    "intervals",
    "iv:longss;p:long",
    "long",
    "Return how many intervals `start end` of `iv` contain the point `p` (both ends included).",
    q="solve:{[iv;p] count where {[p;x] (x[0]<=p) and p<=x 1}[p] each iv}",
    tests=[([[1, 4], [2, 3], [5, 6]], 3), ([[1, 4]], 0), ([[0, 0]], 0), ([[-5, 5], [-1, 1]], -2)],
)
def intervals_containing_a_point(iv, p):
    return sum(1 for s, e in iv if s <= p <= e)


@problem(
    "Summary Ranges",
    "easy",
    "intervals strings",
    "nums:longs",
    "strs",
    "`nums` is a non-empty, strictly increasing list. Describe it as ranges of consecutive "
    'numbers: "a->b" for a run from a to b, or "a" for a single number.',
    q="""
    solve:{[nums]
      st:where 1b,1<>1_deltas nums;
      en:(1_st,count nums)-1;
      {[a;b] $[a=b; string a; (string a),"->",string b]}'[nums st;nums en]}
    """,
    tests=[[0, 1, 2, 4, 5, 7], [0, 2, 3, 4, 6, 8, 9], [5], [-3, -2, -1], [1, 3]],
)
def summary_ranges(nums):
    out, start = [], 0
    for i in range(1, len(nums) + 1):
        if i == len(nums) or nums[i] != nums[i - 1] + 1:
            a, b = nums[start], nums[i - 1]
            out.append(str(a) if a == b else f"{a}->{b}")
            start = i
    return out


@problem(
    "Free Days",
    "medium",
    "intervals",
    "days:long;iv:longss",
    "long",
    "Days are numbered 1 to `days`. Each meeting `start end` of `iv` occupies the days start to "
    "end inclusive. Return how many days have no meeting.",
    q="""
    solve:{[days;iv]
      busy:distinct raze {x[0]+til 1+x[1]-x[0]} each iv;
      days-count busy where busy<=days}
    """,
    tests=[
        (10, [[5, 7], [1, 3], [9, 10]]),
        (5, [[2, 4], [1, 3]]),
        (6, [[1, 6]]),
        (3, [[2, 2]]),
        (8, [[7, 12]]),
    ],
)
def free_days(days, iv):
    busy = {d for s, e in iv for d in range(s, e + 1)}
    return sum(1 for d in range(1, days + 1) if d not in busy)


@problem(
    "Car Pooling",
    "medium",
    "intervals prefix-sum",
    "trips:longss;capacity:long",
    "bool",
    "Each trip `n from to` of `trips` carries n passengers from stop `from` to stop `to` "
    "(they leave the car at `to`; stops are >= 0). Return `1b` if a car with `capacity` seats "
    "can do all trips.",
    q="""
    solve:{[trips;capacity]
      seats:(1+max last each trips)#0; i:0;
      while[i<count trips;
        tr:trips i;
        seats[tr[1]+til tr[2]-tr 1]+:tr 0;
        i+:1];
      all seats<=capacity}
    """,
    tests=[
        ([[2, 1, 5], [3, 3, 7]], 4),
        ([[2, 1, 5], [3, 3, 7]], 5),
        ([[1, 0, 1]], 1),
        ([[3, 2, 7], [3, 7, 9], [8, 3, 9]], 11),
        ([[5, 0, 4], [6, 4, 8]], 5),
    ],
    split="test",
)
def car_pooling(trips, capacity):
    stops = max(t[2] for t in trips) + 1
    return all(sum(n for n, a, b in trips if a <= s < b) <= capacity for s in range(stops))
