"""Roles and sides written around a person's name.

"Russian Foreign Minister X", "X, the Utopian justice minister", "the Managing Director at the Bank of Y,
X,", "Y, a party led by X", "X was elected President of Y": the role and the party a person acts for,
read from the words before the name, appositions, the office the sentence gives and what the person
leads or calls theirs. The vocabularies of offices and bodies live here; `actors` folds the results
over every mention of a person.
"""
from __future__ import annotations

import re
from typing import Optional

from .grammar import entity_of
from .places import Gazetteer

# Ranks written short, with or without a dot ("Lt. Col. X", "Cmdr X"); not "Sen", a surname too.
ABBREVIATED_RANKS = frozenset("gen lt col maj capt cmdr cdr adm sgt cpl pvt brig supt insp".split())
# Words of office that precede or follow a name; general newsroom vocabulary.
ROLE_WORDS = frozenset("""president prime minister ministers secretary chancellor premier king queen prince emir sheikh
leader chief chairman chairwoman chairperson chair director director-general general commander spokesman spokeswoman
spokesperson adviser advisor ambassador envoy official officer correspondent reporter editor analyst mayor governor
senator representative deputy head founder ceo chief-of-staff staff lieutenant colonel major admiral marshal
emperor empress sultan pope bishop archbishop councillor councilor cllr captain coach ayatollah cleric judge justice
attorney lawyer negotiator mediator delegate delegation treasurer inspector commissioner superintendent foreign
coordinator researcher campaigner organiser organizer
defense defence interior finance security national intelligence army military mp mk mep mla mpp lawmaker legislator
""".split()) | {f"{rank}{dot}" for rank in ABBREVIATED_RANKS for dot in ("", ".")} | {  # "Lt. Col. X"
    "sen.", "rep.", "gov.", "amb."}  # offices written short, with the dot only ("Sen" is a surname too)
# Military ranks: a title, not the office, where the text gives one too ("the president, General X").
MILITARY_RANKS = frozenset("""general lieutenant colonel major admiral marshal captain commander brigadier sergeant
corporal private""".split()) | {f"{rank}{dot}" for rank in ABBREVIATED_RANKS for dot in ("", ".")}
# Offices that serve a state at a body: "the Utopian UN Ambassador" is Utopia's.
ENVOY_ROLES = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary", "consul"})
# Verbs by which a person heads a body: "a party led by X"; the office each names ("X, who chairs Acme").
LEADER_VERBS = frozenset({"lead", "head", "found", "chair", "run", "co-found"})
LEADER_OFFICES = {"lead": "leader", "head": "head", "found": "founder", "chair": "chair", "co-found": "co-founder"}
FOUNDING_VERBS = frozenset({"found", "co-found"})  # a founder stays one: "who founded X" is no past office
# Words that put an office in the past: the side is the one the text gives for now.
FORMER = frozenset({"former", "ex", "onetime", "erstwhile"})
# Words that qualify an office ("Senior Acme Party leader", "Former President"): never part of a name.
ROLE_QUALIFIERS = frozenset({"senior", "former", "acting", "interim", "veteran", "top", "outgoing", "incoming",
                             "longtime", "then", "ex"})
# Small words inside names (left out of initials, allowed between a name's words).
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in", "to"})
ORIGIN_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entity labels of where someone is from, not whom they serve
POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# Fields of offices: "Health Secretary", "Education Minister" (where "Acme CEO" names a company).
PORTFOLIOS = frozenset("""health education justice finance foreign defence defense interior home science trade
transport energy environment agriculture labour labor culture tourism housing treasury economy industry
communications information health-care welfare employment immigration infrastructure security mines""".split())
# Head nouns of institutions: "the union", "the court" stand for one; "the X High Court" is one whatever
# label the model gives it.
INSTITUTION_NOUNS = frozenset({"union", "court", "council", "party", "commission", "committee", "board", "assembly",
                               "agency", "ministry", "tribunal", "parliament", "congress", "senate", "bank"})
