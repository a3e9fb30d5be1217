# SPDX-License-Identifier: MIT
"""Rule "quoted-titles": a title printed in quotation marks, known by its shape, not by a register.

Articles quote the titles of books, poems, lectures and papers (``“The Fair Maid of Perth”``,
``“Why Should I Fight?”``, ``“Labeling This Thing Called Life: Using Machine Learning …”``). Such a
quotation is no one's words: it is a ``title``. Recognised when every word is capitalised save
the small words titles leave in lower case (``of``, ``the``, ``is`` …), with two capitalised words
at least; a single capitalised word only after a word naming what it is (``the novel “Dred”``,
``author of “Waverley”``). Never a block quotation or speech with its verb: those are words.
"""

from __future__ import annotations

import re

from edition.structure.headings import FUNCTION_WORDS

MAX_TITLE_WORDS = 16
MAX_NOTE_TITLE_WORDS = 40
_NOTE_MARKER_ALONE = re.compile(r"[ \u00a0]*(?:\[\d{1,3}\]|\d{1,3}\.|[*†‡]{1,3})[ \u00a0]*")
# the small words a title-cased title leaves in lower case, beyond the headings' function words
_SMALL = FUNCTION_WORDS | frozenset("""is are was were be been it its not no than so too up out off
all o'er o’er ye thee thy his her their my our your""".split()) | frozenset(  # and other languages' ("Lucia di Lammermoor")
    "di de da del della dei la le les du des von van der den zu y e et il lo el".split()) | frozenset(
    # and the prepositions of old books' titles ("Inquiry concerning Political Justice")
    "during concerning upon through among against between within without towards toward "
    "respecting regarding touching after before about under".split())
_CUE = re.compile(r"\b(?:works?|airs?|glees?|melod(?:y|ies)|novels?|books?|poems?|songs?|plays?|story|stories|tales?|essays?|articles?|"
                  r"pamphlets?|papers?|journals?|newspapers?|magazines?|lectures?|sermons?|addresses|"
                  r"address|hymns?|operas?|pictures?|paintings?|volumes?|chapters?|entitled|titled|"
                  r"(?:authors?|performances?|productions?|tune|translations?|editions?)\s+of"
                  r"|(?<=[a-z])[’']s(?:\s+[a-z]+)?)"
                  # (one of those named: "several popular airs, one of them being “Dixie,”")
                  # ("in his longer poems, like “Prometheus,”")
                  r"(?:\s*,?\s*(?:one\s+of\s+(?:them|which)(?:\s+(?:being|is|was))?|among\s+them|including|such\s+as|"
                  r"namely|notably|like))?\s*,?\s*$", re.IGNORECASE)
# (a possessive: "Mr. Tupper's “Philosophy”", "Mr. Ridgway’s recent “Nomenclature.”")
# what names a work performed or written just before it, an article between: a title in
# sentence case too ("singing the 'Humbugged Husband,'", "the famous glee 'Sleep, gentle
# lady,'", "to the tune of 'A Cobbler there was,'", "played “Jordan is a hard road to travel.”",
# "a play, called “Love in a hollow Tree,”")
_PERFORMING_VERBS = (r"sing|sings|sang|sung|singing|play|plays|played|playing|whistl(?:e|es|ed|ing)|hum|hums|"
                     r"hummed|humming|recit(?:e|es|ed|ing)")
# the verb alone: what a verb of performing introduces may be a title (markup.section)
PERFORMING = re.compile(rf"(?i:{_PERFORMING_VERBS})")
_PERFORMED = re.compile(
    rf"\b(?:{_PERFORMING_VERBS}|tune\s+of|glees?|songs?|ballads?|hymns?|anthems?|choruse?s?|"
    r"melod(?:y|ies)|poems?|novels?|plays?|books?|tales?|stories|story|pamphlets?|essays?|sermons?|"
    r"lectures?|operas?|entitled|titled|(?:play|book|poem|song|piece|tract|pamphlet|novel|story|tale),?"
    r"\s+(?:called|named)"
    # "delivered an address on “The value of literature.”", "in his preface to ‘Rimini,’", "in
    # the movie “Índio, Cidadão?”", "the fifth volume of the “Miscellanies”"
    r"|(?:address(?:es)?|lectures?|papers?|essays?|articles?|sermons?|talks?|speech(?:es)?|treatises?|chapters?)"
    r"\s+(?:on|upon)"
    r"|(?:preface|introduction)\s+to|(?:movie|film|volume\s+of|editions?\s+of|article\s+on)"
    r"|(?:poet|author|composer|painter)s?\s+of"  # "the poet of the “Ancient Mariner”"
    # "the poem of the “Ancient Mariner,”", "the title of the ‘Ancient Mariner’"
    r"|(?:poem|ballad|novel|play|opera|title)s?\s+of"
    # "a German daily paper, the “Freie Presse.”": the paper named in apposition
    r"|(?:paper|journal|newspaper|magazine|periodical|weekly|daily|review),\s+the)"
    r"(?:\s+(?:the|a|an|his|her|their|its|that|this))?\s*,?\s*$", re.IGNORECASE)
