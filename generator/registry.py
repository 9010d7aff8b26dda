"""One name per party across the site, plus the user's corrections file.

After every article's actors are extracted, people are folded across articles
(a surname-only "Dane" joins the one "Ivo Dane" of the collection), each
party gets the most common full spelling, and a role or affiliation stated in one
article fills the gap where another article does not say it. The corrections
file (YAML) is applied last, on every build, so fixes survive rebuilds.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

import yaml

from .errors import ConfigError
from .extract.actors import CORPORATE_SUFFIXES, same_person, surname_match
from .extract.places import gazetteer
from .model import Actor
from .slug import unique_slugs
from .untrusted import TextLoader, visible

CORRECTION_KEYS = ("aliases", "kinds", "roles", "affiliations", "ignore", "distinct")
KINDS = ("person", "country", "organization")
RESERVED_IDS = frozenset({"index", "unnamed"})  # pages the site writes beside actor and addressee pages


@dataclass(frozen=True)
class Corrections:
    aliases: dict[str, str] = field(default_factory=dict)       # any spelling -> canonical name
    kinds: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    affiliations: dict[str, str] = field(default_factory=dict)
    ignore: frozenset[str] = frozenset()
    distinct: frozenset[frozenset[str]] = frozenset()  # pairs of names never folded into one actor

    def apart(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.distinct

    @classmethod
    def load(cls, path: Optional[Path]) -> "Corrections":
        if path is None or not path.is_file():
            return cls()
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=TextLoader) or {}
        except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ConfigError(str(path), f"cannot be read as YAML ({exc.__class__.__name__}); fix the syntax") from None
        if not isinstance(data, dict):
            raise ConfigError(str(path), "must be a mapping with keys " + ", ".join(CORRECTION_KEYS))
        problems = [f"unknown key {k!r}" for k in data if k not in CORRECTION_KEYS]
        for key in ("aliases", "kinds", "roles", "affiliations"):
            value = data.get(key) or {}
            if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                problems.append(f"{key!r} must map names to text")
        for name, kind in (data.get("kinds") or {}).items():
            if kind not in KINDS:
                problems.append(f"kinds: {name!r} has kind {kind!r}; use one of {', '.join(KINDS)}")
        ignore = data.get("ignore") or []
        if not isinstance(ignore, list) or not all(isinstance(x, str) for x in ignore):
            problems.append("'ignore' must be a list of names")
        distinct = data.get("distinct") or []
        if not isinstance(distinct, list) or not all(
                isinstance(group, list) and len(group) >= 2 and all(isinstance(x, str) for x in group) for group in distinct):
            problems.append("'distinct' must be a list of lists of two or more names")
            distinct = []
        if problems:
            raise ConfigError(str(path), "; ".join(problems) + ". Fix the corrections file and build again.")
        shown = {key: {visible(k): visible(v) for k, v in (data.get(key) or {}).items()}
                 for key in ("aliases", "kinds", "roles", "affiliations")}
        pairs = frozenset(frozenset((visible(a), visible(b))) for group in distinct for a in group for b in group if a != b)
        return cls(**shown, ignore=frozenset(visible(x) for x in ignore), distinct=pairs)


def unify(per_article: dict[str, tuple[Actor, ...]], corrections: Corrections) -> dict[str, tuple[Actor, ...]]:
    """Rename every actor to its site-wide canonical name and fill roles and affiliations."""
    canonical = _canonical_names(per_article, corrections)
    roles: dict[str, Counter] = defaultdict(Counter)
    affiliations: dict[str, Counter] = defaultdict(Counter)
    for actors in per_article.values():
        for actor in actors:
            name = canonical[actor.name]
            if actor.role:
                roles[name][actor.role] += 1
            if actor.affiliation:
                affiliations[name][canonical.get(actor.affiliation, actor.affiliation)] += 1
    states = _states(per_article)

    def state_of(party: Optional[str]) -> Optional[str]:
        party = canonical.get(party, party)
        affiliation = _most_common(affiliations[party])
        return states.get(party) or (states.get(canonical.get(affiliation, affiliation)) if affiliation else None)

    ids, _ = unique_slugs(sorted({canonical[a.name] for actors in per_article.values() for a in actors}),
                          RESERVED_IDS)
    result = {}
    for article_id, actors in per_article.items():
        merged: dict[str, Actor] = {}
        for actor in actors:
            name = canonical[actor.name]
            if name in corrections.ignore:
                continue
            kind = corrections.kinds.get(name, actor.kind)
            role = corrections.roles.get(name) or actor.role or _most_common(roles[name])
            affiliation = corrections.affiliations.get(name) or (
                canonical.get(actor.affiliation, actor.affiliation) if actor.affiliation else _most_common(affiliations[name]))
            if affiliation is None and actor.listed_with:
                # office holders listed together act for one side: take it when every named peer agrees
                peer_states = {state_of(peer) for peer in actor.listed_with} - {None}
                affiliation = peer_states.pop() if len(peer_states) == 1 else None
            affiliation = affiliation or (canonical.get(actor.home, actor.home) if actor.home else None)
            aliases = {a for a in (actor.name, *actor.aliases) if a != name}
            if name in merged:
                earlier = merged[name]
                aliases |= set(earlier.aliases)
                merged[name] = replace(earlier, aliases=tuple(sorted(aliases)), mentions=earlier.mentions + actor.mentions)
            else:
                merged[name] = Actor(ids[name], name, kind, role, affiliation if kind == "person" else None,
                                     tuple(sorted(aliases)), actor.mentions,
                                     tuple(sorted(canonical.get(p, p) for p in actor.listed_with)), actor.home)
        result[article_id] = tuple(sorted(merged.values(), key=lambda a: -a.mentions))
    return result


def _states(per_article: dict[str, tuple[Actor, ...]]) -> dict[str, str]:
    """The state of every country, and of every organisation whose name carries one ("Utopian Defense
    Forces") or whose acronym stands for such a name ("UDF"), across the site."""
    places = gazetteer()
    names = {a.name: a for actors in per_article.values() for a in actors}
    parties = set(names) | {a.affiliation for a in names.values() if a.affiliation}
    states = {name: name for name, actor in names.items() if actor.kind == "country"}
    for party in parties:
        if party in states:
            continue
        for word in re.findall(r"[\w'’.-]+", party):
            state = places.country(word) or places.demonym(word)
            if state:
                states[party] = state
                break
    for party, state in list(states.items()):
        initials = "".join(w[0] for w in party.split() if w[:1].isupper())
        if len(initials) >= 2 and initials in parties and initials not in states:
            states[initials] = state
    return states


def _most_common(counter: Counter) -> Optional[str]:
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0] if counter else None


