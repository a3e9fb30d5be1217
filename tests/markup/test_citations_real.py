# SPDX-License-Identifier: MIT
"""Citations in the shapes real articles print them (issue 12), on invented examples: corporate
and several-word authors, groups, narrative citations, square brackets, bare pages, reference
lists in other styles — and what is still no citation."""

import pytest

from edition.markup.citations import find_citations
from edition.markup.works import WorksCited


def refs(text):
    """(printed, author, year as meant, pages) of every citation in ``text``."""
    return [(c.text, c.author, c.year or c.date, c.pages) for c in find_citations(text)]


@pytest.mark.parametrize("text, expected", [
    ("(Ministry of Justice, 2019)", [("(Ministry of Justice, 2019)", "Ministry of Justice", "2019", None)]),
    ("(Univ. of Bristol 2018)", [("(Univ. of Bristol 2018)", "Univ. of Bristol", "2018", None)]),
    # a work read in another: two references, the one it was read in too
    ("(White & Cole 1995 apud Frank 2008)", [("White & Cole 1995", "White & Cole", "1995", None),
                                             ("Frank 2008", "Frank", "2008", None)]),
    ("(Smith 2001, cited in Jones 2010)", [("Smith 2001", "Smith", "2001", None),
                                           ("Jones 2010", "Jones", "2010", None)]),
    # a work by its quoted title in its author's possessive, and its page, in the author's sentence
    ("is given in Reed's 'Mill Folklore,' p. 209. The", [("Reed's 'Mill Folklore,' p. 209", "Reed", None, ("209", "209"))]),
    # the print's slips in "et al.": "at al.", "et al. al."
    ("(Li et al. al., 2012)", [("(Li et al. al., 2012)", "Li et al. al.", "2012", None)]),
    ("as Reed at al. (2010) showed", [("Reed at al. (2010)", "Reed at al.", "2010", None)]),
    # "et al." in a plain text's italics, between underscores
    ("as Reed _et al._ (2010) showed", [("Reed _et al._ (2010)", "Reed _et al._", "2010", None)]),
    ("(Reed _et al._ 2010)", [("(Reed _et al._ 2010)", "Reed _et al._", "2010", None)]),
    # the body the authors wrote for, in capitals before a colon
    ("(IPCC: Solomon et al., 2007)", [("(IPCC: Solomon et al., 2007)", "Solomon et al.", "2007", None)]),
    # a volume in capitals before the page, no author's name
    ("(II, p. 72.)", [("(II, p. 72.)", None, None, ("72", "72"))]),
    # a body's name in camel case, its first letters small
    ("(pro-iMill Consortium 2014)", [("(pro-iMill Consortium 2014)", "pro-iMill Consortium", "2014", None)]),
    ("(iDigMill 2015)", [("(iDigMill 2015)", "iDigMill", "2015", None)]),
    ("(Interview with Prof. Adeyemi, 2021)",
     [("(Interview with Prof. Adeyemi, 2021)", "Interview with Prof. Adeyemi", "2021", None)]),
    ("(Harbour Trust, Leeds, 2003)", [("(Harbour Trust, Leeds, 2003)", "Harbour Trust, Leeds", "2003", None)]),
    # one author, two works: two bibls, the second of them the year alone
    ("(World Health Organization 2011, 2019)",
     [("World Health Organization 2011", "World Health Organization", "2011", None),
      ("2019", "World Health Organization", "2019", None)]),
    ("(Okafor 2016a/b)", [("Okafor 2016a", "Okafor", "2016a", None), ("b", "Okafor", "2016b", None)]),
    ("(Okafor et al 2016)", [("(Okafor et al 2016)", "Okafor et al", "2016", None)]),
    # a run of an author's works, keyed to its first
    ("(Lund 1888-1915)", [("(Lund 1888-1915)", "Lund", "1888", None)]),
    ("(Okafor et. al, 2016: 4)", [("(Okafor et. al, 2016: 4)", "Okafor et. al", "2016", ("4", "4"))]),
    ("(Smith, 2014, Jones, 2016)", [("Smith, 2014", "Smith", "2014", None),
                                    ("Jones, 2016", "Jones", "2016", None)]),
    # the words that lead in a member lead in the next reference after a comma too
    ("(Reed et al. 1969, also see Cole 1970)", [("Reed et al. 1969", "Reed et al.", "1969", None),
                                                ("Cole 1970", "Cole", "1970", None)]),
    ("(Reed 1969, see also Cole and Lund 1970)", [("Reed 1969", "Reed", "1969", None),
                                                  ("Cole and Lund 1970", "Cole and Lund", "1970", None)]),
    ("(e.g., Smith, 2014; Jones and Brown, 2016)", [("Smith, 2014", "Smith", "2014", None),
                                                    ("Jones and Brown, 2016", "Jones and Brown", "2016", None)]),
    ("(for a review see Lund, 2010)", [("(for a review see Lund, 2010)", "Lund", "2010", None)]),
    ("[Smith 2015: 12]", [("[Smith 2015: 12]", "Smith", "2015", ("12", "12"))]),
    ("(Smith 2015, pp 130-1)", [("(Smith 2015, pp 130-1)", "Smith", "2015", ("130", "131"))]),
    ("(Smith 2015: p27)", [("(Smith 2015: p27)", "Smith", "2015", ("27", "27"))]),
    ("(Hobbes 1629: xxii)", [("(Hobbes 1629: xxii)", "Hobbes", "1629", None)]),  # a preface's page
    ("(e. g. van den Berg et al. 2016)", [("(e. g. van den Berg et al. 2016)", "van den Berg et al.", "2016", None)]),
    # authors with pages, not a title with a date
    ("(Harrow et al., 2020, p. 6)", [("(Harrow et al., 2020, p. 6)", "Harrow et al.", "2020", ("6", "6"))]),
    # a figure of the work after its year, kept in the reference's text (USGS)
    ("(Lansford, 1972; Lohman, 1974, fig. 69)", [("Lansford, 1972", "Lansford", "1972", None),
                                                 ("Lohman, 1974, fig. 69", "Lohman", "1974", None)]),
    # the author's words after a group's last reference
    ("(see e.g. Lund, 2015; Okafor et al., 2016 and references therein; Reed & Cole, 2019 for a "
     "recent review)", [("Lund, 2015", "Lund", "2015", None),
                        ("Okafor et al., 2016", "Okafor et al.", "2016", None),
                        ("Reed & Cole, 2019", "Reed & Cole", "2019", None)]),
    # whose the italics in the words quoted are, after the page
    ("(Fodor 1975: 86, Fodor’s italics)", [("(Fodor 1975: 86, Fodor’s italics)", "Fodor", "1975", ("86", "86"))]),
    ("(Lund 2010, p. 35, emphasis added)", [("(Lund 2010, p. 35, emphasis added)", "Lund", "2010", ("35", "35"))]),
])
def test_author_date_shapes(text, expected):
    assert refs(f"as the figures show {text}. Next") == expected


def test_one_bad_member_does_not_lose_the_group():
    text = "(Smith, 2014; an aside of 12 words; Jones 2016)"
    assert [c.text for c in find_citations(text)] == ["Smith, 2014", "Jones 2016"]


