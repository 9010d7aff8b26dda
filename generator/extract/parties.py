"""Who a phrase of a parsed sentence stands for among the article's actors: a name or part of one, a
surname, an office named again, a demonym, a pronoun, a document's issuer, "the union" or "the court",
the speaker of a sentence, or a group without a name of its own ("the striking nurses")."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..furniture import NEWS_AGENCIES
from ..model import Actor
from .actors import (COMPANY_NAME_HEADS, CORPORATE_SUFFIXES, GENERIC_BODY_NOUNS, NAME_LABELS, OFFICE_BODIES,
                     PLACE_LABELS)
from .roles import (COMPANY_NOUNS, GOVERNMENT_NOUNS, INSTITUTION_NOUNS, ORG_NOUNS, ROLE_WORDS, named_field,
                    states_government, strip_possessive)
from .grammar import RELATIVE, SAY_VERBS, agent_of, entity_of, object_of, subject_of
from .places import Gazetteer

SPOKESPEOPLE = {"official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "diplomat", "side",
                "delegation", "government", "ministry", "officials", "sources"}
PLACED_LEADERS = frozenset({"leader", "official", "commander", "chief"})  # who lead a side: "rebel leaders in X"
RANKED_OFFICE_WORDS = frozenset({"prime", "vice", "deputy", "assistant", "junior", "under"})  # another office
FIRST_PERSON = {"we", "i", "us"}
PAIR_WORDS = frozenset({"both", "two"})  # "both sides", "the two countries": not one party
SIDE_NOUNS = frozenset({"side", "party"})  # "all sides", "all parties": every party, not one
# A state's government named by what it is: with no state given, the one state an article lists.
# Nouns for groups and bodies that act: a requirement on them is a demand even when no name is given.
AGENT_NOUNS = frozenset("""union unions company companies government governments ministry police army military
authorities authority officials leaders rebels militants group groups party parties coalition opposition
negotiators kidnappers captors protesters demonstrators workers employees employers management council board
court regulator regulators administration state states country countries side sides delegation members
owners operators firm firms bank banks community residents students teachers doctors nurses drivers chiefs heads
bosses representatives executives bankers lenders insurers landlords tenants""".split())
# Groups that act without a name of their own ("the protesters demanded ..."): a demand names them.
GROUP_NOUNS = frozenset("""protester demonstrator activist striker worker employee nurse doctor teacher student farmer
resident prosecutor lawmaker legislator mp senator rebel militant kidnapper captor abductor family relative villager
fan player driver miner parent opposition junta campaigner group gunman attacker investor donor creditor crew""".split())
COLLECTIVE_GROUPS = frozenset({"opposition", "junta"})
KIN_NOUNS = frozenset({"family", "relative", "parent", "widow", "friend"})  # named by whose they are
# Endings of plural nouns for people who do something ("fishermen", "truckers", "pensioners", "lobbyists",
# "physicians", "retirees"), which make a group as the listed nouns do where they act or are asked; and
# plurals with those endings that name things, or a market rather than a group that acts ("users want X").
PEOPLE_ENDINGS = ("men", "women", "ers", "ists", "ians", "ees")
NOT_GROUPS = frozenset("""papers numbers letters orders matters waters borders others layers filters chapters
headquarters computers containers offers answers centers barriers towers lists fees degrees committees
users consumers customers buyers shoppers viewers readers listeners subscribers followers""".split())
GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "conj", "appos"})
# Groups and bodies of a state's people that do not act for it: "Utopian nurses", "Utopia's unions".
PEOPLE_OF_A_STATE = (GROUP_NOUNS - {"prosecutor", "junta"}) | {"union", "company", "firm"}
# Texts that demand on behalf of whoever adopted or issued them.
DOCUMENT_NOUNS = frozenset({"resolution", "statement", "letter", "motion", "declaration", "communique", "ruling",
                            "order", "decision", "bill", "petition", "ultimatum", "report", "verdict", "judgment",
                            "judgement", "decree", "text", "draft", "lawsuit", "suit", "complaint", "application"})
# Bodies a text names again by their kind ("the union", "the court"): the organisation whose name holds the word.
BODY_NOUNS = INSTITUTION_NOUNS | {"federation", "association", "league", "alliance", "coalition", "movement",
                                  "foundation", "institute", "organisation", "organization", "fund"}
# Bodies of members: "the union" is one of them when no name holds "union" ("the Acme Pilots Association").
MEMBERSHIP_NOUNS = frozenset({"union", "association", "federation", "confederation", "college", "guild", "society",
                              "syndicate"})
COMPANY_WORDS = COMPANY_NAME_HEADS | CORPORATE_SUFFIXES  # last words of a company's name
# A body that acts through one office holder: "the court" is its judge when the article names no court.
BODY_HOLDERS = {body: "judge" for body in OFFICE_BODIES["judge"]}
# Third-person pronouns and what they stand for.
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "it": "party", "its": "party", "they": "party", "them": "party", "their": "party"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod"})  # "These looters, they are ...": a subject set before
PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})  # "they must comply", said in a quote: someone must act
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
REPORTED_DEPTH = 8  # steps up the parse tree to find the reporting verb above a subject
PRONOUN_LOOK_BACK = 300  # tokens: a pronoun refers to someone named in the last few sentences
MAX_NAME_WORDS = 6  # the longest run of words tried as a name inside a noun phrase
LOOK_BACK = 1000  # tokens: "the official" refers back to an official named within the last few paragraphs
PARTY_ENTITIES = NAME_LABELS


def is_agent_noun(token) -> bool:
    return token.lemma_.lower() in AGENT_NOUNS or token.lower_ in AGENT_NOUNS


def issuer_of(token, lookup, places: Gazetteer) -> Optional[str]:
    """The party that demands through this word: a document's issuer ("the assembly adopted a resolution
    that demands ..." -> the assembly; the latest mention whose owner is a party), else the word's party
    ("their conditions" -> whoever "their" is)."""
    node = token
    if node.lower_ in RELATIVE and node.head.dep_ == "relcl":
        node = node.head.head  # "a resolution that demands": the noun the clause describes
    if node.lemma_.lower() not in DOCUMENT_NOUNS:
        return party_of(token, lookup, places)
    start = max(0, node.i - LOOK_BACK)
    for mention in [node, *reversed(node.doc[start:node.i])]:  # "The resolution ..." refers back to its adoption
        if mention.lemma_.lower() != node.lemma_.lower():
            continue
        owner = next((c for c in mention.children if c.dep_ in ("poss", "compound")
                      and (c.pos_ == "PROPN" or c.lower_ in PRONOUNS)), None)  # "Utopia's statement", "its statement"
        if owner is None and mention.dep_ in ("dobj", "nsubjpass") and mention.head.pos_ == "VERB":
            owner = subject_of(mention.head) if mention.dep_ == "dobj" else next(
                (a for c in mention.head.children if c.dep_ == "agent" for a in c.children), None)
        if owner is None and mention.dep_ == "pobj" and mention.head.lower_ == "in" \
                and mention.head.head.lemma_.lower() in SAY_VERBS:
            owner = subject_of(mention.head.head)  # "X said in a statement"
        name = party_of(owner, lookup, places)  # "adopted by 141 states" names no party: look further back
        if name is None and owner is not None and owner.tag_ == "NNS" and owner.dep_ == "nsubj":
            name = _group_words(owner)  # "the investors filed a resolution": they are a party by doing so
        if name:
            return name
    return party_of(node, lookup, places)


def speaker_of(sent, lookup, places: Gazetteer) -> Optional[str]:
    """The party a sentence is attributed to: the subject of its reporting verb."""
    for token in sent:
        if _reports(token):
            subject = subject_of(token)
            if subject is not None:
                name = issuer_of(subject, lookup, places)  # "the statement said": whoever issued it
                if name:
                    return name
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            for obj in token.doc[token.i + 1].children:  # "according to Channel 9 news": a source, not a party
                name = party_of(obj, lookup, places) if not _press(obj) else None
                if name:
                    return name
    return None


def _reports(verb) -> bool:
    """A reporting verb that reports its sentence: not one a modal or "to" puts in what must or will be
    said ("“X must tell us ...,” she said": she speaks, X is asked)."""
    return verb.lemma_.lower() in SAY_VERBS and verb.pos_ == "VERB" and not any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


# Nouns of texts sent to someone: "in a letter to X".
MESSAGE_NOUNS = frozenset({"letter", "message", "memo", "note", "email", "appeal", "petition"})


def _reporting_verbs(token):
    """The reporting verbs above a token, nearest first."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if _reports(node):
            yield node


