"""Strings, encodings, parsing and general-language semantics of the embedded q interpreter."""

import time

import pytest
from interp_support import q


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("0x0 vs 2413h", "0x096d"),
        ("0x0 vs 2413i", "0x0000096d"),
        ("0x0 vs 2413e", "0x4516d000"),
        ("0x0 vs 2413f", "0x40a2da0000000000"),
        ("0b vs 23173h", "0101101010000101b"),
        ("0x0 sv 0x80ff", "-32513h"),
        ("0x0 sv 0x004080ff", "4227327i"),
        ("0x0 sv 0x0001020304050607", "283686952306183"),
        ("0b sv 64#1b", "-1"),
        ("0b sv 16#1b", "-1h"),
        ("0b sv 8#1b", "0xff"),
        ("0b sv 0b vs 12345", "12345"),
        ("0x02 vs 0x0102010201", ",0x01\n,0x01\n,0x01"),
        ("0x03 sv 0x02 vs 0x0102010201", "0x0103010301"),
        ('` vs "abc\\r\\ndef\\nghi"', '"abc"\n"def"\n"ghi"'),
        ('` sv ("ab";"cd")', '"ab\\ncd\\n"'),
        ("2 3 5 7 wsum 1 2 3 4", "51f"),
    ],
)
def test_vs_sv_encodings(expr, want):
    assert q(expr) == want


