"""Actors of one article: people, states and organisations, each under one name.

Needs a parsed Doc of the article body. Folds surname-only mentions, spelling
variants (fuzzy, people only, surnames compared), demonyms and capitals or seats
of government used as agents into their state.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from rapidfuzz import fuzz

from ..model import Actor, Article
from ..slug import slugify
from .grammar import SAY_VERBS, entity_of
from .places import SEATED_BODIES, Gazetteer, fold, gazetteer
from .roles import (ACRONYM, COMPANY_NOUNS, FORMER, FUNCTION_WORDS, HONORIFICS, INSTITUTION_NOUNS, KIND_NOUNS,
                    MINISTRY_NOUNS, ORG_NOUNS, POSSESSIVE, PORTFOLIOS, ROLE_WORDS, described_body, glued_credit,
                    is_office, named_field, office_acronym, office_field, role_and_affiliation, role_words,
                    states_government, strip_article, strip_possessive, words_before)

if TYPE_CHECKING:
    from spacy.tokens import Span

AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj", "dative"})
AGENT_PREPS = frozenset({"between", "by", "from", "with", "against"})
# Verbs whose object is a party, not a place: "accused Tokyo", "urged Washington".
PARTY_OBJECT_VERBS = frozenset({"accuse", "urge", "tell", "warn", "ask", "blame", "criticize", "criticise", "pressure",
                                "press", "threaten", "call", "condemn", "thank", "praise", "join", "support", "back",
                                "persuade", "inform", "invite", "reassure", "sanction", "fight"})
NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_OWNER = re.compile(r"^\w+['’]s\s+")
_NAME_PARTS = re.compile(r"(?<![\s-])[\s-]+")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?")
# Titles a storm's name follows without quotation marks ("Typhoon Odile"); other things are named in them
# after their kind ('the rocket "Kestrel"').
STORM_TITLES = frozenset({"typhoon", "hurricane", "cyclone", "storm"})
# Heads of names that are no party: documents and plans, events, storms, craft and sites.
NON_PARTY_HEADS = STORM_TITLES | frozenset("""act charter plan treaty accord agreement convention protocol question resolution
motion report manifesto strategy goal standard guideline rule regulation directive law bill code constitution
declaration doctrine satellite rocket spacecraft ship vessel aircraft palace stadium airport station games cup
championship olympics marathon festival summit era""".split())
MAX_THING_WORDS = 4  # the longest name read after a kind of thing
# Heads of the names of buildings and sites: "X Hospital" is a party only where it acts ("X Hospital said",
# "X Hospital's director"), not where things happen or come from ("taken to X Hospital", "launched from X
# Space Center", "facilities such as X Hospital").
FACILITY_HEADS = frozenset("""hospital clinic center centre institute school college university campus port base
prison jail camp mosque church temple cathedral hotel mall market museum library""".split())
_SPELLED_OUT = re.compile(r"([A-Z][A-Z&]{1,7})\s+[-–—]\s+[A-Z]")  # "ACR - Long Name"
# Words a company's name carries or drops ("Acme Inc." is "Acme").
CORPORATE_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "co", "corp", "corporation", "company", "group", "holdings",
                                "sa", "ag", "nv", "gmbh", "limited"})
# Last words of companies' names ("Northwind Air", "Acme Energy"): a name ending in one is no person's.
COMPANY_NAME_HEADS = frozenset("""air airlines airways motors media energy industries technologies systems
pharmaceuticals resources ventures capital labs networks telecom mining""".split())
# Heads of names of organisations and of the buildings they run: a name ending in one is no person's.
ORGANIZATION_HEADS = FACILITY_HEADS | ORG_NOUNS | CORPORATE_SUFFIXES | COMPANY_NAME_HEADS | frozenset(
    {"attorneys", "associates", "partners", "lawyers", "solicitors", "chambers", "foundation", "trust", "society"})
# Heads that open the names of bodies and buildings in the languages that put them first ("Lycée X",
# "Universidad de X", "Partido X").
HEADS_FIRST = frozenset("""lycée lycee école ecole collège colegio escuela universidad université universidade
universität hôpital hospital clínica instituto institut banco banque partido parti""".split())
# Directions from a place: "southwest of X" places something, like a preposition of place.
COMPASS_WORDS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
south-east south-west""".split())
# Nouns whose "of" names a place: a direction from it, a part of it, the land claimed ("southwest of X",
# "the far portion of X", "the vicinity of X", "sovereignty of X"), where people live ("residents of X").
PLACE_OF_NOUNS = COMPASS_WORDS | frozenset("""portion portions parts vicinity outskirts coast interior tip
sovereignty residents inhabitants villagers townspeople""".split())
# Prepositions of place: a name that is only their object is where something happens, not a party.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "over", "into", "inside", "outside", "throughout", "around",
                            "within", "off", "along", "through", "under", "beyond", "towards", "toward", "onto",
                            "via", "past"})
# Offices of a state: a holder whose side the text does not give serves the state the article is about.
STATE_OFFICES = frozenset({"president", "prime", "premier", "minister", "chancellor", "king", "queen", "emperor",
                           "empress", "sultan", "emir", "monarch", "crown", "vice-president"})
STATE_OFFICE_WORDS = STATE_OFFICES | MINISTRY_NOUNS  # "the intelligence ministry's director" serves a state too


@dataclass
class _Cluster:
    kind: str
    forms: Counter = field(default_factory=Counter)
    first: int = 0
    mentions: int = 0
    canonical: Optional[str] = None
    spans: list = field(default_factory=list)  # (doc, start, end) of each person mention
    chars: list = field(default_factory=list)  # character offset of each mention
    role: Optional[str] = None
    affiliation: Optional[str] = None
    acts: bool = False  # some mention is a party's (acts, speaks, is addressed or acted upon), not a location
    patron: Optional["_Cluster"] = None  # the person this one serves ("her spokesman"), whose side they share

    def add(self, form: str, position: int, span=None) -> None:
        if not self.forms:
            self.first = position
        self.forms[form] += 1
        self.mentions += 1
        self.chars.append(position)
        if span is not None:
            self.spans.append(span)

    def absorb(self, other: "_Cluster") -> None:
        """Take another cluster's mentions: the two are one party."""
        self.forms.update(other.forms)
        self.mentions += other.mentions
        self.chars.extend(other.chars)
        self.spans.extend(other.spans)
        self.acts |= other.acts

    @property
    def sentences(self) -> set[int]:
        return {doc[start].sent.start for doc, start, _ in self.spans}

    @property
    def label(self) -> str:
        """The name it goes by: the long form once one is chosen, else its most used form."""
        return self.canonical or self.name

    @property
    def name(self) -> str:
        full = [f for f in self.forms if len(f.split()) > 1] if self.kind == "person" else []
        pool = full or list(self.forms)
        return max(pool, key=lambda f: (self.forms[f], len(f), f))


def extract_actors(article: Article, doc, places: Gazetteer | None = None) -> tuple[Actor, ...]:
    places = places or gazetteer()
    excluded = {x.casefold() for x in (article.author, article.publisher) if x} | _thing_names(doc)
    credited = _credited_chars(doc.text)
    common = _common_words(doc)
    countries: dict[str, _Cluster] = {}
    orgs: dict[str, _Cluster] = {}
    people: list[tuple[str, int, object]] = []  # (name, position, span)

    def country(name: str, form: str, position: int, acts: bool) -> None:
        cluster = countries.setdefault(name, _Cluster("country", canonical=name))
        cluster.add(strip_article(form), position)
        cluster.acts |= acts

    def organization(name: str, position: int, acts: bool) -> None:
        cluster = orgs.setdefault(name.casefold(), _Cluster("organization"))
        cluster.add(name, position)
        cluster.acts |= acts

    covered = set()
    body_text = doc.text  # joined from every token on each access: read once
    called = _called_places(body_text)
    headline_case, prose = _headline_case_sentences(doc)
    defined = _defined_acronyms(doc)
    ents = doc.ents  # built anew on each access: read once
    bodies = _called_bodies(ents)
    stand_ins = _cities_for_states(ents, places)
    named_last = (-1, "")  # where the last organisation's name ended, and its cluster's key
    other_names: dict[str, str] = {}  # an organisation's other name -> the key of the name it follows
    for ent in _repaired_entities(doc, defined.values(), ents, places):
        text = strip_possessive(ent.text)
        if ent.start in covered:
            continue  # the tail of a longer name ("ICT" of "the Ministry of Science and ICT")
        if ent.label_ == "WORK_OF_ART":
            continue  # a title, or a body's name the model took for one ("The Coalition for X"): read untagged
        covered.update(range(ent.start, ent.end))
        if ent.sent.start in headline_case and text not in prose:
            continue  # "Activists Third Point Build Stake, Push For ...": every word capitalised, no names to trust
        if any(start <= ent.start_char < end for start, end in credited):
            continue  # "(Reporting by Jane Roe; Editing by Ivo Dane)": the staff who wrote the story
        if len(ent) == 1 and ent[0].is_sent_start and ent.text.casefold() in common:
            continue  # "Sorghum grows well": a common noun opening a sentence, which the text writes in lower case too
        if office_field(ent.root):
            continue  # "the Secretary for Eastland and Northern affairs": what an office covers, not a party
        if _opens_thing_name(ent):
            continue  # "the Eastland (gloss) Era", "the Northtown Question": part of a period's or a dispute's name
        if ent.label_ == "PERSON" and (_place_like(ent) or (len(ent) > 1 and (
                places.place(text) or ent[0].lower_ in COMPASS_WORDS))):
            continue  # "in Northtown", "Northtown, Eastport and Westfield", "the Northtown communities", "West Y"
        if ent.label_ in ("PERSON", "ORG") and ent.start > 0 and doc[ent.start - 1].like_num \
                and doc[ent.start - 1].ent_type_ != "DATE":
            continue  # "300 Euros", "40 Marks": a unit or a currency counted, no party ("15 Russian sailors" are)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.root.dep_ == "compound" \
                and ent.root.head.text.islower() and ent.root.head.lower_ in NON_PARTY_HEADS:
            continue  # "aboard an Ariane rocket", "the Kestrel satellite": a thing's name, no person
        if ent.label_ == "PERSON" and text in bodies:
            organization(strip_article(text), ent.start_char, not _located(ent))
            continue
        if ent.label_ == "PERSON" or (len(ent) > 1 and ent[0].text.casefold().rstrip(".") in HONORIFICS) \
                or _titled_name(ent):
            name, span = _person_name(ent, places)
            if name and _named_as_place(name, called):  # "Eastland" of "the Eastland region"
                if _is_agent(ent):
                    organization(name, ent.start_char, True)
                continue
            if name and any(word in defined for word in name.split()):
                # "ACR Northtown": a body the text gave an acronym, in some place; not a person
                organization(name, ent.start_char, not _located(ent))
            elif name and name.casefold() not in excluded:
                people.append((name, ent.start_char, span))
            elif name is None and places.country(text):
                country(places.country(text), text, ent.start_char, not _located(ent))
            continue
        if ent.label_ not in ("GPE", "NORP", "ORG", "LOC", "FAC"):
            continue
        state = places.country(text) or places.demonym(text)
        if _institution(ent):
            organization(strip_article(text), ent.start_char, not _located(ent))
        elif state:
            country(state, text, ent.start_char, _state_acts(ent))
        elif places.seat(text):
            if _seat_acts(ent, places):
                country(places.seat(text), text, ent.start_char, True)
        elif text in stand_ins:  # "the dispute between Istanbul and Athens": the city stands for its state
            if _seat_acts(ent, places):
                country(stand_ins[text], text, ent.start_char, True)
        elif text in bodies and ent.label_ != "ORG":  # "the ride-hailing company Tunelyx" tagged as a place
            organization(strip_article(text), ent.start_char, not _located(ent))
        elif ent.label_ == "ORG" and _places_listed(text, places):
            continue  # "Northtown, Port Eastley": a list of towns read as one name
        elif ent.label_ == "ORG" and _is_organization(ent) and text.casefold() not in excluded:
            whole = _joined_tail(ent)
            covered.update(range(ent.end, whole.end))
            text = _org_name(ent, strip_possessive(whole.text))
            if ACRONYM.fullmatch(text):  # in brackets before or after a long form: a definition (`_defined_acronyms`)
                named_last = (-1, "")
            else:
                if _other_name(ent, named_last):
                    other_names[text.casefold()] = named_last[1]  # "the Eastland School (Lycée Roe)": one body
                named_last = (whole.end, text.casefold())
            called_place = _named_as_place(text, called)
            if called_place and not _is_agent(ent):
                continue  # "the village of Acme": a place, not a short form of "the Acme Residents' Committee"
            place = places.place(text) or ent.root.lower_ in PLACE_NOUNS or called_place
            organization(text, ent.start_char, _is_agent(ent) if place else _acts_from(ent) if _facility(ent)
                         else not _located(ent))
    for token in doc:  # demonyms, country names and institutions the model did not tag
        if token.i in covered or not token.text[:1].isupper():
            continue
        state = places.demonym(token.text) or places.country(token.text)
        name = _untagged_institution(token)
        if name is not None:
            covered.update(range(name.start, name.end))
            organization(name.text, name.start_char, not _located(name))
        elif state:
            country(state, token.text, token.idx, _state_acts(doc[token.i:token.i + 1]))
        elif places.seat(token.text) and _seat_acts(doc[token.i:token.i + 1], places):
            country(places.seat(token.text), token.text, token.idx, True)
        elif token.text in defined and _long_name(defined[token.text]).casefold() in orgs \
                and not defined[token.text].start <= token.i < defined[token.text].end:
            # "ACR's director": the acronym of a body the text defined, left untagged
            organization(token.text, token.idx, not _located(doc[token.i:token.i + 1]))

    people += _untagged_titled_names(doc, covered, places) + _apposed_names(doc, covered, places)
    persons = _cluster_people(people, places)
    _untagged_surnames(doc, persons, covered, places)
    for key, org in list(orgs.items()):  # a name the model tagged as an organisation ("Dane", "Jane Roe")
        owner = next((p for p in persons if len(org.forms) == 1 and _names_person(org.name, p)), None)
        if owner:
            owner.absorb(org)
            del orgs[key]
    persons = _fold_short_org_names(persons, orgs)
    for other, key in other_names.items():
        if other != key and other in orgs and key in orgs:
            _merge(orgs[key], orgs.pop(other))
    _fold_organizations(orgs, defined, places)
    _untagged_short_names(doc, orgs, covered, places, common)  # before affiliations: "its" may mean them
    _affiliate_by_body(persons, orgs, doc)
    _affiliate_by_owner(persons, orgs)
    _affiliate_by_patron(persons)
    _affiliate_by_office(persons, doc, places)
    if _sides_are_parties(persons, orgs, countries, body_text, places):
        _fold_organizations(orgs, defined, places)  # a side named only in a title may be a form of a listed body
        _affiliate_by_owner(persons, orgs)  # "the firm's spokeswoman" of a firm named only in such a title
    _seats_for_bodies(countries, orgs)
    if len(countries) == 1 and _government_named(doc):  # "called on the government to": the one state named
        next(iter(countries.values())).acts = True
    _sides_as_listed(persons, orgs, countries)
    parties = [c for c in list(countries.values()) + list(orgs.values()) if c.acts]
    setting = setting_state(article, doc, places, ents, body_text)
    actors = []
    for cluster in sorted(persons + parties, key=lambda c: (-c.mentions, c.first)):
        name = cluster.label
        aliases = tuple(sorted(f for f in cluster.forms if f != name))
        actors.append(Actor(id=slugify(name), name=name, kind=cluster.kind, role=cluster.role,
                            affiliation=cluster.affiliation, aliases=aliases, mentions=cluster.mentions,
                            listed_with=_listed_with(cluster, persons),
                            home=_home_state(cluster, countries, setting)))
    return tuple(_unique_ids(actors))


