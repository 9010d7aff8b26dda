import shutil
import time
from dataclasses import replace

from conftest import SEEDS
from generator import build
from generator.config import Config


def test_a_rebuild_parses_only_changed_articles_and_gives_the_same_output(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    config = Config(seeds=seeds, out=tmp_path / "out", cache=tmp_path / "cache", corrections=None)
    assert build.run(config).parsed == len(list(SEEDS.glob("*.txt")))
    assert build.run(config).parsed == 0
    edited = sorted(seeds.glob("*.txt"))[0]
    paragraphs = edited.read_text(encoding="utf-8").split("\n\n")
    middle = len(paragraphs) // 2  # inside the article, where an edit must change its briefing
    paragraphs.insert(middle, "The talks resume after nine days of delays, officials said in a statement on Monday.")
    edited.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert build.run(config).parsed == 1
    uncached = Config(seeds=seeds, out=tmp_path / "fresh", cache=None, corrections=None)
    build.run(uncached)
    assert (config.out / "briefings.json").read_bytes() == (uncached.out / "briefings.json").read_bytes()


def test_file_names_that_make_one_page_name_get_pages_of_their_own(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    names = ["a_b.txt", "a-b.txt", "index.txt", "Владимир.txt", "北京.txt", "文.txt", "x" * 85 + "1.txt", "x" * 85 + "2.txt"]
    for i, name in enumerate(names):
        (seeds / name).write_text(f"Council vote number {i} on fares\n\nThe council of town number {i} voted on Tuesday "
                                  "to raise bus fares by ten percent, the mayor said in a statement.\n\nUnion leaders "
                                  f"demanded that council {i} reverse the decision before the end of the month.\n",
                                  encoding="utf-8")
    result = build.run(Config(seeds=seeds, out=tmp_path / "out", cache=None, corrections=None))
    pages = {b.article.source_file: b.url for b in result.briefings}
    assert len(pages) == len(names) and len(set(pages.values())) == len(names)
    assert pages["a-b.txt"] == "briefings/a-b/" and pages["a_b.txt"].startswith("briefings/a-b-")
    assert pages["index.txt"] != "briefings/index/" and pages["Владимир.txt"] == "briefings/vladimir/"
    assert [d.file for d in result.diagnostics if d.code == "W119"] == ["a_b.txt"]
    assert (tmp_path / "out" / "briefings" / "index.md").read_text(encoding="utf-8").count("](") >= len(names)


def test_a_full_disk_is_one_error_not_a_traceback(tmp_path, monkeypatch):
    import errno

    import pytest

    from generator import site
    from generator.errors import OutputError

    def full(target, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(site, "write_atomic", full)
    with pytest.raises(OutputError, match="No space left on device"):
        build.run(Config(seeds=SEEDS, out=tmp_path / "out", cache=None, corrections=None))


def test_a_cache_entry_of_the_wrong_shape_is_computed_again(tmp_path):
    import json

    config = Config(seeds=SEEDS, out=tmp_path / "out", cache=tmp_path / "cache", corrections=None)
    first = (config.out / "briefings.json")
    build.run(config)
    expected = first.read_bytes()
    for entry in (tmp_path / "cache").rglob("*.json"):
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["body" if "body" in data else "x"] = 42  # valid JSON, wrong type
        entry.write_text(json.dumps(data), encoding="utf-8")
    assert build.run(config).parsed == len(list(SEEDS.glob("*.txt")))
    assert first.read_bytes() == expected


def test_an_article_past_the_time_budget_is_reported_and_the_others_build(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    config = Config(seeds=seeds, out=tmp_path / "out", cache=None, corrections=None, time_budget=1)
    first = build.run(config)
    stuck = sorted(seeds.glob("*.txt"))[0].name
    real_clean = build.clean

    def clean(seed, boilerplate):
        while seed.source_file == stuck:  # a case the rules never foresaw: cleaning this file does not end
            time.sleep(0.01)
        return real_clean(seed, boilerplate)

    monkeypatch.setattr(build, "clean", clean)
    second = build.run(config)
    assert [(d.file, d.code) for d in second.diagnostics] == [(stuck, "E121")]
    assert {b.id for b in second.briefings} == {b.id for b in first.briefings}  # its previous briefing is kept


def test_extraction_past_the_time_budget_is_reported(tmp_path, monkeypatch):
    real_extract = build.extract_one
    stuck = sorted(SEEDS.glob("*.txt"))[-1].name

    def extract_one(article, *parses):
        while article.source_file == stuck:
            time.sleep(0.01)
        return real_extract(article, *parses)

    monkeypatch.setattr(build, "extract_one", extract_one)
    result = build.run(Config(seeds=SEEDS, out=tmp_path / "out", cache=None, corrections=None, time_budget=1))
    assert [(d.file, d.code) for d in result.diagnostics] == [(stuck, "E121")]
    assert len(result.briefings) == len(list(SEEDS.glob("*.txt"))) - 1


def test_links_are_reused_only_while_every_briefing_is_as_before(tmp_path, monkeypatch):
    import json

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    config = Config(seeds=seeds, out=tmp_path / "out", cache=tmp_path / "cache", corrections=None)
    export = config.out / "briefings.json"
    build.run(config)
    expected = export.read_bytes()
    calls, real = [], build.link.link
    monkeypatch.setattr(build.link, "link", lambda briefings, count: calls.append(count) or real(briefings, count))
    build.run(config)
    assert calls == [] and export.read_bytes() == expected  # nothing changed: the last links
    entry = next((tmp_path / "cache").rglob("links.json"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["related"] = {"x": [{"id": 1}]}  # the right key, a damaged body
    entry.write_text(json.dumps(data), encoding="utf-8")
    build.run(config)
    assert calls == [5] and export.read_bytes() == expected
    build.run(Config(seeds=seeds, out=tmp_path / "out", cache=tmp_path / "cache", corrections=None, related_count=2))
    assert calls == [5, 2]  # another setting links again
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n\n", "\n\nOfficials met again on Monday.\n\n", 3),
                      encoding="utf-8")
    build.run(config)
    assert calls == [5, 2, 5]  # an article changed: linked again


def test_the_standfirst_is_read_for_parties_and_shown_apart_from_the_body(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "fares.txt").write_text(
        "Strikers demand pay rise as talks collapse\n\n"
        "The walkout follows a freeze on public wages that Utopian President Ivo Dane announced for a year.\n\n"
        "By JANE ROE\n\nPublished On 12 Jan 2024\n\n"
        "The city council voted on Tuesday to raise bus fares by ten percent, the mayor's office said.\n\n"
        "Union leaders demanded that the council reverse the decision before the end of the month.\n", encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "out", cache=tmp_path / "cache", corrections=None)
    build.run(config)
    result = build.run(replace(config, summary_sentences=2))  # cleaned article from the cache, extracted anew
    briefing = result.briefings[0]
    assert briefing.article.standfirst[0].startswith("The walkout follows")
    assert not any("walkout" in p for p in briefing.article.body)
    assert "Ivo Dane" in {a.name for a in briefing.actors}
    page = (tmp_path / "out" / briefing.url.rstrip("/")).with_suffix(".md").read_text(encoding="utf-8")
    assert '<p class="standfirst"><em>The walkout follows' in page