# Nouns of organisations and offices that belong to one: "Acme party chair", "Acme founder" name Acme.
ORG_NOUNS = INSTITUTION_NOUNS | {"movement", "group", "company", "firm", "faction", "alliance", "front", "coalition",
                                 "bloc", "militia", "club", "team", "network", "association", "federation", "league",
                                 "foundation", "institute", "college", "society", "collective"}
# Nouns a text names a business or a club by ("the company", "the airline", "the ride-hailing company Acme").
COMPANY_NOUNS = frozenset("""company firm corporation business conglomerate club airline carrier developer operator
retailer lender insurer carmaker automaker manufacturer startup fund""".split())
KIND_NOUNS = ORG_NOUNS | COMPANY_NOUNS  # "the company X", "X, an aid group": the text says what X is
# A state's government named without the state ("called on the government to"), and the words that put one
# below the state ("the state government", "local authorities").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "authorities", "authority", "cabinet"})
LOCAL_WORDS = frozenset({"state", "local", "provincial", "regional", "city", "municipal", "county", "district"})


def states_government(token) -> bool:
    """ "the government", "the authorities": a state's, not one below it ("the state government")."""
    return token.lemma_.lower() in GOVERNMENT_NOUNS and not any(c.lower_ in LOCAL_WORDS for c in token.children)


# Head nouns of a government's departments: "Health Secretary X" serves "the Department of Health".
MINISTRY_NOUNS = frozenset({"ministry", "department"})
# Offices named with the field they cover after "for" ("Minister for X", "the envoy for X"); not
# "a spokesman for X", "a lawyer for X", who speak for a party.
PORTFOLIO_OFFICES = frozenset({"minister", "ministers", "secretary", "commissioner", "envoy"}) | MINISTRY_NOUNS
# Links between the words of a field: "X, Y and South Z" of "the Secretary for X, Y and South Z affairs".
FIELD_LINKS = frozenset({"conj", "compound", "amod", "appos", "nmod"})
MAX_FIELD_WORDS = 8  # a field is a short list: the walk up to its "for" stays short
OWNER_ROLES = frozenset({"founder", "co-founder", "ceo", "cfo", "coo", "cto", "owner", "chairman", "chairwoman",
                         "chief"})
OWNER_WORDS = ORG_NOUNS | OWNER_ROLES  # what the words before them name as the office's organisation
# Forms of address before a name: "Ms Okafor" is the Okafor of the article.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "mme", "mlle",
                        "herr", "frau", "sr", "sra", "cllr", "hon", "rev", "fr"})
# Titles written short with a dot before a name: the tokenizer must keep the dot on them ("Cmdr." + "."
# would end the sentence before the name).
ABBREVIATED_TITLES = ABBREVIATED_RANKS | {"cllr", "hon"}


def glued_credit(token) -> bool:
    """ "AGENCY Jane Roe said": an agency's name in capitals opening the lede, glued to its first name (not
    to an office: "NATO Secretary General Jane Roe" is NATO's)."""
    doc = token.doc
    return (token.is_sent_start and token.is_upper and token.is_alpha and len(token) > 3 and token.i + 1 < len(doc)
            and doc[token.i + 1].is_title and doc[token.i + 1].lower_ not in ROLE_WORDS)


def is_office(role: Optional[str]) -> bool:
    words = role.split() if role else []
    return bool(role_words(role) & ROLE_WORDS) or any(  # "Health MEC": a field and the acronym of its office
        field.casefold() in PORTFOLIOS and ACRONYM.fullmatch(title) for field, title in zip(words, words[1:]))


def office_acronym(token) -> bool:
    """ "MEC" of "Health MEC X": an acronym right after a field names the office, not a body."""
    doc = token.doc
    return bool(ACRONYM.fullmatch(token.text)) and token.i > 0 and doc[token.i - 1].text[:1].isupper() \
        and doc[token.i - 1].lower_ in PORTFOLIOS