# Credits of the staff who made a story: "Reporting by X; Editing by Y", "(Additional reporting by Z)".
_CREDIT = re.compile(r"\b(?:reporting|writing|editing|compiled|produced|photos?|photographs|graphics)[ \t]+by[ \t]+"
                     r"[^;)(\n]*", re.I)


def _cities_for_states(ents, places: Gazetteer) -> dict[str, str]:
    """Large cities other than capitals that the text sets beside another state's name or capital ("between
    Istanbul and Athens"): there the city stands for its state, as a capital does -> {city: state}. Alone, a
    city is itself ("Sapporo said", "Nagoya sued", "X City won")."""
    found = {}
    for ent in ents:
        state = places.state_of_place(ent.text) if places.large_city(ent.text) else None
        if state is None:
            continue
        root = ent.root
        beside = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
        if any((places.seat(t.text) or places.country(t.text)) not in (None, state) for t in beside):
            found[ent.text] = state
    return found


def _seats_for_bodies(countries: dict[str, _Cluster], orgs: dict[str, _Cluster]) -> None:
    """ "Brussels stood ready to help" in an article about the EU: a state named only by the capital an
    international body the article names is seated in is that body."""
    for name, cluster in list(countries.items()):
        hosted = [SEATED_BODIES.get(fold(form)) for form in cluster.forms]
        if all(hosted):
            body = next((c for c in orgs.values() if any(fold(f) in bodies for f in c.forms for bodies in hosted)),
                        None)
            if body is not None:
                body.absorb(countries.pop(name))


def _credited_chars(text: str) -> list[tuple[int, int]]:
    """Where the text credits its reporters, editors and photographers: no party is named there."""
    return [match.span() for match in _CREDIT.finditer(text)]


def _common_words(doc) -> frozenset[str]:
    """Nouns the text writes in lower case ("sorghum" of "the sorghum crop")."""
    return frozenset(t.text for t in doc if t.pos_ == "NOUN" and t.text.islower())


def _other_name(ent, named_last: tuple[int, str]) -> bool:
    """A name alone in brackets right after an organisation's: its other name ("the Eastland School (Lycée
    Roe)")."""
    doc = ent.doc
    return named_last[0] == ent.start - 1 and doc[ent.start - 1].text == "(" and ent.end < len(doc) \
        and doc[ent.end].text == ")"


def _names_person(name: str, person: _Cluster) -> bool:
    """An organisation's one name that is this person's: a surname, a form, or a close spelling in full."""
    if name.casefold() in {f.casefold() for f in person.forms}:
        return True
    match = same_person if " " in name else surname_match
    return any(match(name, f) for f in person.forms if " " in f)


def _unique_ids(actors: list[Actor]) -> list[Actor]:
    """One actor per name (ids that meet are told apart site-wide by the registry)."""
    seen: set[str] = set()
    out = []
    for actor in actors:
        if actor.name in seen:
            continue
        seen.add(actor.name)
        out.append(actor)
    return out


# --- people ---------------------------------------------------------------------------------

# Nouns after a place's name that say it is one ("the Eastland region", "Northshire province").
PLACE_NOUNS = ("region", "province", "state", "district", "county", "prefecture", "territory", "regency", "island",
               "islands", "archipelago", "peninsula")


_PLACE_CALLED = re.compile(rf"(?<!\w)(\w++)[ \t]+(?:{'|'.join(PLACE_NOUNS)})\b", re.I)
# Settlements, named before a place's name only with "of" ("the town of X"; "X City" may be a club's name).
SETTLEMENT_NOUNS = ("town", "city", "village", "municipality", "port", "suburb", "settlement")
_PLACE_OF = re.compile(rf"\b(?:{'|'.join(PLACE_NOUNS + SETTLEMENT_NOUNS)})[ \t]+of[ \t]+(\w++)", re.I)  # "the region of X"


def _thing_names(doc) -> frozenset[str]:
    """Names the text gives to things, a party under none of their mentions: a name in quotation marks
    right after a kind of thing ('the rocket "Kestrel"', 'Typhoon "Odile"') or after a storm's title, and
    an acronym the text gives a common noun ("the hazard allowance (HZA)")."""
    names = set()
    for token in doc:
        if _acronym_of_thing(token):
            names.add(token.text.casefold())
        if token.lower_ not in NON_PARTY_HEADS:
            continue
        start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text in _QUOTES)
        if start == token.i + 1 and not (token.lower_ in STORM_TITLES and token.text[:1].isupper()):
            continue
        end = start
        while end < len(doc) and end - start < MAX_THING_WORDS and NAME_TOKEN.match(doc[end].text):
            end += 1
        if end > start:
            names.add(strip_possessive(doc[start:end].text).casefold())
    return frozenset(names)


MAX_GLOSS = 6  # tokens in brackets between a name and its head: "the X (beautiful harmony) Era"


