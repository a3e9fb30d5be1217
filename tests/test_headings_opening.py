# SPDX-License-Identifier: MIT
"""The opening-lines and section-headings rules on invented articles shaped like real ones
(issue 12): stacked opening lines, titles ending in a full stop, source lines with more after the
date, bylines in their common forms; headings in sentence case, capitals, numbered, indented."""

import textwrap

import pytest

from edition.structure import recognise
from edition.structure.dates import find_date, is_dateline, is_letter_dateline, parse_date
from edition.structure.headings import find_headings
from edition.structure.opening import byline_name, is_byline, name_score, names_author
from edition.structure.model import Dateline, Note, ReferenceList
from edition.text.blocks import split_blocks
from support import encode_text

TEI = "http://www.tei-c.org/ns/1.0"

BODY = ("The river rose all night, and by morning the lower town was under water. Nobody had "
        "seen anything like it since the great flood, and the council met at once.")


def doc_of(text):
    return recognise(split_blocks(text))


def opening_of(text):
    o = recognise(split_blocks(text + "\n\n" + BODY + "\n\n" + BODY)).opening
    return (o.title.text if o.title else None, o.author.text if o.author else None,
            o.source_line.block.text if o.source_line else None)


@pytest.mark.parametrize("text, expected", [
    # title, byline and source stacked in one block
    ("Flood Town!\nBy Mary Jones\n(Valley Gazette, 4 October 1913)",
     ("Flood Town!", "By Mary Jones", "(Valley Gazette, 4 October 1913)")),
    # a title ending in a full stop; initials as a byline
    ("THE OLD MILL.\nBy R. T.\n(Parish Monthly, Vol. II, No. 3, April 1906)",
     ("THE OLD MILL.", "By R. T.", "(Parish Monthly, Vol. II, No. 3, April 1906)")),
    # a review's headline in capitals run on by a comma into the reviewed book's long title,
    # wrapped down to its author, over the source in brackets
    ("REVIEW OF A JOURNEY TO THE MILLS,\n\nFrom Leeds to the Dale, through Otley, &c. with thoughts, "
     "moral\nand religious; in six letters: addressed to two ladies. To which is added,\nan Essay on "
     "Weirs. By Mr. H.\n-----.\n\n[From the Mill Magazine, vol. ii. No. xiii. 1757.]",
     ("REVIEW OF A JOURNEY TO THE MILLS,", None, "[From the Mill Magazine, vol. ii. No. xiii. 1757.]")),
    # more after the date
    ("Rivers\n\nAnna Smith\n\n(Review, May 2001, CC BY)", ("Rivers", "Anna Smith", "(Review, May 2001, CC BY)")),
    ("The Quiet Harbour\n\nUpdated 3 June 2019", ("The Quiet Harbour", None, "Updated 3 June 2019")),
    # a reviewed book's long title page over the bracketed source line, its imprint undated
    ("The Letters and Diaries of Tom Reed, Keeper of the Mill from 1809 to 1830; a Founder and for Many "
     "Years a Chief Contributor to the Mill Review; and the Political, Literary or Personal Associate of "
     "Nearly All the Leading Millers in the Valley of his Time. Edited by Ann Cole. With portrait. Two "
     "volumes. New York: Mill Press.\n\n(The Mill Magazine, New Series, Vol. XLI, No. 1, January, 1885: Notices)",
     ("The Letters and Diaries of Tom Reed, Keeper of the Mill from 1809 to 1830; a Founder and for Many "
      "Years a Chief Contributor to the Mill Review; and the Political, Literary or Personal Associate of "
      "Nearly All the Leading Millers in the Valley of his Time. Edited by Ann Cole. With portrait. Two "
      "volumes. New York: Mill Press.", None,
      "(The Mill Magazine, New Series, Vol. XLI, No. 1, January, 1885: Notices)")),
    # whose speech it is, alone over the source line: the title (under a title, the byline)
    ("SPEECH OF MR. REED, OF HOLME.\n\n(Addresses on the Mills of the County, delivered in the House, "
     "February 6, 1892. Holme: Mill Press, 1892)",
     ("SPEECH OF MR. REED, OF HOLME.", None, "(Addresses on the Mills of the County, delivered in the House, "
      "February 6, 1892. Holme: Mill Press, 1892)")),
    ("THE MILLS OF HOLME.\n\nSPEECH OF MR. REED, OF HOLME.\n\n(Addresses on the Mills, Holme: Mill Press, 1892)",
     ("THE MILLS OF HOLME.", "SPEECH OF MR. REED, OF HOLME.", "(Addresses on the Mills, Holme: Mill Press, 1892)")),
    # an old title page's long title, its first words in capitals, over its imprint in brackets
    ("AN ACCOUNT OF THE MILLS ON THE RIVER WEIR; Wherein is shewn the great benefit of keeping the "
     "ancient Courses of the Water, and the mischief done by new Dams, which have ruined the Millers "
     "of the lower Town, so that their Wheels may be said to stand idle the whole Summer!\n\n"
     "(LONDON: PRINTED BY ANN COLE, MILL YARD. M.DCC.XC.)",
     ("AN ACCOUNT OF THE MILLS ON THE RIVER WEIR; Wherein is shewn the great benefit of keeping the "
      "ancient Courses of the Water, and the mischief done by new Dams, which have ruined the Millers "
      "of the lower Town, so that their Wheels may be said to stand idle the whole Summer!", None,
      "(LONDON: PRINTED BY ANN COLE, MILL YARD. M.DCC.XC.)")),
    ("TRIAL OF TOM REED, AT WEIR ASSIZES, ON Monday the 3d of May, 1801; CHARGED WITH BREAKING a "
     "SLUICE of the MILL, IN THE YARD OF JOHN MILL, Miller & Maltster, of the Parish of Holme, AS TAKEN IN SHORT HAND.\n\n(Holme: Printed and "
     "sold by J. Mill, 1801)",
     ("TRIAL OF TOM REED, AT WEIR ASSIZES, ON Monday the 3d of May, 1801; CHARGED WITH BREAKING a "
      "SLUICE of the MILL, IN THE YARD OF JOHN MILL, Miller & Maltster, of the Parish of Holme, AS TAKEN IN SHORT HAND.", None,
      "(Holme: Printed and sold by J. Mill, 1801)")),
    # and its imprint not in brackets, in capitals like the title
    ("SPEECH OF TOM REED, CONVICTED OF A BREACH OF THE MILL LAW, BEFORE JUDGE COLE, OF THE WEIR "
     "DISTRICT COURT, HOLME, ILL.\n\nHOLME: PUBLISHED BY THE MILL SOCIETY. 1860.",
     ("SPEECH OF TOM REED, CONVICTED OF A BREACH OF THE MILL LAW, BEFORE JUDGE COLE, OF THE WEIR "
      "DISTRICT COURT, HOLME, ILL.", None, "HOLME: PUBLISHED BY THE MILL SOCIETY. 1860.")),
    # the paper a report is taken from, its day without a year
    ("TRIAL OF MISS ANN COLE.\n\nFROM THE LEEDS UNIONIST, AUGUST 29.",
     ("TRIAL OF MISS ANN COLE.", None, "FROM THE LEEDS UNIONIST, AUGUST 29.")),
    ("Trial of Tom Reed\n\nFrom the Mill Gazette, Sept. 3d.", ("Trial of Tom Reed", None, "From the Mill Gazette, Sept. 3d.")),
    ("Storm hits the coast\n\nTuesday, January 28, 2014",
     ("Storm hits the coast", None, "Tuesday, January 28, 2014")),
    ("Storm hits the coast\n\nBy Ana Ruiz\n\nCoast Online, Tuesday, June 9th, 2009",
     ("Storm hits the coast", "By Ana Ruiz", "Coast Online, Tuesday, June 9th, 2009")),
    ("Remarks on the Harbour\n\nMAY 3, 2021 • SPEECHES AND REMARKS",
     ("Remarks on the Harbour", None, "MAY 3, 2021 • SPEECHES AND REMARKS")),
    # bylines in their common forms
    ("The Mill\n\nby JANE SMITH\n\n(Review, May 2001)", ("The Mill", "by JANE SMITH", "(Review, May 2001)")),
    ("The Mill\n\nJane Smith and John Doe\n\n(Review, May 2001)",
     ("The Mill", "Jane Smith and John Doe", "(Review, May 2001)")),
    ("The Mill\n\nJane Smith, Labour correspondent\n\n(Review, May 2001)",
     ("The Mill", "Jane Smith, Labour correspondent", "(Review, May 2001)")),
    ("Counting mills in a river valley\n\nAnn B Cole, Tom Reed, and Lucía Núñez\n\n(Mills 2019;8:e4, 31 July 2019)",
     ("Counting mills in a river valley", "Ann B Cole, Tom Reed, and Lucía Núñez", "(Mills 2019;8:e4, 31 July 2019)")),
    ("THE MILL\n\nBY THE REV. A. B. COLE, M.A.\n\n(Elm: Printed by T. Bell, 1887)",
     ("THE MILL", "BY THE REV. A. B. COLE, M.A.", "(Elm: Printed by T. Bell, 1887)")),
    ("The Mill\n\nBy the Rev. A. B. Cole, D.D., Vicar of Elm\n\n(Sermons; London: Smith & Co., 1901)",
     ("The Mill", "By the Rev. A. B. Cole, D.D., Vicar of Elm", "(Sermons; London: Smith & Co., 1901)")),
    # a name in capitals after the title, an imprint without a date, a wrapped source line
    ("Of Mills and Rivers\n\nCOLE\n\n(The Miller No. 6, 14 November 1787)",
     ("Of Mills and Rivers", "COLE", "(The Miller No. 6, 14 November 1787)")),
    ("THE LIFE OF A MILLER\nTom Reed\n(London: Elm Press, 12, Mill Row)",
     ("THE LIFE OF A MILLER", "Tom Reed", "(London: Elm Press, 12, Mill Row)")),
    ("Mills\n\nTom Reed\n\n(Mills and Rivers: A Study, Lecture I;\nLondon: Elm Press, 1902)",
     ("Mills", "Tom Reed", "(Mills and Rivers: A Study, Lecture I;\nLondon: Elm Press, 1902)")),
    ("mills: a package for counting\nAnn Cole, Tom Reed\nJournal of Mills, 3(30), 774 (2018)",
     ("mills: a package for counting", "Ann Cole, Tom Reed", "Journal of Mills, 3(30), 774 (2018)")),
    # a byline closed by a full stop; a source line dated by the year alone; a time after "@"
    ("A Letter to the Millers\n\nBy T. Reed.\n\n(Reprinted from THE MILLER, December, 1918)",
     ("A Letter to the Millers", "By T. Reed.", "(Reprinted from THE MILLER, December, 1918)")),
    ("What Is a Mill?\n\nTom Reed, translated by Ann Cole\n\n(What Is a Mill?, 1898; chapter II)",
     ("What Is a Mill?", "Tom Reed, translated by Ann Cole", "(What Is a Mill?, 1898; chapter II)")),
    ("Valley: Millers React\n\nby Ann Cole\n\nFriday, June 5th, 2009 @ 16:00 UTC",
     ("Valley: Millers React", "by Ann Cole", "Friday, June 5th, 2009 @ 16:00 UTC")),
    # an ISO date under the title; a date in brackets closing the line; a date after ", on"
    ("Talk with Ann Cole\n2016-08-12", ("Talk with Ann Cole", None, "2016-08-12")),
    ("Counting mills in a valley\nAnn Cole, Tom Reed, Lucía Núñez\nMills Research 2020, 9:97 (version 1, "
     "published 11 August 2020)",
     ("Counting mills in a valley", "Ann Cole, Tom Reed, Lucía Núñez",
      "Mills Research 2020, 9:97 (version 1, published 11 August 2020)")),
    ("OLD MILL REFORMERS\nTom Reed\nA Lecture Read Before the Society in Mill Hall, on Sunday, March 3, 1844.",
     ("OLD MILL REFORMERS", "Tom Reed",
      "A Lecture Read Before the Society in Mill Hall, on Sunday, March 3, 1844.")),
    # a publication and the month of its issue; an ISO date after an issue number; the journal's
    # volume and pages before a bracketed date
    ("Reed: How Do You Mill?\nBy Ann Cole\nMill Magazine, April 2019",
     ("Reed: How Do You Mill?", "By Ann Cole", "Mill Magazine, April 2019")),
    ("Counting mills\n\nAnn Cole\n\n(The Mill Journal, Issue 51, 2021-06-15)",
     ("Counting mills", "Ann Cole", "(The Mill Journal, Issue 51, 2021-06-15)")),
    ("Counting mills in a valley\n\nAnn Cole and Tom Reed\n\nMillKeys 466: 13–28 (18 December 2014), doi:10.1/mk.466",
     ("Counting mills in a valley", "Ann Cole and Tom Reed", "MillKeys 466: 13–28 (18 December 2014), doi:10.1/mk.466")),
    # an imprint in brackets with more after it
    ("The Life of a Miller\nTom Reed\n(London: Elm Press, 1903), Part I, chapters V and VI",
     ("The Life of a Miller", "Tom Reed", "(London: Elm Press, 1903), Part I, chapters V and VI")),
    # a title of several stops over a byline
    ("No Mills. No. II. The River.\nBy Tom Reed\n(Leeds: published by the author, 1867)",
     ("No Mills. No. II. The River.", "By Tom Reed", "(Leeds: published by the author, 1867)")),
    # the seed's order: author first
    ("Ann Cole\n\n\nHow The Mill Was Lost\n\n(Mill Monthly, Vol. 1 No. 4, June 1988)",
     ("How The Mill Was Lost", "Ann Cole", "(Mill Monthly, Vol. 1 No. 4, June 1988)")),
    # a publication and its year, with its link; a date in brackets closing a long line; an
    # affiliation after a byline's name
    ("Mills need millers\nAnn Cole, Tom Reed\nMillworks, 2019 (https://millworks.example/2019/millers)",
     ("Mills need millers", "Ann Cole, Tom Reed", "Millworks, 2019 (https://millworks.example/2019/millers)")),
    ("Strength of Mill Wheels\nAnn B. Cole, Tom C. Reed, Jo D. Hart\n"
     "Mill Office Publication 800-6, Wheel Guidelines: Wood and Stone, Appendix A (June 2017)",
     ("Strength of Mill Wheels", "Ann B. Cole, Tom C. Reed, Jo D. Hart",
      "Mill Office Publication 800-6, Wheel Guidelines: Wood and Stone, Appendix A (June 2017)")),
    ("Counting Mill Wheels\nBy Ann Cole and Tom Reed\nMill Survey Techniques and Methods, Book 6, Chapter 59 (Leeds)",
     ("Counting Mill Wheels", "By Ann Cole and Tom Reed",
      "Mill Survey Techniques and Methods, Book 6, Chapter 59 (Leeds)")),
    # a title and a one-word name, "By" a lord's; an imprint without a date; a long description
    ("MILLS\n\nBy Lord Acton\n\n(The Home and Mill Review, July 1862)",
     ("MILLS", "By Lord Acton", "(The Home and Mill Review, July 1862)")),
    ("WHAT SHALL I GRIND?\n\nBy Tom Reed, M.D., LL.D.\n\n(Published by the Mill Tract Society, 28 Cornhill, Boston)",
     ("WHAT SHALL I GRIND?", "By Tom Reed, M.D., LL.D.", "(Published by the Mill Tract Society, 28 Cornhill, Boston)")),
    ("THOUGHTS ON MILLS.\n\nBy Rev. Tom Reed, D. D., Late Pastor of a Church in Baltimore\n\n(Leeds: Mill Press, 1836)",
     ("THOUGHTS ON MILLS.", "By Rev. Tom Reed, D. D., Late Pastor of a Church in Baltimore", "(Leeds: Mill Press, 1836)")),
    ("PIONEER DAYS IN ST. PAUL\nBy Tom Reed\n(A Collection of Articles Written for and Published in the Daily Mill Press)",
     ("PIONEER DAYS IN ST. PAUL", "By Tom Reed",
      "(A Collection of Articles Written for and Published in the Daily Mill Press)")),
    # a journal, its volume, pages and year; an abbreviated forename in capitals
    ("Counting mill wheels\n\nAnn Cole, Tom Reed\n\nMill Meas. Tech., 10, 119–153, 2017",
     ("Counting mill wheels", "Ann Cole, Tom Reed", "Mill Meas. Tech., 10, 119–153, 2017")),
    ("WOMAN MILL'S EQUAL.\n\nBY Rev. THOS. REED, D.D.\n\n(Cincinnati: Mill and Walden, 1873; chapter V)",
     ("WOMAN MILL'S EQUAL.", "BY Rev. THOS. REED, D.D.", "(Cincinnati: Mill and Walden, 1873; chapter V)")),
    ("Wheels, wheels and more wheels\nBy Ann Cole (Millworks)\nMill Blog, July 29, 2021",
     ("Wheels, wheels and more wheels", "By Ann Cole (Millworks)", "Mill Blog, July 29, 2021")),
    # a translator's line where a byline stands; a bracketed line under the title without a date
    ("THE MILLER'S LETTERS.\n\nTRANSLATED BY LADY COLE.\n\n(From the collection of Dr. Tom Reed; Vol. II)",
     ("THE MILLER'S LETTERS.", "TRANSLATED BY LADY COLE.", "(From the collection of Dr. Tom Reed; Vol. II)")),
    ("State Mill Limits\n(Mill Government 4e, OpenStax, Rice University; Chapter 14, Section 14.4)",
     ("State Mill Limits", None, "(Mill Government 4e, OpenStax, Rice University; Chapter 14, Section 14.4)")),
    # a pseudonym in brackets after the name; a one-word name after "By"; a speech's author line
    # with its date; a long pamphlet's title in capitals over its byline; a reviewed book's title
    # line over the review's source line; a date closing what the brackets say
    ('AN INTERVIEW WITH MISS COLE.\n\nBy TOM REED ("12-Bore").\n\n(Mill and Gun, September 24, 1892)',
     ("AN INTERVIEW WITH MISS COLE.", 'By TOM REED ("12-Bore").', "(Mill and Gun, September 24, 1892)")),
    ("THE SCHOOL DAYS OF A MILLER\n\nBy Millwa-Sa (Ann Cole)\n\n(Mill Stories, 1921)",
     ("THE SCHOOL DAYS OF A MILLER", "By Millwa-Sa (Ann Cole)", "(Mill Stories, 1921)")),
    ("THE MILL FUND.\n\nAN ADDRESS BY PRESIDENT TOM C. REED, DELIVERED AT THE GENERAL CONFERENCE, IN THE "
     "TABERNACLE, GREAT MILL CITY, OCTOBER 6, 1854.\n\n(Journal of Mills, Vol. 7, Leeds, 1860, pp. 39-41)",
     ("THE MILL FUND.", "AN ADDRESS BY PRESIDENT TOM C. REED, DELIVERED AT THE GENERAL CONFERENCE, IN THE "
      "TABERNACLE, GREAT MILL CITY, OCTOBER 6, 1854.", "(Journal of Mills, Vol. 7, Leeds, 1860, pp. 39-41)")),
    ("REED'S APPEAL, IN FOUR ARTICLES, TOGETHER WITH A PREAMBLE, TO THE MILLERS OF THE WORLD, BUT IN "
     "PARTICULAR, AND VERY EXPRESSLY TO THOSE OF THE UNITED MILLS.\n\nBY TOM REED.\n\n"
     "(Written in Leeds, Sept. 28, 1829. Second edition, 1830)",
     ("REED'S APPEAL, IN FOUR ARTICLES, TOGETHER WITH A PREAMBLE, TO THE MILLERS OF THE WORLD, BUT IN "
      "PARTICULAR, AND VERY EXPRESSLY TO THOSE OF THE UNITED MILLS.", "BY TOM REED.",
      "(Written in Leeds, Sept. 28, 1829. Second edition, 1830)")),
    ("Millstones: A Poetic Romance. By Tom Reed. London. 1818. pp. 207.\n\n"
     "(The Mill Review, Vol. XIX, April 1818, pp. 204-208)",
     ("Millstones: A Poetic Romance. By Tom Reed. London. 1818. pp. 207.", None,
      "(The Mill Review, Vol. XIX, April 1818, pp. 204-208)")),
    ("Views From the Mill: The Role of the Millers in France, 1914\n\nAnn Cole\n\n"
     "Office of the Miller, Bureau of Mills, Leeds, 2014 (Preview Edition, September 2014)",
     ("Views From the Mill: The Role of the Millers in France, 1914", "Ann Cole",
      "Office of the Miller, Bureau of Mills, Leeds, 2014 (Preview Edition, September 2014)")),
    # a reviewed book's title page of 21 words over the review's source; "St." inside a name
    ("Millstone's Pilgrimage. A Romaunt. By LORD COLE. The Second Edition. London: Reed, Fleet "
     "Street. 1812. 8vo. pp. 300.\n(The Mill Observer, Vol. XI, June 1812, pp. 376-386)",
     ("Millstone's Pilgrimage. A Romaunt. By LORD COLE. The Second Edition. London: Reed, Fleet "
      "Street. 1812. 8vo. pp. 300.", None, "(The Mill Observer, Vol. XI, June 1812, pp. 376-386)")),
    ("LETTERS FROM A MILLER\n\nBy J. HECTOR ST. JOHN, A MILLER IN PENNSYLVANIA\n\n(London, 1782)",
     ("LETTERS FROM A MILLER", "By J. HECTOR ST. JOHN, A MILLER IN PENNSYLVANIA", "(London, 1782)")),
    # an old pamphlet's long title in capitals, its "&c." among them
    ("A PROPOSAL FOR THE UNIVERSAL USE OF IRISH MILLS, IN CLOTHES AND FURNITURE OF HOUSES, &c. UTTERLY "
     "REJECTING AND RENOUNCING EVERY THING WEARABLE THAT COMES FROM ENGLAND.\n\nBy Jonathan Cole\n\n"
     "(Dublin: E. Waters, 1720; text of The Prose Works, Vol. VII, London: George Bell and Sons, 1905)",
     ("A PROPOSAL FOR THE UNIVERSAL USE OF IRISH MILLS, IN CLOTHES AND FURNITURE OF HOUSES, &c. UTTERLY "
      "REJECTING AND RENOUNCING EVERY THING WEARABLE THAT COMES FROM ENGLAND.", "By Jonathan Cole",
      "(Dublin: E. Waters, 1720; text of The Prose Works, Vol. VII, London: George Bell and Sons, 1905)")),
    # a journal's names under its source line, their degrees and affiliations marked after them
    ("Passing Local Policies on Mills\n\nPROGRAM EVALUATION BRIEF — Volume 21 — May 30, 2024\n\n"
     "Sarah Cole, BA1; Sue Reed, MA1; Melanie S. Dove, MPH, ScD1",
     ("Passing Local Policies on Mills", "Sarah Cole, BA1; Sue Reed, MA1; Melanie S. Dove, MPH, ScD1",
      "PROGRAM EVALUATION BRIEF — Volume 21 — May 30, 2024")),
    ("The Mills of the Valley\n\nJordon D. Cole1,2,a, Daniel H. Reed3, and Valier V. Galy1\n\n"
     "(Mill Sciences, 14, 5099–5114, 2017)",
     ("The Mills of the Valley", "Jordon D. Cole1,2,a, Daniel H. Reed3, and Valier V. Galy1",
      "(Mill Sciences, 14, 5099–5114, 2017)")),
    # a Brazilian journal's source line gives its volume as "v.39"; names with "dos" in capitals
    ("MILLS OF THE VALLEY: BETWEEN MEMORIES\n\nANA MÁRCIA DOS SANTOS COLE, RITA DOS REIS\n\n"
     "Revista dos Moinhos, Belo Horizonte, v.39, e38419, 2023",
     ("MILLS OF THE VALLEY: BETWEEN MEMORIES", "ANA MÁRCIA DOS SANTOS COLE, RITA DOS REIS",
      "Revista dos Moinhos, Belo Horizonte, v.39, e38419, 2023")),
    # a podcast's name and its episode's number under the title, no date printed
    ("Making the Mill Wheel Turn\n\nMill Time – Episode #100", ("Making the Mill Wheel Turn", None,
                                                                 "Mill Time – Episode #100")),
    # what a title calls its text is no name's word: the name is the line under it
    ("Mill Wheel Speech\n\nAnna Cole\n\n(Remarks at the Mill, Leeds, March 8, 1983)",
     ("Mill Wheel Speech", "Anna Cole", "(Remarks at the Mill, Leeds, March 8, 1983)")),
    # an author who signs by a description; an editor's line with words before "by"
    ("One Phase of the Mill\n\nBy a Miller of the South\n\n(From A Voice from the Mill. Leeds, 1892)",
     ("One Phase of the Mill", "By a Miller of the South", "(From A Voice from the Mill. Leeds, 1892)")),
    ("THE DIARY OF ANNA COLE\n\nEDITED FROM THE ORIGINAL MSS BY JOHN REED\n\n(Mill Press, Leeds, 1901)",
     ("THE DIARY OF ANNA COLE", "EDITED FROM THE ORIGINAL MSS BY JOHN REED", "(Mill Press, Leeds, 1901)")),
    # a paper's twelve authors, their names long (particles, Portuguese "e"), the line over 250 wide
    ("Mills of the Valley: A Review\n\nMaria Clara F. Dalla Costa Cole, Carlos Frederico Campelo de "
     "Albuquerque e Melo, Ana Reed, João Reed, Rita Moinho, Luiz Carlos Júnior Alcântara, Ana Pedra, "
     "José Pedra, Marta Rio, Pedro Rio, Rosa Vale, Tiago Vale\n\nRevista dos Moinhos, v. 26, n. 6, "
     "e190379, 2022",
     ("Mills of the Valley: A Review", "Maria Clara F. Dalla Costa Cole, Carlos Frederico Campelo de "
      "Albuquerque e Melo, Ana Reed, João Reed, Rita Moinho, Luiz Carlos Júnior Alcântara, Ana Pedra, "
      "José Pedra, Marta Rio, Pedro Rio, Rosa Vale, Tiago Vale", "Revista dos Moinhos, v. 26, n. 6, e190379, 2022")),
    # a newspaper's deck between its headline and the source line, kept on the title page
    ("Row at the Mill Meeting\n\nOwners Denounced and Defended.\nThe Union Scored\n\n"
     "Leeds Courier, October 8, 1904, page 5.\n\nLeeds, Oct. 7. -- The mill was the subject of a debate.",
     ("Row at the Mill Meeting", None, "Leeds Courier, October 8, 1904, page 5.")),
    ("Coming With A Wheel.\n\nMiller to Make an Appeal.\nWill Address the Guild in Leeds.\n\n"
     "(Leeds Times, October 2, 1904, page A12)\n\nThe mill was the subject of a debate.",
     ("Coming With A Wheel.", None, "(Leeds Times, October 2, 1904, page A12)")),
    # a deck of several headlines run on in one long line
    ("NEWS FROM THE MILLS.\n\nThe News of the Flood Confirmed\u2014Perils of the Millers\u2014Complicity of the "
     "Owners with the Bankers\u2014Warlike Preparations of the Owners\u2014Declaration of Independence\n\n"
     "(Leeds Herald, Monday, November 30, 1857)\n\nWe have dates from the valley to the 24th of October.",
     ("NEWS FROM THE MILLS.", None, "(Leeds Herald, Monday, November 30, 1857)")),
    # a paragraph over a bracketed line is no deck over a source line (a Gutenberg footnote)
    ("The Mill\n\nBy Ann Cole\n\nThe serfs of the north were freed first, as the historians tell "
     "it; those of the south waited.\n\n[Footnote A: See Cole, The Mills of the North.]",
     ("The Mill", "By Ann Cole", None)),
    # a speech's line naming whose it is after "of", its title first; when it was delivered
    ("MILLS AND THE MILLERS.\n\nSPEECH OF HON. ANN COLE, OF LEEDS, ON THE MILL BILL.\n\n"
     "DELIVERED IN THE HOUSE OF REPRESENTATIVES, February 7, 1863.",
     ("MILLS AND THE MILLERS.", "SPEECH OF HON. ANN COLE, OF LEEDS, ON THE MILL BILL.",
      "DELIVERED IN THE HOUSE OF REPRESENTATIVES, February 7, 1863.")),
    # a lecture's line, where and when it was given before "by"; a blog's date and site
    ("The Return of the Millers.\n\nA Lecture Delivered at Leeds, May 2, 1892, by Prof. Ann W. Cole, "
     "LL. D.\n\n(Mill Repository, Vol. 68, No. 1, January 1892, pp. 1-18)",
     ("The Return of the Millers.", "A Lecture Delivered at Leeds, May 2, 1892, by Prof. Ann W. Cole, LL. D.",
      "(Mill Repository, Vol. 68, No. 1, January 1892, pp. 1-18)")),
    ("What the Mill Teaches Us\n\nAnn Cole\n\nNovember 8, 2010 on ann.cole.com",
     ("What the Mill Teaches Us", "Ann Cole", "November 8, 2010 on ann.cole.com")),
    # a journal's line with its address after the year; a journal as MEDLINE cites it
    ("Mill wheels of the world\n\nAnn Cole, Tom Reed, and Ad van Mill\n\n"
     "Mill Syst. Sci. Data, 12, 299–320, 2020, https://doi.org/10.5194/msd-12-299-2020",
     ("Mill wheels of the world", "Ann Cole, Tom Reed, and Ad van Mill",
      "Mill Syst. Sci. Data, 12, 299–320, 2020, https://doi.org/10.5194/msd-12-299-2020")),
    ("Mill wheels in the prevention of floods\n\nAna Cole Reed, Rita dos Reis\n\n"
     "Rev. Latino-Am. Moinhos 2025;33:e4434 · Original Article · DOI: 10.1590/1518-8345.7320.4434",
     ("Mill wheels in the prevention of floods", "Ana Cole Reed, Rita dos Reis",
      "Rev. Latino-Am. Moinhos 2025;33:e4434 · Original Article · DOI: 10.1590/1518-8345.7320.4434")),
    # a journal's volume and issue, the year in brackets, the pages, its address
    ("Mill Party and the Wheel as a Symbol\n\nAnn Cole, Tom Reed and Ad van Mill\n\n"
     "Computational Mill Research 7.1 (2025) 1–36, https://doi.org/10.5117/CMR2025.1.2.COLE\n\nIntroduction",
     ("Mill Party and the Wheel as a Symbol", "Ann Cole, Tom Reed and Ad van Mill",
      "Computational Mill Research 7.1 (2025) 1–36, https://doi.org/10.5117/CMR2025.1.2.COLE")),
    # a journal whose name opens with a figure, the year in brackets, its volume and pages, more after
    ("Cloning of the mill wheel\n\nAnn Cole, Tom Reed\n\n"
     "3 Mills (2011) 1:21–26, Original Article, published online 7 April 2011, DOI 10.1007/s13205-011-0003-y",
     ("Cloning of the mill wheel", "Ann Cole, Tom Reed",
      "3 Mills (2011) 1:21–26, Original Article, published online 7 April 2011, DOI 10.1007/s13205-011-0003-y")),
    # a book the piece is taken from, its imprint in brackets at the end
    ("THOMAS REED\u2014MILLER\n\nBy Ann Cole\n\nFrom Memories of the Mill (London: Chatto & Windus, 1887)\n\n"
     "The death of Thomas Reed will mean not very much to the general reader.",
     ("THOMAS REED\u2014MILLER", "By Ann Cole", "From Memories of the Mill (London: Chatto & Windus, 1887)")),
    # a consortium's three dozen authors on one long line; a journal's volume and article number,
    # the year in brackets after them
    ("Opportunities and obstacles for mills in the valley\n\nAnn B. Cole, Tom R. Reed, Ada C. Hale, Rob D. Ross, Eve E. Mill, Ian F. Wood, Joe G. Hill, Kay H. Dale, Lee J. Ford, May K. Lane, Ned L. Marsh, Oli M. Pond, Pam N. Quay, Ray O. Rowe, Sue P. Shaw, Ted Q. Tate, Una R. Vale, Vic S. Ware, Wes T. West, Zoe U. York, Amy V. Ash, Ben W. Birch, Cal X. Cedar, Dot Y. Elm, Ed Z. Fir, and Casey S. Greene\n\n"
     "J. R. Soc. Mills 15: 20170387 (2018). https://doi.org/10.1098/rsif.2017.0387\n\nIntroduction",
     ("Opportunities and obstacles for mills in the valley", "Ann B. Cole, Tom R. Reed, Ada C. Hale, Rob D. Ross, Eve E. Mill, Ian F. Wood, Joe G. Hill, Kay H. Dale, Lee J. Ford, May K. Lane, Ned L. Marsh, Oli M. Pond, Pam N. Quay, Ray O. Rowe, Sue P. Shaw, Ted Q. Tate, Una R. Vale, Vic S. Ware, Wes T. West, Zoe U. York, Amy V. Ash, Ben W. Birch, Cal X. Cedar, Dot Y. Elm, Ed Z. Fir, and Casey S. Greene",
      "J. R. Soc. Mills 15: 20170387 (2018). https://doi.org/10.1098/rsif.2017.0387")),
    # an old pamphlet's title page: a body issues it, where it met after a comma; the imprint
    # unbracketed, the printer's address and the year
    ("                 AN ADDRESS TO THE MILLERS.\n\n    ISSUED BY A CONVENTION OF MILLERS, Held in the City of "
     "Leeds, by adjournments from 9th to 12th May, 1837.\n\n        LEEDS: PRINTED BY THOMAS REED, 12 MILL "
     "STREET. 1837.",
     ("AN ADDRESS TO THE MILLERS.", "ISSUED BY A CONVENTION OF MILLERS, Held in the City of Leeds, by "
      "adjournments from 9th to 12th May, 1837.", "LEEDS: PRINTED BY THOMAS REED, 12 MILL STREET. 1837.")),
    # a body of people signs it, no article before them ("BY COLORED PEOPLE OF MASSACHUSETTS.")
    ("                 OPEN LETTER TO THE MILL BOARD\n\n                BY WORKING MEN OF YORKSHIRE.\n\n"
     "The millers of Leeds, through their league, at a meeting held in the Mill Street Church, addressed an open letter to the board.",
     ("OPEN LETTER TO THE MILL BOARD", "BY WORKING MEN OF YORKSHIRE.", None)),
    # who told it, and when, in capitals
    ("THE SHOT IS FIRED.\n\nRELATED BY TOM REED AFTER THE SHOOTING.\n\n(The Mill Gazette, Leeds, 1912)",
     ("THE SHOT IS FIRED.", "RELATED BY TOM REED AFTER THE SHOOTING.", "(The Mill Gazette, Leeds, 1912)")),
    # a peer by his title, the offices he held after it
    ("LETTERS FROM THE WEIR\n\nBy the Marquess of Leeds Sometime Governor-General of the Dominion of Canada "
     "and afterwards Viceroy of India.\n\n(London: John Murray, 1856)",
     ("LETTERS FROM THE WEIR", "By the Marquess of Leeds Sometime Governor-General of the Dominion of Canada "
      "and afterwards Viceroy of India.", "(London: John Murray, 1856)")),
    ("A Memorial on the Mills\n\nBy Citizens of Leeds\n\n(Leeds: printed by J. Reed, 1830)",
     ("A Memorial on the Mills", "By Citizens of Leeds", "(Leeds: printed by J. Reed, 1830)")),
    # a body for its author, between the title and the source line
    ("Water Mills (MILL®)–Professional Version\n\nMILL® Integrative, Historical, and Technical Editorial Board\n\n"
     "(National Mill Institute, Leeds; updated June 23, 2021)",
     ("Water Mills (MILL®)–Professional Version", "MILL® Integrative, Historical, and Technical Editorial Board",
      "(National Mill Institute, Leeds; updated June 23, 2021)")),
    # a commission named with its charge after it
    ("Deep Weirs: The Mill Disaster and the Future of River Milling\n\nNational Commission on the Leeds Mill "
     "Fire and River Milling\n\n(Report to the Council, January 2011. Part I, Chapter One)",
     ("Deep Weirs: The Mill Disaster and the Future of River Milling",
      "National Commission on the Leeds Mill Fire and River Milling",
      "(Report to the Council, January 2011. Part I, Chapter One)")),
    # "By" and a name, and every office of an old title page after it
    ("The Use of Mills.\n\nBY WILLIAM COLE, M. A. LATE FELLOW OF MILL COLLEGE, LEEDS, AND VICAR OF WEIR AND "
     "ST. ANN IN RIVERTON.\n\n(A Sermon preached July 15, 1777. Leeds: printed by J. Reed, 1777)",
     ("The Use of Mills.", "BY WILLIAM COLE, M. A. LATE FELLOW OF MILL COLLEGE, LEEDS, AND VICAR OF WEIR AND "
      "ST. ANN IN RIVERTON.", "(A Sermon preached July 15, 1777. Leeds: printed by J. Reed, 1777)")),
    # a title ending in a year over a byline ("Diary of …, 1602"), as one block or three
    ("Diary of Tom Reed, 1602\nBy Tom Reed\n[Diary of Tom Reed, ed. Ann Cole (Leeds: Mill Society, 1868)]",
     ("Diary of Tom Reed, 1602", "By Tom Reed", "[Diary of Tom Reed, ed. Ann Cole (Leeds: Mill Society, 1868)]")),
    ("Diary of Tom Reed, May 1602\n\nBy Tom Reed\n\n(Leeds: Mill Society, 1868)",
     ("Diary of Tom Reed, May 1602", "By Tom Reed", "(Leeds: Mill Society, 1868)")),
    # an editor's line naming the apparatus after "and with"
    ("THE TRIAL OF TOM REED\n\nEDITED AND WITH AN INTRODUCTION AND NOTES BY Ann Cole\n\n"
     "(Leeds: Mill Press, 1957)",
     ("THE TRIAL OF TOM REED", "EDITED AND WITH AN INTRODUCTION AND NOTES BY Ann Cole", "(Leeds: Mill Press, 1957)")),
    # three authors, the second a son ("Jr."), without "By"
    ("THE EFFECT OF SNOW ON MILLS\n\nL. Ann Reed, L. D. Cole, Jr., and P. D. Lund\n\n"
     "(Studies of the Mills of Leeds. Research Paper 52. Leeds: Mill Institute, 1971)",
     ("THE EFFECT OF SNOW ON MILLS", "L. Ann Reed, L. D. Cole, Jr., and P. D. Lund",
      "(Studies of the Mills of Leeds. Research Paper 52. Leeds: Mill Institute, 1971)")),
    # a body signing a title as name-like as itself, over an unbracketed source line
    ("Water Mill Maintenance Best Practices\n\nMILL Safety Technical Advisory Group\n\n"
     "Mill Computing Foundation (MCF), Version 1.0, 14 May 2021",
     ("Water Mill Maintenance Best Practices", "MILL Safety Technical Advisory Group",
      "Mill Computing Foundation (MCF), Version 1.0, 14 May 2021")),
    # a report's line naming the body whose it is, with the house it belongs to
    ("THE PRACTICAL VALUES OF WATER MILLS\n\nReport of the Committee on Mills and Weirs, U.S. House of "
     "Representatives, Eighty-Sixth Congress, Second Session\n\n(House Report No. 2091, 86th Congress, 2d "
     "Session, July 5, 1960. Washington: U.S. Government Printing Office, 1960)",
     ("THE PRACTICAL VALUES OF WATER MILLS", "Report of the Committee on Mills and Weirs, U.S. House of "
      "Representatives, Eighty-Sixth Congress, Second Session", "(House Report No. 2091, 86th Congress, 2d "
      "Session, July 5, 1960. Washington: U.S. Government Printing Office, 1960)")),
    # a web page's source line, no date, its site's address first
    ("Mill Language Initiative Announcement\n\n(millwork.gov, U.S. General Mills Administration)",
     ("Mill Language Initiative Announcement", None, "(millwork.gov, U.S. General Mills Administration)")),
    # the title, its subtitle closed by a stop, the byline, the author's offices on one long line,
    # the source line
    ("THE CASE OF THE MILL.\n\nA Reply to Dr. Albert Weir, Leeds's Under Secretary for Mill Affairs.\n\n"
     "By TOM M. REED,\n\nFormer Assistant Miller-General of the County, and Author of \"The Dual Mill v. The "
     "Triple Weir,\" and \"The Evidence in the Mill.\"\n\n(Reprinted from \"Leeds Times.\" Mill Press, Leeds.)",
     ("THE CASE OF THE MILL.", "By TOM M. REED,", "(Reprinted from \"Leeds Times.\" Mill Press, Leeds.)")),
    # a talk's recorder: "Recorded by"
    ("MILLER OF LEEDS HALL\n\nRecorded by William L. Reed",
     ("MILLER OF LEEDS HALL", "Recorded by William L. Reed", None)),
])
def test_opening_lines(text, expected):
    assert opening_of(text) == expected


