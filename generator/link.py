"""The pass after every article is extracted: related articles, stories, and how outlets differ.

Related score = TF-IDF cosine of the texts (sublinear tf, English stop words) + shared actors weighted
by rarity (IDF) + shared demanded parties + closeness of publication dates. Every entry says why.

Stories: two articles report the same event when each is the other's best match, their texts are
close enough, and their publication dates (when both are known) are at most a week apart. A third
article joins a story only when it is close to every member, so unrelated events do not chain.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .extract.demands import content_words, same_demand
from .model import Actor, Briefing, Demand, Related, Story

TEXT_WEIGHT, ACTOR_WEIGHT, DEMAND_WEIGHT, DATE_WEIGHT = 1.0, 0.25, 0.15, 0.2
MIN_SCORE = 0.05
STORY_MIN_TEXT = 0.15      # same-event reports share at least this much wording
STORY_MAX_DAYS = 7
CANDIDATES = 30            # related entries are chosen among this many nearest texts
CANDIDATE_BLOCK = 512      # rows of the similarity matrix held in memory at once
JOIN_RATIO = 0.85          # a third report must be about as close to each member as the members are
FIGURE = re.compile(r"(?i)(?<![\d,.])\b\d[\d,.]*+\s?(?:%|(?:percent|per cent|miles?|km|kilometres?|kilometers?|metres?|meters?|"
                    r"hours?|days?|weeks?|months?|years?|people|troops|soldiers|dollars|euros|million|billion)\b)"
                    r"|[$€£]\s?\d[\d,.]*+(?:\s?(?:million|billion|bn|m))?|(?<!\d)\b\d++km\b")


@dataclass(frozen=True)
class _Pair:
    text: float
    score: float
    shared: tuple[str, ...]
    demands: tuple[str, ...]
    days: Optional[int]


def link(briefings: list[Briefing], count: int = 5) -> tuple[dict[str, tuple[Related, ...]], tuple[Story, ...]]:
    """Related lists for every briefing and the stories of two or more articles."""
    pairs = _pairs(briefings, max(CANDIDATES, 4 * count))
    by_source: dict[str, list[tuple[float, str]]] = {b.id: [] for b in briefings}
    for (me, other), pair in pairs.items():
        if pair.score >= MIN_SCORE:
            by_source[me].append((pair.score, other))
    related = {}
    for b in briefings:
        ranked = sorted(by_source[b.id], key=lambda item: (-item[0], item[1]))
        related[b.id] = tuple(Related(other, round(score, 4), _why(pairs[(b.id, other)])) for score, other in ranked[:count])
    return related, _stories(briefings, related, pairs)


def _candidates(matrix, k: int) -> list[list[tuple[int, float]]]:
    """For every row, the k most similar other rows by text, computed in blocks of rows so memory
    stays bounded (sparse top-k instead of a dense N x N matrix)."""
    from sklearn.metrics.pairwise import linear_kernel
    n = matrix.shape[0]
    result = []
    for start in range(0, n, CANDIDATE_BLOCK):
        block = linear_kernel(matrix[start:start + CANDIDATE_BLOCK], matrix)
        for offset, row in enumerate(block):
            i = start + offset
            row[i] = -1.0
            take = min(k, n - 1)
            best = np.argpartition(-row, take - 1)[:take] if take < n else np.arange(n)
            result.append([(int(j), float(row[j])) for j in best if j != i])
    return result


def _pairs(briefings: list[Briefing], k: int) -> dict[tuple[str, str], _Pair]:
    if len(briefings) < 2:
        return {}
    from sklearn.feature_extraction.text import TfidfVectorizer  # here: a rebuild that reuses its links skips it
    texts = [b.article.title + "\n" + "\n".join(b.article.body) for b in briefings]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32).fit_transform(texts)
    actor_sets = [{a.name for a in b.actors if a.kind != "country"} for b in briefings]
    addressees = [{d.of for d in b.demands if d.of} for b in briefings]
    ids = [b.id for b in briefings]
    frequency = Counter(name for names in actor_sets for name in names)
    n = len(briefings)
    pairs = {}
    for i, candidates in enumerate(_candidates(matrix, k)):
        for j, text in candidates:
            if (ids[i], ids[j]) in pairs:
                continue
            shared = tuple(sorted(actor_sets[i] & actor_sets[j], key=lambda x: (frequency[x], x)))
            rarity = sum(math.log(n / frequency[x]) for x in shared) / max(1.0, math.log(n)) / 4  # IDF: 0 if everywhere
            demands = tuple(sorted(addressees[i] & addressees[j]))
            days = _days(briefings[i].article.published, briefings[j].article.published)
            closeness = 0.0 if days is None else 1.0 / (1.0 + days / 7)
            score = (TEXT_WEIGHT * text + ACTOR_WEIGHT * min(1.0, rarity) + DEMAND_WEIGHT * min(1.0, len(demands) / 2)
                     + DATE_WEIGHT * closeness)
            pairs[(ids[i], ids[j])] = pairs[(ids[j], ids[i])] = _Pair(text, score, shared, demands, days)  # symmetric
    return pairs


def _days(a: Optional[str], b: Optional[str]) -> Optional[int]:
    if not a or not b:
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _why(pair: _Pair) -> str:
    parts = [f"similar wording ({pair.text:.2f})"]
    if pair.days is not None and pair.days <= STORY_MAX_DAYS:
        parts.append("published the same day" if pair.days == 0 else f"published {pair.days} days apart")
    if pair.demands:
        parts.append("both report demands of " + ", ".join(pair.demands))
    if pair.shared:
        parts.append("shared: " + ", ".join(pair.shared[:5]))
    return "; ".join(parts)


def _same_event(pair: Optional[_Pair]) -> bool:
    return (pair is not None and pair.text >= STORY_MIN_TEXT
            and (pair.days is None or pair.days <= STORY_MAX_DAYS) and bool(pair.shared or pair.days is not None))


def _stories(briefings, related, pairs) -> tuple[Story, ...]:
    top = {b.id: related[b.id][0].id for b in briefings if related[b.id]}
    groups: list[set[str]] = []
    group_of: dict[str, set[str]] = {}
    for a, b in sorted(top.items()):
        if a < b and top.get(b) == a and _same_event(pairs.get((a, b))):
            groups.append({a, b})
            group_of[a] = group_of[b] = groups[-1]
    for article, best in sorted(top.items()):  # later members must match every member, not only one
        group = group_of.get(best)
        if group is None or article in group_of:
            continue
        inner = min(pairs[(x, y)].score if (x, y) in pairs else 0.0 for x in group for y in group if x != y)
        if all(_same_event(pairs.get((article, m))) and pairs[(article, m)].score >= JOIN_RATIO * inner for m in group):
            group.add(article)
            group_of[article] = group
    by_id = {b.id: b for b in briefings}
    stories = []
    for group in groups:
        members = tuple(sorted(group))
        first = oldest_first(by_id[m] for m in members)[0]  # the first report: later reports never change it
        pair = pairs[(members[0], members[1])]
        stories.append(Story(id=first.slug, members=members, why=_why(pair)))
    return tuple(sorted(stories, key=lambda s: s.id))


@dataclass(frozen=True)
class DemandGroup:
    """One demand as reported across articles; `id` is the first report's anchor, so it stays put."""

    id: str
    text: str
    of: Optional[str]
    reports: tuple[tuple[Briefing, Demand], ...]  # oldest first


