"""Tables, keyed tables, dictionaries, joins and qSQL in the embedded interpreter."""

import pytest
from interp_support import q

T = "t:([]a:1 2;b:3 4);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # `,` and `,:` on tables: records, lists of records, tables with a subset of columns
        (T + "t,:5 6;t,:(7 8;9 10);t", "a b\n----\n1 3\n2 4\n5 6\n7 8\n9 10"),
        (T + "t,:([a:5]);t,:([]b:6 7);t", "a b\n---\n1 3\n2 4\n5\n  6\n  7"),
        (T + "t,([]a:1;c:2)", "'mismatch"),
        (
            "t:([k:`a`b]a:1 2;b:3 4);t,:((`c;5;6);(`d;7;8));t,:([k:`e;a:1;b:3]);"
            "t,:([k:`c`d`f]a:10 11 12);t",
            "k| a  b\n-| ----\na| 1  3\nb| 2  4\nc| 10 6\nd| 11 8\ne| 1  3\nf| 12",
        ),
        # upsert: by name amends the global; columns matched by name
        (
            "t:([]n:`x`y;a:1 2;s:`M);`t upsert ([]a:9 8;n:`p`q);t",
            "n a s\n-----\nx 1 M\ny 2 M\np 9\nq 8",
        ),
        ("k:([s:`q`w]r:1 2);k upsert (`e;30)", "s| r\n-| --\nq| 1\nw| 2\ne| 30"),
    ],
)
def test_append_and_upsert(src, want):
    assert q(src) == want


J = (
    "t:([]sym:`a`b`a`c;time:1 2 3 4;p:10 20 30 40);"
    "qt:([]sym:`a`a`b`b;time:0 2 1 5;bid:1.5 2.5 3.5 4.5);"
    "kt:([sym:`a`b]v:1 2;p:100 0N);"
)


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (
            J + "aj[`sym`time;t;qt]",
            "sym time p  bid\n---------------\na   1    10 1.5\n"
            "b   2    20 3.5\na   3    30 2.5\nc   4    40",
        ),
        (J + "aj0[`sym`time;t;qt]`time", "0 1 2 4"),
        (
            J + "t lj kt",
            "sym time p   v\n--------------\na   1    100 1\nb   2        2\n"
            "a   3    100 1\nc   4    40",
        ),
        (J + "exec p from t ljf kt", "100 20 100 40"),
        (J + "exec p from t pj kt", "110 20 130 40"),
        (J + "count t ij kt", "3"),
        (
            "t1:([]k:1 2 3 4;c:10 20 30 40);t2:([]k:2 2 3 5;c:200 222 300 500;v:2.2 22.22 3.3 5.5);"
            "ej[`k;t1;t2]",
            "k c   v\n-----------\n2 200 2.2\n2 222 22.22\n3 300 3.3",
        ),
        (
            '([]a:1 2;b:`x`y) uj ([]a:3;c:"z")',
            "a b c\n-----\n1 x\n2 y\n3   z",
        ),
        (
            "(2!([]a:1 2;b:2 3;c:5 7)) uj 2!([]a:1 3;b:2 7;c:10 30)",
            "a b| c\n---| --\n1 2| 10\n2 3| 7\n3 7| 30",
        ),
        ("([k:1 2]v:1 2) lj ([]k:1 2)", "'type"),
    ],
)
def test_joins(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("y:([a:1 3;b:`I`K]c:1 2;d:10 20);y[(3;`K)]", "c| 2\nd| 20"),
        ("y:([a:1 3;b:`I`K]c:1 2;d:10 20);y[([]a:3 2;b:`K`J)]", "c d\n----\n2 20\n"),
        ("k:([k:1 2 3]v:10 20 30);k 2", "v| 20"),
    ],
)
def test_keyed_table_lookup(src, want):
    assert q(src).rstrip() == want.rstrip()


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("t:([a:1 2]b:3 4);0!`t", "`t"),
        ("t:([a:1 2]b:3 4);0!`t;type t", "98h"),
        ("t:([]a:1 2;b:3 4);1!`t;key t", "a\n-\n1\n2"),
        ("()~key`undefinedname", "1b"),
        ("a:1;key`a", "`a"),
        ("D:`q`w!1 2;key`D", "`q`w"),
        (
            "t:([]c1:`a`b`c;c2:`x`y`z);![t;enlist(=;`c2;enlist`y);0b;`symbol$()]",
            "c1 c2\n-----\na  x\nc  z",
        ),
    ],
)
def test_keys_and_functional_delete(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("(enlist 1 2f) lsq (1 0f;0 1f)", ",1 2f"),
        ("2 4f lsq (1 0f;0 1f)", "2 4f"),
        ("inv (2 0f;0 4f)", "0.5 0\n0   0.25"),
        ("(0.1+0.2)~0.3", "1b"),
        ("1 0n~1 0n", "1b"),
        ("1.0~1.1", "0b"),
        ("inv (1 2f;3 4f;5 6f)", "'length"),
    ],
)
def test_matrices_and_tolerant_match(src, want):
    assert q(src) == want