def test_an_old_pamphlets_title_page_down_to_its_byline_and_year():
    text = ("THE MILL.\n\nAN\nADDRESS\nTO THE\nMILLERS of LEEDS,\nON\nSUNDRY SUBJECTS,\n\nAND\n\n"
            "PARTICULARLY ON THE NEW WEIR.\n\nBY JONATHAN STEADFAST\n\n1804")
    assert opening_of(text) == ("THE MILL.", "BY JONATHAN STEADFAST", "1804")
    # a first paragraph in sentences before the byline: no title page
    assert opening_of("THE MILL.\n\nThe mill stood by the river. It ground the corn of the valley "
                      "for a hundred years.\n\nAND\n\nBY JONATHAN STEADFAST")[1] is None


def test_an_old_title_pages_long_title_in_capitals_a_phrase_or_two_in_small_letters():
    title = ("A NARRATIVE OF THE PROCEEDINGS OF THE MILLERS OF LEEDS, DURING THE LATE Great Flood in "
             "the Valley, IN THE YEAR 1793: AND A REFUTATION OF SOME CENSURES, Thrown upon them in "
             "some late Publications.")
    assert opening_of(title + "\n\nBY A. J. AND R. A.\n\n(Leeds: printed for the authors, 1794)") == (
        title, "BY A. J. AND R. A.", "(Leeds: printed for the authors, 1794)")


def test_a_reviewed_books_title_of_several_stops_over_the_reviews_journal_line():
    title = "Millbrook; or, The Modern Miller. In Three Volumes."
    source = ("The Leeds Critic, N.S., 9 (April 1818): 432-38; also rpt. in The Mill Folio [Leeds] 6 "
              "(September 1818): 200-07.")
    assert opening_of(title + "\n\n" + source) == (title, None, source)
    # a sentence over a line that is no journal's stays the body's
    assert opening_of(title + "\n\nThe mill was sold in April 1818 to the Leeds Critic.") == (None, None, None)


def test_a_headline_run_on_by_commas_over_its_deck_and_source_line():
    # a newspaper's headline ending in a comma, its deck lines under it, then the dated source
    text = ("THE LATE JOHN MILLER,\n\nKeeper of the Valley Mill,\n\nDied Monday Morning, Oct. 4, "
            "1913.\n\n(Valley Gazette, Leeds, Tuesday, October 5, 1913, page 1)")
    assert opening_of(text) == ("THE LATE JOHN MILLER,", None,
                                "(Valley Gazette, Leeds, Tuesday, October 5, 1913, page 1)")
    # a line in small letters ending in a comma is no headline: no title page
    assert opening_of("The late John Miller,\n\nKeeper of the Valley Mill,\n\n"
                      "(Valley Gazette, Leeds, Tuesday, October 5, 1913, page 1)")[0] is None


def test_an_old_imprint_its_year_last_a_byline_with_a_short_forename_and_two_days_of_a_paper():
    title = ("A CAUTION TO THE MILLERS OF LEEDS, IN A SHORT REPRESENTATION OF THE CALAMITOUS STATE "
             "of the WEIRS IN THE VALLEY.")
    imprint = ("A NEW EDITION. LEEDS Printed: LONDON Reprinted and Sold by JAMES MILLER, in "
               "MILL-YARD, LOMBARD-STREET. 1784.")
    assert opening_of(f"{title}\n\n    BY ANT. STEADFAST.\n\n   {imprint}") == (
        title, "BY ANT. STEADFAST.", imprint)
    # a paper's two days: the source line is dated by the first
    doc = doc_of("Visiting the Miller\n\nThe Dawn, Leeds, May 31 & June 1, 1928\n\n" + BODY + "\n\n" + BODY)
    assert (doc.opening.title.text, doc.opening.author) == ("Visiting the Miller", None)
    assert doc.opening.source_line.when == "1928-05-31"


def test_opening_lines_the_wrapping_broke_in_two_in_a_hard_wrapped_text():
    wrapped = ("The river rose all night, and by morning the lower town was under\nwater. Nobody "
               "had seen a flood like it since the great mill fire of\n1911, when the wheel "
               "burned and the dam gave way in the night.")
    title = "MILL 2.0—A Water-Balance Code for Estimating the Flow Through\nDownstream Mills"
    byline = "By Ann B. Cole, Tom C. Reed, Jo D. Hart, Sam E. Lowe, and Pat F.\nMoore"
    doc = recognise(split_blocks("\n\n".join([title, byline, "Introduction"] + [wrapped] * 6)))
    assert (doc.opening.title.text, doc.opening.author.text) == (title, byline)
    # lines that leave room for the next one's first word are lines of their own, not a wrap
    doc = recognise(split_blocks("\n\n".join(["Mills\nBy Ann Cole", "Introduction"] + [wrapped] * 6)))
    assert (doc.opening.title.text, doc.opening.author.text) == ("Mills", "By Ann Cole")
    # a title over its source in brackets, as wide as the text's lines: two lines, no wrap
    title = "1. DR. COLE, THE PRESENT MILLER OF SALISBURY, ON THE RIVER'S FLOODS."
    source = "(Mill Monthly Reporter, No. 46, for March, 1829; No. 22, Vol. ii.)"
    doc = recognise(split_blocks("\n\n".join([title + "\n" + source] + [wrapped] * 6)))
    assert (doc.opening.title.text, doc.opening.source_line.block.text) == (title, source)


