# SPDX-License-Identifier: MIT
"""Rule "coded-statements": what a study's participants said, printed as qualitative research
prints it — the words without quotation marks, each closed by the participant's code in
brackets (``… it is a material that has added to our work (P1); It opens up a range … (P18).``,
``… we never thought of it (Nurse 4, ICU).``). Each statement is speech, its speaker the
participant the code names.

A paragraph is one statement or more, every one of them coded and nothing else in it; the
codes say who spoke only where the article quotes so more than once (``MIN_STATEMENTS``), and
each statement speaks in the first person or follows a lead-in ending with a colon — so that
a hypothesis's label (``… intention to use (H1).``) or a figure's is never read as a speaker.
A paragraph that opens with a quotation mark is the quotation rules' to read.
"""

from __future__ import annotations

import re

from edition.structure.blockquotes import OPENING_MARK
from edition.structure.model import Paragraph

MIN_STATEMENTS = 2
_ROLE = (r"(?:Participant|Interviewee|Respondent|Informant|Interview|Teacher|Nurse|Student|Parent|"
         r"Patient|Doctor|Physician|Professional|Manager|Worker|Caregiver|Mother|Father|Subject|"
         r"Woman|Man|Member)")
# "P1", "E12", "FG2", "ACS 3", "I-4", "ERS2-4" (a group and its member), "Participant 7", "Nurse
# #2"; after a comma what the study
# says of them ("P3, 34 years old", "Nurse 4, ICU")
_CODE = re.compile(
    rf"[ \u00a0]*\((?P<code>(?:[A-Z]{{1,4}}(?:\d{{1,2}}[-.])?[ \u00a0-]?|{_ROLE}[ \u00a0]#?)\d{{1,3}})"
    r"(?:,[ \u00a0][^()\n]{1,40})?\)(?P<stop>[.;!?…]?)")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|me|my|we|We|us|our|Our|My)\b")
_LEAD_IN = re.compile(r":[\s\u00a0]*$")


def statements(text: str) -> list[tuple[int, int, str]] | None:
    """The coded statements ``text`` is made of — (start, end, code), the end before the code's
    bracket — or None when anything in it is not one."""
    found: list[tuple[int, int, str]] = []
    at = len(text) - len(text.lstrip())
    for m in _CODE.finditer(text):
        rest = text[m.end():]
        if rest.strip() and not (m["stop"] in ".;!?…" and rest[:1].isspace()):
            continue  # a code inside the statement, or one that does not end it
        if m.start() <= at:
            return None
        found.append((at, m.start(), m["code"]))
        at = m.end() + len(rest) - len(rest.lstrip())
        if not rest.strip():
            return found
    return None


def rule(state) -> None:
    candidates: list[tuple[Paragraph, list[tuple[int, int, str]]]] = []
    for section in state.sections:
        previous = None
        for node in section.content:
            if isinstance(node, Paragraph) and not node.attribution \
                    and not OPENING_MARK.match(node.block.text):
                found = statements(node.block.text)
                led_in = previous is not None and _LEAD_IN.search(previous.block.text) is not None
                if found and (led_in or all(_FIRST_PERSON.search(node.block.text, a, b)
                                            for a, b, _ in found)):
                    candidates.append((node, found))
            previous = node if isinstance(node, Paragraph) else None
    if sum(len(found) for _, found in candidates) >= MIN_STATEMENTS:
        for node, found in candidates:
            node.statements = found
