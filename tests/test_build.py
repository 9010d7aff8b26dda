import shutil

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
