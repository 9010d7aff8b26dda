"""Benchmark: full build, no-change rebuild, one-change rebuild, memory, throughput, and references.

    .venv/bin/python benchmarks/run.py --sizes 100 1000          # add 5000 for the scale curve

Makes a corpus of N articles deterministically from the example texts in seeds/ (paragraphs mixed
across articles, furniture lines, dates and figures varied), then measures in one run:
  full      `mkdocs build` with an empty cache (the plugin runs the generator)
  nochange  `mkdocs build --dirty` again, nothing changed (renders only the pages the generator rewrote)
  clean     `mkdocs build` again, nothing changed (MkDocs renders every page)
  onechange `mkdocs build --dirty` after one article changed, and the generator's part of it (from its log)
  spacy     the spaCy pipeline alone over the same texts (same batch size and processes)
  mkdocs    a bare `mkdocs build` of the generated pages (no generator)
  related   the related-articles and stories pass alone
Peak memory is the largest sum of PSS over the build's process tree, sampled once a second (the RSS sum,
sampled every 0.1 s, is shown too).
Each time is the best of --repeat runs (default 2), the usual way to keep other load on a shared machine
out of a timing; the references run between the full builds, so both see the same load.
This is a script, not a test: it prints figures and puts them into the table of benchmarks/results.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Subprocesses import the generator of this checkout, not whatever an editable install points at.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONPATH": str(ROOT)}
FURNITURE = ["Share this article", "Leave a comment", "READ: More on the talks", "What do you think?",
             "Your email address will not be published."]


def make_corpus(n: int, folder: Path) -> None:
    """N articles of realistic size: 8-16 paragraphs drawn from the examples, with varied furniture."""
    rng = random.Random(n)
    paragraphs, headlines = [], []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        prose = [line for line in lines if len(line.split()) >= 15]
        paragraphs.extend(prose)
        headlines.append(next(line for line in lines if line))
    folder.mkdir(parents=True)
    for i in range(n):
        body = rng.sample(paragraphs, rng.randint(8, min(16, len(paragraphs))))
        body = [re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), p) for p in body]
        month, day, year = rng.choice(["January", "March", "July", "October"]), rng.randint(1, 28), rng.randint(2015, 2024)
        words = rng.choice(headlines).split()
        headline = " ".join(words[: rng.randint(5, len(words))]) + f" ({i})"
        parts = [headline, f"{month} {day}, {year}", *body[:3], rng.choice(FURNITURE), *body[3:], rng.choice(FURNITURE)]
        (folder / f"a{i:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


class Peak:
    """Largest memory of a process and its descendants: the sum of PSS (shared pages divided among the
    processes sharing them, so forked spaCy workers are not counted twice), sampled once a second
    because reading smaps_rollup takes the process's memory-map lock and slows it down badly when done
    often; and, for reference, the sum of RSS (every shared page counted once per process), every 0.1 s."""

    def __init__(self, pid: int):
        self.pid, self.peak, self.peak_rss, self.done = pid, 0, 0, False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(entry))
                except (OSError, IndexError, ValueError):
                    pass
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        return tree

    @staticmethod
    def _field(path: str, name: str) -> int:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(name):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _run(self):
        tick = 0
        while not self.done:
            tree = self._tree()
            if tick % 10 == 0:
                self.peak = max(self.peak, sum(self._field(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in tree))
            self.peak_rss = max(self.peak_rss, sum(self._field(f"/proc/{pid}/status", "VmRSS:") for pid in tree))
            tick += 1
            time.sleep(0.1)

    def stop(self) -> tuple[int, int]:
        self.done = True
        self.thread.join()
        return self.peak, self.peak_rss


def timed(command: list[str], cwd: Path) -> tuple[float, tuple[int, int], str]:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = Peak(process.pid)
    _, err = process.communicate()
    elapsed = time.perf_counter() - start
    memory = peak.stop()
    if process.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command)} failed:\n{err[-3000:]}")
    return elapsed, memory, err


SPACY_ALONE = """
import json, sys, time
sys.path.insert(0, {root!r})
from generator.extract import nlp
data = json.load(open(sys.argv[1], encoding="utf-8"))["briefings"]
bodies = [tuple(b["body"]) for b in data]
nlp.load()
for _ in nlp.parse(bodies, workers=nlp.workers_for(len(bodies))):
    pass
