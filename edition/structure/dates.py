# SPDX-License-Identifier: MIT
"""Dates as articles print them ("June 1988", "March 13, 1988", "13 March 1988", "1988", with or
without a weekday: "Tuesday, June 9th, 2009") -> ISO 8601."""

from __future__ import annotations

import re

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# a month's name as the text prints it, in a pattern: whole or cut short, its stop or not
# ("Sept.", "Aug", "June") -- the citations' and notes' dates; ``MONTH_NAME_CUT_WITH_STOP``:
# whole, or cut short with its stop ("Oct."), where a bare "Mar" or "May" may be a word
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
MONTH_NAME_CUT_WITH_STOP = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = [
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"),
    # an old letter's "Decem: 21. 1773": the month cut short with a colon, the day with a stop
    re.compile(r"^(?P<month>[A-Za-z]{3,9}):\s*(?P<day>\d{1,2})\.\s+(?P<year>\d{4})$"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^{_MONTH},?\s+(?P<year>\d{{4}})$"),
    re.compile(r"^(?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),  # ISO 8601: "2016-08-12"
]

_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_year(text: str) -> str | None:
    """The year an old imprint prints in roman capitals ("MDCCXLVIII" -> "1748"), within the
    years of print; None for anything else."""
    if not re.fullmatch(r"M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", text):
        return None
    values = [_ROMAN_VALUES[c] for c in text]
    year = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return f"{year:04d}" if 1450 <= year <= 2099 else None


_WEEKDAY = (r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)")
_LEADING_WEEKDAY = re.compile(rf"^{_WEEKDAY}", re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """The ISO 8601 form of ``text`` if the whole of it is a date, else ``None``."""
    text = _LEADING_WEEKDAY.sub("", " ".join(text.split()), count=1)
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if parts.get("month") is None:
            return f"{year:04d}"
        month = (int(parts["month"]) if parts["month"].isdigit()
                 else MONTHS.get(parts["month"].lower(), _month_cut_short(parts["month"])))
        if month is None or not 1 <= month <= 12:
            return None
        if parts.get("day") is None:
            return f"{year:04d}-{month:02d}"
        day = int(parts["day"])
        if not 1 <= day <= 31:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _month_cut_short(word: str) -> int | None:
    """The month a word cut from its name stands for ("Decem", "Septemb", "Janry" no)."""
    word = word.lower()
    return next((MONTHS[name] for name in _MONTH_NAMES if len(word) >= 3 and name.startswith(word)), None)


_MONTH_NAMES = [name for name in MONTHS if len(name) > 4]
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
# A date anywhere in a line, most specific first: day and month (or ISO 8601), month, year alone.
# (each level's patterns searched apart: "Issue 51, 2021-06-15" must not hide the ISO date
# behind a "month" called Issue)
_DATES_IN_LINE = [
    (re.compile(r"(?<![\w/.-])(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d(?![\w/.-])"),
     re.compile(rf"(?<![\w])(?:{_WEEKDAY})?(?:{_MONTH_WORD}\s+\d{{1,2}}{_ORD},?\s+|\d{{1,2}}{_ORD}\s+"
                rf"{_MONTH_WORD},?\s+)\d{{4}}(?!\d)", re.IGNORECASE)),
    (re.compile(rf"(?<![\w])(?:{_WEEKDAY})?{_MONTH_WORD},?\s+\d{{4}}(?!\d)", re.IGNORECASE),),
    (re.compile(r"(?<![\w:;/.-])1[5-9]\d\d(?![\w:;/-])|(?<![\w:;/.-])20\d\d(?![\w:;/-])"),),
]
SPECIFIC = {"day": 0, "month": 1, "year": 2}


def find_date(text: str, at_least: str = "year") -> tuple[int, str, str] | None:
    """The most specific date printed anywhere in ``text`` (the last of equals), as
    ``(offset, as printed, ISO 8601)``; ``at_least`` "day" or "month" refuses vaguer ones."""
    for patterns in _DATES_IN_LINE[: SPECIFIC[at_least] + 1]:
        found = sorted((m.start(), m.group(), parse_date(m.group()))
                       for pattern in patterns for m in pattern.finditer(text))
        found = [f for f in found if f[2]]
        if found:
            return found[-1]
    return None


_TIME_RE = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
_TIME = re.compile(rf"^{_TIME_RE}$")
_TRAILING_TIME = re.compile(rf",?\s+(?:at\s+)?{_TIME_RE}$")

_DATELINE = re.compile(r"^(?P<place>[A-Z][\w .'’\-]{1,40}),[ \u00a0]*(?P<date>[^—–]{4,25}?)[ \u00a0]*(?:[—–-]*|\.)$")


# a letter's title, its writer to its addressee and the day ("John Addington Symonds to Walt
# Whitman, 3 August 1890"): no place before the date
_WRITER_TO_ADDRESSEE = re.compile(r"^[A-Z][^,\d]*[ \u00a0]to[ \u00a0]+[A-Z][^,\d]*,")


def is_dateline(text: str) -> bool:
    """``MOSCOW, June 3, 1988`` or ``London, 1 May 1990 —``, a date or a time (``6:13 P.M. EDT``)
    alone on its line, a date with a time (``Wed 14 Feb 2024 18.02 GMT``)."""
    if "\n" in text or len(text) > 80:
        return False
    if _TIME.match(text):
        return True
    text = _TRAILING_TIME.sub("", text)  # "Wed 14 Feb 2024 18.02 GMT"
    if _WRITER_TO_ADDRESSEE.match(text):
        return False
    m = _DATELINE.match(text)
    # a letter's "Moscow, August 20, 1918." may close with a full stop
    return bool((m and parse_date(m.group("date"))) or parse_date(text.rstrip(" —–-.")))


_PLACE_BEFORE_DATE = re.compile(r"^[^,\d]+(?:,[^,\d]+)*,[ \u00a0]*(?=\d)")
# "WASHINGTON, TUESDAY, February 5th, 1861.": the place before a weekday or a month (the place
# in parts: "WASHINGTON, D. C., September 2, 1865.")
_PLACE_BEFORE_NAMED_DATE = re.compile(r"^(?:(?:[A-Z][^,\d]{1,40},[ \u00a0]*){1,3}|[A-Z]{2,}(?:[ \u00a0][A-Z]{2,}){0,2})[ \u00a0]*(?=(?i:monday|tuesday|wednesday|thursday|"
                                      r"friday|saturday|sunday|january|february|march|april|may|june|july|"
                                      r"august|september|october|november|december)\b)")


# "SLOANE ST., Tuesday.", "Sloane St., Thursday (April 25).": a letter's place and weekday
# (a diary's day, in capitals too, with the day of the month: "FRIDAY, 23RD", "Wednesday, 5 Dec.")
# (an old diary's spellings too: "_Fryday 17._", "_Teusday 21._")
WEEKDAY_LINE = re.compile(r"^(?:[A-Z][\w.’' ]{1,40},[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|"
                           r"Munday|Teusday|Wensday|Thirsday|Fryday|Saterday)"
                           r"(?:,?[ \u00a0]+\d{1,2}(?i:st|nd|rd|th)?(?:[ \u00a0]+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|"
                           r"Sept?|Oct|Nov|Dec)[a-z]*\.?)?)?"
                           r"(?:[ \u00a0]+(?i:morning|evening|night|afternoon))?"
                           r"(?:[ \u00a0]*\([^()]{3,30}\))?\.?$")


def is_letter_dateline(text: str) -> bool:
    """A dateline as letters head them, the place given more fully: ``Portsmouth (N. H.), 15
    December, 1777.``, ``Passy, in France, 12 April, 1778.``, ``LONGMOUNT, September 25.``"""
    text = text.strip().replace("_", "")  # (a date in italics: "MONDAY, _February 4th, 1861._")
    text = _NOTE_CALL_AT_END.sub("", text)  # "_Rembang, April 10th, 1904._[1]": the note's call
    text = _SUPPLIED_YEAR.sub(r"\1", text)  # "LONDON, April 2 [1847].": the year an editor supplied
    return is_dateline(text) or (len(text) <= 80 and "\n" not in text and not _WRITER_TO_ADDRESSEE.match(text)
                                 and (is_dateline(_PLACE_BEFORE_DATE.sub("", text))
                                      or is_dateline(_PLACE_BEFORE_NAMED_DATE.sub("", text))
                                      or WEEKDAY_LINE.match(text) is not None
                                      or _MONTH_DAY_LINE.match(text) is not None
                                      or _DIARY_DAY.match(text) is not None
                                      or _DAY_MONTH.match(text) is not None
                                      # "ROME, 12 FEBRUARY", "ROME, MARCH": a letter's, in capitals
                                      or _DAY_MONTH.match(_PLACE_BEFORE_DATE.sub("", text)) is not None
                                      or _PLACE_AND_MONTH_IN_CAPITALS.match(text) is not None
                                      or _dated_after_place_sentence(text)))


def _dated_after_place_sentence(text: str) -> bool:
    """An old letter's place and date as two sentences: ``Nominy-Hall Virginia. Decem: 21. 1773.``"""
    place, stop, date = text.partition(". ")
    return bool(stop) and re.fullmatch(r"[A-Z][\w’'-]*(?:[ \u00a0][A-Z][\w’'-]*){0,4}", place) is not None \
        and len(parse_date(date.rstrip(".")) or "") == len("1773-12-21")


_SUPPLIED_YEAR = re.compile(r"\[((?:1[5-9]|20)\d\d)\]")
# a diary's day, the month and the day of it, the year before the first ("1816.--JANUARY 1.",
# "JANUARY 2.")
_DIARY_DAY = re.compile(r"^(?:(?:1[5-9]|20)\d\d\.?[ \u00a0]*(?:--|—|–)[ \u00a0]*)?(?i:January|February|March|April|May|"
                        r"June|July|August|September|October|November|December)[ \u00a0]+\d{1,2}(?i:st|nd|rd|th|d)?\.$")
_FULL_MONTH = r"(?i:January|February|March|April|May|June|July|August|September|October|November|December)"
# a diary's day, the day before the month, the year left to the entries around ("18 November.")
_DAY_MONTH = re.compile(rf"^\d{{1,2}}(?:st|nd|rd|th|d)?[ \u00a0]+{_FULL_MONTH}\.?$")
# (or with its year: "15 February, 1859.")
_DAY_MONTH_YEAR = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th|d)?[ \u00a0]+{_FULL_MONTH}(?:,?[ \u00a0]+\d{{4}})?\.?")
_PLACE_AND_MONTH_IN_CAPITALS = re.compile(rf"^[A-Z]{{2,}}(?:[ \u00a0][A-Z]{{2,}})?,[ \u00a0]+(?=[A-Z]+\b){_FULL_MONTH}\.?$")


def is_day_and_month(text: str) -> bool:
    """A day and its month alone on a line, the year or not: "15 February.", "3 March, 1861"."""
    return _DAY_MONTH_YEAR.fullmatch(text.strip()) is not None
_NOTE_CALL_AT_END = re.compile(r"(?<=[.,])(?:\[\d{1,3}\]|[*†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
# "LONGMOUNT, September 25.": a letter's place and the day, the year left to the letters around
# (or the month alone, closed by its stop: "NAGOYA, September.")
# (the weekday between: "New York, Tuesday, October 10.")
# ("Monrovia, Liberia, June 26": the place with its country)
_MONTH_DAY_LINE = re.compile(r"^[A-Z][\w.’' \-]{1,40}(?:,[ \u00a0]+[A-Z][\w.’' \-]{1,30})?,[ \u00a0]+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                             r"Sunday),[ \u00a0]+)?(?:January|February|March|April|May|June|July|"
                             r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                             r"Sept?|Oct|Nov|Dec)\.?(?:[ \u00a0]+\d{1,2}(?:st|nd|rd|th|d)?\.?|(?<=\.))$")