E = "d:`a`b`c;y:`a`b`c`b`a;e:`d$y;"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (E + "e", "`d$`a`b`c`b`a"),
        (E + '"i"$e', "0 1 2 1 0i"),
        (E + "(key e;value e;type e)", "`d\n`a`b`c`b`a\n20h"),
        (E + "e where e=`b", "`d$`b`b"),
        (E + "`d$`a`z", "'cast"),
        (E + "e,:`c;e", "`d$`a`b`c`b`a`c"),
        (E + "e,:`z", "'cast"),
        (E + "e,`z", "`a`b`c`b`a`z"),
        ("s:enlist`a;`s?`b`a`c;s", "`a`b`c"),
        ("x:`a`b`c`d;`x!1 2 3", "`x$`b`c`d"),
    ],
)
def test_enumerations(src, want):
    assert q(src) == want


B = "t:([]a:`p`p`p`q`q`q;b:0 2 4 0 2 4);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (B + "t bin `a`b!(`p;3)", "1"),
        (B + "t bin ([]a:`q;b:-1 1 3 5)", "0N 3 4 5"),
        (B + "t bin `a`b!(`r;2)", "0N"),
        ("(`a`b`c!0 2 4) bin -1 3", "``b"),
        (
            "x:([]a:`x`y`z`t;b:10 20 30 40);y:([]a:`y`t`x;b:50 40 10);x inter y",
            "a b\n----\nx 10\nt 40",
        ),
        ("x:([]a:`x`y;b:10 20);x except ([]a:`y`t;b:20 40)", "a b\n----\nx 10"),
    ],
)
def test_bin_and_set_ops_on_tables(src, want):
    assert q(src) == want


G = "t:([]s:`b`a`b`a`c;p:1 2 3 4 5;f:1.5 0n 2.5 0n 1.0);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (G + "select sum p by s from t", "s| p\n-| -\na| 6\nb| 4\nc| 5"),
        (G + "select count i by f from t", "f  | x\n---| -\n   | 2\n1  | 1\n1.5| 1\n2.5| 1"),
        (G + "exec sum p by s from t", "a| 6\nb| 4\nc| 5"),
        (
            G + "update c:sums p by s from t",
            "s p f   c\n---------\nb 1 1.5 1\na 2     2\nb 3 2.5 4\na 4     6\nc 5 1   5",
        ),
        (
            G + "update m:max p by s from t where p>1",
            "s p f   m\n---------\nb 1 1.5\na 2     4\nb 3 2.5 3\na 4     4\nc 5 1   5",
        ),
        (
            G + "update p:0.5*p by s from t",
            "s p   f\n---------\nb 0.5 1.5\na 1\nb 1.5 2.5\na 2\nc 2.5 1",
        ),
        (G + "update p:0.5 from t where s=`a", "'type"),
    ],
)
def test_grouping(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (
            "k:([k:`a`b]v:1 2;w:3 4);k upsert ([]k:`b`c`b;v:10 20 30)",
            "k| v  w\n-| ----\na| 1  3\nb| 30 4\nc| 20",
        ),
        ("k:([k:`a`b]v:1 2);k upsert ([]k:`c;z:1)", "'mismatch"),
        ("k:([k:`a`b]v:1 2);k upsert ([]v:1)", "'k"),
        ("k:([k:til 20]v:til 20);k[([]k:3 30 5)]`v", "3 0N 5"),
    ],
)
def test_keyed_upsert(src, want):
    assert q(src) == want