def test_bit_vector_of_wrong_length_is_a_length_error():
    assert q("0b sv 7#1b") == "'length"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('-8h$"3.14"', "3.14e"),
        ('-7h$("1";"23")', "1 23"),
        ('5h$"ab"', "97 98h"),
        ('`$"   IBM   "', "`IBM"),
        ('"I"$"192.168.1.34"', "-1062731486i"),
        ('"G"$"192.0.2.1"', "00000000-0000-0000-0000-ffffc0000201"),
        ('"G"$"2001:0DB8:85A3::8A2E:0370:7334"', "20010db8-85a3-0000-0000-8a2e03707334"),
        ("5h$()", "`short$()"),
        ("key each 1 10h$\\:()", "`boolean`char"),
        (".Q.t 1 7 11", '"bjs"'),
    ],
)
def test_text_parsing_and_type_codes(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('"br]wn" like "[bf]r[]]wn"', "1b"),
        ('"]]" like "[^]]]"', "0b"),
        ('"abc" ss ""', "'length"),
        ('"the tee" ss "t*e"', "'length"),
        ('"the tee" ss "t?e"', "0 4"),
        ('1 ({0};{2*x="x"};{2+x="f"})/"xf"', "3"),
        ("(0 1;1 0)\\[0;1 1 0]", "1 0 0"),
        ("1 2 3 3\\[0]", "0 1 2 3"),
        ("(`a`b`c!`b`c`c)/[`a]", "`c"),
    ],
)
def test_patterns_and_maps_as_iterated_functions(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("a:(b;:1+):1 2\na\nb", "1 3\n1"),
        ("(a:3+):4\na", "7"),
        ("((a;b):`F):3 4f\nb", "4f"),
        ("((a;b):`F):3 4e", "'type"),
        ("(x;y:`j):(1;2)\ny", "2"),
        ("(flip([a;b])):([]a:1 2;b:3 4)\nb", "3 4"),
        ("f:{[(a;b);c]a+b+c}\nf[1 2;3]", "6"),
        ("f:{[x;]x}\nf[3;4]", "3"),
        ("f:{[x:neg]x*2}\nf 3", "-6"),
        ("{[x:`j]x}1.5", "'type"),
        (':[1i;r:`f;"float";r:`i;"int";"other"]\nr', '"int"\n1i'),
        (':[1;r:`f;"float";"other"]', '"other"'),
        ("{:[x;(a;b);a+b;0]}each(1 2;1 2 3)", "3 0"),
        ("{:x+1}2", "3"),
    ],
)
def test_pattern_filters_parameters_and_matching_conditional(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('l:("a";;"c")\nl', '("a";;"c")'),
        ('("a";;"c")"b"', '"abc"'),
        ('("ab";;"c")"d"', '"ab"\n"d"\n"c"'),
        ('("a";;;"d")["b"]', '("a";"b";;"d")'),
        ('("a";;;"d") . ("b";"cc")', '"a"\n"b"\n"cc"\n"d"'),
        ("(;)[1;2]", "1 2"),
        ("f:{x+y}\ng:`f[5;]\n`g 3", "8"),
        ("v:5\n.ns.v:6\n`.[`v]", "5"),
        (".ns.v:6\n`.ns `v`v", "6 6"),
        (".ns.v:6\n.ns", " | ::\nv| 6"),
        ('\'[count]("ab";"c")', "2 1"),
        ("'[neg;til]3", "0 -1 -2"),
        ("{'x}`bad", "'bad"),
    ],
)
def test_list_projections_symbol_application_namespaces_bracket_iterators(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('("apple";"banana";"coffee") bin ("anise";"berry";"curry")', "-1 1 2"),
        ('("apple";"banana";"coffee") bin "banana"', "1"),
        ("2000.01.02 + 0.5", "2000.01.02T12:00:00.000"),
        ("2000.01.02 - 0.25", "2000.01.01T18:00:00.000"),
        ("differ 96.100000000000009 96.099999999999994", "10b"),
        ("differ 1 1 2 0n 0n 3f", "101101b"),
    ],
)
def test_general_bin_date_shifts_tolerant_differ(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("{)}", "')"),
        ('@[2+;"42";{)}]', "')"),
        ("{x]}", "']"),
        ("@[1 2;::;3 4*]", "'type"),
        ("@[1 2;0;:;`a]", "'type"),
        ("@[(1;`a);0;:;1 2]", "1 2\n`a"),
        ('"A" xlog "C"', "1.00726"),
        ('sqrt "a"', "9.848858"),
    ],
)
def test_parse_errors_amend_types_char_math(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("3 0N#til 10", "0 1 2\n3 4 5\n6 7 8 9"),
        ("0N 3#til 7", "0 1 2\n3 4 5\n,6"),
        ("a:1\nb:2\nkey `.", "`a`b"),
        (".fee.fi.fo:0\n.fee.x:3\nkey `.fee", "``fi`x"),
        (".fee.fi.fo:0\n`.fee.fi `fo", "0"),
    ],
)
def test_reshape_with_null_and_namespace_keys(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('ssr["hello world";"l?";"L"]', '"heLo worL"'),
        ('ssr["abc";"[ab]";"x"]', '"xxc"'),
        ('ssr["aXb";"X";{"<",x,">"}]', '"a<X>b"'),
        ('ssr["hello";"l";upper]', '"heLLo"'),
        ('ssr["abc";"";"x"]', "'length"),
    ],
)
def test_ssr_patterns(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("(neg+)[1;2]", "-3"),
        ("h:neg+\nh[1;2]", "-3"),
        ("({x*10}-)[5;3]", "20"),
        ("(2+)3", "5"),
        ("di:reciprocal(%).\ndi 2 3", "1.5"),
    ],
)
def test_operator_with_function_left_composes(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('0 2 0\'[`a`b`c!"abc";"xyz";"123";`a`b`c!"789"]', '"a2c"'),
        ('0 2 0\'[`a`b`c!"abc";"xyz";"123";`a`b!"78"]', "'length"),
        ('0 2 0\'[`a`b`c!"abc";"xyz";"123";`b`a`c!"789"]', "'domain"),
        ('0 1 0\'["abc";"x"]', '"axc"'),
    ],
)
def test_case_iterator(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("1 2 in (9;(1 2;3 4))", "00b"),
        ("1 2 in (1 2;9)", "1b"),
        ("1 2 in ((1 2;3 4);9)", "0b"),
        ("3 in (1 2;3)", "0b"),
        ("3 in (3;1 2)", "1b"),
        ("1 2. in 1#2", "01b"),
        ("1 2. in 2#2", "'type"),
        ("(til 5) in `a`b!0 3", "10010b"),
        ("(`a`b!(1 2 3;`x`y`z)) inter `a`b`c!(1 2 3;2 3 5;`x`y`z)", "1 2 3\nx y z"),
    ],
)
def test_in_against_general_lists_and_dicts(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("1 2 3.$1 2 3.", "14f"),
        ("M:(0 1.;1 1.)\nM$M", "1 1\n1 2"),
        ("M:(0 1.;1 1.)\n15$[M]/M", "610 987\n987 1597"),
        ("f:$[`float]\nf 1 2", "1 2f"),
        ("$[0b;1;2]", "2"),
        ('(enlist("";""))~1 2 0#"a"', "1b"),
        ("5^0N 2 3i", "5 2 3"),
        ("type 5^0N 2 3i", "7h"),
        ("10 vs(1995;1996 1997)", "1 1 1\n9 9 9\n9 9 9\n5 6 7"),
        ("2 mcount `a`b!(10 0N 3;4 5 6)", "a| 1 0 1\nb| 2 1 2"),
        ("2 msum (1 2;3 4;5 6)", "1 2\n4 6\n8 10"),
        ("(`a`b`c!1 2 3) _ `a`b", "'type"),
    ],
)
def test_float_matrix_dollar_fill_widening_vs_lists_moving_sums(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        (":/[1 2 3 4 5]", "5"),
        ("10 :/ 1 2", "2"),
        ("{:x+1}2", "3"),
        ("a:7\n{if[x;a:1];a} 0b\n{if[x;a:1];a} 1b\n{b:a;b}[]", "()\n1\n7"),
        ("t:([]0 1)\n{if[x;t:([]`a`b)];select from t} 0b", "'type"),
        ("c:5\n{c+:1;c}[]", "6"),
        ('(`quick;`quack`quark) like "qu?ck"', "'type"),
        ('("quick";"quark") like "qu?ck"', "10b"),
        ("deltas", "-':"),
        ("(count;sums)", "#:\n+\\"),
    ],
)
def test_assign_fold_unassigned_locals_like_lists_keyword_display(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("3 mmin 0N -3 -2 1 -0W 0", "0N 0N 0N -3 -0W -0W"),
        ("3 mmax 3 5 7 2 4 3 7", "3 5 7 7 7 4 7"),
        ("3 mmax `int$()", "`int$()"),
        ('lower "\\303\\200BC"', '"\\303\\200bc"'),
        ("upper `ab`c", "`AB`C"),
        ('"Now is the time" like "*the*"', "1b"),
        ('"Now is the time" like "*the*the"', "'nyi"),
        ('"brown" like "br?*wn"', "1b"),
        ('-3!"abc"', '"\\"abc\\""'),
        ("-3!`a`b!1 2", '"`a`b!1 2"'),
    ],
)
def test_moving_extremes_ascii_case_like_limits_and_show_string(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("2016.09.06D09:29:01 = 09:29", "1b"),
        ("2016.09.06D09:29:01 > 09:29", "0b"),
        ("0D09:29:01 > 09:29", "1b"),
        ("2024.10.07D20:00:00.000603286 within 13:30 20:00t", "1b"),
        ("20:00:00.000603286 within 13:30 20:00t", "0b"),
        ("`minute$2016.09.06D09:29:01", "09:29"),
        ("`time$1999.12.31T23:00:01.500", "23:00:01.500"),
        ("`timestamp$1666.09.02", "-0Wp"),
        ("`timestamp$2999.01.01", "0Wp"),
        ("0001.01.01-1", "0000.00.00"),
        ("floor 2 - 10 xexp -12 -13", "1 2"),
        ("floor 2-1e-13", "2"),
        ("ceiling 2+1e-13", "2"),
        ("floor 2009.10.03T13:08:00.222", "2009.10.03"),
        ('"\\023" div 8', "2i"),
        ('"z"%"a"', "1.257732"),
        ('"a"+1', "'type"),
        ("med (1 2;3 4;5 9)", "3 4f"),
        ("t:([]a:10 -21 3;b:4 5 -6)\nmed t", "a| 3\nb| -6"),
        ("med `a`b!(10 -21 3;4 5 -6)", "7 -8 -1.5"),
        ("med ()", "0n"),
    ],
)
def test_mixed_temporal_compare_tolerant_floor_char_division_median(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("fills {(x where x=0W):0N;x} 0N 2 3 0W 0N 7 0W", "0N 2 3 3 3 7 7"),
        ("x:1 2 3\n(x 1):9\nx", "1 9 3"),
        ("(%':)2000 2005", "2000 1.0025"),
        ("t:([]a:1 2 3;b:`x`y`z)\n@[t;1;:;`a`b!(9;`q)]", "a b\n---\n1 x\n9 q\n3 z"),
        ("t:([]a:1 2 3;b:`x`y`z)\n.[t;(0 2;`a);:;11 22]`a", "11 2 22"),
        ("t:([]a:1 2 3;b:`x`y`z)\nt[0;`a]:50\nt`a", "50 2 3"),
        ("t:([]a:1 2 3;b:`x`y`z)\n.[t;(::;`a);neg]`a", "-1 -2 -3"),
        ("d:`a`b!(`x`y!1 2;`x`y!3 4)\nd[`b;`x]:50\nd[`b]", "x| 50\ny| 4"),
        ("kt:([k:`a`b]v:1 2)\nkt[`b;`v]:7\nkt[`c;`v]:5\nkt", "k| v\n-| -\na| 1\nb| 7\nc| 5"),
        ("kt:([k:`a`b]v:1 2)\n.[kt;(`a;`v);+;100]`a", "v| 101"),
    ],
)
def test_amend_tables_keyed_tables_dicts_of_dicts_and_paren_targets(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("a:0 1\nb:a\nasc b\na", "`s#0 1\n`s#0 1"),
        ("x:2 1\nasc x\nx", "`s#1 2\n2 1"),
        ("a:asc 3 1 2\na,:9\na", "`s#1 2 3 9"),
        ("a:asc 3 1 2\na,:0\na", "1 2 3 0"),
        ("a:`u#1 2\na,:3\na,:3\na", "1 2 3 3"),
        ("a:asc 3 1 2\na[0]:9\na", "9 2 3"),
    ],
)
def test_sorted_attribute_in_place_append_and_amend(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("f:{[a;b;c] a+b+c}\nf[;2][1;3]", "6"),
        ("f:{[a;b;c] a+b+c}\nf[;2]", "{[a;b;c] a+b+c}[;2]"),
        ('ssr[;"a"]["cat";"o"]', '"cot"'),
        ("{x+y}[1]", "{x+y}[1]"),
        ("{x+y}[;1]", "{x+y}[;1]"),
    ],
)
def test_projection_with_fewer_arguments_than_rank(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("0 wavg (1 2;3 4)", "0n 0n"),
        ("(1 2;3 4) wavg (500 400; 300 200)", "350 266.6667"),
        ("1 2 wavg `a`b!(10 21 3;4 5 6)", "6 10.33333 5"),
        ("2 0N 4 5 wavg 1 2 0N 8", "6f"),
        ("12:00-11:30", "00:30"),
        ("12:00:00.000-13:00:00.000", "-01:00:00.000"),
        ("2000.03.01-2000.01.01", "60i"),
        ("0Nd+1", "0Nd"),
        ("0Np+0D01:00", "0Np"),
        ("0Nd+12:00", "0Np"),
        ("2000.01.01 0Nd+1 2", "2000.01.02 0Nd"),
        ("2000.01.01-0Nd", "0Ni"),
        ("0Np = 0Nd", "1b"),
        ("0Wd > 2000.01.01D00:00", "1b"),
    ],
)
def test_wavg_over_lists_time_differences_temporal_nulls(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('"é"', '"\\303\\251"'),
        ('count "橙"', "3"),
        ('type "\\351"', "-10h"),
        (
            't:([]s:`ab`c;n:`$("蘋果";"橙"))\nt',
            "s  n\n---------\nab 蘋果\nc  橙",
        ),
        ('(`$("蘋果";"ab"))!1 2', "蘋果| 1\nab    | 2"),
    ],
)
def test_utf8_literals_are_bytes_and_columns_pad_by_bytes(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("0D00:05 xbar 2016.09.06D09:29:01", "2016.09.06D09:25:00.000000000"),
        ("00:15 xbar 09:29 09:44", "09:15 09:30"),
        ("00:00:05 xbar 10:07:03", "10:07:00"),
        ("5 xbar 0N 7", "0N 5"),
        ("0N div 2", "0N"),
        ("0N 5 7 div 2", "0N 2 3"),
        ("7 div 0N", "0N"),
        ("0N mod 2", "0N"),
        ("-7 mod 3", "2"),
    ],
)
def test_duration_buckets_and_null_div_mod(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("{1}.()", "{1}"),
        ("a:2 3\nb:10 20\n{a + b} . enlist[::]", "12 23"),
        ('dir:`a`b!(2 3 4;"abcdefg")\n`dir . (`b;1 3 5)', '"bdf"'),
        ("1000/[+]til 5", "'type"),
        ("(1 2 0)\\[0]", "0 1 2"),
    ],
)
def test_apply_empty_argument_list_and_atom_maps(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('"D"$"2000.13.01"', "0Nd"),
        ('"D"$("2000.13.01";"2000.01.02")', "0Nd 2000.01.02"),
        ('"P"$"2000.02.30"', "0Np"),
        ('"Z"$"2001.02.29T00:00"', "0Nz"),
        ('"Z"$"2001.02.28T12:00"', "2001.02.28T12:00:00.000"),
        ("`guid$1", "'type"),
        ('"g"$0x00', "'type"),
    ],
)
def test_parsing_impossible_dates_gives_nulls(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("{x-y}/[10 2 3]", "5"),
        ("{x*y}/[1 2 3 4]", "24"),
        ("{x|y}/[1 5 3]", "5"),
        ("{x+y}/[1 0N 3]", "0N"),
        ("{x+y}/[1.5 0n]", "0n"),
        ("{x+y}/[9223372036854775807 1]", "0N"),
        ("{x+y}/[enlist 5]", "5"),
    ],
)
def test_folding_a_verb_lambda_matches_the_item_by_item_fold(src, want):
    assert q(src) == want


