"""URL slugs and content-derived ids: stable for the same content, never positional."""
from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(text: str, fallback: str = "item") -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    return slug[:80].rstrip("-") or fallback


def content_id(prefix: str, *parts: str | None) -> str:
    """A short id from normalised content: the same demand keeps its anchor across rebuilds."""
    normal = "\x1f".join(" ".join(re.findall(r"\w+", (p or "").casefold())) for p in parts)
    return f"{prefix}-{hashlib.sha1(normal.encode()).hexdigest()[:10]}"