S = "t:([]a:1 2 3 4;b:`x`y`x`z;c:10 20 30 40.0);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (S + "select[1 2] from t", "a b c\n------\n2 y 20\n3 x 30"),
        (S + "select[>a] a from t", "a\n-\n4\n3\n2\n1"),
        (S + "select[2;>c] a from t", "a\n-\n4\n3"),
        (S + "select[10] a from t", "a\n-\n1\n2\n3\n4"),
        (S + "select[-1] a from t", "a\n-\n4"),
        (S + "?[t;();0b;(enlist`a)!enlist`a;2]", "a\n-\n1\n2"),
    ],
)
def test_select_limits_and_order(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("group `a`b`c!1 1 2", "1| `a`b\n2| ,`c"),
        ("group 3 1 3 0n 0n", "3| 0 2\n1| ,1\n | 3 4"),
        ("group 2020.01.02 2020.01.01 2020.01.02", "2020.01.02| 0 2\n2020.01.01| ,1"),
    ],
)
def test_group(src, want):
    assert q(src) == want


W = "t:([]s:`a`a;tm:4 10);qq:([]s:`a`a`a;tm:1 5 9;v:10 20 30);w:(3 8;6 12);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (W + "exec v from wj[w;`s`tm;t;(qq;(::;`v))]", "10 20\n20 30"),
        (W + "exec v from wj1[w;`s`tm;t;(qq;(::;`v))]", ",20\n,30"),
        (W + "wj[w;`s`tm;t;(qq;(sum;`v))]", "s tm v\n-------\na 4  30\na 10 50"),
        (W + "wj[1#'w;`s`tm;t;(qq;(sum;`v))]", "'length"),
    ],
)
def test_window_join(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [("iasc 7", "'rank"), ("idesc `a`b`c!3 1 2", "`a`c`b"), ("iasc ([]a:3 1 2)", "1 2 0")],
)
def test_grade(src, want):
    assert q(src) == want


def test_dict_of_rows_shows_as_unnamed_keyed_table():
    assert q("`a`bc!(`x`y!1 2;`x`y!3 4)") == "  | x y\n--| ---\na | 1 2\nbc| 3 4"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("{[a] select a from ([]a:1 2)} 5", "a\n-\n1\n2"),
        ("t:([]a:1 2 3);{[x] exec a from t where a>x} 1", "2 3"),
        (
            "t:([]a:1 2 3;g:`p`q`p);{[k] select s:k+sum a by g from t} 100",
            "g| s\n-| ---\np| 104\nq| 102",
        ),
        ("t:([]a:1 2 3);?[t;enlist(>;`a;1);();`a]", "2 3"),
    ],
)
def test_qsql_names(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("t:([]a:1 2;b:`y`x);`a xkey `t;keys t", ",`a"),
        ("t:([]a:1 2;b:`y`x);`b xasc `t;t`a", "2 1"),
        ("t:([]a:1 2;b:`y`x);`a xdesc `t", "`t"),
    ],
)
def test_sort_and_key_by_name(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # `s#d: a step dictionary looks up the last key <= the probe
        ("s:`s#10 20 30!`a`b`c;s 5 10 15 35", "``a`a`c"),
        ("s:`s#`a`b`c!1 2 3;(s`bb;attr s;key s)", "2\n`s\n`s#`a`b`c"),
        ("`s#`b`a!1 2", "'s-fail"),
        ("d:`s#`a`b!1 2;`d upsert `c`d!3 4", "'step"),
        ("(`a`b!1 2) upsert `c`b!3 4", "a| 1\nb| 4\nc| 3"),
        # dictionary arithmetic over the union of keys: x-y keeps -y where x lacks the key
        ("(`a`b!1 2)-`b`c!10 20", "a| 1\nb| -8\nc| -20"),
        ("(`a`b!1 2)+`b`c!10 20", "a| 1\nb| 12\nc| 20"),
        # table^table fills column by column
        ("([]a:1 2;b:`x`y)^([]a:0N 5;b:``z)", "a b\n---\n1 x\n5 z"),
    ],
)
def test_step_dicts_and_dict_arithmetic(src, want):
    assert q(src) == want