def told(token):
    """Who the reporting verb above a cue addresses: "X told Y ...", "X wrote in a letter to Y" -> Y; or the
    cue itself: "In a letter to Y, X demanded ..." -> Y."""
    written = (_addressed(o) for p in token.children if p.dep_ == "prep" and token.pos_ == "VERB"
               for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in MESSAGE_NOUNS)
    found = next((a for a in written if a is not None), None)
    if found is not None:
        return found
    verb = next(_reporting_verbs(token), None)
    for child in verb.children if verb is not None else ():
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN") and not _press(child):
            return child  # "told the judge", not "told Reuters" or "told reporters"
        if child.dep_ == "prep":
            found = next((a for a in map(_addressed, child.children) if a is not None), None)
            if found is not None:
                return found
    return None


# Who a statement is made to when it is made for the public: the press, not a party.
PRESS_NOUNS = frozenset({"reporter", "journalist", "newspaper", "paper", "press", "television", "radio", "broadcaster",
                         "outlet", "agency", "channel", "station", "media", "news", "interviewer", "audience", "crowd"})


def _press(token) -> bool:
    entity = entity_of(token)
    name = entity.text if entity else token.text
    return token.lemma_.lower() in PRESS_NOUNS or name.casefold() in NEWS_AGENCIES


def _addressed(obj):
    """ "(in) a letter to Y" -> Y; "to Y" -> Y."""
    if obj.dep_ == "pobj" and obj.head.lower_ == "to":
        return obj
    if obj.lemma_.lower() in MESSAGE_NOUNS:
        return object_of(obj, "to")
    return None


