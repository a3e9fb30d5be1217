# SPDX-License-Identifier: MIT
"""Rule "interviewee": the one person an interview is with, as its writer says so ("We recently
interviewed Joe Doss", "we spoke with Jacob Aronoff", "I asked Mr. Morel if …", "in our interview
with Dr. Ada Lund") or its title does ("A Talk with Edison"); not "in an interview with", as
often another's interview, nor "Lund told me", as often a book's telling as a talk's. In such a
text, speech whose speaker the words around it do not name is the interviewee's ("“Not in the
least. I go as …”" after "I asked Mr. Morel if …") — but only where the text names no one else
so: two people interviewed, and it says of neither.
"""

from __future__ import annotations

import re

_TITLES = ("Mr Mrs Ms Miss Dr Prof Professor Sir Lady Lord Senator Governor General Gen Colonel Col "
           "Captain Capt Judge Rev Father Sister").split()
_HONORIFIC = rf"(?:(?:{'|'.join(_TITLES)})\.?[ \u00a0]+)"
_NAME = (rf"({_HONORIFIC}?(?:[A-Z]\.[ \u00a0]?)*[A-Z][a-z’'-]+(?:[ \u00a0]+(?:[A-Z]\.[ \u00a0]?)*"
         r"(?:van |von |de |da |le )?[A-Z][a-z’'-]+){0,2})")
_CUES = re.compile(
    rf"\b(?:I|we|We)[ \u00a0]+(?:recently[ \u00a0]+|also[ \u00a0]+|then[ \u00a0]+|first[ \u00a0]+)?"
    rf"(?:interviewed|sought(?:[ \u00a0]+out)?|questioned|(?:spoke|talked|chatted|sat[ \u00a0]+down)[ \u00a0]+with"
    rf"|(?:asked|pressed)(?=[ \u00a0]+\S+(?:[ \u00a0]+\S+){{0,3}}"
    rf"[ \u00a0]+(?:if|whether|what|how|why|when|where|who|about|for)\b))[ \u00a0]+{_NAME}"
    # '"…?" I asked Mr. Newnes, after a brief discussion': the question before, its asker after
    rf"|[?][’”\"'][ \u00a0]+(?:I|we)[ \u00a0]+asked[ \u00a0]+{_NAME}(?=[,;.])"
    rf"|\b(?:[Ii]n|[Dd]uring)[ \u00a0]+(?:my|our)[ \u00a0]+interview[ \u00a0]+with[ \u00a0]+{_NAME}"
    # the reporters the text follows: "They have been waiting many hours to interview Irving"
    rf"|\b(?:[Tt]hey|[Tt]he[ \u00a0]+(?:reporters|interviewers|correspondents))[ \u00a0][^.!?;:]{{0,40}}?"
    rf"\binterview(?:ed)?[ \u00a0]+{_NAME}")
# a title that says it: "A Talk with Edison", "AN INTERVIEW WITH DR. ADA LUND" (the whole block)
# (or a book of a person's sayings: "Reminiscences of Leo Nicolayevitch Tolstoi", a name's
# words each capitalised)
_TITLE_CUE = re.compile(r"[\s\u00a0]*(?:An?[ \u00a0]+)?(?:(?:Talk|Interview|Conversation|Chat|Visit)[ \u00a0]+with"
                        r"|(?P<sayings>(?:Reminiscences|Recollections)[ \u00a0]+of)(?=[ \u00a0]+(?-i:(?!My\b|Our\b|The\b)"
                        r"[A-Z]\w*(?:[ \u00a0]+[A-Z][\w.’'-]*)*[.:]?[\s\u00a0]*$)))"
                        r"[ \u00a0]+(?P<name>[^\W\d][\w.’' \u00a0-]{1,60}?)[.:]?[\s\u00a0]*", re.IGNORECASE)
_SAYS = r"(?:said|says|asked|replied|added|remarked|exclaimed|observed)"


def _speaks(name: str, body: str) -> bool:
    """The text has ``name`` (the words of it) speak: "said Leo Nicolayevitch", "Tolstoi said" —
    the reminiscences are of what the person said, not the writer's own (nor a place's)."""
    words = "|".join(re.escape(w) for w in name.split() if len(w) > 2)
    return bool(words) and re.search(rf"\b{_SAYS}[ \u00a0]+(?:{words})\b|\b(?:{words})[ \u00a0]+{_SAYS}\b",
                                     body) is not None
# the writer's "he has kindly favored us with the following interview": the person the sentences
# before it name, by a title and a surname ("Mr. Saunders came to Iowa …")
_FAVOURED = re.compile(r"\b(?:he|she)[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:kindly[ \u00a0]+)?"
                       r"(?:favou?red|granted|given|gave)[ \u00a0]+(?:us|me|the[ \u00a0]+[A-Z]\w+)[ \u00a0]+"
                       r"(?:with[ \u00a0]+)?(?:the[ \u00a0]+following|an)[ \u00a0]+interview\b")
_TITLED_NAME = re.compile(rf"\b{_HONORIFIC}(?:[A-Z]\.[ \u00a0]?)*[A-Z][a-z’'-]+")
# (and a title alone, cut from its name, names no one)
_NOT_NAMES = frozenset("The This That He She It They We I You Him Her Them".split()) | frozenset(_TITLES)


EARLY = 2 / 3  # of the text's length: where an interview's cue stands
MIN_READ = 2000  # characters read for cues however short the text


def interviewee(texts) -> str | None:
    """The interviewee's name as the text prints it at its fullest, without a title, or None."""
    texts = list(texts)
    body = "\n".join(texts)
    cues = []  # what says whom the text is with: its title, its first two thirds
    for text in texts:
        if (m := _TITLE_CUE.fullmatch(text)) and len(m["name"].split()) <= 4 \
                and not (m["sayings"] and not _speaks(m["name"], body)):
            name = m["name"]
            if name.isupper():  # "A TALK WITH EDISON": the name as the text prints it
                name = " ".join(w.capitalize() if len(w.rstrip(".")) > 1 else w for w in name.split())
            if re.search(rf"(?<![\w’']){re.escape(name.split()[-1])}(?![\w’'])", body.replace(m["name"], "")):
                cues.append(f"we interviewed {name}.")  # read below as a cue in the text
    for text in texts:
        if (m := _FAVOURED.search(text)) and (named := _TITLED_NAME.findall(text, 0, m.start())):
            cues.append(f"we interviewed {named[-1]}.")
    # an interview says whom it is with before it ends: a cue in its last third ("When I asked
    # Billy why he made his bed …", near a memoir's end) is no interview's
    cues.append(body[:max(round(len(body) * EARLY), MIN_READ)])
    found: dict[str, str] = {}  # surname -> fullest name
    for text in cues:
        for m in _CUES.finditer(text):
            name = next(g for g in m.groups() if g)
            name = re.sub(rf"^{_HONORIFIC}", "", name)  # the name, as a speaker's is ("Mr. Lund": Lund)
            if name.split()[0] in _NOT_NAMES:
                continue  # (a title alone: "Miss Annie Oakley" is a name, "Miss" none)
            if len(name) > len(found.get(name.split()[-1], "")):
                found[name.split()[-1]] = name
    return next(iter(found.values())) if len(found) == 1 else None