EN = "u:`a`b`c;e:`u$`a`b`a;"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # enumerated atoms keep their domain: type -20h, shown as `u$`b
        (EN + "(e 1;first e;last e)", "`u$`b`a`a"),
        (EN + "e 1", "`u$`b"),
        (EN + "(type e;type first e;key first e;value first e)", "20h\n-20h\n`u\n`a"),
        (EN + "e,`u$`c", "`u$`a`b`a`c"),
        ("`u?`d", "`u$`d"),
        # joining an enumerated atom with a symbol atom gives a general list; with vectors, symbols
        (EN + "(`u$`b),`b", "`u$`b\n`b"),
        (EN + "(`u$`a),`c`d", "`a`c`d"),
        # match compares the domain; an enumerated item is never null
        ("l1:`a`b;l2:`a`b;((`l1$`a)~`l2$`a;(`l1$`a)~`l1$`a;(`l1$`a`b)~`a`b)", "010b"),
        ("a:``a;(null`a$`;null`a$``a)", "0b\n00b"),
    ],
)
def test_enumerated_atoms_and_domains(src, want):
    assert q(src) == want


FK = (
    "kt:([eid:1001 1002 1003] name:`Dent`Beeblebrox`Prefect;iq:98 42 126);"
    "td:([] eid:`kt$1003 1002 1001 1002;sc:126 36 92 39);"
)


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # `kt$y enumerates y over the keys of a keyed table: a foreign key
        (FK + "x:`kt$1002 1001;(x;key x;value x;type x)", "`kt$1002 1001\n`kt\n1002 1001\n20h"),
        (FK + "`kt$1004", "'cast"),
        (FK + "meta td", "c  | t f  a\n---| ------\neid| j kt\nsc | j"),
        # fk.col in qSQL reads the referenced table's column
        (
            FK + "select eid.name,sc from td where eid.iq>50",
            "name    sc\n-----------\nPrefect 126\nDent    92",
        ),
        (
            FK + "select avg sc by eid.name from td",
            "name      | sc\n----------| ----\nBeeblebrox| 37.5\nDent      | 92\nPrefect   | 126",
        ),
        ("k:([s:`a`b`c]px:1 2 3);exec s.px from ([]s:`k$`c`a)", "3 1"),
        # meta shows attributes
        ("meta ([]a:`s#1 2 3)", "c| t f a\n-| -----\na| j   s"),
    ],
)
def test_foreign_keys(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # insert: keyed tables take only new keys; typed columns only their own type
        ("kt:([k:`a`b]v:1 2);`kt insert ([]k:`c`d;v:3 4);kt", "k| v\n-| -\na| 1\nb| 2\nc| 3\nd| 4"),
        ("kt:([k:`a`b]v:1 2);`kt insert (`a;5)", "'insert"),
        ('t:([]a:1 2;b:`x`y);`t insert (9;"c")', "'type"),
        ("t:([]a:`int$();b:`symbol$());`t insert (1;`a)", "'type"),
        ("t:([]a:`int$();b:`symbol$());`t insert (1i;`a);t", "a b\n---\n1 a"),
        ("u:([]a:();b:());`u insert (1;`a);u", "a b\n---\n1 a"),
        ("u:([]a:();b:());`u insert (1;`a);`u insert (2;3)", "'type"),
    ],
)
def test_insert_checks_keys_and_types(src, want):
    assert q(src) == want