@pytest.mark.parametrize("text, expected", [
    ("As Okafor (2015) showed", ("Okafor (2015)", "Okafor", "2015")),
    ("as Okafor et al. (2016: 7) found", ("Okafor et al. (2016: 7)", "Okafor et al.", "2016")),
    ("Okafor and Lund (2014) argue", ("Okafor and Lund (2014)", "Okafor and Lund", "2014")),
    ("as found in Okafor (2014, 159ff)", ("Okafor (2014, 159ff)", "Okafor", "2014")),
    ("similar to those of Okafor\n(2012), where", ("Okafor\n(2012)", "Okafor", "2012")),
    # pages listed with a comma
    ("as pointed out by Okafor (1971, p. 72, 73), it", ("Okafor (1971, p. 72, 73)", "Okafor", "1971")),
])
def test_narrative_citations(text, expected):
    (c,) = find_citations(text)
    assert (c.text, c.author, c.date) == expected
    assert [s.tag for s in sorted(c.spans, key=lambda s: s.start)] == ["author", "date"] + (["biblScope"] if c.pages else [])


@pytest.mark.parametrize("text", [
    "the Treaty of Versailles (1919) was signed",  # the end of a title, not an author
    "He read Revolution Betrayed (1936) twice",
    "in the Lessons of October (1924)",
    # a title's last words after "in" ("Society in America (1837)")
    "in two of her works: Mills in America (1837) and Retrospect",
    "(June 1988)", "(1924)", "(19 to 26 March)", "(Winter 2009)",
    "(from the Workers' Congress of Leeds, 1868, to our own day)",
    "she was 54 (54) years",  # a bare number not after a quotation
    "[sic]", "[the party, in 1932]",
    "we closed the mill at once (P1).",  # a participant's code, no page ("(P. 5)" is one)
])
def test_still_not_citations(text):
    assert find_citations(text) == []


def test_bare_page_after_a_quotation_is_a_page_of_the_work_cited_last():
    text = "(Okafor 2009). Later she wrote of “a census of nobody” (54)."
    first, page = find_citations(text)
    assert (page.kind, page.text, page.pages) == ("page", "(54)", ("54", "54"))
    works = WorksCited()
    assert works.cite(first) == works.cite(page)


def test_ibid_in_an_author_date_text():
    (c,) = find_citations("as before (ibid.: 45).")
    assert (c.kind, c.abbr, c.pages) == ("ibid", "ibid.", ("45", "45"))


def test_periodical_issue_in_square_brackets():
    (c,) = find_citations("the mill closed. [Evening Courier, Monday May 3rd 1932]")
    assert (c.kind, c.title, c.date) == ("full", "Evening Courier", "1932-05-03")
    parts = {s.tag: s.attrib for s in c.spans}
    assert parts == {"title": {"level": "j"}, "date": {"when": "1932-05-03"}}
    (c,) = find_citations("[Harbour Gazette, 15th May 1909]")
    assert c.date == "1909-05-15"
    works = WorksCited()
    works.cite(c)
    assert works.list_bibl().find(".//{*}title").get("level") == "j"


# ---------------------------------------------------------------- the source's reference list

REPORT = """Counting Print

By Ada Okafor

Counts were poor (Okafor 2009; Lund et al., 2016), as Lund and Berg (2016) agree; see also
(Univ. of Bristol 2018) and (Okafor, 2016b).

References

Lund K, Berg P. 2016. Two readers. Print Studies 4:1–9.

Lund K, Berg P, Moss T. 2016. Three readers. Print Studies 4:10–19.

Okafor, Ada, "Counting the Uncounted," Quarterly Review of Print Culture 41.2 (Winter 2009), 201-219.

———. 2016b. Counting Again. Leeds: Harbour Press.

University of Bristol. 2018. Annual Report. Bristol.
"""


def _encoded(text):
    from edition.encoder import encode_source
    from edition.text.source import decode_source
    source = decode_source(text.encode(), "report.txt")
    return source, encode_source(source)


NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _one_bibl(text):
    """The TEI of ``text`` and the one ``bibl`` its body's paragraphs hold."""
    root = _encoded(text)[1].tree.getroot()
    bibl, = root.xpath("//t:body//t:p//t:bibl", namespaces=NS)
    return root, bibl


def test_reference_list_in_other_styles_and_citations_pointing_at_its_entries():
    from edition.verify import check_lossless
    source, result = _encoded(REPORT)
    root = result.tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=ns)
    assert entries == ["ref-lund-2016", "ref-lund-2016-2", "ref-okafor-2009", "ref-okafor-2016b",
                       "ref-university-2018"]
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns)
    assert cited == ["#ref-okafor-2009", "#ref-lund-2016-2", "#ref-lund-2016",
                     "#ref-university-2018", "#ref-okafor-2016b"]
    assert check_lossless(source, result.tree) is None


def test_years_after_an_author_named_in_the_sentence_the_last_after_and():
    found = [(c.author, c.date) for c in find_citations("the works of Lund (1952, 1959, and 1961), and")]
    assert found == [("Lund", "1952"), ("Lund", "1959"), ("Lund", "1961")]
    # the years of the author named before the brackets, then another's work in them
    text = "as shown by Karl W. Lund, Jr. (1951; Moss and Berg 1966) and"
    found = find_citations(text)
    assert [(text[c.start:c.end], c.date) for c in found] == [("1951", "1951"), ("Moss and Berg 1966", "1966")]
    assert found[0].context.endswith("Lund, Jr. (")
    # years alone throughout stay the narrative citation's
    found = find_citations("the lists by Lund (1992; 1999) and")
    assert [(c.author, c.date) for c in found] == [("Lund", "1992"), ("Lund", "1999")]


def test_an_authors_works_dated_under_the_authors_line_are_entries_of_their_own():
    # "Cooke, W. W." / "  1888. Report …" / "  1904a. Distribution …": one entry per year
    text = ("Counting Print\n\nBy Ada Okafor\n\nCounts were poor (Lund 1888, 1904a; Moss 1960).\n\n"
            "Literature Cited\n\nLund, K. W.\n  1888. Report of print in the valley. Bull. 2. 313 p.\n"
            "  1904a. Distribution of print. Bull. 18. 142 p.\n  1904b. The effect of print. Auk 21: 338-341.\n\n"
            "Moss, T.\n  1960. Print a second glance. Leeds: Harbour Press.\n")
    source, result = _encoded(text)
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    assert entries == ["ref-lund-1888", "ref-lund-1904a", "ref-lund-1904b", "ref-moss-1960"]
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert cited == ["#ref-lund-1888", "#ref-lund-1904a", "#ref-moss-1960"]
    from edition.verify import check_lossless
    assert check_lossless(source, result.tree) is None


def test_each_authors_line_set_out_over_its_work_set_in_opens_its_entry():
    # "  Allen, R. W." / "    1952. A study …" / "          subis. …" / "  Baida, R. P." / "    1975. …":
    # no blank lines, each author's line less set in than the year under it: one entry each
    text = ("Counting Print\n\nBy Ada Okafor\n\nCounts were poor (Lund 1952; Moss 1975, Lund and Ray 1939).\n\n"
            "Literature Cited\n\n  Lund, Karl W., and Margaret M. Ray.\n    1939. Fox print dens. J. Print\n"
            "          20(4):456-465.\n  Lund, Karl W.\n    1952. A study of print. Am. Midl. Nat. 47(3):606-665.\n"
            "  Moss, Teresa P.\n    1975. The relationship of print to snag densities\n"
            "          in western forests. Bull. 1. 37 p.\n")
    source, result = _encoded(text)
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    assert entries == ["ref-lund-1939", "ref-lund-1952", "ref-moss-1975"]
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert cited == ["#ref-lund-1952", "#ref-moss-1975", "#ref-lund-1939"]
    from edition.verify import check_lossless
    assert check_lossless(source, result.tree) is None