def nearest_speaker(token, lookup, places: Gazetteer) -> Optional[str]:
    """The subject of the closest reporting verb above the cue: in "the official said that Jane Roe told
    Ivo Dane 'we will ...'", the quote is Jane Roe's."""
    for verb in _reporting_verbs(token):
        subject = subject_of(verb)
        name = issuer_of(subject, lookup, places) if subject is not None else None
        if name:
            return name
    return None


def names_party(phrase, lookup, places: Gazetteer) -> bool:
    """The phrase is, or names, a party: "Utopia", "we", "they", "the removal of Utopia", "Utopian forces"."""
    if phrase is None:
        return False
    if phrase.lower_ in FIRST_PERSON or phrase.lower_ in PEOPLE_PRONOUNS or is_agent_noun(phrase) \
            or phrase.lemma_.lower() in DOCUMENT_NOUNS:  # "the resolution calls for": whoever adopted it
        return True
    return phrase.lower_ in ROLE_WORDS or any(party_of(t, lookup, places) for t in phrase.subtree)


def first_named(text: str, actors: list[Actor]) -> Optional[str]:
    """The actor whose name or alias comes first in the text."""
    folded = text.casefold()
    found = [(match.start(), actor.name) for actor in actors for form in (actor.name, *actor.aliases)
             for match in [re.search(rf"(?<!\w){re.escape(form.casefold())}(?!\w)", folded)] if match]
    return min(found)[1] if found else None


class Lookup(dict):
    """Every form of every party's name -> its name; `kinds` maps each name to its kind, `issuer` is the
    organisation the headline names first (who issued a text nobody in the body owns)."""

    def __init__(self, kinds: dict[str, str], issuer: Optional[str]):
        super().__init__()
        self.kinds, self.issuer = kinds, issuer