F = "t:([]c1:`a`b`c`c`a`a;c2:10 20 30 30 40 40;c3:1.1 2.2 3.3 3.3 4.4 3.14159);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # exec with no columns is the last selected row; a named single column a dictionary
        (F + "exec from t", "c1| `a\nc2| 40\nc3| 3.14159"),
        (F + "?[t;();();()]", "c1| `a\nc2| 40\nc3| 3.14159"),
        (F + "exec s:sum c2 from t", "s| 170"),
        (F + "exec s:sum c2 by c1 from t", " | s\n-| --\na| 90\nb| 20\nc| 60"),
        # functional exec by: a symbol b keys by that column's values
        (F + "?[t;();`c1;`c2]", "a| 10 40 40\nb| ,20\nc| 30 30"),
        (
            F + "?[t;();`c1;`m`s!((max;`c2);(sum;`c2))]",
            " | m  s\n-| -----\na| 40 90\nb| 20 20\nc| 30 60",
        ),
        (F + "?[t;();();(sum;`c2)]", "170"),
        # select by with a bare parse tree: one column named ` (blank)
        (F + "?[t;();enlist[`k]!enlist`c1;`c2]", "k|\n-| --------\na| 10 40 40\nb| ,20\nc| 30 30"),
        # exec by a named column (or several) keys by a table; a list value shows under blanks
        (F + "exec c2 by k:c1 from t", "k|\n-| --------\na| 10 40 40\nb| ,20\nc| 30 30"),
        (
            F + "exec sum c2 by c1,c2 from t where c2<35",
            "c1 c2|\n-----| --\na  10| 10\nb  20| 20\nc  30| 60",
        ),
        (
            "t:([]k:1 2 3 2 3;p:`xx`yy`zz`xx`yy;v:10 20 30 40 50);"
            "exec `xx`yy`zz#(p!v) by k:k from t",
            "k| xx yy zz\n-| --------\n1| 10\n2| 40 20\n3|    50 30",
        ),
        # derived column names: glyph -> left argument, other functions -> last argument
        (
            F + "select c1,c1,2*c2,c2+c3,string c3 from t where i<1",
            'c1 c11 x  c2   c3\n--------------------\na  a   20 11.1 "1.1"',
        ),
        (F + "cols select count each c1,c2 wavg c3,5 xbar c2 from t", "`c1`c3`c2"),
        (F + "cols select c1,c2,c1,c1,3 from t", "`c1`c2`c11`c12`x"),
        (F + "cols select {x}[c2],{x*y}[c2;c3],(+)[c3;c2] from t", "`c2`c3`c31"),
        # a select column named like a group: an error since q 4.0 (by,by is auto-aliased)
        (F + "select c2 by c2 from t", "'dup names for cols/groups c2"),
        (F + "cols select c3 by k:c1,k:c2 from t", "`k`k1`c3"),
        # an integer constraint keeps its non-zero rows; a boolean one must conform
        (F + "select c2 from t where c2 mod 20", "c2\n--\n10\n30\n30"),
        (F + "select from t where 10b", "'length"),
        # any/all of a list of boolean vectors fold item-wise (where any c like/:patterns)
        (
            'e:([]c:("ams";"lon";"bar"));select from e where any c like/:("lon";"am*")',
            'c\n-----\n"ams"\n"lon"',
        ),
        ("(any;all)@\\:(0101b;1100b)", "1101b\n0100b"),
        # select[n] keeps n selected rows before the Select phrase runs
        (F + "select[2] sum c2 from t", "c2\n--\n30"),
        (F + "select[-3] sum c2 by c1 from t", "c1| c2\n--| --\na | 80\nc | 30"),
        (F + "?[t;();0b;(enlist`s)!enlist(sum;`c2);1 2]", "s\n--\n50"),
        # parse: exec by one column quotes it (eval keys by its values)
        ('parse "exec a by b from t"', "?\n`t\n()\n,`b\n,`a"),
        (F + 'eval parse "exec sum c2 by c1 from t"', "a| 90\nb| 20\nc| 60"),
        (F + "select count i by 25 xbar c2 from t", "c2| x\n--| -\n0 | 2\n25| 4"),
        # $[c;a;b] in a qSQL expression is the operator $ (rank), not a conditional
        (F + "select from t where c2>$[1b;15;25]", "'rank"),
        (
            F + "select from t where c2>{$[x;35;25]}1b",
            "c1 c2 c3\n-------------\na  40 4.4\na  40 3.14159",
        ),
        # exec .. by 0b is a select; a nested query in a where phrase takes the rest of it
        (F + "exec c1,c2 by 0b from t where c2>35", "c1 c2\n-----\na  40\na  40"),
        (
            F + "select from t where c2>15,c1 in exec c1 from t where c3<2,c2>5",
            "c1 c2 c3\n-------------\na  40 4.4\na  40 3.14159",
        ),
        (F + "update c2:1 2 from t", "'length"),
        # keyed tables: lookup by a key of the wrong type, joining a simple table: 'type
        ("kt:([sym:`ibm`amd]volume:100 200);kt 0", "'type"),
        ("kt:([sym:`ibm`amd]volume:100 200);kt,([]sym:`x;volume:1)", "'type"),
        ("kt:([sym:`ibm`amd]volume:100 200);kt`zz", "volume|"),
        ("t:([]a:1 2);.Q.v[`t]~.Q.v t", "1b"),  # .Q.v: a table by name or by value
        ("`tnew insert ([c1:`a`b];c2:10 20);tnew", "c1| c2\n--| --\na | 10\nb | 20"),
        ("sym:();`sym?`c`b`c;sym", "`c`b"),  # enum extend of an empty general list
        # a link column (`t!row indices) reaches the linked table's columns by dot notation
        (
            "t:([]id:101 102 103;v:1.1 2.2 3.3);update parent:`t!id?101 101 102 from `t;"
            "select id,parentid:parent.id from t",
            "id  parentid\n------------\n101 101\n102 101\n103 102",
        ),
        ("t:([]id:1 2);u:([]l:`t!0 1);exec f from meta u", ",`t"),
        # update on a dictionary: its entries are the names; no by phrase
        ("d:`a`b!1 2;update c:a+b from d", "a| 1\nb| 2\nc| 3"),
        ("d:`a`b!(1 2;3 4);update a:10,s:sum b from `d;d", "a| 10\nb| 3 4\ns| 7"),
        ("d:`a`b!1 2;update a:0 by b from d", "'type"),
        # delete keys from a dictionary (by value or by name), names from a namespace
        ("d:`a`b`c!til 3;delete b from `d;d", "a| 0\nc| 2"),
        ("d:`a`b`c!til 3;![d;();0b;`a`c]", "b| 1"),
        ("a:1;b:2;delete a from `.;key `.", ",`b"),
        ("t:([]a:3 4;b:6 7);([q:`r]) xcol t", "'length"),
    ],
)
def test_exec_functional_forms_and_names(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # an elided first index of a dictionary keeps its keys
        ("d:`a`b!(1 2;3 4);d[;1]", "a| 2\nb| 4"),
        ("d:`a`b!(`x`y!1 2;`x`y!3 4);d[;`y]", "a| 2\nb| 4"),
        ("d:`a`b!(1 2;3 4);d[`a`b;0]", "1 3"),
        # distinct keeps an enumeration's domain
        ("u:`a`b`c;distinct `u$`a`b`a", "`u$`a`b"),
    ],
)
def test_dict_elided_index_and_enum_distinct(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # a table row (or keyed-table record) amended with one value per column
        ("t:([]a:1 2;b:`x`y);t[0]:(5;`z);t[1]:`a`b!(6;`w);t", "a b\n---\n5 z\n6 w"),
        (
            "kk:([k:`a`b]v:1 2;w:`x`y);kk[`c]:(3;`z);kk[`a]:(10;`q);kk",
            "k| v  w\n-| ----\na| 10 q\nb| 2  y\nc| 3  z",
        ),
        ("kt:([k:`a`b]v:1 2);kt[`b]:(enlist `v)!enlist 22;kt", "k| v\n-| --\na| 1\nb| 22"),
    ],
)
def test_amend_table_rows(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    "src",
    [
        "v:10 20 30;v[5 1]:42 100",
        "v:10 20 30;v[3]:1",
        "@[10 20 30;5;:;1]",
        "t:([]a:1 2);t[2]:(enlist `a)!enlist 3",
    ],
)
def test_amend_out_of_range_is_length(src):
    assert q(src) == "'length"


