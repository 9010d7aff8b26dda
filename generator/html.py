"""Saved HTML pages: the main text and the page's own metadata, through trafilatura.

trafilatura is a maintained main-content extractor (it scores 0.95+ body F1 on public extraction
benchmarks), so no HTML is parsed by hand here. Its output goes through the same furniture rules
as copied text (see `clean.clean`). Pure: the result depends only on the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

_HTML_HINT = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|ul|ol|html|body|article|section|script|style|iframe)\b[^<>]{0,2000}>",
                        re.I)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Extracted:
    """The article text of a page (paragraphs one per line) and what the page's metadata says."""

    text: str
    extracted: bool = False  # the text is the extractor's choice of the article's region
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    publisher: Optional[str] = None


def looks_like_html(text: str) -> bool:
    """Markup in a file not named as a web page (a page saved as .txt)."""
    head = text.lstrip()[:200].casefold()
    return head.startswith(("<!doctype html", "<html")) or len(_HTML_HINT.findall(text[:20000])) >= 3


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's own timeout uses signals, which only the main thread may set; the build bounds the work
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def extract(page: str) -> Extracted:
    """Main text and metadata of an HTML page. A page trafilatura finds no article in gives its
    baseline text (every paragraph), so the furniture rules still get something to read."""
    import trafilatura

    document = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=True, with_metadata=True, config=_config(),
        date_extraction_params={"original_date": True, "extensive_search": False})
    if document is None or not (document.text or "").strip():
        _, text, _ = trafilatura.baseline(page)
        return Extracted(text or "")
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return Extracted(text=document.text, extracted=True, title=document.title or None, published=_iso(document.date),
                     author=", ".join(authors) or None, publisher=document.sitename or None)


def _iso(date: Optional[str]) -> Optional[str]:
    return date[:10] if date and _ISO_DATE.match(date) else None