def actor_lookup(actors: tuple[Actor, ...], headline: str = "") -> Lookup:
    """Every form of every party's name -> its name. A news agency that reports ("..., Xinhua reports")
    is the source of the text, never the party that demands."""
    lookup = Lookup({actor.name: actor.kind for actor in actors},
                     first_named(headline, [a for a in actors if a.kind == "organization"]))
    for actor in actors:
        if actor.name.casefold() in NEWS_AGENCIES:
            continue
        for form in (actor.name, *actor.aliases):
            lookup.setdefault(form.casefold(), actor.name)
            if actor.kind == "person":
                lookup.setdefault(form.split()[-1].casefold(), actor.name)
    offices = Counter(w for a in actors if a.kind == "person" and a.role for w in office_forms(a.role))
    for actor in actors:  # "the Health Secretary", "the judge": the one person of the article with that office
        if actor.kind == "person" and actor.role:
            for form in office_forms(actor.role):
                if offices[form] == 1:
                    lookup.setdefault(form, actor.name)
    return lookup


def office_forms(role: str) -> set[str]:
    """ "Health Secretary" -> {"health secretary"}: how a text names an office again ("the judge" for a
    judge; "the finance minister" is not the prime minister)."""
    words = role.casefold().split()
    if words[-1] not in ROLE_WORDS:
        return set()
    # "the minister" is also the one "Fisheries Minister" (not a "Prime Minister" nor a "Deputy Minister")
    alone = {words[-1]} if len(words) > 1 and not RANKED_OFFICE_WORDS.intersection(words) else set()
    return {" ".join(words)} | alone


def party_of(token, lookup, places: Gazetteer) -> Optional[str]:
    """The actor a noun phrase stands for: a name, a surname, a demonym ("the Utopian official")."""
    if token is None:
        return None
    if token.lower_ in PRONOUNS:
        return _antecedent(token, lookup, places)
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and any(
            c.lower_ in PAIR_WORDS or (c.lower_ == "all" and token.lemma_ in SIDE_NOUNS) for c in token.children):
        return None  # "both sides", "the two governments", "all parties": more than one party, no one of them
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":  # "officials who ordered": the officials
        return party_of(token.head.head, lookup, places)
    seat = places.seat(token.text) if token.pos_ == "PROPN" and token.ent_type_ != "PERSON" else None
    if seat:  # "urged Minsk to": a capital named as a party is its state (or the body seated there)
        return lookup.get(token.lower_) or lookup.get(seat.casefold(), seat)
    if token.lemma_.lower() in DOCUMENT_NOUNS and token.pos_ == "NOUN":  # a text nobody in the body owns
        return lookup.issuer
    counted = _counted(token)
    if counted is not None:  # "thousands of nurses", "a group of investors": those counted, a group by the words
        return party_of(counted, lookup, places) or (_group_words(counted) if counted.tag_ == "NNS" else None)
    words = [t for t in token.subtree if t.i <= token.i] if token.pos_ in ("NOUN", "PROPN") else [token]
    entity = entity_of(token)  # "the Republic of Moldova": the whole name, past the head
    words += [t for t in entity if t.i > token.i] or (  # untagged: "the Coalition for Fair Fares"
        named_field(token) if token.pos_ == "PROPN" and token.lower_ in ORG_NOUNS else [])
    people = token.lemma_.lower() in PEOPLE_OF_A_STATE  # "Utopia's nurses" are not Utopia
    name = _listed_name(token, words, lookup, people)
    if name:
        return name
    for t in words if not people else ():
        state = places.demonym(t.text) or places.country(t.text)
        if state and state.casefold() in lookup:
            return lookup[state.casefold()]
    if is_agent_noun(token) and not people:  # "the government of Eastland", "leaders of the union" (not
        # "residents of the Eastland region")
        owner = object_of(token, "of")
        if owner is not None:
            name = party_of(owner, lookup, places)
            if name:
                return name
    placed = _leaders_in(token, lookup, places)
    if placed:
        return placed
    if token.lemma_.lower() in SPOKESPEOPLE | GOVERNMENT_NOUNS:
        return _last_official(token, lookup, places) or _only_state(token, lookup)
    described = _described(token, lookup) or _members_of(token, lookup) or _from_body(token, lookup, places)
    if described is None and is_group_noun(token) and _pronoun_owner(token) is not None:
        return _owned_group(token, lookup, places)
    return described or group_name(token) or _organisation(words, lookup) or _untagged_name(token, words, places)


