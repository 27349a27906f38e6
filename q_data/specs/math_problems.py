"""Number and math problems."""

from q_data.specs import problem


@problem(
    "FizzBuzz",
    "easy",
    "math strings",
    "n:long",
    "strs",
    'For i = 1, 2, ..., n (n >= 1) produce "FizzBuzz" if i is divisible by 15, "Fizz" if by 3, '
    '"Buzz" if by 5, and otherwise the decimal form of i. Return the list of strings.',
    q="""
    solve:{[n]
      {$[0=x mod 15; "FizzBuzz"; 0=x mod 3; "Fizz"; 0=x mod 5; "Buzz"; string x]} each 1+til n}
    """,
    tests=[3, 5, 1, 15],
)
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        out.append(
            "FizzBuzz"
            if i % 15 == 0
            else "Fizz"
            if i % 3 == 0
            else "Buzz"
            if i % 5 == 0
            else str(i)
        )
    return out


@problem(
    "Palindrome Number",
    "easy",
    "math strings",
    "x:long",
    "bool",
    "Return `1b` if the decimal form of `x` reads the same backwards (a minus sign counts as a "
    "character).",
    q="solve:{[x] s:string x; s~reverse s}",
    tests=[121, -121, 10, 0, 1234321],
    split="test",
)
def palindrome_number(x):
    return str(x) == str(x)[::-1]


@problem(
    "Reverse Digits",
    "easy",
    "math",
    "x:long",
    "long",
    "Reverse the decimal digits of `x`, keeping its sign (leading zeros of the result vanish).",
    q='solve:{[x] r:"J"$reverse string abs x; $[x<0; neg r; r]}',
    tests=[123, -123, 120, 0, 1000000007],
)
def reverse_digits(x):
    r = int(str(abs(x))[::-1])
    return -r if x < 0 else r


@problem(
    "Greatest Common Divisor",
    "easy",
    "math",
    "a:long;b:long",
    "long",
    "Return the greatest common divisor of the non-negative numbers `a` and `b` (gcd(a, 0) = a).",
    q="solve:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a}",
    tests=[(12, 18), (17, 5), (0, 9), (9, 0), (1071, 462), (1000000000000, 250000)],
)
def greatest_common_divisor(a, b):
    from math import gcd

    return gcd(a, b)


@problem(
    "Least Common Multiple Of A List",
    "medium",
    "math",
    "nums:longs",
    "long",
    "Return the least common multiple of the positive numbers of the non-empty list `nums`.",
    q="""
    solve:{[nums]
      g:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a};
      {[g;x;y] (x div g[x;y])*y}[g]/[nums]}
    """,
    tests=[[4, 6], [1, 2, 3, 4, 5], [7], [12, 18, 30], [13, 17, 19]],
)
def least_common_multiple_of_a_list(nums):
    from math import lcm

    return lcm(*nums)


@problem(
    "Count Primes Below",
    "medium",
    "math",
    "n:long",
    "long",
    "Return how many prime numbers are smaller than `n`.",
    q="""
    solve:{[n]
      if[n<3; :0];
      p:n#1b; p[0 1]:00b; i:2;
      while[(i*i)<n; if[p i; p[i*i+til 1+((n-1) div i)-i]:0b]; i+:1];
      count where p}
    """,
    tests=[10, 0, 2, 3, 100, 10000],
    split="test",
)
def count_primes_below(n):
    return sum(1 for k in range(2, n) if all(k % d for d in range(2, int(k**0.5) + 1)))


@problem(
    "Power Of Two",
    "easy",
    "math bits",
    "n:long",
    "bool",
    "Return `1b` if `n` is a power of two (1, 2, 4, 8, ...).",
    q="solve:{[n] $[n<1; 0b; 1=sum 2 vs n]}",
    tests=[1, 16, 3, 0, -8, 1099511627776],
)
def power_of_two(n):
    return n > 0 and n & (n - 1) == 0


@problem(
    "Digital Root",
    "easy",
    "math",
    "n:long",
    "long",
    "Repeatedly replace the non-negative number `n` by the sum of its decimal digits until a "
    "single digit remains, and return that digit.",
    q="solve:{[n] while[n>9; n:sum 10 vs n]; n}",
    tests=[38, 0, 9, 123456789, 99999999999],
)
def digital_root(n):
    while n > 9:
        n = sum(int(c) for c in str(n))
    return n


@problem(
    "Happy Number",
    "easy",
    "math hashing",
    "n:long",
    "bool",
    "Starting from the positive number `n`, repeatedly replace the number by the sum of the "
    "squares of its digits. Return `1b` if this reaches 1, `0b` if it loops forever.",
    q="""
    solve:{[n]
      seen:`long$();
      while[not n in seen; seen,:n; n:sum {x*x} 10 vs n];
      n=1}
    """,
    tests=[19, 2, 1, 7, 4],
)
def happy_number(n):
    seen = set()
    while n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


@problem(
    "Integer Square Root",
    "easy",
    "math",
    "x:long",
    "long",
    "Return the largest integer r with r*r <= x, for the non-negative number `x`.",
    q="solve:{[x] r:0; while[((r+1)*r+1)<=x; r+:1]; r}",
    tests=[4, 8, 0, 1, 99999, 1000000],
)
def integer_square_root(x):
    from math import isqrt

    return isqrt(x)


@problem(
    "Spreadsheet Column Number",
    "easy",
    "math strings",
    "title:str",
    "long",
    "Spreadsheet columns are named A, B, ..., Z, AA, AB, ... Return the column number (A = 1) of "
    "the upper-case name `title`.",
    q='solve:{[title] 26 sv -64+"j"$title}',
    tests=["A", "AB", "ZY", "FXSHRXW", "Z"],
)
def spreadsheet_column_number(title):
    n = 0
    for c in title:
        n = n * 26 + ord(c) - 64
    return n


