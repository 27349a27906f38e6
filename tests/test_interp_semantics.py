"""Less common q semantics of the embedded interpreter: function types, views as namespace
entries, and other gaps found against real q's documented behaviour."""

import pytest
from interp_support import q


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("type (+')", "106h"),
        ("type (+/)", "107h"),
        ("type (+\\)", "108h"),
        ("type (+':)", "109h"),
        ("type (+/:)", "110h"),
        ("type (+\\:)", "111h"),
        ("type ({x}')", "106h"),
        ("type (+)", "102h"),
        ("type (-:)", "101h"),
        ("type count", "101h"),
        ("type neg", "101h"),
        ("type sum", "107h"),
        ("type sums", "108h"),
        ("type deltas", "109h"),
        ("type iasc", "100h"),
        ("type (1+)", "104h"),
        ("type (0|+)", "105h"),
    ],
)
def test_function_types_follow_their_form(expr, want):
    assert q(expr) == want


def test_view_entry_in_root_namespace_shows_its_definition():
    src = "a:1 2 3\nb:10\nd::a+b\n"
    assert q(src + "`. `d") == "a+b"
    assert q(src + "value `.") == "a| 1 2 3\nb| 10\nd| a+b"


def test_get_and_value_of_a_view_name_evaluate_it():
    src = "a:1 2 3\nd::a+1\na:10 20\n"
    assert q(src + "get `d") == "11 21"
    assert q(src + "value `d") == "11 21"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('("SJF";",") 0: ("a,1,2.5";"b,2,3.5")', "a   b\n1   2\n2.5 3.5"),
        (
            '("SJF";enlist ",") 0: ("s,j,f";"a,1,2.5";"b,2,3.5")',
            "s j f\n-------\na 1 2.5\nb 2 3.5",
        ),
        ('("S F";enlist ",") 0: ("s,j,f";"a,1,2.5";"b,,3.5")', "s f\n-----\na 2.5\nb 3.5"),
        ('("*J";",") 0: ("\\"x,y\\",1";"b,2")', '"x,y" ,"b"\n1     2'),
        ('("SJ";3 2) 0: ("abc12";"xy 34")', "abc xy\n12  34"),
        ('("DJ";",") 0: "2020.01.01,3\\n2020.01.02,4\\n"', "2020.01.01 2020.01.02\n3          4"),
        ('"S=;" 0: "a=1;b=2"', 'a    b\n,"1" ,"2"'),
        ("csv 0: ([]a:1 2;b:`x`y)", '"a,b"\n"1,x"\n"2,y"'),
        ('"," 0: ([]a:1 2.5;b:("p,q";"r\\"s"))', '"a,b"\n"1,\\"p,q\\""\n"2.5,r\\"s"'),
        ('-1 "|" 0: ([k:1 2]v:`a`b);', "k|v\n1|a\n2|b"),
        ('`:f 0: ("a";"b")', "'access"),
        ('parse "x 0: y"', "0:\n`x\n`y"),
    ],
)
def test_file_text_on_in_memory_text(expr, want):
    assert q(expr) == want


def test_digit_before_colon_is_still_a_number_elsewhere():
    assert q("x:0\nx\na:1 2\na[0]:5\na") == "0\n5 2"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        (
            '.j.j `a`b!(0 1;("hello";"world"))',
            '"{\\"a\\":[0,1],\\"b\\":[\\"hello\\",\\"world\\"]}"',
        ),
        ("-1 .j.j ([]a:1 2;b:`x`y);", '[{"a":1,"b":"x"},{"a":2,"b":"y"}]'),
        (".j.j -0w 0 1 2 3 0w", '"[-inf,0,1,2,3,inf]"'),
        (".j.jd(-0w 0 1 2 3 0w;(!). 1#'`null0w,1b)", '"[null,0,1,2,3,null]"'),
        ("-1 .j.j (0N;0n;01b;1.5);", "[null,null,[false,true],1.5]"),
        (
            '-1 .j.j (2014.05.08;2014.05.08T16:45:16.025;"a\\"b");',
            '["2014-05-08","2014-05-08T16:45:16.025","a\\"b"]',
        ),
        ('.j.k "{\\"a\\":1,\\"b\\":2}"', "a| 1\nb| 2"),
        ('.j.k .j.j `a`b!(0 1;("hello";"world"))', 'a| 0       1\nb| "hello" "world"'),
        (
            '.j.k "[{\\"a\\":1,\\"b\\":\\"x\\"},{\\"a\\":2,\\"b\\":\\"y\\"}]"',
            'a b\n------\n1 ,"x"\n2 ,"y"',
        ),
        ('.j.k "[1,2,3]"', "1 2 3f"),
        ('.j.k "[true,false,null]"', "1b\n0b\n0n"),
        ('.j.k "[1,\\"a\\",true]"', '1f\n,"a"\n1b'),
        ('.j.k "{"', "'json"),
    ],
)
def test_json_namespace(expr, want):
    assert q(expr) == want