def test_float_verb_lambda_fold_adds_left_to_right():
    total = 0.0
    for i in range(2_000_000):  # the sequential sum differs from numpy's pairwise one here
        total += 1e-10 * i
    assert q("\\P 17\n{x+y}over 1e-10*til 2000000") == f"{total:.17g}"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("(,//)((1 2;3);(4;5 6))", "1 2 3 4 5 6"),
        ("(+//)(1 2;3 4)", "10"),
        ("(,'/)(1 2;3 4;5 6)", "1 3 5\n2 4 6"),
        ("{b:x=y;b::99;x+b}[10;20]", "109"),
    ],
)
def test_fold_of_fold_converges_and_double_colon_sets_an_earlier_local(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("2000.01.01D12:00 - 2000.01.01", "0D12:00:00.000000000"),
        ("2000.01.01 - 2000.01.01D12:00", "-0D12:00:00.000000000"),
        ("2000.01.01T12:00 2000.01.03T00:00 - 2000.01.01T00:00", "0.5 2"),
        ("ltime 1", "'type"),
        ("ltime 0Wp", "0Wp"),
    ],
)
def test_timestamp_minus_date_and_datetime_differences(src, want):
    assert q(src) == want


def test_ltime_and_gtime_follow_the_process_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Zurich")
    time.tzset()
    try:
        assert q("ltime 2010.03.28D01:00:00") == "2010.03.28D03:00:00.000000000"
        assert q("gtime 2010.03.28D03:00:00") == "2010.03.28D01:00:00.000000000"
        assert q("ltime 2010.07.01T12:00") == "2010.07.01T14:00:00.000"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("bar+:1\nbar", "1"),
        ("baz,:7\nbaz", ",7"),
        ("{zz*:3;zz}[]", "3"),
        ("a|:1", "'a"),
    ],
)
def test_assign_through_operator_to_an_undefined_name_starts_from_identity(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('"héllo" ss "l"', "3 4"),
        ('"aaaa" ss "aa"', "0 2"),
        ('"aaaa" ss "a?"', "0 2"),
        ('ssr["héllo";"l";"L"]', '"h\\303\\251LLo"'),
        ('"é" like "?"', "0b"),
        ('"é" like "??"', "1b"),
        ('ssr["a";"a";"-"]', "'type"),
    ],
)
def test_string_search_counts_bytes_without_overlap(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("(1+)", "+[1]"),
        ('0N!@[("ssd";"bsd");0;+];', '(+["ssd"];"bsd")'),
        ("%[;2]", "%[;2]"),
    ],
)
def test_operator_projections_print_in_bracket_form(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("3 msum 1 2 3 4i", "1 3 6 9i"),
        ("3 msum 1 2 3 4h", "1 3 6 9i"),  # ref/sum.md: msum of h or b is i
        ("3 msum 101b", "1 1 2i"),
        ("3 msum 1 0N 3 4", "1 1 4 7"),
        ("3 mmin 1 0n 3 2", "1 0n 0n 0n"),
        ("3 mmax 1 0n 3 2", "1 1 3 3f"),
        ("2 mmax 0n 0n 1", "0n 0n 1"),
        ("deltas 1 0N 2 4", "1 0N 0N 2"),
    ],
)
def test_moving_sums_keep_int_types_float_nulls_in_moving_extremes_deltas_nulls(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("`s#2 1", "'s-fail"),
        ("`s#1 1 2", "`s#1 1 2"),
        ("`u#1 1", "'u-fail"),
        ("`p#1 1 2", "`p#1 1 2"),
        ("`p#1 2 1", "'u-fail"),
        ("`g#1 2 1", "`g#1 2 1"),
    ],
)
def test_applying_attributes_checks_the_data(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("@[1 2 3;`a;:;1]", "'type"),
        ("1 2 3 . (0 1;2)", "'rank"),
        ("(1;2 3)[1;0]", "2"),
        ("@[([]a:1 2);`b`c;:;3]", "a b c\n-----\n1 3 3\n2 3 3"),
        ("@[([]a:1 2);`a`b;:;(5 6;7 8)]", "a b\n---\n5 7\n6 8"),
    ],
)
def test_index_errors_and_amend_of_several_table_columns(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("2 mdev 1 0N 3 4", "0 0 0 0.5"),
        ("3 mdev 1 2 3 4 5", "0 0.5 0.8164966 0.8164966 0.8164966"),
        ("1 mdev 1 2 3", "0 0 0f"),
        ("3 mdev ([]a:1 2 4)", "a\n--------\n0\n0.5\n1.247219"),
    ],
)
def test_moving_deviation(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("count 2 vs -1", "64"),
        ("2 vs -1i", "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1i"),
        ("1 vs 5", "'domain"),
        ("1000 60 vs 123456", "57 36"),
        ("` vs `:/home/kdb/data/mytable", "`:/home/kdb/data`mytable"),
    ],
)
def test_vs_negative_numbers_bad_bases_and_file_handles(src, want):
    assert q(src) == want


