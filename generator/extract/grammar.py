"""The grammar the demand finder reads in a parsed sentence: the subject of a verb, the verbs joined to it,
whether it is negated or conditional, the entity a token belongs to. Pure functions of spaCy tokens."""
from __future__ import annotations

from typing import Optional

# "called on X to", "appealed to X to", "pleaded with X to": the preposition names who is asked.
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})
RELATIVE = {"which", "that", "who", "whom", "what"}
# Verbs that report what a party says: their subject speaks.
SAY_VERBS = {"say", "tell", "add", "state", "insist", "warn", "write", "conclude", "stress", "explain", "declare",
             "demand", "underline", "emphasise", "emphasize", "reiterate", "argue", "assert", "affirm", "tweet"}
# Nouns by which one presses another to act: "put pressure on X to ...": X acts, not the pressure.
PRESSING_NOUNS = frozenset({"pressure"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def subject_of(verb) -> Optional[object]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
        if child.dep_ == "csubj" and child.tag_ == "VBG":  # "Investors holding 12% have asked": parsed as a clause
            inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if inner is not None:
                return inner
    if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and is_infinitive(verb))) and verb.head.pos_ in ("VERB", "AUX"):
        # "wants all Utopian forces to leave": the object is who must act; "called on the government to
        # reverse": the addressee acts (not a time: "on Monday urged X to ...", "appealed on Sunday to X")
        asked = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if asked is not None and asked.lemma_.lower() in PRESSING_NOUNS:
            asked = addressee_of(asked)  # "piled pressure on X to ...": X
        asked = asked or addressee_of(verb.head)
        return asked if asked is not None else subject_of(verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        # "X welcomed the ruling but said ...": the verbs share X (not "urged Y to leave and called on Z": Y
        # is who must leave, not who calls)
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def addressee_of(verb) -> Optional[object]:
    """Who a preposition after the verb names as asked: "called on X", "appealed on Sunday to X" -> X (a
    time is not asked, nor anything before the verb: "on Monday urged ...")."""
    return next((obj for child in verb.children if child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPS
                 and child.i > verb.i for obj in child.children
                 if obj.dep_ == "pobj" and obj.ent_type_ not in TIME_ENTITIES), None)


def object_of(token, preposition: str) -> Optional[object]:
    """The object of a preposition hung on the token: "leaders of the union" -> union for "of"."""
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == preposition
                 for o in p.children if o.dep_ == "pobj"), None)


def agent_of(verb) -> Optional[object]:
    """The subject of the clause a subjectless verb serves: "the judge ruled, ordering X to ...", "dealt a
    blow by ordering X to ..." -> the judge."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a resolution calling for ...": the resolution calls
    node = verb
    for _ in range(4):  # a few steps up: the clause the verb hangs from
        if node.dep_ not in ("pcomp", "advcl", "prep", "conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def passive_agent(verb) -> Optional[object]:
    """Who does what a passive verb says: "was ordered by the court" -> the court."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def verb_conjuncts(verb):
    """Verbs coordinated with this one, following chains ("close, stop and return")."""
    found = []
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            found.append(child)
            found.extend(verb_conjuncts(child))
    return found


def is_negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(c.dep_ == "neg" for c in token.head.children
                                                               if token.dep_ in ("aux", "xcomp"))


def is_conditional(token) -> bool:
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        node = node.head
    return False


def entity_of(token):
    """The named entity the token is part of (walked from the token: no scan of the document)."""
    if not token.ent_type_:
        return ()
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