def role_words(role: Optional[str]) -> set[str]:
    return set(re.split(r"[\s-]+", role.casefold())) if role else set()


def role_and_affiliation(doc, start: int, end: int, places: Gazetteer) -> tuple[Optional[str], Optional[str]]:
    """Role and affiliation written around a name: before it ("Utopian Foreign Minister Ivo Dane",
    "Utopia's minister, Jane Roe", "CEO, Acme Mining, Jane Roe"), after it ("Jane Roe, the Utopian justice
    minister", "Jane Roe, a fellow at the Institute of X"), or in what it does ("a party led by Jane Roe",
    "Jane Roe was elected President of Utopia", "sanctions by Jane Roe")."""
    root = doc[start:end].root
    role, affiliation = _owner_before(root, start, end, places)  # "Red and Blue's Jane Roe": the whole owner
    if affiliation is None:
        role, affiliation = _split_role(words_before(doc, start), places)
    rank = role if role_words(role) and role_words(role) <= MILITARY_RANKS else None
    role = None if rank else role  # "the president, General X": the office the apposition gives comes first
    for finder in (_before_apposition, _before_comma, _after_apposition, _office_clause, _led_by, _leads,
                   _own_body, _of_body):
        if role and affiliation:
            break
        more_role, more_side = finder(root, start, end, places)
        role, affiliation = role or more_role, affiliation or more_side
    return role or rank, affiliation or _acting_for(root, places)


TITLE_JOINERS = ("of", "the")  # small words inside a title run ("Minister of the Interior")
PHRASE_JOINERS = TITLE_JOINERS + ("at", "for", "from")  # and inside a role phrase set off by a comma


def words_before(doc, start: int, joiners: tuple[str, ...] = TITLE_JOINERS) -> list:
    """The run of title words right before a name: capitalised words, role words, "of", "the", possessives."""
    run = []
    i = start - 1
    sent_start = doc[start].sent.start
    while i >= sent_start and len(run) < 10:
        token = doc[i]
        text = token.text
        if token.is_space:  # a doubled space between words
            i -= 1
            continue
        if glued_credit(token):  # "AGENCY Jane Roe": the dateline's credit, not a title
            break
        titled = text[:1].isupper() or text[:1].isdigit() or text == "-"
        acronym = bool(ACRONYM.fullmatch(text))  # "ACR general secretary X", whatever part of speech the parser gave
        has_role = any(t.text.casefold() in ROLE_WORDS for t in run) or bool(run and run[-1].pos_ == "NOUN")
        described = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and i > 0 and doc[i - 1].ent_type_ == "NORP")
        if described and text.islower() and token.is_alpha and (not run or token.dep_ == "compound"):
            run.insert(0, token)  # "dictator Ivo Dane", "Kenyan great X", "Acme party chair Jane Roe"
            i -= 1
            continue
        if (POSSESSIVE.fullmatch(text) or text in joiners or text.casefold() in ROLE_WORDS
                or (titled and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "PUNCT")) or acronym
                or (has_role and token.pos_ == "ADJ")):
            run.insert(0, token)
            i -= 1
            continue
        break
    while run and (run[0].text in joiners or POSSESSIVE.fullmatch(run[0].text)):
        run = run[1:]
    return run


def _before_comma(root, start: int, end: int, places: Gazetteer):
    """ "the Managing Director at the Bank of X, Jane Roe, who ...": a role phrase and a comma before a
    name set off by commas, where the parser saw no apposition."""
    doc = root.doc
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None, None
    run = words_before(doc, start - 1, PHRASE_JOINERS)
    if not any(t.lower_ in ROLE_WORDS for t in run):
        return None, None
    return _split_role(run, places)