def _opens_thing_name(ent) -> bool:
    """A name the capitalised head of a thing's name follows, past a gloss in brackets: "X" of "the X
    Era", "the X (gloss) Era", "the X Question"."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:i + MAX_GLOSS] if t.text == ")"), len(doc))
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_ in NON_PARTY_HEADS


def _acronym_of_thing(token) -> bool:
    """An acronym in brackets after a noun in lower case that names no body: "the hazard allowance (HZA)"
    (not "the ruling party (URP)")."""
    if not ACRONYM.fullmatch(token.text):  # first: it runs on every token, the look-around only on acronyms
        return False
    doc, i = token.doc, token.i
    if not (1 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    noun = doc[i - 2]
    return noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_ not in ORG_NOUNS


def _called_places(text: str) -> frozenset[str]:
    """Every word the text calls a place by a place noun before or after it ("Eastland region", "the
    neighbouring state of Eastland"), found in two passes."""
    return frozenset(m.group(1).casefold() for pattern in (_PLACE_CALLED, _PLACE_OF) for m in pattern.finditer(text))


def _repaired_entities(doc, long_forms, ents, places: Gazetteer):
    """The model's entities, with six mistakes of news text mended: a long form an acronym in brackets
    defines is one organisation whatever the model made of its pieces ("the X, Y and Z Union (XYZU)"), a
    body's name cut after its place ("the Utopia" + "National Team"), an
    agency's name glued before a name ("AGENCY Jane Roe"), an organisation and the name of its officer
    read as one ("the Election Commission Jane Roe said"), a person taken for an organisation where the
    text gives them an office ("Jane Roe was elected the President", "lawmaker Jane Roe"), calls them "he" or "she" ("Roe
    stressed ... . She added") or puts a demonym before their given name ("Utopian Jane" of "Utopian Jane
    Roe ran")."""
    inside = {i for span in long_forms for i in range(span.start, span.end)}
    named = [_long_span(span) for span in long_forms]
    he_or_she = _taken_up_as_he_or_she(doc)
    for ent in _joined_to_place(sorted([*named, *(e for e in ents if not inside & set(range(e.start, e.end)))],
                                       key=lambda span: span.start)):
        if ent.label_ == "PERSON" and _organization_shaped(ent):
            ent = _span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ != "ORG":
            yield _with_surname(ent)
            continue
        ent = _trimmed(ent)
        if ent is None:
            continue
        owner = _owning_body(ent)
        if owner is not None:
            yield owner
            ent = _span(doc, owner.end + 1, ent.end, label="ORG")
        person = _demonym_and_given_name(ent, places)
        if person is not None:
            yield person
            continue
        head = next((t for t in ent[:-2] if t.lower_ in INSTITUTION_NOUNS and t.text[:1].isupper()), None)
        rest = ent[head.i - ent.start + 1:] if head is not None else ()
        defines = ent.end < len(doc) and doc[ent.end].text == "("  # "the Union Public Employees (UPE)": one name
        if head is not None and not defines and all(t.pos_ == "PROPN" and t.is_title and t.tag_ != "NNPS" for t in rest) \
                and _personal_name_shaped(rest):
            yield _span(doc, ent.start, head.i + 1, label="ORG")
            yield _span(doc, head.i + 1, ent.end, label="PERSON")
        elif _holds_office(ent) or _after_office(ent) or (ent[-1].text in he_or_she and _personal_name_shaped(ent)):
            yield _span(doc, ent.start, ent.end, label="PERSON")
        else:
            yield ent


def _with_surname(ent):
    """ "Espen Barth" + "Eide told": a person's name the model cut before the word the parse compounds it
    onto, a capitalised name word that ends the phrase (not a body's or a place's head: "Jane Roe Foundation")."""
    doc = ent.doc
    after = doc[ent.end] if ent.label_ == "PERSON" and ent.end < len(doc) else None
    if after is None or after.ent_type_ or after.pos_ != "PROPN" or not after.is_title or after.dep_ == "compound" \
            or ent[-1].dep_ != "compound" or ent[-1].head.i != after.i or after.lower_ in ORGANIZATION_HEADS \
            or after.lower_ in PLACE_NOUNS:
        return ent
    return _span(doc, ent.start, ent.end + 1, label="PERSON")


PERSONAL_PRONOUNS = frozenset({"he", "she"})  # a body is "it" or "they"
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _taken_up_as_he_or_she(doc) -> frozenset[str]:
    """Names that "he" or "she" takes up as the next sentence's subject: "Roe stressed ... . She added ...".
    Only where the name is the one named subject of its sentence and no person is named in either."""
    names = set()
    sentences = list(doc.sents)
    with_person = {e.sent.start for e in doc.ents if e.label_ == "PERSON"}
    for sent, after in zip(sentences, sentences[1:]):
        subjects = [t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.ent_type_ not in PLACE_LABELS]
        if len(subjects) != 1 or {sent.start, after.start} & with_person:
            continue
        if any(t.dep_ == "nsubj" and t.lower_ in PERSONAL_PRONOUNS for t in after):
            names.add(subjects[0].text)
    return frozenset(names)


def _label(kind) -> bool:
    """ "Environmental group X", "aid group X", "talks with operator X": a kind of body with no article
    before it labels the name that follows (news style), where "the party Jane Roe leads" describes one."""
    if kind is None or kind.lemma_.lower() not in KIND_NOUNS:
        return False
    start = min([kind.i] + [c.i for c in kind.lefts if c.dep_ in ("amod", "compound")])
    return start == kind.sent.start or kind.doc[start - 1].is_punct or kind.doc[start - 1].pos_ in ("ADP", "CCONJ")


def _apposed_to(ent, kind) -> bool:
    """ "the state pension fund X": the parse sets the name beside the kind noun, naming it (in "the party
    Jane Roe leads" the name is the subject of the clause that describes the party)."""
    return kind is not None and ent.root.dep_ == "appos" and ent.root.head.i == kind.i


def _taken_up_as_it(ent) -> bool:
    """The subject name is taken up by "its" in its own clause ("X said its staff ...")."""
    verb = ent.root.head
    return ent.root.dep_ == "nsubj" and any(t.lower_ == "its" and t.i > ent.end for t in verb.subtree)


def _said_as_it(doc) -> set[str]:
    """ "X said it would appeal": names whose subject speaks of itself as "it", a body (a person would be
    "he" or "she"), however the model tagged that mention or the others."""
    found = set()
    for verb in doc:
        if verb.lemma_ not in SAY_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < verb.i), None)
        if subject is not None and any(c.dep_ == "ccomp" and any(
                s.dep_ == "nsubj" and s.lower_ == "it" and verb.i < s.i <= verb.i + 2  # not a quotation's "it"
                for s in c.children) for c in verb.children):
            start = next(t.i for t in doc[subject.left_edge.i:subject.i + 1] if t.dep_ != "det")
            found.add(strip_possessive(doc[start:subject.i + 1].text))
    return found


def _personal_name_shaped(ent) -> bool:
    """One to three capitalised words, none a body's head, no acronym: what a person's name looks like."""
    return len(ent) <= 3 and all(NAME_TOKEN.match(t.text) and not t.is_upper for t in ent) \
        and not _organization_shaped(ent)


def _titled_name(ent) -> bool:
    """ "Union leaders Ivo Dane", "executive chair Jane Roe", "Councillor Jane Roe" tagged as a body: two or
    three words shaped like a person's name, right after an office's word, are the office holder."""
    if ent.label_ != "ORG":
        return False
    if ent[0].lower_ in ROLE_WORDS:
        return len(ent) > 2 and _personal_name_shaped(ent[1:])
    before = ent.doc[max(0, ent.start - 2):ent.start]  # "leaders X", "chief executive X" (not "editor of X")
    return len(before) > 0 and before[-1].pos_ in ("NOUN", "ADJ") and before[-1].is_lower \
        and any(t.lower_ in ROLE_WORDS or t.lemma_ in ROLE_WORDS for t in before) \
        and len(ent) > 1 and _personal_name_shaped(ent)


def _owning_body(ent):
    """ "the Eastland University's Centre for Trade", one entity: the body before the possessive, which
    owns the one after it (the span of the owner, or None). "Roe's Diner" stays one name."""
    cut = next((t.i for t in ent[1:-1] if POSSESSIVE.fullmatch(t.text)), None)
    if cut is None or not ent.doc[cut + 1].text[:1].isupper():
        return None
    owner = _span(ent.doc, ent.start, cut, label="ORG")
    return owner if owner[-1].lower_ in ORGANIZATION_HEADS else None


def _joined_to_place(spans: list) -> list:
    """ "the Utopia Women's" + "National Team", "Northtown" + "County Assembly": an organisation whose name
    the model cut after the place it opens with, one name again; so is "the Supreme Court of" + "Utopia", cut
    before the place it ends with."""
    joined = []
    for span in spans:
        before = joined[-1] if joined else None
        opens = before is not None and before.label_ == "GPE" and span.label_ == "ORG" and not before.text.isupper() \
            and span.root.text[:1].isupper() and span.root.lower_ in ORG_NOUNS
        ends = before is not None and before.label_ == "ORG" and before[-1].lower_ == "of" and span.label_ == "GPE"
        if before is not None and before.end == span.start and (opens or ends):
            joined[-1] = _span(span.doc, before.start, span.end, label="ORG")
        else:
            joined.append(span)
    return joined


def _demonym_and_given_name(ent, places: Gazetteer):
    """ "Utopian Jane" tagged as an organisation, the surname after it left out or tagged apart: the
    person's name after the demonym, or None."""
    doc = ent.doc
    if len(ent) != 2 or not places.demonym(ent[0].text) or ent.end >= len(doc):
        return None
    given, surname = ent[1], doc[ent.end]
    if given.dep_ != "compound" or given.head.i != surname.i or surname.ent_type_ not in ("", "PRODUCT", "PERSON") \
            or surname.pos_ != "PROPN" or not NAME_TOKEN.match(surname.text):
        return None
    return _span(doc, given.i, surname.i + 1, label="PERSON")


def _organization_shaped(ent) -> bool:
    """A name no person bears: headed by a noun of bodies, firms or buildings ("the Jane Roe Memorial
    Hospital", "Roe Doe Attorneys", "Lycée Roe"), an acronym in capitals ("ACR"), or placed as only a body's
    name is (see `_placed_as_body`)."""
    if len(ent) > 1 and POSSESSIVE.fullmatch(ent[-1].text):
        ent = ent[:-1]  # "Acme Mining's shares"
    last = ent[-1]
    if len(ent) > 1 and (ent[0].lower_ in HEADS_FIRST or (last.text[:1].isupper() and last.lower_ in ORGANIZATION_HEADS)):
        return True
    return (len(ent) == 1 and ACRONYM.fullmatch(last.text) is not None) or _placed_as_body(ent)


def _placed_as_body(ent) -> bool:
    """One word after "the" or "that" ("in the Veldraad"; in "the Roe administration" it may be a person's,
    in "the Veldraad committee" it is the chamber's), or a name right after a noun of bodies ("the groups X
    and Y")."""
    if not ent.start:
        return False
    before, word = ent.doc[ent.start - 1], ent[-1]
    if len(ent) == 1 and before.lower_ in DETERMINERS:
        if word.dep_ in MODIFIER_DEPS:
            return word.head.text.islower() and word.head.lemma_ in CHAMBER_PARTS
        return word.tag_ != "NNPS"
    if before.text.islower() and before.lower_ in OUTLET_NOUNS:
        return True  # "the opposition daily X", "the broadcaster Y"
    return before.text.islower() and before.lemma_ in ORG_NOUNS and ent.root.dep_ not in ("nsubj", "nsubjpass")


# Kinds of news outlet written right before its name.
OUTLET_NOUNS = frozenset({"daily", "dailies", "newspaper", "paper", "weekly", "magazine", "tabloid", "broadcaster",
                          "outlet", "website", "newswire", "channel", "publication"})
# Parts and doings of a legislature that its one-word name modifies ("the Veldraad committee"); a person's
# name modifies other nouns ("the Roe administration", "the Roe team").
CHAMBER_PARTS = frozenset({"committee", "subcommittee", "chamber", "floor", "sitting", "recess"})
DETERMINERS = frozenset({"the", "this", "that"})  # no one's name follows them ("the Smiths" are a family)
ENTITY_BREAKS = frozenset("•|—–")  # a dateline's or a menu's separator is never inside a name


def _trimmed(ent):
    """An organisation entity without what the model glued to it: a credit in capitals ("AGENCY Jane Roe"),
    a verb opening the sentence ("Citing Acme's"), a dateline before a separator ("CITY • Acme said")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if end - start > 2 and glued_credit(doc[start]):
        start += 1
    start = max([start] + [t.i + 1 for t in doc[start:end] if t.text in ENTITY_BREAKS])
    while start < end and doc[start].pos_ == "VERB":
        start += 1
    if start >= end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else _span(doc, start, end, label="ORG")


def _holds_office(ent) -> bool:
    """ "X was elected the President", "X became chair": the subject of an office, so a person. So is a
    person-shaped name set beside an office ("the agency's director, X", "X, the director of Y")."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("attr", "oprd") and c.lower_ in ROLE_WORDS for c in root.head.children):
        return True
    return any(t.lower_ in ROLE_WORDS and t.pos_ == "NOUN" for t in _set_beside(root, ent.start)) \
        and _personal_name_shaped(ent)


