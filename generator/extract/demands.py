"""Demands of one article: who demands what of whom, one entry per demanded action.

Needs the parsed Doc of the body (and of the headline) and the article's actors. Each way English states
a demand is one frame (FRAMES, with an example each); the parties a frame names are resolved by
`parties`, the grammar it reads is in `grammar`. Coordinated actions and listed items become one demand
each; negated and hypothetical statements are skipped; a repeat (a paragraph and a bullet list, a
headline) is one entry.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..model import Actor, Demand
from ..slug import content_id, slugify
from .grammar import (PRESSING_NOUNS, RELATIVE, addressee_of, agent_of, is_conditional, is_infinitive, is_negated,
                      is_passive, passive_agent, subject_of, verb_conjuncts)
from .nlp import is_list_item
from .parties import (DOCUMENT_NOUNS, FIRST_PERSON, LOOK_BACK, PARTY_ENTITIES, SAY_VERBS, actor_lookup, is_agent_noun,
                      is_group_noun, issuer_of, names_party, nearest_speaker, party_of, speaker_of, told)
from .places import Gazetteer, gazetteer

# lemma -> type; CAMEO separates "Demand" (10) from "Appeal" (02), "Propose" (03) and "Threaten" (13).
DEMAND_VERBS = {"demand": "demand", "insist": "demand", "require": "demand", "order": "demand",
                "press": "demand", "push": "demand", "want": "demand", "request": "demand",
                "direct": "demand", "instruct": "demand", "command": "demand", "tell": "demand", "warn": "demand",
                "urge": "appeal", "call": "appeal", "ask": "appeal", "appeal": "appeal", "plead": "appeal",
                "encourage": "appeal", "like": "appeal", "hope": "appeal", "implore": "appeal", "beg": "appeal",
                "exhort": "appeal", "petition": "appeal", "lobby": "appeal", "advise": "appeal", "challenge": "appeal",
                "recommend": "proposal"}
# Verbs that demand only through an infinitive after whom they address: "told X to leave" orders, "told X
# that ..." or "told X:" reports; "warned X to stay away", not "warned that ...".
INFINITIVE_ONLY_VERBS = frozenset({"tell", "warn", "advise", "challenge"})
# Objects by which a party asks itself: "challenging itself to halve its emissions" is an aim.
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
# Verbs of wishing: "wants X to leave" and "hopes that X will" are demands of X; "wants to win" and "hopes
# that the weather holds" are not: their clause needs an object or a party as subject.
WISH_VERBS = frozenset({"want", "like", "hope"})
# Verbs that, as a participle after a noun, describe it ("investors seeking returns", "people wanting change").
DESCRIBING_PARTICIPLES = frozenset({"seek", "want", "hope"})
CLAIM_OR_DEMAND_VERBS = frozenset({"insist"})  # "insist that X is" claims, "insist that X be" demands
# A clause that opens with these is a question ("asked how many ...", "asked if he would ..."), not a demand.
QUESTION_WORDS = frozenset({"if", "whether", "how", "what", "why", "when", "where", "who", "which", "whom"})
MODALS = {"must": "demand", "should": "appeal", "shall": "demand"}  # "X shall not ...": an order's words
CONTRACTED_NOT = frozenset({"n't", "n’t"})
# Modals and marks a demanded action is read without: "X must leave" -> "X leave".
LEFT_OUT_MARKS = frozenset(MODALS) | {"to", "that", "has", "have", "had", "for", "unless", "until"}
PROPOSE_VERBS = {"propose", "offer", "suggest"}
PROPOSAL_NOUNS = {"offer", "proposal"}
# Nouns whose clause states what is demanded: "an ultimatum that X must go", "an ultimatum to X to go".
CLAUSE_NOUNS = frozenset({"demand", "ultimatum", "insistence", "request", "requirement"})
RED_LINE_VERBS = {"allow", "tolerate", "permit"}  # "will not allow X to ...": a warning, a red line
CONDITION_MARKS = {"unless", "until"}
# What a party holds back or keeps up "until" another acts states a condition, as "will not ... until" does:
# "will block the deal until X withdraws", "the strike will continue until X agrees".
WITHHOLDING_VERBS = frozenset({"block", "veto", "boycott", "withhold", "refuse", "oppose", "resist"})
PERSISTING_VERBS = frozenset({"continue", "remain", "stay", "persist", "keep"})
OBJECT_FIRST_VERBS = frozenset({"order", "urge", "tell", "instruct", "direct", "force", "compel", "press"})
CONSEQUENCE_VERBS = frozenset({"face", "risk", "incur", "suffer", "lose"})  # "comply or face fines": no demand
ULTIMATUM_VERBS = {"give", "set", "issue"}  # "gave X until Friday to ...", "set a deadline for X to ..."
TIME_WORDS = {"hour", "day", "week", "month", "year", "minute", "deadline", "ultimatum"}
NEED_VERBS = {"have", "need"}  # "has to", "needs to"
REPORT_VERBS = {"list", "outline", "summarize", "summarise", "present", "detail", "paraphrase", "report", "quote"}
REPORTING = SAY_VERBS | REPORT_VERBS
LIST_VERBS = {"include", "involve", "mean", "entail", "comprise", "cover"}  # "must include A, B and C"
ASIDE_MARKS = {"while", "although", "though", "because", "since", "whereas", "after", "before", "when", "as"}
MAX_TEXT = 200
# The type a kind of frame gives its demands (CAMEO: a condition or deadline is a demand, a threat a warning),
# and the kinds stated through a negation or a condition ("will not allow", "unless", "if X does not").
TYPE_OF_KIND = {"condition": "demand", "ultimatum": "demand", "threat": "warning"}
STATED_BY_CONDITION = frozenset({"warning", "condition", "ultimatum", "threat"})
# Offers made on a condition: "offered to pause the strike if the minister agrees to negotiate".
OFFER_VERBS = frozenset({"offer", "propose", "promise", "pledge", "agree", "vow"})
# "if X agrees to negotiate": what X must do is the negotiating.
ASSENT_VERBS = frozenset({"agree", "accept", "commit", "consent", "start", "begin"})
CONTINUATIONS = frozenset({"and", "also", "or"})  # "And release the prisoners." goes on with the demand before


class _Reading:
    """What the finder remembers from sentence to sentence: who spoke last, the open list a sentence
    introduced ("The resolution requires Utopia to:" -> each item after it), the last demand found."""

    def __init__(self, addressed: dict[str, set[str]]):
        self.addressed = addressed  # demander -> whom their statements were made to ("wrote to Y", "told Y")
        self.last_speaker: Optional[str] = None
        self.list_intro: Optional[tuple[str, Optional[str], Optional[str]]] = None  # (type, by, of)
        self.previous: Optional[Demand] = None
        self.quote_speaker: Optional[str] = None  # who speaks in a quotation still open
        self.quoted_by: Optional[str] = None  # who spoke the quotation of the last sentence, its paragraph going on
        self.in_quote = False
        self.demander: Optional[str] = None  # who made the last demand with a demander ...
        self.since = 0  # ... and how many sentences ago


def extract_demands(doc, actors: tuple[Actor, ...], places: Gazetteer | None = None,
                    headline: str = "", headline_doc=None) -> tuple[Demand, ...]:
    """The demands of a parsed body and headline; the headline names the body behind a text the story
    quotes ("Assembly adopts resolution ..." over "The resolution demands ...")."""
    places = places or gazetteer()
    lookup = actor_lookup(actors, headline)
    found: dict[str, Demand] = {}
    addressed: dict[str, set[str]] = {}
    for parsed in (doc, headline_doc) if headline_doc is not None else (doc,):
        reading = _Reading(addressed)
        for sent in parsed.sents:
            for demand in _sentence_demands(sent, lookup, places, reading):
                headline_only = parsed is headline_doc
                if headline_only and not demand.by:
                    continue  # a headline's demand stands alone only when it names who demands
                earlier = next((d for d in found.values() if same_demand(d, demand)
                                or (headline_only and _restates(demand, d, lookup.kinds))), None)
                if earlier is None:
                    found[demand.id] = demand
                elif demand.evidence not in earlier.evidence:  # said twice (a paragraph and a bullet list): one entry
                    found[earlier.id] = replace(earlier, evidence=f"{earlier.evidence} {demand.evidence}")
    return _fold_groups(_addressed_alike(tuple(found.values()), addressed, actors), set(lookup.kinds))


def _addressed_alike(demands: tuple[Demand, ...], addressed: dict[str, set[str]],
                     actors: tuple[Actor, ...]) -> tuple[Demand, ...]:
    """A side's demands that name no addressee are made of the one party that side addressed its
    statements to elsewhere in the article ("X wrote to Acme's chief: ... X also wants lower costs"). A
    person and the organisation they are affiliated with are one side."""
    sides = {a.name: a.affiliation for a in actors if a.kind == "person" and a.affiliation}
    side = lambda name: sides.get(name, name)  # noqa: E731
    to: dict[str, set[str]] = {}
    for by, parties in addressed.items():
        to.setdefault(side(by), set()).update(parties)
    alike = {by: next(iter(of)) for by, of in to.items() if len(of) == 1}
    return tuple(_with_parties(d, d.by, alike[side(d.by)]) if d.by and not d.of and side(d.by) in alike
                 and alike[side(d.by)] != d.by else d for d in demands)


def _fold_groups(demands: tuple[Demand, ...], actors: set[str]) -> tuple[Demand, ...]:
    """One name per group: "underpaid health workers" is the "health workers" the article also names."""
    groups = {p for d in demands for p in (d.by, d.of) if p and p not in actors}
    short = {g: min((h for h in groups if g.casefold().endswith(" " + h.casefold())), key=lambda h: (len(h), h),
                    default=g) for g in groups}  # ties broken by the text: the same output on every run
    if all(short[g] == g for g in groups):
        return demands
    return tuple(_with_parties(d, short.get(d.by, d.by), short.get(d.of, d.of)) for d in demands)


def _sentence_demands(sent, lookup, places: Gazetteer, reading: _Reading) -> list[Demand]:
    opens_quote = sent.text.lstrip()[:1] in QUOTE_OPENERS  # ' "Y," said X. "Z." ': X says Z too
    speaker = speaker_of(sent, lookup, places) or _demands_made_by(sent, lookup, places) or reading.quote_speaker \
        or (reading.quoted_by if opens_quote else None)
    reading.last_speaker = speaker or reading.last_speaker
    quoting = any(mark in sent.text for mark in QUOTE_OPENERS)
    reading.quoted_by = speaker if quoting and not _ends_paragraph(sent) else None
    item = reading.list_intro is not None and _is_item(sent)
    # reported speech: a reporting verb, "according to", a quotation still open, or an item of a list a
    # demand introduced
    reported = (speaker is not None or item or "according to" in sent.text.casefold()
                or any(t.lemma_.lower() in REPORTING for t in sent if t.pos_ == "VERB"))
    reading.in_quote = not _ends_paragraph(sent) and _quote_open(sent.text, reading.in_quote)
    reading.quote_speaker = speaker if reading.in_quote else None
    is_party = lambda phrase: names_party(phrase, lookup, places)  # noqa: E731
    demands = list(_cued_demands(sent, lookup, places, is_party, reading, reported, speaker or reading.last_speaker))
    text = _join_text(sent.text)
    if not demands and item and text:  # "The resolution requires Utopia to:" + "Withdraw its troops;"
        kind, by, of = reading.list_intro
        demands = [_demand(by, of, text, sent, kind)]
    elif not demands and reading.previous is not None and _continues(sent) and text:
        previous = reading.previous  # "... demands that Utopia withdraw. And release the prisoners."
        demands = [_demand(previous.by, previous.of, text, sent, previous.type)]
    reading.list_intro = _list_intro(sent, lookup, places, is_party) or (reading.list_intro if item else None)
    demands = _go_on(demands, reading, lookup.kinds)
    reading.previous = demands[-1] if demands else None
    return demands


QUOTE_OPENERS = '"“'
DISCOURSE_SENTENCES = 3  # an unowned demand this close after a party's demands goes on with that party's


def _go_on(demands: list[Demand], reading: _Reading, kinds: dict[str, str]) -> list[Demand]:
    """ "The rebels demanded X. Conditions include Y. They also called for Z.": demands whose sentence
    names no demander (an unowned cue noun, a pronoun that resolves to nobody) are the last demander's,
    when that is a body or a group (a person would have been "he" or "she", which is resolved apart)."""
    reading.since += 1
    if reading.demander and reading.since <= DISCOURSE_SENTENCES and kinds.get(reading.demander) != "person":
        # (never of itself: "pressure grew on X to ..." after X's own demand is nobody's)
        demands = [_with_parties(d, reading.demander, d.of) if d.by is None and d.of != reading.demander else d
                   for d in demands]
    named = [d.by for d in demands if d.by]
    if named:
        reading.demander, reading.since = named[-1], 0
    return demands


def _with_parties(demand: Demand, by: Optional[str], of: Optional[str]) -> Demand:
    """The demand made by `by` of `of`, under the id those parties give it."""
    return replace(demand, by=by, of=of, id=content_id("d", by, of, demand.text))


def _quote_open(text: str, open_: bool) -> bool:
    """Whether a quotation is open after this text: curly quotes open and close, a straight double quote
    toggles, and a closing single quote counts only inside a quotation and not before a letter (an
    apostrophe: "Utopia’s")."""
    for n, char in enumerate(text):
        following = text[n + 1:n + 2]
        if char in "“‘" and not (char == "‘" and following == " "):
            open_ = True
        elif char == "”" or (char == "’" and open_ and not following.isalpha()):
            open_ = False
        elif char == '"':
            open_ = not open_
    return open_


def _ends_paragraph(sent) -> bool:
    """A quotation never runs past its paragraph here (a paragraph that goes on quoting opens again)."""
    after = sent.doc[sent.end] if sent.end < len(sent.doc) else None
    return after is None or "\n" in sent[-1].text_with_ws or (after.is_space and "\n" in after.text)


def _demand(by: Optional[str], of: Optional[str], text: str, sent, kind: str) -> Demand:
    of = None if of == by else of
    return Demand(content_id("d", by, of, text), by, of, text, sent.text.strip(),
                  TYPE_OF_KIND.get(kind, kind))


def _cued_demands(sent, lookup, places: Gazetteer, is_party, reading: _Reading, reported: bool,
                  speaker: Optional[str]):
    for token in sent:
        for kind, action, by_token in _cues(token, is_party, reported):
            if kind not in STATED_BY_CONDITION and ((is_negated(token) and not _prohibits(token)) or is_conditional(token)):
                continue
            demanded = [(text, of) for text, of in _demanded(action, token, kind) if text]
            if not demanded:
                continue
            by = issuer_of(by_token, lookup, places) if by_token is not None else None
            guessed = by is None and _stands_for_speaker(by_token)
            if guessed:
                by = nearest_speaker(token, lookup, places) or speaker
            addressee = party_of(told(token), lookup, places)  # "..., X wrote in a letter to Y"
            if by and addressee and addressee != by:
                reading.addressed.setdefault(by, set()).add(addressee)
            for text, of in demanded:
                of = party_of(of, lookup, places) if of is not None else addressee
                # a speaker taken for a demander who names none is never the one asked ("X said ... Pressure
                # grew on X to ...")
                yield _demand(None if guessed and of == by else by, of, text, sent, kind)


def _prohibits(cue) -> bool:
    """ "X must not build the dam": a modal's negation is what is demanded, not a demand withdrawn (unless
    a verb above denies it: "does not mean X shouldn't go")."""
    return cue.dep_ == "aux" and cue.lower_ in MODALS and not any(is_negated(verb) for verb in cue.head.ancestors)


def _stands_for_speaker(subject) -> bool:
    """Whether the speaker may be taken for a cue's subject that names no listed party: a pronoun the reading
    did not resolve, or a word the parse took for the subject that names no one ("deaths" of "... said the
    deaths were ... and called on"). A name or a body the article does not list ("the Acme Secretary-General
    urged ...") is not whoever spoke last, nor is a thing a relative clause describes ("rules that would
    require X to ...")."""
    return subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ in PARTY_ENTITIES
                                   or is_agent_noun(subject) or is_group_noun(subject)
                                   or (subject.lower_ in RELATIVE and subject.head.dep_ == "relcl"))


