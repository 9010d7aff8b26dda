"""URL slugs and content-derived ids: stable for the same content, never positional."""
from __future__ import annotations

import hashlib
import re

from anyascii import anyascii

MAX_SLUG = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "item") -> str:
    """Lower-case ASCII words joined by '-': other scripts transliterated ("Владимир" -> "vladimir")."""
    return _full_slug(text)[:MAX_SLUG].rstrip("-") or fallback


def _full_slug(text: str) -> str:
    return _NOT_SLUG.sub("-", anyascii(text).casefold()).strip("-")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def unique_slugs(names: list[str], reserved: frozenset[str] = frozenset()) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A page name for every name, never two alike and never a reserved one (a page the site writes
    itself, such as "index"). A slug that cut a long name or stands for no letters gets the name's hash,
    so it is unique by construction; where two names still meet ("a_b" and "a-b"), the name that is
    its own slug (else the first in order) keeps it and the others get their hash. Returns the slugs and
    the (name, other name) pairs that met, to report."""
    slugs: dict[str, str] = {}
    for name in sorted(names):
        full = _full_slug(name)
        slug = full[:MAX_SLUG].rstrip("-")
        if not slug or slug in reserved or len(full) > MAX_SLUG:
            slug = f"{slug[:MAX_SLUG - 7] or 'item'}-{short_hash(name)}".lstrip("-")
        slugs[name] = slug
    met = []
    by_slug: dict[str, list[str]] = {}
    for name, slug in slugs.items():
        by_slug.setdefault(slug, []).append(name)
    for slug, owners in by_slug.items():
        if len(owners) > 1:
            keeper = next((n for n in owners if n.casefold() == slug), owners[0])
            for name in owners:
                if name != keeper:
                    slugs[name] = f"{slug[:MAX_SLUG - 7]}-{short_hash(name)}"
                    met.append((name, keeper))
    return slugs, met


def content_id(prefix: str, *parts: str | None) -> str:
    """A short id from normalised content: the same demand keeps its anchor across rebuilds."""
    normal = "\x1f".join(" ".join(_WORDS.findall((p or "").casefold())) for p in parts)
    return f"{prefix}-{hashlib.sha1(normal.encode()).hexdigest()[:10]}"


_WORDS = re.compile(r"\w+")