def test_find_in_table_pairs_list_items_with_columns():
    src = "sp:([]s:`s1`s1`s2;p:`p1`p2`p1;qty:300 200 400)\n"
    assert q(src + "sp?(`s1;`p2;200)") == "1"
    assert q(src + "sp?(`s2`s1;`p1`p2;400 200)") == "2 1"
    assert q(src + "sp?(`s1;`p9;1)") == "3"
    assert q(src + "sp?`s`p`qty!(`s2;`p1;400)") == "2"


def test_compose_operator_as_a_value_folds_a_list_of_functions():
    src = "ff:{[w;x;y;z]w+x+y+z}\nf:{2*x}\ng:10*\n"
    assert q(src + "dd:('[;]) over (g;f;ff)\ndd[1;2;3;4]") == "200"
    assert q(src + "'[;]/[(g;f;ff)][1;2;3;4]") == "200"
    assert q(src + "'[f;][ff][1;2;3;4]") == "20"


def test_atoms_of_a_mixed_dictionary_value_show_their_type():
    assert q("`a`b`c`d!(1;2f;`x;1b)") == "a| 1\nb| 2f\nc| `x\nd| 1b"


def test_q_namespace_table_and_option_utilities():
    src = "s:([s:`s1`s2`s3]name:`a`b`c;status:20 10 30)\n"
    assert (
        q(src + ".Q.ft[{x 1 2};s]") == "s | name status\n--| -----------\ns2| b    10\ns3| c    30"
    )
    assert q("cols .Q.ff[([]a:1 2);([]a:3 4;b:`x`y)]") == "`a`b"
    assert q(".Q.ff[([]a:1 2);([]a:3 4;b:`x`y)]`b") == "``"
    assert q(".Q.en[::;([]a:`x`y;b:1 2)];sym") == "`x`y"
    assert q('.Q.def[`abc`xyz`efg!(1;2.;`a)] .Q.opt ("-abc";"123";"-xyz";"321")') == (
        "abc| 123\nxyz| 321f\nefg| `a"
    )
    assert q(".Q.en[`:db;([]a:`x`y)]") == "'access"


def test_q_id_sanitises_and_deduplicates_column_names():
    assert q('cols .Q.id(`$("count+";"count*";"count1"))xcol([]1 2;3 4;5 6)') == (
        "`count1`count11`count12"
    )
    assert q('cols .Q.id(`$("aa";"=";"+"))xcol([]1 2;3 4;5 6)') == "`aa`a`a1"
    assert q('cols .Q.id(`$("3aa";"_aa";"_aa"))xcol([]1 2;3 4;5 6)') == "`a3aa`a_aa`a_aa1"
    assert q('.Q.id (`$("a b";"c"))!(();())') == "ab|\nc |"
    assert q("0W~.Q.M") == "1b"


def test_mixed_table_column_shows_atoms_typed():
    src = 't:([]a:3 4 5;b:"abc";c:(3;"xy";`ab);d:3 2#3 4 5;e:("abc";"de";"fg"))\n'
    assert q(src + "t") == (
        'a b c    d   e\n------------------\n3 a 3    3 4 "abc"\n4 b "xy" 5 3 "de"\n'
        '5 c `ab  4 5 "fg"'
    )
    assert q(src + ".Q.ty each t`a`b`c`d`e") == '"jc JC"'


def test_q_trpd_and_table_helpers():
    handler = '{[e;b]"error: ",e}'
    assert q(".Q.trpd[{x+y};(1;2);" + handler + "]") == "3"
    assert q(".Q.trpd[{x+y};(1;`2);" + handler + "]") == '"error: type"'
    assert q(".Q.V ([]a:1 2;b:`x`y)") == "a| 1 2\nb| x y"
    assert q('.Q.t?"j"') == "7"


