"""Seed -> Article: page furniture out, headline, date, byline and publisher found.

Pure: the result depends only on the seed and `boilerplate`, the short lines that
recur across the collection (computed once by `boilerplate_lines`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice, takewhile
from typing import Iterable, Optional

from . import furniture as F
from .dates import date_line_kind, find_dates, has_date, is_date_line
from .errors import NoArticleText
from .html import Extracted, looks_like_html
from .html import extract as extract_html
from .model import Article, Seed

LEDE_MIN_WORDS = 12      # a paragraph of news prose; shorter blocks before it are page furniture
TITLE_MAX_WORDS = 30
LONG_HEADLINE = 20       # words: a longer line under the headline is its standfirst
# What a line above the lede says about being the headline, added to the share of its words the lede
# repeats (`choose_title`).
TITLE_CUES = {
    "four_words": 0.2,   # a headline has several words
    "boiler": -0.5,      # recurs across the collection: a slogan or a section name
    "sentence": -0.4,    # ends with a period: the standfirst under the headline
    "long": -0.3,        # longer than headlines are: the standfirst
    "masthead": -0.3,    # a short first line above other candidates: the site's name
    "first_line": 0.2,   # a copy that starts at the headline
    "last": 0.1,         # the headline sits just above the date, byline or lede
    "repeated": 0.3,     # printed twice in the page's head (above the story and in a breadcrumb or share bar)
}
ARTICLE_WORDS = 50       # a run of prose this long is an article, not a teaser or a caption
LONG_PARAGRAPH = 120     # words: a paragraph of news prose is rarely longer
PARAGRAPH_WORDS = 25     # a line this long is a paragraph even without a sentence end (headlines are shorter)
CONTINUED_PARAGRAPHS = 3  # paragraphs in a row after an end marker: the article goes on (comments come with names)
SHORT_WORDS = 15         # lines this short that recur across articles are boilerplate
# How much one line of each kind weighs against being inside the article (`block_weight`); a
# paragraph of prose weighs for it with its words less WEIGHTS["body"].
WEIGHTS = {"body": 4, "short": 8, "boiler": 8, "prompt": 8, "footer": 16, "link": 4, "end": 8, "empty": 4, "caption": 0,
           "embed": 0, "date": 0, "byline": 0}
# What an extractor's text may still hold that is not the article: prompts, captions, bylines, date lines.
EXTRACTED_FURNITURE = frozenset({"prompt", "end", "caption", "byline", "date"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*+\n\s*+")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would|\w+ed|\w{3,}s)\b")
_ENDS_WITH_PERIOD = re.compile(r"\.[\"'”’]?$")
_SUFFIX = re.compile(r"(?:ian|ians|ans|ing|ed|es|s)$")
_AFTER_SENTENCE = re.compile(r"(?<=[.!?])\s")
_STOP = frozenset("""a an the of to in on at for and or but by with from as is are was were be been it its this that
these those he she they we you his her their our your will would can could has have had not no than then there
said says over after before into about up out new more""".split())


@dataclass(frozen=True)
class Block:
    """One line-level unit of the raw text with what its shape says about it."""

    index: int
    text: str
    kind: str  # prose | bullet | short | caption | prompt | end | date | byline | footer | embed | link | empty

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean(seed: Seed, boilerplate: frozenset[str] = frozenset()) -> Article:
    """Turn one seed into an article. Raises NoArticleText when no paragraph of prose is left."""
    page = read_page(seed)
    blocks = page_blocks(page, boilerplate)
    title = seed.override("title") or page.title
    lede, last, standfirst, body = _article_body(blocks, page.extracted, title)
    if not body:
        raise NoArticleText(seed.source_file, "no paragraph of article text was found (only headlines, links or "
                                              "page furniture); check that the file holds the article")
    head, tail = blocks[:lede], blocks[last + 1:]
    glued_date, title_block = None, None
    if not title:
        title_block = choose_title(head, blocks[lede:lede + 4])
        title, glued_date = headline_text(title_block.text) if title_block else (fallback_title(body[0]), None)
    body[0], agency, filed = strip_dateline(body[0])
    under_title = blocks[title_block.index + 1:title_block.index + 3] if title_block else []
    publisher = (seed.override("publisher") or page.publisher or agency
                 or find_publisher(head, body, tail, under_title))
    body, signed = strip_sign_off([strip_credit(p) for p in body])
    said = norm_line(" ".join(body))  # a standfirst the body repeats is left out
    return Article(
        id=seed.id, source_file=seed.source_file, title=title, body=tuple(p for p in body if p),
        published=(seed.override("published") or page.published or find_published(head + blocks[lede:lede + 4], tail)
                   or glued_date),
        publisher=publisher,
        author=seed.override("author") or page.author or find_author(blocks) or signed,
        url=seed.override("url"),
        dateline=filed,
        standfirst=tuple(p for p in standfirst if norm_line(p) not in said),
    )


def page_blocks(page: Extracted, boilerplate: frozenset[str]) -> list[Block]:
    """The page's lines as classified blocks; an extractor's output keeps its own paragraphs."""
    lines = [" ".join(line.split()) for line in page.text.split("\n")] if page.extracted else split_blocks(page.text)
    blocks = [Block(i, t, classify(t)) for i, t in enumerate(line for line in lines if line)]
    return [b if b.kind not in ("short", "prose") or norm_line(b.text) not in boilerplate
            else Block(b.index, b.text, "boiler") for b in blocks]


def _article_body(blocks: list[Block], extracted: bool, title: Optional[str]) -> tuple[int, int, list[str], list[str]]:
    """First and last block of the article, its standfirst and its paragraphs. An extractor already chose
    the region; the furniture rules still apply to it."""
    if extracted:
        return 0, len(blocks) - 1, [], [b.text for b in blocks if b.kind not in EXTRACTED_FURNITURE
                                        and norm_line(b.text) != norm_line(title or "")]
    if not any(b.kind in ("prose", "bullet") for b in blocks):
        return 0, len(blocks) - 1, [], []
    top, last = article_region(blocks)
    lede = _past_standfirst(blocks, top)
    return (lede, last, [b.text for b in blocks[top:lede] if b.kind == "prose"],
            [b.text for b in blocks[lede:last + 1] if is_body(b)])


def article_region(blocks: list[Block]) -> tuple[int, int]:
    """The first and last block of the article in a whole page: the run of blocks whose weight is
    greatest (the body-text-extraction method of boilerplate removers: prose counts for, furniture
    against), started at its first paragraph of news prose (a standfirst, if the page has one)."""
    best, best_start, best_end, best_paragraphs = 0.0, None, None, 0
    total, start, paragraphs = 0.0, 0, 0
    for block in blocks:
        ends = block.kind == "end" and not _continued(blocks, block.index, best)
        if ends and best >= ARTICLE_WORDS and best_paragraphs >= 2:
            break  # the comments or the next post start after an article: nothing later belongs to it
        if total <= 0 or ends or (block.kind == "end" and paragraphs < 2):
            total, start, paragraphs = 0.0, block.index, 0
        weight = block_weight(block)
        total += weight
        paragraphs += weight > 0
        if total > best:
            best, best_start, best_end, best_paragraphs = total, start, block.index, paragraphs
    if best_start is None:
        best_start = best_end = next(b.index for b in blocks if b.kind in ("prose", "bullet"))
    region = blocks[best_start:best_end + 1]
    lede = next((b.index for b in region if b.kind == "prose" and b.words >= LEDE_MIN_WORDS
                 and F.SENTENCE_END.search(b.text)),
                next(b.index for b in region if block_weight(b) > 0 or b.index == best_end))
    return lede, best_end


def _continued(blocks: list[Block], end: int, before: float) -> bool:
    """An end marker the article runs on past ("Leave a comment" as a link in a share bar): a run of
    paragraphs follows it, unbroken by the names, dates and reply links between comments, that weighs more
    than the article before it. (After fewer than two paragraphs the marker still starts a new run: what
    came before was a standfirst or a teaser.)"""
    run = [b for b in takewhile(lambda b: b.kind in ("prose", "caption"), islice(blocks, end + 1, None))
           if b.kind == "prose"]  # a picture between paragraphs does not break the run
    return len(run) >= CONTINUED_PARAGRAPHS and sum(map(block_weight, run)) > before


def block_weight(block: Block) -> float:
    """What a block says for or against being inside the article: the words of prose for, each line of
    furniture against (a menu, a share bar, a teaser list is many short lines)."""
    if block.kind in ("prose", "bullet") or block.words >= PARAGRAPH_WORDS:
        # capped: one very long line (a ticker, a glued teaser list) does not outweigh an article's paragraphs
        return min(block.words, LONG_PARAGRAPH) - WEIGHTS["body"]
    if is_body(block):
        return 0.0  # a longish line without a sentence end: a paragraph that lost its period, or a teaser headline
    return -WEIGHTS.get(block.kind, WEIGHTS["short"])


def read_page(seed: Seed) -> Extracted:
    """The text the blocks are read from: an HTML page through the extractor, anything else as it is."""
    return extract_html(seed.text) if _is_page(seed) else Extracted(seed.text)


def _is_page(seed: Seed) -> bool:
    """A saved web page: named as one, or markup saved under another name."""
    return seed.html or looks_like_html(seed.text)


def strip_dateline(lede: str) -> tuple[str, Optional[str], Optional[str]]:
    """ "JERUSALEM (JTA) — Israel ..." -> ("Israel ...", "JTA", "JERUSALEM"); "(CNN)The ..." -> ("The ...",
    "CNN", None): the lede, the agency and the place the report was filed from.
    An acronym opening the lede ("NATO — The alliance") is not a place: a place has several words or five letters."""
    dateline = F.DATELINE.match(lede)
    place = dateline.group("place").strip() if dateline else ""
    if dateline and len(place.split()) <= 4 and (dateline.group("agency") or " " in place or len(place) >= 5):
        return lede[dateline.end():], (dateline.group("agency") or "").strip() or None, place.split(",")[0]
    credit = F.LEDE_CREDIT.match(lede)
    if credit:
        return lede[credit.end():], credit.group("agency").strip(), None
    return lede, None, None


# --- blocks -----------------------------------------------------------------------------------

def split_blocks(text: str) -> list[str]:
    """One block per line; a blank-line paragraph whose lines are hard-wrapped prose is joined."""
    blocks: list[str] = []
    for chunk in _PARAGRAPH_BREAK.split(text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and is_wrapped(lines):
            blocks.append(" ".join(lines))
        else:
            blocks.extend(lines)
    return blocks


def _past_standfirst(blocks: list[Block], lede: int) -> int:
    """A standfirst sits between the headline and the date or byline; the story starts after those."""
    following = blocks[lede + 1:lede + 6]
    meta = [b.index for b in following if b.kind in ("date", "byline")]
    if not meta:
        return lede
    after = [b.index for b in blocks[meta[-1] + 1:] if b.kind == "prose" and b.words >= LEDE_MIN_WORDS]
    between = [b for b in blocks[lede + 1:meta[-1]] if b.kind == "prose"]
    return after[0] if after and not between else lede


def is_body(block: Block) -> bool:
    """Between the lede and the last paragraph: prose, list items, and long lines that lost their period."""
    return block.kind in ("prose", "bullet") or (block.kind == "short" and block.words >= LEDE_MIN_WORDS)


def is_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph broken at a fixed width: long lines, broken mid-sentence, no list items.

    A headline followed by its standfirst has long lines too, but its break follows a complete line.
    """
    widths = [len(line) for line in lines[:-1]]
    longest = max(len(line) for line in lines)
    mid_sentence = sum(1 for line, following in zip(lines, lines[1:])
                       if following[:1].islower() or line.rstrip()[-1:] in ",;-–(" or following[:1].isdigit()
                       or (not F.TERMINAL.search(line) and len(line) >= 0.7 * longest))
    return (min(widths) >= 40 and not any(F.BULLET.match(line) or " | " in line for line in lines)
            and mid_sentence * 2 >= len(lines) - 1)


