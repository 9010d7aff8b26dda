"""Thin MkDocs glue: `mkdocs build` and `mkdocs serve` regenerate every page from the seeds.

Generated pages are written outside docs/ (into `pages_dir`) and handed to MkDocs
as generated files, so `mkdocs serve` never watches its own output (no rebuild loop).
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config as MkConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File

from . import build
from .config import Config
from .errors import BriefingError
from .render import Renderer

log = logging.getLogger("mkdocs.plugins.briefings")
LIST_MARKER = "<!-- briefings:list -->"
HOME_LIMIT = 20  # the home page shows the latest briefings; "All briefings" lists every one


class BriefingsConfig(MkConfig):
    seeds = c.Type(str, default="seeds")
    pages_dir = c.Type(str, default=".cache/pages")
    cache = c.Type(str, default=".cache/briefings")
    corrections = c.Type(str, default="actors.yml")
    strict = c.Type(bool, default=False)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.root = root
        self.settings = Config(seeds=root / self.config.seeds, out=root / self.config.pages_dir,
                               cache=root / self.config.cache, corrections=root / self.config.corrections,
                               strict=self.config.strict)
        self.renderer = Renderer(site_url=config.site_url)
        self.result = None
        return config

    def on_files(self, files, config):
        try:
            self.result = build.run(self.settings, self.renderer)
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        for note in self.result.diagnostics:
            (log.warning if note.severity != "info" else log.info)(str(note))
        if self.settings.strict and self.result.diagnostics:
            raise PluginError("briefings: strict mode and files were reported above")
        for path in self.result.written:
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path}: a hand-written file has the path of a generated page; rename it")
            files.append(File.generated(config, path, abs_src_path=str(self.settings.out / path)))
        return files

    def on_page_markdown(self, markdown, page, config, files):
        if LIST_MARKER in markdown and self.result is not None:
            table = self.renderer.briefing_list(self.result.briefings, "briefings/", HOME_LIMIT)
            more = f"\n[All {len(self.result.briefings)} briefings](briefings/index.md)\n"
            markdown = markdown.replace(LIST_MARKER, table + more)
        return markdown

    def on_serve(self, server, config, builder):
        for folder in (self.settings.seeds, self.root / "templates"):
            if folder.exists():
                server.watch(str(folder))
        if self.settings.corrections and self.settings.corrections.exists():
            server.watch(str(self.settings.corrections))
        return server