def _leaders_in(token, lookup, places: Gazetteer) -> Optional[str]:
    """ "Rebel leaders in the Westmark region", "officials in Westmark": leaders placed in a region (no state)
    are those of the one listed organisation named after it ("the Westmark Liberation Front")."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in PLACED_LEADERS:
        return None
    place = object_of(token, "in")
    words = {t.text for t in place.subtree if t.pos_ == "PROPN" and not (
        places.country(t.text) or places.seat(t.text))} if place is not None else set()
    named = [name for name, kind in lookup.kinds.items() if kind == "organization" and words & set(name.split())]
    return named[0] if len(named) == 1 else None


def _from_body(token, lookup, places: Gazetteer) -> Optional[str]:
    """ "Organisers from the Citizens' Movement", "activists from Acme": people who come from a listed
    organisation act for it (people from a state or a town do not)."""
    if not (is_agent_noun(token) or is_group_noun(token)):
        return None
    source = object_of(token, "from")
    name = party_of(source, lookup, places) if source is not None else None
    return name if lookup.kinds.get(name) == "organization" else None


def _pronoun_owner(token):
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)


def _owned_group(token, lookup, places: Gazetteer) -> Optional[str]:
    """ "its members", "their workers": a group the text names only through its owner, the organisation the
    pronoun stands for. Acting, they act as it ("the union said its members would stay out until ..."); asked,
    they go under its name ("ordered its members to" -> "Acme Union members"). No party when the owner is a
    person or a state ("their members" of two officials names nobody the site can list)."""
    owner = _antecedent(_pronoun_owner(token), lookup, places)
    if lookup.kinds.get(owner) != "organization":
        return None
    return owner if token.dep_ in ("nsubj", "nsubjpass") else f"{owner} {_group_words(token)}"


def _listed_name(token, words, lookup, people: bool) -> Optional[str]:
    """A listed party the phrase names: as a whole, by its head, by a run of its words (those nearest the head
    first: "his Acme Capital hedge fund", "Utopia's Eastland region"), or by a name set beside it ("group X").
    A state is not a group of its people."""
    phrase = _as_written([t for t in words if not (t.i == words[0].i and t.lower_ == "the")])
    spans = (_as_written(words[i:j]) for j in range(len(words), 0, -1) for i in range(max(0, j - MAX_NAME_WORDS), j))
    named_beside = (entity_of(c).text for c in token.children if c.dep_ == "appos" and c.ent_type_)
    for candidate in (phrase, token.text, *named_beside, *spans):  # "Utopia's regulator, Acme": Acme
        name = lookup.get(strip_possessive(candidate).casefold())
        if name and not (people and lookup.kinds.get(name) == "country"):
            return name
    return None


def _untagged_name(token, words, places: Gazetteer) -> Optional[str]:
    """ "Business Unity Eastland called on ...": a subject named by capitalised words the model left
    untagged is a party under that name (not a state, a place, or a title)."""
    words = [t for t in words if t.lower_ != "the"]
    if token.dep_ != "nsubj" or len(words) < 2 or any(
            t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or t.lower_ in ROLE_WORDS for t in words):
        return None
    name = _as_written(words)
    return None if places.country(name) or places.place(name) or places.seat(name) else name


def _as_written(tokens) -> str:
    """Words as the text spaces them ("Teachers' Association", not "Teachers ' Association")."""
    return "".join(t.text + (t.whitespace_ if k + 1 < len(tokens) else "") for k, t in enumerate(tokens))


# Words that count, part or gather a group: "thousands of nurses", "some of the protesters", "a group of investors".
COUNTING_WORDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                            "scores", "many", "some", "most", "all", "crowd", "crowds", "group", "groups"})


QUANTIFIERS = frozenset({"several", "many", "some", "few", "numerous", "various", "most", "all", "other", "more"})


def _counted(token):
    """The group a counting word is of ("nurses" of "Thousands of nurses"), or None."""
    if token.lower_ not in COUNTING_WORDS and not (token.like_num and token.pos_ == "NUM"):
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _described(token, lookup) -> Optional[str]:
    """ "the union", "the court": the organisation of the article whose name holds that word, the one
    named last before it if several ("the union" after "the Harbour Workers Union"), or else a body of
    members named so ("the union" for "the Pilots Association"); "the group": the last body named; "the
    company": the last organisation named before it that is no institution, one shaped as a company's first."""
    word = token.lemma_.lower()
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)  # "the national federation"
    if not common or word not in BODY_NOUNS | COMPANY_NOUNS | GENERIC_BODY_NOUNS or not any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PROPN" and token.tag_ == "NN")
            for c in token.children):  # "the party", "Utopia's main opposition party" (not "Utopia's unions")
        return None
    if _proper_compound(token):
        return None  # "the Green group on the council": a body of its own name, not one named before
    organisations = [name for name, kind in lookup.kinds.items() if kind == "organization"]
    if word in GENERIC_BODY_NOUNS:  # "the group": any kind of body ("the groups" are several)
        return _named_last(organisations, token, lookup) if token.tag_ == "NN" else None
    named = [name for name in organisations if word in name.casefold().split()]
    if word in COMPANY_NOUNS and not named:  # a name shaped as a company's first ("Acme Mining", "Acme Ltd"),
        # then any other ("the fund" is the "X Pension Fund" where one is named)
        firms = [n for n in organisations if not BODY_NOUNS & set(n.casefold().split())]
        shaped = [n for n in firms if n.split()[-1].casefold().strip(".") in COMPANY_WORDS]
        return _named_last(shaped, token, lookup) or _named_last(firms, token, lookup)
    if not named and word in MEMBERSHIP_NOUNS:
        named = [name for name in organisations if MEMBERSHIP_NOUNS.intersection(name.casefold().split())]
    if not named and word in BODY_HOLDERS:
        return lookup.get(BODY_HOLDERS[word])  # "the court ordered": the one judge the article names
    return named[0] if len(named) == 1 else _named_last(named, token, lookup)


