"""Sentences: pysbd keeps a quote with its attribution and splits list items apart."""
from __future__ import annotations

from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=65536)
def sentences(paragraph: str) -> tuple[str, ...]:
    parts = (" ".join(s.split()) for s in _segmenter().segment(paragraph))
    return tuple(p for p in parts if p)