def test_source_line_fields_with_more_after_the_date():
    o = recognise(split_blocks("Rivers\n\nCoast Online, Tuesday, June 9th, 2009\n\n" + BODY)).opening
    line = o.source_line
    assert (line.journal[1], line.date[1], line.when) == (
        "Coast Online", "Tuesday, June 9th, 2009", "2009-06-09")
    o = recognise(split_blocks("Rivers\n\nJournal of Mills, 3(30), 774 (2018)\n\n" + BODY)).opening
    assert (o.source_line.volume, o.source_line.issue, o.source_line.when) == ("3", "30", "2018")
    # what the text is, not a publication's name: no journal
    o = recognise(split_blocks("LETTERS OF A MILLER\n\n(Written during her Travels in Europe, Asia, and "
                               "Africa. A New Edition; London: Printed for Thomas Martin, 1790)\n\n" + BODY)).opening
    assert (o.source_line.journal, o.source_line.when) == (None, "1790")


def test_a_sentence_opening_with_by_the_and_a_word_in_small_letters_is_no_byline():
    assert not is_byline("By the end of the war the mill had burned.")
    assert is_byline("By the Author of Waverley") and is_byline("BY A CITIZEN OF NEW-YORK")


@pytest.mark.parametrize("text", [
    "A lede paragraph comes first. It sets the scene.\n\nBy Ann Writer\n\nText.",
    "The strike that began on 3 June 1926\n\nThe men walked out. " + BODY,
    "It went on.\n\nMORE TEXT HERE\n\n" + BODY,
])
def test_no_opening_from_body_text(text):
    assert recognise(split_blocks(text)).opening.source_line is None


def test_a_news_dateline_stays_in_the_body_under_its_headline():
    doc = doc_of("Floods In The Valley\n\nMOSCOW, 3 June 1988 —\n\n" + BODY)
    assert doc.opening.title.text == "Floods In The Valley" and doc.opening.source_line is None
    assert isinstance(doc.sections[0].content[0], Dateline)


@pytest.mark.parametrize("text, found", [
    ("Tuesday, June 9th, 2009", "2009-06-09"), ("JULY 11, 2022 • STATEMENTS", "2022-07-11"),
    ("(eLife 2019;8:e47338, Meta-Research, 31 July 2019)", "2019-07-31"),
    ("(Elm Society; Elm, 1905. Reprinted)", "1905"), ("pp. 483–488", None), ("62, Mill Row", None),
    ("Posted 2016-08-12 by the editors", "2016-08-12"), ("pp. 1988-2012", None), ("2016-13-12", None),
])
def test_find_date(text, found):
    got = find_date(text)
    assert (got[2] if got else None) == found


def test_weekday_dates_and_times():
    assert parse_date("Thursday, March 15, 2012") == "2012-03-15"
    assert is_dateline("6:13 P.M. EDT") and not is_dateline("Six Mills")


LONG = BODY + " " + BODY


def heads_of(*blocks):
    doc = recognise(split_blocks("\n\n".join(blocks)))
    return [s.head.text for s in doc.sections if s.head is not None]


def test_a_reports_title_under_the_last_ones_signature_set_far_right():
    # "    … respectfully submitted." / "                 JOS. BAYLEY." / "Magendie's Treatment of
    # Cholera." / "M. Magendie's success …": the signature closes one report, the title opens the next
    report = "\n".join(["    The foregoing being all the facts which have come to our",
                        "    knowledge after a strict examination, are respectfully",
                        "    submitted."])
    body = "\n".join(["M. Magendie's success in the treatment of the mill fever has been",
                      "vaunted in many of the journals, and we have been repeatedly applied",
                      "to for information respecting the remedies prescribed by him."])
    assert heads_of(LONG, report, "                                          JOS. BAYLEY.",
                    "Magendie's Treatment of the Fever.", body) == ["Magendie's Treatment of the Fever."]


@pytest.mark.parametrize("heading", [
    "Early years and after", "POLICING THE STREETS", "2. Policing the streets", "II.", "Part 3:",
    "CHAPTER III.", "PART THE THIRD.", "2.1 Recordings of the debates", "Theme 1: Coping with stress",
    "Chapter One", "Research question 2: What do millers think of the word \"mill\" and how do they use it?",
    '1. "What is it for?"', "                    The Mill", "4 The FLOOD",
    # a section's sign and its number in roman: "§ II. The Fitz-Ralph Family: Richard’s Parentage."
    "    § II. The Reed Family: Tom's Parentage.", "    § III. His Birthplace.",
])
def test_heading_shapes_between_paragraphs(heading):
    # sentence case needs another heading in the article
    assert heads_of(LONG, heading, LONG, "Conclusions", LONG) == [heading.strip(), "Conclusions"]


def test_indented_title_with_a_full_stop_and_label_over_title():
    assert heads_of(LONG, "    The Church.", LONG, "    The Manor.", LONG) == ["The Church.", "The Manor."]
    assert heads_of("    I.", "    HER VIRTUES.", LONG, "    II.", "    HER FAULTS.", LONG) == [
        "I.", "HER VIRTUES.", "II.", "HER FAULTS."]
    assert heads_of(LONG, "Results", "What did the survey find?", LONG, "Methods", LONG) == [
        "Results", "What did the survey find?", "Methods"]


@pytest.mark.parametrize("blocks", [
    # a sentence-case line alone in an article of paragraphs: a short paragraph, not a heading
    (LONG, "More rain fell on the town", LONG),
    # a short paragraph ends like a sentence
    (LONG, "Introduction", LONG, "It was a shame.", LONG),
    # list items
    (LONG, "Introduction", LONG, "1. Apples", "2. Pears", "3. Plums", LONG),
    # bylines, datelines, source lines, a time
    (LONG, "Introduction", LONG, "By Jane Smith", LONG),
    (LONG, "Introduction", LONG, "PARIS, June 3, 1988", LONG),
    # a letter's place and date, set right and closed by a full stop
    (LONG, "Introduction", LONG, "                          Elm, August 20, 1918.", LONG),
    (LONG, "Introduction", LONG, "[Valley Gazette, 15th May 1909]", LONG),
    # place and time lines head no paragraph
    ("South Hall", "Old Town Building", "6:13 P.M. EDT", LONG, "Introduction", LONG),
    # interview questions; a speaker's label
    (LONG, "BACKGROUND", LONG, "Reporter: What made you start the bar?", LONG,
     "Why did you stay open so late?", LONG),
    # a signature above a new letter and a signature above the notes
    (LONG, "Introduction", LONG, "SIGMA.", "TO THE EDITOR.", LONG),
    (LONG, "Introduction", LONG, "JOHN SMITH", "[1] A note on the text."),
    # a salutation opening a letter; an attribution under an indented quotation
    ("To My Old Friend, Tom Reed", LONG, "Introduction", LONG),
    (LONG, "Introduction", LONG, "      " + BODY, "                THE OLD BOOK.", LONG),
    ("Introduction", LONG, "— Tom Reed, The Mill", LONG),
])
def test_no_heading_from_short_paragraphs_lists_bylines_and_datelines(blocks):
    assert [h for h in heads_of(*blocks) if h not in ("Introduction", "BACKGROUND", "TO THE EDITOR.")] == []


def test_a_subtitle_between_title_and_byline_and_a_posted_line():
    assert opening_of("The Flood\n\nHow a town learned to live with water\n\nBy Jane Smith") == (
        "The Flood", "By Jane Smith", None)
    assert opening_of("The Flood\n\nPosted on 3 June 2019 by Jane Smith") == (
        "The Flood", None, "Posted on 3 June 2019 by Jane Smith")


def test_runs_of_short_lines():
    assert heads_of("Bread", "Milk", "Eggs", LONG, "More.", LONG) == []
    assert heads_of("PART ONE", "CHAPTER I", "The Beginning", LONG) == ["PART ONE", "CHAPTER I", "The Beginning"]
    assert heads_of(LONG, "Results", "What did the survey find?", "Quality and impact", LONG) == [
        "Results", "What did the survey find?", "Quality and impact"]


@pytest.mark.parametrize("line", ["xii", "iv.", "12", "2."])
def test_page_numbers_and_lone_list_numbers_are_no_headings(line):
    assert heads_of(LONG, "Introduction", LONG, line, LONG) == ["Introduction"]


def test_sentence_case_headings_without_other_headings_head_long_paragraphs():
    assert heads_of(LONG, "Early years and after", LONG, "Later on the farm", LONG) == [
        "Early years and after", "Later on the farm"]
    assert heads_of(LONG, "Not any more", "It rained.", "Never again", "It snowed.", LONG) == []
    # a section may open with a short paragraph of one sentence, a long one after it
    assert heads_of(LONG, "Early years and after", "There are two reasons to look back on the early years.",
                    LONG, "Later on the farm", LONG) == ["Early years and after", "Later on the farm"]
    # a paragraph opening with "Your" is no letter's close over the heading
    assert heads_of(LONG, "Your mill is more than a building. " + LONG, "Early years and after", LONG,
                    "Later on the farm", LONG) == ["Early years and after", "Later on the farm"]



def test_a_records_place_and_day_lines_are_no_headings_with_the_date_in_italics():
    assert heads_of(" " * 30 + "RIVERTON, W. S., _September 2, 1865_.", LONG, LONG) == []
    assert heads_of(LONG, "THE FIRST DAY", LONG, "WASHINGTON, TUESDAY, _February 5th, 1861._", LONG,
                    "THE SECOND DAY", LONG, "MONDAY, _February 4th, 1861._", LONG) == [
        "THE FIRST DAY", "THE SECOND DAY"]


def test_a_small_roman_number_before_a_title_cased_title_is_a_heading_not_a_list_label():
    assert heads_of(LONG, "i. The Principle of the Mill.", LONG, "ii. The Wheel in the Use of Water.", LONG) == [
        "i. The Principle of the Mill.", "ii. The Wheel in the Use of Water."]
    assert heads_of(LONG, "i. apples and pears from the mill", "ii. the wheel", LONG) == []
    # a word in small letters inside the title
    assert heads_of(LONG, "iii. The Principle of the Mill applied to Rivers.", LONG) == [
        "iii. The Principle of the Mill applied to Rivers."]


@pytest.mark.parametrize("line, dated", [
    ("BOSTON January 25 1772.", True), ("NEW YORK May 3, 1850.", True),
    ("WASHINGTON, TUESDAY, _February 5th, 1861._", True), ("MONDAY, _February 4th, 1861._", True),
    ("The Mills of May", False), ("MILLS AND MAY", False),
    ("_Rembang, April 10th, 1904._[1]", True),  # (the note's call glued on)
    ("LONDON, April 2 [1847].", True), ("Friday Morning.", True),  # (the year an editor supplied)
    ("18 November.", True), ("3d March", True), ("18 Mills.", False),  # a diary's day, the day first
    ("WASHINGTON, D. C., _September 2, 1865_.", True),  # the place in parts
    ("HOLME, September.", True), ("Holme, Sept.", True), ("Holme, September", False),  # the month alone, its stop
    ("Mills, Weirs, and Dams, May be built", False)])
def test_a_letters_place_before_a_named_day_or_month(line, dated):
    from edition.structure.dates import is_letter_dateline
    assert is_letter_dateline(line) is dated


def test_a_letters_number_over_its_place_and_date_lines_the_place_a_line_of_its_own():
    assert heads_of(LONG, "                 LXIX", "_Rembang,_", "_December 11th, 1903._[1]", LONG,
                    "                 LXX", "_Rembang, March 6th, 1904._[1]", LONG) == ["LXIX", "LXX"]


def test_a_cry_wholly_in_quotation_marks_is_no_heading_a_quoted_question_may_be():
    assert heads_of(LONG, "\u201cMISS ANN IS GONE!\u201d", LONG, "\u201cMISS ANN IS GONE!\u201d", LONG) == []
    assert heads_of(LONG, "\u201cWHY WAS THE MILL BUILT?\u201d", LONG, "\u201cWHO TURNS THE WHEEL?\u201d", LONG) == [
        "\u201cWHY WAS THE MILL BUILT?\u201d", "\u201cWHO TURNS THE WHEEL?\u201d"]


def test_a_sentence_case_heading_may_open_with_a_term_in_its_own_small_letter():
    assert heads_of(LONG, "Methods", LONG, "pH and temperature effect on activity", LONG, "Results",
                    "cDNA synthesis by reverse transcription", LONG) == [
        "Methods", "pH and temperature effect on activity", "Results", "cDNA synthesis by reverse transcription"]
    assert heads_of(LONG, "Methods", LONG, "and then the wheel was turned", LONG) == ["Methods"]


def test_a_date_with_a_time_under_the_byline_and_a_signature_after_a_closing():
    assert opening_of("Flood defences approved\n\nBy Ann Cole, environment correspondent\n\n"
                      "Wed 14 Feb 2024 18.02 GMT") == (
        "Flood defences approved", "By Ann Cole, environment correspondent", "Wed 14 Feb 2024 18.02 GMT")
    assert heads_of(LONG, "Introduction", LONG, "Your loving son,", "Arthur", "P.S. Give my love to Nell.") == [
        "Introduction"]


def test_sentence_case_headings_over_middling_paragraphs():
    middling = "We tried a shared online sheet. It solved the copies, but not the drifting columns at all."
    assert heads_of(LONG, "What we tried first", middling + " " + middling, "Lessons learned",
                    middling + " " + middling, "The end.") == ["What we tried first", "Lessons learned"]


def test_a_lone_first_line_over_the_first_paragraph_is_the_title():
    doc = doc_of("Town Honours Three Volunteers for Their Work\n\n" + BODY + "\n\n" + BODY)
    assert doc.opening.title.text == "Town Honours Three Volunteers for Their Work"
    assert [s.head for s in doc.sections] == [None]
    assert doc_of("Text here.[1] More.[2]\n\n[1] A note.\n\n[2] Another.").opening.title is None


def test_lettered_headings_notes_heading_and_a_heading_between_wrapped_paragraphs():
    assert heads_of(LONG, "(A) Early Years", LONG, "(B) Later Years", LONG) == ["(A) Early Years", "(B) Later Years"]
    assert heads_of(LONG, "(a) early years", LONG) == []
    blocks = split_blocks("\n\n".join([LONG, "Introduction", LONG, "NOTES", "[1] A note.", "[2] More."]))
    assert find_headings(blocks) == {1, 3}  # NOTES heads the notes, whichever rule takes them
    wrapped = BODY.replace(", and ", ",\nand ")
    assert heads_of(wrapped, "Save the river, save the town", wrapped) == ["Save the river, save the town"]
    assert heads_of(BODY, "Save the river, save the town", BODY) == []


def test_a_title_cased_lead_with_a_colon_heads_a_list_but_not_a_letter():
    assert heads_of(LONG, "Key Resources:", "- The Mill Portal: https://example.org/mill\n- Source code") == [
        "Key Resources:"]
    assert heads_of(LONG, "Dear Miss Reed:", LONG, LONG) == []
    # a sentence leading in to its numbered examples is none
    assert heads_of(LONG, "Consider (1) and (2):", "(1) Mills grind corn.", "(2) Wheels turn.", LONG) == []


def test_a_question_with_a_short_subtitle_heads_under_another_heading():
    assert heads_of(LONG, "Introduction", LONG, "Earlier work",
                    'How do we count "mills" in a valley? An open problem', LONG) == [
        "Introduction", "Earlier work", 'How do we count "mills" in a valley? An open problem']


def test_a_quotations_first_line_and_a_signature_in_capitals_are_no_headings():
    poem = '    "WHEN THE MILLER GOES TO LEEDS.\n\n    "When the miller goes to Leeds,\n    Then the river ' \
           'runs and feeds\n    All the wheels along the weir."'
    assert heads_of(LONG, poem, LONG) == []
    assert heads_of(LONG, LONG, "TOM REED.", "Millbridge.") == []


def test_a_caption_in_capitals_over_a_tables_rows_is_no_heading():
    rows = ("For wheels, for which we have received nothing - £.33 0 0\n"
            "For the hire of five men, 70 days each, at 22/6 per day - 378 0 0\n"
            "411 0 0\nDebts due us, for which we expect but little, £.110 0 0")
    assert heads_of(LONG, "MILL ACCOUNT PAID.", rows, LONG) == []
    assert heads_of(LONG, "THE MILLS OF THE VALLEY", LONG + "\n" + LONG, LONG) == ["THE MILLS OF THE VALLEY"]


def test_references_head_entries_that_each_end_in_a_doi():
    entries = ("Reed T. (2009) A new count of mills. Mill Press, Leeds. https://doi.org/10.1/1\n\n"
               "van den Berg A., Cole B. (2015) Mills of the valley. Mill Rev 4: 1-9. "
               "https://doi.org/10.1/2")
    doc = recognise(split_blocks("\n\n".join([LONG, "References", entries])))
    (refs,) = [n for s in doc.sections for n in s.content if isinstance(n, ReferenceList)]
    assert [r.id for r in refs.items] == ["ref-reed-2009", "ref-van-2015"]


def test_notes_one_to_a_line_under_a_notes_heading():
    doc = recognise(split_blocks("\n\n".join([
        "The Academy [1] and the Network [2] met in RQ1 of the study. " + BODY,
        "Notes", "1. https://example.org/academy\n2. https://example.org/network",
        "References", "Reed, T. (2009) A count of mills. Leeds: Mill Press."])))
    assert [n.number for n in doc.notes.notes] == ["1", "2"]


def test_a_chapter_label_with_a_title_closed_by_a_stop_is_a_heading():
    assert heads_of(LONG, "V. The Trials Of Girlhood.", LONG, "VI. The Jealous Mistress.", LONG) == [
        "V. The Trials Of Girlhood.", "VI. The Jealous Mistress."]


def test_a_letters_close_and_signature_are_no_headings_and_notes_heads_are():
    assert heads_of(LONG, "Your affectionate Friend", "TOM REED.", LONG) == []
    assert heads_of(LONG, "NOTES.", "Note 1 (p. 49). The mills of the valley were counted again.") == ["NOTES."]
    doc = recognise(split_blocks("\n\n".join([LONG + " [A]", "FOOTNOTE:", "[A] Mill Circular."])))
    assert doc.notes.head.text == "FOOTNOTE:" and [n.number for n in doc.notes.notes] == ["A"]
    doc = recognise(split_blocks("\n\n".join([LONG + " [M]", "FOOTNOTES:", "[M] Mill Circular."])))
    assert doc.notes.head.text == "FOOTNOTES:" and [n.number for n in doc.notes.notes] == ["M"]


def test_a_short_question_heads_a_paragraph_where_the_text_has_headings_that_ask_nothing():
    heads = ["Why mills matter", "Counting the wheels", "Who are the millers?", "Looking ahead"]
    assert heads_of(LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG, heads[3], LONG) == heads
    # an interviewer's question asks "you"; an orator's runs on; a quoted question is a speaker's
    for question in ("Why did you become a miller?", "But--are we to grind, ye cry, for ever?",
                     "Again I asked the miller, “Is this not the river?”"):
        assert heads_of(LONG, heads[0], LONG, heads[1], LONG, question, LONG) == heads[:2]


def test_a_sentence_case_heading_under_a_quotations_dashed_attribution():
    assert heads_of(LONG, "Counting the wheels", LONG,
                    "    The mill is the only place in the valley where we meet.",
                    "    – Ann Cole, miller", "Looking ahead", LONG) == [
        "Counting the wheels", "Looking ahead"]


def test_a_strong_heading_over_a_glossary_of_long_lines_but_not_an_address():
    glossary = ["mill – n. a building with machinery for grinding grain into flour",
                "weir – n. a low dam built across a river to raise the water level",
                "sluice – n. a sliding gate for controlling a flow of water"]
    assert heads_of(LONG, "Words in This Story", *glossary) == ["Words in This Story"]
    assert heads_of(LONG, "Elm Mill Cottage", "Millbridge Lane", "Leeds", "Yorkshire") == []


def test_a_reference_list_printed_twice_gets_ids_unique_across_both():
    entries = "Reed, T. (2009) A count of mills. Leeds: Mill Press.\n\nCole, A. (2015) Mills. Mill Rev 4: 1-9."
    doc = recognise(split_blocks("\n\n".join([LONG, "References", entries, "Further reading", entries])))
    ids = [r.id for s in doc.sections for n in s.content if isinstance(n, ReferenceList) for r in n.items]
    assert ids == ["ref-reed-2009", "ref-cole-2015", "ref-reed-2009-2", "ref-cole-2015-2"]


def test_a_source_and_its_headline_is_a_heading_a_speakers_question_is_not():
    assert heads_of(LONG, "Counting the wheels", LONG, "Mill Trust: Millions of wheels counted in 2021",
                    LONG) == ["Counting the wheels", "Mill Trust: Millions of wheels counted in 2021"]
    assert heads_of(LONG, "COUNTING THE WHEELS", LONG, "Reed: What did you count?", LONG) == [
        "COUNTING THE WHEELS"]


def test_a_numbered_reference_list_keeps_an_entry_it_cannot_read():
    entries = "\n\n".join([
        "1. Reed T (2009) A count of mills. Mill Rev 4: 1-9.",
        "2. Mill Trust, Survey Office. The valley survey. Available: http://example.org/survey. "
        "Accessed 15 July 2011.",
        "3. Cole A (2015) Mills of the valley. Leeds: Mill Press.",
        "4. Notes on the weir, kept at the mill.",
        "5. Day B (2016) Wheels. Mill Rev 5: 2-3.",
        "6. Elm C (2017) Sluices. Mill Rev 6: 4-5."])
    doc = recognise(split_blocks("\n\n".join([LONG + " [1] [2] [3] [4] [5] [6]", "References", entries])))
    (refs,) = [n for s in doc.sections for n in s.content if isinstance(n, ReferenceList)]
    # the day a page was read is no year of the work; an entry of no shape keeps its number
    assert [(r.number, r.year) for r in refs.items] == [
        ("1", "2009"), ("2", "n.d."), ("3", "2015"), ("4", "n.d."), ("5", "2016"), ("6", "2017")]


def test_a_letters_heading_over_its_date_line():
    assert heads_of(LONG, "224. ANN COLE.", "   16 November, 1777.", LONG, "225. TOM REED.",
                    "   Leeds, 15 December, 1777.", LONG) == ["224. ANN COLE.", "225. TOM REED."]
    # a date line over nothing long: a signature's lines
    assert heads_of(LONG, "TOM REED.", "Leeds, 15 December, 1777.") == []


def test_a_reference_list_entry_in_title_case_is_no_heading():
    entries = ["Reed, T. (2009). A count of mills. Leeds: Mill Press.",
               "Smith, N. (1982). Gentrification and Uneven Development. Economic Geography, 58 (2), 139-155. 10.2307/143793",
               "Cole, A. (2015). Mills of the valley. Mill Rev 4: 1-9."]
    assert heads_of(LONG, "Counting The Wheels", LONG, "References", *entries) == [
        "Counting The Wheels", "References"]


def test_a_letters_date_line_with_its_place_in_full_and_a_speakers_turn_are_no_headings():
    assert heads_of(LONG, "228. TOM REED.", "   Passy, in France, 12 April, 1778.", LONG) == ["228. TOM REED."]
    assert heads_of(LONG, "COUNTING THE WHEELS", LONG, "MR. REED: Victor Cole?", LONG) == [
        "COUNTING THE WHEELS"]