def _proper_compound(token) -> bool:
    """A name of its own before the noun ("the Amber group"); a place's describes ("the US company")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.ent_type_ not in PLACE_LABELS
               for c in token.children)


def _named_last(names: list[str], token, lookup) -> Optional[str]:
    """Of these names, the one the text names last before the token (None if it names none of them)."""
    before = token.doc.text[max(0, token.idx - LOOK_BACK * 8):token.idx].casefold()

    def last_seen(name: str) -> int:  # an agency is listed but never looked up: no form of it, -1
        return max((before.rfind(form) for form, owner in lookup.items() if owner == name), default=-1)

    # sorted: of two names never found before, the tie goes the same way on every run
    place, name = max(((last_seen(name), name) for name in sorted(names)), default=(-1, None))
    return name if place >= 0 else None


def _organisation(words, lookup: Lookup) -> Optional[str]:
    """An organisation the parser names in the phrase that the actor stage did not list ("her Northwind
    Capital hedge fund"): the frame names it, so it is a party; a piece of a longer name the actor stage
    did list ("Acme Pilots" of "Acme Pilots, Stewards and Engineers Union") is that party."""
    entity = next((entity_of(t) for t in words if t.ent_type_ == "ORG"), ())
    kept = [t for t in entity if not t.is_punct and t.lower_ != "the"]
    if not kept:
        return None
    name = strip_possessive(entity.doc[kept[0].i:kept[-1].i + 1].text)
    pattern = re.compile(rf"(?<!\w){re.escape(name.casefold())}(?!\w)")
    longer = {n for n, kind in lookup.kinds.items() if kind == "organization" and pattern.search(n.casefold())}
    return longer.pop() if len(longer) == 1 else name


def _members_of(token, lookup) -> Optional[str]:
    """ "Westmark City councillors": members named by their body's name, whose noun grows from the body's
    head ("councillor" of "Council"), act as the listed body ("Westmark City Council")."""
    words = _group_words(token).split() if token.tag_ == "NNS" and token.pos_ == "NOUN" else []
    if len(words) < 2:
        return None
    for name, kind in lookup.kinds.items():
        parts = name.split()
        if kind == "organization" and len(parts) == len(words) and parts[:-1] == words[:-1] \
                and token.lemma_.lower().startswith(parts[-1].casefold()):
            return name
    return None


def group_name(token) -> Optional[str]:
    """A group that acts, under the name the text gives it: "the striking nurses" -> "striking nurses",
    "Opposition MPs", "Utopian protesters", "fishermen". None for any other noun."""
    if not is_group_noun(token):
        return None
    if token.tag_ == "NN" and token.lemma_.lower() not in COLLECTIVE_GROUPS and not _proper_compound(token):
        return None  # "a worker" is a person, not a group ("the Green group" is one)
    return _group_words(token)


def is_group_noun(token) -> bool:
    """A noun for people who act together: a listed group noun, or a plural with a people's ending that acts
    or is asked (not "the votes of 52 congressmen", "shareholders seeking value")."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NNS", "NN"):
        return False
    if token.lemma_.lower() in GROUP_NOUNS or (token.tag_ == "NNS" and token.lemma_.lower() in BODY_NOUNS):
        return True  # "protesters", "parents' associations"
    return token.tag_ == "NNS" and token.lower_.endswith(PEOPLE_ENDINGS) and token.lower_ not in NOT_GROUPS \
        and token.dep_ in GROUP_DEPS and not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in token.children)