def test_a_body_cited_by_the_initials_its_entry_gives_after_its_name():
    # "(… OECD 2013)" cites "Organization for Economic Cooperation and Development (OECD). 2013."
    text = ("Counting Print\n\nBy Ada Okafor\n\nCounts were poor (Lund 2016; OECD 2013).\n\nReferences\n\n"
            "Lund, Karl. 2016. Two Readers. Leeds: Harbour Press.\n\n"
            "Organization for Print Cooperation and Development (OECD). 2013.\n“Print Indicators.” Paris.\n")
    root = _encoded(text)[1].tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert cited == ["#" + entries[0], "#" + entries[1]]


def test_a_reviews_title_line_that_is_the_books_notice_is_the_work_its_pages_are_of():
    # "Childe Harolde's Pilgrimage. A Romaunt. By LORD BYRON. … London: Murray, 1812." as the
    # review's title line: '… loved her most in wrath." p. 79.' and '…'--Preface, p. vii.' are
    # pages of that book
    text = ("The Mill on the Weir. A Romaunt. By JOHN HALE. The Second Edition. London: Murray, Fleet Street. 1812.\n\n"
            "(The Christian Miller, Vol. XI, June 1812, pp. 376-386)\n\n"
            "The poem opens with the mill at night, and the author tells us why:\n\n"
            "    'I feel sensible the two first books are not of such\n    completion.'--Preface, p. vii.\n\n"
            "Of the river he writes that \"it turns the wheel, and the wheel\n"
            "turns the world, and loved it most in wrath.\" p. 79.\n\n"
            "We have no more to say of the mill than that it is a very long poem.\n")
    root = _encoded(text)[1].tree.getroot()
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert len(cited) == 2 and len(set(cited)) == 1
    title, = root.xpath(f"//t:back//t:bibl[@xml:id='{cited[0][1:]}']/t:title/text()", namespaces=NS)
    assert title == "The Mill on the Weir. A Romaunt"


def test_a_journals_notice_its_author_first_is_the_work_the_reviews_pages_are_of():
    # "Fritz Oehlschlaeger. The Achievement of Wendell Berry: …. Lexington: University Press of
    # Kentucky, 2011. 322 pp. ISBN …" over the review: '… "considerable equivocation" (77).',
    # its page after a line's end too ('… of the world"' / '(77). Oehlschlaeger …')
    text = ("Review: The Achievement of Tom Reed\n\nAnn Cole\n\n(Journal of Mill Studies, Volume 14, 2012)\n\n"
            "Fritz Lund. The Achievement of Tom Reed: The Hard History of Mills. Lexington: University Press "
            "of Kentucky, 2011. 322 pp. ISBN 978-0-8131-3007-1.\n\n"
            "The third chapter asks whether Reed's ideas depend \"on the river or at least a view of the world\"\n"
            "(77). Lund confesses to have answered the question once with \"considerable equivocation\" (78).\n")
    root = _encoded(text)[1].tree.getroot()
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert len(cited) == 2 and len(set(cited)) == 1
    title, = root.xpath(f"//t:back//t:bibl[@xml:id='{cited[0][1:]}']/t:title/text()", namespaces=NS)
    assert title == "The Achievement of Tom Reed: The Hard History of Mills"


def test_an_anonymous_books_title_page_over_its_review_and_the_volumes_and_pages_it_quotes():
    # "Frankenstein; or, The Modern Prometheus. In Three Volumes." over the journal's line:
    # '…on board." Vol. I. p. 22.' and '…to stay." P. 179' are pages of that book
    text = ("Millbrook; or, The Modern Miller. In Three Volumes.\n\n"
            "The Leeds Critic, N.S., 9 (April 1818): 432-38.\n\n"
            "This is another anomalous story of the same race and family as the last we had.\n\n"
            "\"Upon hearing this he appeared satisfied and consented to come on board.\" Vol. I. p. 22.\n\n"
            "\"I called on him to stay.\" P. 179\n\n"
            "We have no more to say of the mill than that it is a very long tale.\n")
    root = _encoded(text)[1].tree.getroot()
    bibls = root.xpath("//t:body//t:p//t:bibl", namespaces=NS)
    assert ["".join(b.itertext()) for b in bibls] == ["Vol. I. p. 22.", "P. 179"]
    assert [b.xpath("string(t:biblScope[@unit='volume']/@from)", namespaces=NS) for b in bibls] == ["I", ""]
    cited = {b.get("corresp") for b in bibls}
    assert len(cited) == 1
    title, = root.xpath(f"//t:back//t:bibl[@xml:id='{cited.pop()[1:]}']/t:title/text()", namespaces=NS)
    assert title == "Millbrook; or, The Modern Miller"


COPERNICUS = """Rates of Decay

By Ann Cole

The carbon of the valley decays at many rates (Galy et al., 2011; Galy and Eglinton, 2011), as
the first surveys found (Middelburg, 1989) and a later one (Khokar et al., 2005) confirmed.

References

Galy, V. V. and Eglinton, T. I.: Protracted storage of biospheric carbon
in the Ganges-Brahmaputra basin, Nat. Geosci., 4, 843–847,
2011.

Galy, V. V., Eglinton, T. I., France-Lanord, C., and Sylva, S. P.: The
provenance of vegetation, Earth Planet. Sc. Lett., 304, 1–12, 2011.

Khokhar, M. F., Frankenberg, C., and Wagner, T.: Satellite Observations of SO2 from Volcanic
Eruptions during the Time Period of 1996 to 2002, J. Adv. Space Res., 36, 879–887, 2005.

Middelburg, J. J.: A simple rate model for organic matter decomposition
in marine sediments, Geochim. Cosmochim. Ac., 53,
1577–1581, 1989.
"""


def test_copernicus_entries_their_authors_before_a_colon_and_the_year_last():
    # the year is the last one (not "1577–1581", not "1996 to 2002" in a title); a cited name
    # misspelt by one letter ("Khokar") with the year agreeing still points at its entry
    _, result = _encoded(COPERNICUS)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl", namespaces=ns)
    assert [(e.get("{http://www.w3.org/XML/1998/namespace}id"), e.xpath("string(t:author)", namespaces=ns))
            for e in entries] == [
        ("ref-galy-2011", "Galy, V. V. and Eglinton, T. I."),
        ("ref-galy-2011-2", "Galy, V. V., Eglinton, T. I., France-Lanord, C., and Sylva, S. P."),
        ("ref-khokhar-2005", "Khokhar, M. F., Frankenberg, C., and Wagner, T."),
        ("ref-middelburg-1989", "Middelburg, J. J.")]
    assert root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns) == [
        "#ref-galy-2011-2", "#ref-galy-2011", "#ref-middelburg-1989", "#ref-khokhar-2005"]


MDPI = """Fungi against Weeds

by Ada Okafor and Ken Lund

1. Introduction

Microbes live in every tissue of a plant [1,2], some of them asymptomatic [3]. Rust fungi have been
tried on weeds before [2,4].

References

1. Lindow, S.E.; Leveau, J.H.J. Phyllosphere Microbiology. Curr. Opin. Biotechnol. 2002, 13, 238–243.
2. Bonkowski, M.; Villenave, C.; Griffiths, B. Rhizosphere Fauna: The Diversity of Soil Fauna with Plant Roots. Plant Soil 2009, 321, 213–233.
3. Stone, J.K.; Bacon, C.W.; White, J.F., Jr. An Overview of Endophytic Microbes. In Microbial Endophytes; Bacon, C.W., Ed.; Marcel Dekker: New York, NY, USA, 2000; pp. 3–30.
4. Van der Heijden, M.G.A.; Goh, C.-H.; de Vos, R.C.H. Networking in the Plant Microbiome after 1990. PLoS Biol. 2016, 14, e1002378.
5. Iason, G.R.; Lennon, J.J. Does Chemical Composition Determine the Biodiversity?. Ecol. Lett. 2005, 8, 364–369.
6. Sagar, A.; Sayyed, R.Z. Enterobacter Sp. PR14 Promotes the Growth of Rice. Physiol. Mol. Biol. Plant. 2020, 26, 1847–1854.
7. Smith, J. A Book of Weeds; Wiley: New York, NY, USA, 2010.
"""