# a work named in apposition after the noun that says what it is: "his greatest work, the
# “Magnalia Christi,” is to show …"
_WORK_THE = re.compile(r"\b(?:works?|books?|poems?|novels?|plays?|essays?|treatises?|histor(?:y|ies)|pamphlets?|"
                       r"sermons?|tracts?|volumes?),[\s\u00a0]+the[\s\u00a0]*$", re.IGNORECASE)
_AUTHOR_OF = re.compile(r"\b(?:authors?|editors?|writers?|translators?)\s+of\s+(?:an?|the)\s*$", re.IGNORECASE)
# "announced a ‘Leninist Levy’": a thing of that name, not a work's title
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|one|another|every|each|any|some|no)\s*$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
_PLURAL = re.compile(r"[^su’'s]s$")
PERIODICAL_NOUN = re.compile(r"\b(?:Mercury|Press|Journal|Review|Gazette|Times|Herald|News|Magazine|"
                              r"Record|Argus|Chronicle|Observer|Standard|Post|Tribune|Advertiser|"
                              r"Register|Courier|Monthly|Quarterly|Weekly|Catalog(?:ue)?|List|Bulletin|Nation)\b")
_IN_PERIODICAL_AFTER = re.compile(r"[\s\u00a0]+(?:of|in)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w’'.&-]*[\s\u00a0]+){0,3}"
                                  r"(?:Mercury|Press|Journal|Review|Gazette|Times|Herald|News|Magazine|Record|"
                                  r"Chronicle|Observer|Post|Tribune|Advertiser|Monthly|Quarterly|Weekly|Bulletin)\b")
# the place a paper is printed in, before its name: "the Pittsburgh “Gazette,”", "New York “Nation”"
_PLACE_BEFORE = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:[ \u00a0\n]+[A-Z][a-z]+)?[ \u00a0\n]*$")
_PART_AFTER = re.compile(r"[\s\u00a0]*-?(?:section|chapter|page|tab|menu|heading|below|above|series)\b", re.IGNORECASE)
_WORK_AFTER = re.compile(r"[\s\u00a0]+(?:an?|the|his|her|their)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){0,2}"
                         r"(?:play|novel|poem|book|song|opera|story|essay|tale|hymn|ballad|comedy|"
                         r"tragedy|farce|pamphlet|sermon|lecture|treatise|romance|paper|magazine|journal|"
                         r"newspaper|periodical|weekly|daily|gazette)\b")
# its author after a title closed by its comma: '[2] “Education of the Negroes since 1860,” by
# J. L. M. Curry, LL. D.'
_BY_AFTER = re.compile(r"[\s\u00a0]*by[\s\u00a0]+(?:(?:Mr|Mrs|Dr|Prof|Professor|Rev|Sir)\.?[\s\u00a0]+)?"
                       r"(?:[A-Z]\.[\s\u00a0]?)*[A-Z][a-z]")
# a page, a volume or a year right after a title closed by its comma: the work's citation
# (or, as a legal citation gives them, its page and then its year in brackets: “Thomas
# Jefferson” 661 (1957), “…” 242-249 (facsimile ed. 1954))
_CITED_AFTER = re.compile(r"[\s\u00a0]*(?:(?:pp?|vols?|ch(?:ap)?)\.[\s\u00a0]*(?:\d|[ivxlc]+\b)|(?:1[5-9]|20)\d\d\)"
                          r"|\d{1,4}(?:[-–]\d{1,4})?[ \u00a0]+\((?:[^()\d]{1,25}[ \u00a0])?(?:1[5-9]|20)\d\d\))")
# a sentence's end inside, with the next one in lower case: words, not a title
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[a-z]")


# a poem's title names its kind first: "Ode to Duty", "Lines to Jane", "Sonnet", "Stanzas
# written in …"
_POEM_KINDS = frozenset("Ode Odes Lines Sonnet Sonnets Elegy Stanzas Verses Epistle Hymn Ballad".split())
MAX_POEM_TITLE_WORDS = 8