PH = "ph:([name:`Bill`John`John;date:2000.01.01 2000.01.01 2000.06.10]phone:4444 5555 4444);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # a list of key tuples looks up one row each; `s#kt makes lookups and lj step-wise
        (
            PH + "ph((`John;2000.01.01);(`John;2000.03.01);(`John;2000.06.10))",
            "phone\n-----\n5555\n\n4444",
        ),
        (PH + "ph:`s#ph;ph((`John;2000.01.01);(`John;2000.03.01))", "phone\n-----\n5555\n5555"),
        (
            PH + "ph:`s#ph;([]name:`John`John`Al;date:2000.06.09 2000.06.11 1999.01.01) lj ph",
            "name date       phone\n---------------------\nJohn 2000.06.09 5555\n"
            "John 2000.06.11 4444\nAl   1999.01.01",
        ),
        ("`s#([k:3 1]v:1 2)", "'s-fail"),
    ],
)
def test_step_keyed_tables(src, want):
    assert q(src) == want


S3 = "s:([s:`s1`s2`s3]name:`smith`jones`blake;status:20 10 30);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # keys#kt: the keyed table restricted to those keys (a table of keys or key symbols)
        (S3 + "([]s:`s1`s2)#s", "s | name  status\n--| ------------\ns1| smith 20\ns2| jones 10"),
        (S3 + "`s3`s1#s", "s | name  status\n--| ------------\ns3| blake 30\ns1| smith 20"),
        (S3 + "([]t:`s1`s2)#s", "'type"),
    ],
)
def test_take_keys_from_keyed_table(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # the k form of a one-column table parenthesises its enlisted column name
        ("-3!([]x:1 2)", '"+(,`x)!,1 2"'),
        ("-3!([]x:1 2;y:3 4)", '"+`x`y!(1 2;3 4)"'),
        ("(1#`a)!enlist ([]x:1 2)", "a| +(,`x)!,1 2"),
    ],
)
def test_table_k_form(src, want):
    assert q(src) == want


