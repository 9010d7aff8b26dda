"""The published site: `mkdocs build --strict` on seeds/ plus a hostile article, then a real browser.

The browser test drives Debian's Chromium through Playwright against the built site served on
127.0.0.1. Without Chromium it is skipped, except under CI (CI=true), where it fails.
"""
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from hostile import write_corpus

pytestmark = pytest.mark.slow
HOSTILE = """---
title: "Hostile <script>window.__pwned = 'title'</script> headline"
---
Hostile headline for testing

Officials said on Tuesday that the text <script>window.__pwned = 'body'</script> and the image
<img src=x onerror="window.__pwned = 'img'"> must appear as plain text in the briefing page.

A [link](javascript:window.__pwned='link') and {: onclick="window.__pwned='attr'" } and # not a heading
must not change the page either, the officials said in their statement on the matter.
"""
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(SEEDS, project / "seeds")
    (project / "seeds" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=ENV, timeout=600)
    return project, done


def test_strict_build_passes_without_warnings(built):
    project, done = built
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    site = project / "site"
    assert (site / "briefings.json").is_file()
    assert (site / "briefings" / "002-66e42796693d4503" / "index.html").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "briefings/002-66e42796693d4503/" in home and "<!-- briefings:list -->" not in home


def test_no_external_resources_in_pages(built):
    project, _ = built
    page = (project / "site" / "briefings" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in page and "unpkg" not in page and "cdn." not in page
    assert "<script>window.__pwned" not in page and "<img src=x" not in page


def test_search_index_leaves_out_repeated_lists(built):
    """Lists that repeat other pages' titles (related articles, an actor's briefings) and the article text stay
    out of the index: they make it large and make every listed headline match many pages."""
    project, _ = built
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    sections = {entry["location"].split("/")[0] + "#" + entry["location"].partition("#")[2] for entry in index["docs"]}
    assert {"briefings#summary", "briefings#actors", "briefings#demands", "actors#roles"} <= sections
    assert not sections & {"briefings#related", "briefings#article-text", "briefings#cite", "actors#briefings",
                           "actors#seen-with"}


def chromium() -> str | None:
    for candidate in ("/usr/lib/chromium/chromium", "/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser_page(built):
    executable = chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: install Debian's chromium package (see .ci/run)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    project, done = built
    assert done.returncode == 0, done.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        yield page, f"http://127.0.0.1:{server.server_address[1]}", requests
        browser.close()
    server.shutdown()


@pytest.mark.browser
def test_search_finds_a_briefing_by_actor(browser_page):
    page, base, requests = browser_page
    _search(page, base, "Gerasimov")
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any("/briefings/002-66e42796693d4503/" in link for link in links), links
    outside = [u for u in requests if not (u.startswith(base) or u.startswith("data:"))]
    assert not outside, outside


@pytest.mark.browser
def test_script_in_an_article_does_not_run(browser_page):
    page, base, requests = browser_page
    page.goto(base + "/briefings/hostile/")
    page.click("summary")  # open the collapsed article text
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    text = page.inner_text("article")
    assert "<script>window.__pwned = 'body'</script>" in text
    assert "<img src=x onerror=" in text
    assert page.eval_on_selector_all("article a[href^='javascript']", "els => els.length") == 0
    assert page.eval_on_selector_all("[onclick], [onerror]", "els => els.length") == 0


# One page of each kind the generator writes: the elements and attributes on these are the templates'.
PAGE_KINDS = ("", "briefings/", "briefings/002-66e42796693d4503/", "actors/", "actors/benjamin-netanyahu/", "demands/",
              "stories/", "stories/002-66e42796693d4503/", "timeline/", "about/")
ELEMENTS = """() => { const found = new Set(); for (const el of document.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase(); found.add(tag);
  for (const a of el.attributes) { found.add(tag + '@' + a.name);
    if (/^\\s*(javascript|data|vbscript):/i.test(a.value)) found.add('UNSAFE ' + tag + '@' + a.name + '=' + a.value); } }
  return [...found]; }"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """seeds/ plus the hostile corpus (headlines, ledes, bodies, every front-matter key, actors.yml, file
    names), built by MkDocs."""
    project = _project(tmp_path_factory.mktemp("hostile-site"))
    corrections = write_corpus(project / "seeds")
    corrections.rename(project / "actors.yml")
    _mkdocs_build(project)
    return project / "site"


@pytest.mark.browser
def test_hostile_corpus_is_inert_on_every_page(browser_page, hostile_site):
    """Every page of every kind: no dialog, no script-set global, no navigation, and no element or
    attribute that the templates do not write on the pages of the example articles."""
    page, base, _ = browser_page
    allowed = set()
    for path in PAGE_KINDS:
        page.goto(f"{base}/{path}")
        page.eval_on_selector_all("details", "els => els.forEach(e => e.open = true)")
        allowed.update(page.evaluate(ELEMENTS))
    _search(page, base, "Netanyahu Syria")
    allowed.update(page.evaluate(ELEMENTS))
    assert not [x for x in allowed if x.startswith("UNSAFE")]
    allowed.add("span@title")  # Material's script titles a header whose text overflows (a long headline)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(hostile_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hostile = f"http://127.0.0.1:{server.server_address[1]}"
    pages = sorted(p.parent.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("index.html"))
    assert {"briefings/hostile-00", "briefings/front-14", "actors", "demands", "stories", "timeline"} <= set(pages)
    try:
        for path in pages:
            url = f"{hostile}/{'' if path == '.' else path + '/'}"
            page.goto(url)
            page.eval_on_selector_all("details", "els => els.forEach(e => e.open = true)")
            page.mouse.move(200, 300)
            page.wait_for_timeout(50)
            assert page.url == url, f"navigated away from {path}"
            assert page.evaluate("window.__pwned") is None, path
            extra = set(page.evaluate(ELEMENTS)) - allowed
            assert not extra, (path, extra)
        _search(page, hostile, "Utopia council")  # the results show the hostile summaries
        assert page.evaluate("window.__pwned") is None
        assert not set(page.evaluate(ELEMENTS)) - allowed
    finally:
        server.shutdown()
    assert dialogs == []


def _search(page, base: str, query: str) -> None:
    page.goto(base + "/")
    page.keyboard.press("s")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=20000)
    page.wait_for_timeout(300)


def _project(folder: Path, seeds: Path = SEEDS) -> Path:
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(seeds, folder / "seeds")
    shutil.copy(ROOT / "mkdocs.yml", folder)
    return folder


def _mkdocs_build(project: Path, *flags: str) -> None:
    env = {**ENV, "SOURCE_DATE_EPOCH": "1546300800"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", *flags], cwd=project, capture_output=True,
                          text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr


def _tree(site: Path) -> dict[str, bytes]:
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_dirty_rebuild_gives_the_site_a_full_build_gives(tmp_path):
    """`mkdocs build --dirty` renders only rewritten pages; with one article edited, one removed and one added,
    the site (search index, home list, removed pages included) must equal a clean build of the same seeds."""
    project = _project(tmp_path / "dirty")
    _mkdocs_build(project)
    seeds = sorted((project / "seeds").glob("*.txt"))
    seeds[0].write_text(seeds[0].read_text(encoding="utf-8") + "\nOfficials said more on Friday.\n", encoding="utf-8")
    removed = seeds[1].read_text(encoding="utf-8")
    seeds[1].unlink()
    (project / "seeds" / "zz-added.txt").write_text("A new headline for the added copy\n\n" + removed, encoding="utf-8")
    _mkdocs_build(project, "--dirty")
    clean = _project(tmp_path / "clean", project / "seeds")
    _mkdocs_build(clean)
    dirty_site, clean_site = _tree(project / "site"), _tree(clean / "site")
    assert not any(path.startswith(f"briefings/{seeds[1].stem.replace('_', '-')}/") for path in dirty_site)
    assert sorted(dirty_site) == sorted(clean_site)
    assert [path for path in dirty_site if dirty_site[path] != clean_site[path]] == []


def test_a_dirty_build_after_an_unfinished_one_gives_the_site_a_full_build_gives(tmp_path):
    """A build killed while writing leaves a page cut short (newer than its source) and no search index; the
    next `--dirty` build must not trust such pages."""
    project = _project(tmp_path / "killed")
    _mkdocs_build(project)
    expected = _tree(project / "site")
    page = next((project / "site" / "briefings").glob("*/index.html"))
    page.write_bytes(b"")  # what a kill in the middle of writing leaves
    (project / "site" / "search" / "search_index.json").unlink()
    (project / "site" / ".briefings-complete").unlink()  # the stamp a finished build writes last
    _mkdocs_build(project, "--dirty")
    assert _tree(project / "site") == expected


def _count_builds(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count("Documentation built")


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return condition()


def test_serve_rebuilds_once_per_change(tmp_path):
    """Generated pages live outside docs/, so `mkdocs serve` never sees its own output change; a dirty
    rebuild keeps every page in the search index."""
    project = _project(tmp_path / "project")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
        server = subprocess.Popen(command, cwd=project, stdout=out, stderr=subprocess.STDOUT, env=ENV)
        try:
            assert _wait_for(lambda: _count_builds(log) == 1, 120), log.read_text()
            seed = project / "seeds" / "004_fe10bd665bb93794.txt"
            seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line of text for the rebuild.\n",
                            encoding="utf-8")
            assert _wait_for(lambda: _count_builds(log) == 2, 60), log.read_text()
            time.sleep(8)  # a loop would show further builds by now
            assert _count_builds(log) == 2, log.read_text()
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/search/search_index.json", timeout=30) as answer:
                pages = {entry["location"].split("#")[0] for entry in json.load(answer)["docs"]}
            assert {"", "about/"} | {f"briefings/{seed.stem.replace('_', '-')}/" for seed in SEEDS.glob("*.txt")} <= pages
        finally:
            server.terminate()
            server.wait(timeout=30)