# a maker's name in the possessive, right before: "Marvell's ", "Dr. Watts' " (not "his ")
_OWNER = re.compile(r"(?<![\w.])(?:(?:Mr|Mrs|Dr|St)\.\s+)?[A-Z][a-z]+(?:[’']s|s[’'])\s*$")
MAX_OWNED_TITLE_WORDS = 10


_PERSONAL_PRONOUN = re.compile(r"\b(?:I|we|you|he|she|they)\b")


def quoted_title(inner: str, before: str, after: str = "") -> bool:
    """Whether the quoted words ``inner`` (marks excluded) are a title; ``before``: the text just
    before the opening mark, ``after`` just after the closing one."""
    words = inner.strip().rstrip(".,;:-—–").split()
    if words and words[0].strip("‘’“”\"'.,;:-—–") in _POEM_KINDS and len(words) <= MAX_POEM_TITLE_WORDS \
            and not _SENTENCE_INSIDE.search(inner) and not re.search(r"[!?]", inner):
        return True
    if words and words[0][:1].isupper() and len(words) <= MAX_TITLE_WORDS and not _SENTENCE_INSIDE.search(
            inner) and (_PART_AFTER.match(after) or _WORK_AFTER.match(after)):
        # a part of the work itself: "the ‘Presentation interface’ section", "see “Results”
        # below"; a work said to be one after it: 'the "Hypocrite," an old play'
        return True
    if (words and words[0].strip("‘’“”\"'")[:1].isupper() and len(words) <= MAX_TITLE_WORDS
            and not _SENTENCE_INSIDE.search(inner) and _PERFORMED.search(before[-40:])):
        return True
    if (words and words[0].strip("‘’“”\"'")[:1].isupper() and len(words) <= MAX_TITLE_WORDS
            and inner.rstrip().endswith(",") and not _SENTENCE_INSIDE.search(inner)
            and not re.search(r"[!?]", inner) and (_CITED_AFTER.match(after) or _BY_AFTER.match(after))
            and not _PERSONAL_PRONOUN.search(inner)):
        # a work cited by its page or its year: 'in his "History of St. Patrick's Cathedral,"
        # p. 320', '("Polit. Anatomy of Ireland," 1672)' (not a sentence someone speaks in:
        # '“Nowhere do we see absolutely primitive man, …,” p. 29')
        return True
    if (words and words[0].strip("‘’“”\"'")[:1].isupper() and len(words) <= MAX_OWNED_TITLE_WORDS
            and not _SENTENCE_INSIDE.search(inner) and not re.search(r"[!?]|[a-z]{2}\.\s+[A-Z]", inner)
            and _OWNER.search(before[-40:])):
        # a work in sentence case after its maker's name: "Marvell's “Maiden lamenting for her
        # Fawn,”", "Dr. Watts' ‘The voice of the sluggard,’", "Mendelssohn's ‘Hear my Prayer.’"
        return True
    if (words and len(words) <= MAX_TITLE_WORDS and all(w.strip("‘’“”\"',.;:")[:1].isupper() for w in words)
            and not re.search(r"[!?]", inner) and _IN_PERIODICAL_AFTER.match(after)):
        # a paper's column or article named with the paper after it: 'the "Easy Chair" of
        # Harper's Magazine', '“Topics of the Times” in the New York Times'
        return True
    if (words and len(words) <= MAX_TITLE_WORDS and all(w.strip("‘’“”\"',.;:")[:1].isupper() for w in words)
            and not re.search(r"[!?]", inner) and _WORK_THE.search(before[-40:])):
        return True
    if _ARTICLE_BEFORE.search(before[-12:]) and not _AUTHOR_OF.search(before[-40:]):
        return False  # (but "author of a “Comic History of England”" names a work)
    if _THE_BEFORE.search(before[-6:]) and words and (
            _PLURAL.search(words[0].strip("‘’“”\"'"))
            and not PERIODICAL_NOUN.fullmatch(words[0].strip("‘’“”\"',.;:"))  # "the “Times”"
            or not (any(w.lower() in _SMALL for w in words[1:]) or PERIODICAL_NOUN.search(inner))):
        # "the ‘Orphans of October’", "the “Leninist Levy”": a group, a campaign so named; a
        # title after "the" speaks like one ("the “Essay on Population”", "the “Stamford
        # Mercury”")
        return False
    # (a note that is the title alone, however long: '[1] "Letters from a Citizen of Newhaven to
    # a Citizen of Virginia on the Uselessness of Dividing the Legislative Power …"')
    limit = MAX_NOTE_TITLE_WORDS if alone_in_note(before, after) else MAX_TITLE_WORDS
    if not words or len(words) > limit or _SENTENCE_INSIDE.search(inner):
        return False
    capitals = small = 0
    for i, word in enumerate(words):
        core = word.strip("‘’“”\"'()[]«»,;:.!?")
        if not core:
            continue
        if core[0].isupper() or core[0].isdigit():
            capitals += 1
        elif i == 0 or core.lower() not in _SMALL:
            return False
        else:
            small += 1
    if "," in inner.rstrip(" ,.;:") and not small:
        return False  # "Ivanov’s, Semenov’s, Stepanov’s": names listed, not a title
    if capitals >= 2:
        return True
    # one word: after a word naming a work, or a paper's name after "the" ("the “Times”")
    return capitals == 1 and len(words) == 1 and (_CUE.search(before[-40:]) is not None or bool(
        (_THE_BEFORE.search(before[-6:]) or _PLACE_BEFORE.search(before[-30:]))
        and PERIODICAL_NOUN.fullmatch(words[0].strip("‘’“”\"',.;:"))))