def _before_apposition(root, start: int, end: int, places: Gazetteer):
    """ "Utopia's foreign minister, Jane Roe" and "CEO, Acme Mining, Jane Roe": the name is in apposition
    to a phrase before it that holds a role word."""
    if root.dep_ != "appos" or root.head.i >= start:
        return None, None
    chain = [root.head]
    while chain[-1].dep_ in ("conj", "appos", "compound", "pobj", "prep") and chain[-1].head.i < chain[-1].i:
        chain.append(chain[-1].head)  # "CEO, Acme Mining, Jane Roe", "the head of the agency of X, Jane Roe"
    office = next((t for t in chain if t.text.casefold() in ROLE_WORDS or t.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ROLE_WORDS for c in t.children)), None)  # "chief executive"
    if office is None:
        return None, None
    title = words_before(root.doc, start)  # "the president, General X": the rank is not the office's
    end = title[0].i if title else start
    return _split_role([t for t in office.subtree if t.i < end and (not t.is_punct or t.text == ",")], places)


def _after_apposition(root, start: int, end: int, places: Gazetteer):
    """ "Jane Roe, the Utopian justice minister," / "Jane Roe, chief executive of Acme": the role and side
    in the apposition after the name (its own clauses left out: "who is now ..." says something else)."""
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i >= end), None)
    if appos is None or root.doc[end].text != ",":  # "X and army chief Y" is two people, not an apposition
        return None, None
    words = [t for t in appos.subtree if not t.is_punct and not _in_clause(t, appos)]
    if any(t.ent_type_ == "PERSON" and t.dep_ != "poss" and t.head.dep_ != "poss" and not _served_in(t, appos)
           for t in words):  # "X, Adviser Y and Chief Z": a list of people ("X, Y's director", "an aide to Y" serve Y)
        return None, None
    role, affiliation = _split_role(words, places)
    if any(t.lower_ in FORMER for t in words):  # "a former Utopian minister who is now head of Acme"
        now = _now_office(appos, places)
        return now if now[0] else (None, None)
    if is_office(role):
        return role, affiliation
    return None, affiliation if _is_post(words) else None


