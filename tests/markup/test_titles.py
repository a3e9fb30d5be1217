# SPDX-License-Identifier: MIT
"""Rule "quoted-titles": titles in quotation marks known by their shape (issue 12), on invented
examples — and the quoted words that are no title."""

import pytest
from lxml import etree

from edition.editorial import load_editorial
from edition.encoder import encode_source
from edition.markup.titles import quoted_title
from edition.text.source import Source

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize("inner, before", [
    ("The Fair Maid of Perth", "the author of "),
    ("It is Never Too Late to Mend", "Mr. Reade's "),
    ("Counting Mills: Using Machine Learning to Date Oral History Collections.", "see "),
    ("A Backward Glance o'er Travel'd Roads", "in "),
    ("Waverley", "the novel "),
    ("Dred", "author of "),
    # after "the", a title that speaks like one: a small word inside, or a periodical's name
    ("Essay on Population", "promulgated by Malthus himself in the "),
    ("Stamford Mercury", "as reported in the "),
    # another language's small words; one word after an owner, a performance, a tune
    ("Lucia di Lammermoor", "as, for instance, Edgar in "),
    ("Philosophy", "since the day of Mr. Tupper's "),
    ("Nomenclature.", "we turn to Mr. Ridgway’s recent "),
    ("Cinderella,", "attended the performance of "),
    ("Maryland", "sang “Iowa” to the tune of "),
    ("Hamlet", "a performance of "),
    # old books' prepositions; a paper's one-word name after "the"
    ("Inquiry concerning Political Justice,", "a reply to William Godwin’s "),
    ("Examination of the Scotch Intellect during the Eighteenth Century,", "in his "),
    ("Times", "Now we can have the "),
    # in sentence case, what is sung, played or so called just before it
    ("Humbugged Husband,", "one of the number, was singing the "),
    ("Sleep, gentle lady,", "unless he took a part in the famous glee "),
    ("A Cobbler there was,", "to the tune of "),
    ("Jordan is a hard road to travel.", "snatched his fiddle down from the wall, and\nplayed "),
    ("Love in a hollow Tree,", "the author of a play, called "),
    # a poem's title names its kind first, whatever stands before it
    ("Ode to Duty,", "Further on, we find an "),
    ("Lines to the Mill.", "she sent him her "),
    ("Ode,", "and then an "),
    # a work its author is named by, an article between
    ("Comic History of the Mill", "Gilbert Reed\u2014author of a "),
    # in sentence case, what an address is on, a preface to, a film, a volume of, a poet of
    ("The value of the mill.", "the Principal delivered an address on "),
    ("Rimini,", "the poetry which he gave us in his preface to "),
    ("Índio, Cidadão?", "In the movie "),
    ("Miscellanies", "in the fifth volume of the "),
    ("Ancient mill-wheel", "the poet of the "),
    # in sentence case after its maker's name in the possessive
    ("Maiden lamenting for her Mill,", "We copy a portion of Marvell's "),
    ("The voice of the miller,", "one of his favourite recitations was Dr. Watts' "),
])
def test_titles(inner, before):
    assert quoted_title(inner, before)


@pytest.mark.parametrize("inner, before", [
    ("weak in mind and body", "the "),          # lower case: a phrase
    ("Progress", "the "),                       # one word without a word naming a work
    ("We Shall Go On. and then we stopped", ""),  # a sentence inside
    ("The river rose and the town was flooded", ""),  # a sentence in lower case
    ("Ivanov’s, Semenov’s, Stepanov’s.", "the number: "),  # names listed
    ("Leninist Levy", "the party announced a "),  # a thing of that name
    ("Leninist Levy", "the vanguard, the "),       # a campaign so named
    ("Orphans of October", "it is the "),          # a group so named
    ("Progress", "his "),                        # one word after a pronoun's possessive
    ("Well, I am come to wish you all goodbye,", "her usual civil composed\nair, "),  # a manner
    ("Come in, all of you!", "he called "),      # called out: speech
    ("Lines of men, and more of them! ", "he cried "),  # a kind's word opening words
    ("the mill is the town's", "he talked on "),  # lower case after a word of speaking
    ("Go home, all of you!", "it was Smith's "),  # a cry after a name's possessive
    ("The mill. It stood there", "Smith's "),     # sentences
])
def test_no_titles(inner, before):
    assert not quoted_title(inner, before)