def _after_office(ent) -> bool:
    """ "Opposition lawmaker Jane Roe": a full name (two words or more) right after an office word is a person."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.lower_ in ROLE_WORDS and len(ent) >= 2 and _personal_name_shaped(ent)


def _set_beside(root, start: int) -> list:
    """The phrase heads a name is set beside by apposition: before it ("the agency's director, X") or after
    it ("X, the director of Y")."""
    if root.dep_ == "appos" and root.head.i < start:
        head = root.head  # "A spokeswoman for the firm, X": the parser hangs X on the body the office serves
        served = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
        return [served if served is not None and served.lower_ in ROLE_WORDS else head]
    return [c for c in root.children if c.dep_ == "appos" and c.i > start]


HEADLINE_CASE_WORDS = 5  # words a line needs before its case says anything


def _headline_case(words) -> bool:
    """Every longer word capitalised, and a small word too ("Push For", "Talks To Resume"): headline case,
    not a list of names in prose ("Defense Minister X and Adviser Y")."""
    return len(words) >= HEADLINE_CASE_WORDS and all(t.text[0].isupper() for t in words if len(t) > 3) \
        and any(t.is_stop and t.text[0].isupper() for t in words[1:])


def _headline_case_sentences(doc) -> tuple[set[int], str]:
    """The starts of sentences written in headline case (a headline repeated in the body, a menu line),
    where the model takes capitalised words for names, and the text of all other sentences."""
    starts, prose = set(), []
    for sent in doc.sents:
        if _headline_case([t for t in sent if t.is_alpha]):
            starts.add(sent.start)
        else:
            prose.append(sent.text)
    return starts, " ".join(prose)


# Nouns a place's name modifies: settlements ("the Northtown communities", "Eastport island") and what
# happens somewhere ("the Northtown violence").
PLACE_MODIFIED_NOUNS = frozenset(PLACE_NOUNS) | {"community", "communities", "area", "areas", "village", "villages",
                                                 "town", "city", "coast", "valley", "incident", "violence", "massacre",
                                                 "earthquake", "quake", "floods", "clashes", "riots", "neighborhood",
                                                 "neighbourhood"}


def _place_like(ent) -> bool:
    """A name the model took for a person that the sentence uses as a place: the object of a preposition
    of place, one of a list of places, or the modifier of a settlement or an event noun. (People are
    rarely any; a name of several words the gazetteer knows as a place is one too.)"""
    root = ent.root
    if _located(ent) or (root.dep_ == "compound" and root.head.lower_ in PLACE_MODIFIED_NOUNS):
        return True
    near = [root.head] if root.dep_ == "conj" else []
    near += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in ("GPE", "LOC") for t in near)


def _named_as_place(name: str, called: frozenset[str]) -> bool:
    """A one-word name the model took for a person that the text itself calls a region ("the Eastland
    region"; nobody writes "the Smith province")."""
    return " " not in name and name.casefold() in called


def _person_name(ent, places: Gazetteer):
    """The name inside a PERSON span: possessives, verbs and glued country names cut off."""
    tokens = [t for t in ent if not POSSESSIVE.fullmatch(t.text)]
    title = max((i for i, t in enumerate(tokens[:-1]) if _title_word(t, places)), default=-1)
    tokens = tokens[title + 1:]  # "Mr", "Party MP", "Kenyan", "Foreign Minister": the name starts after them
    while tokens and (tokens[0].pos_ in ("VERB", "AUX") or tokens[0].text == "."
                      or (len(tokens) > 2 and tokens[0].text.isupper() and not tokens[1].text.isupper())):
        tokens = tokens[1:]  # a verb the model took in, a glued credit ("AGENCY Jane Doe")
    while tokens and (places.country(tokens[-1].text) or places.demonym(tokens[-1].text)
                      or tokens[-1].text.casefold() in ROLE_WORDS):
        tokens = tokens[:-1]
    doc = ent.doc
    if len(tokens) == 1 and tokens[0].i > 0 and _given_name(doc[tokens[0].i - 1], places):
        tokens.insert(0, doc[tokens[0].i - 1])  # "Defense Minister Ivo [Dane]": the model cut the given name
    elif len(tokens) == 1 and _given_name(tokens[0], places) and tokens[0].head.i == tokens[0].i + 1 \
            and tokens[0].head.pos_ == "PROPN" and tokens[0].head.ent_type_ == "" and NAME_TOKEN.match(tokens[0].head.text):
        tokens.append(tokens[0].head)  # "[Ayla] Tamir must": the model cut the surname
    if not tokens:
        return None, None
    words = strip_possessive(doc[tokens[0].i:tokens[-1].i + 1].text).split()  # "Ben-Ami" stays one word
    if not words or len(words) > MAX_NAME_WORDS or not (NAME_TOKEN.match(words[0]) and NAME_TOKEN.match(words[-1])) \
            or not all(NAME_TOKEN.match(w) or w in NAME_PARTICLES for w in words):
        return None, None
    name = " ".join(words)
    if places.country(name) or places.demonym(name) or places.seat(name) or places.large_city(name):
        return None, None
    return name, (ent.doc, tokens[0].i, tokens[-1].i + 1)


MAX_NAME_WORDS = 5
# Small words inside surnames, written in lower case: "Piet van der Berg", "Ana dos Santos", "Omar bin Said".
NAME_PARTICLES = frozenset("""van von der den de del della di da do dos das du la le bin binti ibn al el ben ter ten
zu""".split())


def _title_word(token, places: Gazetteer) -> bool:
    """A word of a title or origin written before a name: an office, a form of address, a demonym."""
    word = token.text.casefold().rstrip(".")
    return (word in ROLE_WORDS or word in HONORIFICS or bool(places.demonym(token.text))
            or bool(places.country(token.text)))


def _given_name(token, places: Gazetteer) -> bool:
    return (token.pos_ == "PROPN" and bool(NAME_TOKEN.match(token.text)) and token.ent_type_ in ("", "PERSON")
            and not _title_word(token, places) and token.dep_ == "compound")


def same_person(a: str, b: str) -> bool:
    pa, pb = a.split(), b.split()
    first_a, last_a, first_b, last_b = pa[0], pa[-1], pb[0], pb[-1]
    surname = fuzz.ratio(last_a.casefold(), last_b.casefold())
    given = fuzz.ratio(first_a.casefold(), first_b.casefold())
    if surname == 100 and (given >= 70 or first_a[0] == first_b[0]):
        return True   # Sergey / Sergei Dane
    if given == 100 and any(min(len(x), len(y)) >= 5 and fuzz.ratio(x.casefold(), y.casefold()) >= 70
                            for x in pa[1:] for y in pb[1:]):
        return True   # Ivo Meyerhof / Ivo Maierhof, Ana Sousa / Ana Souza Lima: same given name, close surname
    return fuzz.ratio(a.casefold(), b.casefold()) >= 90


def _last_before(cluster: _Cluster, position: int) -> int:
    """Where the cluster was last named before a position: a surname two people share ("Roe" of "Jane
    Roe" and "Ivo Roe") is the one named last (-1: named only after it)."""
    return max((char for char in cluster.chars if char < position), default=-1)


def _one_ends_other(a: str, b: str) -> bool:
    """ "Marten Ek" and "Joel Marten Ek": a surname of several words, written alone."""
    short, long = sorted((a.split(), b.split()), key=len)
    return 1 < len(short) < len(long) and long[-len(short):] == short


def surname_match(single: str, full: str) -> bool:
    last = full.split()[-1].casefold()
    word = single.casefold()
    if word == last or word in (p.casefold() for p in full.split()[1:]):
        return True
    # a typo or transliteration of the surname: strong similarity and the same length class
    return len(word) >= 5 and fuzz.ratio(word, last) >= 85 and abs(len(word) - len(last)) <= 2


def _cluster_people(people, places: Gazetteer) -> list[_Cluster]:
    fulls: list[tuple[str, _Cluster]] = []
    singles: list[tuple[str, int, object]] = []
    for name, position, span in people:
        if len(name.split()) == 1:
            singles.append((name, position, span))
            continue
        for rep, cluster in fulls:
            if same_person(rep, name) or _one_ends_other(rep, name):
                break
        else:
            cluster = _Cluster("person")
            fulls.append((name, cluster))
        cluster.add(name, position, span)
    lone: dict[str, _Cluster] = {}
    for name, position, span in singles:
        bearers = [c for _, c in fulls if any(surname_match(name, f) for f in c.forms)]
        match = max(bearers, key=lambda c: _last_before(c, position), default=None)
        if match is None:  # a given name alone ("Getachew"), when one person of the article has it
            given = [c for _, c in fulls if any(f.split()[0].casefold() == name.casefold() for f in c.forms)]
            match = given[0] if len(given) == 1 else None
        if match is None:
            key = next((k for k in lone if k.casefold() == name.casefold()
                        or (len(name) >= 5 and fuzz.ratio(k.casefold(), name.casefold()) >= 90)), name)
            match = lone.setdefault(key, _Cluster("person"))
        match.add(name, position, span)
    clusters = [c for _, c in fulls] + list(lone.values())
    for cluster in clusters:
        for span in cluster.spans:
            _read_sides(cluster, span, places)
    return clusters


def _read_sides(cluster: _Cluster, span, places: Gazetteer) -> None:
    """Fill what the cluster lacks of role and side from the words around one mention."""
    if not (cluster.role and cluster.affiliation):
        role, affiliation = role_and_affiliation(*span, places)
        cluster.role, cluster.affiliation = cluster.role or role, cluster.affiliation or affiliation


# Nouns for the people of a body: "Acme officials ...; the officials are X and Y" makes X and Y Acme's.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})  # "his Cabinet": a generic body
PEOPLE_MARKERS = frozenset({"ethnic"})  # words before a people's name, which the model tags as a body
MEMBER_NOUNS = frozenset({"official", "officer", "leader", "member", "chief", "executive", "representative",
                          "delegate", "director", "negotiator"})
# Nouns a body's name modifies as their owner ("Acme officials", "X counter-terrorism force", "Channel 9
# news"), unlike "Acme phones" or "the Cabinet meeting".
BODY_HEADS = MEMBER_NOUNS | frozenset("""spokesman spokeswoman spokesperson force troop soldier staff
employee worker news mission""".split())
# Verbs that name the members of a group: "the officials include X", "the leaders are X and Y".
MEMBER_VERBS = frozenset({"be", "include"})
# Offices that belong to a kind of body: a judge serves the court an article names, a mayor its council.
OFFICE_BODIES = {"judge": ("court", "tribunal"), "justice": ("court",), "magistrate": ("court",),
                 "mayor": ("council",), "councillor": ("council",), "councilor": ("council",), "cllr": ("council",)}


# Owners of an office that name a body only by what it is: "its president", "the agency's director".
OWNING_PRONOUNS = frozenset({"its", "their"})
PERSONAL_OWNERS = frozenset({"his", "her"})  # "her spokesman": the person named last before
GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "body"})  # "the group's": any kind of body
OWNER_LOOK_BACK = 500  # characters: "its", "the agency" stand for a body named in the last sentence or two


def _affiliate_by_owner(persons: list[_Cluster], orgs: dict[str, _Cluster]) -> None:
    """ "Its president, X", "the agency's director, X": an office owned by a body the text names again by a
    pronoun or a noun is that body's, the one named last before it (whose name holds the noun)."""
    for cluster in persons:
        if cluster.affiliation is not None:
            continue
        for doc, start, end in cluster.spans:
            owner = _office_owner(doc[start:end].root, start)
            if owner is None:
                continue
            if owner.pos_ == "PROPN":  # "Acme's legal director, X", whatever the model tagged Acme
                body = next((c for c in orgs.values() if owner.text in c.forms), None)
                if body is not None:
                    cluster.affiliation = body.label
                    break
                continue
            position, opening, owner = owner.idx, owner, _pronoun_antecedent(owner)
            word = owner.lemma_.lower()
            bodies = [c for c in orgs.values() if _could_be(owner, word, c.label)]
            body = _topic(opening, bodies) or _mentioned_last(position, bodies)
            if body is not None:
                cluster.affiliation, cluster.role = body.label, _without_body(cluster.role, owner)
                break


def _without_body(role: Optional[str], owner) -> Optional[str]:
    """ "spokeswoman for the firm" -> "spokeswoman": the words that said whom the office serves, once the
    side says it."""
    tail = f" {owner.head.lower_} the {owner.lower_}" if owner.dep_ == "pobj" else None
    return role[:-len(tail)] if role and tail and role.casefold().endswith(tail) else role


