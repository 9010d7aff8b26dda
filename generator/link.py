"""The pass after every article is extracted: related articles with a readable reason.

Score = TF-IDF cosine of the texts (sublinear tf, English stop words) + shared
actors weighted by rarity (IDF) + shared demanded actions + closeness of dates.
Each list depends only on the pair's own texts and the corpus statistics.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Optional

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from .model import Briefing, Related

TEXT_WEIGHT, ACTOR_WEIGHT, DEMAND_WEIGHT, DATE_WEIGHT = 1.0, 0.25, 0.15, 0.1
MIN_SCORE = 0.05


def related(briefings: list[Briefing], count: int = 5) -> dict[str, tuple[Related, ...]]:
    if len(briefings) < 2:
        return {b.id: () for b in briefings}
    texts = [b.article.title + "\n" + "\n".join(b.article.body) for b in briefings]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(texts)
    similarity = linear_kernel(matrix, matrix)
    actor_sets = [{a.name for a in b.actors if a.kind != "country"} for b in briefings]
    document_frequency = Counter(name for names in actor_sets for name in names)
    n = len(briefings)
    result = {}
    for i, briefing in enumerate(briefings):
        scored = []
        for j, other in enumerate(briefings):
            if i == j:
                continue
            shared = sorted(actor_sets[i] & actor_sets[j], key=lambda a: (document_frequency[a], a))
            rarity = sum(math.log(1 + n / document_frequency[a]) for a in shared) / max(1.0, math.log(1 + n)) / 4
            demands = _shared_demands(briefing, other)
            closeness = _date_closeness(briefing.article.published, other.article.published)
            score = (TEXT_WEIGHT * float(similarity[i, j]) + ACTOR_WEIGHT * min(1.0, rarity)
                     + DEMAND_WEIGHT * min(1.0, len(demands) / 2) + DATE_WEIGHT * closeness)
            if score >= MIN_SCORE:
                scored.append((round(score, 4), other.id, _why(float(similarity[i, j]), shared, demands, closeness)))
        scored.sort(key=lambda item: (-item[0], item[1]))
        result[briefing.id] = tuple(Related(other, score, why) for score, other, why in scored[:count])
    return result


def _shared_demands(a: Briefing, b: Briefing) -> list[str]:
    """Demanded-of parties both articles report (e.g. both report demands of Iran)."""
    mine = {d.of for d in a.demands if d.of}
    return sorted(mine & {d.of for d in b.demands if d.of})


def _date_closeness(a: Optional[str], b: Optional[str]) -> float:
    if not a or not b:
        return 0.0
    days = abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    return 1.0 / (1.0 + days / 7)


def _why(text: float, shared: list[str], demands: list[str], closeness: float) -> str:
    parts = [f"similar wording ({text:.2f})"]
    if closeness >= 0.5:
        parts.append("published within a week")
    if demands:
        parts.append("both report demands of " + ", ".join(demands))
    if shared:
        parts.append("shared: " + ", ".join(shared[:5]))
    return "; ".join(parts)
