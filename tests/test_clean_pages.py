"""Cleaning on page shapes of other outlets (hand-made fixtures, not the example seeds)."""
from pathlib import Path

import pytest

from generator.clean import clean
from generator.ingest import read_seed

PAGES = Path(__file__).parent / "fixtures" / "pages"
EXPECT = {
    "bbc.txt": dict(title="Rail strike: Union demands 8% pay rise as talks collapse", published=None, author="Jane Smith",
                    first="Rail workers across Britain walked out", last="put the latest offer to its members.",
                    never=["Skip to content", "Image source", "Picket lines formed", "Related Topics", "Why are rail"]),
    "ap.txt": dict(title="Protesters in Georgia demand snap election, release of detained activists",
                   published="2024-12-02", author="Soso Kipiani and Dasha Litvinova",
                   first="Tens of thousands of protesters", last="there would be no new election.",
                   never=["TBILISI, Georgia (AP)", "contributed to this report", "Copyright", "Updated 4:12"]),
    "aj.txt": dict(title="Hamas says no hostage deal unless Israel commits to end war", published="2024-01-12",
                   author=None, first="Hamas will not release the remaining captives",
                   last="mediating between the two sides for weeks.",
                   never=["Mohammed Salem", "Published On", "Source: Al Jazeera", "Hamas official tells"]),
    "guardian.txt": dict(title="Netanyahu says Israel will keep striking Iranian targets in Syria", published="2019-03-03",
                         author=None, first="Benjamin Netanyahu has said Israel will continue",
                         last="urged restraint from all sides in the Syrian conflict.",
                         never=["Middle East", "speaks during a news conference", "(@netanyahu)", "pic.twitter.com",
                                "Read more", "working group"]),
    "iso.txt": dict(title="Teachers strike enters second week as talks stall", published="2023-09-12",
                    author="Maria Gonzalez", first="Thousands of teachers remained on strike",
                    last="without cutting services.",
                    never=["Breaking News", "LOS ANGELES —", "Advertisement", "Sign up", "Copyright"]),
    # a widget inside the story is crossed; long comments and teasers after it are not the story
    "blog.txt": dict(title="Harbour ferry crews vote to strike over night shifts", published="2023-03-14",
                     author="Tom Reyes", first="The crews who run the harbour ferries",
                     last="mediation by the port authority.",
                     never=["Trending now", "Storm warning", "Tags:", "Comments", "eleven years", "chaos", "Reply",
                            "cycle lanes", "Harbour Daily"]),
    # a long ticker line above the headline and a share bar with a comments button are not the story
    "portal.txt": dict(title="Regional water board orders farms to cut use by a fifth", published="2022-06-02",
                       author=None, first="The regional water board ordered farms",
                       last="if autumn rains refill the reservoirs.",
                       never=["Markets rally", "Comments", "More stories", "forty beds", "Copyright"]),
    # a comments link between paragraphs (the article runs on past it, and past a picture); the comments at
    # the end are cut
    "inline.txt": dict(title="Grain co-operative asks ministry to delay export levy", published="2021-06-08",
                       author=None, first="The grain co-operative of the northern valley",
                       last="whether the levy is on its agenda.",
                       never=["Leave a comment", "Comments", "silos for two years", "Half empty", "Valley Courier",
                              "Jan Kowalski"]),
}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_page(name):
    seed, _ = read_seed(PAGES / name, name, 100_000)
    a = clean(seed)
    expect = EXPECT[name]
    assert (a.title, a.published, a.author) == (expect["title"], expect["published"], expect["author"])
    assert a.body[0].startswith(expect["first"]) and a.body[-1].endswith(expect["last"])
    text = "\n".join(a.body)
    for furniture in expect["never"]:
        assert furniture not in text, furniture
