"""Thin MkDocs glue: `mkdocs build` and `mkdocs serve` regenerate every page from the seeds.

Generated pages are written outside docs/ (into `pages_dir`) and handed to MkDocs
as generated files, so `mkdocs serve` never watches its own output (no rebuild loop).

`mkdocs build --dirty` (and `mkdocs serve --dirty`) renders only the pages whose
Markdown the generator rewrote; the generator rewrites a page only when it changes.
Such a build gives the same site as a full one because the navigation is short and
fixed, and because this plugin completes what a dirty build leaves out: the search
index of the pages not rendered again, the home page's list of latest briefings,
and the removal of the pages of deleted articles. A dirty build trusts the pages of
the last build only when that build finished (a stamp written last); after a kill
or a crash it builds every page.
"""
from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from pathlib import Path

from mkdocs import utils
from mkdocs.config import config_options as c
from mkdocs.config.base import Config as MkConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from . import build, site
from .config import Config
from .errors import BriefingError
from .render import Renderer

log = logging.getLogger("mkdocs.plugins.briefings")
LIST_MARKER = "<!-- briefings:list -->"
HOME_LIMIT = 20  # the home page shows the latest briefings; "All briefings" lists every one
# Written into the site folder when a build has finished (MkDocs keeps hidden files there).
STAMP = ".briefings-complete"


class BriefingsConfig(MkConfig):
    seeds = c.Type(str, default="seeds")
    pages_dir = c.Type(str, default=".cache/pages")
    cache = c.Type(str, default=".cache/briefings")
    corrections = c.Type(str, default="actors.yml")
    strict = c.Type(bool, default=False)
    time_budget = c.Type(int, default=Config.time_budget)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    dirty = False
    trusted = False  # a dirty build over the pages of a build that finished

    def on_startup(self, *, command, dirty):
        self.dirty = dirty

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.root = root
        self.settings = Config(seeds=root / self.config.seeds, out=root / self.config.pages_dir,
                               cache=root / self.config.cache, corrections=root / self.config.corrections,
                               strict=self.config.strict, time_budget=self.config.time_budget)
        self.renderer = Renderer(site_url=config.site_url)
        self.result = None
        self.rendered: set[str] = set()
        self.page_urls: list[str] = []
        self.previous_index = _read_json(_search_index(config)) if self.dirty else None
        return config

    def on_pre_build(self, config):
        """A dirty build after an unfinished one (killed, crashed) may find half-written pages and an old
        search index: build every page then."""
        stamp = Path(config.site_dir) / STAMP
        self.trusted = self.dirty and stamp.is_file()  # per build: `mkdocs serve` keeps this plugin across builds
        if self.dirty and not self.trusted:
            log.info("briefings: the last build of this site did not finish; building every page")
            utils.clean_directory(config.site_dir)
        stamp.unlink(missing_ok=True)

    def on_files(self, files, config):
        start = time.perf_counter()
        try:
            self.result = build.run(self.settings, self.renderer)
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        log.info(f"briefings: {len(self.result.briefings)} briefings ({self.result.parsed} parsed, the others "
                 f"cached), {len(self.result.written)} generated files in {time.perf_counter() - start:.2f} seconds")
        for note in self.result.diagnostics:
            (log.warning if note.severity != "info" else log.info)(str(note))
        if self.settings.strict and self.result.diagnostics:
            raise PluginError("briefings: strict mode and files were reported above")
        for path in self.result.written:
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path}: a hand-written file has the path of a generated page; rename it")
            files.append(File.generated(config, path, abs_src_path=str(self.settings.out / path)))
        self._fill_lists(files)
        return files

    def _fill_lists(self, files) -> None:
        """Hand-written pages with the list marker get the latest briefings. Setting the content also
        marks them modified, so a dirty build renders them again."""
        table = self.renderer.briefing_list(self.result.briefings, "briefings/", HOME_LIMIT)
        more = f"\n[All {len(self.result.briefings)} briefings](briefings/index.md)\n"
        for file in files.documentation_pages():
            if file.generated_by is None and file.abs_src_path:
                text = file.content_string
                if LIST_MARKER in text:
                    file.content_string = text.replace(LIST_MARKER, table + more)

    def on_env(self, env, config, files):
        self.page_urls = [file.page.url for file in files.documentation_pages() if file.page is not None]
        return env

    def on_page_context(self, context, page, config, nav):
        self.rendered.add(page.url)
        return context

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, config):
        if self.trusted:
            for path in self.result.removed if self.result else ():
                if path.endswith(".md"):
                    stale = File(path, None, config.site_dir, config.use_directory_urls).dest_uri
                    site.remove(Path(config.site_dir), stale)
            self._complete_search_index(config)
        site.write_atomic(Path(config.site_dir) / STAMP, b"a briefings build finished here; a dirty build trusts it\n")

    def _complete_search_index(self, config) -> None:
        """A dirty build indexes only the pages it rendered: take every other page's entries from the
        previous index, in page order, so the index equals the one a full build writes."""
        path = _search_index(config)
        index = _read_json(path)
        if index is None or self.previous_index is None:
            return
        entries = {"new": defaultdict(list), "old": defaultdict(list)}
        for age, source in (("new", index), ("old", self.previous_index)):
            for entry in source.get("docs", []):
                entries[age][entry["location"].split("#", 1)[0]].append(entry)
        docs = [entry for url in self.page_urls
                for entry in entries["new" if url in self.rendered else "old"].get(url, [])]
        data = json.dumps({**index, "docs": docs}, separators=(",", ":"), default=str)
        site.write_atomic(path, data.encode("utf-8"))

    def on_serve(self, server, config, builder):
        for folder in (self.settings.seeds, self.root / "templates"):
            if folder.exists():
                server.watch(str(folder))
        if self.settings.corrections and self.settings.corrections.exists():
            server.watch(str(self.settings.corrections))
        return server


def _search_index(config) -> Path:
    return Path(config.site_dir) / "search" / "search_index.json"


def _read_json(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