def group_demands(briefings: list[Briefing]) -> tuple[DemandGroup, ...]:
    ordered = sorted(((b, d) for b in briefings for d in b.demands),
                     key=lambda item: (item[0].article.published or "9999", item[0].id, item[1].id))
    groups: list[list] = []
    index: dict[tuple, set[int]] = {}  # (addressee, content word) -> groups: compare only with candidates
    for briefing, demand in ordered:
        keys = [(demand.of, word) for word in content_words(demand)]
        candidates = sorted(set().union(*(index.get(k, set()) for k in keys))) if keys else []
        found = next((i for i in candidates if same_demand(groups[i][0][1], demand)), None)
        if found is None:
            groups.append([(briefing, demand)])
            for k in keys:
                index.setdefault(k, set()).add(len(groups) - 1)
        else:
            groups[found].append((briefing, demand))
    result = []
    for group in groups:
        text = min((d.text for _, d in group), key=lambda t: (len(t), t))
        result.append(DemandGroup(group[0][1].id, text, group[0][1].of, tuple(group)))
    return tuple(sorted(result, key=lambda g: (-len(g.reports), g.text.casefold())))


@dataclass(frozen=True)
class Report:
    briefing: Briefing
    figures: tuple[str, ...]      # figures no other report of the story gives
    demands: tuple[Demand, ...]   # demands no other report of the story gives


@dataclass(frozen=True)
class Comparison:
    """What a story's reports agree on and where they differ."""

    reports: tuple[Report, ...]   # oldest first
    shared: tuple[Actor, ...]     # named by every report, people and organisations first
    places: tuple[str, ...]       # named by at least two reports (else the first report's first places)
    dates: tuple[str, ...]        # publication dates, sorted


def oldest_first(briefings) -> list[Briefing]:
    """Dated briefings oldest first, undated ones last: the order of a story's reports."""
    return sorted(briefings, key=lambda b: (b.article.published or "9999", b.id))


def compare(members: list[Briefing]) -> Comparison:
    members = oldest_first(members)
    shared = [a for a in members[0].actors if all(any(x.name == a.name for x in m.actors) for m in members[1:])]
    shared.sort(key=lambda a: (a.kind == "country", -a.mentions))
    places = [p for p in members[0].places if sum(p in m.places for m in members) >= 2] or list(members[0].places[:3])
    found = {m.id: figures(" ".join(m.article.body)) for m in members}
    reports = []
    for m in members:
        others = [o for o in members if o is not m]
        their_figures = {f for o in others for f in found[o.id]}
        reports.append(Report(m, tuple(f for f in found[m.id] if f not in their_figures),
                              tuple(d for d in m.demands if not any(same_demand(d, od) for o in others for od in o.demands))))
    dates = tuple(sorted({m.article.published for m in members if m.article.published}))
    return Comparison(tuple(reports), tuple(shared), tuple(places), dates)


def figures(text: str) -> tuple[str, ...]:
    """Numbers with a unit as written ("60 miles", "100 kilometers"): where outlets' reports differ."""
    seen: dict[str, None] = {}
    for match in FIGURE.finditer(text):
        seen.setdefault(" ".join(match.group(0).split()), None)
    return tuple(seen)