def _is_item(sent) -> bool:
    """A list item, or a line without a subject ("Withdraw all troops;", "An end to the blockade.")."""
    return is_list_item(sent) or not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in sent)


def _continues(sent) -> bool:
    """ "And release the prisoners.": a sentence that goes on with the demand before it."""
    root = sent.root
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.lower_ in CONTINUATIONS and root.tag_ == "VB" and subject_of(root) is None


def _list_intro(sent, lookup, places: Gazetteer, is_party):
    """(type, by, of) when a sentence introduces a list of demands: it ends with a colon and holds a
    demand verb ("requires Utopia to:") or a demand noun ("three demands for the government:")."""
    if not sent.text.rstrip().endswith(":"):
        return None
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in DEMAND_VERBS and lemma not in INFINITIVE_ONLY_VERBS:
            by = subject_of(token) or agent_of(token)
            of = next((c for c in token.children if c.dep_ == "dobj"), None) or _addressee(token)
            kind = DEMAND_VERBS[lemma]
        elif token.pos_ == "NOUN" and lemma in LIST_NOUNS and _is_demand_noun(token, is_party):
            by = _owner(token)
            of, kind = _addressee(token), "demand"
        else:
            continue
        return (kind, issuer_of(by, lookup, places) if by is not None else None,
                party_of(of, lookup, places) if of is not None else None)
    return None