def test_an_orators_headings_in_capitals_and_the_lines_that_are_no_headings_under_them():
    # a heading in capitals is no signature for its function words; a question under a heading
    # in capitals is the orator's; a sentence broken off over its quotation is no heading
    assert heads_of(LONG, "    MILLS AS A MASTER.", "So, too, I find the following:", LONG,
                    "    THE LOVE OF MILLS.", "What is the next thing I find in this creed?", LONG,
                    "They commence by saying that they", "“Believe in one mill, the maker of all.”",
                    LONG) == ["MILLS AS A MASTER.", "THE LOVE OF MILLS."]


def test_a_cross_head_with_a_stop_between_wrapped_paragraphs():
    wrapped = ("The river rose all night, and by morning the lower town was under\nwater. Nobody "
               "had seen a flood like it since the great mill fire of\n1911.")
    assert heads_of(wrapped, "Allen First to Speak.", wrapped, "Something About Mills.", wrapped) == [
        "Allen First to Speak.", "Something About Mills."]
    # not over a line of its own: a speaker's label, a list
    assert heads_of(wrapped, "Allen First to Speak.", "We will.", wrapped) == []


def test_an_indented_definition_with_its_note_after_the_stop_is_no_heading():
    assert heads_of(LONG, "Elbow method", LONG, "    Sum of squared distances of samples to their closest "
                    "cluster center.[3]", LONG, "Silhouette method", LONG) == ["Elbow method", "Silhouette method"]


def test_a_numbered_letters_heading_after_the_last_letters_close():
    letter = ("I arrived here last evening, in good health. This morning the judge called, and "
              "the cause comes on to-morrow before my old friend at the court. " + LONG)
    assert heads_of(LONG, "224. ANN COLE.", "Braintree, 12 December, 1777.", letter, "Yours.",
                    "225. TOM REED.", "Portsmouth (N. H.), 15 December, 1777.", letter) == [
        "224. ANN COLE.", "225. TOM REED."]
    # a signature over a postscript is no heading
    assert heads_of(LONG, "Yours.", "TOM REED.", "P. S. Johnny sends his duty to his mamma. " + LONG) == []


def test_a_first_line_addressed_like_a_salutation_that_heads_later_letters_too():
    assert heads_of("        To Sir Tom Reed.", LONG, LONG, "        To Sir Tom Reed.", LONG) == [
        "To Sir Tom Reed.", "To Sir Tom Reed."]
    # alone, it is an open letter's salutation
    assert heads_of("        To Sir Tom Reed.", LONG, LONG) == []
    # a name in initials is no run of sentences
    assert heads_of(LONG, "    To H. L. K.", "    Mill Gate,\n    December 1, 1883.", LONG, LONG,
                    "    To H. L. K.", "    Mill Gate,\n    January 5, 1884.", LONG) == ["To H. L. K.", "To H. L. K."]


def test_a_chapter_label_with_a_dash_and_a_place_and_dates():
    heading = "CHAPTER III.—CHARLESTON, S. C., March 26, 1861-April 15, 1861."
    assert heads_of(LONG, heading, LONG) == [heading]


def test_a_chapters_argument_of_topics_run_together_by_dashes_under_its_label():
    argument = "A flogging—A night on shore—The state of things on board—San Diego."
    assert heads_of(LONG, "XV", argument, LONG) == ["XV", argument]
    # a first sentence under the label is the chapter's text
    assert heads_of(LONG, "XV", "It was a dark night.", LONG) == ["XV"]


def test_a_journals_argument_with_a_quoted_topic_over_a_short_first_entry():
    argument = "Madeira--Annual races--“Hail Columbia!”--A Night in the Streets."
    entry = "January 19, 1844.--We made Madeira yesterday, and stood off and on until to-day."
    assert heads_of(LONG, "CHAPTER XI.", argument, entry, LONG) == ["CHAPTER XI.", argument]
    # an epigraph and its source under the label is no argument
    epigraph = "“Behold, Thou requirest truth in the inward parts.”—Psalm li. 6."
    assert heads_of(LONG, "CHAPTER XI.", epigraph, LONG) == ["CHAPTER XI."]