def test_postfix_generic_null_indexes_at_null():
    assert q("1 2 3 ::") == "1 2 3"
    assert q("q:3 ::\nq~3") == "1b"
    assert q("@[til 10;(::;2 3);2+]") == "2 3 6 7 6 7 8 9 10 11"
    assert q("f:{x+1}\nf ::") == "'type"
    assert q("q:3[::]") == "'type"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('"a" like "**"', "'nyi"),
        ('"abc" like "*b*"', "1b"),
        ('"D=\\001"0:"0=hello\\0011=world"', "'IJS"),
        ("0W#2", "'limit"),
        ("-0W#2", "'limit"),
    ],
)
def test_documented_error_cases(expr, want):
    assert q(expr) == want


def test_internal_tokens_serialized_length_and_json():
    assert q('-4!"select this from that"') == ('"select"\n," "\n"this"\n," "\n"from"\n," "\n"that"')
    assert q('-4!"a variable named aa_bb"') == (
        ',"a"\n," "\n"variable"\n," "\n"named"\n," "\n"aa_bb"'
    )
    assert q("v:til 100000\n(-22!v)=count -8!v") == "1b"
    assert q('-29!"[1,2]"') == "1 2f"


def test_value_of_lists_operators_and_views():
    assert q('value("{x+y}";1;2)') == "3"
    assert q("value(`.q.neg;2)") == "-2"
    assert q("value each (::;+;-;*;%)") == "0 1 2 3 4"
    assert q("value each (get;value)") == "19 19"
    src = "a:1\nb::a+1\n"
    assert q(src + "get`. `b") == '::\n(+;`a;1)\n,`a\n"a+1"'
    assert q(src + "b\nget`. `b") == '2\n2\n(+;`a;1)\n,`a\n"a+1"'


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ('"|" 0: (`a`b`c;1 2 3;"xyz")', '"a|1|x"\n"b|2|y"\n"c|3|z"'),
        (
            "csv 0:([]d:2022.03.14 2022.03.15;p:2#2022.03.14D16:12:57.427499000)",
            (
                '"d,p"\n"2022-03-14,2022-03-14T16:12:57.427499000"\n'
                '"2022-03-15,2022-03-14T16:12:57.427499000"'
            ),
        ),
        ('-1@","0:([]x:("foo";"bar,baz";"qu\\"ux"));', 'x\nfoo\n"bar,baz"\nqu"ux'),
        ('csv 0:([]a:1 2;b:("ab";enlist"cd"))', "'type"),
        ('("DT";",")0:"20130315,185540686"', "2013.03.15\n18:55:40.686"),
        ('sum("DT";8 9)0:enlist"20130315185540686"', ",2013.03.15D18:55:40.686000000"),
        ('("I*";",";1)0:("0,\\"ab\\nc\\"";"1,\\"def\\"")', '0       1\n"ab\\nc" "def"'),
        ('0N!"I=*,"0:"5=\\"hello,world\\",6=1";', '(5 6i;("hello,world";,"1"))'),
        ('(!/)"I=;"0:"8=FIX;9=339"', '8| "FIX"\n9| "339"'),
    ],
)
def test_file_text_documented_forms(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        (".h.cd ([]a:1 2;b:`x`y)", '"a,b"\n"1,x"\n"2,y"'),
        ('.h.d:"*"\n.h.cd ([a:til 2]b:2 3#"abc")', '"a,b"\n"0,a*b*c"\n"1,a*b*c"'),
        ('.h.code "foo\\tbar\\tabc"', '"foo <code><nobr>bar</nobr></code> abc"'),
        ('.h.ha[`http://x.com;"X"]', '"<a href=http://x.com>X</a>"'),
        ('.h.hb["http://x.com";"X"]', '"<a target=v href=\\"http://x.com\\">X</a>"'),
        ('.h.hc "<foo>"', '"&lt;foo>"'),
        ('.h.hta[`a;(`href`target)!("u";"_blank")]', '"<a href=\\"u\\" target=\\"_blank\\">"'),
        ('.h.htc[`tag;"value"]', '"<tag>value</tag>"'),
        ('.h.hu "http://www.kx.com"', '"http%3a%2f%2fwww.kx.com"'),
        ('.h.uh "http%3a%2f%2fwww.kx.com"', '"http://www.kx.com"'),
        (".h.iso8601 100", '"2000-01-01T00:00:00.000000100"'),
        ('.h.pre("foo";"bar")', '"<pre>foo\\nbar\\n</pre>"'),
        ('.h.text("foo";"bar")', '"<p>foo</p>\\n<p>bar</p>\\n"'),
        (
            ".h.xd ([]a:1 2;b:`x`y)",
            '"<R>"\n"<r><a>1</a><b>x</b></r>"\n"<r><a>2</a><b>y</b></r>"\n"</R>"',
        ),
        ('.h.xs "Arthur & Co."', '"Arthur &amp; Co."'),
        ('first .h.xt[`json;enlist "{\\"foo\\":\\"bar\\"}"]', 'foo| "bar"'),
    ],
)
def test_h_namespace_markup(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("0p+ -0W 0Wp+1 -1", "-106751D23:47:16.854775806 106751D23:47:16.854775806"),
        ("2000.01.01D00:00+2000.01.02D00:00", "1D00:00:00.000000000"),
        ("2000.02m+2000.03m", "3i"),
        ("2000.01.03+2000.01.02", "3i"),
        ("type 2000.01.01T00:00:00.000+2000.01.01T00:00:00.000", "-9h"),
        ("2000.01m+0D12:00", "2000.01.01D12:00:00.000000000"),
        ("2000.01.01T12:00:00.000+0D01:00", "2000.01.01D13:00:00.000000000"),
        ("2000.01.01T12:00:00.000+01:00:00.000", "2000.01.01T13:00:00.000"),
        ("00:01+00:00:01", "00:01:01"),
        ("00:01:00+00:00:00.500", "00:01:00.500"),
        ("2000.01.01D+2000.01.01", "'type"),
        ("2000.01m+2000.01.01", "'type"),
    ],
)
def test_adding_temporals_follows_q_add_table(expr, want):
    assert q(expr) == want


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("2000.01m-0D12:00", "1999.12.31D12:00:00.000000000"),
        ("00:01:00-00:00:00.500", "00:00:59.500"),
        ("2000.01.01T12:00:00.000-01:00:00.000", "2000.01.01T11:00:00.000"),
        ("1.5-2000.01.02", "2000.01.01T12:00:00.000"),
        ("2000.01.02D12:00-2000.01.02", "0D12:00:00.000000000"),
    ],
)
def test_subtracting_temporals_follows_q_subtract_table(expr, want):
    assert q(expr) == want