AFTER_TITLE = 40  # characters after a closing mark read for a citation or an author


def alone_in_note(before: str, after: str) -> bool:
    """The quotation is the whole of its note: its marker alone before it, nothing after."""
    return _NOTE_MARKER_ALONE.fullmatch(before) is not None and not after.strip()


def cited_after(after: str) -> bool:
    """``after`` (the text after a closing mark) cites what is in the marks as a work: a page, a
    volume or a year in brackets right after it."""
    return _CITED_AFTER.match(after) is not None


# a reference's author and year in brackets, then its title: "Annie McGrew (2023), “The
# Unexpected Compression …,”", as a speech's or a report's notes cite
_DATED_AUTHOR_BEFORE = re.compile(r"(?:[A-Z][\w’'\-]+|et[ \u00a0]al\.)[ \u00a0]\((?:1[5-9]|20)\d\d[a-z]?\),[ \u00a0]*$")


def dated_before(before: str) -> bool:
    """``before`` (the text before an opening mark) ends with an author and the year in brackets
    and a comma: what the marks hold is that reference's title."""
    return _DATED_AUTHOR_BEFORE.search(before) is not None


def authored_after(after: str) -> bool:
    """``after`` (the text after a closing mark) names the author of what is in the marks: ``,”
    by J. L. M. Curry``."""
    return _BY_AFTER.match(after) is not None


def after_work_noun(before: str) -> bool:
    """The quotation follows a word naming a work ("in his book, “Travels in the Interior of
    America,” speaks about …"): what it quotes is that work's title, whatever verb follows."""
    return _CUE.search(before[-40:]) is not None and not _ARTICLE_BEFORE.search(
        _CUE.sub("", before[-40:])[-12:])


def make_title(markup, span) -> None:
    """A phrase (``q``) the quotations rule made, or its speech or passage, turns out a quoted
    title: a ``title``, and the report counts one phrase (or speech) less."""
    markup.report.phrases -= span.tag == "q"
    markup.report.speeches -= span.tag == "said"
    span.tag, span.attrib, span.rule = "title", {}, "quoted-titles"
    markup.report.quotations -= 1


def _words(printed: str) -> str:
    return " ".join(printed.strip("‘’“”\"' ").rstrip(".,;:!?‘’“”\"' ").split()).casefold()


def same_title_throughout(markup, blocks) -> None:
    """A title once known for one — quoted after a cue ("the novel “Dred”"), a reference's or a
    register's title — is a title wherever the article quotes the same words: a phrase of one
    word in quotation marks elsewhere ("“Dred” is …") is that title again, not a scare quote."""
    known = set()
    for block in blocks:
        for span in markup.spans.get(id(block), []):
            if span.tag == "title":
                words = _words(block.text[span.start:span.end])
                # and the short title before its subtitle: '"Dred; a Tale of the Great Dismal
                # Swamp."' in a note gives "Dred"
                known |= {words, re.split(r"\s*[:;]\s*", words, maxsplit=1)[0]}
    if not known:
        return
    for block in blocks:
        for span in markup.spans.get(id(block), []):
            if (span.tag == "q" and not span.supplied_start and not span.supplied_end
                    and _words(block.text[span.start:span.end]) in known):
                make_title(markup, span)
                _unquote_inside(markup, block, span)


def _unquote_inside(markup, block, title) -> None:
    """The phrases inside a title are its own words: “The ‘Genius’” holds no ``q``."""
    spans = markup.spans.get(id(block), [])
    for inner in [s for s in spans if s is not title and s.tag == "q"
                  and title.start <= s.start and s.end <= title.end]:
        spans.remove(inner)
        markup.report.quotations -= 1
        markup.report.phrases -= 1