def test_a_long_chapters_argument_of_many_topics_under_its_label_and_title():
    argument = "—".join(f"Topic number {word} of the chapter" for word in (
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")) + "."
    assert heads_of(LONG, "XII", argument, LONG) == ["XII", argument]
    assert heads_of(LONG, "    X", "    THE ISLANDS", argument, LONG) == ["X", "THE ISLANDS", argument]
    # under a title in capitals with no label, topics are no chapter's argument
    assert heads_of(LONG, "THE ISLANDS", argument, LONG) == ["THE ISLANDS"]


def test_a_footnote_under_its_heading_between_two_letters_ends_where_the_next_letter_begins():
    doc = recognise(split_blocks("\n\n".join([
        "XXXVI.", "                     SLOANE ST., Thursday (April 25).", LONG + " [13]",
        "Yours affectionately,", "FOOTNOTE:", "[13] \"Sense and Sensibility.\"",
        "XXXVII.", "                     SLOANE ST., Tuesday.", LONG, LONG])))
    assert [n.number for n in doc.notes.notes] == ["13"] and not doc.notes.notes[0].more
    assert [s.head.text for s in doc.sections if s.head] == ["XXXVI.", "XXXVII."]


def test_a_numbered_title_with_a_stop_heads_its_part_not_a_lists_run_nor_a_date():
    heads = ["1. The Sufficiency of the Mill.", "2. The Source of Floods."]
    assert heads_of(LONG, heads[0], LONG, heads[1], LONG) == heads
    assert heads_of(LONG, "1. The Department of Mills.", "2. The Mill School.", LONG) == []
    assert heads_of(LONG, "18 November.", LONG) == []


def test_notes_printed_whole_in_brackets_under_their_heading_and_a_letter_after_them():
    doc = recognise(split_blocks("\n\n".join([LONG + " [1]", "FOOTNOTES", "[Footnote 1: The mills of Milton.]"])))
    assert doc.notes.head.text == "FOOTNOTES" and [n.number for n in doc.notes.notes] == ["1"]
    doc = recognise(split_blocks("\n\n".join([
        "229. TOM REED.", LONG + "[190]", "FOOTNOTES:", "[Footnote 190: Franklin.]",
        "230. ANN COLE.", "   18 May, 1778.", LONG, "   Your affectionate", "   PORTIA."])))
    assert [n.number for n in doc.notes.notes] == ["190"] and not doc.notes.notes[0].more
    assert "230. ANN COLE." in [s.head.text for s in doc.sections if s.head]


def test_a_letters_number_in_long_roman_numerals():
    assert heads_of(LONG, "LXXXVIII.", "TO BERNARD BARTON.", LONG) == ["LXXXVIII.", "TO BERNARD BARTON."]


def test_a_letters_number_in_figures_over_its_heading_date_line_and_salutation():
    # a collection's letters: "315." / "TO ZELTER." / the date line / the salutation / the letter
    assert heads_of(LONG, "315.", "TO ANN COLE.", "Vienna, Feb. 8, 1823.", "MY BRAVE COLLEAGUE,--",
                    LONG, "316.", "TO TOM REED.", "DEAR REED,--", LONG) == [
        "315.", "TO ANN COLE.", "316.", "TO TOM REED."]
    # a number alone over a paragraph is a list's or a page's, no heading
    assert heads_of(LONG, "315.", LONG) == []


def test_numbered_sections_in_sentence_case_closed_by_a_stop():
    heads = ["28. Mills due to false inference.", "29. Harmful mills.", '31. The mills are "right." Rights.']
    assert heads_of(LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG) == heads
    # one alone is a paragraph's first sentence; numbers that fall are a list's
    assert heads_of(LONG, heads[0], LONG) == []
    assert heads_of(LONG, heads[1], LONG, heads[0], LONG) == []


def test_a_book_notice_headed_by_the_book_as_its_title_page_gives_it():
    notice = ("    THE OLD MILL; or, Sunshine and Storm. By Mrs. ANN COLE. Author of Southwold. "
              "Carleton, publisher, 413 Broadway, New York.")
    assert heads_of(LONG, notice, LONG) == [notice.strip()]
    assert heads_of(LONG, "THE MILL. By TOM REED. Ticknor & Fields. Boston. Price, 75 cts.", LONG) == [
        "THE MILL. By TOM REED. Ticknor & Fields. Boston. Price, 75 cts."]
    # a sentence in capitals first is no notice
    assert heads_of(LONG, "NOTICE. The mill was built by Tom Reed in 1850, and it stood for years.", LONG) == []


def test_a_numbered_headings_title_under_it_over_an_epigraph():
    epigraph = '   "Thou hast given a banner to them that fear Thee."--Ps. lx. 4.'
    assert heads_of(LONG, "23. Twenty-third Day.", "Standard-Bearers.", epigraph, LONG) == [
        "23. Twenty-third Day.", "Standard-Bearers."]
    # under a paragraph, such a line is no heading
    assert heads_of(LONG, "Standard-Bearers.", epigraph, LONG) == []


def test_a_translators_line_names_no_author_in_the_header(tmp_path):
    from support import encode_text
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = encode_text(tmp_path, "THE MILLER'S LETTERS.\n\nTRANSLATED BY LADY COLE.\n\n"
                                 "(From the collection of Dr. Tom Reed; Vol. II)\n\n" + BODY + "\n\n" + BODY)
    assert root.xpath("string(//t:titlePage/t:byline)", namespaces=ns) == "TRANSLATED BY LADY COLE."
    assert root.xpath("//t:teiHeader//t:titleStmt/t:author", namespaces=ns) == []


def test_the_header_names_the_author_without_the_pseudonym_or_the_speech(tmp_path):
    from support import encode_text
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = encode_text(tmp_path, 'AN INTERVIEW WITH MISS COLE.\n\nBy TOM REED ("12-Bore").\n\n'
                                 "(Mill and Gun, September 24, 1892)\n\n" + BODY + "\n\n" + BODY)
    assert root.xpath("string(//t:teiHeader//t:titleStmt/t:author)", namespaces=ns) == "TOM REED"
    byline = root.xpath("//t:titlePage/t:byline", namespaces=ns)[0]
    assert "".join(byline.itertext()) == 'By TOM REED ("12-Bore").'
    assert byline.xpath("string(t:docAuthor)", namespaces=ns) == "TOM REED"
    root = encode_text(tmp_path, "THE MILL FUND.\n\nAN ADDRESS BY PRESIDENT TOM C. REED, DELIVERED AT THE "
                                 "TABERNACLE, OCTOBER 6, 1854.\n\n(Journal of Mills, Vol. 7, 1860)\n\n"
                                 + BODY + "\n\n" + BODY)
    assert root.xpath("string(//t:titlePage/t:byline/t:docAuthor)", namespaces=ns) == (
        "PRESIDENT TOM C. REED, DELIVERED AT THE TABERNACLE, OCTOBER 6, 1854.")


def test_an_initial_and_a_surname_in_capitals_is_a_signature_not_a_roman_label():
    assert heads_of(LONG, "Your old friend,", "C. LAMB.", "XC.", "TO TOM REED.", LONG) == [
        "XC.", "TO TOM REED."]
    assert heads_of(LONG, LONG, "C. LAMB.", "XC.", "TO TOM REED.", LONG) == ["XC.", "TO TOM REED."]
    assert heads_of(LONG, "V. CONCLUSION.", LONG) == ["V. CONCLUSION."]


def test_a_line_giving_an_address_is_no_heading():
    assert heads_of(LONG, "Point of contact: Ann Cole, ann.cole@mill.example.org", LONG) == []
    assert heads_of(LONG, "Mill Records https://mill.example.org/records", LONG) == []


def test_lone_numbers_counting_on_by_one_number_the_sections():
    assert heads_of(LONG, "1", LONG, LONG, "2", LONG) == ["1", "2"]
    # one alone, or numbers that skip, number nothing the layout shows
    assert heads_of(LONG, "1", LONG, LONG) == []
    assert heads_of(LONG, "1", LONG, "5", LONG) == []


def test_a_catechisms_question_is_no_heading():
    assert heads_of(LONG, "Q. But Mills, Wheels?", "A. Wheels are mills, and mills are wheels.", LONG) == []


def test_a_chapters_time_in_capitals_under_its_title():
    assert heads_of(LONG, "MISSOURI", "APRIL AND MAY, 1861.", LONG) == ["MISSOURI", "APRIL AND MAY, 1861."]
    assert heads_of(LONG, "LIFE'S TROUBLES AND CLOSE.", "1823 TO 1827.", LONG) == [
        "LIFE'S TROUBLES AND CLOSE.", "1823 TO 1827."]
    # under a paragraph it is a date line, no heading
    assert heads_of(LONG, "APRIL AND MAY, 1861.", LONG) == []


def test_a_chapters_label_and_title_set_in_one_block_are_its_headings():
    # Project Gutenberg's layout: the label and the title a line each, one block
    assert heads_of(LONG, "      BOOK 3.IV.\n      TERROR", "      Chapter 3.4.I.\n      Charlotte Corday.",
                    LONG) == ["BOOK 3.IV.", "TERROR", "Chapter 3.4.I.", "Charlotte Corday."]
    assert heads_of(LONG, "           CHAPTER IV.\n       EARLY MILLS.", LONG) == ["CHAPTER IV.", "EARLY MILLS."]
    # a label over a sentence is no such pair
    assert heads_of(LONG, "II.\nThe mills rose, and the river fell with them all the year.", LONG) == []


def test_a_title_glued_to_the_unwrapped_paragraph_or_the_list_it_heads():
    # a blog post pasted without blank lines under its headings
    para = LONG + " " + LONG
    assert heads_of(LONG, "Introduction", LONG, "Andreas Mueller\n" + para, "Goals of Sprints\n"
                    "- To meet in one room\n- To review the mills", LONG) == [
        "Introduction", "Andreas Mueller", "Goals of Sprints"]
    # over a hard-wrapped paragraph's next line, or in sentence case, no such heading
    assert heads_of(LONG, "Introduction", LONG, "Andreas Mueller\nhas been a miller since 2011.",
                    "The mills of the valley\n" + para, LONG) == ["Introduction"]


WRAPPED = ("Natural organic matter present in aquatic environments, sediments,\n"
           "and soils is a complex mixture of compounds whose reactivity\n"
           "spans several orders of magnitude in time.")


def test_numbered_headings_glued_to_their_wrapped_paragraphs_as_a_pdf_prints_them():
    # text taken from a journal's PDF: each numbered heading over its paragraph, no blank line
    assert heads_of(LONG, "1 Introduction\n" + WRAPPED, "2 Materials and methods\n2.1 Sample selection\n"
                    + WRAPPED, "2.2 Instrumental setup\n" + WRAPPED,
                    "References\nBeaupré, S. R. and Griffin, S.: A low-blank extraction system,\n"
                    "Limnol. Oceanogr.-Meth., 5, 174–184, 2007.") == [
        "1 Introduction", "2 Materials and methods", "2.1 Sample selection", "2.2 Instrumental setup",
        "References"]
    # one alone may be a list's item; an entry's or a note's lines are no heading
    assert heads_of(LONG, "1 Introduction\n" + WRAPPED, LONG) == []
    assert heads_of(LONG, "7. Sandve GK, Nekrutenko A, Taylor J. Ten Simple Rules for\nReproducible "
                    "Computational Research. PLoS Comput Biol. 2013;9(10).\ndoi:10.1371/x",
                    "8. Wilson G, Aruliah DA, Brown CT. Best Practices for Scientific\nComputing. "
                    "PLoS Biol. 2014;12(1).\ndoi:10.1371/y") == []


def test_a_summarys_questions_each_over_its_answer():
    # the last question heads a one-sentence answer, as the two before it do longer ones
    answer = "Implementation of mill policies can help reduce flooding among millers."
    assert heads_of(LONG, "Summary", "What is already known about this topic?", LONG,
                    "What is added by this report?", LONG,
                    "What are the implications for public health practice?", answer, LONG, LONG) == [
        "Summary", "What is already known about this topic?", "What is added by this report?",
        "What are the implications for public health practice?"]
    # one question alone over a short paragraph stays a paragraph
    assert heads_of(LONG, "What are the implications for the mills?", answer, LONG) == []


def test_a_word_in_capitals_with_a_stop_opening_the_body_is_a_heading_not_a_signature():
    assert heads_of("INTRODUCTION.", "GEOGRAPHY.", LONG, LONG) == ["INTRODUCTION.", "GEOGRAPHY."]
    # after a paragraph, over another heading, the same shape signs it
    assert heads_of(LONG, "SIGMA.", "GEOGRAPHY.", LONG) == ["GEOGRAPHY."]


def test_a_weekday_over_a_letter_is_its_date_no_heading():
    assert heads_of(LONG, "Letter 57", "              Monday", "Dear Boy,", LONG) == ["Letter 57"]


def test_a_turn_of_a_transcript_in_its_own_marks_is_no_heading():
    assert heads_of(LONG, '_Mr. Choate._ "In the Western Union?"', '_Mr. Sage._ "Yes, sir."', LONG) == []


def test_a_section_sign_numbers_a_section_and_a_lead_in_with_a_note_is_no_heading():
    # an essay's part, its title and its section: "II" / "THEODORE DREISER" / "§ 2"
    assert heads_of(LONG, "II", "THE MILLER", "§ 2", LONG) == ["II", "THE MILLER", "§ 2"]
    # a lead-in's colon before a note's number: "… “Life, Art and America”:[19]"
    assert heads_of(LONG, "Introduction", LONG, "Or this from his pamphlet, “Mills and Rivers”:[19]",
                    "    " + LONG, LONG) == ["Introduction"]


def test_a_lead_in_ending_on_a_preposition_is_no_heading():
    # the sentence runs on into the verse under it
    assert heads_of(LONG, "Introduction", LONG, "Writing to Mark Lemon (June, 1849) he gives an amusing parody of",
                    "    Lesbia hath a beaming eye,\n    But no one knows for whom it beameth;", LONG) == [
        "Introduction"]


def test_a_chapters_title_in_sentence_case_with_a_stop_under_its_label():
    assert heads_of(LONG, "CHAPTER XIII.", "My work in the Crimea.", LONG) == ["CHAPTER XIII.",
                                                                             "My work in the Crimea."]
    # two sentences, or over a short line, it is the chapter's text
    assert heads_of(LONG, "CHAPTER XIII.", "It was late. We left.", LONG) == ["CHAPTER XIII."]


def test_a_letters_place_and_date_in_capitals_and_a_hyphened_place_are_no_headings():
    # under a letter's number and its address: its place and date, no title ("ROME, 12
    # FEBRUARY", "ROME, MARCH"); a news column's "New-York, Sept. 28." as its "Pittsburgh, Sept. 7."
    assert heads_of(LONG, "CI", "TO HIS BROTHER QUINTUS", "ROME, 12 FEBRUARY", LONG,
                    "CIV", "TO HIS BROTHER QUINTUS", "ROME, MARCH", LONG) == [
        "CI", "TO HIS BROTHER QUINTUS", "CIV", "TO HIS BROTHER QUINTUS"]
    assert heads_of(LONG, "                New-York, Sept. 28.", LONG) == []


def test_a_poems_title_set_in_under_a_lead_ins_colon_over_its_lines_is_no_heading():
    poem = "    Lacerated grey has bitten\n    Into your shapeless humility.\n    Life has given you heavy stains."
    assert heads_of(LONG, "Observe the first poem in the book:", "    ADVICE TO A STREET PAVEMENT.",
                    poem, LONG) == []
    # (a heading set in over the text, no lead-in over it, stays one)
    assert heads_of(LONG, "    THE SECOND PART.", LONG) == ["THE SECOND PART."]


def test_an_old_papers_line_over_a_letter_it_prints_heads_it():
    letter = ('"We were stopped about seven miles from the town by armed men, who would not let us '
              'pass until we had shown them that we came from no place where the fever was."')
    assert heads_of(LONG, "                New-York, Sept. 28.",
                    "    Extract of a letter from Philadelphia to a gentleman in Baltimore, dated the 20th instant.",
                    letter, "                From the same, dated Sept. 14.", letter) == [
        "Extract of a letter from Philadelphia to a gentleman in Baltimore, dated the 20th instant.",
        "From the same, dated Sept. 14."]


def test_a_fact_sheets_questions_each_over_its_answer_are_its_headings():
    answer = ("Many women who have the operation have the choice of having the shape of the "
              "removed part rebuilt, and the surgeon can tell them what each way involves.")
    longer = answer + " " + answer
    assert heads_of("What is reconstruction?", answer, answer, "How do surgeons use implants?",
                    longer, answer) == ["What is reconstruction?", "How do surgeons use implants?"]
    # (a question asking "you", a paragraph of its own in a talk, is no heading)
    assert heads_of(answer, "What would you do?", longer, "Where would you go?", longer) == []


def test_a_numbered_objection_over_its_answer_is_no_heading():
    answer = "Answer. " + LONG
    assert heads_of(LONG, "1. God's way is a way of love, peace, and unity.", answer,
                    "2. God's way is a way of humility.", answer) == []


def test_an_equation_on_its_line_with_its_number_can_be_no_heading():
    from edition.structure.headings import shape
    line = split_blocks("    Q_trib,i = Q̄_trib SI_i    for i = 1, 2, . . . , 192    (1)")[0]
    assert shape(line) is None  # (no heading's shape, whatever stands around it)


def test_the_bodys_first_line_with_its_stop_heads_it_as_its_kin_below_do():
    import textwrap
    wrapped = textwrap.fill(LONG, 70)  # (a hard-wrapped essay's paragraphs)
    assert heads_of("His Destiny.", wrapped, "His Critic.", wrapped, "Himself.", wrapped, wrapped) == [
        "His Destiny.", "His Critic.", "Himself."]


def test_a_news_columns_day_alone_set_in_as_its_place_and_day_lines_is_no_heading():
    set_in = " " * 16
    assert heads_of(LONG, set_in + "Pittsburgh, Sept. 7.", LONG, set_in + "Philadelphia, Sept. 21.",
                    LONG, set_in + "Sept. 25.", LONG, set_in + "New-York, Oct. 16.", LONG) == []


def test_a_chapters_label_and_title_over_a_line_of_dialogue_and_a_letters_place_and_day():
    assert heads_of(LONG, "CHAPTER I", "OBTAINING SUPPLIES.", "“I want something to do.”", LONG) == [
        "CHAPTER I", "OBTAINING SUPPLIES."]
    # a letter's place and day under its number: a date line, no title
    assert heads_of(LONG, "Letter VI", "LONGMOUNT, September 25.", LONG) == ["Letter VI"]
    # a travel letter's place and month, set far to the right over its first paragraph
    assert heads_of(LONG, "                                   HOLME, September.", LONG) == []


def test_a_question_after_a_colon_in_sentence_case_is_a_heading_a_speakers_turn_is_not():
    assert heads_of(LONG, "Introduction", LONG, "Mills of the Valley", LONG,
                    "Shifting mill drivers: end of the low road?", LONG) == [
        "Introduction", "Mills of the Valley", "Shifting mill drivers: end of the low road?"]
    assert heads_of(LONG, "Introduction", LONG, "Mills of the Valley", LONG,
                    "Ann Cole: where is the low road?", LONG) == ["Introduction", "Mills of the Valley"]


def test_an_articles_keywords_and_a_quoted_turn_of_a_dialogue_are_no_headings():
    assert heads_of(LONG, "KEYWORDS: Mills; Wheels; Rivers", "Introduction", LONG) == ["Introduction"]
    assert heads_of(LONG, '"How many wheels did you count at the mill that is just\nover?"', '"Two"',
                    '"Out of how many?"', LONG) == []


def test_a_notes_page_wrapped_to_a_line_of_its_own_stays_in_its_note():
    doc = recognise(split_blocks("\n\n".join([
        "The Academy [4] and the Network [5] met. " + BODY, LONG,
        "Notes", "[4] Ann Cole, Mills in Leeds (Leeds: Mill Press, 1915),\n11.", "[5] Ibid., 12."])))
    assert doc.notes.head.text == "Notes"
    assert [n.number for n in doc.notes.notes] == ["4", "5"]


def test_a_papers_parts_with_a_colon_and_a_reference_lists_groups_are_headings():
    # "ABSTRACT:" heads the abstract; a lead-in ending with a colon ("And again:") heads nothing
    assert heads_of("ABSTRACT:", LONG, "Introduction", LONG, "And again:", LONG) == ["ABSTRACT:", "Introduction"]
    # a list in Portuguese under its heading and its first group's name, then its other groups
    doc = recognise(split_blocks("\n\n".join([
        LONG, "REFERÊNCIAS - Livros:", "REED, Tom. Moinhos do vale. São Paulo: Moderna, 2000.",
        "Teses e Dissertações:", "COLE, Ana. O moinho e suas rodas. Belo Horizonte, 2012.",
        "Filmes:", "MOINHO, Vale. Direção: Ana Cole. Brasília: Documenta, 2014."])))
    assert [s.head.text for s in doc.sections if s.head is not None] == [
        "REFERÊNCIAS - Livros:", "Teses e Dissertações:", "Filmes:"]
    lists = [n for s in doc.sections for n in s.content if isinstance(n, ReferenceList)]
    assert [r.id for n in lists for r in n.items] == ["ref-reed-2000", "ref-cole-2012", "ref-moinho-2014"]


def test_notes_end_where_a_reference_list_in_another_language_begins():
    doc = recognise(split_blocks("\n\n".join([
        "The mills² stood by the river³. " + BODY, LONG, "NOTES",
        "2 The mills of the upper valley.", "3 The river Aire.",
        "REFERÊNCIAS - Livros:", "REED, Tom. Moinhos do vale. São Paulo: Moderna, 2000."])))
    assert doc.notes is not None and [n.number for n in doc.notes.notes] == ["2", "3"]
    assert [n.more for n in doc.notes.notes] == [[], []]


def test_a_chapter_title_with_a_doctors_stop_an_et_cetera_in_capitals_and_an_italic_date_line():
    assert heads_of(LONG, "XVI.—Dr. Tom Reed, of Millbridge (1690–1760).", LONG) == [
        "XVI.—Dr. Tom Reed, of Millbridge (1690–1760)."]
    # after a section break nothing is signed: a heading in capitals over the first part's label
    assert heads_of(LONG, "* * * * *", "ADDRESS, &c.", "PART I.", LONG) == ["ADDRESS, &c.", "PART I."]
    assert heads_of(LONG, "JOHN REED, &c.", "PART I.", LONG) == ["PART I."]  # a signature
    # a letter's date in Gutenberg's italics over its salutation is no heading
    assert heads_of(LONG, "_May 24, 1909._", "DEAR MRS. REED,--", LONG, "FILING A CLAIM", LONG) == [
        "FILING A CLAIM"]


def test_a_debates_short_turn_after_its_speakers_name_and_a_dash_is_no_heading():
    assert heads_of(LONG, "Hon. MR. REED - What is the estimated cost of the mill?",
                    "Hon. ATTORNEY-GENERAL—£100,000", "Hon. CHIEF MILLER—I think, Sir, " + LONG,
                    "The Mill Wheel", LONG) == ["The Mill Wheel"]


def test_a_numbered_title_about_words_in_italics_in_small_letters_is_a_heading():
    assert heads_of(LONG, "I. _Foreign Words_.", LONG, "II. _ae_ and _oe_.", LONG) == [
        "I. _Foreign Words_.", "II. _ae_ and _oe_."]
    # a numbered sentence that names a word in italics is none
    assert heads_of(LONG, "I. _Foreign Words_.", LONG, "2. _Memoranda_ is preferable to the other form.", LONG) == [
        "I. _Foreign Words_."]


def test_a_line_set_flush_right_under_a_wrapped_paragraph_is_a_signature_not_a_heading():
    wrapped = textwrap.fill(LONG + " " + LONG, 60)
    width = max(len(line) for line in wrapped.splitlines()[:-1])
    signed = " " * (width - len("A MILLER OF LEEDS.")) + "A MILLER OF LEEDS."
    centred = " " * ((width - len("THE WEIR.")) // 2) + "THE WEIR."
    assert heads_of(*[wrapped] * 3, signed, "THE MILL.", *[wrapped] * 3, centred, wrapped) == ["THE MILL.", "THE WEIR."]


def test_a_cross_head_with_a_french_title_stopped_is_one_sentence():
    # "Testimony of Mme. Dreyfus." between hard-wrapped paragraphs: "Mme." ends no sentence
    wrapped = textwrap.fill(LONG + " " + LONG, 60)
    assert heads_of(wrapped, wrapped, "Testimony of Mme. Reed.", wrapped, wrapped) == ["Testimony of Mme. Reed."]


def test_a_salutation_in_capitals_closed_by_a_comma_is_no_heading():
    # "FRIENDS AND FELLOW TOWNSMEN," over an address; "PROCEEDINGS OF THE CONFERENCE," stays one
    assert heads_of(LONG, "FRIENDS AND FELLOW TOWNSMEN,", LONG, "PROCEEDINGS OF THE MILL BOARD,", LONG) == [
        "PROCEEDINGS OF THE MILL BOARD,"]


def test_a_hearings_short_turns_after_a_title_and_a_name_in_capitals_are_no_headings():
    # a congressional record's labels: the title, the name in capitals, a full stop
    turns = ["The CHAIRMAN. You are a native of Leeds, are you not?", "Mr. REED. I am.",
             "Senator KNOX. When?", "Mr. REED. In 1912.", "Senator KNOX. Where?"]
    assert heads_of(LONG, *turns, "MR. REED RESIGNS", LONG, "Mr. REED, Thomas Reed.", LONG) == ["MR. REED RESIGNS"]
    # one speaker so labelled is no hearing: a short line under its heading stays a heading
    assert heads_of(LONG, "Senator KNOX. When?", LONG) == ["Senator KNOX. When?"]
    # a witness titled as a professor is labelled so too
    turns = ["The CHAIRMAN. You teach in Leeds?", "Prof. REED. Yes?", "Mr. KNOX. For how long?",
             "Prof. REED. Ten years."]
    assert heads_of(LONG, *turns, LONG) == []


def test_a_date_alone_under_the_source_line_heads_the_days_record_a_letters_date_does_not():
    opening = "Hearings on the Mill Fire\n\n(Volume IV; Leeds: Mill Press, 1964)\n\n"
    assert heads_of(opening + "Tuesday, April 21, 1964", "TESTIMONY OF TOM REED", LONG) == [
        "Tuesday, April 21, 1964", "TESTIMONY OF TOM REED"]
    assert heads_of(opening + "                WEDNESDAY, 16th MARCH, 1870.", LONG) == ["WEDNESDAY, 16th MARCH, 1870."]
    # a court's sitting in capitals, where with when
    assert heads_of(opening + "COUNTY MILL COURT, MAY 14, 1856.", LONG) == ["COUNTY MILL COURT, MAY 14, 1856."]
    # an obituary's date of death is no day's record
    assert heads_of(opening + "DIED DECEMBER 22D, 1909.", LONG) == []
    # (in capitals over a letter's salutation: the letter's place and date)
    assert heads_of(opening + "LEEDS, MAY 14, 1856.", "Dear Sir,", LONG) == []
    # no source line (a news report's date), or a letter's date over its salutation: no heading
    assert heads_of("Mill Fire in Leeds\n\nTuesday, April 21, 1964", LONG, LONG) == []
    assert heads_of(opening + "April 21, 1964", "Dear Sir,", LONG) == []
    # a dispatch's date set to the right, as a letter's is: no day's record
    assert heads_of(opening + " " * 40 + "December 23rd, 1899.", LONG, LONG) == []


def test_an_epigraphs_source_set_far_right_under_it_is_no_heading():
    epigraph = ('"However combinations of the above description may now and then answer popular\n'
                'ends, they are likely in the course of time to become potent engines."')
    source = " " * 35 + "WASHINGTON'S FAREWELL ADDRESS."
    assert heads_of(LONG, epigraph, source, LONG) == []
    doc = recognise(split_blocks("\n\n".join([LONG, epigraph, source, LONG])))
    node = doc.sections[0].content[2]
    assert node.block.text.strip() == "WASHINGTON'S FAREWELL ADDRESS." and node.attribution == "under"
    # centred under a paragraph that is no quotation: a heading
    assert heads_of(LONG, " " * 22 + "THE FAREWELL ADDRESS.", LONG) == ["THE FAREWELL ADDRESS."]


@pytest.mark.parametrize("printed, title", [
    ("THE MILLER*", "THE MILLER"), ("THE GOSPEL OF THE MILL.*", "THE GOSPEL OF THE MILL."),
    ("The Mill[1]", "The Mill"), ("The Mill¹", "The Mill"), ("Mill * Wheel", "Mill * Wheel"),
])
def test_the_headers_title_goes_without_a_note_marker_the_title_page_keeps_it(tmp_path, printed, title):
    from support import encode_text
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = encode_text(tmp_path, f"{printed}\n\nBy Tom Reed\n\n(Mill Monthly, June 1988)\n\n{BODY}\n\n{BODY}")
    assert root.xpath("string(//t:teiHeader//t:titleStmt/t:title[@type='main'])", namespaces=ns) == title
    assert root.xpath("string(//t:titlePage//t:titlePart[@type='main'])", namespaces=ns) == printed


def test_a_book_notice_in_title_case_a_papers_number_and_day_and_a_verse_set_apart():
    # a review's heading giving the book, its title in title case, "By." with a stop
    notice = "Mills at the Door. By. K. K. Cole. Fleming H. Reed company."
    assert heads_of(LONG, notice, LONG, "Wheels Given Drubbing", LONG) == [notice, "Wheels Given Drubbing"]
    # an essay-paper's number and day over its motto and text
    assert heads_of("NUMB. 88.  SATURDAY, Jan. 19. 1751.", LONG, LONG) == ["NUMB. 88.  SATURDAY, Jan. 19. 1751."]
    assert heads_of(LONG, "No. 88. in the list", LONG) == []
    # the last line of an indented extract, set apart by a blank line: no heading
    verse = "        —From the mill\n        They view'd the vast immeasurable weir.\n        Impenetrable, fenced with circling stone."
    assert heads_of(LONG, verse, "        To none communicable in mill or weir", LONG, LONG) == []


def test_chicago_author_date_entries_in_title_case_are_no_headings():
    entries = ["Foster, Edith. 2010. Mills, Wheels, and Periclean Weirs, Cambridge: Cambridge University Press",
               "Greenwood, Emily. 2006. Mills and the Shaping of History, London: Duckworth"]
    assert heads_of(LONG, "Introduction", LONG, "Works Cited", *entries) == ["Introduction", "Works Cited"]


@pytest.mark.parametrize("line, byline", [
    ("BY MARTIN ROSS AND E. Œ. SOMERVILLE", True),  # two authors in capitals, a ligature's initial
    ("By Jane Smith and John Doe", True),
    ("LIFE'S TROUBLES AND CLOSE.", False),  # no "By": capitals joined by AND are no names
    ("BY HIS ASSISTANT AND SUCCESSOR.", True),  # an author who signs by what he was to the subject
    ("A DISCOURSE, AT TEMPLE KENESETH ISRAEL, BY RABBI JOSEPH KRAUSKOPF, D. D.", True),  # where, then by whom
    ("A Paper Read by CLARA ZETKIN", True),  # a paper read to a conference, by its writer
    ("A Paper on the Mills of the Weir", False),
])
def test_bylines_in_capitals_name_two_authors(line, byline):
    from edition.structure.opening import is_byline, looks_like_name
    assert (is_byline(line) or looks_like_name(line)) is byline


def test_a_quoted_line_set_in_as_a_cross_head_between_turns_is_a_heading():
    before = "“I have always kept,” he said, “strictly within the lines of useful inventions, and " \
             "never had time for wonders valuable only as novelties to catch the fancy.”"
    after = "“What makes you work?” I asked with real curiosity. “What impels you to go on day " \
            "after day, when the money is long since made and the fame won?”"
    assert heads_of(LONG, before, "                         “I LIKE IT—I HATE IT”", after, LONG) == [
        "“I LIKE IT—I HATE IT”"]
    # flush between the turns, a turn of the dialogue
    assert "“I LIKE IT—I HATE IT”" not in heads_of(LONG, before, "“I LIKE IT—I HATE IT”", after, LONG)


def test_a_plays_speakers_set_in_over_their_speeches_in_an_extract_are_no_headings():
    verse = "    Here are flowers for you,\n    But they are not all for you.\n    Some are for the Virgin."
    assert heads_of(LONG, "    ELSIE.", verse, "    PRINCE HENRY.", verse, "    ELSIE", verse, LONG) == []
    # a heading set in once is still one
    assert heads_of(LONG, "    ELSIE.", verse, LONG) == ["ELSIE."]


def test_a_day_of_proceedings_over_its_date_line_is_a_heading_not_a_signature():
    assert heads_of(LONG, "SECOND DAY.", "WASHINGTON, TUESDAY, _February 5th, 1861._", LONG) == ["SECOND DAY."]
    # a name in capitals there signs the text before it
    assert heads_of(LONG, "JOHN ADAMS.", "WASHINGTON, TUESDAY, _February 5th, 1861._", LONG) == []


def test_a_short_title_cased_cry_over_a_paragraph_is_a_heading():
    assert heads_of(LONG, "Punch!", LONG, "Glorious Dublin!", LONG) == ["Punch!", "Glorious Dublin!"]
    # a sentence crying out, a quoted cry, a run of marks: no heading
    assert heads_of(LONG, "Help me now, please!", LONG, "“Punch!”", LONG, "Oh Dear!!", LONG) == []


def test_under_a_numbered_heading_its_title_in_sentence_case_closed_by_a_stop():
    assert heads_of(LONG, "1. Plan the mill before you start", "Draw a plan or a protocol.", LONG,
                    "2. Keep track of the grain", LONG) == [
        "1. Plan the mill before you start", "Draw a plan or a protocol.", "2. Keep track of the grain"]
    # a sentence with a verb of narration is the section's first sentence
    assert "It was a dark night." not in heads_of(LONG, "1. Plan the mill before you start",
                                                  "It was a dark night.", LONG, "2. Keep track of the grain", LONG)


def test_a_discourses_side_notes_set_in_over_its_paragraphs_are_headings():
    notes = ["    My visit to the mill and its purpose.", "    Refused admission by the miller.",
             "    Determined to test my right."]
    assert heads_of(notes[0], LONG, notes[1], LONG, notes[2], LONG) == [n.strip() for n in notes]
    # one or two such lines are extracts, set in; a letter's date lines are none
    assert heads_of(LONG, notes[0], LONG, LONG) == []
    assert heads_of(LONG, "    Passy, 25 April, 1778.", LONG, "    Passy, 26 April, 1778.", LONG,
                    "    Passy, 27 April, 1778.", LONG) == []


def test_side_notes_with_a_note_call_or_naming_the_day_are_headings_among_others():
    # a journal's side-notes: "    Christian Church.[156]" carries its note's call, "    A Royal
    # Audience, May 28." names the day; among three or more side-notes both are headings
    notes = ["    Arrival at the mill.", "    A messenger sent to the miller.[12]", "    The miller's house.",
             "    At Anchor below the Weir, May 27.", "    A Visit to the Church.[14]"]
    assert heads_of(*[x for n in notes for x in (n, LONG)]) == [
        n.strip() for n in notes]
    # a place and date alone set in is a letter's, even among side-notes
    assert "Passy, May 27." not in heads_of(*[x for n in notes[:3] for x in (n, LONG)], "    Passy, May 27.", LONG)


def test_a_letters_addressee_opening_the_body_over_its_date_line_heads_it():
    assert heads_of("    To Mrs. W. W. Story", "                   LONDON, March 23, 1847.", LONG,
                    "    To W. D. B. and A. B.", "                   LONDON, April 2, 1847.", LONG)[:1] == [
        "To Mrs. W. W. Story"]
    # a salutation over the letter's text is none
    assert heads_of("To Sir John Moore,", LONG, LONG) == []


def test_a_sentence_cried_in_capitals_is_no_heading():
    assert heads_of(LONG, "Stormfield, Christmas Eve, 11 A.M., 1909.", "MILL IS DEAD!", LONG) == []
    assert heads_of(LONG, "THE GREAT FIRE!", LONG, "THE FLOOD", LONG)[:1] == ["THE GREAT FIRE!"]


def test_a_quoted_title_closed_by_a_slip_of_print_with_its_opening_mark_is_a_heading():
    assert heads_of(LONG, "“Mills at the Door“", LONG, "The Wheel", LONG)[:1] == ["“Mills at the Door“"]


def test_a_columns_cross_heads_and_decks_between_paragraphs_a_line_each():
    # a newspaper column not hard-wrapped: a title-cased cross-head closed by a stop between
    # paragraphs a line each, and under a headline in capitals its deck
    para = " ".join([BODY] * 2)
    assert heads_of(para, "MILLERS IN MOURNING.",
                    "Old Friends of the Valley Mill Speak of Its Keeper.", para,
                    "A Banking Friend.", para, "A Boyhood Friend.", para) == [
        "MILLERS IN MOURNING.", "Old Friends of the Valley Mill Speak of Its Keeper.",
        "A Banking Friend.", "A Boyhood Friend."]
    # a diary's days, a sentence saying "I", a letter's place and month are none
    assert heads_of(para, "August 3.", para, "I’m Ann Cole.", para, "THE MILLER'S LETTER.",
                    "St. Martin's Street, January.", para) == ["THE MILLER'S LETTER."]


def test_a_letters_label_and_addressee_stacked_over_its_place_and_date():
    head = "Letter 13\nTo Richard Miller, Esq.\nFrom a Hamlet among the Mills of the Valley,\nSept. 28, 1739, N. S."
    assert heads_of(head, LONG, LONG, head.replace("13", "14"), LONG) == [
        "Letter 13", "To Richard Miller, Esq.", "Letter 14", "To Richard Miller, Esq."]
    # without an addressee, the lines stay together as they are
    assert heads_of("Letter 13\nFrom a Hamlet among the Mills,\nSept. 28, 1739.", LONG, LONG) == []


def test_a_pamphlets_long_title_naming_a_reverend_over_its_byline_and_imprint():
    # "Rev. Mr." ends no sentence: the title is one, over "By …" and the bracketed imprint
    title = "REMARKS ON A PAMPHLET Lately published by the Rev. Mr. COLE, Under the AUTHORITY of the BOARD OF MILLS."
    byline, imprint = "By ANN MILLER.", "(The Second Edition. London: Printed for J. Wood. MDCCLXVII. Price Sixpence.)"
    assert opening_of("\n\n".join([title, byline, imprint])) == (title, byline, imprint)
    # two sentences, though, are a paragraph's, not a title
    assert opening_of("\n\n".join(["The mill burnt. Then the Rev. Mr. Cole came To the town at once, and more.",
                                   byline, imprint]))[0] is None


def test_a_diarys_weekday_and_day_of_the_month_in_capitals_is_no_heading():
    # "FRIDAY, 23RD" over the entry: the day it was written, as a letter's date line is
    para = " ".join([BODY] * 2)
    assert heads_of("THE FIRST DAY.", para, "FRIDAY, 23RD", para, "Saturday, 24th.", para) == ["THE FIRST DAY."]


def test_a_diarys_month_and_day_and_a_weekday_with_its_date_in_italics_are_no_headings():
    # "1816.--JANUARY 1." / "JANUARY 2.", "_Wednesday, 5 Dec._": the entries' days
    para = " ".join([BODY] * 2)
    assert heads_of("A JOURNAL.", para, "1816.--JANUARY 1.", para, "JANUARY 2.", para,
                    "_Wednesday, 5 Dec._", para) == ["A JOURNAL."]


def test_a_word_in_capitals_centred_as_the_texts_headings_are_heads_a_short_paragraph_too():
    # "WAKES." over a short paragraph, centred as "CLUBS." below it is: a heading, no signature
    para = " ".join([BODY] * 3)
    centred = " " * 30
    assert heads_of(para, centred + "WAKES.", "This ancient custom was left us by the Saxons.",
                    centred + "CLUBS.", para) == ["WAKES.", "CLUBS."]
    # set right under a letter, with no heading so set below: a signature
    assert heads_of(para, centred + "WAKES.", "This ancient custom was left us by the Saxons.", para) == []


def test_a_letters_addressee_closed_by_a_stop_over_its_place_and_date_is_its_heading():
    # "To W. D. B. and A. B." over "LONDON, May 16, 1847." and the letter: its heading
    letter = "MY DEAR SONS: " + " ".join([BODY] * 3)
    assert heads_of("    To Mrs. Ann Cole", " " * 40 + "LONDON, March 23, 1847.", letter,
                    "    To W. D. B. and A. B.", " " * 40 + "LONDON, May 16, 1847.", letter) == [
        "To Mrs. Ann Cole", "To W. D. B. and A. B."]


def test_a_columns_cross_head_over_a_shorter_paragraph_where_it_has_others():
    # "A Banking Friend." over a paragraph of two lines' length: a cross-head too, where the
    # column has two or more over long paragraphs
    para = " ".join([BODY] * 2)
    short = ("Gen. Ann Cole, who was called upon at a late hour last night, said that she had been "
             "very much surprised at the news.")
    assert heads_of(para, "A Banking Friend.", short, para, "A Business Friend.", para,
                    "A Boyhood Friend.", para) == ["A Banking Friend.", "A Business Friend.", "A Boyhood Friend."]
    # alone, such a line over a short paragraph is none
    assert heads_of(para, "A Banking Friend.", short, para, para) == []


def test_a_new_taxon_named_in_italics_heads_its_description():
    # "_Baiomys musculus pullus_, new subspecies" over its type's description
    para = " ".join([BODY] * 2)
    typed = "     _Type._--Adult female, skin and skull, from the mill of the valley.\n     " + BODY
    assert heads_of(para + " It may be known as:", "_Aus bus cus_, new subspecies", typed,
                    "_Aus dus_ sp. nov.", typed) == ["_Aus bus cus_, new subspecies", "_Aus dus_ sp. nov."]
    # an italic name in a sentence of its own is none
    assert heads_of(para, "_Aus bus_ lives in the valley.", para) == []
    # its italics dropped, its authors between: "Orbilia beltraniae Quijada, Baral & G. Marson, sp. nov."
    assert heads_of(para, "Taxonomy", para, "Aus dusae Reed, Cole & G. Weir, sp. nov.", typed) == [
        "Taxonomy", "Aus dusae Reed, Cole & G. Weir, sp. nov."]


def test_a_sentence_left_unwrapped_between_hard_wrapped_paragraphs_is_a_heading():
    # the wrap at 60 columns left "Free mills make …" whole on a longer line: set apart
    para = textwrap.fill(" ".join([BODY] * 3), 60)
    head = "Free mills make it exponentially cheaper and easier to grind the valley's corn."
    assert len(head) > 61
    assert heads_of(*[para] * 5, head, para, para) == [head]
    # a line within the wrap width is a short paragraph, and a sentence that runs on is none
    assert heads_of(*[para] * 5, "Free mills grind corn.", para, para) == []
    assert heads_of(*[para] * 5, head.replace(".", ", and then we went home"), para, para) == []


def test_a_trials_speaker_labels_on_lines_of_their_own_are_no_headings():
    # "Judge Chace." / "Mr. Cooper." / "Court." over their turns, a short turn ("Where?") among
    # them: the transcript's labels, no headings
    turn = "I must say that the paper was produced to the court by the defendant at the last term."
    assert heads_of(BODY, "Judge Ames.", turn, "Mr. Cole.", turn, "Court.", "Where?", turn,
                    "Mr. Cole", turn, "Judge Ames.", turn) == []
    # a paper's sections named by one word, repeated, stay headings
    assert heads_of(BODY, "Methods", turn, "Results", turn, "Methods", turn, "Results", turn) == [
        "Methods", "Results", "Methods", "Results"]


@pytest.mark.parametrize("byline", ["WITH A PREFACE, NOTES, AND APPENDIX, BY THOMAS COLE.",
                                    "With an Introduction by Ann Cole"])
def test_an_authors_line_naming_the_apparatus_is_a_byline(byline):
    title = "AN ACCOUNT OF THE TRIAL OF THOMAS COLE, OF RIVERTON; ON A CHARGE OF LIBEL AGAINST THE MAYOR; TAKEN IN SHORT HAND."
    assert opening_of(f"{title}\n\n{byline}\n\nRiverton: PRINTED BY JOHN KEEN, FOR THE AUTHOR. April 1800.") == (
        title, byline, "Riverton: PRINTED BY JOHN KEEN, FOR THE AUTHOR. April 1800.")


def test_a_cross_head_with_words_in_small_letters_among_title_cased_ones_is_a_heading():
    # "Water Vapour cannot exist on Mars." among "The Double Canals.", "The Oases." … between
    # hard-wrapped paragraphs: one of the text's cross-heads
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    heads = ["The Old Mill.", "The Double Weir.", "Dimensions of the Pond."]
    kin = "Water Wheels cannot turn in Winter."
    assert heads_of(para, heads[0], para, heads[1], para, kin, para, heads[2], para) == [
        heads[0], heads[1], kin, heads[2]]
    # a short sentence of the text is none, and without three such cross-heads neither is the line
    assert heads_of(para, heads[0], para, heads[1], para, "The mill stood in the night.", para,
                    heads[2], para) == heads
    assert heads_of(para, heads[0], para, kin, para, para) == [heads[0]]


def test_a_heading_opening_with_a_genus_initial_is_no_roman_label():
    # "C. elegans strains growth and maintenance" under "Methods": "C." abbreviates the genus
    para = " ".join([BODY] * 2)
    assert heads_of(para, "Introduction", para, "Methods", "C. elegans strains growth and maintenance", para,
                    "Dye filling assay", para) == [
        "Introduction", "Methods", "C. elegans strains growth and maintenance", "Dye filling assay"]


def test_a_headline_after_a_lead_in_announcing_a_notice_is_no_heading():
    # "the following notice appeared …:" / "Meeting of Millers Called for Friday Evening" / the
    # notice in marks: the notice's headline, not the text's
    para = " ".join([BODY] * 2)
    notice = "\"Millers and owners of the valley are urged to attend a meeting tomorrow at the mill.\""
    assert heads_of(para, "On June 26th, the following notice appeared on the first page of the Valley Hub:",
                    "Meeting of Millers Called for Friday Evening", notice, para) == []
    # a heading after a paragraph that ends otherwise stays one
    assert heads_of(para, "Meeting of Millers Called for Friday Evening", para, para) == [
        "Meeting of Millers Called for Friday Evening"]


def test_a_line_in_marks_closing_a_quotation_left_open_above_is_no_heading():
    # '"… and believe us yours, &c." / "MILLER'S SONS."': the quoted letter's signature
    para = " ".join([BODY] * 2)
    letter = "\"So we have given you as good an account as we can; and believe us yours, &c. &c."
    assert heads_of(para, letter, "\"MILLER'S SONS.\"", para, para) == []
    # after a paragraph whose quotation closes, such a line is judged as before: a heading here
    assert heads_of(para, letter + "\"", "\"MILLER'S SONS.\"", para, para) == ["\"MILLER'S SONS.\""]


def test_the_years_under_a_heading_in_capitals_are_a_heading_too():
    para = " ".join([BODY] * 2)
    assert heads_of(para, "THE PERIOD OF THE GREAT FLOOD", "1861-1865", para) == [
        "THE PERIOD OF THE GREAT FLOOD", "1861-1865"]
    # a year alone in the text's paragraphs is none
    assert heads_of(para, "1861-1865", para, para) == []


def test_kin_cross_heads_between_paragraphs_a_line_each():
    # a paragraph to a line, its cross-heads closed by stops or asking: "Reed's hopes of
    # Enfranchised Millers." among them is one, after a paragraph of two sentences too
    para = " ".join([BODY] * 2)
    short = BODY  # a shorter paragraph, a line of its own
    assert len(short) >= 100
    heads = ["Not a Pamphlet.", "Yet Enforcing a Moral.", "A Shirking of the Milling Problem?"]
    kin = "Reed's hopes of Enfranchised Millers."
    assert heads_of(para, heads[0], para, heads[1], para, heads[2], para, short, kin, para) == [*heads, kin]


def test_a_chapters_title_in_capitals_a_line_each_under_its_label_is_its_headings():
    # "  III" / "  DOROTHY WORDSWORTH'S JOURNAL" + "  WRITTEN AT GRASMERE" in one block
    para = textwrap.fill(" ".join([BODY] * 3), 70)
    assert heads_of(para, "  III", "  THE MILLER'S JOURNAL\n  WRITTEN AT LEEDS", "EXTRACTS FROM THE JOURNAL", para) == [
        "III", "THE MILLER'S JOURNAL", "WRITTEN AT LEEDS", "EXTRACTS FROM THE JOURNAL"]
    # capitals a line each under no label stay one block
    assert "THE MILLER'S JOURNAL" not in heads_of(para, "  THE MILLER'S JOURNAL\n  WRITTEN AT LEEDS", para)


def test_a_heading_in_capitals_the_print_closes_by_a_comma():
    # "PROCEEDINGS OF THE CONFERENCE," / "NAMES OF THE JURY,": headings, the comma the print's
    para = " ".join([BODY] * 2)
    roll = "    Ann Cole, Foreman.\n    Tom Reed,\n    John Hart,"
    assert heads_of(para, "NAMES OF THE JURY,", roll, para) == ["NAMES OF THE JURY,"]
    # an address's lines each closed by a comma, a place's name with a comma inside: none
    assert heads_of(para, "COMMITTEE ON MILLS,", "HOUSE OF MILLERS,", para) == []
    assert heads_of(para, "BANDORA, BY THE SEA,", para) == []


def test_a_heading_the_print_set_in_capitals_but_a_word_or_two():
    # "PROCEEDINGS IN THE CIRCUIT COURT OF THE Vnited States. HELD IN …, 1800." over the report
    para = " ".join([BODY] * 2)
    head = "PROCEEDINGS IN THE MILL COURT OF THE Vnited Valley. HELD IN THE TOWN OF LEEDS, APRIL 11, 1800."
    assert heads_of(para, head, para, para) == [head]
    # a sentence with a few words in capitals is none
    assert heads_of(para, "The MILL COURT met at Leeds on the eleventh of April in that year.", para) == []


def test_a_cry_in_italics_on_a_line_of_its_own_is_no_heading():
    # "  _Huzza!_" between a letter's paragraphs: the writer's cry
    para = " ".join([BODY] * 2)
    assert heads_of(para, "  _Huzza!_", para, para) == []
    # a title that cries out, not in italics, stays one ("Punch!")
    assert heads_of(para, "Punch!", para, para) == ["Punch!"]


def test_a_trials_record_lines_and_its_questions_are_no_headings_the_evidence_heading_is_one():
    # "_Mr. Tom Reed sworn._" / "_Examined by Mr. Cole._" between the turns, "_Q._ How?" a
    # question: the reporter's record and a turn; the heading over the first witness stays one
    qa = ["_Q._ You keep the Mill Inn at Riverton?", "_A._ Yes.", "_Q._ How?",
          "_A._ He stepped off the step on to the coach, for he would not stand on the ground at all."]
    assert heads_of("EVIDENCE FOR THE PROSECUTION.", "     _Mr. Tom Reed sworn._", "     _Examined by Mr. Cole._",
                    *qa, "     _Cross Examined by Mr. Ames._", *qa, "Cross-examined by the Court.", *qa) == [
        "EVIDENCE FOR THE PROSECUTION."]


def test_a_trials_headings_in_capitals_whatever_stands_over_them_and_over_its_lists_of_names():
    # "TOM REED EXAMINED BY Mr. COLE." over his evidence, under a turn of one line; "COUNSEL FOR
    # THE PROSECUTION." over its names, no blank line between
    wrapped = ("Lived as miller with Mr. Cole at the lower mill, has been twice a bankrupt,\n"
               "has been with Mr. Cole for six months, remembers the sluice being broken.")
    assert heads_of("COUNSEL FOR THE PROSECUTION.\nAnn Cole, Esq. King's Counsel—and Tom Ames, Esq.\n"
                    "Solicitor, Mr. Weir, of Holme.", "Trial of Tom Reed.", wrapped,
                    "JOHN MILL EXAMINED BY Mr. AMES.", wrapped, "Judge Holme—“Put in the sluice gate.”",
                    "TOM REED EXAMINED BY Mr. COLE.", wrapped, wrapped) == [
        "COUNSEL FOR THE PROSECUTION.", "Trial of Tom Reed.", "JOHN MILL EXAMINED BY Mr. AMES.",
        "TOM REED EXAMINED BY Mr. COLE."]
    # a reference list's author in capitals over the entry's lines stays the entry
    assert heads_of(BODY, "Literature Cited", "DALQUEST, W. W.\n   1953. Mammals of the Mexican state of "
                    "San Luis Potosi. Louisiana State Univ. Studies, 1:1-229.", BODY) == ["Literature Cited"]


def test_words_set_in_after_the_words_that_lead_them_in_are_no_heading():
    # "… to let me read the words:" / "    Zum Feldgrauen Hilfe": an inscription quoted
    assert heads_of(BODY, "He showed me the mill's old sign, and let me read the words:",
                    "    Reed and Sons, Millers", LONG, LONG) == []
    # a heading set in after a paragraph that ends otherwise stays one
    assert heads_of(BODY, "He showed me the mill's old sign.", "    The Mill", LONG, LONG) == ["The Mill"]


def test_a_lone_date_line_over_a_dispatch_is_no_heading():
    # "MARCH 17" over a war correspondent's dispatch, no other heading: its date line
    assert heads_of("THE MILLS ENTER HOLME", "By Ann Cole", "MARCH 17", LONG, LONG, LONG) == []
    # a diary's days head its entries
    assert heads_of("THE MILLS ENTER HOLME", "By Ann Cole", "MARCH 17", LONG, LONG, "MARCH 18", LONG,
                    LONG) == ["MARCH 17", "MARCH 18"]


def test_a_reporters_line_where_a_byline_stands_is_the_opening_not_the_authors():
    title = "THE TRIAL OF TOM REED, AND OTHERS."
    byline = "TAKEN IN SHORT HAND BY WILLIAM ANN COLE, Short Hand Writer to both Houses of Parliament."
    source = "(For a Conspiracy, in the Court of King's Bench, on Wednesday the 8th of June, 1814.)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}\n\n{BODY}") == (title, byline, source)
    assert not names_author(byline) and names_author("By Tom Reed")


def test_of_two_lines_in_capitals_over_the_source_the_one_with_initials_is_the_authors():
    # both in capitals, each may be a name: the title has no initials, the speaker's line has
    title, byline = "PRISONERS AFIELD", "WARDEN J. T. REED, CENTRAL PRISON, ONTARIO, CANADA."
    source = "(The Prison Review, Vol. I, No. 5, May, 1911)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}") == (title, byline, source)


def test_a_eulogy_pronounced_by_a_speaker_on_the_life_of_another_is_his_byline():
    from edition.structure.opening import byline_name
    title, byline = "EULOGY", "PRONOUNCED BY HON. TOM REED ON THE LIFE AND SERVICES OF THE LATE GOVERNOR"
    source = "(Delivered in the City Hall, Chicago, July 25, 1850)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}") == (title, byline, source)
    assert byline[slice(*byline_name(byline))] == "HON. TOM REED"