def test_temporal_literals_with_hours_only_after_d():
    assert q("0D01") == "0D01:00:00.000000000"
    assert q("1D12") == "1D12:00:00.000000000"
    assert q("2000.01.01D01") == "2000.01.01D01:00:00.000000000"


@pytest.mark.parametrize(
    "text",
    ["20001212", "001212", "12Dec2000", "2000/12/12", "2000/Dec/12", "12/12/2000", "12/12/00"],
)
def test_date_parse_formats(text):
    assert q(f'"D"$"{text}"') == "2000.12.12"


def test_impossible_dates_parse_null():
    assert q('null "D"$("20001312";"31Feb2000")') == "11b"


def test_parenthesised_operator_applied_prefix_is_its_unary_form():
    assert q("($)42") == '"42"'
    assert q('parse"6(+)4"') == "6\n(+:;4)"
    assert q("(+)`a`b!(1 2;3 4)") == "a b\n---\n1 3\n2 4"
    assert q("(+)[2;3]") == "5"


def test_iterator_alone_is_a_value_in_parse_trees():
    assert q("eval (/;+)") == "+/"
    assert q("eval ((/;+);(til;(+;2;2)))") == "6"


def test_functions_match_by_form_and_the_q_namespace():
    assert q("(+:)~flip") == "1b"
    assert q("{x}~{x}") == "1b"
    assert q("{x}~{y}") == "0b"
    assert q(".q?(+:)") == "`flip"
    assert q('qfind:{key[.q]where x~/:string value .q}\nqfind"~:"') == ",`not"
    assert q("distinct ({x};{x};{y})") == "{x}\n{y}"


def test_global_assignment_inside_an_expression_yields_its_value():
    assert q("g:{$[.a.c::0b;1;2]}\ng[]") == "2"
    assert q("f:{.a.b::1;.a.b}\nf[]") == "1"
    assert q("{v::x+y}[10;20]\nv") == "30"  # a lambda ending in one returns ::


def test_abc_blocks_search_from_the_puzzle_page():
    src = (
        "BLOCKS:string`BO`XK`DQ`CP`NA`GT`RE`TG`QD`FS`JW`HU`VI`AN`OB`ER`FS`LY`PC`ZM\n"
        "WORDS:string`A`BARK`BOOK`TREAT`COMMON`SQUAD`CONFUSE\n"
        "cmws:{[x;y] .cmw.done::0b; {[s;b] $[.cmw.done; 1b; .cmw.done::0=count s; 1b;"
        " not any found:any each b=s 0; 0b;"
        " any(1_s).z.s/:b(til count b)except/:where found] }[x;y] }\n"
    )
    assert q(src + "WORDS cmws\\:BLOCKS") == "1101011b"


