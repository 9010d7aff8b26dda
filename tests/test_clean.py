import pytest

from generator.clean import boilerplate_lines, clean, short_lines
from generator.errors import NoArticleText
from generator.model import Seed

LEDE = "The city council voted on Tuesday to raise bus fares by ten percent, the mayor's office said in a statement."
SECOND = "Union leaders demanded that the council reverse the decision before the end of the month."


def article(text, boilerplate=frozenset()):
    return clean(Seed(id="x", source_file="x.txt", text=text), boilerplate)


def test_slogan_before_headline_is_not_the_title():
    a = article(f"Independent news since 1999\n\nCouncil votes to raise bus fares\n\n{LEDE}\n\n{SECOND}")
    assert a.title == "Council votes to raise bus fares"
    assert a.body == (LEDE, SECOND)


def test_caption_credit_read_links_prompts_and_footer_are_dropped():
    text = "\n\n".join([
        "Council votes to raise bus fares",
        "June 4, 2021 at 9:30 am",
        "The mayor (L) speaks to reporters outside city hall on 2 June 2021 [John Smith/Getty Images]",
        LEDE,
        "READ: Fares rose last year too",
        "Commuters outside the central station. Photo courtesy of Jane Roe / City Press",
        SECOND,
        "Share this article",
        "via RSS https://example.com/feed Maria Lopez",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ])
    a = article(text)
    assert a.body == (LEDE, SECOND)
    assert a.published == "2021-06-04"   # the date line, not the caption's date
    assert a.author == "Maria Lopez"     # from the feed footer


def test_date_in_caption_or_story_is_not_the_publication_date():
    a = article(f"Council votes\n\nThe mayor on June 2, 2021. (City Hall Press Office)\n\n{LEDE} It met on June 1, 2021."
                f"\n\n{SECOND}")
    assert a.published is None


def test_byline_with_date_and_dateline_agency():
    a = article(f"Council votes\n\nLONDON (AP) — {LEDE}\n\n{SECOND}\n\n(By Jane Doe, March 3, 2019)\n\nWhat do you think?")
    assert a.publisher == "AP"
    assert a.author == "Jane Doe"
    assert a.published == "2019-03-03"
    assert a.body[0].startswith("The city council voted")
    assert not any("Jane Doe" in p or "think" in p for p in a.body)


def test_front_matter_overrides_extraction():
    seed = Seed(id="x", source_file="x.md", text=f"Wrong headline\n\n{LEDE}", overrides=(("title", "Right"), ("author", "A B")))
    a = clean(seed)
    assert (a.title, a.author) == ("Right", "A B")


def test_lines_repeated_across_articles_are_boilerplate():
    texts = [f"Your trusted source\n\n{h}\n\n{LEDE}" for h in ("Council votes on fares", "Bus fares rise")]
    lines = boilerplate_lines(short_lines(Seed(id="x", source_file="x.txt", text=t)) for t in texts)
    a = article(texts[0], lines)
    assert a.title == "Council votes on fares"


def test_html_scripts_are_removed():
    a = article(f"<html><body><h1>Council votes</h1><script>alert(1)</script><p>{LEDE}</p><p>{SECOND}</p></body></html>")
    assert a.title == "Council votes"
    assert "alert" not in " ".join(a.body)


def test_no_prose_is_an_error_naming_the_file():
    with pytest.raises(NoArticleText, match="x.txt"):
        article("Menu\n\nHome\n\nContact us")


def test_bullets_inside_body_are_kept():
    a = article(f"Title line here\n\n{LEDE}\n\nThe union listed its demands:\n\n• Fares must be frozen.\n\n"
                f"1. Drivers must get a raise.\n\n{SECOND}")
    assert "• Fares must be frozen." in a.body and "1. Drivers must get a raise." in a.body


def test_wire_story_furniture():
    text = "\n\n".join([
        "Markets", "Stocks slide as bond yields jump", "3 min read", "By Jane Doe",
        f"LONDON, March 4 (Reuters) - {LEDE}", "Listen to this article", SECOND,
        "Reporting by John Roe; Editing by Mark Poe", "Our Standards: The Thomson Reuters Trust Principles.",
    ])
    a = article(text)
    assert a.title == "Stocks slide as bond yields jump"
    assert a.body == (LEDE, SECOND) and a.author == "Jane Doe" and a.publisher == "Reuters"