def _group_words(token) -> str:
    """A group's name as the text gives it: the noun with the modifiers right before it and the state that
    owns it ("Utopia's striking nurses")."""
    start, doc = token.i, token.doc  # with the modifiers right before it: "climate strikers", "Lagos State protesters"
    while start > 0 and start <= doc[start - 1].head.i <= token.i and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and doc[start - 1].lower_ not in QUANTIFIERS:  # "Several councillors" are councillors
        start -= 1
    owner = next((c for c in token.children if c.dep_ == "poss" and c.i < start and (
        c.pos_ == "PROPN" or c.tag_ == "NNS")), None)  # "Utopia's nurses", "parents' associations" (not "their")
    if owner is not None and owner.right_edge.i == start - 1:  # "Utopia's junta", "Utopia's striking nurses"
        start = owner.left_edge.i
    end = token.i + 1
    kin = object_of(token, "of") if token.lemma_.lower() in KIN_NOUNS else None
    if kin is not None:  # "relatives of the detained sailors": whose relatives says who they are
        end = kin.right_edge.i + 1
    words = doc[start:end].text
    first = doc[start]  # "Growers marched on Monday": capitalised only as the sentence's first word
    return words[:1].lower() + words[1:] if first.is_sent_start and first.pos_ in ("NOUN", "ADJ") else words