def _tags(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    ed = tmp_path / "article.toml"
    ed.write_text("", encoding="utf-8")
    root = encode_source(Source(path=path, text=text, sha256="0" * 64), load_editorial(ed)).tree.getroot()
    return [(etree.QName(e).localname, e.get("level"), "".join(e.itertext()))
            for e in root.xpath("//t:text//t:title | //t:text//t:q | //t:text//t:quote | //t:text//t:said",
                                namespaces=NS)]


def test_a_quoted_title_is_a_title_with_its_marks_and_no_level(tmp_path):
    text = ("Mr. Cole has written “The Fair Maid of the Mill,” and the novel “Dred” is his too. "
            "The critics called it “an expensive diversion”. Cole said: “We will write more of "
            "them next year, whatever the critics say.”")
    assert _tags(tmp_path, text) == [
        ("title", None, "“The Fair Maid of the Mill,”"), ("title", None, "“Dred”"),
        ("q", None, "“an expensive diversion”"),
        ("said", None, "“We will write more of them next year, whatever the critics say.”")]


def test_a_title_named_as_one_is_a_title_a_phrase_named_as_one_is_not(tmp_path):
    text = ("Judge Reed responded to the toast, “The Mill Judiciary,” and Ann Cole replied to the "
            "toast: “Early Days in the Valley.” Her slogan, “Mills For All,” won the day.")
    assert _tags(tmp_path, text) == [
        ("title", None, "“The Mill Judiciary,”"), ("title", None, "“Early Days in the Valley.”"),
        ("q", None, "“Mills For All,”")]
    # an item "headed" so: its headline, a title
    text = "On October 19th the Mill Hub published an item headed “Millers Called to Discuss Handling of Weirs.” It ran."
    assert _tags(tmp_path, text) == [("title", None, "“Millers Called to Discuss Handling of Weirs.”")]


def test_a_quoted_title_in_a_note_stays_its_references(tmp_path):
    text = ("The orator spoke of Pericles.1\n\n1 Aspasia, vide \"Plutarch's Life of Pericles.\"")
    tags = _tags(tmp_path, text)
    assert ("title", "m", "\"Plutarch's Life of Pericles.\"") in tags


def test_a_chicago_note_with_et_al_an_issue_and_its_date_in_brackets(tmp_path):
    text = ("The data were counted again.[1] The river rose.\n\nNOTES\n\n[1] Kath Cole et al., "
            "\"Data Cultures of Mills: Emerging Issues,\" Mill & Society 4, no. 2 (December 1, 2017): 2, "
            "https://doi.org/10.1/mills.")
    tags = _tags(tmp_path, text)
    # the article's title (level a) in its journal (level j), the journal's volume after it
    assert ("title", "a", "\"Data Cultures of Mills: Emerging Issues,\"") in tags
    assert ("title", "j", "Mill & Society") in tags
    assert not any(tag in ("quote", "said") for tag, _, _ in tags)


def test_a_quoted_title_in_a_note_no_reference_reads_is_a_title_still(tmp_path):
    text = ("The orator spoke of the miller's many books.1\n\n"
            "1 Among them \"Mills of the Valley,\" '72; \"New Key to North American Mills,\" '84; "
            "and the pamphlet called \"a great nuisance\" by his neighbours.")
    tags = [(tag, words) for tag, _, words in _tags(tmp_path, text)]
    assert ("title", "\"Mills of the Valley,\"") in tags and ("title", "\"New Key to North American Mills,\"") in tags
    assert ("q", "\"a great nuisance\"") in tags


def test_a_note_that_is_a_long_quoted_title_alone_is_its_title(tmp_path):
    # '[1] "Letters from a Citizen of Newhaven to a Citizen of Virginia on the Uselessness of …"':
    # a title however long where it is the whole note; words in small letters, a passage still
    text = ("The orator spoke of the miller's letters.[1] And of his other letters.[2]\n\n"
            "[1] \"Letters from a Miller of Newhaven to a Miller of Virginia on the Uselessness of Dividing "
            "the Water Power in Several Weirs, with Some Remarks on the Dams.\"\n\n"
            "[2] \"The mill was a great nuisance to all who lived along the river below it, and the "
            "miller knew it well and did nothing.\"")
    tags = [(tag, words[:12]) for tag, _, words in _tags(tmp_path, text)]
    assert tags == [("title", "\"Letters fro"), ("quote", "\"The mill wa")]


def test_a_title_known_once_is_a_title_wherever_the_same_words_are_quoted(tmp_path):
    text = ("Mr. Cole has written the novel \u201cDred,\u201d a tale of the mills. Nobody reads "
            "\u201cDred\u201d now, and the critics called it \u201cDull\u201d at the time.")
    assert [(tag, words) for tag, _, words in _tags(tmp_path, text)] == [
        ("title", "\u201cDred,\u201d"), ("title", "\u201cDred\u201d"), ("q", "\u201cDull\u201d")]


def test_a_title_that_quotes_a_word_holds_no_phrase(tmp_path):
    # a novel called The "Genius": the inner marks are the title's, known or cued
    text = ("Turn to page 703 of the novel \u201cThe \u2018Genius.\u2019\u201d By then one is tired. If, "
            "reading \u201cThe \u2018Genius,\u2019\u201d one were engrossed, one would not sleep.")
    assert [(tag, words) for tag, _, words in _tags(tmp_path, text)] == [
        ("title", "\u201cThe \u2018Genius.\u2019\u201d"), ("title", "\u201cThe \u2018Genius,\u2019\u201d")]


def test_the_short_title_of_a_work_a_note_gives_is_a_title_where_the_text_quotes_it(tmp_path):
    text = ("At length we have Mrs. Cole's new novel,1 and \"Mill\" will be devoured by the public.\n\n"
            "1 \"Mill; a Tale of the Great Dismal Valley.\" By Ann Cole. London: Sampson Low and Co.")
    tags = [(tag, words) for tag, _, words in _tags(tmp_path, text)]
    assert ("title", "\"Mill\"") in tags and ("q", "\"Mill\"") not in tags


def test_a_title_after_a_word_naming_a_work_whatever_verb_follows(tmp_path):
    text = ("He touched the shore of the valley, and in his book, “Travels in the Interior of the "
            "Mill,” speaks about the great fertility of its soil. “We shall grind here,” said Reed.")
    assert _tags(tmp_path, text) == [
        ("title", None, "“Travels in the Interior of the Mill,”"), ("said", None, "“We shall grind here,”")]


@pytest.mark.parametrize("inner, before, after", [
    # a part of the work named by its title
    ("Presentation interface", "As I shall discuss in the ", " section, the"),
    ("Results", "the same term by GenBank (see ", " below). Other"),
    ("American Commonwealths", "he also edited the ", " series, and two detached volumes"),
    # a paper's name after the place it is printed in
    ("Gazette,", "The first newspaper, the Pittsburgh ", " was established in 1786"),
    ("Nation", "no disrespect was shown to him, when the New York ", " headed its sketch"),
    ("Editorial team and acknowledgements", "comprehensive, the ", "-page does"),
    # a work said to be one after its title, or named as one before it
    ("Hypocrite,", "We went to the Lyceum, and saw the ", " an old play taken from Molière"),
    ("Utilitarianism,", "Mr. J.S. Mill speaks, in his celebrated work, ", " (1864, pp. 45, 46)"),
    ("Dixie,", "He wrote several popular airs, ", " which afterward became famous"),
    ("Dixie,", "He wrote several popular airs, one of them being ", " which afterward became famous"),
    ("Prometheus,", "in his longer poems, like ", " half the voyage is spent"),
    ("Magnalia Molinaria,", "The very object of his greatest work, the ", " is to show the mills"),
    # a paper named as one after its title, or before it in apposition
    ("Mill Beat,", "and quarters for the ", " a journal published during the fair"),
    ("Freie Mühle.", "began the publication of a German daily paper, the ", ""),
    # a chapter, lectures named by their subject; a reference work by its edition
    ("Milling", "On page 179 of the lectures on\n", " he enumerates"),
    ("Encyclopædia Molinaria:", "in the ninth edition of the ", " \"Throughout the"),
    # a work with its author after it
    ("Education of the Millers since 1860,", "[2] ", " by J. L. M. Reed, LL. D. Occasional Papers"),
])
def test_a_title_by_what_stands_before_or_after_it(inner, before, after):
    assert quoted_title(inner, before, after)
    assert not quoted_title(inner.lower(), before, after)  # a phrase in lower case stays one


def test_a_song_sung_or_played_by_its_title_is_a_title_words_sung_are_speech(tmp_path):
    text = ("The quartette sang \"The Star Spangled Banner\" and the millers joined in the chorus. "
            "Then the band played \"Iowa\" to the tune of \"Maryland\". At the close the miller "
            "sang, \"We shall grind the corn till the river runs dry!\"")
    tags = [(tag, words) for tag, _, words in _tags(tmp_path, text)]
    assert ("title", "\"The Star Spangled Banner\"") in tags and ("title", "\"Iowa\"") in tags
    assert ("said", "\"We shall grind the corn till the river runs dry!\"") in tags
    text = "At the close the miller sang, \"We shall grind the corn till the river runs dry\" and left."
    assert [tag for tag, _, _ in _tags(tmp_path, text)] == ["said"]


def test_a_word_in_marks_after_a_place_is_a_papers_name_only_if_a_paper_is_so_called():
    assert not quoted_title("Freedom", "they marched through Boston ", " and home")
    assert quoted_title("Tribune,", "sent his report to the New York\n", " stating that")


def test_a_work_cited_by_its_page_or_year_in_a_note_is_a_title_whatever_verb_led_in(tmp_path):
    # '("Polit. Anatomy of Ireland," 1672)' after words 'pointed out' led in: the work, no speech;
    # the man who named it is no speaker, and has no entry
    text = ("The Mills of Leeds\n\nBy Ann Cole\n\nThe mills were many.[1]\n\n"
            "[Footnote 1: Sir Thomas Reed had, long before, pointed out that \"it was scarce necessary "
            "at all for Leeds to buy any flour\" (\"Polit. Anatomy of Leeds,\" 1672), and Ann Hart's "
            "notes in her \"History of the Mill Church,\" p. 320, say the same. [T. S.]]\n")
    _tags(tmp_path, text)
    root = encode_source(Source(path=tmp_path / "article.txt", text=text, sha256="0" * 64),
                         load_editorial(tmp_path / "article.toml")).tree.getroot()
    titles = ["".join(t.itertext()) for t in root.xpath("//t:note//t:title", namespaces=NS)]
    assert "\"Polit. Anatomy of Leeds,\"" in titles and "\"History of the Mill Church,\"" in titles
    assert not root.xpath("//t:person", namespaces=NS)


def test_a_work_with_its_author_after_it_in_a_note_is_a_title(tmp_path):
    text = ("The Mills of Leeds\n\nBy Ann Cole\n\nThe mills were many.[1]\n\n"
            "[1] \u201cEducation of the Millers since 1860,\u201d by J. L. M. Reed, LL. D. Occasional Papers, No. 3.\n")
    _tags(tmp_path, text)
    root = encode_source(Source(path=tmp_path / "article.txt", text=text, sha256="0" * 64),
                         load_editorial(tmp_path / "article.toml")).tree.getroot()
    titles = ["".join(t.itertext()) for t in root.xpath("//t:note//t:title", namespaces=NS)]
    assert "\u201cEducation of the Millers since 1860,\u201d" in titles


def test_a_papers_column_named_with_the_paper_after_it_is_a_title():
    # 'not the "Easy Chair" of Harper's Magazine', '"Mill Notes" in the Riverton Gazette'
    assert quoted_title("Easy Chair", "and not the ", " of Harper's Magazine, I conquer")
    assert quoted_title("Mill Notes", "as he wrote in ", " in the Riverton Gazette last week")
    # a group so named stays none, the paper after it or not
    assert not quoted_title("Leninist Levy", "announced the ", " of the party")


def test_phrases_listed_with_a_quoted_title_are_titles_too(tmp_path):
    # '“Confessions …;” and “Notes from the Pocket-book of a late Opium-eater;” including …': each
    # member of a list one of which reads as a title, capitalised as titles are, is a title; not
    # a sentence in small letters listed so, not one thing named twice with "or"
    text = ("The little volume is made up of “Confessions of an English Miller;” and “Notes from the "
            "Pocket-book of a late Miller;” including “Walking Reed,” and “On the Knocking at the Mill.” "
            "Entries are in the form: ‘Call on X’; ‘Y dines’; ‘write 3 pages’. Dear to the natives as "
            "the “Quonecticut,” or “Long River,” it flows on.")
    tags = _tags(tmp_path, text)
    assert tags[:4] == [
        ("title", None, "“Confessions of an English Miller;”"),
        ("title", None, "“Notes from the Pocket-book of a late Miller;”"),
        ("title", None, "“Walking Reed,”"), ("title", None, "“On the Knocking at the Mill.”")]
    # (‘Call on X’ and “Long River,” read as titles on their own)
    assert ("q", None, "‘Y dines’") in tags and ("q", None, "“Quonecticut,”") in tags


def test_a_work_cited_by_its_page_after_its_quoted_title_not_a_sentence_spoken_in():
    # 'in his "History of St. Patrick's Mill," p. 320' names a work; '“Nowhere do we see
    # absolutely primitive man, and a mill in the making,” p. 29' quotes its words
    assert quoted_title("History of St. Patrick's Mill,", "Reed's notes in his ", " p. 320")
    assert not quoted_title("Nowhere do we see absolutely primitive man, and a mill in the making,",
                            "Tom Reed, Secret of the Mill, p. 27.—", " p. 29.")


def test_a_title_after_the_poem_or_the_title_of_it_names_and_the_same_words_elsewhere_are_it(tmp_path):
    # "the poem of the “Ancient Mariner,”", "The title of the ‘Ancient Mariner’", then "the
    # ‘Ancient Mariner’" alone: the poem each time
    assert quoted_title("Ancient Mariner,", "Then came the poem of the ")
    assert quoted_title("Ancient Mariner", "The title of the ")
    assert not quoted_title("Ancient Mariner", "the self-possessed power of the ")
    tags = _tags(tmp_path, "Then came the poem of the “Ancient Mariner,” founded on a dream. Later the "
                           "critics praised the ‘Ancient Mariner’ more than any other poem in the book.")
    assert [(tag, words) for tag, _, words in tags] == [("title", "“Ancient Mariner,”"),
                                                       ("title", "‘Ancient Mariner’")]