def _served_in(token, top) -> bool:
    """The token hangs under "to" or "for" inside the phrase `top` ("an adviser to President X", "a lawyer
    for X"; not "the father of X")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "for"):
            return True
        token = token.head
    return False


def _now_office(appos, places: Gazetteer):
    """The office in a clause of the apposition: "... who is now head of Acme" -> ("head", "Acme")."""
    for clause in appos.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be":
            office = next((c for c in clause.children if c.dep_ == "attr" and c.lower_ in ROLE_WORDS), None)
            if office is not None:
                return _split_role([t for t in office.subtree if not t.is_punct and not _in_clause(t, office)],
                                   places)
    return None, None


def _owner_before(root, start: int, end: int, places: Gazetteer):
    """ "Red and Blue's Jane Roe": a name owned by the body before it (a party of several words, which the
    title run does not cross)."""
    doc = root.doc
    if start < 2 or not POSSESSIVE.fullmatch(doc[start - 1].text):
        return None, None
    owner = doc[start - 2]
    while owner.dep_ == "conj" and owner.head.i < owner.i:
        owner = owner.head
    ent = entity_of(owner)
    first = ent.start if ent else min(t.i for t in owner.subtree)
    words = doc[first:start - 1]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if any(t.ent_type_ == "PERSON" for t in words) or not _capitalised_name(words):
        return None, None
    return None, _state_or_name(words.text, places)


def _led_by(root, start: int, end: int, places: Gazetteer):
    """ "Acme, a party led by Jane Roe": the body the person leads, founds or chairs."""
    if root.dep_ != "pobj" or root.head.dep_ != "agent" or root.head.head.lemma_ not in LEADER_VERBS:
        return None, None
    body = root.head.head.head
    name = _name_before_comma(body) if body.pos_ == "NOUN" else _entity_text(body)  # "Acme, a party led by"
    return (None, name) if name else (None, None)


def _leads(root, start: int, end: int, places: Gazetteer):
    """ "Jane Roe, who chairs the Acme Union," / "Jane Roe leads the Acme party": the named body the person
    heads, and the office the verb names."""
    verbs = [c for c in root.children if c.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in c.children)]
    verbs += [root.head] if root.dep_ == "nsubj" else []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in LEADER_VERBS or (verb.tag_ == "VBD" and lemma not in FOUNDING_VERBS):
            continue  # "who led X until 2019": an office held once ("who founded X" stays true)
        body = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"), None)
        if body is not None:
            return LEADER_OFFICES.get(lemma), strip_possessive(strip_article(entity_of(body).text))
    return None, None


def _name_before_comma(noun) -> Optional[str]:
    """ "Acme Works, a company ...": the capitalised name set off by a comma before a noun phrase."""
    doc, left = noun.doc, noun.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return None
    first = left - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    return doc[first:left - 1].text if first < left - 1 else None


def _own_body(root, start: int, end: int, places: Gazetteer):
    """ "Jane Roe said her Acme Capital fund would ...": the organisation the subject calls her own."""
    if root.dep_ != "nsubj":
        return None, None
    for token in root.head.subtree:
        if token.dep_ == "poss" and token.lower_ in ("his", "her"):
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
            ent = entity_of(following) if following.ent_type_ == "ORG" and following.ent_iob_ == "B" else ()
            if ent and (len(ent) > 1 or ACRONYM.fullmatch(ent.text)):  # not "his Cabinet"
                return None, _entity_text(ent[0])
    return None, None


def _of_body(root, start: int, end: int, places: Gazetteer):
    """ "Jane Roe of the Acme party said", "Ivo Dane of Human Rights Now": the body the person is "of". A
    state, town or region is where they are from, no side ("Jane Roe of Northtown", a player "of Utopia")."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.ent_type_ in ("PERSON", "DATE") or not any(
            t.text[:1].isupper() for t in body.subtree if t.i <= body.i):
        return None, None
    words = [t for t in body.subtree if t.i <= body.i and t.dep_ != "det" and not POSSESSIVE.fullmatch(t.text)]
    if body.lower_ in ORG_NOUNS and not body.text[:1].isupper():
        words = words[:-1]  # "the Acme party": the party's name
    name = _phrase(words)
    if not name or not _capitalised_name(words):
        return None, None
    if body.ent_type_ in ORIGIN_LABELS or places.country(name) or places.place(name):
        return None, None
    return None, name


NAMED_FIELD_PREPS = frozenset({"for", "of", "on", "against"})  # "Coalition for X", "Alliance against Y"


def named_field(head) -> list:
    """ "for Fair Fares" of "the Coalition for Fair Fares": the capitalised field right after a name's head
    noun, up to the head of its object; [] when there is none."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in NAMED_FIELD_PREPS and c.i == head.i + 1),
                None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return []
    tail = [t for t in prep.subtree if t.i <= obj.i]
    return tail if _capitalised_name(tail[1:]) else []


def _capitalised_name(tokens) -> bool:
    """Every word capitalised or one of the small words inside names ("Bank of the North")."""
    return all(t.text[:1].isupper() or t.lower_ in FUNCTION_WORDS for t in tokens)


def _entity_text(token) -> Optional[str]:
    """The name of the organisation or state entity a token is part of."""
    ent = entity_of(token)
    if not ent or token.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    return strip_possessive(strip_article(ent.text)) or None


def _state_or_name(text: str, places: Gazetteer) -> str:
    return places.country(text) or places.demonym(text) or strip_possessive(text)


def _office_clause(root, start: int, end: int, places: Gazetteer):
    """ "Jane Roe was elected President of Utopia", "Jane Roe is the chair of Acme": an office the subject
    holds, given as the complement of its verb."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None, None
    office = next((c for c in root.head.children if c.dep_ in ("attr", "oprd") and c.text.casefold() in ROLE_WORDS),
                  None)
    if office is None:
        return None, None
    return _split_role([t for t in office.subtree if not t.is_punct and not _in_clause(t, office)], places)


