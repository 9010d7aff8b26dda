"""A few hundred mutated articles build without a traceback and without hanging."""
import random
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS
from hostile import PAYLOADS

PAGES = ROOT / "tests" / "fixtures" / "pages"
COUNT = 240
SHAPES = ["\n", "\n\n", "---\n", "{\n", "• ", "1. ", "(", ")", "[", "]", "“", "”", "—", "|", "©", "By ", "(AP) — ",
          "REPORTING BY JANE DOE AND JOHN ROE IN ", "March 3, 2019", "2019-02-30", "03.04.2021", "\u0080", "\ufffe",
          "\u202e", "\x00", "\xff", "http://example.com/a ", "Comments", "Share this article", "<p>", "</div>",
          "published: 2019-13-01\n", "title: [a, b]\n", "&a [*a, *a]\n"]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.3:
            text = text[:at] + rng.choice(SHAPES) * rng.randint(1, 60) + text[at:]
        elif choice < 0.45:
            text = text[:at] + rng.choice(PAYLOADS) + text[at:]
        elif choice < 0.6:
            text = text[:at] + text[at + rng.randint(1, 400):]
        elif choice < 0.75:
            span = text[at:at + rng.randint(1, 300)]
            text = text[:at] + span * rng.randint(2, 20) + text[at:]
        elif choice < 0.9:
            text = text[:at] + "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 40))) + text[at:]
        else:
            text = text[:at]
    return text


@pytest.mark.slow
def test_mutated_articles_never_end_the_build(tmp_path):
    rng = random.Random(20261122)
    sources = [p.read_text(encoding="utf-8") for p in [*SEEDS.glob("*.txt"), *PAGES.glob("*.txt")]]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(COUNT):
        text = mutate(rng.choice(sources), rng)
        suffix = rng.choice([".txt", ".md", ".html"])
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.1:
            data = text.encode(rng.choice(["utf-16", "latin-1", "cp1252"]), "replace")
        (seeds / f"fuzz-{i:03d}{suffix}").write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out",
                           str(tmp_path / "out"), "--no-cache"], capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "E120" not in done.stderr, [line for line in done.stderr.splitlines() if "E120" in line]
    assert (tmp_path / "out" / "briefings.json").is_file()
