# SPDX-License-Identifier: MIT
"""Offices and roles printed before a person's name ("Superintendent Bates Wilson", "Prof.
Gould"): the name after them is the person's — a speaker's, a cited author's."""

ROLES = frozenset("""
President Vice Secretary Minister Senator Sen Rep Representative Governor Mayor Chairman Chairwoman
Chair Director Chief Executive Officer Professor Prof Judge Justice Bishop Archbishop Reverend Rev
Captain Capt Colonel Col General Gen Sergeant Sgt Inspector Constable Commissioner Spokesman
Spokeswoman Spokesperson Leader Deputy Shadow Editor Councillor Alderman Comrade Marshal Historian
Curator Coach Manager Founder Chancellor Ambassador Attorney Lieutenant Lt Officer Superintendent
Dean Principal Treasurer Premier Speaker Commander Admiral Major Detective Assistant Associate
Apostle Prophet Evangelist
""".split())
