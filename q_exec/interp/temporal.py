"""Temporal types: parse literals and format values (q epoch 2000.01.01)."""

from __future__ import annotations

import datetime as _dt
import math
import re

from .values import (
    DATE,
    DATETIME,
    INF_I,
    INF_J,
    MINUTE,
    MONTH,
    NULL_I,
    NULL_J,
    SECOND,
    TIME,
    TIMESPAN,
    TIMESTAMP,
)

EPOCH_ORD = _dt.date(2000, 1, 1).toordinal()
NS_DAY = 86_400_000_000_000
SUFFIX = {
    TIMESTAMP: "p",
    MONTH: "m",
    DATE: "d",
    DATETIME: "z",
    TIMESPAN: "n",
    MINUTE: "u",
    SECOND: "v",
    TIME: "t",
}


def ymd_to_days(y: int, m: int, d: int) -> int:
    return _dt.date(y, m, d).toordinal() - EPOCH_ORD


def month_start_days(months: int) -> int:
    """Days from 2000.01.01 to the first day of the month `months` after 2000.01 (any year,
    also beyond the calendar's 1..9999)."""
    y, m = divmod(months, 12)  # years since 2000 (floored), month 0..11
    y, m = y + 2000 - (m < 2), m + 1 + (12 if m < 2 else 0)  # years start in March
    era, yoe = divmod(y, 400)
    doy = (153 * (m - 3) + 2) // 5
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 730425


def days_to_ymd(n: int) -> tuple[int, int, int]:
    try:
        d = _dt.date.fromordinal(n + EPOCH_ORD)
    except (ValueError, OverflowError):  # outside 0001.01.01..9999.12.31: q shows 0000.00.00
        return 0, 0, 0
    return d.year, d.month, d.day


def _clock(ms_total: int, parts: int, frac_digits: int, unit: int) -> str:
    """hh:mm[:ss[.fff]] from a count of `unit`-sized ticks; hours may exceed 24."""
    neg = ms_total < 0
    v = -ms_total if neg else ms_total
    frac = v % unit
    secs = v // unit
    h, rem = divmod(secs, 3600)
    mnt, s = divmod(rem, 60)
    out = f"{h:02d}:{mnt:02d}"
    if parts >= 3:
        out += f":{s:02d}"
    if frac_digits:
        out += "." + str(frac).zfill(frac_digits)
    return ("-" if neg else "") + out


def fmt_temporal(t: int, v) -> str:
    """Format one raw temporal value of positive type t (nulls/infs included)."""
    if t == DATETIME:
        if v != v:
            return "0Nz"
        if math.isinf(v):
            return "0wz" if v > 0 else "-0wz"
    else:
        v = int(v)
        big = t in (TIMESTAMP, TIMESPAN)
        null, inf = (NULL_J, INF_J) if big else (NULL_I, INF_I)
        sfx = SUFFIX[t]
        if v == null:
            return "0N" + sfx
        if v == inf:
            return "0W" + sfx
        if v == -inf:
            return "-0W" + sfx
    if t == DATE:
        y, m, d = days_to_ymd(v)
        return f"{y:04d}.{m:02d}.{d:02d}"
    if t == MONTH:
        y, m = divmod(v, 12)
        return f"{y + 2000:04d}.{m + 1:02d}"
    if t == TIMESTAMP:
        days, ns = divmod(v, NS_DAY)
        y, m, d = days_to_ymd(days)
        return f"{y:04d}.{m:02d}.{d:02d}D" + _clock(ns, 3, 9, 10**9)
    if t == DATETIME:
        ms = round(v * 86_400_000)
        days, ms = divmod(ms, 86_400_000)
        y, m, d = days_to_ymd(days)
        return f"{y:04d}.{m:02d}.{d:02d}T" + _clock(ms, 3, 3, 1000)
    if t == TIMESPAN:
        neg = v < 0
        a = -v if neg else v
        days, ns = divmod(a, NS_DAY)
        return ("-" if neg else "") + f"{days}D" + _clock(ns, 3, 9, 10**9)
    if t == MINUTE:
        return _clock(v * 60, 2, 0, 1)
    if t == SECOND:
        return _clock(v, 3, 0, 1)
    if t == TIME:
        return _clock(v, 3, 3, 1000)
    raise ValueError(t)


_DATE = r"(\d{4})\.(\d\d)\.(\d\d)"
_CLOCK = r"(\d+):(\d\d)(?::(\d\d)(?:\.(\d*))?)?"
_DCLOCK = r"(\d+)(?::(\d\d)(?::(\d\d)(?:\.(\d*))?)?)?"  # after D the minutes may go: 0D01
RX_TIMESTAMP = re.compile(_DATE + r"D(?:" + _DCLOCK + r")?$")
RX_DATETIME = re.compile(_DATE + r"T(?:" + _CLOCK + r")?$")
RX_DATE = re.compile(_DATE + "$")
RX_MONTH = re.compile(r"(\d{4})\.(\d\d)$")
RX_TIMESPAN = re.compile(r"(-?)(\d+)D(?:" + _DCLOCK + r")?$")
RX_CLOCK = re.compile(r"(-?)" + _CLOCK + "$")


def _frac(s: str | None, digits: int) -> int:
    if not s:
        return 0
    return int((s + "0" * digits)[:digits])


def _clock_ns(h, m, s, f) -> int:
    return ((int(h) * 60 + int(m or 0)) * 60 + int(s or 0)) * 10**9 + _frac(f, 9)


