from dataclasses import replace

from generator.link import compare, link
from generator.model import Actor, Article, Briefing, Demand


def related(briefings):
    return link(briefings)[0]


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


def test_stories_group_same_event_reports_only():
    _, stories = link(corpus() + [make("d", "Tokyo stock markets closed higher on Friday after a quiet trading week.")])
    assert [s.members for s in stories] == [("a", "b")]
    assert stories[0].id == "a"


def test_reports_far_apart_in_time_are_not_one_story():
    items = corpus()
    items[1] = make("b", items[1].article.body[0], "2022-09-30", ["Jan Peeters"])
    assert link(items)[1] == ()


def test_figures_as_written():
    from generator.link import figures

    assert figures("kept 60 miles away, or 100 kilometres; 65 miles; $4 million and 8% more") == (
        "60 miles", "100 kilometres", "65 miles", "$4 million", "8%")


def test_story_comparison_names_what_only_one_report_gives():
    a, b, _ = corpus()
    a = replace(a, article=replace(a.article, body=("Workers want a rise of 5 percent, the union said.",)),
                demands=(Demand("d-1", "Jan Peeters", "port operators", "the operators raise pay", "evidence"),))
    b = replace(b, article=replace(b.article, body=("Workers want a rise of 7 percent, the union said.",)))
    result = compare([b, a])
    assert [r.briefing.id for r in result.reports] == ["a", "b"]  # oldest first
    assert [r.figures for r in result.reports] == [("5 percent",), ("7 percent",)]
    assert [len(r.demands) for r in result.reports] == [1, 0]
    assert [actor.name for actor in result.shared] == ["Jan Peeters"]
    assert result.dates == ("2021-05-01", "2021-05-02")


def test_a_story_keeps_its_id_when_a_later_report_that_sorts_first_joins():
    _, before = link(corpus())
    joiner = make("0", "Antwerp dock workers strike over pensions as union leader Jan Peeters demands a pay rise "
                       "from the port operators.", "2021-05-03", ["Jan Peeters"])
    _, after = link(corpus() + [joiner])
    assert [s.id for s in before] == [s.id for s in after] == ["a"]
    assert "0" in after[0].members
