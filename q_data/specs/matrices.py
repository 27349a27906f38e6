"""Matrix problems (a matrix is a list of equal-length long lists)."""

from q_data.specs import problem


@problem(
    "Transpose",
    "easy",
    "matrices",
    "m:longss",
    "longss",
    "Return the transpose of the rectangular matrix `m` (rows become columns).",
    q="solve:{[m] flip m}",
    tests=[
        [[1, 2, 3], [4, 5, 6]],
        [[1, 2], [3, 4], [5, 6]],
        [[7, 8], [9, 1]],
        [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    ],
)
def transpose(m):
    return [list(col) for col in zip(*m, strict=True)]


@problem(
    "Diagonal Sum",
    "easy",
    "matrices",
    "m:longss",
    "long",
    "Return the sum of both diagonals of the square matrix `m`, counting the centre cell once "
    "when the size is odd.",
    q="""
    solve:{[m]
      n:count m; i:til n;
      (sum m@'i)+(sum m@'(n-1)-i)-$[1=n mod 2; m[n div 2;n div 2]; 0]}
    """,
    tests=[[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 1, 1, 1]] * 4, [[5]], [[1, 2], [3, 4]]],
)
def diagonal_sum(m):
    n = len(m)
    return sum(m[i][i] + m[i][n - 1 - i] for i in range(n)) - (m[n // 2][n // 2] if n % 2 else 0)


@problem(
    "Rotate Clockwise",
    "medium",
    "matrices",
    "m:longss",
    "longss",
    "Return the square matrix `m` rotated by 90 degrees clockwise.",
    q="solve:{[m] flip reverse m}",
    tests=[
        [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        [[1, 2], [3, 4]],
        [[10, 11, 12, 13], [14, 15, 16, 17], [18, 19, 20, 21], [22, 23, 24, 25]],
        [[-1, -2], [-3, -4]],
        [[0, 0, 1], [0, 1, 0], [1, 0, 0]],
    ],
    split="test",
)
def rotate_clockwise(m):
    n = len(m)
    return [[m[n - 1 - r][c] for r in range(n)] for c in range(n)]


@problem(
    "Spiral Order",
    "medium",
    "matrices",
    "m:longss",
    "longs",
    "Return the items of the non-empty rectangular matrix `m` in clockwise spiral order, starting "
    "at the top-left corner.",
    q="""
    solve:{[m]
      r:`long$();
      while[count m; r,:first m; m:$[1<count m; reverse flip 1_m; ()]];
      r}
    """,
    tests=[
        [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]],
        [[7]],
        [[1, 2, 3]],
        [[1], [2], [3]],
    ],
    split="test",
)
def spiral_order(m):
    out = []
    grid = [list(row) for row in m]
    while grid:
        out += grid.pop(0)
        grid = [list(col) for col in zip(*grid, strict=True)][::-1]
    return out


@problem(
    "Zero Rows And Columns",
    "medium",
    "matrices",
    "m:longss",
    "longss",
    "Return the matrix `m` with every row and every column that contains a 0 set entirely to 0.",
    q="solve:{[m] z:(any each m=0)|\\:max m=0; m*not z}",
    tests=[
        [[1, 1, 1], [1, 0, 1], [1, 1, 1]],
        [[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]],
        [[1, 2], [3, 4]],
        [[5, 0], [0, 5]],
    ],
)
def zero_rows_and_columns(m):
    rows = {i for i, row in enumerate(m) if 0 in row}
    cols = {j for row in m for j, x in enumerate(row) if x == 0}
    return [
        [0 if i in rows or j in cols else x for j, x in enumerate(row)] for i, row in enumerate(m)
    ]


@problem(
    "Matrix Contains",
    "easy",
    "matrices search",
    "m:longss;target:long",
    "bool",
    "Return `1b` if `target` occurs anywhere in the matrix `m`.",
    q="solve:{[m;target] target in raze m}",
    tests=[
        ([[1, 3, 5], [10, 11, 16]], 3),
        ([[1, 3, 5], [10, 11, 16]], 13),
        ([[4]], 4),
        ([[-1, -2]], 2),
    ],
)
def matrix_contains(m, target):
    return any(target in row for row in m)


@problem(
    "Matrix Product",
    "medium",
    "matrices math",
    "a:longss;b:longss",
    "longss",
    "Return the matrix product of `a` (n x k) and `b` (k x p).",
    q="solve:{[a;b] {[b;row] sum row*b}[b] each a}",
    tests=[
        ([[1, 2], [3, 4]], [[5, 6], [7, 8]]),
        ([[1, 0], [0, 1]], [[4, 3], [2, 1]]),
        ([[1, 2, 3]], [[1, 1], [1, 1], [1, 1]]),
        ([[2, 0], [0, 2], [1, 1]], [[3, 1], [4, 2]]),
    ],
)
def matrix_product(a, b):
    return [[sum(x * b[k][j] for k, x in enumerate(row)) for j in range(len(b[0]))] for row in a]


@problem(
    "Count Negative Cells",
    "easy",
    "matrices",
    "m:longss",
    "long",
    "Return how many cells of the matrix `m` hold a negative number.",
    q="solve:{[m] count where raze m<0}",
    tests=[
        [[4, 3, 2, -1], [3, 2, 1, -1], [1, 1, -1, -2], [-1, -1, -2, -3]],
        [[3, 2], [1, 0]],
        [[-5]],
        [[1, -1, 1]],
    ],
)
def count_negative_cells(m):
    return sum(1 for row in m for x in row if x < 0)


@problem(
    "Row With Most Ones",
    "easy",
    "matrices",
    "m:longss",
    "longs",
    "`m` is a matrix of 0s and 1s. Return `i c` where row i has the most 1s (the first such row "
    "on a tie) and c is its number of 1s.",
    q="solve:{[m] c:sum each m; i:first where c=max c; i,c i}",
    tests=[[[0, 1], [1, 0]], [[0, 0, 0], [0, 1, 1]], [[0, 0], [1, 1], [1, 1]], [[1, 1, 1, 1]]],
)
def row_with_most_ones(m):
    counts = [sum(row) for row in m]
    i = counts.index(max(counts))
    return [i, counts[i]]


@problem(
    "Lucky Numbers In A Matrix",
    "medium",
    "matrices",
    "m:longss",
    "longs",
    "The cells of `m` hold distinct numbers. Return, in row order, the numbers that are the "
    "smallest in their row and the largest in their column.",
    q="solve:{[m] rowmin:min each m; rowmin where rowmin in max m}",
    tests=[
        [[3, 7, 8], [9, 11, 13], [15, 16, 17]],
        [[1, 10, 4, 2], [9, 3, 8, 7], [15, 16, 17, 12]],
        [[7, 8], [1, 2]],
        [[3, 6], [7, 1], [5, 2]],
    ],
)
def lucky_numbers_in_a_matrix(m):
    cols = [max(col) for col in zip(*m, strict=True)]
    return [min(row) for row in m if min(row) in cols]


@problem(
    "Count Islands",
    "hard",
    "matrices graphs",
    "grid:longss",
    "long",
    "`grid` is a matrix of 1s (land) and 0s (water). Return the number of islands: groups of land "
    "cells connected horizontally or vertically.",
    q="""
    solve:{[grid]
      h:count grid; w:count first grid;
      L:grid*(h;w)#1+til h*w;
      z:enlist w#0; P:();
      while[not L~P;
        P:L;
        N:(-1_z,L)|(1_L,z)|({-1_0,x} each L)|{1_x,0} each L;
        L:grid*L|N];
      count distinct (raze L) except 0}
    """,
    tests=[
        [[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 1]],
        [[1, 1, 1], [0, 1, 0], [1, 1, 1]],
        [[0]],
        [[1, 0, 1, 0, 1]],
        [[1, 0], [0, 1]],
    ],
    split="test",
)
def count_islands(grid):
    h, w = len(grid), len(grid[0])
    seen, islands = set(), 0
    for r in range(h):
        for c in range(w):
            if grid[r][c] == 1 and (r, c) not in seen:
                islands += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        inside = 0 <= ny < h and 0 <= nx < w
                        if inside and grid[ny][nx] == 1 and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return islands


@problem(
    "Constant Diagonals",
    "easy",
    "matrices",
    "m:longss",
    "bool",
    "Return `1b` if every top-left to bottom-right diagonal of the matrix `m` holds a single "
    "repeated value.",
    q="solve:{[m] (-1_'-1_m)~1_'1_m}",
    tests=[
        [[1, 2, 3, 4], [5, 1, 2, 3], [9, 5, 1, 2]],
        [[1, 2], [2, 2]],
        [[7, 8, 9]],
        [[1], [2]],
        [[3, 4], [5, 3]],
    ],
)
def constant_diagonals(m):
    return all(m[i][j] == m[i - 1][j - 1] for i in range(1, len(m)) for j in range(1, len(m[0])))


@problem(
    "Reshape Matrix",
    "easy",
    "matrices",
    "m:longss;r:long;c:long",
    "longss",
    "Read the items of `m` row by row and refill them into an `r` x `c` matrix. If that is "
    "impossible because the item counts differ, return `m` unchanged.",
    q="solve:{[m;r;c] f:raze m; $[(r*c)<>count f; m; (r;c)#f]}",
    tests=[
        ([[1, 2], [3, 4]], 1, 4),
        ([[1, 2], [3, 4]], 2, 4),
        ([[1, 2, 3, 4, 5, 6]], 3, 2),
        ([[1, 2], [3, 4], [5, 6]], 2, 3),
    ],
)
def reshape_matrix(m, r, c):
    flat = [x for row in m for x in row]
    if r * c != len(flat):
        return m
    return [flat[i * c : (i + 1) * c] for i in range(r)]


@problem(
    "Largest Square Of Ones",
    "hard",
    "matrices dynamic-programming",
    "grid:longss",
    "long",
    "`grid` is a matrix of 0s and 1s. Return the area of the largest square made only of 1s.",
    q="""
    solve:{[grid]
      w:count first grid; above:w#0; best:0; i:0;
      while[i<count grid;
        cur:w#0; j:0;
        while[j<w;
          if[1=grid[i;j]; cur[j]:1+min (above j;$[j>0; cur j-1; 0];$[j>0; above j-1; 0])];
          j+:1];
        best:best|max cur; above:cur; i+:1];
      best*best}
    """,
    tests=[
        [[1, 0, 1, 0, 0], [1, 0, 1, 1, 1], [1, 1, 1, 1, 1], [1, 0, 0, 1, 0]],
        [[0, 1], [1, 0]],
        [[0]],
        [[1, 1, 1], [1, 1, 1], [1, 1, 1]],
        [[1, 1, 0, 1]],
    ],
)
def largest_square_of_ones(grid):
    h, w = len(grid), len(grid[0])
    best = 0
    for r in range(h):
        for c in range(w):
            size = 0
            while (
                r + size < h
                and c + size < w
                and all(
                    grid[y][x] == 1 for y in range(r, r + size + 1) for x in range(c, c + size + 1)
                )
            ):
                size += 1
            best = max(best, size)
    return best * best


@problem(
    "Column Sums",
    "easy",
    "matrices",
    "m:longss",
    "longs",
    "Return the sum of each column of the non-empty rectangular matrix `m`.",
    q="solve:{[m] sum m}",
    tests=[[[1, 2, 3], [4, 5, 6]], [[7]], [[1, -1], [-1, 1], [5, 5]], [[10, 20, 30]]],
    split="test",
)
def column_sums(m):
    return [sum(col) for col in zip(*m, strict=True)]