@problem(
    "Spreadsheet Column Name",
    "medium",
    "math strings",
    "n:long",
    "str",
    "Spreadsheet columns are named A, B, ..., Z, AA, AB, ... Return the name of column `n` "
    "(n >= 1, A = 1).",
    q="""
    solve:{[n]
      r:"";
      while[n>0; n-:1; r:("ABCDEFGHIJKLMNOPQRSTUVWXYZ" n mod 26),r; n:n div 26];
      r}
    """,
    tests=[1, 28, 701, 26, 2147483647],
    split="test",
)
def spreadsheet_column_name(n):
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


@problem(
    "Add Binary Strings",
    "easy",
    "math strings bits",
    "a:str;b:str",
    "str",
    "`a` and `b` are non-empty strings of 0s and 1s (binary numbers). Return their sum as a "
    'binary string without leading zeros ("0" for zero).',
    q="""
    solve:{[a;b]
      v:(2 sv -48+"j"$a)+2 sv -48+"j"$b;
      $[v=0; enlist "0"; raze string 2 vs v]}
    """,
    tests=[("11", "1"), ("1010", "1011"), ("0", "0"), ("1", "0"), ("111111", "1")],
)
def add_binary_strings(a, b):
    return bin(int(a, 2) + int(b, 2))[2:]


@problem(
    "Factorial Trailing Zeros",
    "medium",
    "math",
    "n:long",
    "long",
    "Return how many zeros the decimal form of n! ends with (n >= 0).",
    q="solve:{[n] c:0; while[n>0; n:n div 5; c+:n]; c}",
    tests=[3, 5, 0, 25, 1000000],
)
def factorial_trailing_zeros(n):
    count, power = 0, 5
    while power <= n:
        count += n // power
        power *= 5
    return count


@problem(
    "Modular Power",
    "medium",
    "math",
    "b:long;e:long;m:long",
    "long",
    "Return (b to the power e) mod m for b >= 0, e >= 0 and 1 <= m <= 1000000007.",
    q="""
    solve:{[b;e;m]
      r:1; b:b mod m;
      while[e>0; if[1=e mod 2; r:(r*b) mod m]; b:(b*b) mod m; e:e div 2];
      r mod m}
    """,
    tests=[(2, 10, 1000), (3, 0, 7), (0, 5, 13), (123456789, 987654321, 1000000007), (5, 3, 1)],
    split="test",
)
def modular_power(b, e, m):
    return pow(b, e, m)


@problem(
    "Average",
    "easy",
    "math",
    "nums:longs",
    "float",
    "Return the average of the non-empty list `nums` as a float.",
    q="solve:{[nums] avg nums}",
    tests=[[1, 2, 3, 4], [1, 2], [7], [-3, 4, 5], [1, 2, 4]],
)
def average(nums):
    return sum(nums) / len(nums)


@problem(
    "Perfect Number",
    "easy",
    "math",
    "n:long",
    "bool",
    "Return `1b` if the positive number `n` equals the sum of its divisors smaller than itself.",
    q="solve:{[n] d:1+til n-1; n=sum d where 0=n mod d}",
    tests=[28, 6, 12, 1, 8128],
)
def perfect_number(n):
    return n == sum(d for d in range(1, n) if n % d == 0)


@problem(
    "Armstrong Number",
    "easy",
    "math",
    "n:long",
    "bool",
    "A positive number with k digits is an Armstrong number when the sum of its digits, each "
    "raised to the power k, equals the number. Return `1b` if `n` is one.",
    q="solve:{[n] d:10 vs n; n=sum {[k;x] prd k#x}[count d] each d}",
    tests=[153, 123, 9, 9474, 10],
)
def armstrong_number(n):
    digits = str(n)
    return n == sum(int(c) ** len(digits) for c in digits)


@problem(
    "Collatz Steps",
    "easy",
    "math",
    "n:long",
    "long",
    "Starting from the positive number `n`, replace n by n/2 when it is even and by 3n+1 when it "
    "is odd. Return the number of steps needed to reach 1.",
    q="solve:{[n] c:0; while[n>1; n:$[0=n mod 2; n div 2; 1+3*n]; c+:1]; c}",
    tests=[6, 1, 7, 27, 1024],
)
def collatz_steps(n):
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@problem(
    "Pascal Triangle Row",
    "medium",
    "math dynamic-programming",
    "k:long",
    "longs",
    "Return row `k` (k >= 0) of Pascal's triangle; row 0 is 1 and row 1 is 1 1.",
    q="solve:{[k] r:enlist 1; do[k; r:(0,r)+r,0]; r}",
    tests=[3, 0, 1, 10],
)
def pascal_triangle_row(k):
    from math import comb

    return [comb(k, i) for i in range(k + 1)]


@problem(
    "Distance Between Points",
    "easy",
    "math geometry",
    "x1:long;y1:long;x2:long;y2:long",
    "float",
    "Return the straight-line (Euclidean) distance between the points (x1, y1) and (x2, y2).",
    q="solve:{[x1;y1;x2;y2] sqrt ((x2-x1)*x2-x1)+(y2-y1)*y2-y1}",
    tests=[(0, 0, 3, 4), (1, 1, 1, 1), (0, 0, 1, 1), (-2, 3, 4, -5), (10, 0, 0, 0)],
)
def distance_between_points(x1, y1, x2, y2):
    from math import hypot

    return hypot(x2 - x1, y2 - y1)