def _in_clause(token, top) -> bool:
    """The token hangs under a clause inside the phrase `top` ("who ...", "which ...")."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos"):
            return True
        token = token.head
    return False


def _is_post(words) -> bool:
    """A position at or with an organisation: "a fellow at X", "a member of X"."""
    return any(t.lower_ in ("at", "of", "for", "with") and t.dep_ == "prep" for t in words)


def _acting_for(root, places: Gazetteer) -> Optional[str]:
    """ "Utopian sanctions by President Jane Roe": the person acts for the state that owns the action."""
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.head.pos_ != "NOUN":
        return None
    action = root.head.head  # "sanctions", or "the reimposition of US sanctions"
    nouns = [action] + [obj for prep in action.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for obj in prep.children if obj.dep_ == "pobj"]
    for noun in nouns:
        for modifier in noun.children:
            if modifier.dep_ in ("compound", "amod", "poss", "nmod"):
                state = places.country(modifier.text) or places.demonym(modifier.text)
                if state:
                    return state
    return None


def _split_role(run, places: Gazetteer) -> tuple[Optional[str], Optional[str]]:
    """(role, side) of title words: "Utopian Foreign Minister" -> ("Foreign Minister", "Utopia"); an
    organisation named among them wins over a state ("a fellow at the Institute of X in Utopia")."""
    affiliation = None
    orgs: list[list] = []  # runs of organisation words; the last is the widest ("a fellow at X at Y")
    role_tokens = []
    region = None
    owner = _owner_words(run, places)  # "Acme party chair"
    possessor = [] if owner else _possessor(run, places)  # "Acme's legal director"
    if owner or (possessor and not _personal(possessor)):  # "Jane Roe's spokeswoman" serves her (actor stage)
        orgs.append(owner or possessor)
    owner = owner or possessor  # no part of the role either way
    owned = _owned_by_body(run)
    for token in run:
        word = strip_possessive(token.text)
        if token.text == ",":  # kept inside a role ("Secretary for X, Y and Z affairs"), dropped elsewhere
            if role_tokens and role_tokens[-1].i == token.i - 1:
                role_tokens.append(token)
            continue
        if POSSESSIVE.fullmatch(token.text) or token in owner or _common_owner(token) or token.tag_ == "PRP$":
            continue  # "Its president", "her spokesman": the owner is found elsewhere
        # "Secretary for X and Y affairs": X is what the office covers, no side; "MEC" of "Health MEC" is the office
        if office_field(token) or office_acronym(token):
            role_tokens.append(token)
            continue
        state = places.country(word) or places.demonym(word) or _state_named(token, places)
        posted = places.country(word) or _state_named(token, places) or places.seat(word)
        if posted and _posted_to(role_tokens):  # "ambassador to Utopia": the post, not the side
            role_tokens.append(token)
            continue
        if state and not owned and (token.ent_iob_ != "I" or token.ent_type_ != "ORG"):  # "Bank of Utopia" is a bank
            affiliation = affiliation or state
            continue
        place = _region(token, places)
        if place:  # "Northshire Premier Jane Roe": the office is the region's
            region = region or place
            continue
        continues = bool(orgs) and orgs[-1][-1].i == token.i - 1
        starts = token.text[:1].isupper() or continues  # "the" of "the Acme Commission" starts no name
        inside = token.ent_iob_ == "I" and token.ent_type_ == "ORG"  # "General" of "Eastland General Hospital"
        if (_org_word(token) and starts and not _portfolio(token)) or (continues and (token.like_num or inside)):
            if continues:
                orgs[-1].append(token)
            else:
                orgs.append([token])
            continue
        role_tokens.append(token)
    while role_tokens and role_tokens[0].lower_ in ("of", "the", "a", "an"):
        role_tokens = role_tokens[1:]
    while role_tokens and role_tokens[-1].text in ("of", "the", "at", "for", "with", ","):
        role_tokens = role_tokens[:-1]
    role = _phrase(role_tokens) or None
    descriptor = len(role_tokens) == 1 and role_tokens[0].text.islower() and role_tokens[0].pos_ == "NOUN"
    if role and not descriptor and not is_office(role):
        role = None
    orgs = sorted((words for words in orgs if any(t.text[:1].isupper() for t in words)),  # not "X's committee"
                  key=lambda words: words[0].i)
    if affiliation and role_words(role) & ENVOY_ROLES:  # "Utopia's UN Ambassador": the state's, posted to the UN
        return _phrase(sorted([t for words in orgs for t in words] + role_tokens, key=lambda t: t.i)), affiliation
    if orgs:
        words = orgs[-1]
        org = strip_possessive(strip_article(words[0].doc[words[0].i:words[-1].i + 1].text))
        return role, org or affiliation or region
    return role, affiliation or region


def _posted_to(role_tokens) -> bool:
    """The role so far ends in "to" ("ambassador to", "envoy to the"): a state or capital next is where the
    office holder is posted."""
    words = [t.lower_ for t in role_tokens[-2:]]
    return bool(words) and (words[-1] == "to" or words == ["to", "the"])


def _state_named(token, places: Gazetteer) -> Optional[str]:
    """The state a place entity names as a whole ("Republic" of "the Republic of Utopia")."""
    if token.ent_type_ != "GPE":
        return None
    return places.country(strip_possessive(entity_of(token).text))


def _possessor(run, places: Gazetteer) -> list:
    """ "Acme's legal director": the capitalised name owning the office, however the model tagged it (a state
    is read word by word as a side)."""
    for position, token in enumerate(run[1:], start=1):
        if POSSESSIVE.fullmatch(token.text):
            start = position
            while start > 0 and run[start - 1].text[:1].isupper() and run[start - 1].i == run[start].i - 1 \
                    and run[start - 1].lower_ not in ROLE_WORDS:
                start -= 1
            words = run[start:position]
            return words if words and not places.country(_phrase(words)) and not places.demonym(_phrase(words)) else []
    return []


def _personal(words) -> bool:
    """A person's name: tagged so, or after an honorific ("Mr. Roe")."""
    return any(t.ent_type_ == "PERSON" for t in words) or words[0].lower_.rstrip(".") in HONORIFICS