def test_wsum_is_float_only_for_two_simple_lists():
    assert q("2 3 4 wsum 1 2 4") == "24f"
    assert q("2 wsum 1 2 4") == "14"
    assert q("(1 2;3 4) wsum (500 400;300 200)") == "1400 1600"


def test_xasc_sets_sorted_on_its_first_column():
    src = "t:([]a:3 1 2;b:`x`y`z)\n"
    assert q(src + "(`a xasc t)`a") == "`s#1 2 3"
    assert q(src + "(`a xdesc t)`a") == "3 2 1"
    assert q(src + "attr (`b`a xasc t)`b") == "`s"


def test_null_roll_permutes():
    assert q("asc 0N?5") == "`s#0 1 2 3 4"
    assert q("asc 0N?`yes`no") == "`s#`no`yes"
    assert q("count distinct 0N?1000") == "1000"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("type 10?`3", "11h"),
        ('all (10?`3) like "[a-p][a-p][a-p]"', "1b"),
        ("count distinct -100?`2", "100"),
        ("type 4?2012.09m", "13h"),
        ('all (30?" ") within "az"', "1b"),
        ("type each (20?0b;16?0x0;5?0i;5?0)", "1 4 6 7h"),
        ("count string rand `6", "6"),
        ("rand[10] within 0 9", "1b"),
        ("type rand 1.5", "-9h"),
    ],
)
def test_roll_generates_every_documented_type(expr, want):
    assert q(expr) == want


def test_io_verb_after_a_number_is_not_a_vector_item():
    assert q('1 0: "x"') == "'type"
    assert q("x:1 0\nx") == "1 0"


def test_hdel_of_a_non_file_is_not():
    assert q("hdel 01001b") == "10110b"
    assert q("hdel `:x") == "'access"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("0D01:00*1.5", "5.4e+12"),
        ("2*12:00", "24:00"),
        ("type 2000.01.02*1.5", "-15h"),
        ("type 0D01*1.5e", "-16h"),
        ("type 2000.01.01+1e", "-14h"),
        ("type 2000.01.01+1f", "-15h"),
        ("type 0D01+1.5", "-9h"),
        ("0D01*0D01", "'type"),
        ("12:00*2000.01.01", "'type"),
    ],
)
def test_temporal_products_follow_q_multiply_table(expr, want):
    assert q(expr) == want


def test_divide_is_always_a_float_ratio_of_underlying_values():
    assert q("0D01:00%2") == "1.8e+12"
    assert q("12:00%2") == "360f"
    assert q("2010.01.01 % 2005.01.01") == "1.999453"


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("1h+1h", "2i"),
        ("32767h+1h", "32768i"),
        ("sum 101b", "2i"),
        ("sum 1 2 3h", "6i"),
        ("sums 1 2 3h", "1 3 6i"),
        ("sums 101b", "1 1 2i"),
        ("prd 1 2 3h", "6i"),
        ("prds 1 2 3h", "1 2 6i"),
        ("sum 1 2 3", "6"),
        ("max 1 2 3h", "3h"),
    ],
)
def test_shorts_and_booleans_sum_and_multiply_as_ints(expr, want):
    assert q(expr) == want


def test_deltas_and_msum_of_small_integers_are_ints():
    assert q("deltas 1 2 4h") == "1 1 2i"
    assert q("deltas 1 0N 4h") == "1 0N 0Ni"
    assert q("2 msum 1 2 3h") == "1 3 5i"
    assert q("2 msum 101b") == "1 1 1i"
    assert q("2 msum 1 2 3") == "1 3 5"


def test_a_dictionary_does_not_join_atoms_or_vectors():
    src = "d:`a`b!(1 2;3 5)\n"
    assert q(src + "10,d") == "'type"
    assert q(src + "d,1 2") == "'type"
    assert q(src + "raze (10;d)") == "'type"
    assert q("(`a`b!1 2),`c`d!3 4") == "a| 1\nb| 2\nc| 3\nd| 4"
    assert q("([]a:1 2),(enlist `a)!enlist 3") == "a\n-\n1\n2\n3"


def test_sv_of_rows_of_digits_decodes_each_column():
    assert q('"abcdefgh" 2 sv flip 3 3 #1 0 1 0 0 0 1 1 1') == '"fah"'
    assert q("2 sv 2 vs 5 0 7") == "5 0 7"
    assert q("24 60 60 sv 24 60 60 vs 3805 100") == "3805 100"