def _pronoun_antecedent(owner):
    """ "The inspectorate has ... . Its director, X": a pronoun after a sentence whose subject is a body
    described by a common noun stands for that noun (matched against names like "the inspectorate's"); a
    pronoun later in a sentence may stand for its own subject, so only one that opens it is read so."""
    if owner.lower_ not in OWNING_PRONOUNS or owner.i != owner.sent.start:
        return owner
    subject = _previous_subject(owner)
    if subject is not None and subject.pos_ == "NOUN" and subject.text.islower() and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return subject
    return owner


def _topic(owner, bodies: list[_Cluster]) -> Optional[_Cluster]:
    """ "Acme, which owns 4% of Zeta, said ... . The fund's founder, X" (or "Its founder"): a body named
    again at the opening of a sentence is the one the sentence before is about, its subject, where that
    may be it; None if the subject is none of them."""
    subject = _previous_subject(owner) if owner.i <= owner.sent.start + 1 else None
    if subject is None:
        return None
    return next((c for c in bodies if any(subject.left_edge.idx <= at <= subject.idx for at in c.chars)), None)


def _previous_subject(token):
    """The subject of the main clause of the sentence before the token's (None in the first sentence)."""
    start = token.sent.start
    return next((c for c in token.doc[start - 1].sent.root.children if c.dep_ == "nsubj"), None) if start else None


def _could_be(owner, word: str, name: str) -> bool:
    """Whether a body's name fits its owning word: a pronoun or "the group's" any body, "the company's" a
    body whose name is no institution's, "the agency's" a name holding "agency"."""
    words = name.casefold().split()
    if owner.lower_ in OWNING_PRONOUNS or word in GENERIC_BODY_NOUNS:
        return True
    if word in COMPANY_NOUNS:
        return not INSTITUTION_NOUNS.intersection(words)
    return word in words


def _office_owner(root, start: int):
    """The pronoun, common noun or name that owns the office a name is set beside ("Its" of "Its president,
    X", "the group's" of "X, the group's coordinator", "Acme" of "X, Acme's legal director")."""
    office = next(iter(_set_beside(root, start)), None)
    if office is None or not any(t.lower_ in ROLE_WORDS for head in (office, *office.conjuncts)
                                 for t in (head, *head.children)
                                 if t.i == head.i or t.dep_ in MODIFIER_DEPS):  # "chief executive"
        return None  # (the parser may join the office to a place its title opens with: "Asia coordinator")
    owner = next((c for c in office.children if c.dep_ == "poss"), None) or described_body(office)
    if owner is None or not (owner.lower_ in OWNING_PRONOUNS or owner.pos_ == "PROPN" or owner.pos_ == "NOUN"
                             and owner.text.islower() and owner.lemma_ in KIND_NOUNS | GENERIC_BODY_NOUNS):
        return None
    return owner


def _affiliate_by_body(persons: list[_Cluster], orgs: dict[str, _Cluster], doc) -> None:
    """Sides that the text gives through a body rather than next to the name: members named of a group
    noun whose organisation the article states ("KMPDU officials ..."; "the officials include X"), and an
    office of a kind of body when the article names one such body ("Judge X" and "the High Court")."""
    names = {form.casefold(): c.label for c in orgs.values() for form in c.forms}
    owners = _member_owners(doc, names)
    for cluster in persons:
        if cluster.affiliation is None:
            cluster.affiliation = (_group_of(cluster, owners, names) or _body_of(cluster, orgs)
                                   or _ministry_of(cluster, orgs))


def _member_owners(doc, names: dict[str, str]) -> dict[str, set[str]]:
    """For each member noun, the organisations the article attaches it to ("Acme officials", "officials
    of Acme", "Acme's leaders")."""
    owners: dict[str, set[str]] = {}
    for token in doc:
        if token.lemma_ in MEMBER_NOUNS and token.pos_ == "NOUN":
            owner = _owner_of(token, names)
            if owner:
                owners.setdefault(token.lemma_, set()).add(owner)
    return owners


def _owner_of(noun, names: dict[str, str]) -> Optional[str]:
    for child in noun.children:
        target = child if child.dep_ in ("compound", "poss") else next(
            (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "of" \
            else None
        if target is not None and target.ent_type_ == "ORG":
            name = entity_of(target).text
            found = names.get(strip_article(strip_possessive(name)).casefold())
            if found:
                return found
    return None


# Roles that serve a person ("Jane Roe's close ally X", "the minister's spokesman X"): X is on Jane Roe's side.
PATRON_ROLES = frozenset({"ally", "aide", "adviser", "advisor", "deputy", "spokesman", "spokeswoman",
                          "spokesperson", "lieutenant", "confidant", "confidante", "lawyer", "attorney", "counsel"})


def _affiliate_by_patron(persons: list[_Cluster]) -> None:
    """ "Jane Roe's close ally X", "Her spokesman, X": X takes the side of the person they serve, where the
    text gives it; "her" is the person named last before it."""
    by_form = {form: c for c in persons for form in c.forms}
    for cluster in persons:
        if cluster.affiliation in by_form and " " not in cluster.affiliation and " " in by_form[cluster.affiliation].name:
            cluster.affiliation = None  # the surname of a person named in full, taken for a body: nobody's side
        if cluster.affiliation is not None:
            continue
        for doc, start, end in cluster.spans:
            owner = _patron_word(doc, start, end)
            if owner is None:
                continue
            if owner.lower_ in PERSONAL_OWNERS:
                patron = _mentioned_last(owner.idx, [c for c in persons if c is not cluster])
            else:  # "Roe" of "Jane Roe's ally", "President Jane Roe" of "an adviser to President Jane Roe"
                patron = by_form.get(owner.text) or by_form.get(strip_possessive(entity_of(owner).text))
            if patron is not None and patron is not cluster:
                cluster.affiliation, cluster.patron = patron.affiliation, patron  # the patron's home, if none
                break


def _patron_word(doc, start: int, end: int):
    """The owner of the serving role before a name or set beside it: "Roe" of "Jane Roe's close ally X",
    "Her" of "Her spokesman, X", "Roe" of "X, an adviser to President Jane Roe"."""
    roles = [t for t in words_before(doc, start) if t.lower_ in PATRON_ROLES]
    roles += [t for t in _set_beside(doc[start:end].root, start) if t.lower_ in PATRON_ROLES]
    return next((c for role in roles for c in role.children if c.dep_ == "poss"), None) or next(
        (o for role in roles for p in role.children if p.dep_ == "prep" and p.lower_ == "to"
         for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)  # "an adviser to President Y"


def _affiliate_by_office(persons: list[_Cluster], doc, places: Gazetteer) -> None:
    """ "Utopia's foreign minister appealed ... . Foreign Minister Jane Roe said ...": an office the text
    gives a state where it names no one is that state's, for the one person who holds it with no side."""
    states = _unnamed_offices(doc, places)
    holders = Counter(c.role.casefold() for c in persons if c.role)
    for cluster in persons:
        office = cluster.role.casefold() if cluster.role else None
        if cluster.affiliation is None and cluster.patron is None and office in states and len(states[office]) == 1 \
                and holders[office] == 1:
            cluster.affiliation = next(iter(states[office]))


def _unnamed_offices(doc, places: Gazetteer) -> dict[str, set[str]]:
    """Office -> the states that own it where no name is set beside it ("Utopia's foreign minister",
    "the Utopian interior minister")."""
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.lower_ not in ROLE_WORDS or token.pos_ != "NOUN" or _names_beside(token):
            continue
        words = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.text.islower()]
        owner = next((places.country(strip_possessive(c.text)) or places.demonym(c.text) for c in token.lefts
                      if c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()), None)
        if owner:
            found.setdefault(" ".join([*(w.lower_ for w in words), token.lower_]), set()).add(owner)
    return found


def _names_beside(office) -> bool:
    """A person is named with the office: "minister Jane Roe", "the minister, Jane Roe", "Jane Roe, the minister"."""
    doc = office.doc
    return (office.i + 1 < len(doc) and doc[office.i + 1].ent_type_ == "PERSON") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in office.children) or (
        office.dep_ == "appos" and office.head.ent_type_ == "PERSON")


def _mentioned_last(position: int, clusters: list[_Cluster]) -> Optional[_Cluster]:
    """The cluster with the last mention before a position, within the look-back a pronoun reaches."""
    near = [c for c in clusters if any(position - OWNER_LOOK_BACK <= at < position for at in c.chars)]
    return max(near, key=lambda c: (max(at for at in c.chars if at < position), c.label), default=None)


def _group_of(cluster: _Cluster, owners: dict[str, set[str]], names: dict[str, str]) -> Optional[str]:
    """ "The officials include Chair X and Y" / "the other officials are X, Y and Z": the organisation of
    the group noun, stated with it or the one the article attaches that noun to."""
    for doc, start, end in cluster.spans:
        item = doc[start:end].root
        while item.dep_ == "conj" and item.head.i < item.i:
            item = item.head
        verb = item.head
        if item.dep_ not in ("attr", "dobj") or verb.lemma_ not in MEMBER_VERBS:
            continue
        group = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in MEMBER_NOUNS), None)
        if group is not None:
            stated = _owner_of(group, names)
            known = owners.get(group.lemma_, set())
            return stated or (next(iter(known)) if len(known) == 1 else None)
    return None


def _body_of(cluster: _Cluster, orgs: dict[str, _Cluster]) -> Optional[str]:
    """The one body of the office's kind the article names: a judge's court, a mayor's council."""
    kinds = {noun for word in role_words(cluster.role) for noun in OFFICE_BODIES.get(word, ())}
    if not kinds:
        return None
    bodies = {c.label for c in orgs.values() if c.label.split()[-1].casefold() in kinds}
    return bodies.pop() if len(bodies) == 1 else None


def _ministry_of(cluster: _Cluster, orgs: dict[str, _Cluster]) -> Optional[str]:
    """ "Health Secretary X" and "the Department of Health": the one ministry of the office's field that
    the article names."""
    fields = role_words(cluster.role) & PORTFOLIOS
    if not fields:
        return None
    initials = {_initials(f"{noun} of {field}", True) for noun in MINISTRY_NOUNS for field in fields} | {
        _initials(f"{field} {noun}", True) for noun in MINISTRY_NOUNS for field in fields}
    found = set()
    for org in orgs.values():
        name = org.label
        words = {w.casefold() for w in name.split()}
        if (words & fields and words & MINISTRY_NOUNS) or name in initials:  # "the Department of Health", "DOH"
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _sides_are_parties(persons: list[_Cluster], orgs: dict[str, _Cluster], countries: dict[str, _Cluster],
                       text: str, places: Gazetteer) -> bool:
    """The organisation or state a person acts for is a party of the article ("Acme party leader X", "Y, a
    party led by X", "Utopia President X"), even where it is only named in a title or the model did not tag
    it. True when a body was added."""
    added = False
    forms = {form.casefold(): c for c in orgs.values() for form in c.forms}
    for person in persons:
        side = person.affiliation
        seat = places.seat(side) if side and not places.place(side) else None
        if seat and text.find(side) >= 0:  # "a Kremlin spokesman": the building stands for its state
            countries.setdefault(seat, _Cluster("country", canonical=seat)).add(side, text.find(side))
            side = person.affiliation = seat
        if side in countries:
            countries[side].acts = True  # "Utopia President X": the state acts through its office holder
        if not side or side in countries or places.country(side) or places.place(side):
            continue
        cluster = forms.get(side.casefold())
        if cluster is None:
            position = text.find(side)
            if position < 0:
                continue
            cluster = orgs.setdefault(side.casefold(), _Cluster("organization"))
            cluster.add(side, position)
            forms[side.casefold()] = cluster
            added = True
        cluster.acts = True
    return added