def _owned_by_body(run) -> bool:
    """ "the college's Scottish director": a body described by its kind owns the office, so a demonym among
    its words says what the office covers, not the holder's side."""
    if not run:
        return False
    doc, first = run[0].doc, run[0].i
    owners = list(run) + ([doc[first - 2]] if first >= 2 and POSSESSIVE.fullmatch(doc[first - 1].text) else [])
    return any(_common_owner(t) and t.lemma_ in KIND_NOUNS for t in owners)


def _common_owner(token) -> bool:
    """ "the country's president", "the party's leader": a common noun that owns the office is no part of
    its title (the state or party it stands for is found elsewhere)."""
    doc = token.doc
    return token.text.islower() and token.i + 1 < len(doc) and bool(POSSESSIVE.fullmatch(doc[token.i + 1].text))


def described_body(office):
    """ "a spokeswoman for the airline", "the head of the agency": the body the office serves, described by
    its kind rather than named (found by the actor stage, like "the airline's spokeswoman"; the role keeps
    the words, which say whom it serves when no body is found)."""
    return next((o for p in office.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for o in p.children if o.dep_ == "pobj" and o.text.islower() and o.lemma_ in KIND_NOUNS
                 and [d.lower_ for d in o.children if d.dep_ not in ("punct", "appos")] == ["the"]),
                None)  # "of the tax ministry" is a title; "for the firm, X": the parser hangs X there