def test_dates_author_bio_and_copyright_footer():
    text = "\n\n".join([
        "Council votes to raise bus fares", "First published on Tue 4 Jun 2019 12.00 BST", LEDE, SECOND,
        "Jane Doe is a senior reporter covering transport for the Daily Example.",
        "Copyright 2019 The Daily Example. All rights reserved. This material may not be published or broadcast.",
        "Follow Jane Doe on Twitter",
    ])
    a = article(text)
    assert a.published == "2019-06-04" and a.body == (LEDE, SECOND)
    assert a.author == "Jane Doe" and a.publisher == "The Daily Example"


def test_headline_with_standfirst_and_all_caps_byline():
    text = "\n".join(["Strikers demand pay rise as talks collapse",
                      "Union leader tells reporters the walkout will go on until operators make a serious offer."])
    text += f"\n\nBy JANE DOE and JOHN ROE\n\nPublished On 12 Jan 2024\n\n{LEDE}\n\n{SECOND}\n\n"
    text += "Associated Press writer Jim Poe contributed to this report from Paris."
    a = article(text)
    assert a.title == "Strikers demand pay rise as talks collapse"
    assert a.author == "Jane Doe and John Roe" and a.published == "2024-01-12"
    assert a.body == (LEDE, SECOND)
    assert a.standfirst == ("Union leader tells reporters the walkout will go on until operators make a serious offer.",)


def test_name_line_above_job_title_is_the_author():
    a = article(f"Council votes\n\nJane Smith\n\nTransport correspondent\n\n{LEDE}\n\n{SECOND}")
    assert a.author == "Jane Smith"


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = ("The city council voted on Tuesday to raise bus fares by ten percent, and the mayor\n"
               "<b>said</b> in a statement that the increase would pay for forty new electric buses\n"
               "over the next three years.")
    a = article(f"Council votes on fares\n\n{wrapped}\n\n{SECOND}")
    assert a.body[0] == " ".join(wrapped.split("\n"))


def test_acronym_opening_a_lede_is_not_a_dateline():
    text = (f"Alliance meets\n\nNATO — The alliance said on Monday that its members would meet again in Brussels next week."
            f"\n\n{SECOND}")
    assert article(text).body[0].startswith("NATO — The alliance")


def test_masthead_sharing_a_word_with_the_story_is_not_the_title():
    text = (f"The Daily Council\n\nBus fares rise after long vote\n\nBy Jane Doe, 3 March 2019\n\n"
            f"The council voted on Tuesday to raise bus fares by ten percent, the mayor's office said in a statement.\n\n"
            f"{SECOND}")
    assert article(text).title == "Bus fares rise after long vote"


PAGE = """<!DOCTYPE html><html><head><title>Council votes to raise bus fares | City | The Example Gazette</title>
<meta property="og:title" content="Council votes to raise bus fares">
<meta property="og:site_name" content="The Example Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-06-04T09:30:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council votes to raise bus fares</h1>
<p>{lede}</p><p>Share this article</p><p>{second}</p>
<p>The increase takes effect in August, and monthly passes will rise by the same share as single tickets.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes the harbour</a></li>
<li><a href="/b">Library opens late</a></li></ul></aside>
<footer><p>Copyright 2021 The Example Gazette. All rights reserved.</p></footer></body></html>"""


def test_saved_html_page_gives_main_text_and_page_metadata():
    a = clean(Seed(id="p", source_file="p.html", text=PAGE.format(lede=LEDE, second=SECOND), html=True))
    assert a.title == "Council votes to raise bus fares"
    assert a.body[:2] == (LEDE, SECOND) and len(a.body) == 3
    assert (a.published, a.author, a.publisher) == ("2021-06-04", "Jane Doe", "The Example Gazette")
    assert not any("Most read" in p or "Home" in p or "Copyright" in p for p in a.body)


def test_html_saved_as_text_is_read_as_html_and_has_no_short_lines():
    page = PAGE.format(lede=LEDE, second=SECOND)
    seed = Seed(id="p", source_file="p.txt", text=page)
    assert clean(seed).body[0] == LEDE
    assert short_lines(seed) == frozenset()  # the extractor already leaves a site's recurring furniture out


def test_furniture_glued_before_the_headline_is_cut_and_its_date_kept():
    a = article(f"date 2023-05-06 Follow us on Image Source : AGENCY Ferry strike ends after late-night talks"
                f"\n\n{LEDE}\n\n{SECOND}")
    assert a.title == "Ferry strike ends after late-night talks"
    assert a.published == "2023-05-06"
    b = article(f"HomeNewsCityFerry strike ends after late-night talks\n\n{LEDE}\n\n{SECOND}")
    assert b.title == "Ferry strike ends after late-night talks"