def test_mdpi_entries_surnames_before_initials_between_semicolons_and_the_year_after_the_journal():
    # every entry read (not only those with a stop before the year), so the numbered citations
    # point at them; the year is the one a volume or the pages follow, not one in the title; the
    # article's title ends at its stop (not at "Sp."), the journal runs to the year
    _, result = _encoded(MDPI)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl", namespaces=ns)
    assert [(e.get("{http://www.w3.org/XML/1998/namespace}id"), e.xpath("string(t:author)", namespaces=ns),
             [(t.get("level"), t.text) for t in e.xpath("t:title", namespaces=ns)])
            for e in entries] == [
        ("ref-lindow-2002", "Lindow, S.E.; Leveau, J.H.J.",
         [("a", "Phyllosphere Microbiology"), ("j", "Curr. Opin. Biotechnol.")]),
        ("ref-bonkowski-2009", "Bonkowski, M.; Villenave, C.; Griffiths, B.",
         [("a", "Rhizosphere Fauna: The Diversity of Soil Fauna with Plant Roots"), ("j", "Plant Soil")]),
        ("ref-stone-2000", "Stone, J.K.; Bacon, C.W.; White, J.F., Jr.",
         [("a", "An Overview of Endophytic Microbes"), ("m", "Microbial Endophytes")]),
        ("ref-van-2016", "Van der Heijden, M.G.A.; Goh, C.-H.; de Vos, R.C.H.",
         [("a", "Networking in the Plant Microbiome after 1990"), ("j", "PLoS Biol.")]),
        ("ref-iason-2005", "Iason, G.R.; Lennon, J.J.",
         [("a", "Does Chemical Composition Determine the Biodiversity?"), ("j", "Ecol. Lett.")]),
        ("ref-sagar-2020", "Sagar, A.; Sayyed, R.Z.",
         [("a", "Enterobacter Sp. PR14 Promotes the Growth of Rice"), ("j", "Physiol. Mol. Biol. Plant.")]),
        ("ref-smith-2010", "Smith, J.", [("m", "A Book of Weeds")])]
    assert root.xpath("//t:body//t:p//t:ref/@target", namespaces=ns) == [
        "#ref-lindow-2002 #ref-bonkowski-2009", "#ref-stone-2000", "#ref-bonkowski-2009 #ref-van-2016"]


@pytest.mark.parametrize("text, title", [
    # a press digest's extract closed by the paper it is taken from
    ("Louisiana and other Commonwealths have imposed restrictions upon the millers which make it\n"
     "impossible for them to vote at any election.—Denver Times.", "Denver Times"),
    ("the mills will stand.”—New Haven\nRegister.", "New Haven Register"),
    # initials, a word in capitals, the editor's note, a chapter's contents: no paper
    ("He signed the review at its end.—C. H. M.", None),
    ("The old mill is gone now.—RETROSPECTIVE.", None),
    ("We cannot help deploring its effect upon the mills.--Note of French Editor.", None),
    ("Hungry for Knowledge--Borrowing Books--Paternal Opposition--A Neighbor's Advice.", None),
])
def test_a_paper_named_after_the_extract_it_closes(text, title):
    found = [c for c in find_citations(text) if c.rule == "closing-attribution"]
    assert [c.title for c in found] == ([title] if title else [])


@pytest.mark.parametrize("text, author", [
    ("Knotweed grows along the mill race (Ephraim Cole, pers. comm.).", "Ephraim Cole"),
    ("It was seen below the weir (Martine pers. obs.) in 2019.", "Martine"),
    ("The name is taken (a homonym, Flann, pers. comm.).", "Flann"),
    ("The wheel turned faster (Lema SC, Dickey JT, Swanson P, unpublished data).", "Lema SC, Dickey JT, Swanson P"),
    ("The genes were named so (Jurg Baheler, personal communication).", "Jurg Baheler"),
    # initials before the surname
    ("Rats took the eggs at the weir (D. Reed, personal communication).", "D. Reed"),
    ("The foxes were gone by 1940 (W. S. Cole, personal communication).", "W. S. Cole"),
    ("It moved back to the valley (Patrick Cole, personal obs.). Then", "Patrick Cole"),
    # a figure before the name, a semicolon between; the name's initials after a comma
    ("Prey is scarce (0.19 deer/km²; Reed, S.M. unpublished data) in the valley.", "Reed, S.M."),
    # as the USGS prints them, with the date of the letter or the talk
    ("Ross A. Cole (National Park Service, written commun., 1941) went there.", "National Park Service"),
])
def test_a_personal_communication_is_cited_by_its_author(text, author):
    found, = find_citations(text)
    assert (found.rule, found.kind, found.author) == ("personal-communication", "full", author)
    _, result = _encoded("The Mills\n\nBy Ann Cole\n\n" + text + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    bibl, = root.xpath("//t:body//t:p//t:bibl", namespaces=ns)
    assert bibl.xpath("string(t:author)", namespaces=ns) == author
    work, = root.xpath(f"//t:listBibl[@xml:id='works-cited']/t:bibl[@xml:id='{bibl.get('corresp')[1:]}']",
                       namespaces=ns)
    assert work.xpath("string(t:author)", namespaces=ns) == author


def test_a_full_reference_in_square_brackets_in_the_text():
    # Project Gutenberg sets a book's footnotes inline in brackets: the work's reference
    text = ("The Mills\n\nBy Ann Cole\n\nWe should not omit the important address of another of "
            "our colleagues, [On the Treatment of Compound Fractures. By William J. Walker, M. D. Read at "
            "the Annual Meeting, May 29, 1845.] which was much praised. He [laughs] said it [sic] twice.\n")
    _, bibl = _one_bibl(text)
    assert bibl.xpath("string(t:title)", namespaces=NS) == "On the Treatment of Compound Fractures"
    assert bibl.xpath("string(t:author)", namespaces=NS) == "William J. Walker"


ABNT = """Mills of the South

By Ann Cole

The millers gained (Krugman, 2023; Cintra and Pinto, 2017), as the bureau counted (NBS, 2024a) and
as Levinson wrote long before (Levinson, 1983, p.102).

References

CINTRA, M. A. M.; PINTO, E. C. China em transformação. Revista de Economia Política, v. 37, n. 2,
p. 381-400, abr./jun. 2017.

KRUGMAN, P. Why is China in so much Trouble? The New York Times, Aug. 31, 2023. Available at:
https://www.nytimes.com/2023/08/31/opinion/china.html. Last access: Jan. 14, 2024.

LEVINSON, S. C. Pragmática. Tradução de Aníbal Mari. São Paulo: Martins Fontes, 2007.

NBS – National Bureau of Statistics of China. National economy witnessed momentum of recovery in
2023. Beijing: NBS, 2024a. Available at: https://www.stats.gov.cn/english/x.html.
"""


def test_abnt_entries_surnames_in_capitals_and_the_year_before_the_address():
    # the year the last before "Available at" (not the day it was read, not a title's year);
    # a body's initials cite it; the one entry of an author, of another year, is the edition cited
    _, result = _encoded(ABNT)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=ns)
    assert entries == ["ref-cintra-2017", "ref-krugman-2023", "ref-levinson-2007", "ref-nbs-2024a"]
    assert root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns) == [
        "#ref-krugman-2023", "#ref-cintra-2017", "#ref-nbs-2024a", "#ref-levinson-2007"]


