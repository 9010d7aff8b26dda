"""The grammar helpers on hand-built parses: no statistical model involved, so a model update cannot
change what these rules are tested on."""
from spacy.lang.en import English
from spacy.tokens import Doc

from generator.extract.grammar import agent_of, is_conditional, is_negated, passive_agent, subject_of, verb_conjuncts


VOCAB = English().vocab  # the English word attributes (lower case), without any trained pipeline


def parse(words, heads, deps, pos):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_the_object_of_a_verb_with_an_infinitive_is_who_must_act():
    # "The council urged Utopia to leave"
    doc = parse(["The", "council", "urged", "Utopia", "to", "leave"], [1, 2, 2, 2, 5, 2],
                ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp"], ["DET", "NOUN", "VERB", "PROPN", "PART", "VERB"])
    assert subject_of(doc[5]).text == "Utopia"


def test_the_one_called_on_is_who_must_act():
    # "The council called on Utopia to leave"
    doc = parse(["The", "council", "called", "on", "Utopia", "to", "leave"], [1, 2, 2, 2, 3, 6, 2],
                ["det", "nsubj", "ROOT", "prep", "pobj", "aux", "xcomp"],
                ["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB"])
    assert subject_of(doc[6]).text == "Utopia"


def test_a_participle_acts_for_its_noun_and_a_subjectless_verb_for_its_clause():
    # "a resolution calling for talks"
    doc = parse(["a", "resolution", "calling", "for", "talks"], [1, 1, 1, 2, 3],
                ["det", "ROOT", "acl", "prep", "pobj"], ["DET", "NOUN", "VERB", "ADP", "NOUN"])
    assert agent_of(doc[2]).text == "resolution"
    # "The judge ruled, ordering Acme to stop"
    doc = parse(["The", "judge", "ruled", ",", "ordering", "Acme", "to", "stop"], [1, 2, 2, 2, 2, 4, 7, 4],
                ["det", "nsubj", "ROOT", "punct", "advcl", "dobj", "aux", "xcomp"],
                ["DET", "NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PART", "VERB"])
    assert agent_of(doc[4]).text == "judge"


def test_negation_condition_and_coordination():
    # "If Utopia did not pay and leave"
    doc = parse(["If", "Utopia", "did", "not", "pay", "and", "leave", "we", "act"], [4, 4, 4, 4, 8, 4, 4, 8, 8],
                ["mark", "nsubj", "aux", "neg", "advcl", "cc", "conj", "nsubj", "ROOT"],
                ["SCONJ", "PROPN", "AUX", "PART", "VERB", "CCONJ", "VERB", "PRON", "VERB"])
    assert is_negated(doc[4]) and not is_negated(doc[8])
    assert is_conditional(doc[4]) and not is_conditional(doc[8])
    assert [v.text for v in verb_conjuncts(doc[4])] == ["leave"]


def test_the_agent_of_a_passive_is_who_does_it():
    # "Acme was ordered by the court to pay"
    doc = parse(["Acme", "was", "ordered", "by", "the", "court", "to", "pay"], [2, 2, 2, 2, 5, 3, 7, 2],
                ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "aux", "xcomp"],
                ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PART", "VERB"])
    assert passive_agent(doc[2]).text == "court" and subject_of(doc[7]).text == "Acme"
    assert passive_agent(doc[7]) is None
