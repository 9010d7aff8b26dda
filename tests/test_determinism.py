"""Same files, same bytes: whatever the hash seed, the file order and times, the cache, and whether the
collection was built at once or one article at a time."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from generator import build
from generator.config import Config

PAGES = ROOT / "tests" / "fixtures" / "pages"
# One sentence of 40 words said twice, half of them again in one later sentence and half in another:
# the summary counts twelve as the story's words, and which twelve must not depend on the order of a set.
_HALVES = ["harbour ferry crews pension night shift allowance winter storm jetty pier gangway rope anchor deck "
           "hull cargo tide buoy lantern",
           "ticket machines platform lifts escalator repairs station canopy benches toilets kiosk clocks signs "
           "stairs ramps doors windows heating lighting cameras"]
TIES = "Council notice\n\n" + "\n\n".join([
    "Officials met on Monday in the town hall to talk about transport, a spokesperson said in a statement.",
    f"The talks covered {', '.join(' '.join(_HALVES).split())} and more.",
    "He added that the minutes would be published soon.", "He noted that a vote could come in spring.",
    "He thanked everyone for their patience.",  # sentences that open with "He" are never chosen
    *(f"Later: {half}." for half in _HALVES)])


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for source in [*SEEDS.glob("*.txt"), *PAGES.glob("*.txt")]:
        shutil.copy(source, folder / source.name)
    (folder / "ties.txt").write_text(TIES, encoding="utf-8")
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _cli(seeds: Path, out: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                           "--no-cache"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_same_output_whatever_the_hash_seed(tmp_path):
    seeds = _corpus(tmp_path / "seeds")
    trees = []
    for hash_seed in ("1", "13"):  # two seeds that order the words of TIES differently (Python 3.11)
        _cli(seeds, tmp_path / hash_seed, hash_seed)
        trees.append(_tree(tmp_path / hash_seed))
    assert trees[0] == trees[1]


def test_same_output_built_at_once_or_one_article_at_a_time_with_a_cache(tmp_path):
    everything = _corpus(tmp_path / "all")
    build.run(Config(seeds=everything, out=tmp_path / "at-once", cache=None, corrections=None))
    growing = tmp_path / "growing"
    growing.mkdir()
    cache = tmp_path / "cache"
    for i, source in enumerate(sorted(everything.iterdir(), reverse=True)):  # reverse order, touched times
        shutil.copy(source, growing / source.name)
        os.utime(growing / source.name, (1_000_000 + i, 1_000_000 + i))
        build.run(Config(seeds=growing, out=tmp_path / "bit-by-bit", cache=cache, corrections=None))
    assert _tree(tmp_path / "at-once") == _tree(tmp_path / "bit-by-bit")