def test_entries_one_to_a_line_are_each_an_entry():
    text = REPORT.replace("Studies 4:1–9.\n\nLund", "Studies 4:1–9.\nLund")
    source, result = _encoded(text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert len(result.tree.getroot().xpath("//t:body//t:listBibl/t:bibl", namespaces=ns)) == 5
    from edition.verify import check_lossless
    assert check_lossless(source, result.tree) is None


def test_an_entry_is_a_structured_bibl_its_quoted_title_the_article_title():
    from edition.validation import validate_tree
    source, result = _encoded(REPORT)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    okafor = root.xpath("//t:listBibl/t:bibl[@xml:id='ref-okafor-2009']", namespaces=ns)[0]
    titles = [(t.get("level"), t.text) for t in okafor.iterfind("t:title", ns)]
    assert titles == [("a", '"Counting the Uncounted,"'), ("j", "Quarterly Review of Print Culture")]
    assert okafor.findtext("t:author", namespaces=ns) == "Okafor, Ada"
    assert okafor.find("t:date", ns).get("when") == "2009"
    lund = root.xpath("//t:listBibl/t:bibl[@xml:id='ref-lund-2016']", namespaces=ns)[0]
    assert [(t.get("level"), t.text) for t in lund.iterfind("t:title", ns)] == [
        ("a", "Two readers"), ("j", "Print Studies")]
    assert root.xpath("//t:listBibl//t:q", namespaces=ns) == []
    assert not [w for w in result.warnings if "unwrapped" in str(w) or "schema" in str(w)]
    assert validate_tree(result.tree, kinds=("rng", "sch"), source=result.tei) == []


@pytest.mark.parametrize("entry, expected", [
    ("Bevitori, Cinzia. 2004. “Negotiating Conflict.” In Perspectives on Debate, edited by P. Bayley, 87–109.",
     [("author", "Bevitori, Cinzia"), ("date", "2004"), ("title", "“Negotiating Conflict.”"),
      ("title", "Perspectives on Debate")]),
    ("Smith, J. (2015). A Book of Things. Leeds: Harbour.",
     [("author", "Smith, J"), ("date", "2015"), ("title", "A Book of Things")]),
    ("Gardner SK. 2008. “What is enough?”: Becoming a researcher. Journal of Study 79:326–350.",
     [("author", "Gardner SK"), ("date", "2008"),
      ("title", "“What is enough?”: Becoming a researcher"), ("title", "Journal of Study")]),
    # Vancouver style: names and initials, a colon, the year after the container
    ("Reed T, Cole A, Lund B: Counting mills: a new source. Mill Hist Rev. 2015;55:3–24.",
     [("author", "Reed T, Cole A, Lund B"), ("title", "Counting mills: a new source"),
      ("title", "Mill Hist Rev"), ("date", "2015")]),
    ("Reed T: How many mills in Sweden? A count, 1700–2012. Manuscript, Univ. of Leeds. 2012.",
     [("author", "Reed T"), ("title", "How many mills in Sweden? A count, 1700–2012"),
      ("date", "2012")]),
    ("Reed T: The mill also turns. Leeds University Press. 2015;49.",
     [("author", "Reed T"), ("title", "The mill also turns"), ("date", "2015")]),
    # ACL's style: forenames first, a middle initial among them ("Matthew E."), the year between
    # stops: the authors all of them, not a Vancouver "Surname I."
    ("Anna E. Reed, Tom Cole, and Bo J Lund. 2018. Deep Mills of the Dale. In MILL.",
     [("author", "Anna E. Reed, Tom Cole, and Bo J Lund"), ("date", "2018"),
      ("title", "Deep Mills of the Dale")]),
])
def test_entry_parts(entry, expected):
    from edition.structure.references import entry_spans
    assert [(s.tag, entry[s.start:s.end]) for s in entry_spans(entry)] == expected


@pytest.mark.parametrize("text, expected", [
    ("(Lund, Berg, and Moss 2010)", [("(Lund, Berg, and Moss 2010)", "Lund, Berg, and Moss", "2010", None)]),
    ("(see Lund, Berg, and Moss 2018, 1321)",
     [("(see Lund, Berg, and Moss 2018, 1321)", "Lund, Berg, and Moss", "2018", ("1321", "1321"))]),
    ("Burkhardt (2004, 159ff)", [("Burkhardt (2004, 159ff)", "Burkhardt", "2004", ("159", "159"))]),
    ("(p. 46.)", [("(p. 46.)", None, None, ("46", "46"))]),
    ("the greater the unsoundness.”(3)", []),  # a note's marker, not a page
    ("as she put it, “a census of nobody” (2012)", [("(2012)", None, "2012", None)]),
    ("what Okafor calls a factory (2000, 35)", [("(2000, 35)", None, "2000", ("35", "35"))]),
])
def test_more_shapes(text, expected):
    assert refs(text) == expected


def test_a_year_alone_resolves_to_the_entry_of_the_author_named_before_it():
    text = REPORT.replace("and (Okafor, 2016b).", "and Okafor’s “counting again” (2016b).")
    source, result = _encoded(text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    cited = result.tree.getroot().xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns)
    assert cited[-1] == "#ref-okafor-2016b"


def test_author_first_free_form_reference_with_a_quoted_title():
    text = "It was so (A. Author, “Counting Things”, Harbour Press (1973) pp 12-3) then."
    (c,) = find_citations(text)
    assert (c.kind, c.title, c.date, c.pages) == ("full", "“Counting Things”", "1973", ("12", "13"))
    assert {s.tag: text[s.start:s.end] for s in c.spans} == {
        "author": "A. Author", "title": "“Counting Things”", "publisher": "Harbour Press",
        "date": "1973", "biblScope": "pp 12-3"}
    source, result = _encoded(REPORT.replace("as Lund and Berg", text + " As Lund and Berg"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    bibl = root.xpath("//t:body//t:p//t:bibl[t:publisher]", namespaces=ns)[0]
    assert bibl.findtext("t:title", namespaces=ns) == "“Counting Things”"  # no q inside
    assert not [w for w in result.warnings if "schema" in str(w)]


def test_edition_and_page_and_a_chapter_of_the_work_cited_last():
    text = "(Okafor 2009) … offspring” (2nd edit., p. 163). And in it (ch. v)."
    first, page, chapter = find_citations(text)
    assert (page.kind, page.edition, page.pages) == ("page", "2nd edit.", ("163", "163"))
    assert chapter.kind == "page"
    assert {s.tag: s.attrib for s in chapter.spans} == {
        "biblScope": {"unit": "chapter", "from": "v", "to": "v"}}
    works = WorksCited()
    assert works.cite(first) == works.cite(page) == works.cite(chapter)



def test_a_page_after_an_authors_name_is_a_page_of_that_authors_work():
    text = ("(Okafor 2009) … as Okafor found. “Five arts,” says Kralik (p.\n175). The first of "
            "them (p. 177). And in the Party (p. 12).")
    first, kralik, later, party = find_citations(text)
    works = WorksCited()
    assert works.cite(first) == "w-okafor-2009"
    assert works.cite(kralik) == works.cite(later) == "w-kralik"
    assert works.works["w-kralik"].author == "Kralik"
    assert works.cite(party) == "w-kralik"  # "the Party": no author, the work cited last


@pytest.mark.parametrize("text", [
    "In 1924 the party met in Leeds and nobody came.",
    "The archive was opened in 2019 to readers.",
])
def test_prose_under_a_literature_heading_is_no_entry(text):
    from edition.structure.references import entry
    assert entry(text) is None


def test_a_section_of_prose_under_literature_stays_prose():
    text = "Reading\n\nBy Ann Writer\n\nSome words here.\n\nLiterature\n\nIn 1924 the poets met.\n\nThe 1930s were quieter.\n"
    source, result = _encoded(text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert result.tree.getroot().xpath("//t:body//t:listBibl", namespaces=ns) == []


NUMBERED = """Counting Mills

By Ada Okafor

(Mill Review 3: e20, May 2008)

Mills are counted poorly [1]–[3], and worse in the hills [2, 4]. The river counts [5] and
[1], [4] agree with it, as far as they go.

References

1. Okafor A, Lund B (2001) Counting mills in a river valley. Mill Rev 31: 101–114.
2. Reed T (1991) A census of the wheels. Leeds: Mill Press.
3. Cole A, Reed T, Lund B, et al. (2002) Mills and their rivers. River J 4: 1–9.
4. Lund B (1997) Hill mills. Mill Rev 12: 5–8.
5. Centers for Mill Studies (2005) Annual count of the wheels. Leeds: Mill Press.
"""


def test_numbered_references_point_at_the_entries_they_number(tei_all):
    from edition.validation import validate_tree
    from edition.verify import check_lossless
    source, result = _encoded(NUMBERED)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=ns)
    assert entries == ["ref-okafor-2001", "ref-reed-1991", "ref-cole-2002", "ref-lund-1997",
                       "ref-centers-2005"]
    refs = [(r.text, r.get("target")) for r in root.xpath("//t:body//t:p//t:ref", namespaces=ns)]
    assert refs == [("[1]–[3]", "#ref-okafor-2001 #ref-reed-1991 #ref-cole-2002"),
                    ("[2, 4]", "#ref-reed-1991 #ref-lund-1997"), ("[5]", "#ref-centers-2005"),
                    ("[1]", "#ref-okafor-2001"), ("[4]", "#ref-lund-1997")]
    assert validate_tree(result.tree, kinds=("rng", "xsd", "sch"), source=result.tei) == []
    assert tei_all.validate(result.tree), tei_all.error_log
    assert check_lossless(source, result.tree) is None


def test_a_numbered_range_is_read_number_by_number():
    got = [(c.text, c.numbers or [c.number]) for c in find_citations(
        "poorly [1]–[3], [6]-[7] and [2, 9–11] but not [9–2] or [1–500] [4]")]
    assert got == [("[1]–[3]", ["1", "2", "3"]), ("[6]-[7]", ["6", "7"]),
                   ("[2, 9–11]", ["2", "9", "10", "11"]), ("[4]", ["4"])]


@pytest.mark.parametrize("text", [
    "Former Custodian Ann Cole reported (oral commun., May 1973) that the mill stood.",
    "She suggested (written commun., Nov. 3, 1973) that the mill stood.",
])
def test_a_communication_without_its_author_is_cited_and_left_unresolved(text):
    found, = find_citations(text)
    assert (found.rule, found.kind, found.author) == ("personal-communication", "full", None)
    _, bibl = _one_bibl("The Mills\n\nBy Ann Cole\n\n" + text + "\n")
    assert bibl.get("corresp") is None  # no work named: none guessed


def test_a_narrative_citation_after_an_office_points_at_the_listed_work():
    text = ("The Mills\n\nBy Ann Cole\n\nAccording to former Superintendent Bates Wilson (1956), the "
            "mill stood by the river.\n\nSelected References\n\nWilson, B. E., 1956, Arches National "
            "Monument: Salt Lake City, Intermountain Assoc., p. 50-51.\n")
    root, bibl = _one_bibl(text)
    assert "".join(bibl.itertext()) == "Bates Wilson (1956)"
    assert bibl.get("corresp") == "#" + root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)[0]


def test_a_narrative_citation_of_two_works_split_by_a_semicolon():
    # the author in the possessive, the years split by a semicolon: two works
    assert [(c.text, c.author, c.date) for c in find_citations("Okafor's (1992; 1999) work")] == [
        ("Okafor's (1992", "Okafor", "1992"), ("1999", "Okafor", "1999")]


@pytest.mark.parametrize("text, expected", [
    ("  Like rivulets in May? I. 7.", ("I. 7.", ("7", "7"))),
    ("  But thereof comes in the end despondency and madness. I, p. 92.", ("I, p. 92.", ("92", "92"))),
    ('  I\'ll think of the mill by the lonely moor." II, p. 72.', ("II, p. 72.", ("72", "72"))),
])
def test_a_volume_and_page_closing_a_reviews_extract(text, expected):
    c, = find_citations(text)
    assert (c.rule, c.kind, (c.text, c.pages)) == ("volume-page-closing-extract", "page", expected)


@pytest.mark.parametrize("text", [
    "He read it in Bancroft's Native Races, Vol. V, p. 16.",  # a volume named so
    'Abdy, "Journal of a Tour in the Mills," III, 62.',  # a title's volume, after a comma
    "The mill stood in Part II. 7 more were built.",  # not the block's end
])
def test_no_volume_and_page_closing_an_extract(text):
    assert not [c for c in find_citations(text) if c.rule == "volume-page-closing-extract"]


@pytest.mark.parametrize("text, expected", [
    ("as he said (pp. 3, 4) and", "(pp. 3, 4)"),  # pages listed
    ("some (Stolz et al. 2014: 109, 119, 145–147) say", "(Stolz et al. 2014: 109, 119, 145–147)"),
    ("search (Acts, 17 : 11, 12) daily", "(Acts, 17 : 11, 12)"),  # a comma after the book
    ("believe John, 3 : 16 now", "John, 3 : 16"),
    # a sermon's text: the book in capitals, a comma, the chapter in small roman figures
    ("                              PROVERBS, xi: 11.", "PROVERBS, xi: 11"),
    # "chap." and "ver." before the chapter and the verse
    ("the golden rule, Matt. chap. vii. ver. 12. And", "Matt. chap. vii. ver. 12"),
])
def test_pages_listed_and_a_book_of_the_bible_with_a_comma(text, expected):
    assert [c.text for c in find_citations(text)] == [expected]


@pytest.mark.parametrize("text", ["John, 3 of them came", "the ages: John, 12, Mark, 10.",
                                  "JAMES, 12 years old", "MARK, xi cases"])
def test_a_name_a_comma_and_a_number_are_no_chapter(text):
    assert find_citations(text) == []


HANGING = "Rates of Decay\n\nBy Ann Cole\n\n{body}\n\n{heading}\n\n{entries}"


@pytest.mark.parametrize("body, heading, entries, ids, cited", [
    ("The rates were described before [1-2] and again [3].", "References",
     "1. Dunbrack RL, Cohen FE. Bayesian statistical analysis of protein\n"
     "    side-chain preferences. Protein Sci. 1997;6:1661-1681.\n"
     "2. Dunbrack RL, Karplus M. Backbone-dependent rotamer library for\n"
     "    proteins. J Mol Biol. 1993;230:543-574.\n"
     "3. Janin J, Wodak S. Conformation of amino acid side-chains in proteins.\n"
     "    J Mol Biol. 1978;125:357-386.\n",
     ["ref-dunbrack-1997", "ref-dunbrack-1993", "ref-janin-1978"],
     ["#ref-dunbrack-1997 #ref-dunbrack-1993", "#ref-janin-1978"]),
    # and author–date entries so set
    ("The rates were described before (Ahalt et al., 2015) and in a policy (AAS Editorial Board, 2016).",
     "REFERENCES",
     "AAS Editorial Board. 2016. Policy statement on mills. Available at\n"
     "    http://example.org/policy.html (accessed 17 February 2016).\n"
     "Ahalt S, Carsey T, Couch A. 2015. Workshop on supporting the mills and\n"
     "    their millers. Technical Report. Arlington: Mill Foundation.\n",
     ["ref-aas-2016", "ref-ahalt-2015"], ["#ref-ahalt-2015", "#ref-aas-2016"]),
    # the whole list set in, its entries less than their turned lines, the same author's next
    # work under a dash
    ("The beds were first described by Hayden (1869) and again later (Hayden 1871); Gunter (1947)"
     " compared them with the sea.",
     "REFERENCES",
     "  GUNTER, G. 1947. Catastrophism in the sea and its paleontological\n"
     "          significance. _Am. J. Sci._ 245(11):669-676.\n"
     "  HAYDEN, F. V. 1869. Preliminary field report of the U.S. Geological\n"
     "          Survey of Colorado and New Mexico. 144 p.\n"
     "  \u2014\u2014. 1871. Preliminary report of the U.S. Geological Survey of Wyoming\n"
     "          and portions of contiguous territories. 511 p.\n",
     ["ref-gunter-1947", "ref-hayden-1869", "ref-hayden-1871"],
     ["#ref-hayden-1869", "#ref-hayden-1871", "#ref-gunter-1947"]),
])
def test_entries_with_a_hanging_indent_and_no_blank_line_between_them(body, heading, entries, ids, cited):
    root = _encoded(HANGING.format(body=body, heading=heading, entries=entries))[1].tree.getroot()
    assert root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS) == ids
    assert root.xpath("//t:body//t:p//t:ref/@target | //t:body//t:p//t:bibl/@corresp", namespaces=NS) == cited


def test_a_source_in_brackets_after_a_dash_closing_a_quotation():
    text = ("The Sugar Question\n\nBy Ann Cole\n\nThe ministers wrote that \u201cit is indispensable to enter "
            "upon some new system.\u201d\u2014(Parl. Papers, No. 57, 8th Feb. 1840.)  In the same year the "
            "critics said so too.")
    root = _encoded(text)[1].tree.getroot()
    assert ["".join(b.itertext()) for b in root.xpath("//t:body//t:p//t:bibl", namespaces=NS)] == [
        "\u2014(Parl. Papers, No. 57, 8th Feb. 1840.)"]  # its dash with it, as for "--2 Tim. ii. 4."


PER_SECTION_LISTS = """Mills of the Valley

By Ann Cole

History

The first mills stood by the river [1]. Their wheels were counted twice [2].

References

1. Okafor A: Counting mills in a river valley. Mill Rev 31: 101-114, 2001.

2. Reed T: A census of the wheels. Leeds: Mill Press, 1991.

Laboratory studies

The wheels turn faster in spring [1], and slower in a dry year [2].

References

1. Lund B: Hill mills. Mill Rev 12: 5-8, 1997.

2. Cole A: Mills and their rivers. River J 4: 1-9, 2002.
"""


def test_each_section_cites_its_own_numbered_list():
    """Where each section's reference list numbers from 1 again, "[1]" is the first entry of the
    list after the citation, not of the text's last list."""
    _, result = _encoded(PER_SECTION_LISTS)
    refs = [(r.text, r.get("target")) for r in result.tree.getroot().xpath("//t:body//t:p//t:ref", namespaces=NS)]
    assert refs == [("[1]", "#ref-okafor-2001"), ("[2]", "#ref-reed-1991"),
                    ("[1]", "#ref-lund-1997"), ("[2]", "#ref-cole-2002")]


FORENAMES_FIRST = """Counting Mills

By Ada Okafor

Mills were counted by hand (Okafor et al., 2018) until Reed and Cole (2017) read the wheels
from the air, as Lund (2007) had proposed.

References

Ada Okafor, Tom Reed, Bea Lund, and Carl Cole. 2018. Counting mills by hand. In MILLS.

Tom Reed and Carl Cole. 2017. Reading the wheels
  from the air. In RIVERS.

Bea Lund. 2007. Wheels from above. Mill Review 4:1–9.
"""


def test_a_list_printing_forenames_first_is_cited_by_surname():
    """ACL lists print every author forename first ("Ada Okafor, Tom Reed, and …"): a citation
    names the surnames, each name's last word."""
    _, result = _encoded(FORENAMES_FIRST)
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    cited = [(b.xpath("string()"), b.get("corresp")) for b in root.xpath("//t:body//t:p//t:bibl", namespaces=NS)]
    assert cited == [("(Okafor et al., 2018)", "#" + entries[0]), ("Reed and Cole (2017)", "#" + entries[1]),
                     ("Lund (2007)", "#" + entries[2])]


MICROPUB = """Rates of Milling

By Ann Cole

Mills were studied in the valley (Olivier Mason et al., 2013) and on the coast (Reed and Hart, 2017).

References

Olivier-Mason A, Wojtyniak M, Bowie RV. 2013. Mills shape the valley. Mill Biol 12: 101-9. PMID: 1.

Reed RJ, Hart BT. 2017. "Role of mills in the coastal economy". Mill Lett 637: 11-17. PMID: 2.

Funding: AC - a Mill Fellowship, Leeds. The Mill Society (PC0009/003)
"""


def test_a_reference_list_with_the_papers_statements_under_it_and_a_double_name_cited_with_a_space():
    # "Funding: …" under the last entry is no entry: the list stands; "Olivier Mason et al."
    # cites "Olivier-Mason A, …"
    source, result = _encoded(MICROPUB)
    root = result.tree.getroot()
    assert root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS) == [
        "ref-olivier-mason-2013", "ref-reed-2017"]
    assert root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS) == [
        "#ref-olivier-mason-2013", "#ref-reed-2017"]
    assert root.xpath("//t:body//t:listBibl/t:bibl//t:title[@level='a']/text()", namespaces=NS)[1] == \
        '"Role of mills in the coastal economy"'
    assert root.xpath("//t:body//t:listBibl/following-sibling::t:p/text()", namespaces=NS) == [
        "Funding: AC - a Mill Fellowship, Leeds. The Mill Society (PC0009/003)"]