def test_xcol_with_more_names_than_columns_is_length():
    assert q("`a`b`c xcol ([]a:1 2;b:`x`y)") == "'length"
    assert q("`A xcol 1!([]a:1 2;b:`x`y)") == "A| b\n-| -\n1| x\n2| y"


def test_insert_enumerates_foreign_key_columns():
    src = FK + "`td insert (1001;50);"
    assert q(src + "select eid.name,sc from td where sc=50") == "name sc\n-------\nDent 50"
    assert q(FK + "`td insert (1009;50)") == "'cast"


def test_raze_of_dictionaries_merges_them():
    assert q("raze (`a`b!1 2;`b`d!3 4)") == "a| 1\nb| 3\nd| 4"
    assert q("raze `a`b!(1 2;3 4)") == "1 2 3 4"


def test_enumerated_atom_casts_to_its_index():
    assert q(EN + '("i"$first e;"j"$e 1)') == "0i\n1"


T3 = "t:([]a:1 2 3;b:`x`y`z;c:4 5 6);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # kt _ keys drops those keys; t _ i drops row i; sublist takes from keyed tables
        (T3 + "(1!t) _ 1 3", "a| b c\n-| ---\n2| y 5"),
        (T3 + "(2!t) _ (2;`y)", "a b| c\n---| -\n1 x| 4\n3 z| 6"),
        (T3 + "t _ 1", "a b c\n-----\n1 x 4\n3 z 6"),
        (T3 + "1 sublist 1!t", "a| b c\n-| ---\n1| x 4"),
    ],
)
def test_drop_and_sublist_on_tables(src, want):
    assert q(src) == want


def test_temporal_fields_of_columns_in_qsql():
    src = "t:([]time:2024.01.02D10:15:30 2024.01.03D11:20:00;v:1 2);"
    assert q(src + "select time.date,time.minute,v from t") == (
        "date       minute v\n-------------------\n2024.01.02 10:15  1\n2024.01.03 11:20  2"
    )
    assert q(src + "exec time.hh from t") == "10 11i"


def test_keyed_table_without_value_columns():
    assert q("1!([]a:1 2)") == "a|\n-|\n1|\n2|"
    assert q("select by s from ([]s:`a`b`a)") == "s|\n-|\na|\nb|"


def test_keys_by_value_or_name():
    assert q("t:([]a:1 2;b:3 4);(keys t;keys 1!t)") == "`symbol$()\n,`a"
    assert q("t:([]a:1 2;b:3 4);`a xkey `t;keys `t") == ",`a"


def test_foreign_key_from_indices_keeps_key_type():
    assert q("kt:([k:10 20 30]v:1 2 3);select k.v from ([]k:`kt!0 2)") == "v\n-\n1\n3"


AJ = "t:([]sym:`a`b;time:10 20;px:7 8);q:([]sym:`a`b`a;time:5 15 8;px:1 0N 3);"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # ajf/ajf0: as aj/aj0, but a null in the right table leaves the left value
        (AJ + "ajf[`sym`time;t;q]", "sym time px\n-----------\na   10   3\nb   20   8"),
        (AJ + "ajf0[`sym`time;t;q]", "sym time px\n-----------\na   8    3\nb   15   8"),
        (AJ + "aj[`sym`time;t;q]", "sym time px\n-----------\na   10   3\nb   20"),
        # t asof y: the other columns at the last row not above y
        (AJ + "q asof `sym`time!(`a;9)", "px| 3"),
        (AJ + "q asof ([]sym:`a`a;time:6 4)", "px\n--\n1"),
    ],
)
def test_ajf_and_asof(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        # comparing dictionaries: over the union of keys, a missing entry is null
        ("(`a`b`c!10 20 30)=`b`c`d!20 300 400", "a| 0\nb| 1\nc| 0\nd| 0"),
        ("(`a`b`c!10 20 30)<`b`c`d!20 300 400", "a| 0\nb| 0\nc| 1\nd| 1"),
    ],
)
def test_dictionary_comparison(src, want):
    assert q(src) == want