_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


def classify(text: str) -> str:
    words = len(text.split())
    if not _TWO_LETTERS.search(text):
        return "empty"
    if words <= 40 and F.SECTION_END.match(text):
        return "end"
    if words <= 40 and F.PROMPTS.match(text):
        return "prompt"
    if words <= 25 and F.SOCIAL_ATTRIBUTION.search(text):
        return "embed"
    if F.URL.search(text) and len(F.URL.sub(" ", text).split()) <= 10:
        return "link"
    if F.COPYRIGHT.match(text) or (F.COPYRIGHT_START.match(text) and words <= 40):
        return "footer"
    if words <= 40 and F.AUTHOR_BIO.match(text):
        return "byline"
    if words <= 16 and (F.BYLINE.match(text) or F.SIGN_OFF.match(text)
                        or ((F.BYLINE_END.search(text) or F.BYLINE_INSIDE.search(text)) and has_date(text))):
        return "byline"
    if words <= 12 and is_date_line(text):
        return "date"
    if is_caption(text):
        return "caption"
    if F.BULLET.match(text):
        return "bullet"
    if F.TERMINAL.search(F.SOURCE_TAIL.sub("", text)) and (words >= 6 or text.rstrip().endswith((":", "."))):
        return "prose"
    return "short"


def find_credit(text: str):
    """A picture credit at the end of a block, as (start offset, credit text), or None. Only the tail
    is searched: credits are short, and searching whole paragraphs dominated cleaning time."""
    offset = max(0, len(text) - 200)
    match = F.CREDIT_TAIL.search(text, offset)
    return (match.start(), match.group(0)) if match else None