def test_a_reference_list_entry_by_a_body_named_in_camel_case():
    from edition.structure.references import entry
    assert entry("pro-iMill Consortium (2014) The Weir Declaration for Open Mill Data. http://www.weir.org/") == (
        "pro-iMill Consortium", "2014")
    assert entry("in 1924 the party met (2014).") is None


def test_a_forename_glued_to_the_surname_by_the_prints_slip_still_finds_the_entry(tmp_path):
    # "the book Encontros com AiltonKrenak (2015)" over "KRENAK, Ailton. Encontros. …, 2015."
    from support import encode_text
    text = ("Memories of the Mill\n\nBy Ann Cole\n\n"
            "Viveiros de Castro's analysis, in the preface to the book Encontros com TomMiller (2015), "
            "points to the failure of the old mills of the valley.\n\nReferences\n\n"
            "MILLER, Tom. Encontros. Org. Sergio Weir. Rio de Janeiro: Azougue, 2015.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns) == ["#ref-miller-2015"]


def test_an_author_a_quoted_title_wrapped_over_a_line_and_its_page_in_brackets():
    text = "As lately as 1831 one hundred persons ruled the mill (Reed, “History of\nthe Mill Bill,” p. 347). Then"
    (c,) = find_citations(text)
    assert (c.kind, c.author, c.pages) == ("full", "Reed", ("347", "347"))
    assert {s.tag: text[s.start:s.end] for s in c.spans} == {
        "author": "Reed", "title": "“History of\nthe Mill Bill,”", "biblScope": "p. 347"}
    # an author and a page without a title is no such reference
    assert [c.rule for c in find_citations("ruled the mill (Reed, p. 347). Then")] != ["author-title-page"]


LETTERED = """QUORUM SENSING IN THE MILL

By A. Writer

Its violet pigment is regulated through a quorum-sensing system mediated by AHL (August et al. 2000). The strain was described from the mill (Martin et al. 2007a) and is toxic to the white fly (Martin et al. 2007b).

References

August PR, Grossman TH, Minor C et al (2000) Sequence analyses of the violacein pathway. J Mol Microbiol Biotechnol 2(4):513–519

Martin PA, Gundersen-Rindal D, Blackburn MB, Buyer J (2007) Chromobacterium subtsugae sp. nov., a betaproteobacterium toxic to Colorado potato beetle. Int J Syst Evol Microbiol 57:993–999

Martin PA, Horise E, Aldrich JR (2007) Toxicity of Chromobacterium subtsugae to southern green stink bug. J Econ Entomol 100:680–684
"""


def test_a_month_with_others_after_it_is_an_author_and_lettered_years_count_the_lists_bare_ones():
    # "(August et al. 2000)": a surname; "(Martin et al. 2007a)", "(Martin et al. 2007b)" where the
    # list prints both years bare: its first and its second work of 2007 by Martin
    root = _encoded(LETTERED)[1].tree.getroot()
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert cited == ["#ref-august-2000", "#ref-martin-2007", "#ref-martin-2007-2"]
    # a month alone is a date still
    assert refs("as the mill report said (June 1988).") == []


SCIENCE_STYLE = """Counting Mills by Their Wheels

A. Okafor, K. Reed

Mills were counted by hand for a century (1–3). Reading the wheels from the air (2, 4) was
proposed later, by those who flew over the valley with a camera and a map of the river
(4).

The count was repeated by hand in 2019 (5).

REFERENCES AND NOTES

1. A. Okafor, B. Lund, Counting mills by hand. J. Mill Stud. 12, 1–20 (2001).

2. K. Reed, History of the mill bill. Mill Rev. 4, 33–47 (1991).

3. S.-W. Cole, Wheels and water. Hydrol. Lett. 9, 101–110 (2002).

4. B. Lund, A. Okafor, Mills from the air. Remote Sens. Mills 2, 7–19 (1997).

5. M. R. Centers, The census of mills. Mill Census Rep. 1, 1–9 (2005).
"""


def test_references_and_notes_numbered_and_cited_in_brackets_are_a_reference_list():
    # Science's "REFERENCES AND NOTES": entries that read as references, cited "(1–3)", "(2, 4)"
    # (no note calls in the text) are the paper's reference list, not endnotes; an entry's id
    # takes its first author's surname though initials come first
    root = _encoded(SCIENCE_STYLE)[1].tree.getroot()
    assert root.xpath("//t:note", namespaces=NS) == []
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    assert entries == ["ref-okafor-2001", "ref-reed-1991", "ref-cole-2002", "ref-lund-1997",
                       "ref-centers-2005"]
    refs_ = [(r.text, r.get("target")) for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)]
    assert refs_ == [("(1–3)", "#ref-okafor-2001 #ref-reed-1991 #ref-cole-2002"),
                     ("(2, 4)", "#ref-reed-1991 #ref-lund-1997"), ("(4)", "#ref-lund-1997"),
                     ("(5)", "#ref-centers-2005")]