def _demanded(action, cue, kind: str = "demand"):
    """(text, party token that must act) for each demanded action: coordinated verbs and the items of a
    demanded list each make one demand."""
    if _is_thing(action):  # a demanded thing: "the release of X, Y and Z" -> one demand each
        of = _addressee(cue) or _asked_for(cue, action) or _handed_over_by(action)
        listed = _listed(action)
        if len(listed) >= 2:
            yield from ((text, of) for text in listed)
            return
        for item in [action, *_noun_conjuncts(action)]:
            text = _TRAILING_COORDINATOR.sub("", _clause_text(item, None, minimum=1))
            if item is action and listed and len(listed[0]) < len(text):
                text = listed[0]  # "the release of X, a reporter, said Y": the phrase ends where a clause begins
            if text and item.lower_ not in FIRST_PERSON | RELATIVE and not _is_party_noun(item):
                yield text, of
        return
    if kind == "warning":
        yield from _red_line(action)
        return
    if kind == "ultimatum":
        yield from _ultimatum(action, cue)
        return
    objects = [c for c in action.children if c.dep_ in ("dobj", "attr")] if action.lemma_.lower() in LIST_VERBS else []
    items = _listed(objects[0]) if objects else []  # one item: the parse's own coordination below
    if len(items) >= 2:
        for item in items:
            yield item, None
        return
    # "called on X to pay and expressed regret": a finite verb joined to a demanded bare verb is the narrator's
    conjuncts = [v for v in verb_conjuncts(action) if action.tag_ != "VB" or v.tag_ == "VB"]
    consequences = {c.i for v in [action, *conjuncts] for c in [_consequence(v)] if c is not None}
    for verb in [action, *conjuncts]:
        if verb.i in consequences:
            continue  # "comply or face fines": what follows if they do not, said with the demand
        if any(t.dep_ == "dobj" and t.lower_ in RELATIVE for t in verb.children):
            continue  # "what they want the government to do": the demanded thing is said elsewhere
        of = subject_of(verb) or subject_of(action) or subject_of(cue) or (
            _addressee(cue) if cue.pos_ == "NOUN" else None)  # "an ultimatum to X to ..."
        if kind == "threat":
            yield _clause_text(verb, of, affirm=True), of
            continue
        if of is not None and of.lower_ in FIRST_PERSON:
            # "we need to get the Utopians out": the speaker demands; the object's party must act
            yield _clause_text(verb, None), next((c for c in verb.children if c.dep_ == "dobj"), None)
            continue
        # "the unit should be sold": what must happen to the subject; who must do it is the agent, if any
        # ("they must be prevented from deploying": the subject is who must not act)
        consequence = _consequence(verb)
        text = _clause_text(verb, of) + (f" (or {_join(consequence.subtree, 1)})" if consequence is not None else "")
        yield text, passive_agent(verb) if is_passive(verb) and not _kept_from(verb) else of


