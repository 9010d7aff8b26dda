from generator.link import related
from generator.model import Actor, Article, Briefing


def make(id, body, date=None, actors=()):
    article = Article(id, f"{id}.txt", body.split(".")[0], (body,), published=date)
    return Briefing(article, id, (body,), tuple(Actor(a.lower(), a, "person") for a in actors))


def corpus():
    return [
        make("a", "Dock workers in Antwerp strike over pensions; the union demands a pay rise from port operators.",
             "2021-05-01", ["Jan Peeters"]),
        make("b", "Antwerp port strike: union leader Jan Peeters says dock workers want pensions protected and pay rises.",
             "2021-05-02", ["Jan Peeters"]),
        make("c", "A new species of frog was found in the rainforest of Borneo by biologists.", "2020-01-01"),
    ]


def test_same_event_first_with_a_reason():
    links = related(corpus())
    assert links["a"][0].id == "b" and links["b"][0].id == "a"
    assert "Jan Peeters" in links["a"][0].why and "similar wording" in links["a"][0].why


def test_adding_an_unrelated_article_keeps_the_first_entry():
    before = related(corpus())
    after = related(corpus() + [make("d", "Stock markets in Tokyo closed higher on Friday after a quiet week.")])
    assert after["a"][0].id == before["a"][0].id