def test_a_page_with_a_capital_p_and_no_stop_or_a_comma_left_before_the_bracket():
    # an old lecture's "(P 97)", "(P. 124,)": pages of the work cited last; "(P1)" is a
    # participant's code
    got = [(c.text, c.rule) for c in find_citations(
        'under the eye of Hyde, (P 97). Then "left lying." (P. 124,) Of like character. One nurse (P1) said')]
    assert got == [("(P 97)", "page"), ("(P. 124,)", "page")]


def test_a_title_in_full_a_comma_and_its_chapter_in_brackets():
    got = [(c.text, c.title) for c in find_citations(
        'designates them as criminal. (Life in Utah, Chap. 2.) Then Smith (Smith, Chap. 3) wrote')]
    assert got == [("(Life in Utah, Chap. 2.)", "Life in Utah")]


def test_a_surname_with_a_typeset_hyphen():
    # a journal's XML prints its hyphens as U+2010: "(Milner‐Gulland, 2024)", "[Pantoja‐Lima et
    # al., 2014]" are author–date citations as "(Milner-Gulland, 2024)" is
    got = [(c.text, c.author) for c in find_citations(
        "hunting rose (Milner\u2010Gulland, 2024) and so did trade [Pantoja\u2010Lima et al., 2014].")]
    assert got == [("(Milner\u2010Gulland, 2024)", "Milner\u2010Gulland"),
                   ("[Pantoja\u2010Lima et al., 2014]", "Pantoja\u2010Lima et al.")]