def _canonical_names(per_article: dict[str, tuple[Actor, ...]], corrections: Corrections) -> dict[str, str]:
    """Every name seen -> its canonical name. People fold across articles; others keep their name."""
    forms: Counter = Counter()
    people: list[str] = []
    for actors in per_article.values():
        for actor in actors:
            forms[actor.name] += actor.mentions
            if actor.kind == "person" and actor.name not in people:
                people.append(actor.name)
    people.sort(key=lambda name: (-len(name.split()), -forms[name], name))
    groups: list[list[str]] = []
    for name in people:
        allowed = [g for g in groups if not any(corrections.apart(name, other) for other in g)]
        if len(name.split()) > 1:
            group = next((g for g in allowed if any(same_person(name, other) for other in g if len(other.split()) > 1)), None)
        else:
            candidates = [g for g in allowed if any(len(o.split()) > 1 and surname_match(name, o) for o in g)]
            group = candidates[0] if len(candidates) == 1 else None  # ambiguous surnames stay apart
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    mapping = {name: name for name in forms}
    for group in groups:
        full = [n for n in group if len(n.split()) > 1] or group
        best = max(full, key=lambda n: (forms[n], len(n), n))
        for name in group:
            mapping[name] = best
    mapping.update(_bodies_by_core_name(forms, per_article, corrections))
    by_alias = _bodies_by_alias(per_article, corrections)
    mapping.update({name: mapping.get(target, target) for name, target in by_alias.items()})  # "ACR" -> "Acme Co." -> "Acme"
    for name, target in corrections.aliases.items():
        mapping[name] = target
        for key, value in list(mapping.items()):
            if value == name:
                mapping[key] = target
    return mapping


def _bodies_by_core_name(forms: Counter, per_article: dict[str, tuple[Actor, ...]],
                         corrections: Corrections) -> dict[str, str]:
    """Organisations named alike but for a company suffix ("Acme", "Acme Co.", "Acme Company") are one,
    under the name used most (then the longest)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for actors in per_article.values():
        for actor in actors:
            if actor.kind == "organization":
                groups[_core_name(actor.name)].add(actor.name)
    mapping = {}
    for names in groups.values():
        best = max(names, key=lambda n: (forms[n], len(n), n))
        mapping.update({name: best for name in names if name != best and not corrections.apart(name, best)})
    return mapping


def _core_name(name: str) -> str:
    words = name.casefold().replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _bodies_by_alias(per_article: dict[str, tuple[Actor, ...]], corrections: Corrections) -> dict[str, str]:
    """An organisation one article lists under a name that another article gives as an alias of one other
    organisation ("UDF" here, "Utopian Defense Forces (UDF)" there) is that organisation."""
    owners: dict[str, set[str]] = defaultdict(set)
    names = set()
    for actors in per_article.values():
        for actor in actors:
            if actor.kind == "organization":
                names.add(actor.name)
                for alias in actor.aliases:
                    owners[alias].add(actor.name)
    mapping = {}
    for name in sorted(names):
        others = owners.get(name, set()) - {name}
        if len(others) == 1 and not corrections.apart(name, next(iter(others))):
            mapping[name] = next(iter(others))
    return mapping


def registry_yaml(per_article: dict[str, tuple[Actor, ...]]) -> str:
    """The inferred registry as a corrections file to start from."""
    aliases, kinds, roles, affiliations = {}, {}, {}, {}
    for actors in per_article.values():
        for actor in actors:
            kinds[actor.name] = actor.kind
            for alias in actor.aliases:
                aliases[alias] = actor.name
            if actor.role:
                roles.setdefault(actor.name, actor.role)
            if actor.affiliation:
                affiliations.setdefault(actor.name, actor.affiliation)
    data = {"aliases": dict(sorted(aliases.items())), "kinds": dict(sorted(kinds.items())),
            "roles": dict(sorted(roles.items())), "affiliations": dict(sorted(affiliations.items())), "ignore": [],
            "distinct": []}
    return ("# Corrections applied on every build. Edit names, kinds, roles and affiliations; list names under\n"
            "# 'ignore' to drop them, and groups of names under 'distinct' to keep them apart (a split).\n"
            "# Generated as a starting point.\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