def test_headline_over_a_long_standfirst_and_a_repeated_headline():
    dek = ("Will the ferries run on Monday? Crews hold out for better night pay as the operator and the union trade "
           "blame over a winter of cancelled crossings")
    a = article(f"Council votes to raise bus fares\n\n{dek}\n\nJane Doe | 04.03.2021 - Update : 05.03.2021\n\n"
                f"Council votes to raise bus fares\n\n{LEDE}\n\n{SECOND}")
    assert a.title == "Council votes to raise bus fares"
    assert a.published == "2021-03-04"  # day first with dots or dashes


def test_sign_off_ending_a_paragraph_names_the_author():
    a = article(f"Council votes\n\n{LEDE[:-1]}; JANE ROE reports.\n\n{SECOND}")
    assert a.author == "Jane Roe"
    assert a.body[0] == LEDE


def test_captions_and_credits_without_a_sentence_end():
    text = "\n\n".join([
        "Council votes to raise bus fares", LEDE,
        "An aerial view of the bus depot on the edge of the city.",
        "The mayor speaking at the council meeting on Tuesday Credit: John Smith/City Press",
        "The councillor leaves the chamber on June 1, 2021 (Jane Roe/Example Pictures)",
        SECOND + " / Agencies",
    ])
    a = article(text)
    assert a.body == (LEDE, SECOND)


def test_meta_line_is_not_joined_to_the_line_below_it():
    a = article(f"Council votes to raise bus fares after a long night\n\nCity Desk | Updated: 04-06-2021 10:15 | "
                f"Created: 04-06-2021 09:30\nCouncil votes to raise bus fares after a long night\n\n{LEDE}\n\n{SECOND}")
    assert a.published == "2021-06-04"
    assert a.title == "Council votes to raise bus fares after a long night"


def test_outlet_named_by_a_wire_credit_or_a_lede_credit():
    assert article(f"Council votes\n\nCity Desk\n\nXinhua | June 4, 2021\n\n{LEDE}\n\n{SECOND}").publisher == "Xinhua"
    assert article(f"Council votes\n\n{LEDE}\n\n{SECOND} (AFP)").publisher == "AFP"
    assert article(f"Council votes\n\n{LEDE[:-1]}, Kyodo reports.\n\n{SECOND}").publisher == "Kyodo"
    lede_credit = article(f"Council votes\n\n(Example News){LEDE}\n\n{SECOND}")
    assert lede_credit.publisher == "Example News" and lede_credit.body[0] == LEDE


def test_a_masthead_or_a_byline_naming_the_outlet_gives_the_publisher():
    a = article(f"The Harbour Gazette\n\nHome News City\n\nCouncil votes to raise bus fares\n\n{LEDE}\n\n{SECOND}")
    assert a.publisher == "The Harbour Gazette" and a.title == "Council votes to raise bus fares"
    b = article(f"Council votes to raise bus fares\n\nBy Harbour Daily News\n\n{LEDE}\n\n{SECOND}")
    assert b.publisher == "Harbour Daily News" and b.author is None


def test_a_byline_with_a_colon_or_run_into_the_date_line_names_the_author():
    a = article(f"Council votes\n\nBy: Jane Doe, City Editor\n\n{LEDE}\n\n{SECOND}")
    assert a.author == "Jane Doe"
    a = article(f"Council votes\n\nMar. 3, 2021 9:30 AM ETCity Hall (CH)By: Jane Doe, City Editor4 Comments\n\n{LEDE}"
                f"\n\n{SECOND}")
    assert (a.author, a.published) == ("Jane Doe", "2021-03-03")
    assert not any("Comments" in p for p in a.body)


def test_a_byline_between_paragraphs_names_the_author_and_leaves_the_body():
    # updates stacked on a story: the byline of the earlier story sits below the newest update
    update = [f"Update {n}: the council said {n} more bus routes would be reviewed before the fares rise."
              for n in range(2, 8)]
    a = article("\n\n".join(["Council votes to raise bus fares", LEDE, *update, "By Tomas Varga", SECOND]))
    assert a.author == "Tomas Varga" and a.body == (LEDE, *update, SECOND)


def test_an_acronym_under_the_headline_or_an_outlet_in_the_writers_title_gives_the_publisher():
    a = article(f"Council votes to raise bus fares\n\nHBN\n\n{LEDE}\n\n{SECOND}")
    assert a.publisher == "HBN" and a.title == "Council votes to raise bus fares"
    b = article(f"Council votes to raise bus fares\n\nBy Jane Doe, Harbour News Senior Editor\n\n{LEDE}\n\n{SECOND}")
    assert (b.publisher, b.author) == ("Harbour News", "Jane Doe")
    c = article(f"Council votes to raise bus fares\n\nBy Jane Doe, City Editor\n\n{LEDE}\n\n{SECOND}")
    assert c.publisher is None  # a desk, not an outlet
