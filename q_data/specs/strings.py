"""String problems."""

from q_data.specs import problem


@problem(
    "Reverse A String",
    "easy",
    "strings",
    "s:str",
    "str",
    "Return the characters of `s` in reverse order.",
    q="solve:{[s] reverse s}",
    tests=["hello", "a", "", "ab cd", "racecar"],
)
def reverse_string(s):
    return s[::-1]


@problem(
    "Alphanumeric Palindrome",
    "easy",
    "strings two-pointers",
    "s:str",
    "bool",
    "Keep only the letters and digits of `s`, lower-case the letters, and return `1b` if what is "
    "left reads the same forwards and backwards.",
    q="""
    solve:{[s]
      t:lower s where (lower s) in "abcdefghijklmnopqrstuvwxyz0123456789";
      t~reverse t}
    """,
    tests=["A man, a plan, a canal: Panama", "race a car", "", "x", "No 'x' in Nixon", "ab2a"],
)
def alphanumeric_palindrome(s):
    t = [c.lower() for c in s if c.isascii() and c.isalnum()]
    return t == t[::-1]


@problem(
    "Count Vowels",
    "easy",
    "strings",
    "s:str",
    "long",
    "Return how many characters of `s` are vowels (a, e, i, o, u in either case).",
    q='solve:{[s] count where (lower s) in "aeiou"}',
    tests=["Hello World", "rhythm", "", "AEIOUaeiou", "q"],
)
def count_vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")