def _sides_as_listed(persons: list[_Cluster], orgs: dict[str, _Cluster], countries: dict[str, _Cluster]) -> None:
    """A side written as the text shortens it ("ACR", "Acme" of "Acme's chief executive") is given by the
    name its organisation is listed under ("Agency for Coastal Repair", "Acme Holdings")."""
    names = {form.casefold(): c.label for c in orgs.values() for form in c.forms}
    for person in persons:
        side = person.affiliation
        if side is None and person.role:
            _side_in_role(person, list(orgs.values()))
            continue
        if not side or side in countries:
            continue
        label = names.get(side.casefold())
        if label is None and " " not in side:
            holder = _one_holding(side, list(orgs.values()))
            label = holder.label if holder else None
        person.affiliation = label or side


MAX_UNTAGGED_NAME = 3  # words of a name read after a title the model left untagged
MISREAD_LABELS = frozenset({"", "GPE", "LOC"})  # what the model calls a rare name it does not know as a person


def _untagged_titled_names(doc, covered: set[int], places: Gazetteer) -> list[tuple[str, int, object]]:
    """ "Lord Mayor Ivo Dane will ...": a name of two or three capitalised words after a capitalised title
    that the model left untagged, as person mentions (name, position, span)."""
    found = []
    for token in doc:
        title = token.text.casefold().rstrip(".")
        titled = title in ROLE_WORDS or title in HONORIFICS or office_acronym(token)
        if not (token.text[:1].isupper() and titled) or token.i + 1 in covered:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= MAX_UNTAGGED_NAME and _untagged_name_word(doc[end], places):
            end += 1
        words = doc[token.i + 1:end]
        if len(words) >= 2 and all(t.head.i == words[-1].i for t in words[:-1]) and words[-1].head.i >= end \
                and _personal_name_shaped(words) and words[-1].lower_ not in NON_PARTY_HEADS:
            covered.update(range(words.start, words.end))
            found.append((words.text, words.start_char, (doc, words.start, words.end)))
    return found


def _apposed_names(doc, covered: set[int], places: Gazetteer) -> list[tuple[str, int, object]]:
    """ "The Utopian ambassador to X, Ivo Dane, ...", "A spokesman for Acme, Jane Roe, said": a name of two or
    three capitalised words set off by commas after an office's noun is its holder, where the model left it
    untagged or took it for a place it is not."""
    found = []
    for token in doc:
        if token.dep_ != "appos" or token.head.lemma_.lower() not in ROLE_WORDS or token.ent_type_ not in MISREAD_LABELS:
            continue
        words = doc[token.left_edge.i:token.i + 1]
        name = words.text
        if not (2 <= len(words) <= MAX_UNTAGGED_NAME and doc[words.start - 1].text == ","
                and all(t.tag_ == "NNP" and NAME_TOKEN.match(t.text) for t in words) and _personal_name_shaped(words)):
            continue
        if places.place(name) or places.country(name) or places.seat(name) \
                or words[-1].lower_ in PLACE_NOUNS + SETTLEMENT_NOUNS:  # "Eastport City"
            continue
        covered.update(range(words.start, words.end))
        found.append((name, words.start_char, (doc, words.start, words.end)))
    return found


def _untagged_name_word(token, places: Gazetteer) -> bool:
    return token.ent_type_ == "" and token.tag_ in ("NNP", "NNPS") and bool(NAME_TOKEN.match(token.text)) \
        and not _title_word(token, places) and not places.place(token.text)


def _untagged_surnames(doc, persons: list[_Cluster], covered: set[int], places: Gazetteer) -> None:
    """ "Loeb said his fund ...": a surname the model did not tag is still a mention of the one person of
    the article who has it (it counts, and its sentence may give the side)."""
    owners: dict[str, list[_Cluster]] = {}
    for cluster in persons:
        for surname in {form.split()[-1] for form in cluster.forms if " " in form}:
            owners.setdefault(surname, []).append(cluster)
    for token in doc:
        clusters = owners.get(token.text)
        if token.i in covered or token.pos_ != "PROPN" or not clusters or len(clusters) > 1:
            continue
        span = (doc, token.i, token.i + 1)
        clusters[0].add(token.text, token.idx, span)
        _read_sides(clusters[0], span, places)


def _untagged_short_names(doc, orgs: dict[str, _Cluster], covered: set[int], places: Gazetteer,
                          common: frozenset[str]) -> None:
    """ "asking Acme to ...", "Acme's board": the first word of a body's name (or its one-word name), left
    untagged, is a mention of the one party whose name opens with it (not a state's name, nor a place where
    something is, nor a word the text also writes in lower case, nor the start of a longer name)."""
    owners: dict[str, list[_Cluster]] = {}
    for cluster in orgs.values():
        first = cluster.label.split()[0]
        if NAME_TOKEN.match(first):
            owners.setdefault(first, []).append(cluster)
    owners = {word: clusters for word, clusters in owners.items() if len(clusters) == 1 and clusters[0].acts}
    for token in doc:
        clusters = owners.get(strip_possessive(token.text)) if token.i not in covered else None
        if clusters and token.idx not in clusters[0].chars and _short_name_mention(token, places, common):
            clusters[0].canonical = clusters[0].label  # the name it is listed under stays the full one
            clusters[0].add(token.text, token.idx)


def _short_name_mention(token, places: Gazetteer, common: frozenset[str]) -> bool:
    """An untagged proper noun standing alone, not a state's name or a place something is in."""
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and not (i < token.i and token.is_sent_start)]
    return (token.pos_ == "PROPN" and not token.ent_type_ and not token.is_stop and token.lower_ not in common
            and not any(t.is_title for t in beside)  # "the Islamic State", "Acme Group": part of another name
            and not places.country(token.text) and not places.demonym(token.text)
            and not (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS))  # "in Acme": a town


def _listed_with(cluster: _Cluster, persons: list[_Cluster]) -> tuple[str, ...]:
    """Other office holders named in the same sentence as an office holder whose state is not given:
    "Also at the meeting were Defense Minister X, National Security Adviser Y and Army Chief of Staff Z"."""
    if cluster.kind != "person" or cluster.affiliation or not is_office(cluster.role):
        return ()
    return tuple(sorted(p.name for p in persons if p is not cluster and p.sentences & cluster.sentences
                        and is_office(p.role)))


def _home_state(cluster: _Cluster, countries: dict[str, _Cluster], setting: Optional[str]) -> Optional[str]:
    """For an office of state whose state the text does not give ("President Jane Roe said in Utopia"), and
    for whoever serves its holder ("her spokesman"): the one state named in the sentences that name the
    holder, else the country the story happens in (news style names a foreign leader's state, "Utopian
    President X", and leaves the home one's out). The state an article names most is not evidence: it is
    often the other side."""
    if cluster.patron is not None and not cluster.affiliation:
        cluster = cluster.patron  # one step: a patron's own patron is not followed
    if cluster.kind != "person" or cluster.affiliation or not role_words(cluster.role) & STATE_OFFICE_WORDS \
            or _office_of_body(cluster.role):
        return None
    sentences = [doc[start].sent for doc, start, _ in cluster.spans]
    near = {name for name, country in countries.items()
            if any(s.start_char <= char < s.end_char for s in sentences for char in country.chars)}
    return near.pop() if len(near) == 1 else (setting if not near else None)


def _office_of_body(role: str) -> bool:
    """ "president of the regional fisheries committee": an office of a body the role names, not of a state."""
    _, of, body = role.casefold().partition(" of ")
    return bool(of) and bool(set(body.split()) & KIND_NOUNS)


DATELINE_VOTES = 2  # a dateline ("TOKYO -") says where the story is more surely than a place in the text
DATELINE_MARKS = frozenset("•-–—,:|")


NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})  # entities that can name a place


def setting_state(article: Article, doc, places: Gazetteer, ents, body_text: str) -> Optional[str]:
    """The country a story happens in: where its dateline and the towns and provinces it names as places
    lie, and the countries it names as locations ("in Utopia"); None on a tie. A country named as an agent
    is no evidence (it is as often the other side)."""
    votes: Counter = Counter()
    filed = article.dateline and _state_of_place(article.dateline, places)
    if filed:
        votes[filed] += DATELINE_VOTES
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            continue
        text = strip_article(strip_possessive(ent.text))
        if ent.start == 0 and ent.end < len(doc) and doc[ent.end].text in DATELINE_MARKS:  # "Northtown - The ..."
            votes[_state_of_place(text, places)] += DATELINE_VOTES
            continue
        located = _located(ent)
        if (ent.label_ in ("GPE", "LOC", "FAC") or located) and not _is_agent(ent) and not _in_name(ent):
            votes[places.state_of_place(text) or (places.country(text) if located else None)] += 1
    for match in _PLACE_CALLED.finditer(body_text):  # "the Eastland region", tagged or not
        votes[places.state_of_place(match.group(1))] += 1
    votes.pop(None, None)
    ranked = votes.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _called_bodies(ents) -> frozenset[str]:
    """Names tagged as places or people that the text calls a body somewhere: set after a kind of body in
    lower case ("the ride-hailing company X", "aid group X") or with one in apposition ("X, a startup based
    in Y"); a name tagged as a person's only when "its" takes it up ("aid group X said its staff ..."); and
    any name that speaks of itself as "it" ("X said it would appeal")."""
    found = _said_as_it(ents[0].doc) if ents else set()
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "PERSON"):
            continue
        before = ent.doc[ent.start - 1] if ent.start else None
        if ent.label_ == "PERSON" and not (_taken_up_as_it(ent) or _label(before) or _apposed_to(ent, before)):
            before = None  # a person's name after a kind of body acting for it: "the party Jane Roe leads"
        kinds = [c for c in ent.root.children if c.dep_ == "appos" and c.left_edge.i == ent.end + 1] + (
            [before] if before is not None else [])  # "X, a company ...", not a noun further on the parser hung there
        if any(k.lemma_.lower() in KIND_NOUNS and k.text.islower() and k.pos_ == "NOUN" for k in kinds):
            found.add(strip_possessive(ent.text))
    return frozenset(found)


def _in_name(ent) -> bool:
    """A place inside another name: "the Treaty of Northtown", "the Northtown Accords"."""
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "PROPN":
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.text[:1].isupper()


def _state_of_place(text: str, places: Gazetteer) -> Optional[str]:
    return places.country(text) or places.state_of_place(text) or places.seat(text)


# --- organisations and states -----------------------------------------------------------------

