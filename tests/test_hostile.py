"""Hostile input reaches pages, front matter, exports and messages only as inert text.

The generated Markdown is checked here without a browser; `test_published_site.py` opens every built
page of the same corpus in Chromium."""
import json
import os
import re
import subprocess
import sys

import pytest

from generator import build
from generator.config import Config
from generator.render import read_front_matter
from generator.untrusted import printable, visible, web_url
from hostile import HIDDEN, PAYLOADS, write_corpus

# Raw HTML and attribute lists the templates write; anything else in a page came from input.
TEMPLATE_TAGS = {"h1", "p", "span", "details", "summary", "/h1", "/p", "/span", "/details", "/summary", "br"}
TEMPLATE_ATTRIBUTE_LIST = re.compile(r"\{:? ?#[a-z0-9-]+(?: data-search-exclude)? ?\}")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corrections = write_corpus(root / "seeds")
    result = build.run(Config(seeds=root / "seeds", out=root / "out", cache=None, corrections=corrections))
    return result, root / "out"


def test_every_hostile_article_is_built(hostile_build):
    result, _ = hostile_build
    assert len(result.briefings) == 2 * len(PAYLOADS) + 4
    assert not [d for d in result.diagnostics if d.severity == "error"]


def test_generated_pages_hold_no_markup_from_input(hostile_build):
    _, out = hostile_build
    pages = sorted(out.rglob("*.md"))
    assert len(pages) > 2 * len(PAYLOADS)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not set(text) & set(HIDDEN), page
        tags = {t.lower() for t in re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", text)}
        assert tags <= TEMPLATE_TAGS, (page, tags - TEMPLATE_TAGS)
        body = text.split("\n---\n", 1)[1] if text.startswith("---") else text  # front matter is YAML, not Markdown
        assert not re.search(r"\]\([^)]*javascript", body), page
        lists = re.findall(r"\{[:#][^}\n]*\}", body)
        assert all(TEMPLATE_ATTRIBUTE_LIST.fullmatch(x) for x in lists), (page, lists)
        if text.startswith("---"):
            meta = read_front_matter(text)
            assert meta is not None, page  # MkDocs reads it: the raw block never renders as Markdown
            for value in meta.values():
                assert not set(str(value)) & set('<>"&'), (page, value)


def test_export_keeps_payloads_as_text_and_no_unsafe_url(hostile_build):
    _, out = hostile_build
    data = json.loads((out / "briefings.json").read_text(encoding="utf-8"))
    titles = " ".join(b["title"] for b in data["briefings"])
    assert "<script>window.__pwned='script'</script>" in titles  # kept as text: JSON is data, not markup
    assert not set((out / "briefings.json").read_text(encoding="utf-8")) & set(HIDDEN)  # escaped in ids
    assert all(b["source_url"] is None for b in data["briefings"])  # javascript: URLs are dropped


def test_messages_stay_on_one_line_and_send_no_escape_sequences(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad\nname\x1b[31m.txt").write_bytes(b"\x00\x01binary")
    (seeds / "keys.md").write_text("---\n\"key\\nwith\\u001b[2Jescape\": 1\n---\nShort.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out",
                           str(tmp_path / "out"), "--no-cache"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert "\x1b" not in done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith("bad\\nname\\x1b[31m.txt: error E102") for line in lines), lines
    assert any("key\\nwith\\x1b[2Jescape" in line for line in lines), lines


@pytest.mark.parametrize("text,expected", [
    ("Talks \u0080end\u009f", "Talks end"), ("a\ufffe\uffffb\ufdd0", "ab"),
    ("\u202eevil\u202c \u2066x\u2069 zero\u200dwidth\u2060 \u061cmark", "evil x zerowidth mark"),
    ("line one\nline two\ttab", "line one\nline two\ttab"), ("plain ASCII", "plain ASCII"),
    ("Café “quoted”\u200b é\x07 ünï\x1b", "Café “quoted” é ünï"),  # visible letters stay, each hidden one goes
])
def test_visible_removes_hidden_characters(text, expected):
    assert visible(text) == expected


def test_printable_escapes_what_would_split_a_line_or_drive_a_terminal():
    assert printable("a\nb\x1b[31m\u202ec") == "a\\nb\\x1b[31m\\u202ec"
    assert printable("Zürich.txt") == "Zürich.txt"


@pytest.mark.parametrize("url,kept", [
    ("https://example.com/a?b=1", True), ("http://example.com", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,<script>", False), ("file:///etc/passwd", False),
    ("//example.com/x", False), ("https://", False), ("https://example.com/\" onmouseover=x", False),
    (" vbscript:msgbox", False),
])
def test_only_http_urls_are_kept(url, kept):
    assert (web_url(url) is not None) == kept