def _phrase(tokens) -> str:
    """Tokens as written ("Secretary-General" stays one word); a space where words were left out."""
    return "".join(t.text + (t.whitespace_ if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else " ")
                   for i, t in enumerate(tokens)).strip()


def _region(token, places: Gazetteer) -> Optional[str]:
    """The region (a province, a state of a federation) a capitalised word names, read whole ("New South
    Wales"; "Central Asia" is no "Central")."""
    if not token.text[:1].isupper() or token.ent_type_ in ("ORG", "PERSON"):
        return None
    text = entity_of(token).text if token.ent_type_ in ("GPE", "LOC") else token.text
    return text if places.place(text) else None


def _owner_words(run, places: Gazetteer) -> list:
    """ "New Acme party chair", "Acme founder": the capitalised words before an organisation noun or an
    owner's title name the organisation the office belongs to."""
    for position in range(len(run) - 1):
        if run[position + 1].lower_ in OWNER_WORDS and _name_word(run[position], places):
            start = position
            while start > 0 and _name_word(run[start - 1], places):
                start -= 1
            noun = run[position + 1]
            named = noun.lower_ in ORG_NOUNS and noun.text[:1].isupper()  # "Central Election Commission"
            return run[start:position + 2 if named else position + 1]
    return []


def _name_word(token, places: Gazetteer) -> bool:
    """A word of an organisation's name ("Senior" or "Its" opening a sentence is not one)."""
    return (token.text[:1].isupper() and token.pos_ not in ("DET", "PRON")
            and (token.lower_ not in ROLE_WORDS or _inside_body_name(token)) and token.lower_ not in ROLE_QUALIFIERS
            and not places.country(token.text)
            and not places.demonym(token.text) and not POSSESSIVE.fullmatch(token.text))


def _org_word(token) -> bool:
    """Part of an organisation's name: tagged so, an acronym, or a number right after one ("G20"); an
    office's word only after "of" inside the name ("the Council of Ministers", "the Chiefs of Staff") or as
    the field of a ministry ("the Foreign Ministry")."""
    word = strip_possessive(token.text)
    acronym = len(word) >= 2 and word.isupper() and word.isalpha()
    named_after = token.ent_iob_ == "I" and token.doc[token.i - 1].lower_ == "of"
    doc = token.doc
    ministry = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in MINISTRY_NOUNS  # "Foreign Ministry"
    return (token.ent_type_ == "ORG" or acronym) and (word.casefold() not in ROLE_WORDS or named_after or ministry
                                                      or _inside_body_name(token))


def _inside_body_name(token) -> bool:
    """ "National" of "the National Parents Association": a word of a tagged name headed by a body's noun."""
    name = entity_of(token)
    return token.ent_type_ == "ORG" and token.i < name.end - 1 and name[-1].lower_ in KIND_NOUNS


def _portfolio(token) -> bool:
    """ "Health Secretary", "Education Minister": the office's field, even when the model tags it as an
    organisation."""
    doc = token.doc
    return token.lower_ in PORTFOLIOS and token.i + 1 < len(doc) and (
        doc[token.i + 1].lower_ in ROLE_WORDS or office_acronym(doc[token.i + 1]))


def office_field(token) -> bool:
    """A word of the field an office is for: X, Y or Z of "Minister for X", "the envoy for X, Y and Z
    affairs" (a name there is no party and no side)."""
    for _ in range(MAX_FIELD_WORDS):
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lower_ in PORTFOLIO_OFFICES:
            return True
        if token.dep_ not in FIELD_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False


_LEADING_THE = re.compile(r"^the\s+", re.I)


def strip_article(text: str) -> str:
    return _LEADING_THE.sub("", text)


def strip_possessive(text: str) -> str:
    return POSSESSIVE.sub("", text).strip()