def test_a_work_in_preparation_cited_and_listed_with_its_state_for_a_year():
    # "(Baral et al. in prep.)" and the entry "Baral HO, Weber E, Marson G (in prep.) Monograph …"
    # among entries with a hanging indent: the list is read, the citation points at the entry
    text = ("Mills of the Valley\n\nBy Ann Cole\n\n"
            "The wheel is an old one (Reed 1992), and its kin are treated elsewhere (Reed et al. in prep.).\n\n"
            "References\n\n"
            "Reed TO, Weir E, Cole A (in prep.) Monograph of the mills of the valley\n"
            "    based on vital milling.\n\n"
            "Reed TO (1992) Vital versus herbarium milling: morphological differences\n"
            "    between living and dead wheels. Millers 44: 333–390.\n")
    _, result = _encoded(text)
    root = result.tree.getroot()
    entries = root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS)
    assert len(entries) == 2
    cited = root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS)
    assert sorted(cited) == sorted(f"#{e}" for e in entries)


def test_an_authors_line_over_the_years_of_the_works_set_in_under_it_no_stop_after_the_name():
    # "Baird, Donald" / "  1967. Age of Fossil Birds …" // "Brodkorb, Pierce" / "  1963a. …" //
    # "  1963b. …" (the same author's next work, a block of its own); the authors' line wrapped at
    # the margin over the year ("Perry, W.J., Jr, J.P. Minard, …, and E.C." / "Rhodehamel")
    text = ("Fossil Birds of the Mill\n\nBy Ann Cole\n\n"
            "The birds were first described by Baird (1967) and by Brodkorb (1963a, 1963b); Perry et al. "
            "(1975) mapped the beds.\n\n                        Literature Cited\n\n"
            "Baird, Donald\n  1967. Age of Fossil Birds from the Mill. _Auk_,\n       84:260-262.\n\n"
            "Brodkorb, Pierce\n  1963a. Birds from the Upper Mill. _Proceedings_,\n       pages 55-70.\n\n"
            "  1963b. Catalogue of Fossil Birds, Part 1. _Bulletin of the\n       Mill Museum_, 7(4):179-293.\n\n"
            "Perry, W.J., Jr, J.P. Minard, E.G.A. Weed, S.L. Robbins, and E.C.\nRhodehamel\n"
            "  1975. Stratigraphy of the Mill Basin. _Bulletin_, 59:1-20.\n")
    root = _encoded(text)[1].tree.getroot()
    assert root.xpath("//t:body//t:listBibl/t:bibl/@xml:id", namespaces=NS) == [
        "ref-baird-1967", "ref-brodkorb-1963a", "ref-brodkorb-1963b", "ref-perry-1975"]
    assert not root.xpath("//t:body//t:quote", namespaces=NS)
