"""Bad input through the real command: one line per bad file, every other article built, nothing lost."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


def run(seeds: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                           "--corrections", str(seeds / "none.yml"), "--cache", str(out.parent / "cache"), *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def messy(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (seeds / "latin1.txt").write_bytes(("Caf\u00e9 workers strike\n\nWorkers at the caf\u00e9 chain in S\u00e3o Paulo "
                                        "walked out on Monday, demanding higher wages and shorter shifts.\n").encode("cp1252"))
    (seeds / "broken.md").write_text("---\ntitle: [oops\n---\nSome text of an article that is long enough here.\n")
    (seeds / "huge.txt").write_bytes(b"x" * (50 * 1024 * 1024))
    (seeds / "copy.txt").write_bytes((SEEDS / "002_66e42796693d4503.txt").read_bytes())
    return seeds


def test_bad_files_are_reported_and_the_rest_builds(messy, tmp_path):
    out = tmp_path / "docs"
    done = run(messy, out)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    for name in ("empty.txt", "binary.txt", "broken.md", "huge.txt", "copy.txt", "latin1.txt"):
        assert sum(line.startswith(name + ":") for line in lines) == 1, (name, done.stderr)
    ids = {b["id"] for b in json.loads((out / "briefings.json").read_text())["briefings"]}
    assert ids == {p.stem for p in SEEDS.glob("*.txt")} | {"latin1"}
    assert run(messy, out, "--strict").returncode == 1


def test_a_failing_build_loses_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "docs"
    assert run(seeds, out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (tmp_path / "bad.yml").write_text("kinds: {X: robot}\n")
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                           "--corrections", str(tmp_path / "bad.yml"), "--no-cache"], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 2 and "bad.yml" in done.stderr and "robot" in done.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_same_input_same_output(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run(SEEDS, first).returncode == 0 and run(SEEDS, second).returncode == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_a_seed_that_turns_bad_keeps_its_previous_briefing(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "docs"
    assert run(seeds, out).returncode == 0
    page = out / "briefings" / "001-0b8842c66ca4ffe6.md"
    before = page.read_text()
    (seeds / "001_0b8842c66ca4ffe6.txt").write_bytes(b"")
    done = run(seeds, out)
    assert done.returncode == 0
    assert "001_0b8842c66ca4ffe6.txt: error E101" in done.stderr and "previous version" in done.stderr
    assert page.read_text() == before
    assert "001_0b8842c66ca4ffe6" in {b["id"] for b in json.loads((out / "briefings.json").read_text())["briefings"]}