def is_caption(text: str) -> bool:
    """A photo caption or credit: ends in a credit, places people in the picture, starts as a caption,
    or is one sentence in caption style (a present-tense picture verb and the picture's date)."""
    if F.CAPTION_START.match(text):
        return True
    words, sentences = len(text.split()), len(_SENTENCE_STOP.findall(text))
    if words <= 40 and sentences <= 1 and F.CAPTION_DESCRIBES.match(text):
        return True
    if words <= 45 and F.CAPTION_VERB.match(text) and sentences <= 1 and find_dates(text):
        return True
    credit = find_credit(text)
    start = credit[0] if credit else 0
    if credit and start > 0 and F.TERMINAL.search(text[:start]) is None and sentences <= 1:
        # "...in Moscow, Russia [Name/Agency]": a caption with no sentence end before the credit
        return True
    if credit and sentences <= 3 and (F.POSITION_MARK.search(text) or F.CAPTION_WORD.search(text)
                                      or _verbless(text[:start]) or sentences <= 2):
        return True
    return bool(F.POSITION_MARK.search(text) and sentences <= 2 and len(text.split()) <= 60)


def _verbless(text: str) -> bool:
    """No word that looks like a finite verb of news prose: the shape of a caption's first part."""
    return not _FINITE_VERB.search(text)