def _antecedent(pronoun, lookup, places: Gazetteer) -> Optional[str]:
    """The party a third-person pronoun stands for: "he", "she" -> the last person who was the subject of a
    sentence (else the last person named); "it", "they" -> the last subject that names a state, an
    organisation, a group, or a text that one issued ("The resolution ... It also demands"). A bounded
    look back, as for officials. The subject of "X said it would ..." is X first; a subject inside what
    someone said ("He said the minister refuses") is not who the text goes on about."""
    person = PRONOUNS[pronoun.lower_] == "person"
    clause = pronoun.head
    if pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAY_VERBS \
            and clause.head.i < pronoun.i:  # "X said it would", not "“They must ...,” X said"
        speaker = subject_of(clause.head)
        name = party_of(speaker, lookup, places) if speaker is not None and speaker.lower_ not in PRONOUNS else None
        if name and (lookup.kinds.get(name) == "person") == person:
            return name
    if pronoun.dep_ in OBJECT_DEPS and pronoun.head.dep_ in ("advcl", "xcomp") and pronoun.head.tag_ == "VBG":
        written_to = told(pronoun.head)  # "wrote to the Council asking it to": the one written to
        name = party_of(written_to, lookup, places) if written_to is not None else None
        if name and (lookup.kinds.get(name) == "person") == person:
            return name
    window = [t for t in reversed(pronoun.doc[max(0, pronoun.i - PRONOUN_LOOK_BACK):pronoun.i])
              if t.lower_ not in PRONOUNS and (t.ent_type_ or t.dep_ in SUBJECT_DEPS)]
    if pronoun.lower_ == "them":  # "told councillors the park mattered and asked them to": the people just named
        people = next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]) if t.tag_ == "NNS"
                       and t.pos_ == "NOUN" and (is_group_noun(t) or t.lemma_.lower() in ROLE_WORDS or is_agent_noun(t))),
                      None)
        if people is not None:
            return party_of(people, lookup, places) or _group_words(people)
    if pronoun.lower_ in PLURAL_PRONOUNS:  # "These looters, they ... They must ...": the nearest group is "they"
        nearest = next((t for t in window if t.dep_ in SUBJECT_DEPS), None)
        if nearest is not None and nearest.tag_ == "NNS" and nearest.pos_ == "NOUN" and not nearest.ent_type_:
            return party_of(nearest, lookup, places)
    # "X wrote to Y, urging him to ...": an object pronoun is never the subject of its own clause
    own = subject_of(pronoun.head) or agent_of(pronoun.head) if pronoun.dep_ in OBJECT_DEPS else None
    mine = party_of(own, lookup, places) if own is not None and own.lower_ not in PRONOUNS else None
    for subjects_only in (True, False) if person else (True,):
        for previous in window:
            if subjects_only and (previous.dep_ not in ("nsubj", "nsubjpass") or (
                    _reported(previous) and previous.sent != pronoun.sent)):  # "“X must ... and it must ...”"
                continue
            name = issuer_of(previous, lookup, places)
            kind_fits = (lookup.kinds.get(name) == "person") == person or (not person and _people(previous))
            if name and name != mine and kind_fits:
                return name
    return None


def _people(subject) -> bool:
    """ "X and Y, who ...": coordinated names, which "they" can stand for (the first is the party named)."""
    node = subject.head.head if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl" else subject
    return node.dep_ == "conj" or any(c.dep_ == "conj" for c in node.children)


QUOTE_OPENS, QUOTE_CLOSES, QUOTE_TOGGLES = frozenset("“‘"), frozenset("”’"), frozenset("\"'")


def _quoted(token) -> bool:
    """The token stands between quotation marks of its sentence. A straight mark opens only before a word
    it is glued to and after a space (so the apostrophe of "the attorneys' view" opens nothing)."""
    inside, doc = False, token.doc
    for mark in token.sent:
        if mark.i >= token.i:
            break
        if mark.text in QUOTE_OPENS:
            inside = True
        elif mark.text in QUOTE_CLOSES:
            inside = False
        elif mark.text in QUOTE_TOGGLES:
            spaced_before = mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
            inside = False if inside else spaced_before and not mark.whitespace_
    return inside


def _reported(token) -> bool:
    """The token is inside the clause a reporting verb reports (a few steps up at most), or quoted."""
    if _quoted(token):
        return True
    node = token
    for _ in range(REPORTED_DEPTH):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SAY_VERBS:
            return True
        node = node.head
    return False


def _only_state(token, lookup) -> Optional[str]:
    """ "the government" with no state given: the one state the article lists (two or more: unknown)."""
    if not states_government(token):
        return None  # "the state government", "local authorities": below the state
    states = [name for name, kind in lookup.kinds.items() if kind == "country"]
    return states[0] if len(states) == 1 else None


def _last_official(token, lookup, places: Gazetteer) -> Optional[str]:
    """ "the official" without a state: the state of the last official the text introduced (the same
    word first: "the official" refers back to "a Utopian official" before "an Eastland delegation")."""
    lemma = token.lemma_.lower()
    for same_word in (True, False):  # a bounded look back: the work stays linear in the article's length
        for previous in reversed(token.doc[max(0, token.i - LOOK_BACK):token.i]):
            if previous.lemma_.lower() in SPOKESPEOPLE and (previous.lemma_.lower() == lemma) == same_word:
                for child in previous.children:
                    state = places.demonym(child.text) or places.country(child.text)
                    if child.dep_ in ("amod", "compound", "poss") and state and state.casefold() in lookup:
                        return lookup[state.casefold()]
    return None