def test_a_title_ending_in_a_month_and_year_over_the_source_line_is_the_title():
    title = "The Cuban Missile Crisis, October 1962"
    source = "(Office of the Historian, U.S. Department of State: Milestones, 1961–1968)"
    assert opening_of(f"{title}\n\n{source}") == (title, None, source)


def test_a_papers_name_and_day_unbracketed_under_the_title_is_the_source_line():
    title, source = "THE GREAT WAR.", "THE ILLUSTRATED WAR NEWS, NOV. 18, 1914."
    assert opening_of(f"{title}\n\n{source}") == (title, None, source)
    # (a place's name and the day over the text is the body's dateline)
    assert opening_of("THE GREAT WAR.\n\nLONDON, NOV. 18, 1914.")[2] is None


def test_a_byline_by_an_office_with_degrees_after_it_is_the_authors():
    title, byline = "DORCHESTER", "BY THE LORD BISHOP OF DURHAM, D.D."
    source = "(Memorials of Old Dorset, London: Bemrose & Sons Limited, 1907)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}") == (title, byline, source)


def test_a_notes_number_glued_to_its_first_word_opens_the_next_note_only_counting_on():
    # "2.The exact number …": the space after the stop lost in a copy of a web edition
    doc = recognise(split_blocks("\n\n".join([
        "The mills were counted.1 Then they were counted again.2 And once more.3 " + BODY, "Notes",
        "1. See Reed interview (Dec. 11, 2003).", "2.The exact number of mills varies.",
        "3. The Commission counted them.", "5.The last count is missing."])))
    assert [n.number for n in doc.notes.notes] == ["1", "2", "3"]
    assert doc.notes.notes[-1].more[0].text == "5.The last count is missing."


def test_a_numbered_reference_lists_tail_counting_by_one_after_a_gap_is_no_notes():
    # an excerpt's list keeps the entries it cites: "[2]", "[5]", "[6]", "[7]" — the last three
    # count on by one, and the text calls them, but they are the list's, not notes
    entries = ["[2] Reed, Tom. 2009. “Counting Mills.” Mill Review 4 (1): 1–9.",
               "[5] Cole, Ann. 2016. “Weirs of the Valley.” Mill Studies 7: 10–20.",
               "[6] Ames, Jo. 2018. “Mill Wheels.” In Mills, edited by Tom Reed, 1–19. Leeds: Mill Press.",
               "[7] Mill Trust. 2022. “Mill Register.” https://example.org/mills."]
    doc = recognise(split_blocks("\n\n".join(
        ["The mills [2] and weirs [5] were counted [6] and listed [7]. " + BODY, "References", *entries])))
    assert doc.notes is None
    (refs,) = [n for s in doc.sections for n in s.content if isinstance(n, ReferenceList)]
    assert len(refs.items) == 4


def test_a_reviewed_books_title_line_closed_by_its_imprint_over_a_journals_citation_line():
    # the reviewed book's line, its stops no sentences, over the review's source as a citation
    # gives it: the journal (a series' name in quotation marks), volume, (month year): pages
    title = "Mills; or, The Modern Weir. In Three Volumes. London: Reed, Cole, & Ames, 1818."
    source = 'The Mill Magazine and Literary Miscellany; A New Series of "The Weir Magazine" 2 (March 1818): 249-53.'
    assert opening_of(f"{title}\n\n{source}") == (title, None, source)
    # without the imprint, two sentences over a paragraph stay the body's
    assert opening_of(f"Mills were counted. The weirs were not.\n\n{source}")[0] is None


def test_a_title_quoted_in_the_source_line_is_marked_a_title(tmp_path):
    from support import encode_text
    root = encode_text(tmp_path, 'Mills\n\nThe Mill Magazine; A New Series of "The Weir Magazine" 2 (March 1818): 249-53.'
                       f"\n\n{BODY}\n\n{BODY}\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:docImprint/t:title/text()", namespaces=ns) == ["The Mill Magazine", '"The Weir Magazine"']


def test_a_heading_over_a_quoted_letter_its_date_line_and_salutation_in_marks():
    # "… It follows:" / "Nurse’s Letter" / "“Somewhere in France, 1918.”" / "“My dear Miss
    # Reed—" / the letter: the paper's heading over the letter it quotes
    letter = ["“Somewhere in France, 1918.”", "“My dear Miss Reed—",
              "“One of the men in his regiment knew he had been writing you since he came, and so I write. " + BODY]
    assert heads_of(LONG + " It follows:", "Nurse’s Letter", *letter, LONG) == ["Nurse’s Letter"]
    # a notice announced so, its own headline over it, stays the notice's
    assert heads_of(LONG + " The following notice appeared:", "Meeting of Mill Owners Called for Friday",
                    "“Mill owners are urged to attend a meeting tomorrow. " + BODY + "”", LONG) == []


def test_a_sermons_text_reference_over_its_verses_is_no_heading():
    # "SERMON." / "ROM. XIV. 8." / the verses, set in: the heading, then the text's reference
    verses = "    For whether we grind, we grind unto the Lord; and whether we rest,\n    we rest unto the Lord."
    assert heads_of("                  SERMON.", "                  ROM. XIV. 8.", verses, LONG, LONG) == ["SERMON."]
    # a chapter's label and its section number stays a heading
    assert heads_of("CHAPTER IV. 3.", LONG, LONG) == ["CHAPTER IV. 3."]


def test_an_accounts_rows_a_block_each_their_figures_in_columns_are_no_headings():
    rows = ["  Bread and beer                        0        2      4",
            "  Wind                                  0        2      0",
            "  Dressing dinner                       0        3      0"]
    assert heads_of(LONG, "                                        L.       s.     d.", *rows, LONG) == []
    # a heading that ends in a year or a number set close stays one
    assert heads_of(LONG, "THE MILLS OF 1861", LONG, "Part 2", LONG) == ["THE MILLS OF 1861", "Part 2"]


def test_footnotes_under_a_heading_after_each_section_numbered_and_called_by_glued_figures():
    # a memo's web page: "Footnotes" after each section, "1 M-16-12: …" a note wrapped over
    # lines, "3 “Vendor lock-in” refers …" a quoted first word, "4 Mill Act …" one line; then the
    # next section's "1. Objectives", its own heading
    para = ("The mills were counted across the valley.1 The weirs were counted by the Board.2 The "
            "keepers spoke of vendor lock-in.3 The Act was cited.4\n" + textwrap.fill(BODY, 70))
    doc = recognise(split_blocks("\n\n".join([
        "MEMORANDUM FOR THE MILLERS", para, "Footnotes",
        "1 M-16-12: Improving the Acquisition and Management of Common\nMill Technology. June 2, 2016.",
        "2 See Appendix A for definitions of key terms used throughout this policy.",
        "3 “Vendor lock-in” refers to a mill that depends on a single supplier.",
        "4 Mill Act of 1996. 40 U.S.C. §§ 11301-11303.",
        "1. Objectives", "The policy has these objectives, each a mill's.5\n" + textwrap.fill(BODY, 70),
        "Footnotes", "5 “eRegulations,” the Board's platform, is accessible at https://example.org/."])))
    notes = [n for s in doc.sections for n in s.content if isinstance(n, Note)]
    assert [n.number for n in notes] == ["1", "2", "3", "4"]
    assert [n.number for n in doc.notes.notes] == ["5"]  # (the last ones close the text: its endnotes)
    assert [s.head.text for s in doc.sections if s.head is not None] == ["Footnotes", "1. Objectives"]


def test_a_two_word_title_that_looks_like_a_name_over_its_authors_name():
    # "Tidy Data" / "Hadley Wickham" / (source): the title's words come back in the text in small
    # letters ("… tidy data …"), the name's never
    body = "It is often said that mill wheels are hard to count. This paper is about mill wheels. " + BODY
    assert opening_of(f"Mill Wheels\n\nAnn Cole\n\n(Journal of Mills, August 2014, Volume 59)\n\n{body}") == (
        "Mill Wheels", "Ann Cole", "(Journal of Mills, August 2014, Volume 59)")
    # the seed's layout, the name first, stays as it was
    assert opening_of(f"Ann Cole\n\nMill Wheels\n\n(Journal of Mills, August 2014, Volume 59)\n\n{BODY}")[:2] == (
        "Mill Wheels", "Ann Cole")


def test_a_question_over_another_question_under_a_heading_is_the_speakers_not_a_heading():
    # "The Go Balance" / "How does Go accomplish those things?" / "How does it make … easier?"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    asked = "How does the mill make scalable grinding\nand scalable weaving easier?"
    assert heads_of(para, "Why Mills?", para, "The Mill Balance", "How does the mill accomplish those things?",
                    asked, para) == ["Why Mills?", "The Mill Balance"]


def test_a_translators_sentence_after_the_authors_byline_keeps_it_a_byline():
    # "By Immanuel Kant. Translated with Introduction and Notes by …": the author's byline,
    # then the translator's in a sentence of its own; the author is the first name only
    title = "THE MILLS: A PHILOSOPHICAL ESSAY"
    byline = "By Tom Reed. Translated with Introduction and Notes by Ann Cole, M.A."
    source = "(London: Mill Press Ltd.; New York: The Weir Company. First edition, 1903; third impression, 1917)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}\n\n{BODY}") == (title, byline, source)
    assert byline_name(byline) == (3, len("By Tom Reed."))
    assert not is_byline("By the way. Translated by me")


def test_a_pen_name_in_quotation_marks_is_a_byline():
    title = "THE MILLERS."
    byline = 'BY "MILLWARD" (T. REED).'
    source = "(Our Mills and Weirs; Riverton: Courier Office, 1869)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}\n\n{BODY}") == (title, byline, source)


def test_a_papers_authors_ending_with_a_body_of_contributors_are_its_byline():
    title = "MillPy 1.0—Fundamental Algorithms for Counting Mills"
    authors = ("Tom Reed, Ann Cole, Jo Ames, Kit Marlow, Ned Weir, Sam Pond, Lou Dale, Bo Fenn, Al Moss, "
               "Cy Brook, Di Heath, and MillPy 1.0 Contributors")
    source = "(Authors' manuscript of the article published in Mill Methods 17, 261–272 (2020), doi:10.1038/m1)"
    assert opening_of(f"{title}\n\n{authors}\n\n{source}\n\n{BODY}") == (title, authors, source)


def test_a_long_bracketed_source_line_naming_the_speech_and_the_book_is_the_source():
    title = "THE RIVERTON SPEECH"
    source = ("(Speech of Tom Reed accepting the Millers' nomination for the Mayoralty, Riverton, August 8, "
              "1900; from Ann Cole, Tom Reed: A Concise But Complete Story of His Life and Services, "
              "Riverton, Wessex, in the Kingdom of Great Britain: The University Publishing Company, 1900)")
    assert len(source) > 250
    assert opening_of(f"{title}\n\n{source}\n\n{BODY}") == (title, None, source)


