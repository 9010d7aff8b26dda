"""Summary: 2-5 sentences of the body, lead-biased, readable out of context."""
from __future__ import annotations

import re
from collections import Counter

from ..clean import content_words, stem_words
from ..furniture import BULLET
from ..model import Article
from ..text import sentences

# A sentence opening with one of these leans on the sentence before it.
_DANGLING = re.compile(r"^(?:[“\"‘']?\s*)(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|also|"
                       r"however|instead|meanwhile|still|yet|so|then|moreover|furthermore|as\s+such)\b", re.I)
MIN_WORDS, MAX_WORDS = 6, 70
MAX_CHARS = 700


def summarize(article: Article, size: int = 3) -> tuple[str, ...]:
    """The lede's first sentence, then the sentences that best share the headline's and the story's words."""
    candidates = []  # (position, sentence)
    for paragraph in article.body:
        if BULLET.match(paragraph):
            continue
        for sentence in sentences(paragraph):
            candidates.append((len(candidates), sentence))
    usable = [(i, s) for i, s in candidates if MIN_WORDS <= len(s.split()) <= MAX_WORDS and not s.endswith(":")]
    if len(usable) < 2:
        usable = candidates
    if len(usable) <= 2:
        return tuple(s for _, s in usable)

    title = content_words(stem_words(article.title))
    frequency = Counter(w for _, s in usable for w in content_words(stem_words(s)))
    # ties broken by the word itself: Counter keeps insertion order, and these words come from sets,
    # whose order changes with the hash seed from run to run
    top = {w for w, n in sorted(frequency.items(), key=lambda item: (-item[1], item[0]))[:12] if n > 1}

    def score(item: tuple[int, str]) -> float:
        position, sentence = item
        words = content_words(stem_words(sentence))
        if not words:
            return -1.0
        value = 1.5 * len(words & title) / max(1, len(title)) + 0.5 * len(words & top) / max(1, len(top))
        value += 1.0 / (1 + 0.35 * position)  # news leads carry the story
        if _DANGLING.match(sentence):
            value -= 0.6
        return value

    first = usable[0]
    chosen = [first]
    for item in sorted(usable[1:], key=lambda it: (-score(it), it[0])):
        if len(chosen) >= size:
            break
        if sum(len(s) for _, s in chosen) + len(item[1]) > MAX_CHARS and len(chosen) >= 2:
            continue
        chosen.append(item)
    return tuple(s for _, s in sorted(chosen))