def strip_sign_off(body: list[str]) -> tuple[list[str], Optional[str]]:
    """A writer's sign-off that ends a paragraph ("...; JANE DOE reports.") goes, and names the author."""
    for i, paragraph in enumerate(body):
        match = F.SIGN_OFF.search(paragraph)
        if match and match.start() > 0:
            kept = paragraph[:match.start()].rstrip(" ;,—–") + "."
            return body[:i] + [kept] + body[i + 1:], _author(match.group("name"))
    return body, None


def strip_credit(paragraph: str) -> str:
    """A credit left at the end of a long paragraph (e.g. '(AP)', '/ Agencies') goes; the paragraph stays."""
    paragraph = F.SOURCE_TAIL.sub("", paragraph)
    credit = find_credit(paragraph)
    if credit and credit[0] > 0 and (F.CAPTION_WORD.search(credit[1]) or F.PLAIN_CREDIT.match(credit[1])):
        return paragraph[:credit[0]].rstrip()
    return paragraph


def norm_line(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def short_lines(seed: Seed) -> frozenset[str]:
    """A copied page's short lines. An HTML page has none: its extractor already left out the furniture
    that recurs across a site's pages."""
    if _is_page(seed):
        return frozenset()
    lines = {norm_line(line) for line in split_blocks(seed.text) if 0 < len(line.split()) <= SHORT_WORDS}
    return frozenset(line for line in lines if line)


def boilerplate_lines(line_sets: Iterable[frozenset[str]]) -> frozenset[str]:
    """Short lines (see `short_lines`) found in two or more articles: site slogans, menus, widget labels."""
    counts: Counter[str] = Counter()
    for lines in line_sets:
        counts.update(lines)
    return frozenset(line for line, n in counts.items() if n >= 2)


# --- headline ---------------------------------------------------------------------------------

def content_words(text: str) -> set[str]:
    return {w for w in (m.casefold().strip("'’") for m in _WORD.findall(text)) if w not in _STOP and len(w) > 2}


def choose_title(head: list[Block], lede: list[Block]) -> Optional[Block]:
    """The headline among the lines before the lede: the one whose words the lede repeats, weighed
    with the cues of `TITLE_CUES`. A site slogan or a menu line shares no words with the story."""
    story = set().union(*(content_words(stem_words(b.text)) for b in lede)) if lede else set()
    texts = {b.index: headline_text(b.text)[0] for b in head}
    candidates = [b for b in head if b.kind in ("short", "prose", "boiler") and 2 <= b.words <= TITLE_MAX_WORDS
                  and content_words(stem_words(texts[b.index]))]
    seen = Counter(norm_line(text) for text in texts.values())
    best, best_score = None, -1.0
    for position, block in enumerate(candidates):
        text = texts[block.index]
        words = content_words(stem_words(text))
        cues = {
            "four_words": len(text.split()) >= 4, "boiler": block.kind == "boiler",
            "sentence": bool(_ENDS_WITH_PERIOD.search(text)), "long": len(text.split()) > LONG_HEADLINE,
            "masthead": block.index == 0 and block.words <= 5 and len(candidates) > 1,
            "first_line": block.index == 0 and block.words > 5, "last": position == len(candidates) - 1,
            "repeated": seen[norm_line(text)] > 1,
        }
        score = len(words & story) / len(words) + sum(TITLE_CUES[cue] for cue, present in cues.items() if present)
        if score > best_score + 1e-9:
            best, best_score = block, score
    return best


def headline_text(line: str) -> tuple[str, Optional[str]]:
    """A headline line without the furniture a copy glued before it ("date 2021-03-04", "Follow us on",
    "Image Source: X"), and the date that furniture gave, if any."""
    prefix = F.HEADLINE_PREFIX.match(line)
    if not prefix or not prefix.group(0) or prefix.end() == len(line):
        return line, None
    dates = find_dates(prefix.group(0))
    return line[prefix.end():].strip(), dates[0] if dates else None


def stem_words(text: str) -> str:
    """Crude suffix folding so 'Iranian'/'Iran' and 'rejects'/'rejected' meet."""
    return " ".join(_SUFFIX.sub("", w) if len(w) > 5 else w
                    for w in text.casefold().split())


def fallback_title(lede: str) -> str:
    first = _AFTER_SENTENCE.split(lede, maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


# --- metadata ---------------------------------------------------------------------------------

def find_published(head: list[Block], tail: list[Block]) -> Optional[str]:
    """A date only from a date line or a byline near the top or at the end (a standfirst may precede the
    date line); dates in captions or in the story are events, not publication."""
    candidates = []
    for block in head + tail:
        if block.kind in ("date", "byline", "footer", "embed"):
            for iso in find_dates(block.text):
                rank = 1 if block.kind == "date" and date_line_kind(block.text) == "updated" else 0
                candidates.append((rank, block.index, iso))
    return min(candidates)[2] if candidates else None


def find_author(blocks: list[Block]) -> Optional[str]:
    for block, following in zip(blocks, blocks[1:] + [None]):
        if block.kind == "byline":
            match = (F.BYLINE.match(block.text) or F.AUTHOR_BIO.match(block.text) or F.SIGN_OFF.match(block.text)
                     or F.BYLINE_END.search(block.text) or F.BYLINE_INSIDE.search(block.text))
            name = _author(match.group("name").strip(" ,")) if match else None
            if name and not F.OUTLET.match(name):  # "By Example Gazette": the outlet, not a writer
                return name
        if (following is not None and re.fullmatch(F.NAME, block.text) and following.words <= 6
                and F.JOURNALIST.search(following.text)):
            return block.text  # a name on its own line above "Transport correspondent"
        if block.kind == "link":
            # a feed footer ends with the name of the writer: "via RSS https://... Jane Doe"
            match = F.FEED_AUTHOR.search(block.text)
            if match:
                return match.group("name")
    return None


def _author(name: str) -> Optional[str]:
    """The names in a byline, without job titles ("Jane Doe, Staff Writer" -> "Jane Doe")."""
    parts = [p.strip() for p in name.split(",") if p.strip() and not F.JOURNALIST.search(p)]
    return _name_case(", ".join(parts)) if parts else None


def _name_case(name: str) -> str:
    """'JANE DOE and JOHN ROE' -> 'Jane Doe and John Roe'; names already in mixed case are kept."""
    if any(w.upper() != w for w in name.split() if w.lower() not in ("and", "&")):
        return name
    return " ".join(w if w.lower() in ("and", "&") else w.capitalize() for w in name.split()).replace(" And ", " and ")


def find_publisher(head: list[Block], body: list[str], tail: list[Block],
                   under_title: list[Block] = ()) -> Optional[str]:
    """The outlet the text names: a wire credit in the meta lines, the lede or the last paragraph, a
    copyright line at the end, an acronym alone under the headline, a masthead or a byline."""
    for text in [b.text for b in head if b.kind in ("date", "byline", "short")] + body[:1] + body[-1:] + [
            b.text for b in tail]:
        match = F.WIRE_CREDIT.search(text)
        if match:
            found = next(name for name in match.groupdict().values() if name)
            return F.NEWS_AGENCIES[" ".join(found.casefold().split())]
    for block in tail:
        match = F.COPYRIGHT.match(block.text) or F.COPYRIGHT.match(_AFTER_SENTENCE.split(block.text, maxsplit=1)[0])
        if match:
            return match.group("name").strip(" .,")
    source = next((b.text for b in under_title if b.kind == "short" and F.SOURCE_ACRONYM.fullmatch(b.text)), None)
    return source or next((name for name in map(_outlet_of, head) if name), None)


def _outlet_of(block: Block) -> Optional[str]:
    """A masthead above the story ("The Example Gazette") or a byline that names an outlet, not a writer."""
    if block.kind == "byline":
        match = F.BYLINE.match(block.text)
        name = match.group("name").strip(" ,") if match else ""
        titled = F.TITLE_OUTLET.search(block.text)
        outlet = titled.group("outlet").strip() if titled else ""
        return next((n for n in (name, outlet) if F.OUTLET.match(n)), None)
    return block.text if block.kind in ("short", "boiler") and block.words <= 5 and F.OUTLET.match(block.text) else None