def test_a_memoirs_initials_over_the_signers_address_and_date_are_its_signature():
    # "J.E.H." / "20, Earl’s Court Square, …," / "October 20th, 1889.": the memoir signed, no heading
    opening = ("Memoir of Tom Reed", "BY ANN COLE.", LONG, "THE MILLS", LONG)
    assert heads_of(*opening, "T.R.", "20, Mill Lane, Riverton, Wessex,\nOctober 20th, 1889.") == ["THE MILLS"]
    assert heads_of(*opening, "T. R.", "Riverton Mill,\nOctober 20th, 1889.") == ["THE MILLS"]


def test_a_bracketed_endnote_closed_paragraphs_later_opens_where_it_starts():
    # "FOOTNOTES:" / "[Footnote 30: …]" / "[Footnote 31: The following … leaflets:" / '"He is …' /
    # '… behind him."]' / "[Footnote 32: …]": three notes, the second of three paragraphs
    doc = recognise(split_blocks("\n\n".join([
        "The mill was sold.[30] The weir was kept.[31] The town was told.[32] " + BODY, "FOOTNOTES:",
        "[Footnote 30: A \"title\" was a miller's surname.]",
        "[Footnote 31: The following description of the mill is copied from a letter:",
        "\"He is a miller. Without a drop of water the wheel stands still.", "Limus keeps the weir.\"]",
        "[Footnote 32: Tom Reed, who on March 31 had taken the mill.]"])))
    assert [(n.number, len(n.more)) for n in doc.notes.notes] == [("30", 0), ("31", 2), ("32", 0)]


def test_endnotes_numbered_with_a_letter_after_the_figure_are_notes():
    # "[36a]" / "[36b]": a later edition's notes put in between, called "[36a]" in the text
    doc = recognise(split_blocks("\n\n".join([
        "The mills were counted.[35] The weirs were not.[36a] Nor the wheels.[36b] " + BODY, "NOTES",
        "[35]  Reed, Mills of the Valley, p. 268.", "[36a]  Cole's Weirs, p. 181.",
        "[36b]  This is not the view of the miller."])))
    assert [n.number for n in doc.notes.notes] == ["35", "36a", "36b"]


def test_a_byline_over_the_authors_office_in_one_block_names_the_author_the_office_its_own_byline(tmp_path):
    # "By F. H. Knowlton," / "_United States Geological Survey._": the byline's block read line
    # by line; its comma no part of the name; the office a statement of responsibility of its own
    from support import encode_text
    title = "          THE FOSSIL MILLS OF THE RIVER VALLEY."
    byline = "                 By T. R. Reed,\n            _Riverton Geological Survey._"
    source = "(Department of Mills. Riverton: Government Printing Office, 1928)"
    text = f"{title}\n\n{byline}\n\n{source}\n\n{BODY}"
    assert opening_of(text) == (title.strip(), "By T. R. Reed,", source)
    root = encode_text(tmp_path, f"{text}\n\n{BODY}")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    first, office = root.xpath("//t:titlePage/t:byline", namespaces=ns)
    assert "".join(first.itertext()) == "By T. R. Reed,"
    assert first.xpath("string(t:docAuthor/t:persName)", namespaces=ns) == "T. R. Reed"
    assert "".join(office.itertext()) == "_Riverton Geological Survey._"
    assert root.xpath("string(//t:teiHeader//t:titleStmt/t:author)", namespaces=ns) == "T. R. Reed"
    # a byline wrapped at the text's width is one byline, not a byline over an office
    wrapped = ("Mill Code 2.0—A Soil-Water Code for Estimating Net Flow and Other\nWater-Budget Components\n\n"
               "By Stephen M. Reedbrook, John A. Coleman, Vic A. Ames, and Randall J.\nHunt\n\n"
               "Riverton Survey Techniques and Methods, Book 6, Section A,\nChapter 59 (Riverton, Wessex)\n\n"
               + "\n\n".join([textwrap.fill(BODY, 72)] * 3))
    opening = recognise(split_blocks(wrapped)).opening
    assert opening.author.text == "By Stephen M. Reedbrook, John A. Coleman, Vic A. Ames, and Randall J.\nHunt"
    assert opening.offices == []


def test_centred_headings_labelled_by_small_or_greek_letters_and_a_lone_centred_number_first():
    # "(a) The Origin of Totemism", "(α) The Nominalistic Theories" set in as far as a centred
    # line are headings; flush, "(a) The Old Mill" is a list's item; a lone "2" centred over the
    # first paragraph numbers the part an excerpt opens with
    doc = recognise(split_blocks("\n\n".join([
        "THE MILLS OF THE VALLEY", "By Tom Reed", "(Mill Monthly, June 1988)",
        " " * 35 + "2", LONG, " " * 22 + "(a) The Origin of the Mills", LONG,
        " " * 22 + "(α) The Water Theories", LONG, " " * 22 + "(β) The Wind Theories", LONG])))
    assert [s.head.text.strip() for s in doc.sections if s.head is not None] == [
        "2", "(a) The Origin of the Mills", "(α) The Water Theories", "(β) The Wind Theories"]
    assert heads_of(LONG, "(a) The Old Mill", "(b) The New Mill", LONG) == []
    assert heads_of(LONG, " " * 35 + "2", LONG) == []  # (not first: a note's number, a page's)


@pytest.mark.parametrize("source", [
    "MillKeys 78: 37–57 (2017), doi: 10.3897/millkeys.78.10936",  # the address after a comma, "doi: "
    "J. R. Soc. Mills 15: 20170387 (2018). https://doi.org/10.1098/rsm.2017.0387",
])
def test_a_journals_volume_pages_and_year_with_the_articles_address_after_them_are_the_source(source):
    title = "Scientific user requirements for a mill data portal"
    authors = "Tom Reed, Ann Cole, Jo Ames, Kit Marlow, Ned Weir, Sam Pond, Lou Dale"
    assert opening_of(f"{title}\n\n{authors}\n\n{source}\n\nIntroduction\n\n{BODY}") == (title, authors, source)


def test_a_letters_heading_naming_its_writer_and_addressee_over_its_place_and_date():
    # "Miss Eden to Lady Campbell." over "N. Lat. 17, Long. 21," / "February 18, 1836." (place
    # and date in one block, set right) and the letter: the letter's heading, a line of its own
    # and no cross-head between wrapped paragraphs; a line of the same shape naming no persons
    # is none
    date1 = " " * 40 + "N. Lat. 17, Long. 21,\n" + " " * 40 + "February 18, 1836."
    date2 = " " * 40 + "RIVERTON,\n" + " " * 40 + "March 24, 1836."
    assert heads_of("Miss Cole to Lady Reed.", date1, LONG, LONG, "Miss Cole to Mrs. Weir.", date2, LONG) == [
        "Miss Cole to Lady Reed.", "Miss Cole to Mrs. Weir."]
    assert heads_of(LONG, "Back from the mill to the weir.", date1, LONG) == []


def test_a_book_notices_title_line_with_a_kings_number_or_in_german_under_a_columns_source(tmp_path):
    # "… under Louis XIV. By Francis Parkman. Boston: Little, Brown & Co." and "Briefe aus
    # Philadelphia (1876) an eine Freundin (…). Von Catherine Migerka. Wien." head notices; the
    # first, under the column's source line, names no author of the column; the year in a
    # notice's title is the book's, no citation
    from support import encode_text
    first = "Count Reed and the New Mill under Louis XIV. By Tom Reed. Riverton: Little, Weir & Co."
    german = ("Briefe aus Riverton (1876) an eine Freundin (Letters from Riverton to a Friend). "
              "Von Ann Cole. Wien.")
    text = "\n\n".join(["LITERATURE OF THE DAY.", "(Mill Magazine, Vol. XX, No. 33, November 1877)",
                        first, LONG, LONG, german, LONG])
    assert opening_of(text)[1] is None
    assert heads_of(LONG, first, LONG, german, LONG) == [first, german]
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:head", namespaces=ns)[1].xpath("string()") == german
    assert root.xpath("//t:body//t:head//t:bibl", namespaces=ns) == []


def test_a_headline_of_two_sentences_in_title_case_with_by_in_small_letters_over_a_byline():
    # "First News … Destroyed by Winds and Waves. Thousands Swept to Instant Death." over
    # "BY PAUL LESTER": title case leaves "by" in small letters as it does "of" and "and"
    title = "Great Storm on the Coast—Town Almost Ruined by Wind and Tide. Hundreds Lost at Sea."
    byline = "                 BY ANNA MARSH"
    source = "(The Great Storm, a Full Account of the Calamity, by Anna Marsh, 1901; Chapter I)"
    text = f"{title}\n\n{byline}\n\n{source}\n\n{BODY}"
    assert opening_of(text) == (title, byline.strip(), source)


def test_an_editors_caption_in_brackets_heads_a_letter_an_old_diarys_days_do_not():
    # "[PHILIP V. FITHIAN TO ELIZABETH BEATTY]", "[JOURNAL]": captions an editor supplied; the
    # diary's days in its own spelling ("_Fryday 17._", "_Teusday 21._") open entries, no headings
    day = "The weather was fair, and I walked to the mill before breakfast with the miller's boys."
    assert heads_of("_Thursday 16._", day, "_Fryday 17._", day, "_Teusday 21._", day,
                    "[TOM REED TO ANN COLE]", "                    Mill-Hall Leeds. Decem: 21. 1773.",
                    "TO ANNA.", LONG, "[JOURNAL]", "_Wednesday 22._", LONG) == [
        "[TOM REED TO ANN COLE]", "TO ANNA.", "[JOURNAL]"]
    # a stage direction or a byline in brackets is no caption
    assert heads_of(LONG, "[APPLAUSE]", LONG, "[BY OUR SPECIAL CORRESPONDENT]", LONG) == []
    # the letter's place and date under the caption is no epigraph
    doc = recognise(split_blocks("\n\n".join([LONG, "[TOM REED TO ANN COLE]",
                                              "                    Mill-Hall Leeds. Decem: 21. 1773.",
                                              "TO ANNA.", LONG])))
    assert not any(getattr(node, "block_quote", False) for s in doc.sections for node in s.content)


def test_letters_named_by_writer_and_addressee_over_a_bare_date_and_a_journals_extract_among_them():
    # "Viscount Melbourne to Queen Victoria." over "9th May 1839." (no place line): the letter's
    # heading; a collection that heads its letters so heads its other items alike ("Extract
    # from the Queen's Journal." over "Thursday, 9th May 1839.")
    assert heads_of(LONG, "Lord Hale to Queen Anne.", "9th May 1710.", LONG, LONG,
                    "Queen Anne to Lord Hale.", "KENSINGTON, 9th May 1710.", LONG,
                    "Extract from the Queen's Diary.", "Thursday, 10th May 1710.", LONG) == [
        "Lord Hale to Queen Anne.", "Queen Anne to Lord Hale.", "Extract from the Queen's Diary."]
    # a line over a date in a text that heads no letters so is no heading (a signature)
    assert heads_of(LONG, "Yours ever, Tom Reed.", "9th May 1710.", LONG) == []


def test_an_old_prints_paragraphs_opening_with_a_word_in_capitals_give_no_heading():
    paragraphs = [f"{word} {LONG[0].lower()}{LONG[1:]}" for word in ("WE", "ALL", "IF", "FEAR", "HONOUR")]
    # a short line over a verse set in, its first word in capitals as every paragraph's is
    lead_in = "POPE flattered tyrants too much when he said"
    verse = '    "For forms of government let fools contest,\n    "That which is best administered is best."'
    assert heads_of(*paragraphs[:3], lead_in, verse, *paragraphs[3:], "Conclusions", LONG) == ["Conclusions"]
    # where paragraphs do not open so, the line is a heading in sentence case
    assert heads_of(LONG, LONG, LONG, "POPE and the tyrants", LONG, LONG, "Conclusions", LONG) == [
        "POPE and the tyrants", "Conclusions"]


def test_questions_reported_a_paragraph_a_line_that_run_on_or_ask_as_i_are_no_headings():
    asked = ["And industry has to be rebuilt—as thoroughly?",
             "Did I see what was already in hand with the province? The new railways?"]
    assert heads_of(LONG, "Conclusions", LONG, *asked, LONG) == ["Conclusions"]


def test_a_letters_label_after_the_last_letters_close_is_the_next_letter_not_a_signature():
    assert heads_of(LONG, "LETTER I", LONG, "Yours sincerely.", "LETTER II", LONG) == ["LETTER I", "LETTER II"]


@pytest.mark.parametrize("head", ["Notes to the Text", "EDITOR'S NOTES.", "Translator’s Notes", "Notes on this Chapter",
                                  "Notes - Section One", "Notes to Chapter III"])
def test_an_editions_own_notes_heading_heads_the_notes(head):
    doc = recognise(split_blocks("\n\n".join([LONG + "[5]", LONG + "[6]", head, "[5]The mills of Milton.",
                                              "[6]The mill school."])))
    assert doc.notes.head.text == head and [n.number for n in doc.notes.notes] == ["5", "6"]


def test_a_place_line_inside_a_numbered_letter_is_no_heading():
    # "Dover" over the rest of the letter, where it was written, in letters headed by their numbers
    assert heads_of(LONG, "LETTER I", LONG, "LETTER II", LONG, "Dover", LONG) == ["LETTER I", "LETTER II"]
    # a one-word heading in a text of chapters stays one
    assert heads_of(LONG, "CHAPTER I", LONG, "CHAPTER II", LONG, "Dover", LONG, "Calais", LONG) == [
        "CHAPTER I", "CHAPTER II", "Dover", "Calais"]


def test_an_editors_side_heads_in_brackets_over_a_journals_entries_are_headings():
    heads = ["[May 1770. Enter the Mill Strait. ]", "[In the Mill Strait.]", "[At Leeds.]"]
    assert heads_of(LONG, heads[0], LONG, heads[1], LONG, LONG, heads[2], LONG) == heads
    # one alone is no side-head; nor a journal's writer and date, nor a stage direction
    assert heads_of(LONG, "[In the Mill Strait.]", LONG, LONG) == []
    assert heads_of(LONG, "[Reed, August 21, 1804]", LONG, "[Reed, August 22, 1804]", LONG) == []
    assert heads_of(LONG, "[Great Applause.]", LONG, "[Loud Cheers.]", LONG) == []
    # (nor words in small letters: an editor's remark)
    assert heads_of(LONG, "[The rest is torn away.]", LONG, "[The ink has faded here.]", LONG) == []


def test_a_letters_label_over_its_arguments_topics_a_stop_and_a_dash_between_is_a_heading():
    assert heads_of(LONG, "Letter VI: Mills.—looms and weavers.", LONG) == ["Letter VI: Mills.—looms and weavers."]
    assert heads_of(LONG, "Chapter II. Leeds.--the mills.--the river.", LONG) == ["Chapter II. Leeds.--the mills.--the river."]
    # a sentence after the label is none: two sentences in a topic
    assert heads_of(LONG, "Letter VI: Mills.—He went home. Then he slept.", LONG) == []


def test_a_letters_place_alone_under_its_number_where_another_is_dated_there_is_no_heading():
    # "I" / "PARIS, _Thursday_." / … / "II" / "PARIS.": the second letter's place line
    top = ("LETTERS TO A FRIEND", "By A. Writer")
    assert heads_of(*top, "I", "LEEDS, _Thursday_.", LONG, LONG, "II", "LEEDS.", LONG, LONG, "III", "LEEDS.",
                    LONG) == ["I", "II", "III"]
    # a place no letter was dated from stays a heading under its number
    assert heads_of(*top, "I", "LEEDS, _Thursday_.", LONG, LONG, "II", "DOVER.", LONG, LONG) == [
        "I", "II", "DOVER."]


def test_a_letters_close_over_its_postscript_is_no_heading():
    wrapped = textwrap.fill(LONG, 72)  # (a hard-wrapped letter: a line between wrapped paragraphs)
    assert heads_of(wrapped, wrapped, "Adieu.", "P.S.--The drawing is not going well, and I shall not send it\n"
                    "to you until it is better.", wrapped) == []