"""

RELATED_ALONE = """
import json, sys, time
sys.path.insert(0, {root!r})
from generator.model import Briefing
from generator.link import link
import sklearn.feature_extraction.text, sklearn.metrics.pairwise  # imported where used: not part of the pass
data = [Briefing.from_dict(b) for b in json.load(open(sys.argv[1], encoding="utf-8"))["briefings"]]
start = time.perf_counter()
link(data, 5)
print(time.perf_counter() - start)
"""


def bench(n: int, work: Path, repeat: int) -> dict:
    project = work / f"n{n}"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "docs", project / "docs")
    make_corpus(n, project / "seeds")
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
    dirty = [sys.executable, "-m", "mkdocs", "build", "--dirty"]
    export = project / ".cache" / "pages" / "briefings.json"
    script = work / "spacy_alone.py"
    script.write_text(SPACY_ALONE.format(root=str(ROOT)))
    bare = project / "bare"
    full, spacy_time, bare_time, memory = [], [], [], (0, 0)
    for _ in range(repeat):  # the references run between full builds, so all three see the same machine load
        for stale in (project / ".cache", project / "site"):
            shutil.rmtree(stale, ignore_errors=True)
        elapsed, peak, _ = timed(mkdocs, project)
        full.append(elapsed)
        memory = (max(memory[0], peak[0]), max(memory[1], peak[1]))
        spacy_time.append(timed([sys.executable, str(script), str(export)], project)[0])
        if not bare.exists():
            _bare_project(project, bare)
        bare_time.append(timed(mkdocs, bare)[0])
    index = (project / "site" / "search" / "search_index.json").stat().st_size
    nochange = min(timed(dirty, project)[0] for _ in range(repeat))
    clean = min(timed(mkdocs, project)[0] for _ in range(repeat))
    changes = []
    for i in range(repeat):  # each edit is its own sentence: a line repeated across files would be furniture
        changed = project / "seeds" / f"a{i:05d}.txt"
        parts = changed.read_text(encoding="utf-8").split("\n\n")  # into the body, before the first furniture line
        parts.insert(3, f"Officials said on Friday that talks {i + 2} would resume after {3 * i + 7} days of "
                        "consultations with the ministers.")
        changed.write_text("\n\n".join(parts), encoding="utf-8")
        elapsed, _, log = timed(dirty, project)
        report = re.search(r"briefings: .*\((\d+) parsed.* in ([\d.]+) seconds", log)
        if report is None or report.group(1) != "1":
            sys.exit(f"benchmark: the one-change rebuild did not parse exactly one article:\n{log[-2000:]}")
        changes.append((elapsed, float(report.group(2))))
    onechange, generator = min(changes)
    data = json.loads(export.read_text(encoding="utf-8"))["briefings"]
    words = sum(len(" ".join(b["body"]).split()) for b in data)
    related_script = work / "related_alone.py"
    related_script.write_text(RELATED_ALONE.format(root=str(ROOT)))
    related = float(subprocess.run([sys.executable, str(related_script), str(export)], capture_output=True, text=True,
                                   env=ENV, check=True).stdout.strip())
    return dict(n=n, words=words, full=min(full), nochange=nochange, clean=clean, onechange=onechange,
                generator=generator, memory=memory, index=index, spacy=min(spacy_time), mkdocs=min(bare_time),
                related=related)


def _bare_project(project: Path, bare: Path) -> None:
    """The generated pages as a plain MkDocs project, without the plugin."""
    shutil.copytree(project / "docs", bare / "docs")
    shutil.copytree(project / ".cache" / "pages", bare / "docs", dirs_exist_ok=True)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (bare / "mkdocs.yml").write_text(re.sub(r"\n  - briefings:\n(?:      .*\n)+", "\n", config), encoding="utf-8")


HEADER = ("| articles | words | full build | words/s | spaCy alone | bare mkdocs | full / (spaCy + mkdocs) "
          "| no change | no change / full | one changed | generator's part | no change, clean build "
          "| peak memory (PSS) | peak RSS sum | search index | related pass |\n|" + " --- |" * 16)
TABLE = re.compile(r"(?m)^\| articles \|.*\n\|(?: --- \|)+\n(?:\|.*\n?)*")


def row(r: dict) -> str:
    return (f"| {r['n']:,} | {r['words']:,} | {r['full']:.1f} s | {r['words'] / r['full']:,.0f} | {r['spacy']:.1f} s "
            f"| {r['mkdocs']:.1f} s | {r['full'] / (r['spacy'] + r['mkdocs']):.2f} | {r['nochange']:.1f} s "
            f"| {r['nochange'] / r['full']:.1%} | {r['onechange']:.1f} s | {r['generator']:.1f} s | {r['clean']:.1f} s "
            f"| {r['memory'][0] / 2**20:,.0f} MB | {r['memory'][1] / 2**20:,.0f} MB | {r['index'] / 2**20:.1f} MB "
            f"| {r['related']:.2f} s |")


def update_report(path: Path, lines: dict[int, str]) -> None:
    """Put the measured rows into the report's table, replacing the rows of the same sizes and keeping
    the others and the text around the table."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    found = TABLE.search(text)
    if found:
        for line in found.group(0).splitlines()[2:]:
            size = int(line.split("|")[1].replace(",", ""))
            lines.setdefault(size, line)
    block = HEADER + "\n" + "\n".join(lines[size] for size in sorted(lines)) + "\n"
    text = text[:found.start()] + block + text[found.end():] if found else text + block
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure; the best is kept")
    args = parser.parse_args()
    lines = {}
    with tempfile.TemporaryDirectory() as scratch:
        for n in args.sizes:
            lines[n] = row(bench(n, Path(scratch), max(1, args.repeat)))
            print(f"{HEADER}\n{lines[n]}", flush=True)
    print(f"\n{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    update_report(args.out, lines)
    print(f"updated {args.out}; its text around the table is written by hand")


if __name__ == "__main__":
    main()