def test_descending_sort_puts_float_nulls_last():
    assert q("desc 0n 1 -0w") == "1 -0w 0n"
    assert q("idesc 0n 1 -0w 0n 1") == "1 4 2 0 3"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('u:("abcde";10 2 -6;(2 3;`ab))\nu?(2 3;`ab)', "3 3"),
        ('u:("abcde";10 2 -6;(2 3;`ab))\nu?10 2 -6', "1"),
        ("((1;`a);(2;`b))?(2;`b)", "1"),
        ("(0 1 2;4 5)?2 3#til 6", "0 2"),
    ],
)
def test_find_is_rank_sensitive(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("1.1e - 1.1", "2.384186e-08"),
        ("1.1e*1.1e", "1.21e"),
        ("`float$1.1e", "1.1"),
    ],
)
def test_real_atoms_hold_single_precision(src, want):
    assert q(src) == want


def test_sv_joins_a_file_handle_with_slashes():
    assert q("` sv `:/home/kdb/q`data`trade") == "`:/home/kdb/q/data/trade"
    assert q("` sv `a`b") == "`a.b"


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('"F"$"0w"', "0w"),
        ('"F"$"-0w"', "-0w"),
        ('"F"$"inf"', "0n"),
        ('"G"$"0a"', "00000000-0000-0000-0000-000000000000"),
    ],
)
def test_parsing_float_infinities_and_short_guids(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("2 0 _ til 5", "'domain"),
        ("0 10 _ til 3", "'domain"),
        ("2 4 4 9 _ til 10", "2 3\n`long$()\n4 5 6 7 8\n,9"),
        ("1 0 2#1 2", "'domain"),
        ("2 3 0N#1 2", "'domain"),
        ("-1 2 3#1 2", "'domain"),
        ("2 0#5", "`long$()\n`long$()"),
    ],
)
def test_cut_and_reshape_check_their_left_argument(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("route:`a`b`c!`b`c`a\n3 route\\`a", "`a`b`c`a"),
        ("route:`a`b`c!`b`c`a\n(`c<>)route\\`a", "`a`b`c"),
        ("m:(0 1 2;1 2 0;2 0 1)\n(m\\)1 2 2", "1 0 2"),
        ("m:(0 1 2;1 2 0;2 0 1)\nm scan 1 2 2", "1 0 2"),
        ("(,\\)2 3 4", ",2\n2 3\n2 3 4"),
        ("(,/)enlist 5", ",5"),
        ("mt:0#0\ntype each (mt;*/[mt];{x*y}/[mt])", "7 -7 0h"),
        ("mt:0#0\n()~{x+y*z}\\[`foo;mt;mt]", "1b"),
        ("`foo+/0#0", "`foo"),
    ],
)
def test_accumulators_on_maps_and_empty_or_identity_cases(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("({x*2}':)1 2 3", "2 4 6"),
        ('count\':[("ab";"c")]', "2 1"),
        ("{x+y}':[1 2 3]", "0N 3 5"),
    ],
)
def test_each_prior_of_a_unary_value_is_each_parallel(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ('(", "/:)("quick";"brown";"foxes")', '"quick, brown, foxes"'),
        ("(0x0\\:)3.14156", "0x400921ea35935fc4"),
        ("(10\\:)1234", "1 2 3 4"),
        ('0 1 ("abcd";"efgh")/:2 3', '"cg"\n"dh"'),
    ],
)
def test_each_left_and_right_of_a_noun_encode_and_decode(src, want):
    assert q(src) == want


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("g:+/[100;]\ng\ng 2 3 4 5", "+/[100;]\n114"),
        ("{x+y}[1;]", "{x+y}[1;]"),
        ("f:{x+y+z}\nf[1][2]", "{x+y+z}[1;2]"),
        ("count each", "k){x'y}[#:]"),
    ],
)
def test_projections_show_the_arguments_written(src, want):
    assert q(src) == want


def test_trap_catches_every_failure_inside_the_function():
    assert q("@[{.z.s x};1;{x}]") == '"stack"'
    assert q("{@[{:x+1};x;0]}5") == "6"


def test_amend_at_depth_needs_one_value_per_path():
    assert q(".[(1 2;3 4);(0 1;0);:;1 2 3]") == "'length"
    assert q(".[(1 2;3 4);(0 1;0);:;7 8]") == "7 2\n8 4"