def _is_organization(ent) -> bool:
    """Not a generic body ("his Cabinet"), a people ("ethnic X leaders"), a piece of a role ("Defense" in
    "Defense Minister", "Mines and Energy Minister"), a document, plan, event or craft ("the Acme Act", "the
    Acme Satellite"), a time zone ("13.21 UTC"), a make of things ("Acme phones", "on an Acme")."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start else None
    word_before = before.lower_ if before is not None else ""
    if _among_designations(ent):
        return False
    if word_before in OWNER_PRONOUNS or word_before in PEOPLE_MARKERS:
        return False
    after = doc[ent.end:ent.end + 3]
    if after and (after[0].lower_ in ROLE_WORDS or (after[0].lower_ == "and" and any(
            t.lower_ in ROLE_WORDS for t in after[1:]))) and (_holder_named(ent) or all(
            t.lower_ in FIELD_WORDS for t in ent)):
        # "Defense" of "Defense Minister": the office's field; "Acme CEO Jane Roe": the side of a person,
        # found with her. With no one named the body acts through its office ("the Acme Secretary-General")
        return False
    if root.lower_ in NON_PARTY_HEADS or root.lower_ in ROLE_WORDS or (before is not None and _clock_time(before)):
        return False  # "the Deputy Director of Prisons": an office, not a body
    if root.dep_ in MODIFIER_DEPS:
        noun = _modified_noun(root)
        named_body = noun.lemma_ in ORG_NOUNS and noun.tag_ != "NNS"  # "the Acme group" ("advocacy groups": a kind)
        # "to Acme and border posts": one of a list after a preposition, whatever the parse says it modifies
        listed = word_before and before.pos_ == "ADP" and ent.end < len(doc) and doc[ent.end].pos_ == "CCONJ"
        if noun.text.islower() and noun.lemma_ not in BODY_HEADS and not named_body and not listed:
            return False  # "the weekly Cabinet meeting", "Acme phones": a modifier, not a party ("Acme officials" are)
    elif word_before in ("a", "an"):
        return False  # "on an Acme or a Zeta": a thing of a make ("a Acme reporter" is Acme's)
    words = [w for w in (w.strip(_QUOTES) for w in strip_article(ent.text).split()) if w[:1].isalpha()]
    if len(words) > 2 and words[0].casefold() in FIELD_HOLDERS and words[1] == "of":
        return any(w[0].isupper() for w in words[2:])  # "the ministry of Foreign affairs": named by its fields
    # small words inside a name: "the Council on Trade", "the Committee to Protect Journalists" ("to" only
    # after a body's head: "Northline to Acme Holdings" is a change of name)
    return bool(words) and words[-1][0].isupper() and all(
        w[0].isupper() or (w in FUNCTION_WORDS and w != "to") or w == "al"
        or (w == "to" and i and words[i - 1].casefold() in ORGANIZATION_HEADS) for i, w in enumerate(words))


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # what the model tags a party's name as
MIN_DESIGNATIONS = 2  # "a series": a single "3M" beside a name may be a company's
CLAUSE_VERBS = frozenset({"VERB", "AUX"})


def _among_designations(ent) -> bool:
    """A name opening one clause of a series whose other clauses open with model designations ("X carried
    calls, 3G brought maps to handsets and 5G runs factories"): a technology or a standard like them, not a body.
    Read from the words, not the parse: the parser splits "3G" and misreads such series."""
    doc = ent.doc
    verb = doc[ent.end] if ent.end < len(doc) else None
    if not _opens_clause(doc[ent.start]) or verb is None or verb.pos_ not in CLAUSE_VERBS or verb.lemma_ in SAY_VERBS:
        return False  # "..., and 5G runs factories, Acme said": the speaker is a party
    return sum(1 for t in ent.sent if t.i != ent.start and _opens_clause(t) and _designation(t)) >= MIN_DESIGNATIONS


def _opens_clause(token) -> bool:
    """The first word of a sentence, or of a clause after a comma or "and"."""
    return token.is_sent_start or token.doc[token.i - 1].text in (",", ";") or token.doc[token.i - 1].lower_ == "and"


def _designation(token) -> bool:
    """ "3G", "A320", "F-16" followed by a verb: one word of letters and digits (which the tokenizer may have
    split) that the model did not take for a name, as a clause's subject."""
    doc, end = token.doc, token.i
    while not doc[end].whitespace_ and end + 1 < len(doc) and not doc[end + 1].is_punct:
        end += 1
    word = doc[token.i:end + 1].text
    return end + 1 < len(doc) and doc[end + 1].pos_ in CLAUSE_VERBS and token.ent_type_ not in NAME_LABELS \
        and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


HOLDER_WINDOW = 5  # tokens: the office's words between a body's name and its holder's
FIELD_WORDS = PORTFOLIOS | FUNCTION_WORDS | {"affairs", "internal", "public", "national"}  # words of an office's field


def _holder_named(ent) -> bool:
    """A person named within a few words after a body's name ("Acme chief executive Jane Roe")."""
    return any(t.ent_type_ == "PERSON" for t in ent.doc[ent.end:ent.end + HOLDER_WINDOW])


def _modified_noun(token):
    """The head of the noun phrase a modifier is in: "force" of "X counter-terrorism force"."""
    head = token.head
    while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    return head


def _places_listed(text: str, places: Gazetteer) -> bool:
    """A name with commas whose every part the gazetteer knows as a place, a capital or a state."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) > 1 and all(places.place(p) or places.seat(p) or places.country(p) for p in parts)


def _clock_time(token) -> bool:
    """ "13.21", "9:30", "p.m.": what a time zone follows."""
    return token.ent_type_ == "TIME" or bool(_CLOCK.fullmatch(token.text))


def _institution(ent) -> bool:
    """ "the Eastland High Court" tagged as a place: a name whose capitalised head is an institution's."""
    return ent.label_ in ("LOC", "FAC", "GPE") and len(ent) > 1 and ent.root.text[:1].isupper() \
        and ent.root.lower_ in INSTITUTION_NOUNS


def _untagged_institution(token):
    """ "the Westmark High Court", "the Coalition for Fair Fares" that the model left untagged: capitalised
    words compounded onto a body's head noun, or a capitalised field after it. The span of the name, or None."""
    if token.lower_ not in ORG_NOUNS or token.pos_ != "PROPN" or token.dep_ == "compound":
        return None
    words = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    tail = named_field(token)
    if not words and not tail:
        return None
    start = words[0].i if words else token.i
    while words and start > words[0].left_edge.i and token.doc[start - 1].text[:1].isupper():
        start -= 1  # "Platform" of "the Platform Drivers Collective", compounded onto "Drivers"
    name = token.doc[start:(tail[-1].i if tail else token.i) + 1]
    title = entity_of(token)  # "Annals of the Westmark Society": a body named inside a work's title
    opening = title[1:] if title and title[0].lower_ == "the" else title
    return None if opening and opening.start != name.start else name


# Nouns a demonym or a state's name modifies as the state's party: its bodies and people ("Utopian forces",
# "the Utopia government"), office holders (ROLE_WORDS: "the Utopian negotiator"), what a state does ("a
# Utopian offer", "Utopian sanctions") and relations between states ("the Utopia-Eastland dispute"); not
# "Utopian television", "the Utopian capital", "Utopian residents", "Utopia time", "the Utopia women's team".
STATE_PARTY_NOUNS = frozenset("""government authority force troop army military navy police ministry delegation
diplomat side leadership regime administration state negotiator envoy embassy people counterpart intelligence
offer proposal demand call plan sanction strike attack invasion threat pressure decision warning request condition
position statement move response offensive operation campaign policy bid initiative veto support backing approval
confidence message letter signal criticism reaction objection protest accusation claim complaint dispute conflict war
talks relation tension deal negotiation tie row standoff impasse rivalry court parliament legislature regulator
watchdog""".split()) | ROLE_WORDS


PAIR_MARKS = frozenset("-–—/")  # between two states' names: "the Utopia-Eastland dispute"


def _state_acts(mention) -> bool:
    """A state's name or demonym names the state as a party: not as a place ("in Utopia", "the Utopian
    capital"), not inside another name ("the Bank of Utopia", "Utopian Pilots United"), and as a modifier
    or an owner only of a party noun ("Utopian officials", "the Utopia-Eastland dispute", "Utopia's
    decision"; not "the Utopia market", "Utopia's oil output")."""
    root = mention.root
    doc = root.doc
    paired = root.head.i == root.i + 2 and doc[root.i + 1].text in PAIR_MARKS
    if _in_name(mention) and not paired:
        return False
    if root.dep_ not in MODIFIER_DEPS and root.dep_ != "poss":
        return not _located(mention)
    head = _modified_noun(root)
    former = any(c.lower_ in FORMER for c in head.children)  # "a former Utopian minister" acts for none
    return not former and (head.lemma_.lower() in STATE_PARTY_NOUNS or head.lower_ in STATE_PARTY_NOUNS)


def _is_agent(ent) -> bool:
    """A place name used for its government: it acts, owns, or is one side of a relation."""
    root = ent.root
    if root.dep_ == "poss" and root.head.lower_ in PLACE_MODIFIED_NOUNS:
        return False  # "Eastland's Northtown district": a place that holds another
    for token in (root, root.head if root.dep_ == "conj" else None):
        if token is None:
            continue
        if token.dep_ in AGENT_DEPS:
            return True
        if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in PARTY_OBJECT_VERBS:
            return True
        if token.dep_ == "pobj" and (token.head.lower_ in AGENT_PREPS or token.head.head.lower_ == "according"):
            return True  # "talks between X and Y", "according to X"
    return any(t.text in ("’s", "'s") for t in ent) or (ent.end < len(ent.doc) and ent.doc[ent.end].text in ("’s", "'s"))


def _facility(ent) -> bool:
    """The name of a building or a site: headed by a facility noun, capitalised or after it ("X Hospital",
    "the X and Y prisons")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.root.lower_ in FACILITY_HEADS or (after is not None and after.text.islower()
                                                  and after.lemma_ in FACILITY_HEADS)


def _seat_acts(ent, places: Gazetteer) -> bool:
    """A capital stands for its state where it acts ("Eastport said", "pressure from
    Eastport"), not as a place on a route ("the distance between Eastport and Westport", "his record from
    Eastport") nor as part of a longer place's name ("Metro Eastport")."""
    root = ent.root
    if any(c.dep_ == "compound" and c.i < ent.start and c.pos_ == "PROPN" and not c.is_sent_start
           for c in root.children):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        return root.head.head.lemma_ in STATE_PARTY_NOUNS  # "an offer from X", not "flights from X"
    return _is_agent(ent) and not _between_one_state(root, places)


def _between_one_state(root, places: Gazetteer) -> bool:
    """ "between Eastport and Westport", two cities of one state: a stretch of land, not a relation."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "between":
        return False
    names = [strip_article(entity_of(t).text) if t.ent_type_ else t.text for t in (root, *root.conjuncts)]
    states = {places.seat(name) or places.state_of_place(name) for name in names}
    return len(states) == 1 and None not in states


def _acts_from(ent) -> bool:
    """A site that acts: as a place used for its government does, though never by being where something
    comes from or is done with ("launched from X", "treated with X")."""
    root = ent.root
    return _is_agent(ent) and not (root.dep_ == "pobj" and root.head.lower_ in ("from", "with"))


def _located(ent) -> bool:
    """Named only as where something is or happens: the object of a preposition of place ("in Leyte",
    "across the region"), directly or as one of a list ("in Wales and Scotland")."""
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "in Northtown, Eastland": the place a place is set off after
    return root.dep_ == "pobj" and (root.head.lower_ in LOCATIVE_PREPS or root.head.lower_ == "of"
                                    and root.head.head.lower_ in PLACE_OF_NOUNS)  # "southwest of X"


_QUOTES = "'\"‘’“”"
FIELD_HOLDERS = MINISTRY_NOUNS | {"committee", "commission"}  # bodies named by a list of fields after "of"


def _joined_tail(ent):
    """ "the Ministry of Science and ICT", "the Ministry of Foreign Affairs, Trade and Culture": a name whose
    last "of" takes two objects or a list of fields, which the model cut at the "and" or the comma. The
    whole span."""
    doc, last = ent.doc, ent.doc[ent.end - 1]
    if ent.end + 1 >= len(doc) or last.head.lower_ != "of" or last.head.i < ent.start:
        return ent
    if doc[ent.end].lower_ == "and":
        tail = next((c for c in last.children if c.dep_ == "conj" and c.i > ent.end), None)
    elif doc[ent.end].text == "," and last.head.head.lower_ in FIELD_HOLDERS:
        tail = _fields_listed(doc, ent.end + 1)
    else:
        tail = None
    words = doc[ent.end + 1:tail.i + 1] if tail is not None else None
    if words is None or not all((t.text[:1].isupper() or t.lower_ in ("and", ",")) and t.ent_type_ not in (
            "GPE", "PERSON", "NORP") for t in words):
        return ent
    return doc[ent.start:tail.i + 1]


def _fields_listed(doc, start: int):
    """The last word of "X, Y and Z" from `start`: capitalised words, commas, one "and" before the last."""
    i, last, joined = start, None, False
    while i < len(doc) and (doc[i].text[:1].isupper() or (doc[i].text == "," and not joined)
                            or (doc[i].lower_ == "and" and not joined and last is not None)):
        if doc[i].lower_ == "and":
            joined = True
        elif doc[i].text[:1].isupper():
            if doc[i].lower_ in ORG_NOUNS:
                return None  # "..., the Labour Party": a name of its own
            last = doc[i]
        i += 1
    return last if joined and last is not None and last.i > start else None


def _org_name(ent, text: str) -> str:
    """An organisation's name as written: a number the model left out kept ("Channel 9"), an owner's
    possessive and an unclosed bracket ("Democratic Alliance (DA") cut off."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].like_num and doc[ent.end - 1].text[:1].isupper():
        text = f"{text} {doc[ent.end].text}"
    text = _OWNER.sub("", strip_article(text))  # "Utopia's Channel 9" -> "Channel 9"
    spelled = _SPELLED_OUT.match(text)
    if spelled:  # "ACR - the Long Name": the acronym, which the text uses alone
        text = spelled.group(1)
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")].rstrip(" -–—")
    text = text.strip(_QUOTES + " ")  # "the 'Opposition wants": a quote the entity took in
    return text or ent.text


def _fold_organizations(orgs: dict[str, _Cluster], defined: dict[str, Span], places: Gazetteer) -> None:
    """One cluster per organisation: an acronym onto the long form the text defines ("the Regional Council
    of Northern Provinces (RCNP)") or whose initials it is, a short name onto the one longer name it is
    part of ("the Council" -> "European Council", "Acme" -> "Acme Holdings Inc."), and a branch named by
    the acronym and its place onto the organisation ("RCNP Northtown")."""
    defined = {short: _long_name(span) for short, span in defined.items()}
    for key, cluster in sorted(orgs.items(), key=lambda item: len(item[0])):
        name = cluster.label
        longer = [(k, c) for k, c in orgs.items() if c is not cluster and len(k) > len(key)]
        target = None
        long_form = defined.get(name, "").casefold()
        if ACRONYM.fullmatch(name):
            target = next((c for k, c in longer if long_form in {f.casefold() for f in c.forms}
                           or name in (_initials(c.label, True), _initials(c.label, False))), None)
        if target is None and " " not in name.strip():  # "Acme", and "Acme+" (a product named after it)
            target = _one_holding(name.rstrip(BRAND_MARKS), [c for _, c in longer])
        if target is None and " " in name.strip():  # "Finance Committee" of "X Finance Committee"
            ending = [c for k, c in longer if c.label.casefold().endswith(" " + name.casefold())]
            target = ending[0] if len(ending) == 1 else None
        if target is None:
            target = next((c for k, c in longer if _same_organization(name, c.label)), None)
        if target is None:
            target = _branch_of(name, [c for c in orgs.values() if c is not cluster], defined, places)
        if target is not None:
            _merge(target, cluster)
            del orgs[key]


def _merge(target: _Cluster, cluster: _Cluster) -> None:
    """Fold one organisation's mentions into another's, whose name stays the one it goes by."""
    target.canonical = target.canonical or target.name  # the long form names it, however often used
    target.absorb(cluster)


def _branch_of(name: str, others: list[_Cluster], defined: dict[str, str],
               places: Gazetteer) -> Optional[_Cluster]:
    """ "ACR Northtown", "Northtown ACR": the organisation named "ACR" (or its long form), in one place."""
    words = name.split()
    for acronym, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if len(words) > 1 and ACRONYM.fullmatch(acronym) and places.place(" ".join(rest)):
            forms = {acronym.casefold(), defined.get(acronym, acronym).casefold()}
            return next((c for c in others if forms & {f.casefold() for f in c.forms}), None)
    return None


# Small words and commas inside a long form ("the Union of Pilots, Stewards and Engineers (UPSE)").
LONG_FORM_JOINERS = frozenset({"of", "for", "and", "the", "de", "du", "des", "on", ",", "&"})
MAX_LONG_FORM = 14  # tokens
BRAND_MARKS = "+"  # "Acme+": a product or service named after its maker
_TICKER = re.compile(r"[A-Z]{2,8}")  # the exchange of "(NYSE: ACM)"


def _defined_acronyms(doc) -> dict[str, Span]:
    """The long form each acronym in brackets stands for: the run of capitalised names (with commas and
    small words between them) right before "(RCNP)" or "(NYSE: ACM)". A run that holds the names of
    several bodies is a list ("A, B and C (ABC)"), not one name."""
    defined = {}
    for token in doc:
        if token.text != "(":
            continue
        inner = list(doc[token.i + 1:token.i + 5])
        close = next((k for k, t in enumerate(inner) if t.text == ")"), None)
        if close is None or not close or not ACRONYM.fullmatch(inner[close - 1].text) or not all(
                _TICKER.fullmatch(t.text) or t.text == ":" for t in inner[:close - 1]):
            continue
        run = _long_form_before(doc, token.i, inner[close - 1].text)
        if run is not None:  # the span runs to the closing bracket: "(NYSE: ACM)" is part of the definition
            defined.setdefault(inner[close - 1].text, _span(doc, run.start, token.i + close + 2, label="ORG"))
    return defined


def _span(doc, start: int, end: int, label: str) -> Span:
    """A new entity span. spaCy is imported here, not with the module: a rebuild whose extractions all come
    from the cache never loads it."""
    from spacy.tokens import Span
    return Span(doc, start, end, label=label)


def _long_span(span):
    """The long form of a definition span: "Acme Foods" of "Acme Foods (NYSE: ACM)"."""
    return _span(span.doc, span.start, next(t.i for t in span if t.text == "("), label="ORG")


def _long_name(span) -> str:
    return strip_article(_long_span(span).text)


def _long_form_before(doc, bracket: int, acronym: str):
    start = bracket
    while start > doc[bracket].sent.start and bracket - start < MAX_LONG_FORM and (
            (doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 1].text[:1].isupper())
            or doc[start - 1].lower_ in LONG_FORM_JOINERS or POSSESSIVE.fullmatch(doc[start - 1].text)):
        start -= 1
    while start < bracket and (doc[start].lower_ in LONG_FORM_JOINERS or POSSESSIVE.fullmatch(doc[start].text)):
        start += 1
    run = _span(doc, start, bracket, label="ORG")
    names = [t for t in run if t.ent_iob_ == "B" and t.ent_type_ == "ORG"]
    if len(run) < 2 or run[-1].lower_ in LONG_FORM_JOINERS:
        return None
    # several names before one acronym are a list, unless their initials spell it: the model cut one name
    return run if len(names) <= 1 or acronym in (_initials(run.text, True), _initials(run.text, False)) else None


def _same_organization(short: str, long: str) -> bool:
    """Two spellings of one name: "Northline" / "Northlines", "UN General Assembly" / "United Nations
    General Assembly" (a leading acronym that stands for the other's first words), "Foreign Ministry" /
    "Ministry of Foreign Affairs, Trade and Culture" (a body's fields before its noun or after "of")."""
    if _fields_first(short, long):
        return True
    if " " not in short and " " not in long:
        if short.rstrip(BRAND_MARKS) == long.rstrip(BRAND_MARKS):
            return False  # "Acme" and "Acme+": a maker and what it sells
        return min(len(short), len(long)) >= 6 and fuzz.ratio(short.casefold(), long.casefold()) >= 90
    first, _, rest = short.partition(" ")
    if not ACRONYM.fullmatch(first) or not rest or not long.casefold().endswith(" " + rest.casefold()):
        return False
    return _initials(long[:-len(rest)].strip(), False) == first


def _fields_first(short: str, long: str) -> bool:
    """ "Foreign Ministry" is "the Ministry of Foreign Affairs": the same noun, the same fields."""
    *fields, noun = short.casefold().split()
    head, of, rest = long.casefold().partition(" of ")
    return bool(fields and of) and noun in FIELD_HOLDERS and head == noun and set(fields) <= set(
        re.findall(r"\w+", rest))


def _initials(name: str, function_words: bool) -> str:
    words = [w for w in _NAME_PARTS.split(name) if w and (function_words or w.casefold() not in FUNCTION_WORDS)
             and w != "&"]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def _government_named(doc) -> bool:
    """ "the government", "the authorities" as a party of a clause, not one below the state ("the city
    authorities")."""
    return any(states_government(t) and t.pos_ == "NOUN" and t.dep_ in AGENT_DEPS | {"dobj", "pobj"}
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in doc)


def _fold_short_org_names(persons: list[_Cluster], orgs: dict[str, _Cluster]) -> list[_Cluster]:
    """ "Acme Mining ... . Acme said ...": a one-word name taken for a person's, with no office, that opens
    the name of one organisation of the article (headed as bodies' names are) is its short name."""
    kept = []
    for person in persons:
        first = [o for o in orgs.values() if o.name.split()[0] == person.name and len(o.name.split()) > 1
                 and o.name.split()[-1].casefold() in ORGANIZATION_HEADS]  # not a person's name the model called a body
        if " " not in person.name and not person.role and len(first) == 1:
            first[0].absorb(person)
        else:
            kept.append(person)
    return kept


def _side_in_role(person: _Cluster, orgs: list[_Cluster]) -> None:
    """ "A Commission spokesperson", "union organiser": a body's head noun opening the role is the one listed
    body whose name holds it ("the European Commission"); the rest is the role. "Competition Commissioner",
    "Councillor": an office named after the head of the one listed body it grows from serves that body."""
    first, _, rest = person.role.partition(" ")
    holder = _one_holding(first, orgs) if first.casefold() in ORG_NOUNS and rest else None
    if holder is not None:
        person.role, person.affiliation = rest, holder.label
        return
    heads = [c for c in orgs if any(_grows_from(word, c.label.split()[-1]) for word in person.role.split())]
    if len(heads) == 1:
        person.affiliation = heads[0].label


def _grows_from(word: str, head: str) -> bool:
    """ "Commissioner" of "Commission", "Councillor" of "Council": an office's word made from a body's head."""
    return len(head) >= 5 and len(word) > len(head) and word.casefold().startswith(head.casefold())


def _one_holding(word: str, clusters: list[_Cluster]) -> Optional[_Cluster]:
    """The one organisation whose name holds the word ("Acme" of "Acme Holdings Inc."), if only one does."""
    within = [c for c in clusters if word.casefold() in _core_words(c.label)]
    return within[0] if len(within) == 1 else None


def _core_words(name: str) -> set[str]:
    return {w.casefold().strip(".,") for w in name.split()} - CORPORATE_SUFFIXES - FUNCTION_WORDS


def extract_places(doc, places: Gazetteer | None = None) -> tuple[str, ...]:
    """Places named as locations (cities, regions, sites), most mentioned first: where a story happens."""
    places = places or gazetteer()
    counts: dict[str, list[int]] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            name = strip_article(strip_possessive(ent.text))
            if places.country(name) or places.demonym(name) or _is_agent(ent) or not name[:1].isupper():
                continue
            counts.setdefault(name, [0, ent.start_char])[0] += 1
    return tuple(sorted(counts, key=lambda n: (-counts[n][0], counts[n][1])))