def _consequence(verb):
    """ "face fines" of "must comply or face fines", "or we will see famine": what follows a refusal, joined by
    "or": a verb of suffering it, or a clause of its own in the future."""
    if not any(c.dep_ == "cc" and c.lower_ in ("or", "else") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and (c.lemma_.lower() in CONSEQUENCE_VERBS or (
        subject_of(c) is not None and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll") for a in c.children)))),
        None)


def _kept_from(verb) -> bool:
    """ "be prevented from doing", "be barred from entering": a passive that restrains its subject."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
               for c in verb.children)


# Frames that name the demanded thing as a noun phrase, one row per way of saying it:
# (cue lemma, cue part of speech, where the demanded thing hangs, type).
OBJECT_FRAMES = (
    ("demand", "VERB", "dobj", "demand"), ("seek", "VERB", "dobj", "demand"), ("request", "VERB", "dobj", "demand"),
    ("require", "VERB", "dobj", "demand"), ("want", "VERB", "dobj", "demand"),
    ("call", "VERB", "for", "appeal"), ("push", "VERB", "for", "demand"), ("press", "VERB", "for", "demand"),
    ("ask", "VERB", "for", "appeal"), ("appeal", "VERB", "for", "appeal"), ("plead", "VERB", "for", "appeal"),
    ("campaign", "VERB", "for", "appeal"), ("advocate", "VERB", "for", "appeal"),
    ("suggest", "VERB", "dobj", "proposal"), ("propose", "VERB", "dobj", "proposal"),
    ("recommend", "VERB", "dobj", "proposal"), ("lobby", "VERB", "for", "appeal"), ("insist", "VERB", "on", "demand"),
    ("demand", "NOUN", "for", "demand"), ("call", "NOUN", "for", "appeal"), ("request", "NOUN", "for", "demand"),
    ("demand", "NOUN", "including", "demand"), ("condition", "NOUN", "including", "demand"),
    ("demand", "NOUN", "include", "demand"), ("condition", "NOUN", "include", "demand"),
    ("demand", "NOUN", "be", "demand"), ("condition", "NOUN", "be", "demand"),
    ("precondition", "NOUN", "include", "demand"), ("term", "NOUN", "include", "demand"),
    ("demand", "NOUN", "appos", "demand"), ("condition", "NOUN", "appos", "demand"),
    ("precondition", "NOUN", "appos", "demand"), ("term", "NOUN", "appos", "demand"),
    ("condition", "NOUN", "subject", "demand"), ("precondition", "NOUN", "subject", "demand"),
)
LIST_NOUNS = frozenset(lemma for lemma, pos, _, _ in OBJECT_FRAMES if pos == "NOUN")
_TRAILING_COORDINATOR = re.compile(r"(?:,|\s(?:and|or|as well as))$")
_FRAMES_BY_CUE = {(lemma, pos): [(s, k) for cue, p, s, k in OBJECT_FRAMES if (cue, p) == (lemma, pos)]
                  for lemma, pos, _, _ in OBJECT_FRAMES}
# Nouns a demanded thing is not: a time, a number, a person or body named as the demanded thing.
_NOT_DEMANDED = frozenset({"time", "day", "week", "month", "year", "hour", "moment", "way", "lot", "number",
                           "part", "one", "thing", "people", "comment", "answer", "question"})


# Cue nouns that also mean something else ("weather conditions", "terms of office", "demand for oil"):
# they state a demand only with one of these signs, on this mention or an earlier one of the same word:
# a party owns them ("their conditions"), they serve a purpose ("conditions for a truce"), they are
# plural ("the demands"), or one is made ("a demand for ...").
OPEN_NOUNS = {"condition": {"owner", "for"}, "term": {"owner", "for"}, "demand": {"owner", "plural", "a"}}
# Verbs whose subject owns the conditions or terms it sets out ("the rebels set three conditions").
SETTING_VERBS = frozenset({"set", "lay", "impose", "list", "present", "table", "outline", "announce", "issue", "spell",
                           "put", "attach", "state", "have", "name", "detail", "submit", "offer", "propose", "make"})


def _owner(noun):
    """Whose demands: "Utopia's demands", "the union demands"; "the protesters tabled five demands" and
    "announced a stake and demands"."""
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") or (
        c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"))), None)  # "Russian demands", not "strict conditions"
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "announced a stake, as well as demands for ...": the object the demands are joined to
    if owner is None and first.dep_ == "dobj" and first.head.pos_ == "VERB" and (
            noun.lemma_.lower() not in OPEN_NOUNS or first.head.lemma_.lower() in SETTING_VERBS):
        return subject_of(first.head) or agent_of(first.head)  # "set conditions", not "measured the conditions"
    return owner


def _purpose(noun) -> bool:
    """ "conditions for a truce", "conditions for the deal to be signed"."""
    return any((c.dep_ == "prep" and c.lower_ == "for") or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in noun.children)


def _is_demand_noun(token, is_party) -> bool:
    signs = OPEN_NOUNS.get(token.lemma_.lower())
    if signs is None:
        return True
    start = max(0, token.i - LOOK_BACK)
    for mention in (t for t in token.doc[start:token.i + 1] if t.lemma_ == token.lemma_ and t.pos_ == "NOUN"):
        owner = _owner(mention)  # "Utopia's conditions", "their conditions"
        found = {"owner"} if owner is not None and (owner.tag_ == "PRP$" or is_party(owner)) else set()
        found |= {"plural"} if mention.tag_ == "NNS" else set()
        found |= {"a"} if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mention.children) else set()
        found |= {"for"} if _purpose(mention) else set()
        if found & signs:
            return True
    return False


def _object_frames(token, is_party, reported: bool):
    """(type, demanded noun, demanding party token) for each noun-object frame at this cue."""
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else token.pos_
    frames = _FRAMES_BY_CUE.get((token.lemma_.lower(), pos), ())
    if not frames or (pos == "NOUN" and not _is_demand_noun(token, is_party)):
        return
    if pos == "VERB" and token.dep_ == "acl" and token.lemma_.lower() in DESCRIBING_PARTICIPLES \
            and token.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return  # "investors seeking higher returns bought bonds": what they are like ("a lawsuit seeking" asks)
    if pos == "VERB":  # "workers held rallies to call for X": the clause's subject, not the rallies
        found = [t for t in (subject_of(token), agent_of(token)) if t is not None]
        owner = next((t for t in found if is_party(t)), None)
        if found and owner is None:
            return  # "the anarchy calls for concern", "shareholders seeking qualities": nobody demands
    else:
        owner = _owner(token)
    for slot, kind in frames:
        for thing in _frame_objects(token, slot):
            if _is_thing(thing) and thing.lemma_.lower() not in _NOT_DEMANDED \
                    and not _is_party_word(thing):  # "requested the court to ...": the court is asked
                yield kind, thing, owner


def _is_thing(token) -> bool:
    """A noun, or a sum of money ("appealed for $2 billion", "demanded $1 million")."""
    return token.pos_ in ("NOUN", "PROPN") or token.ent_type_ == "MONEY"


def _frame_objects(token, slot: str):
    if slot == "dobj":  # "requires Utopia to:" asks Utopia; the demanded actions follow
        infinitive = any(c.lower_ == "to" and not any(g.dep_ == "pobj" for g in c.children) for c in token.children)
        yield from (c for c in token.children if c.dep_ == "dobj" and not _has_clause(c) and not infinitive)
        return
    if slot == "appos":  # "set three conditions: A, B and C"
        yield from (c for c in token.children if c.dep_ == "appos")
        return
    if slot == "subject":  # "A is a precondition for talks"
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            yield from (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        return
    node = token  # "one of the demands is ...": the clause's subject is "one"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("nsubj", "nsubjpass"):
        node = token.head.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass") else None
    if slot in ("include", "be"):  # "the demands include A, B and C", "their condition is A"
        if verb is not None and verb.lemma_.lower() == slot:
            yield from (c for c in verb.children if c.dep_ in ("dobj", "attr"))
        return
    # a preposition: "called for a ceasefire", "insisted on guarantees", "demands including A", and on the
    # verb the cue is the subject of: "until the demands are met, including A and B"
    holders = [token] + ([verb] if slot == "including" and verb is not None else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == slot:
                yield from (c for c in prep.children if c.dep_ == "pobj")


def _has_clause(noun) -> bool:
    """ "wants the troops to leave": the object is who must act, the clause is the demand."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children)


def _noun_conjuncts(noun):
    found = []
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            found.append(child)
            found.extend(_noun_conjuncts(child))
    return found


# Prepositions that name who is asked, after a demand verb ("called on X for", "demanded from X") and after
# a demand noun ("demands on X", "demands for the port authority").
ASKED_OF_VERB = frozenset({"on", "upon", "from", "of"})
ASKED_OF_NOUN = frozenset({"on", "to", "for"})


def _addressee(cue) -> Optional[object]:
    """Who is asked: "called on the government for X", "demanded from the council X", "demands for the
    port authority", "demands for the government to consider"."""
    preps = ASKED_OF_VERB if cue.pos_ == "VERB" else ASKED_OF_NOUN
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (cue.pos_ == "VERB" or _is_party_word(obj)):
                return obj
        if cue.pos_ == "NOUN" and prep.dep_ in ("advcl", "acl", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in prep.children):
            return subject_of(prep)
    return None


def _asked_for(cue, thing) -> Optional[object]:
    """ "asked Utopia for the release of X", "pressed the board for a vote": the object of the verb is who is
    asked for the thing after "for"."""
    if cue.pos_ != "VERB" or thing.head.lower_ != "for" or thing.head.head.i != cue.i:
        return None
    return next((c for c in cue.children if c.dep_ == "dobj"), None)


def _is_party_word(noun) -> bool:
    """A noun that names a body or group rather than a demanded thing ("the port authority", "Utopia")."""
    return (is_agent_noun(noun) or noun.ent_type_ in PARTY_ENTITIES) and not any(
        c.dep_ == "prep" for c in noun.children)


def _handed_over_by(thing) -> Optional[object]:
    """ "the extradition of ten suspects from Utopia": the party the demanded thing must come from (the
    first named, however the parser attached the "from"s: "of 12 suspects from X and 21 from Y" -> X)."""
    sources = [o for node in [thing, *(o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                                       for o in p.children if o.dep_ == "pobj")]
               for prep in node.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for o in prep.children if o.dep_ == "pobj"]
    return min(sources, key=lambda o: o.i, default=None)


def _is_party_noun(token) -> bool:
    """A person or body named as the 'demanded thing' ("demanded Smith", "called for the council"): the
    frame misread a party, not a demand ("the release of Smith" keeps its preposition and is one)."""
    return token.ent_type_ in PARTY_ENTITIES and (token.i == token.head.i
                                                  or not any(c.dep_ == "prep" for c in token.children))


def _deadline(verb) -> Optional[str]:
    """The deadline a giving verb sets: "until Friday", "48 hours", "a deadline of March 1"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("until", "by", "till"):
            return _join(child.subtree, 2)
        if child.dep_ == "dobj" and child.lemma_.lower() in TIME_WORDS:
            clause = {t.i for c in child.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
            return _join([t for t in child.subtree if t.i not in clause], 1)  # "ten days", not "ten days to pay"
    return None


def _ultimatum(action, cue):
    """ "gave the government until Friday to pay a ransom" -> "the government pay a ransom (until Friday)";
    a threat coordinated with the demand ("or face sanctions") is kept."""
    time_limit = _deadline(cue)
    party = next((c for c in cue.children if c.dep_ == "dative"), None) or next(
        (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() not in TIME_WORDS), None)
    party = party if party is not None else subject_of(action) or subject_of(cue)  # "X has ten days to pay"
    clause = _clause_text(action, None, minimum=1)
    alternative = any(k.lower_ in ("or", "else") for k in action.children)
    threat = next((c for c in action.children if c.dep_ == "conj"), None) if alternative else None
    subject = _join(party.subtree, 1) + " " if party is not None else ""
    text = f"{subject}{clause}"
    extras = [e for e in (time_limit, f"or {_join(threat.subtree, 1)}" if threat is not None else None) if e]
    yield _join_text(f"{text} ({'; '.join(extras)})" if extras else text), party


def _red_line(verb):
    """ "will not allow the Utopians to settle there" -> "the Utopians not settle there";
    "will not accept Utopian bases" -> "no Utopian bases"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if obj is None and clause is not None:
        obj = next((c for c in clause.children if c.dep_ == "nsubj"), None)  # "allow militias to establish"
    if obj is not None and clause is not None:
        subject = {t.i for t in obj.subtree}
        rest = _join([t for t in clause.subtree if t.i not in subject and not (t.lower_ == "to" and t.i < clause.i)], 1)
        yield _join_text(f"{_join(obj.subtree, 1)} not {rest}"), obj
    elif obj is not None:
        words = [t for t in obj.subtree if not (t.i == obj.left_edge.i and t.dep_ == "det")]
        text = _join(words, 2)
        if text:
            yield f"no {text}", _holder(obj)


def _holder(phrase):
    """The party inside a phrase ("the military presence of Utopia" -> Utopia)."""
    for token in phrase.subtree:
        if token.ent_type_ in PARTY_ENTITIES and token.i != phrase.i:
            return token
    return None


# Words that end a list ("..., among others"), lead an item in ("as well as X"), or start examples of
# an item that are not items themselves ("services such as power, water and banks").
MAX_LIST_TOKENS = 300  # the longest list read after a demand frame
LIST_END_WORDS = frozenset({"among", "etc", "amongst"})
ITEM_LEADS = frozenset({"and", "or", "as", "well", "including", "plus", "also", "both"})
EXAMPLE_MARKS = (("such", "as"), ("like",), ("e.g.",))
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_DASHES = frozenset({"-", "–", "—"})


def _listed(first) -> list[str]:
    """The items of a list that starts at this noun ("including A, B, C and D", "demands for A, B and C"),
    split on the surface because the parser attaches list items inconsistently: at commas and semicolons
    outside brackets, and at the "and" before the last item. The list ends at a spaced dash, "among
    others", or a piece that is a clause (a finite verb that no relative pronoun introduces); a piece that
    is only a name ("from A, B and C") belongs to the item before it."""
    pieces, depth = [[]], 0
    start = first.left_edge.i  # a list is read for so many tokens at most: the work stays linear per sentence
    for token in first.doc[start:min(first.sent.end, start + MAX_LIST_TOKENS)]:
        depth += (token.text in "([") - (token.text in ")]")
        if depth == 0 and (token.lower_ in LIST_END_WORDS or (token.text in _DASHES and token.i
                                                               and token.doc[token.i - 1].whitespace_)):
            break
        if depth == 0 and token.text in (",", ";"):
            pieces.append([])
        else:
            pieces[-1].append(token)
    items = []
    for piece in (p for p in pieces if p):
        piece, examples = _item_words(piece)
        if not piece or _is_clause(piece) or (items and piece[0].pos_ == "ADP"):
            break  # "..., in the first strike of its kind": where or when, not one more thing demanded
        if items and (_is_appended(piece) or not any(t.pos_ == "NOUN" or t.tag_ == "VBG" for t in piece)):
            items[-1] = items[-1] + piece  # a name or an apposition continues the item before it
        else:
            items.append(piece)
        if examples:  # "services such as power, water and banks": the rest of the list are examples
            break
    items = [part for n, item in enumerate(items) for part in _split_items(item, last=n == len(items) - 1 > 0)]
    return [text for text in (_join(item, 1) for item in items) if text]


def _item_words(piece):
    """An item without its leading "and", "as well as", and without examples ("such as ..."); whether
    examples began."""
    while piece and piece[0].lower_ in ITEM_LEADS:
        piece = piece[1:]
    words = tuple(t.lower_ for t in piece)
    for n in range(len(words)):
        if any(words[n:n + len(mark)] == mark for mark in EXAMPLE_MARKS):
            return piece[:n], True
    return piece, False


def _is_appended(piece) -> bool:
    """ "the release of Jan Novak, a reporter": the piece describes a name before it."""
    inside = {t.i for t in piece}
    return any(t.head.i not in inside and (t.dep_ in ("relcl", "acl") or (t.dep_ == "appos" and t.head.pos_ == "PROPN"))
               for t in piece)


def _is_clause(piece) -> bool:
    """ "..., the minister said": a finite verb that no relative pronoun introduces; "..., urging X to
    leave": a demand verb of its own (its frame finds that demand)."""
    relative = False
    for token in piece:
        relative = relative or token.lower_ in RELATIVE
        if (token.tag_ in _FINITE and not relative) or (token.pos_ == "VERB" and token.lemma_.lower() in DEMAND_VERBS):
            return True
    return False


def _split_items(piece, last: bool):
    """ "A as well as the B" -> two items; in the last piece of a list also "C and D" ("A, B, C and D"):
    at "and", "or", "as well as" before a noun phrase (a determiner or a gerund; in the last piece any
    noun or adjective)."""
    starts = ("DET", "NOUN", "ADJ") if last else ("DET",)
    for n in range(1, len(piece) - 1):
        joint = piece[n].lower_ in ("and", "or") or tuple(t.lower_ for t in piece[n:n + 3]) == ("as", "well", "as")
        width = 3 if piece[n].lower_ == "as" else 1
        after = piece[n + width] if n + width < len(piece) else None
        if joint and after is not None and (after.pos_ in starts or after.tag_ == "VBG"):
            return [piece[:n], *_split_items(piece[n + width:], last)]
    return [piece]


def _join_text(text: str, limit: Optional[int] = MAX_TEXT) -> str:
    text = _paired_quotes(" ".join(text.split()).strip(" ,.;:“”\"'’‘—–-"))
    return text if limit is None or len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def _paired_quotes(text: str) -> str:
    """The text without a quotation mark it does not close or open ('the board "must act now' read from
    part of a sentence): "a "safe zone" now" keeps its pair."""
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return " ".join(text.split())


def _join(tokens, minimum: int = 3, limit: Optional[int] = MAX_TEXT) -> str:
    """Tokens back to text with their original spacing; too short to stand alone -> ''."""
    text, previous = "", None
    for t in sorted(tokens, key=lambda t: t.i):
        gap = previous is not None and t.i != previous.i + 1 and not previous.whitespace_
        word = "not" if t.lower_ in CONTRACTED_NOT and (previous is None or previous.i != t.i - 1) else t.text
        text += (" " if gap else "") + word + t.whitespace_  # "X shouldn't go" without its modal: "X not go"
        previous = t
    text = _join_text(text, limit)
    return text if len(text.split()) >= minimum else ""


def _required_of(verb, is_party, reported: bool) -> bool:
    """A modal or "needs to" states a demand only when someone says it (reported speech) and a party must
    act ("Iran has to withdraw", X said) or it is a passive requirement ("the crossings must be
    monitored"). "The storm should reach the coast" or a narrator's "the company has to publish" do not."""
    return reported and (is_party(subject_of(verb)) or is_passive(verb) or verb.lemma_.lower() in LIST_VERBS)


def _verb_clause(token, is_party, reported: bool):
    """ "insisted that X leave", "wants X to", "ordered X to", "pushed for X to", "called on X to"."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in DEMAND_VERBS:
        return
    kind = DEMAND_VERBS[lemma]
    subject = subject_of(token) or agent_of(token)
    if is_passive(token) or _passive_participle(token):
        if not is_party(subject):
            return  # "the vote is required to admit it": a rule, not a demand made of a party
        subject = passive_agent(token)  # "X was ordered (by Y) to ...": X is who must act, Y who demands
    has_object = any(c.dep_ == "dobj" for c in token.children)
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return
    addressed = has_object or addressee_of(token) is not None  # "ordered X to", "appealed to X to"
    asks_someone = addressed or is_passive(token)
    demands_itself = kind == "demand" and lemma not in WISH_VERBS  # "demanded to see the files"
    for child in token.children:
        if child.dep_ == "ccomp" and _clause_verb(child) and not _question(child) \
                and lemma not in INFINITIVE_ONLY_VERBS and not _insisted_fact(lemma, child) \
                and (lemma not in WISH_VERBS or is_party(subject_of(child)) or _small_clause(child)):
            yield kind, child, subject
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and (asks_someone or demands_itself) \
                and child.tag_ != "VBG" and (lemma not in INFINITIVE_ONLY_VERBS or is_infinitive(child)):
            # "wants X to leave" yes; "wants to turn" is an aim and "appealed for funds to help" a purpose
            yield kind, child, subject
        if child.dep_ == "advcl" and is_infinitive(child) and addressed:
            yield kind, child, subject  # "ordered X to stop", "appealed to X to stop", parsed as a purpose
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            yield kind, child, subject  # "pushed for Iran to withdraw"
        if child.dep_ == "prep" and child.lower_ in ("for", "on"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for sub in obj.children:
                        if sub.dep_ in ("acl", "relcl", "xcomp") and sub.pos_ == "VERB":
                            yield kind, sub, subject
                if obj.dep_ in ("pcomp",):
                    yield kind, obj, subject


def _clause_verb(token) -> bool:
    """A clause's verb, though the tagger took it for a noun ("demanding that the government scrap the
    limits": "scrap" has a subject)."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _small_clause(clause) -> bool:
    """ "wants the election annulled": a thing and what must be done to it, with no verb of its own."""
    return clause.tag_ in ("VBN", "VBD") and clause.head.lemma_.lower() == "want" and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _passive_participle(verb) -> bool:
    """ "Acme fined $2 billion, ordered to open its store": a headline's passive without "was". These verbs
    name whom they ask before the infinitive when active ("ordered Acme to"), so none named is a passive."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in OBJECT_FIRST_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "nsubj") for c in verb.children) and any(
        c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)


def _insisted_fact(lemma: str, clause) -> bool:
    """ "insisted that its forces were on their own soil", "that it had banned them": a claim, told by the
    tense; "insisted that X leave" or "that X must leave" asks for something."""
    tensed = clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and clause.lemma_ == "be") or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)  # "that X leave": VBP too; "had left": done
    return lemma in CLAIM_OR_DEMAND_VERBS and tensed and not any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                for c in clause.children)


def _question(clause) -> bool:
    return clause.left_edge.lower_ in QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in QUESTION_WORDS for c in clause.children)


def _modal_requirement(token, is_party, reported: bool):
    """ "Iran must withdraw", "the crossings should be monitored", said in reported speech."""
    if token.dep_ == "aux" and token.lower_ in MODALS and token.head.pos_ in ("VERB", "AUX"):
        if token.head.lemma_ != "be" and _required_of(token.head, is_party, reported):
            yield MODALS[token.lower_], token.head, None


def _need_to(token, is_party, reported: bool):
    """ "Iran has to withdraw", "the company needs to pay", said in reported speech."""
    if token.lemma_.lower() not in NEED_VERBS or token.pos_ not in ("VERB", "AUX") or not reported:
        return
    for child in token.children:
        if child.dep_ == "xcomp" and any(g.lower_ == "to" for g in child.children) \
                and _required_of(child, lambda t: is_party(subject_of(token)) or is_party(t), reported):
            yield "demand", child, None
            for extra in verb_conjuncts(token):  # "has to close X, stop Y and return Z": the parser hangs them here
                yield "demand", extra, None
            return


def _deadline_frame(token, is_party, reported: bool):
    """ "gave the council until Friday to pay", "set a deadline of March 1 for the company to raise wages"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in ULTIMATUM_VERBS and _deadline(token):
        for child in token.children:
            if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" \
                    and any(c.lower_ in ("to", "for") for c in child.children if c.dep_ in ("aux", "mark")):
                yield "ultimatum", child, subject_of(token)


def _proposal(token, is_party, reported: bool):
    """ "proposed to hold talks", "a Russian offer to keep forces away"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in PROPOSE_VERBS and not _on_condition(token):
        for child in token.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ == "VERB":
                yield "proposal", child, subject_of(token)
    if token.pos_ == "NOUN" and token.lemma_.lower() in PROPOSAL_NOUNS:
        owner = _owner(token)
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and any(a.lower_ == "to" for a in child.children):
                yield "proposal", child, owner


def _noun_clause(token, is_party, reported: bool):
    """ "Utopia gave its partners an ultimatum that X must go", "their demand that the minister resign", "an
    ultimatum to Utopia to withdraw" (an infinitive only where someone holds the noun or is addressed)."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in CLAUSE_NOUNS:
        owner = _owner(token)
        for child in token.children:
            if child.dep_ not in ("acl", "ccomp") or child.pos_ not in ("VERB", "AUX"):
                continue
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children) or (
                    is_infinitive(child) and (owner is not None or _addressee(token) is not None)):
                yield "demand", child, owner


def _pressure(token, is_party, reported: bool):
    """ "X piled pressure on Y to withdraw", "pressure grew on Y to withdraw": Y is pressed to act, by
    whoever puts the pressure on (the subject of the verb it is the object of)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PRESSING_NOUNS:
        return
    holders = (token, token.head) if token.dep_ in ("dobj", "nsubj") else (token,)
    pressed = next(filter(None, map(addressee_of, holders)), None)
    clause = next((c for h in holders for c in h.children if c.dep_ in ("acl", "advcl", "xcomp")
                   and c.pos_ == "VERB" and is_infinitive(c) and c.i > token.i), None)
    if pressed is not None and clause is not None:
        yield "demand", clause, subject_of(token.head) if token.dep_ == "dobj" else None


def _time_to_act(token, is_party, reported: bool):
    """ "the council has ten days to pay", said in reported speech: a deadline set for the subject."""
    if token.lemma_.lower() != "have" or token.pos_ not in ("VERB", "AUX") or not reported:
        return
    clauses = [c for time in token.children if time.dep_ == "dobj" and time.lemma_.lower() in TIME_WORDS
               for c in time.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and is_infinitive(c)]
    if clauses and is_party(subject_of(token)):  # the party test last: "have" is a frequent word
        yield from (("ultimatum", c, None) for c in clauses)


def _on_condition(verb) -> bool:
    """ "offered to pause the strike if ...": what is offered is the price; the condition is the demand."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for c in verb.children)


def _keeps_up(subject, is_party) -> bool:
    """ "We will stay on strike until ...", "their protests will continue until ...": a party, or a party's
    action, kept up (not "talks in X will continue until a deal is reached")."""
    if subject is not None and subject.pos_ == "NOUN" and not (is_agent_noun(subject) or is_group_noun(subject)):
        return any(c.dep_ in ("poss", "compound") and is_party(c) for c in subject.children)
    return is_party(subject)


def _red_line_frame(token, is_party, reported: bool):
    """ "will not allow X to ...", "will not tolerate X"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in RED_LINE_VERBS and is_negated(token):
        yield "warning", token, subject_of(token)


def _condition(token, is_party, reported: bool):
    """ "will not return unless X agrees", "will not return until X agrees": X must agree first."""
    if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in token.children):
        until = any(m.lower_ == "until" for m in token.children)
        verb, subject = token.head, subject_of(token.head)
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return  # "X must not blast until the court rules": an order on X, not X's own condition
        if not until or is_negated(verb) or lemma in WITHHOLDING_VERBS or (
                lemma in PERSISTING_VERBS and _keeps_up(subject, is_party)):
            yield "condition", token, subject


def _conditional_offer(token, is_party, reported: bool):
    """ "offered to pause the strike if the minister agrees to negotiate" -> the minister negotiate (the
    condition); "If Utopia does not withdraw, we will act" -> Utopia withdraw (a threat)."""
    if token.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in token.children):
        return
    head = token.head
    action = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
        if token.lemma_.lower() in ASSENT_VERBS else None
    if is_negated(token) and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children):
        yield "threat", token, subject_of(head)
    elif head.lemma_.lower() in OFFER_VERBS or (head.dep_ == "xcomp" and head.head.lemma_.lower() in OFFER_VERBS):
        yield "condition", action if action is not None else token, subject_of(head) or subject_of(head.head)


# Every way a sentence states a demand, one finder each: (name, finder, example). Each finder yields
# (type, demanded verb or noun, demanding party token or None) for the frames at one token.
FRAMES = (
    ("demanded thing", _object_frames, "The Harbour Workers Union demanded the release of its three organisers."),
    ("verb with a clause", _verb_clause, "The Nordic Council urged Moldova to reopen the border."),
    ("demand noun with a clause", _noun_clause,
     "The Harbour Workers Union repeated its demand that the mayor must resign."),
    ("pressure", _pressure, "The Nordic Council stepped up pressure on Moldova to reopen the border."),
    ("time to act", _time_to_act, "“The Harbour Board has ten days to reopen the ferry line,” Mayor Sofia Marquez said."),
    ("requirement", _modal_requirement, "“Moldova must reopen the border,” the Nordic Council said."),
    ("need to", _need_to, "“The ministry has to act now,” union leader Tomas Brill said."),
    ("deadline", _deadline_frame, "The kidnappers gave the family until Friday to pay the ransom."),
    ("proposal", _proposal, "Mayor Sofia Marquez proposed to hold talks with the strikers."),
    ("red line", _red_line_frame, "“We will not allow militias to settle here,” Governor Lena Moss said."),
    ("condition", _condition, "The nurses will not return until the Harbour Health Board raises their pay."),
    ("conditional offer or threat", _conditional_offer,
     "The Harbour Workers Union offered to pause the strike if Governor Lena Moss agrees to negotiate."),
)


# Irregular forms of cue verbs that do not begin with their lemma's stem.
IRREGULAR_CUES = {"sought": "seek", "gave": "give", "given": "give", "has": "have", "had": "have"}


# The lemma of every cue word of every frame.
CUE_WORDS = frozenset({*DEMAND_VERBS, *(cue for cue, _, _, _ in OBJECT_FRAMES), *MODALS, *PROPOSE_VERBS, *PROPOSAL_NOUNS,
                       *CLAUSE_NOUNS, *PRESSING_NOUNS, *RED_LINE_VERBS, *ULTIMATUM_VERBS, *NEED_VERBS, *OFFER_VERBS})
# Cue words and condition marks without a final "e" ("urge" -> "urg": "urges", "urged", "urging").
CUE_STEMS = tuple(sorted({w[:-1] if w.endswith("e") else w
                          for w in (*CUE_WORDS, *CONDITION_MARKS, "if", *IRREGULAR_CUES)}))


def may_state_demand(text: str) -> bool:
    """Whether a short text (a headline) holds a word of some frame: parsing it could find a demand."""
    return any(word.startswith(CUE_STEMS) for word in re.findall(r"[a-z]+", text.casefold()))


def _cues(token, is_party, reported: bool):
    """(type, demanded verb or noun, demanding party token or None) for each frame at this token. Only a
    cue word, a modal or a subordinate clause (conditions) can start a frame: other tokens are skipped."""
    if token.lemma_.lower() not in CUE_WORDS and token.dep_ not in ("aux", "advcl"):
        return
    for _, finder, _ in FRAMES:
        yield from finder(token, is_party, reported)


def _clause_text(verb, subject, minimum: int = 3, affirm: bool = False) -> str:
    """The demanded action readable on its own: subject + verb phrase, without modals and conjuncts (and,
    to `affirm` what a threat demands, without "does not")."""
    if subject is not None and subject.lower_ in RELATIVE:
        return ""
    skip = set()
    for child in verb.children:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "punct" and child.i > verb.i):
            skip.update(t.i for t in child.subtree)
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ASIDE_MARKS for m in child.children) \
                or child.dep_ == "prep" and child.lower_ == "according" or _comment_after_comma(verb, child):
            skip.update(t.i for t in child.subtree)  # "... while accepting that ...", "according to X": asides
        if child.dep_ in ("aux", "mark") and child.lower_ in LEFT_OUT_MARKS:
            skip.add(child.i)
        if affirm and (child.dep_ == "neg" or (child.dep_ == "aux" and child.lemma_ == "do") or
                       (child.dep_ == "mark" and child.lower_ == "if")):
            skip.add(child.i)
    tokens = [t for t in verb.subtree if t.i not in skip]
    if subject is not None and subject.i not in {t.i for t in tokens}:
        tokens = list(subject.subtree) + tokens
    return _join(tokens, minimum)


def _comment_after_comma(verb, child) -> bool:
    """What the narrator adds after a comma to the demanded clause: a participle ("..., warning of a
    strike") or a second noun phrase after the object ("..., the largest fine yet")."""
    left = child.left_edge.i
    if child.i < verb.i or not left or child.doc[left - 1].text != ",":
        return False
    if child.dep_ == "advcl":
        return child.tag_ in ("VBG", "VBN") and not any(m.dep_ == "mark" for m in child.children)
    return child.dep_ in ("dobj", "npadvmod", "appos") and any(
        c.dep_ in ("dobj", "dative") and c.i < left for c in verb.children)


def _demands_made_by(sent, lookup, places: Gazetteer) -> Optional[str]:
    """ "the list of demands made by the Utopian side": the party behind a list that follows."""
    for token in sent:
        if token.lemma_.lower() in DEMAND_VERBS and token.pos_ == "NOUN":
            for sub in token.subtree:
                if sub.dep_ == "agent":
                    for obj in sub.children:
                        name = party_of(obj, lookup, places)
                        if name:
                            return name
    return None


_FILLER = frozenset("the a an of to in on at for and or all its their his her from out be been being that this "
                    "with by as".split())


def named_parties(demands: tuple[Demand, ...], actors: tuple[Actor, ...], body: str) -> tuple[Actor, ...]:
    """Groups a demand names that the actor stage did not list, as actors of the briefing: nothing a
    demand names is lost."""
    known = {a.name for a in actors}
    found = []
    for name in dict.fromkeys(p for d in demands for p in (d.by, d.of) if p and p not in known):
        found.append(Actor(id=slugify(name), name=name, kind="organization",
                           mentions=max(1, len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", body)))))
    return tuple(found)


def content_words(demand: Demand) -> frozenset[str]:
    return _content_words(demand.text, demand.of)


@lru_cache(maxsize=65536)  # grouping demands across a collection compares each demand with many others
def _content_words(text: str, of: Optional[str]) -> frozenset[str]:
    party = set(re.findall(r"\w+", (of or "").casefold()))
    return frozenset(w.rstrip("s") for w in re.findall(r"[a-z]+", text.casefold())
                     if w not in _FILLER and w not in party and len(w) > 2)


def _restates(headline: Demand, body: Demand, listed) -> bool:
    """A headline says a demand of the body in fewer words ("Utopia's ouster" over "the minister's ouster
    from the cabinet"): same demander, a content word in common. A group is named anew in a headline
    ("Utopia's opposition" for "a group of lawmakers"): two groups are one demander there."""
    groups = bool(body.by) and headline.by not in listed and body.by not in listed
    return (headline.by == body.by or groups) and bool(content_words(headline) & content_words(body))


def same_demand(a: Demand, b: Demand) -> bool:
    """The same demand: same addressee and mostly the same content words (names of the addressee and
    filler words do not count, so "take missiles out" and "take air defences out" stay apart)."""
    wa, wb = content_words(a), content_words(b)
    return a.of == b.of and bool(wa) and len(wa & wb) / len(wa | wb) >= 0.6