def parse_temporal(tok: str) -> tuple[int, int | float] | None:
    """Parse a temporal literal (no type suffix); returns (type, raw value) or None."""
    m = RX_DATE.match(tok)
    if m:
        return DATE, ymd_to_days(*map(int, m.groups()))
    m = RX_TIMESTAMP.match(tok)
    if m:
        days = ymd_to_days(*map(int, m.groups()[:3]))
        h, mi, s, f = m.groups()[3:]
        return TIMESTAMP, days * NS_DAY + (_clock_ns(h, mi, s, f) if h else 0)
    m = RX_DATETIME.match(tok)
    if m:
        days = ymd_to_days(*map(int, m.groups()[:3]))
        h, mi, s, f = m.groups()[3:]
        ns = _clock_ns(h, mi, s, f) if h else 0
        return DATETIME, days + ns / NS_DAY
    m = RX_MONTH.match(tok)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return MONTH, (y - 2000) * 12 + mo - 1
        return None
    m = RX_TIMESPAN.match(tok)
    if m:
        sign, d, h, mi, s, f = m.groups()
        ns = int(d) * NS_DAY + (_clock_ns(h, mi, s, f) if h else 0)
        return TIMESPAN, -ns if sign else ns
    m = RX_CLOCK.match(tok)
    if m:
        sign, h, mi, s, f = m.groups()
        k = -1 if sign else 1
        if f is not None and len(f) > 3:
            return TIMESPAN, k * _clock_ns(h, mi, s, f)
        if f is not None:
            return TIME, k * (((int(h) * 60 + int(mi)) * 60 + int(s)) * 1000 + _frac(f, 3))
        if s is not None:
            return SECOND, k * ((int(h) * 60 + int(mi)) * 60 + int(s))
        return MINUTE, k * (int(h) * 60 + int(mi))
    return None


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MON = r"(\d\d?|[A-Za-z]{3})"
_YEAR = r"(\d\d|\d{4})"
LOOSE_DATES = [  # "D"$ formats: [yy]yymmdd, ddMMM[yy]yy, yyyy/mm/dd, mm/dd/[yy]yy (\z 0)
    (re.compile(r"(\d{2}|\d{4})(\d\d)(\d\d)"), (0, 1, 2)),
    (re.compile(r"(\d\d?)([A-Za-z]{3})" + _YEAR), (2, 1, 0)),
    (re.compile(r"(\d{4})/" + _MON + r"/(\d\d?)"), (0, 1, 2)),
    (re.compile(_MON + r"/(\d\d?)/" + _YEAR), (2, 0, 1)),
]


def _loose_date(tok: str):
    """Days of a date written in one of the other formats "D"$ reads, or None."""
    for rx, (yi, mi, di) in LOOSE_DATES:
        m = rx.fullmatch(tok)
        if not m:
            continue
        y, mo, d = m.group(yi + 1), m.group(mi + 1), m.group(di + 1)
        year = int(y) if len(y) == 4 else int(y) + (2000 if int(y) < 50 else 1900)
        month = (
            int(mo) if mo.isdigit() else MONTHS.index(mo.lower()) + 1 if mo.lower() in MONTHS else 0
        )
        try:
            return ymd_to_days(year, month, int(d))
        except ValueError:
            return None
    return None


def parse_as(t: int, tok: str):
    """Parse text as temporal type t (used by casts "D"$ and typed literals); None if invalid."""
    try:
        r = parse_temporal(tok)
    except ValueError:  # a well-formed but impossible date such as 2000.13.01
        return None
    if r is None:
        if t == DATE:
            return _loose_date(tok)
        if t in (MINUTE, SECOND, TIME) and re.fullmatch(r"\d+", tok):
            n = len(tok)
            v = int(tok)
            if t == MINUTE and n <= 4:
                return v // 100 * 60 + v % 100
            if t == SECOND and n <= 6:
                return v // 10000 * 3600 + v // 100 % 100 * 60 + v % 100
            if t == TIME and n <= 9:
                return ((v // 10**7) * 3600 + v // 10**5 % 100 * 60 + v // 1000 % 100) * 1000 + (
                    v % 1000
                )
        return None
    src, v = r
    return convert(src, t, v)


def convert(src: int, dst: int, v):
    """Convert a raw temporal value between temporal types."""
    if src == dst:
        return v
    ns = to_ns(src, v)
    if ns is None:
        return None
    if src in (DATE, TIMESTAMP, DATETIME) and dst in (MINUTE, SECOND, TIME):
        ns %= NS_DAY  # a dated value cast to a time of day keeps its clock part
    if dst == TIMESTAMP and abs(ns) > INF_J:  # out of the timestamp range: an infinity
        return INF_J if ns > 0 else -INF_J
    return from_ns(dst, ns)


def to_ns(t: int, v):
    """Raw temporal value -> nanoseconds since epoch (timestamp-like) or time-of-day ns."""
    if t == DATE:
        return v * NS_DAY
    if t == MONTH:
        return month_start_days(v) * NS_DAY
    if t in (TIMESTAMP, TIMESPAN):
        return v
    if t == DATETIME:
        return round(v * NS_DAY)
    if t == MINUTE:
        return v * 60 * 10**9
    if t == SECOND:
        return v * 10**9
    if t == TIME:
        return v * 10**6
    return None


def from_ns(t: int, ns: int):
    if t == DATE:
        return ns // NS_DAY
    if t == MONTH:
        y, m, _ = days_to_ymd(ns // NS_DAY)
        return (y - 2000) * 12 + m - 1
    if t in (TIMESTAMP, TIMESPAN):
        return ns
    if t == DATETIME:
        return ns / NS_DAY
    if t == MINUTE:
        return ns // (60 * 10**9)
    if t == SECOND:
        return ns // 10**9
    if t == TIME:
        return ns // 10**6
    return None
