# SPDX-License-Identifier: MIT
"""The speaker's label that opens a turn of a transcript, a hearing or a debate, in each layout
sources print it. The structure rules read them to keep turns out of the headings
(structure.headings); the inline rules read whose speech a turn is (markup.section).

- ``TURN_LABEL``: a label before a turn printed in its own marks, in italics or capitals:
  ``_Mr. Choate._ "Which is your best ear?"``, ``MR. SAGE: "This."`` (a pattern's source, to
  build on: groups ``mark``, ``name``);
- ``HEARING_LABEL``: a hearing's label, the name in capitals and a colon: ``Mr. NORTH: I …``;
- ``NAMED_LABEL``: a transcript's label in title case and a colon: ``Rob Pike: …``;
- ``SPEAKER_LABEL``: any short capitalised label and a colon, ``Wikinews: What …``, ``Q: …``
  (for headings: a line so opened that asks is a turn);
- ``DASHED_LABEL``: a debate's label and a dash: ``Hon. ATTORNEY-GENERAL—£100,000``,
  ``Hon. MR. DECOSMOS - What is …?``;
- ``RECORD_LABEL``: a congressional record's label, a title, the name in capitals and a full
  stop: ``Senator KNOX. When?``, ``The CHAIRMAN. You are …``, ``Mr. BULLITT. I did, sir.``,
  ``Prof. CHRISTEN. Yes?``
  (group ``stop``: a comma there is a printer's slip only where the name labels other turns).
"""

from __future__ import annotations

import re

TURN_LABEL = (r"[ \u00a0\t]*(?P<mark>[_*]?)(?P<name>(?:[A-Z][A-Za-z]{0,9}\.[ \u00a0])?[A-Z][\w’'\-]+"
              r"(?:[ \u00a0][A-Z][\w’'\-]+){0,2})(?:\.(?P=mark)|(?P=mark)[.:])[ \u00a0]*(?:—|--)?[ \u00a0]*")
# a sketch's or a play's turn: its speaker in capitals, a role of several words, perhaps a stage
# direction in brackets after it ('CRITIC, (who knows Mr. STEINWAY.) "…"', 'CHORUS OF RIVAL
# PIANO-MAKERS. "…"', 'CRITIC. _(Who sent for seats …)_ "…"')
ROLE_LABEL = (r"[ \u00a0\t]*(?P<name>[A-Z][A-Z’'\-]+(?:[ \u00a0](?:OF|THE|AND|[A-Z][A-Z’'\-]+)){0,5})[.,:]"
              r"[ \u00a0]*(?:_?\([^()]{1,160}\)_?\.?[ \u00a0\n]*)?(?:—|--)?[ \u00a0]*")
HEARING_LABEL = re.compile(r"[ \u00a0\t]*(?:(?:Mr|Mrs|Ms|Dr|Miss|Senator|Judge|Chairman|MR|MRS|MS|DR|"
                           r"MISS|SENATOR|JUDGE|CHAIRMAN)\.?[ \u00a0])?(?P<name>[A-Z][A-Z’'\-]+"
                           r"(?:[ \u00a0][A-Z][A-Z’'\-]+){0,2}):[ \u00a0]")
# a witness's deposition in a trial's minutes: the name in capitals and a full stop ("CATHERINE
# KELLY. I am the wife of …", "ELLEN McCARTHY. I live at …"), the witness's words unquoted after it
DEPOSITION_LABEL = re.compile(r"[ \u00a0\t]*(?P<name>(?:Ma?c)?[A-Z][A-Z’'\-]+(?:[ \u00a0](?:Ma?c)?[A-Z][A-Z’'\-]+){0,2})"
                              r"\.[ \u00a0]+(?=[A-Z])")
# an inquest's witness: the name, a calling, "being sworn, deposed" and the deposition in the
# witness's own words ("Jane Smith, being sworn, deposed—I am …", "Robert Hoar, commissioned
# boatman, sworn and examined, deposed: Yesterday …")
# (a trial's record, the counsel examining named: "George Read, examined by Mr. BODKIN: I live …")
SWORN_LABEL = re.compile(r"[ \u00a0\t]*(?P<name>(?:[A-Z][\w’'.\-]*[ \u00a0]+){0,3}[A-Z][\w’'\-]+)(?:,[^,\n]{1,60})?,"
                         r"[ \u00a0]+(?:(?:being[ \u00a0]+)?(?:duly[ \u00a0]+)?sworn(?:[ \u00a0]+and[ \u00a0]+examined)?,?"
                         r"[ \u00a0]+(?:deposed|said|stated)[ \u00a0]*(?:—|--|:|,)"
                         r"|(?:(?:cross|re)-)?examined[ \u00a0]+by[ \u00a0]+[^:\n]{1,60}:)")
# a trial's answer and the record line naming the witness who gives it: "_A._ … I said "…"" under
# "_Mr. William Wright sworn._" — the witness's "I"
ANSWER_LABEL = re.compile(r"[ \u00a0\t]*(?P<mark>[_*]?)A\.(?P=mark)[ \u00a0]")
SWORN_RECORD = re.compile(r"[ \u00a0\t]*(?P<mark>[_*]?)(?P<name>(?:[A-Z][\w’'.]*[ \u00a0]+){0,4}[A-Z][\w’'.]*)"
                          r"[ \u00a0]+sworn\.?(?P=mark)[ \u00a0]*$")
NAMED_LABEL = re.compile(r"[ \u00a0\t]*(?P<name>[A-Z][a-z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]+){0,2}):[ \u00a0]")
SPEAKER_LABEL = re.compile(r"^[A-Z][\w.’' \-]{0,40}:\s")
# (each word taken whole, a hyphen inside it but not a dash: no backtracking into the words)
DASHED_LABEL = re.compile(r"^(?:[A-Z][a-z]{1,4}\.[ \u00a0]+)*(?:[A-Z](?:[\w.’']|-(?!-))*+[ \u00a0]?){1,4}"
                          r"(?:—|--|[ \u00a0][-–][ \u00a0])")
# (the title before the name in capitals is what tells a label from a sentence opening with a
# capitalised word: "Mr. BULLITT. I did, sir." but not "EUROPE. The war …")
RECORD_LABEL = re.compile(r"^(?:The|Mr|Mrs|Ms|Miss|Dr|Senator|Representative|Judge|Governor|Gov|General|Gen|"
                          r"Colonel|Col|Captain|Capt|Admiral|Secretary|Commissioner|Prof|Professor|Rev|Hon|Major|Maj|"
                          r"Lieutenant|Lieut|Lt|Dean|Bishop|Father)\.?[ \u00a0]+"
                          r"(?P<name>(?:Ma?c)?[A-Z][A-Z’'\-]+(?:[ \u00a0](?:Ma?c)?[A-Z][A-Z’'\-]+){0,2})(?P<stop>[.,])[ \u00a0]+\S")