@problem(
    "Capitalise Each Word",
    "easy",
    "strings",
    "s:str",
    "str",
    "Words in `s` are separated by single spaces. Upper-case the first character of each word "
    "and leave everything else unchanged.",
    q='solve:{[s] " " sv {$[count x; (upper 1#x),1_x; x]} each " " vs s}',
    tests=["hello world", "q is fun", "", "a", "already Capital"],
)
def capitalise_each_word(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


@problem(
    "Reverse Word Order",
    "medium",
    "strings",
    "s:str",
    "str",
    "Words in `s` are separated by single spaces. Return the words in reverse order, still "
    "separated by single spaces.",
    q='solve:{[s] " " sv reverse " " vs s}',
    tests=["the sky is blue", "hello", "", "a b", "one two three four"],
)
def reverse_word_order(s):
    return " ".join(reversed(s.split(" ")))


@problem(
    "Valid Anagram",
    "easy",
    "strings sorting hashing",
    "s:str;t:str",
    "bool",
    "Return `1b` if `t` is an anagram of `s` (same characters with the same counts).",
    q="solve:{[s;t] (asc s)~asc t}",
    tests=[("anagram", "nagaram"), ("rat", "car"), ("", ""), ("a", "aa"), ("listen", "silent")],
)
def valid_anagram(s, t):
    return sorted(s) == sorted(t)


@problem(
    "First Unique Character",
    "easy",
    "strings hashing",
    "s:str",
    "long",
    "Return the index of the first character of `s` that occurs exactly once, or -1 if every "
    "character repeats.",
    q="""
    solve:{[s]
      c:count each group s;
      i:where 1=c s;
      $[count i; first i; -1]}
    """,
    tests=["leetcode", "loveleetcode", "aabb", "z", "abcabd"],
)
def first_unique_character(s):
    for i, c in enumerate(s):
        if s.count(c) == 1:
            return i
    return -1


@problem(
    "Longest Common Prefix",
    "medium",
    "strings",
    "words:strs",
    "str",
    "Return the longest string that is a prefix of every string in `words` (an empty string if "
    "there is none or `words` is empty).",
    q="""
    solve:{[words]
      if[0=count words; :""];
      n:min count each words;
      i:0;
      while[(i<n) and all (first words)[i]=words[;i]; i+:1];
      i#first words}
    """,
    tests=[
        ["flower", "flow", "flight"],
        ["dog", "racecar", "car"],
        [],
        ["alone"],
        ["ab", "a", "abc"],
        ["same", "same"],
    ],
)
def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


@problem(
    "Run Length Encoding",
    "medium",
    "strings",
    "s:str",
    "str",
    "Encode `s` by replacing each maximal run of a repeated character with the character "
    'followed by the length of the run, e.g. "aaab" becomes "a3b1".',
    q="""
    solve:{[s]
      if[0=count s; :""];
      st:where differ s;
      lens:(1_st,count s)-st;
      raze (s st),'string lens}
    """,
    tests=["aaabcc", "a", "", "abc", "zzzzzzzzzzzz"],
    split="test",
)
def run_length_encoding(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return "".join(out)


@problem(
    "Is Subsequence",
    "easy",
    "strings two-pointers",
    "s:str;t:str",
    "bool",
    "Return `1b` if `s` can be obtained from `t` by deleting some characters without changing "
    "the order of the rest.",
    q="""
    solve:{[s;t]
      i:0; j:0;
      while[(i<count s) and j<count t; if[s[i]=t[j]; i+:1]; j+:1];
      i=count s}
    """,
    tests=[
        ("abc", "ahbgdc"),
        ("axc", "ahbgdc"),
        ("", "abc"),
        ("a", ""),
        ("aa", "a"),
        ("ace", "ace"),
    ],
    split="test",
)
def is_subsequence(s, t):
    i = 0
    for c in t:
        if i < len(s) and s[i] == c:
            i += 1
    return i == len(s)


@problem(
    "Caesar Shift",
    "easy",
    "strings math",
    "s:str;k:long",
    "str",
    "Shift every lower-case letter of `s` forward by `k` places in the alphabet (k >= 0, "
    "wrapping from z to a). Other characters stay as they are.",
    q="""
    solve:{[s;k]
      a:"abcdefghijklmnopqrstuvwxyz";
      {[a;k;c] $[c in a; a (k+a?c) mod 26; c]}[a;k] each s}
    """,
    tests=[("abc", 1), ("xyz", 3), ("Hello, world!", 13), ("q", 26), ("zebra", 53)],
)
def caesar_shift(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if "a" <= c <= "z" else c for c in s)


@problem(
    "Count Words",
    "easy",
    "strings",
    "s:str",
    "long",
    "Return the number of words in `s`, where words are separated by one or more spaces.",
    q='solve:{[s] count (" " vs s) except enlist ""}',
    tests=["hello world", "  leading and trailing  ", "", "one", "a  b   c"],
)
def count_words(s):
    return len(s.split())


@problem(
    "Most Frequent Character",
    "medium",
    "strings hashing",
    "s:str",
    "char",
    "Return the character that occurs most often in the non-empty string `s`; on a tie return "
    "the one whose first occurrence comes first.",
    q="solve:{[s] c:count each group s; first where c=max c}",
    tests=["hello", "abcabcb", "z", "aabb", "mississippi"],
)
def most_frequent_character(s):
    return max(s, key=lambda c: (s.count(c), -s.index(c)))


@problem(
    "Sum Of Digits In Text",
    "easy",
    "strings math",
    "s:str",
    "long",
    "Return the sum of all decimal digit characters in `s` (each digit counts on its own).",
    q='solve:{[s] sum -48+"j"$s where s in "0123456789"}',
    tests=["a1b2c3", "no digits", "", "9999", "2024-01-31"],
)
def sum_of_digits_in_text(s):
    return sum(int(c) for c in s if c.isdigit())


@problem(
    "Longest Substring Without Repeats",
    "medium",
    "strings sliding-window hashing",
    "s:str",
    "long",
    "Return the length of the longest substring of `s` whose characters are all different.",
    q="""
    solve:{[s]
      best:0; lo:0; j:0;
      while[j<count s;
        w:lo _ j#s;
        if[s[j] in w; lo+:1+w?s[j]];
        best:best|1+j-lo;
        j+:1];
      best}
    """,
    tests=["abcabcbb", "bbbbb", "pwwkew", "", "x", "abcdef"],
)
def longest_substring_without_repeats(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best


@problem(
    "Is Rotation",
    "medium",
    "strings",
    "s:str;t:str",
    "bool",
    "Return `1b` if `t` can be obtained by rotating `s`, i.e. moving some prefix of `s` to its "
    "end.",
    q="""
    solve:{[s;t]
      if[(count s)<>count t; :0b];
      if[0=count s; :1b];
      any {[s;t;i] t~i rotate s}[s;t] each til count s}
    """,
    tests=[("waterbottle", "erbottlewat"), ("abc", "acb"), ("", ""), ("a", "a"), ("ab", "abc")],
)
def is_rotation(s, t):
    return len(s) == len(t) and t in s + s


@problem(
    "Count Occurrences",
    "medium",
    "strings",
    "s:str;p:str",
    "long",
    "Count how many times the non-empty pattern `p` occurs in `s`, counting overlapping "
    "occurrences.",
    q="""
    solve:{[s;p]
      n:count p;
      $[n>count s; 0; count where {[s;p;n;i] p~n#i _ s}[s;p;n] each til 1+(count s)-n]}
    """,
    tests=[("aaaa", "aa"), ("hello", "l"), ("abc", "abcd"), ("abababa", "aba"), ("", "a")],
)
def count_occurrences(s, p):
    return sum(1 for i in range(len(s) - len(p) + 1) if s[i : i + len(p)] == p)


@problem(
    "Isomorphic Strings",
    "medium",
    "strings hashing",
    "s:str;t:str",
    "bool",
    "`s` and `t` have the same length. Return `1b` if the characters of `s` can be replaced "
    "one-for-one (a consistent, reversible mapping) to give `t`.",
    q="solve:{[s;t] (s?s)~t?t}",
    tests=[("egg", "add"), ("foo", "bar"), ("paper", "title"), ("", ""), ("ab", "aa")],
    split="test",
)
def isomorphic_strings(s, t):
    return [s.index(c) for c in s] == [t.index(c) for c in t]


@problem(
    "Longest Palindromic Substring",
    "hard",
    "strings dynamic-programming",
    "s:str",
    "str",
    "Return the longest substring of `s` that is a palindrome. If several have the maximum "
    "length, return the one that starts first.",
    q="""
    solve:{[s]
      n:count s; best:0; start:0; c:0;
      while[c<2*n;
        l:c div 2; r:l+c mod 2;
        while[(l>=0) and (r<n) and s[l]=s[r]; l-:1; r+:1];
        len:(r-l)-1;
        if[len>best; best:len; start:l+1];
        c+:1];
      best#start _ s}
    """,
    tests=["babad", "cbbd", "", "a", "forgeeksskeegfor", "abc"],
    split="test",
)
def longest_palindromic_substring(s):
    for size in range(len(s), 0, -1):
        for i in range(len(s) - size + 1):
            if s[i : i + size] == s[i : i + size][::-1]:
                return s[i : i + size]
    return ""


@problem(
    "Longest Run After Replacements",
    "medium",
    "strings sliding-window",
    "s:str;k:long",
    "long",
    "You may change at most `k` characters of the upper-case string `s`. Return the length of the "
    "longest substring of identical characters you can obtain.",
    q="""
    solve:{[s;k]
      best:0; lo:0; j:0;
      while[j<count s;
        w:lo _ (j+1)#s;
        if[((count w)-max count each group w)>k; lo+:1];
        best:best|(j+1)-lo;
        j+:1];
      best}
    """,
    tests=[("ABAB", 2), ("AABABBA", 1), ("", 3), ("Z", 0), ("ABCDE", 1), ("AAAA", 0)],
)
def longest_run_after_replacements(s, k):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            window = s[i:j]
            if len(window) - max(window.count(c) for c in window) <= k:
                best = max(best, len(window))
    return best