def test_a_name_centred_under_verses_on_the_axis_of_the_names_heading_each_life_is_the_first_of_them():
    verses = "    “Memory, gray old warder, throw open thy portals\n    Wide to the dead.”"
    names = ["Col. John Weir.", "Rear-Admiral Richard Mill, U. S. N.", "Henry Reed, M. D.", "Gen. Tom Leeds."]
    blocks = [verses]
    for name in names:
        blocks += [" " * (30 - len(name) // 2) + name, LONG]
    assert heads_of(*blocks) == names
    # a source centred under verses over one life alone stays their source
    assert heads_of(verses, " " * 20 + "Gen. Tom Leeds.", LONG, LONG) == []


def test_a_short_answer_opened_by_its_speakers_initial_between_turns_so_opened_is_no_heading():
    wrapped = textwrap.fill(LONG, 72)
    assert heads_of(wrapped, "Q. Did you see the prisoner on that night, at the mill by the\nweir, or not?",
                    "A. Yes.", "Q. And did he speak to you at the mill that night, or at\nany other time?",
                    "A. No.", wrapped) == []
    assert heads_of(wrapped, "Mr. V. And he came to your house for a good night's rest, and it was\n"
                    "a Sunday night too?", "B. Yes.", "Mr. V. And he went to bed between eleven and\n"
                    "twelve, and got up about three!!!", wrapped) == []
    # lettered headings over prose stay headings
    assert heads_of(wrapped, "A. Introduction", wrapped, "B. Methods", wrapped) == ["A. Introduction", "B. Methods"]


def test_a_reference_list_a_line_each_in_alphabetical_order_has_no_headings_among_its_entries():
    entries = ["Bull Run Remembers by John Mills", "Deed Books of the Circuit Court of Mill County",
               "Fall County, Virginia--1907", "Fall County, Virginia, Yesterday ... Today--1952.",
               "Historic, Progressive Mill County--1928", "Historical Society of Mill County Yearbook--1951",
               "History of Mill County by Ann Reed", "History of the Parish, by Rev. Tom Lund, D.D."]
    # (sorted word by word, as a librarian sorts: "Historic, Progressive" before "Historical")
    assert heads_of(LONG, "BIBLIOGRAPHY", *entries) == ["BIBLIOGRAPHY"]
    # a group's label breaks the order: a heading of the list still
    assert heads_of(LONG, "BIBLIOGRAPHY", "Primary Sources", "Reed, Ann. Letters. 1901.",
                    "Secondary Sources", "Adams, Tom. The Mill. 1950.", "Lund, Ann. The Weir. 1960.") == [
        "BIBLIOGRAPHY", "Primary Sources", "Secondary Sources"]


def test_a_headline_over_several_decks_a_block_each_then_the_dated_source_line():
    text = ("Terrible Fire at the Mill!!\n\nOver Twenty Persons Hurt!!\n\nConfirmation of the Report.\n\n"
            "(Valley Gazette, Leeds, October 10, 1857)\n\n" + LONG)
    assert opening_of(text) == ("Terrible Fire at the Mill!!", None, "(Valley Gazette, Leeds, October 10, 1857)")
    # a deck in small letters is a sentence, not a deck: the title page stops short of it
    assert opening_of("Terrible Fire at the Mill!!\n\nOver twenty persons were hurt on Monday.\n\n"
                      "Confirmation of the Report.\n\n(Valley Gazette, Leeds, October 10, 1857)\n\n"
                      + LONG)[2] is None
    # three decks: "O. G. WARREN DEAD" / "The Editor of the "Commercial" Died This Morning." / "A
    # PEACEFUL END." / "His Physicians Worked Hard … Without Avail—A Sketch of His Life." / source
    text = ("T. R. MILLER DEAD\n\nThe Keeper of the \"Weir\" Died This Morning.\n\nA PEACEFUL END.\n\n"
            "His Physicians Worked Hard to Save His Life, and Resorted to Heroic Methods Without Avail—A "
            "Sketch of His Life.\n\n(The Valley News, Leeds, Friday, May 6, 1892, page 1)\n\n" + LONG)
    assert opening_of(text) == ("T. R. MILLER DEAD", None, "(The Valley News, Leeds, Friday, May 6, 1892, page 1)")


def test_an_author_line_of_many_names_one_of_which_reads_as_a_common_word():
    # "Soon-Il An" among six other names: a name in the list all the same
    authors = "So-Won Park, Jin-Hyuk Mun, Hanna Lee, Norman J. Steinert, Soon-Il An, Jongsoo Shin"
    text = f"Carbon Loss under Net-Zero Emissions\n\n{authors}\n\n(Mill Science 11, no. 7, published 12 February 2025)\n\n" + LONG
    assert opening_of(text) == ("Carbon Loss under Net-Zero Emissions", authors,
                                "(Mill Science 11, no. 7, published 12 February 2025)")
    # two names, one a common word: no author line
    assert name_score("Soon-Il An, Jongsoo Shin") == 0


def test_a_title_in_capitals_over_a_name_in_capitals_comes_back_in_the_text_wrapped_and_singular():
    # "INFAMOUS PROPOSALS" / "HERBERT HENRY ASQUITH" / (source): both lines score alike as names;
    # the title's words return in small letters, over a line's end and in the singular
    body = ("We could not have looked on with an unmoved heart if we had assented to this wicked\n"
            "mill? Yes, and what would the valley have got in return for it? Nothing at all.")
    text = (f"WICKED MILLS\n\nJAMES HENRY MILLER\n\n(House of Commons, August 6, 1914)\n\n"
            f"{body}\n\n{BODY}\n\n{BODY}")
    o = recognise(split_blocks(text)).opening
    assert (o.title.text, o.author.text) == ("WICKED MILLS", "JAMES HENRY MILLER")


def test_the_bodys_first_line_in_display_capitals_over_a_wrapped_paragraph_is_a_heading():
    # "REMARKS on the Speech of John Hall, Esq;" (old print's "Esq;") over the first wrapped
    # paragraph heads it; a news credit over it ("Special to The Mill Times.") heads nothing
    para = ("The last words of these two men are so much alike that the remarks on the\n"
            "former exhaust all that is material in the latter; so that I shall only take\n"
            "notice of what is peculiar in Mr. Reed's.")
    blocks = split_blocks(f"REMARKS on the Speech of Tom Reed, Esq;\n\n{para}\n\n{para}")
    assert find_headings(blocks) == {0}
    blocks = split_blocks(f"Special to The Mill Times.\n\n{para}\n\n{para}")
    assert find_headings(blocks) == set()


def test_an_old_title_page_over_an_imprint_its_place_in_capitals_and_a_comma():
    # "BOSTON, Printed and Sold by GREEN & RUSSELL, in Queen-Street. 1760." under a long title
    # of mixed capitals: the title page's imprint, the title over it
    title = ("A NARRATIVE Of the Uncommon FLOOD, AND Surprizing ESCAPE OF Tom Reed, A Miller,—Servant "
             "to Mr. LUND, Of Otley, in YORKSHIRE; Who returned to Leeds, after having been absent almost "
             "Ten Years.")
    imprint = "LEEDS, Printed and Sold by REED & LUND, in Mill-Street. 1760."
    assert opening_of(f"{title}\n\n{imprint}") == (title, None, imprint)


def test_an_old_imprint_its_year_in_roman_capitals():
    title = ("NECESSARY CONSIDERATIONS FOR THE MILLERS of the TOWN OF LEEDS, AND COUNTY of YORK. "
             "In Relation to the PAMPHLET call'd THE MILL: And Two other WRITERS in the NEWS-PAPER.")
    imprint = "LEEDS: Printed in the Year MDCCXLVIII."
    o = recognise(split_blocks(f"{title}\n\n{imprint}\n\n{BODY}\n\n{BODY}")).opening
    assert (o.title.text, o.source_line.block.text, o.source_line.when) == (title, imprint, "1748")
    assert parse_date("MDCCXLVIII") is None  # a roman year only on an imprint, not any capitals
    from edition.structure.dates import roman_year
    assert [roman_year(y) for y in ("MDCCXLVIII", "MDCCCXCIX", "MILL", "MCM", "DCC")] == [
        "1748", "1899", None, "1900", None]


def test_a_chapters_synopsis_under_its_headline_opens_on_a_quoted_phrase_and_names_no_author():
    # "“THE CRIME …”--CAPTAIN TURNER’S TESTIMONY -- …" under the headline and over the book's
    # line in brackets: a deck, the headline the title, no author
    deck = ("“THE FLOOD OF THE CENTURY”--THE MILLER’S TESTIMONY -- SAW THE WATER -- NO WARNING "
            "GIVEN -- THE MAYOR’S STATEMENT.")
    source = "(Tom Reed, Floods and Mills of the West Riding, 1915, chapter VI)"
    assert opening_of(f"MILL JURY FINDS COUNCIL TO BLAME\n\n{deck}\n\n{source}") == (
        "MILL JURY FINDS COUNCIL TO BLAME", None, source)


def test_the_parts_of_a_chapters_synopsis_head_its_sections_whatever_their_shape():
    # the synopsis names its sections; a quoted phrase under a paragraph's colon is one of them
    deck = "“THE FLOOD OF THE CENTURY”--THE MILLER’S TESTIMONY -- SAW THE WATER -- THE MAYOR’S STATEMENT."
    text = (f"MILL JURY FINDS COUNCIL TO BLAME\n\n{deck}\n\n(Tom Reed, Floods of the Riding, 1915)\n\n"
            "The jury returned the following verdict:\n\n“THE FLOOD OF THE CENTURY”\n\n"
            "“We find that the deceased were drowned in the mill race.”\n\nTHE MILLER’S TESTIMONY\n\n" + BODY)
    doc = recognise(split_blocks(text))
    assert [s.head.text for s in doc.sections if s.head is not None] == [
        "“THE FLOOD OF THE CENTURY”", "THE MILLER’S TESTIMONY"]
    # without a synopsis naming it, the quoted line is the verdict's, no heading
    doc = recognise(split_blocks(text.replace(deck, "ANOTHER DECK LINE")))
    assert "“THE FLOOD OF THE CENTURY”" not in [s.head.text for s in doc.sections if s.head is not None]


def test_an_old_drop_head_the_titles_first_words_and_et_cetera():
    assert heads_of(LONG, "Necessary Considerations, &c.", LONG) == ["Necessary Considerations, &c."]
    assert heads_of(LONG, "The second dayes proceeding at the Mill, January 22, &c.", LONG) == [
        "The second dayes proceeding at the Mill, January 22, &c."]  # a day's head, cut short so
    assert heads_of(LONG, "The mill was sold. The wheel was not, &c.", LONG) == []  # sentences, no heading


def test_a_letters_place_and_weekday_under_the_source_line_is_no_author():
    # "Tom Reed to the Editors of The Mill, 10 October 1848" / (source) / "New York, Tuesday,
    # October 10." / "Eds. Mill:": the letter's place and day, not its author's line
    assert is_letter_dateline("New York, Tuesday, October 10.")
    text = ("Tom Reed to the Editors of The Mill Gazette, 10 October 1848\n\n"
            "(The Mill Gazette, Leeds, October 21, 1848)\n\nLeeds, Tuesday, October 10.\n\nEds. Gazette:")
    o = recognise(split_blocks(text + "\n\n" + BODY + "\n\n" + BODY)).opening
    assert o.author is None and o.title.text.startswith("Tom Reed to the Editors")


def test_a_date_over_a_letter_whose_salutation_runs_into_its_text_heads_nothing():
    # "_August 6, 1914._" / "MY VERY DEAR MOTHER,--These are my first days …": a letter's date
    # line; over a sitting's record the date heads the day
    # (test_a_date_alone_under_the_source_line_heads_the_days_record_a_letters_date_does_not)
    text = ("LETTERS OF A MILLER\n\n(Letters of a Miller, 1914-1915, London: Mill Press, 1917)\n\n"
            "_August 6, 1914._\n\nMY VERY DEAR MOTHER,--These are my first days at the mill, full of "
            "noise and flour.\n\n" + BODY)
    assert [s.head.text for s in recognise(split_blocks(text)).sections if s.head is not None] == []


def test_a_translators_clause_after_a_semicolon_keeps_the_authors_byline(tmp_path):
    # "By Lucius Annaeus Seneca; translated by Richard M. Gummere": the translator after a
    # semicolon, the author the name before it
    title = "On Old Mills"
    byline = "By Tom Reed Weir; translated by Ann M. Cole"
    source = "(Letters on Mills, Letter XII. The Mill Library, Volume I, 1917)"
    assert opening_of(f"{title}\n\n{byline}\n\n{source}\n\n{BODY}") == (title, byline, source)
    assert byline_name(byline) == (3, len("By Tom Reed Weir;"))
    # the author is the name alone, the semicolon no part of it, and no character is lost
    tei = encode_text(tmp_path, f"{title}\n\n{byline}\n\n{source}\n\n{BODY}")
    assert tei.findtext(f".//{{{TEI}}}titleStmt/{{{TEI}}}author") == "Tom Reed Weir"
    assert "".join(tei.find(f".//{{{TEI}}}byline").itertext()) == byline


def test_a_notes_call_on_the_byline_is_the_notes_not_the_names(tmp_path):
    # "by Robert D. Jones, Jr., and G. Vernon Byrd[1]", note 1 the authors' address
    byline = "by Tom Reed, Jr., and Ann Cole[1]"
    text = (f"Mills and Weirs\n\n{byline}\n\n(Papers on Mills, Riverton, 1979)\n\n{BODY}\n\n"
            "Notes\n\n[1] Present address: Mill Office, Riverton.\n")
    tei = encode_text(tmp_path, text)
    assert tei.findtext(f".//{{{TEI}}}titleStmt/{{{TEI}}}author") == "Tom Reed, Jr., and Ann Cole"
    line = tei.find(f".//{{{TEI}}}byline")
    assert line.findtext(f".//{{{TEI}}}persName") == "Tom Reed, Jr., and Ann Cole"
    ref = line.find(f"{{{TEI}}}ref")
    assert (ref.text, ref.get("target")) == ("[1]", "#note-1")
    assert "".join(line.itertext()) == byline


def test_a_long_summary_in_capitals_over_a_titled_byline_is_the_title():
    # a journal entry's summary heading set in capitals, longer than a title's line, over "By
    # the Count de Las Cases.": a titled author with his name's particles
    title = ("MILLS OF THE VALLEY.—THE MILLER'S RETURN FROM THE FAIR FORESEEN AT THE TIME OF HIS "
             "DEPARTURE FROM RIVERTON.—THE WARDEN'S INTRODUCTION.—MORTIFICATION EXPERIENCED BY THE "
             "REEVE.—OUR CAUSES OF COMPLAINT AGAINST HIM.—DESCRIPTION OF SIR THOMAS WEIR OF THE LOWER MILL.")
    assert len(title) > 250
    byline = "By the Count de Mill Cases."
    source = "(Memoirs of the Mills, Vol. II. London: Mill Press, 1836)"
    assert is_byline(byline) and is_byline("By the Marquis de Weir.")
    assert opening_of(f"{title}\n\n{byline}\n\n{source}\n\n{BODY}") == (title, byline, source)


def test_a_signer_in_capitals_with_his_office_is_no_heading():
    # "C. S. WOODHULL, Mayor." under an order quoted in a testimony, the testimony going on
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    order = ("Having reason to apprehend a flood this evening, which will require more men than the\n"
             "mill can spare, Major Reed is requested to hold the weir.")
    assert heads_of(para, "MAYOR'S OFFICE, City Hall, May 10, 1849.", order, "T. S. MILLWARD, Mayor.",
                    para, "THE WEIR", para) == ["THE WEIR"]


def test_a_numbered_heading_after_a_letters_close_heads_the_next_part():
    # "Respectfully, yours." / "1.--DR. ERASTUS SERGEANT, SENIOR, OF STOCKBRIDGE.": the first
    # notice after the covering letter
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, "Respectfully, yours.", "1.--DR. TOM REED, SENIOR, OF RIVERTON.", para,
                    "II.--DR. ANN COLE OF RIVERTON.", para) == [
        "1.--DR. TOM REED, SENIOR, OF RIVERTON.", "II.--DR. ANN COLE OF RIVERTON."]


def test_a_labelled_byline_field_names_the_author(tmp_path):
    # "President: Jimmy Carter" under a speech's title, as a transcript's page labels it
    text = f"Crisis of the Mills Speech\n\nPresident: Tom Reed\n\n(July 15, 1979)\n\n{BODY}\n"
    assert opening_of(text) == ("Crisis of the Mills Speech", "President: Tom Reed", "(July 15, 1979)")
    tei = encode_text(tmp_path, text)
    assert tei.findtext(f".//{{{TEI}}}titleStmt/{{{TEI}}}author") == "Tom Reed"
    assert not is_byline("Speaker: thank you all for coming.")


def test_an_old_title_pages_long_title_its_part_with_some_account_the_byline_and_imprint():
    # "A Funeral Sermon, PREACHED Upon … Who Departed this Life, Iune the 10th. 1698. Aetat. 62." /
    # "With some Account of Her Exemplary Character: …" / "By EDMVND CALAMY." / imprint
    title = ("A Funeral Sermon, PREACHED Upon Occasion of the Decease of The Eminently Pious Mrs. Ann Reed: "
             "Late Wife of the Reverend Mr. Tom Reed. Who Departed this Life, Iune the 10th. 1698. Aetat. 62.")
    part = "With some Account of Her Exemplary Character: Taken for the most Part out of Her own Papers."
    source = "(London: Printed for I. Lawrence at the Angel in the Poultry, 1698)"
    text = f"{title}\n\n{part}\n\nBy EDMVND MILLER.\n\n{source}\n\n{BODY}"
    assert opening_of(text) == (title, "By EDMVND MILLER.", source)
    # no byline after it: the long first line opens the body
    assert opening_of(f"{title}\n\n{part}\n\n{BODY}\n\n{BODY}")[0] is None


def test_a_forename_and_the_place_it_is_known_by_is_a_byline():
    # "By Thérèse of Lisieux", "By Thomas à Kempis" (not "By Order of Council")
    assert is_byline("By Thérèse of Lisieux") and is_byline("By Thomas à Kempis")
    assert not is_byline("By Order of Council") and not is_byline("By way of Preface")
    source = "(The Story of a Mill, chapter III; translated by T. N. Reed)"
    assert opening_of(f"Pauline Enters the Mill\n\nBy Thérèse of Riverton\n\n{source}\n\n{BODY}") == (
        "Pauline Enters the Mill", "By Thérèse of Riverton", source)


def test_a_year_alone_centred_heads_a_diarys_entries():
    # "                              1897" between a diary's entries
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(" " * 30 + "1896", para, para, " " * 30 + "1897", "Moscow, January 6th. " + para, para) == [
        "1896", "1897"]
    # a year alone at the paragraphs' margin is no heading here
    assert "1897" not in heads_of(para, "1897", para, para)


def test_a_letters_place_with_its_country_and_its_day_is_no_heading():
    # "(Special Correspondence.)" / "Monrovia, Liberia, June 26" / "My dear Editor:"
    assert is_letter_dateline("Monrovia, Liberia, June 26") and is_letter_dateline("Leeds, Yorks., May 3")
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, "Riverton, Millshire, June 26", "My dear Editor:", para, para) == []


def test_a_prayers_amen_is_no_heading():
    # "… to thy Disposing Providence." / "AMEN, Amen, Lord." / "HATH GOD made Me Rich, …"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, "I desire to yield readily to thy Disposing\nProvidence.", "AMEN, Amen, Lord.",
                    para, "CONCLUSION", para) == ["CONCLUSION"]


def test_a_letters_title_its_writer_to_its_addressee_and_day_over_its_source():
    # "John Addington Symonds to Walt Whitman, 3 August 1890" / "(Autograph letter in …)":
    # a title, no date line
    assert not is_letter_dateline("Ann Cole to Tom Reed, 3 August 1890")
    assert not is_dateline("Ann Cole to Tom Reed, 3 August 1890")
    assert is_letter_dateline("Am Hof, 3 August 1890")
    source = "(Autograph letter in the Mill Collection, Riverton Library)"
    assert opening_of(f"Ann Cole to Tom Reed, 3 August 1890\n\n{source}") == (
        "Ann Cole to Tom Reed, 3 August 1890", None, source)


@pytest.mark.parametrize("salutation", ["My dear Master", "Dear Sir", "My very dear Friend", "Dear Mr. Reed",
                                        "    MY DEAREST FRIEND,", "Dear Walt"])
def test_a_salutation_without_its_comma_is_no_heading(salutation):
    # "August 3 1890" / "My dear Master" / "I received your card …"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, "Riverton,\nMillshire\nAugust 3 1890", salutation, para, para) == []


@pytest.mark.parametrize("title", ["Speech by Governor Cook", "ADDRESS OF MR. REED, OF MILLSHIRE."])
def test_whose_speech_alone_over_its_source_line_is_the_title(title):
    source = "(Board of Mill Governors, February 22, 2024; example.org/speech/reed.htm)"
    assert opening_of(f"{title}\n\n{source}") == (title, None, source)


def test_an_old_title_run_on_into_a_part_set_in_under_it_over_the_source_line():
    # "THE CASE OF THOMAS SPENCE, BOOKSELLER, …, LONDON;" / "      Who was committed to …" /
    # "(A pamphlet, 1792. Price three-pence.)"
    title = "THE CASE OF TOM REED, MILLER, THE CORNER OF MILL-LANE, RIVERTON;"
    part = "      Who was committed to RIVERTON GAOL, On MONDAY the\n      10th of DECEMBER, 1792, For Grinding\n                           on Sunday."
    source = "(A pamphlet, 1792. Price three-pence.)"
    assert opening_of(f"{title}\n\n{part}\n\n{source}") == (title, None, source)
    # (a first line so closed over a paragraph is no title)
    assert opening_of(f"{title}\n\n{BODY}")[0] is None
    # two parts set in, the title in capitals a word or so in small letters ("THE Case OF THE
    # OFFICERS OF EXCISE;" / "      WITH REMARKS ON …" / "      Humbly addressed to …")
    title = "THE Case OF THE MILLERS OF RIVERTON;"
    parts = ("      WITH REMARKS ON THE WAGES OF MILLERS; AND ON THE Numerous\n      EVILS arising to the MILLS:\n\n"
             "      Humbly addressed to the MEMBERS OF BOTH\n      HOUSES of PARLIAMENT.")
    assert opening_of(f"{title}\n\n{parts}\n\n{source}") == (title, None, source)


def test_a_books_part_over_its_writers_byline_is_a_heading_the_byline_none():
    # "PREFACE." / "BY JOHN WARD DEAN." / "The Committee on English Research …"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, para, "PREFACE.", "BY TOM REED.", para, para) == ["PREFACE."]


def test_a_line_in_capitals_over_a_short_paragraph_among_kin_headings_is_one():
    # "BIRMINGHAM PETITION." … "ADJOURNMENT." … "SLAVE TRADE." / "Mr Otway Cave moved the
    # following resolutions:"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, "MILL PETITION.", para, "ADJOURNMENT.", para, "SLAVE TRADE.",
                    "Mr Reed moved the following resolutions:", para) == [
        "MILL PETITION.", "ADJOURNMENT.", "SLAVE TRADE."]
    # (alone, such a line over a short paragraph signs the one above: "ALFRED GATTY.")
    assert heads_of(para, para, "ALFRED GATTY.", "Mr Reed moved the following resolutions:", para) == []


def test_an_imprint_its_place_its_publisher_and_a_roman_year():
    # "LONDON: JOHN MURRAY, ALBEMARLE STREET: CROSSLEY AND CLARKE, HARROW: MDCCCLIV." under the
    # byline and its office
    imprint = "LONDON: JOHN MILLER, RIVER STREET: CROSSLEY AND CLARKE, RIVERTON: MDCCCLIV."
    text = f"A LETTER TO THE VISCOUNT REED ON THE MILLS OF RIVERTON.\n\nBY TOM COLE, D.D.\nHEAD MILLER.\n\n{imprint}"
    title, _, source = opening_of(text)
    assert (title, source) == ("A LETTER TO THE VISCOUNT REED ON THE MILLS OF RIVERTON.", imprint)


def test_sections_numbered_with_their_sign_their_titles_in_sentence_case_closed_by_a_stop():
    # "§ 1. Inevitable rise of different modes of explaining sacred histories." / … / "§ 2. …"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    heads = ["§ 1. Inevitable rise of different modes of grinding corn.",
             "§ 2. Different explanations of mills among the Greeks."]
    assert heads_of(heads[0], para, para, heads[1], para, para) == heads


def test_a_letters_close_with_love_to_you_is_no_heading():
    # "… as ever." / "With best love to you always" / "Your friend" / "J. Johnston"
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    assert heads_of(para, para, "With best love to you always",
                    " " * 40 + "I remain\n" + " " * 40 + "Yours affectly\n" + " " * 40 + "T Reed",
                    "PS I omitted to say that the miller also read to us his account of the flood, "
                    "which we all thought very fine indeed, and longer than any of his others.") == []


def test_an_old_books_imprint_imprinted_at_a_place_by_its_printer():
    # "                A COVNTERBLASTE TO Tobacco." / "         ¶Imprinted at London by R. B. _Anno_ 1604."
    imprint = "¶Imprinted at London by R. B. _Anno_ 1604."
    assert opening_of(f"A COUNTERBLAST TO MILLS.\n\n         {imprint}") == ("A COUNTERBLAST TO MILLS.", None, imprint)


def test_a_magazines_book_notices_their_titles_in_italics_and_publishers_in_brackets_head_the_reviews():
    # "_The Boy Grew Older._ By HEYWOOD BROUN. (Putnam’s.)" / the review / "C. G. P." /
    # "_Command._ By WILLIAM MCFEE. (Doubleday, Page & Co.)" / …
    para = textwrap.fill(" ".join([BODY] * 2), 70)
    notices = ["_The Mill Grew Older._ By TOM REED. (Putnam’s.)", "_Command._ By ANN COLE. (Doubleday, Page & Co.)"]
    sign = " " * 65
    assert heads_of(notices[0], para, para, sign + "C. G. P.", notices[1], para, para, sign + "J. K.") == notices


@pytest.mark.parametrize("line", ["TAKEN IN SHORT HAND By a STUDENT of the TEMPLE.", "Edited by the Author of Waverley"])
def test_a_reporter_or_an_editor_described_not_named_is_a_byline(line):
    # "THE TRIAL OF CAPTAIN JOHN KIMBER, For Murder, &c." / "TAKEN IN SHORT HAND By a STUDENT of
    # the TEMPLE." / "(Tried at the Admiralty Sessions, …)"
    assert is_byline(line)
    assert not is_byline("Taken by the end of the day, the mill was quiet.")


def test_a_transcripts_short_turns_after_a_name_and_a_colon_are_no_headings():
    # a podcast's transcript: "Henk Rogers: Hello!", "Adam Stacoviak: Right." over long turns
    turns = ["Ada Okafor: " + BODY, "Tom Reed: Hello!", "Ada Okafor: " + BODY, "Tom Reed: " + BODY,
             "Ada Okafor: Right.", "Tom Reed: " + BODY]
    assert heads_of(LONG, *turns, "The Mill Today", LONG) == ["The Mill Today"]
    # one speaker so labelled is no transcript: a short line under its heading stays a heading
    assert heads_of(LONG, "Tom Reed: Hello Again", LONG, "Tom Reed: " + BODY, "Tom Reed: " + BODY) == [
        "Tom Reed: Hello Again"]


def test_a_name_set_far_in_under_a_long_paragraph_is_its_signature_no_heading():
    # a review's paragraphs one to a line, its writer's name set far right under the last, the
    # next piece's heading after it
    signed = " " * 54 + "Ada Okafor"
    assert heads_of(LONG, signed, "  THE MILL TODAY", LONG) == ["THE MILL TODAY"]
    # a name set in only a little over a paragraph heads it
    assert heads_of(LONG, "    Ada Okafor", LONG) == ["Ada Okafor"]


def test_speakers_lines_taking_turns_over_a_paragraph_each_are_no_headings():
    # "King" / his words / "Doctor Reed." / his / "King." / … — the text's sentences name the King
    narrative = "Then the King came upon the scaffold, and the King looked at the block, and spoke to the Doctor."
    turns = ["King", "I shall be very little heard of any body here, I shall therefore speak a word unto you.",
             "Doctor Reed.", "There is but one stage more, and it will carry You a very great way.",
             "King.", "I go from a corruptible, to an incorruptible Crown.",
             "Doctor Reed.", "You are exchanged from a Temporal to an eternal Crown."]
    assert heads_of(LONG, narrative, *turns, "THE END OF THE DAY", LONG) == ["THE END OF THE DAY"]
    # a speech in court's headings, each over the document read out, no one its sentences name so
    lysias = ["Law", "The law of the land is read out to the court here in full.",
              "Witnesses", "The witnesses of the deed are called and they speak to it.",
              "Law", "Another law of the land is read out to the court here in full.",
              "Witnesses", "Other witnesses are called and they speak to it."]
    assert heads_of(LONG, *lysias, LONG) == ["Law", "Witnesses", "Law", "Witnesses"]


def test_the_authors_offices_on_one_line_under_the_byline_a_byline_of_their_own_with_their_titles(tmp_path):
    # "By JAMES M. BECK," / "Former Assistant Attorney-General …, and Author of "The Dual
    # Alliance …," and …" / "(Reprinted from …)": the offices and the works quoted in them
    text = ("THE CASE OF THE MILL.\n\nBy TOM M. REED,\n\nFormer Assistant Miller-General of the County, and Author "
            "of \"The Dual Mill v. The Triple Weir,\" and \"The Evidence in the Mill.\"\n\n(Reprinted from \"Leeds "
            "Times.\" Mill Press, Leeds.)\n\n" + BODY + "\n\n" + BODY + "\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    bylines = root.xpath("//t:titlePage/t:byline", namespaces=ns)
    assert len(bylines) == 2 and bylines[1].xpath("t:title/text()", namespaces=ns) == [
        "\"The Dual Mill v. The Triple Weir,\"", "\"The Evidence in the Mill.\""]
    assert root.xpath("//t:titlePage/t:docImprint/t:title/text()", namespaces=ns) == ["\"Leeds Times.\""]
