import pytest

from generator.extract import nlp
from generator.extract.actors import extract_actors
from generator.extract.places import gazetteer
from generator.model import Article


def actors_of(*paragraphs, author=None):
    article = Article("x", "x.txt", "Title", tuple(paragraphs), author=author)
    doc = next(nlp.parse([paragraphs]))
    return {a.name: a for a in extract_actors(article, doc)}


def test_gazetteer_is_exact_for_close_names():
    g = gazetteer()
    assert g.country("Iran") == "Iran" and g.country("Iraq") == "Iraq"
    assert g.country("Austria") != g.country("Australia")
    assert g.demonym("Iranian") == "Iran" and g.seat("Kremlin") == "Russia" and g.seat("Tehran") == "Iran"


def test_surname_and_typo_fold_into_full_name_with_role_and_affiliation():
    actors = actors_of(
        "French Foreign Minister Catherine Colonna met union leaders in Paris on Monday.",
        "Colonna said the talks were useful, and Colonnna later repeated it to reporters.")
    person = actors["Catherine Colonna"]
    assert person.kind == "person" and person.role == "Foreign Minister" and person.affiliation == "France"
    assert person.mentions == 3 and "Colonna" in person.aliases
    assert "Colonnna" not in actors


def test_capital_as_agent_is_its_state_but_a_location_is_not_an_actor():
    actors = actors_of("Beijing accused Tokyo of provoking the crisis.", "The delegates arrived in Madrid on Friday.")
    assert {"China", "Japan"} <= set(actors)
    assert "Madrid" not in actors and "Spain" not in actors


def test_demonyms_fold_into_the_state():
    actors = actors_of("German officials said the Germans would not pay, and Germany confirmed it.")
    assert actors["Germany"].kind == "country" and actors["Germany"].mentions >= 2


def test_author_is_not_an_actor():
    actors = actors_of("Maria Lopez reported that the strike in Chile continued.", author="Maria Lopez")
    assert "Maria Lopez" not in actors


def test_person_acting_for_the_state_that_owns_the_action():
    actors = actors_of("Farmers protested against the reimposition of French tariffs by Minister Anne Leclerc last week.")
    assert actors["Anne Leclerc"].affiliation == "France"


def test_office_holders_named_together_are_recorded():
    actors = actors_of("Also at the meeting were Finance Minister Lars Holm, Trade Minister Eva Dahl and "
                       "Central Bank Governor Ole Brun.")
    assert set(actors["Lars Holm"].listed_with) == {"Eva Dahl", "Ole Brun"}


def test_honorific_and_given_name_fold_into_the_full_name():
    actors = actors_of(
        "Union leader Marta Okonkwo told reporters on Monday that the strike would go on.",
        "Ms Okonkwo said members had voted for it, and Marta repeated that the vote was clear.",
        "Tesfaye Alemu, the operator's director, said talks would resume. Tesfaye added that he was hopeful.")
    people = sorted(a.name for a in actors.values() if a.kind == "person")
    assert people == ["Marta Okonkwo", "Tesfaye Alemu"]
    assert "Ms Okonkwo" in actors["Marta Okonkwo"].aliases or "Okonkwo" in actors["Marta Okonkwo"].aliases


def test_acronym_defined_or_made_of_initials_and_short_names_fold_into_the_long_form():
    actors = actors_of(
        "The Harbour Workers Federation (HWF) said on Monday that its members would strike.",
        "The HWF wants the Northern Regional Council to restore night pay.",
        "The Council said it would answer on Friday.",
        "The Coastal Ferry Authority said on Tuesday that it backed the union. The CFA said the ferries would stop.")
    orgs = sorted(a.name for a in actors.values() if a.kind == "organization")
    assert orgs == ["Coastal Ferry Authority", "Harbour Workers Federation", "Northern Regional Council"]


def test_a_country_named_only_as_a_location_is_not_a_party():
    actors = actors_of("The delegation of the union arrived in Portugal on Monday and met workers in Lisbon.",
                       "The union said the talks in Portugal were useful.")
    assert "Portugal" not in actors


def test_title_words_before_a_name_are_not_the_name():
    actors = actors_of("Harbour Party MP Lena Duarte said on Monday that the ferries must run.",
                       "Kenyan runner Mark Otieno won the race in Berlin.")
    assert "Lena Duarte" in actors and "Mark Otieno" in actors


@pytest.mark.parametrize("sentence, name, role, side", [
    ("Ilse Brandt, the Austrian justice minister, said on Monday that the law would change.",
     "Ilse Brandt", "justice minister", "Austria"),
    ("CEO, Norvale Mining, Tomas Reyke, said on Sunday that the mine would reopen in May.",
     "Tomas Reyke", "CEO", "Norvale Mining"),
    ("The water is warmer than in any year on record, said Dana Frohl, a senior research fellow at the "
     "Institute of Marine Studies.", "Dana Frohl", None, "Institute of Marine Studies"),
    ("Green Dawn party chair Lena Osk said the coalition talks had failed.", "Lena Osk", "party chair", "Green Dawn"),
    ("Quorvia founder Petra Lund was sentenced to ten years in prison on Friday.", "Petra Lund", "founder", "Quorvia"),
    ("Manitoba Premier Jon Hale said the province would repeal the law.", "Jon Hale", "Premier", "Manitoba"),
    ("Health Secretary Anna Velk said the nurses' pay offer was final.", "Anna Velk", "Health Secretary", None),
    ("Senior Harbour Party leader Tom Vale on Thursday called the minister a liar.", "Tom Vale", "Senior leader",
     "Harbour Party"),
    ("The chairperson of Northtown City Council's housing committee, Cllr Mary Quill, told the paper it would pass.",
     "Mary Quill", "Cllr", "Northtown City Council"),
    ("Dockers Union Secretary-General Omar Bello said the strike would go on.", "Omar Bello", "Secretary-General",
     "Dockers Union"),
    ("The video was shot before the Managing Director at the Bank of Farming, Ola Wenger-Bakr, who appeared in both "
     "videos, was released.", "Ola Wenger-Bakr", "Managing Director", "Bank of Farming"),
    ("Kenyan great  Joseph Kamau has beaten his own record by 30 seconds.", "Joseph Kamau", None, "Kenya"),
    ("Last July, Turkey's UN Ambassador Ali Veli wrote a letter to the council.", "Ali Veli", "UN Ambassador", "Turkey"),
    ("Ivo Marr, a former Utopian health minister who is now head of Liberty Front's foreign relations council, told "
     "reporters on Monday that the offer stood.", "Ivo Marr", "head of foreign relations council", "Liberty Front"),
    ("The bill has the support of Libertad Nueva, a party led by Rosa Quispe, who lost the election.", "Rosa Quispe",
     None, "Libertad Nueva"),
    ("Tom Reyes said his Blue Harbor Capital LLC hedge fund would push for a sale.", "Tom Reyes", None,
     "Blue Harbor Capital LLC"),
    ("Health Secretary Ana Ruiz said the DOH would pay the nurses on Friday.", "Ana Ruiz", "Health Secretary", "DOH"),
])
def test_role_and_side_from_the_words_around_a_name(sentence, name, role, side):
    person = actors_of(sentence)[name]
    assert (person.role, person.affiliation) == (role, side)


def test_a_surname_with_particles_or_of_several_words_folds_into_the_full_name():
    found = actors_of("Coach Ana Lind praised Piet van der Berg after the match. Van der Berg scored twice, and "
                      "later van der Berg thanked the fans.")
    assert set(found) == {"Ana Lind", "Piet van der Berg"}
    found = actors_of("Coach Ana Lind praised Joel Marten Ek after the match. Marten Ek scored twice, and Marten Ek "
                      "thanked the fans.")
    assert {a.name for a in found.values() if a.kind == "person"} in ({"Ana Lind", "Marten Ek"},
                                                                       {"Ana Lind", "Joel Marten Ek"})


def test_a_surname_two_people_share_is_the_one_named_last():
    found = actors_of("Former minister Jane Roe praised her son Ivo Roe on Monday. Ivo Roe runs a gas firm. Roe said "
                      "the firm paid its taxes. Jane Roe later spoke to reporters, and Roe said she was proud.")
    # each "Roe" alone goes to its own bearer (the model may leave the second "Ivo Roe" untagged)
    assert found["Jane Roe"].mentions == 3 and found["Ivo Roe"].mentions in (2, 3)


def test_an_honorific_and_surname_fold_into_the_full_name():
    actors = actors_of("The drivers were told by Pia Moll, who leads their union, that the strike would begin.",
                       "Ms Moll said the strike would go on.")
    assert actors["Pia Moll"].mentions == 2 and not {"Ms Moll", "Moll"} & set(actors)


def test_an_office_of_state_without_its_state_gets_the_one_state_of_its_sentence_as_a_hint():
    actors = actors_of("President Ivo Sarn said in a speech that Portugal would not pay the fine.",
                       "Officials in Spain and France declined to comment.")
    person = actors["Ivo Sarn"]
    assert person.affiliation is None and person.home == "Portugal"


def test_a_quote_the_entity_took_in_is_not_part_of_the_name():
    text = "He said that the 'Opposition wants a debate in Parliament, but the government refuses'."
    assert "Opposition" in actors_of(text)


def test_a_name_the_text_calls_a_region_is_no_person():
    found = actors_of("Oromia demands the withdrawal of federal troops, the Oromia region said on Sunday.")
    assert "Oromia" in found and found["Oromia"].kind != "person"


def test_names_in_a_headline_case_line_count_only_when_prose_confirms_them():
    found = actors_of("Harbour Workers Union Pushes For Pay Rise, Board Changes As Strike Looms",
                      "The Harbour Workers Union said on Monday that the strike would go ahead.")
    assert "Harbour Workers Union" in found
    assert not any("Board" in name or "Pay" in name or "Strike" in name for name in found)


def test_gazetteer_places_lie_in_their_country_and_a_code_is_its_largest_entry():
    g = gazetteer()
    assert g.state_of_place("Queensland") == "Australia" and g.state_of_place("Lyon") == "France"
    assert g.country("UK") == "United Kingdom" and g.seat("London") == "United Kingdom"
    assert g.seat("Manchester") is None and g.large_city("Manchester")  # a large city is no seat of government
    assert g.state_of_place("Freedonia") is None


def home_of(name, *paragraphs, dateline=None):
    article = Article("x", "x.txt", "Title", tuple(paragraphs), dateline=dateline)
    doc = next(nlp.parse([paragraphs]))
    return {a.name: a for a in extract_actors(article, doc)}[name].home


def test_an_office_of_state_without_its_state_serves_the_country_the_story_happens_in():
    said = "Prime Minister Ada Voss said on Monday that the talks would resume."
    assert home_of("Ada Voss", "Brazil and Chile accused the government of stalling.", said, dateline="LYON") == "France"
    assert home_of("Ada Voss", said, "Floods closed schools in Hamburg and roads near Munich.") == "Germany"
    # countries that act are as often the other side; two settings that tie are none
    assert home_of("Ada Voss", said, "Brazil and Chile accused the government of stalling.") is None
    assert home_of("Ada Voss", said, "Floods closed schools in Hamburg and roads in Lyon.") is None


def test_the_countrys_president_is_a_president_of_the_country_the_story_happens_in():
    found = actors_of("Storms flooded streets in Bordeaux again. Voters asked the country's President, Marc Duval, to resign.")
    person = found["Marc Duval"]
    assert person.role == "President" and person.home == "France"


def test_members_named_of_a_group_noun_belong_to_the_organisation_the_article_gives_it():
    found = actors_of("A court fined Harbour Pilots Union officials for contempt on Monday.",
                      "The affected officials include Chairman Ivan Kerr and Treasurer Lisa Montero.",
                      "The other officials are Dan Roy and Eva Lind.")
    assert {found[n].affiliation for n in ("Ivan Kerr", "Lisa Montero", "Dan Roy", "Eva Lind")} == {"Harbour Pilots Union"}


def test_a_judge_serves_the_one_court_the_article_names_and_a_mayor_the_council():
    found = actors_of("Judge Ana Ruiz ruled in the Westmark High Court that the mine must close.",
                      "Mayor Joe Dale said the Westmark City Council would appeal.")
    assert found["Ana Ruiz"].affiliation == "Westmark High Court"
    assert found["Joe Dale"].affiliation == "Westmark City Council"
    two = actors_of("Judge Ana Ruiz ruled that the mine must close.",
                    "The Westmark High Court and the Eastmark Labour Court heard the case.")
    assert two["Ana Ruiz"].affiliation is None


def test_a_name_owned_by_a_body_of_several_words_takes_the_whole_body():
    from generator.extract.roles import role_and_affiliation
    doc = next(nlp.parse([("Tal preferred the defense portfolio, but Red and Blue's Avi Lotan is insisting on it.",)]))
    start = next(t.i for t in doc if t.text == "Avi")
    assert role_and_affiliation(doc, start, start + 2, gazetteer()) == (None, "Red and Blue")


def test_a_name_cut_at_the_and_of_its_last_of_is_kept_whole():
    found = actors_of("The Ministry of Oceans and ICT and the Space Institute said the launch went well.")
    assert "Ministry of Oceans and ICT" in found and "ICT" not in found


def test_an_untagged_surname_is_a_mention_of_the_one_person_who_has_it():
    from generator.extract.actors import _Cluster, _untagged_surnames
    doc = next(nlp.parse([("Investor Dana Whitlock bought shares.", "Whitlock said her Northgate Capital LLC fund "
                           "would push for a sale.")]))
    person = _Cluster("person")
    first = next(t.i for t in doc if t.text == "Dana")
    person.add("Dana Whitlock", doc[first].idx, (doc, first, first + 2))
    covered = {t.i for e in doc.ents for t in e} - {t.i for t in doc if t.text == "Whitlock"}
    covered.add(first + 1)
    _untagged_surnames(doc, [person], covered, gazetteer())
    assert person.mentions == 2 and person.affiliation == "Northgate Capital LLC"


def _hand_parsed(words, heads, deps, pos, ents, lemmas=None, tags=None):
    from spacy.lang.en import English
    from spacy.tokens import Doc
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas, tags=tags)


def _actors_of_doc(doc):
    return {a.name: a for a in extract_actors(Article("x", "x.txt", "Title", (doc.text,)), doc)}


def test_entity_repairs_glued_credit_officer_and_office_holder():
    from generator.extract.actors import _repaired_entities
    # "NEWSWIRE Ivo Dane said"
    doc = _hand_parsed(["NEWSWIRE", "Ivo", "Dane", "said"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
                       ["PROPN", "PROPN", "PROPN", "VERB"], ["B-ORG", "I-ORG", "I-ORG", "O"])
    assert [(e.text, e.label_) for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == [("Ivo Dane", "ORG")]
    # "the Election Commission Ivo Dane said"
    doc = _hand_parsed(["the", "Election", "Commission", "Ivo", "Dane", "said"], [2, 2, 4, 4, 5, 5],
                       ["det", "compound", "compound", "compound", "nsubj", "ROOT"],
                       ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert [(e.text, e.label_) for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == [
        ("the Election Commission", "ORG"), ("Ivo Dane", "PERSON")]
    # "Ivo Dane was elected president"
    doc = _hand_parsed(["Ivo", "Dane", "was", "elected", "president"], [1, 3, 3, 3, 3],
                       ["compound", "nsubjpass", "auxpass", "ROOT", "oprd"], ["PROPN", "PROPN", "AUX", "VERB", "NOUN"],
                       ["B-ORG", "I-ORG", "O", "O", "O"])
    assert [(e.text, e.label_) for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == [("Ivo Dane", "PERSON")]


def test_staff_credited_for_the_story_are_no_parties():
    found = actors_of("Prices rose 3%, data showed. (Reporting by Ivo Dane; Editing by Amos Kertel and Jane Roe)")
    assert not {"Ivo Dane", "Amos Kertel", "Jane Roe"} & set(found)
    assert "Jane Roe" in actors_of("Jane Roe said reporting by the paper was wrong.")


def test_a_common_noun_opening_a_sentence_is_no_name():
    # "Sorghum grows well . The sorghum crop failed ." with the first word tagged as a person
    words = ["Sorghum", "grows", "well", ".", "The", "sorghum", "crop", "failed", "."]
    doc = _hand_parsed(words, [1, 1, 1, 1, 6, 6, 7, 7, 7],
                       ["nsubj", "ROOT", "advmod", "punct", "det", "compound", "nsubj", "ROOT", "punct"],
                       ["NOUN", "VERB", "ADV", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "PUNCT"],
                       ["B-PERSON"] + ["O"] * 8)
    assert _actors_of_doc(doc) == {}
    words[5] = "Sorghum"  # a name the text never writes in lower case stays one
    doc = _hand_parsed(words, [1, 1, 1, 1, 6, 6, 7, 7, 7],
                       ["nsubj", "ROOT", "advmod", "punct", "det", "compound", "nsubj", "ROOT", "punct"],
                       ["NOUN", "VERB", "ADV", "PUNCT", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
                       ["B-PERSON"] + ["O"] * 8)
    assert set(_actors_of_doc(doc)) == {"Sorghum"}


def test_a_body_s_name_ending_another_s_folds_into_it():
    found = actors_of("The Eastland Assembly Finance Committee summoned the minister on Monday. The Finance Committee "
                      "said it wanted answers.")
    assert set(found) == {"Eastland Assembly Finance Committee"}  # and "Finance Committee" is no officer's name


def test_a_body_owning_another_in_one_entity_is_two_bodies():
    found = actors_of("Jane Roe, who directs Eastland University’s Centre for Trade Studies, said the Centre for "
                      "Trade Studies would publish a report.")
    assert {"Eastland University", "Centre for Trade Studies"} <= set(found)


def test_a_name_alone_in_brackets_after_an_organisation_s_is_its_other_name():
    found = actors_of("Acme Holdings (Zeta Foods) said it would sell the unit. Zeta Foods also said prices would rise.")
    assert set(found) == {"Acme Holdings"} and found["Acme Holdings"].aliases == ("Zeta Foods",)
    # an acronym before its long form in brackets is a definition: the long form names the body
    found = actors_of("Among the parties that pressed parliament to act were the ERM (Eastern Renewal Movement) "
                      "and the NFP (New Farmers Party). The ERM said it would vote.")
    assert set(found) == {"Eastern Renewal Movement", "New Farmers Party"}


@pytest.mark.parametrize("first, pronoun, label", [
    (["Ivo", "Dane"], "He", "PERSON"),  # "Ivo Dane stressed it . He added more ."
    (["Ivo", "Dane"], "It", "ORG"),  # a body is "it"
    (["Dane", "Bank"], "She", "ORG"),  # a body's head: "she" is someone else, named before
])
def test_a_name_taken_for_a_body_that_he_or_she_takes_up_is_a_person(first, pronoun, label):
    from generator.extract.actors import _repaired_entities
    doc = _hand_parsed([*first, "stressed", "it", ".", pronoun, "added", "more", "."], [1, 2, 2, 2, 2, 6, 6, 6, 6],
                       ["compound", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                       ["PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
                       ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"])
    assert [e.label_ for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == [label]


@pytest.mark.parametrize("text, name, absent", [
    ("The Weather, Tides and Ocean Agency (WTOA) said the storm would pass. WTOA warned fishermen.",
     "Weather, Tides and Ocean Agency", {"WTOA", "Tides and Ocean Agency"}),
    ("Shares of Harlow Foods (NYSE:HRF) rose after HRF said it would sell a unit.", "Harlow Foods", {"HRF"}),
    ("The PLF - People's Liberation Front said the talks had failed, and the PLF demanded a vote.", "PLF", set()),
])
def test_an_acronym_in_brackets_names_its_long_form(text, name, absent):
    found = actors_of(text)
    assert name in found and not absent & set(found)


def test_spellings_of_one_organisation_fold():
    from generator.extract.actors import _same_organization, same_person
    assert _same_organization("Northline", "Northlines")
    assert _same_organization("UN Security Council", "United Nations Security Council")
    assert not _same_organization("UN Security Council", "United Nations General Assembly")
    assert not _same_organization("Acme", "Acne")  # too short to tell a typo from another name
    assert not _same_organization("Tunelyx", "Tunelyx+")  # a maker and the service it sells
    assert same_person("Ravi Mishra Kota", "Ravi Misra")


def test_an_acronym_without_long_form_folds_onto_the_one_name_holding_it():
    from generator.extract.actors import _Cluster, _fold_organizations
    orgs = {}
    for name, at in (("ZTL", 0), ("ZTL Utopia", 10), ("ZTL", 40)):
        orgs.setdefault(name.casefold(), _Cluster("organization")).add(name, at)
    _fold_organizations(orgs, {}, gazetteer())
    assert list(orgs) == ["ztl utopia"] and orgs["ztl utopia"].label == "ZTL Utopia" and orgs["ztl utopia"].mentions == 3


def test_a_branch_named_by_the_acronym_and_its_place_is_the_organisation():
    from generator.extract.actors import _Cluster, _fold_organizations
    orgs = {}
    for name, at in (("Utopian Red Lantern", 0), ("URL", 20), ("URL Hamburg", 40), ("Hamburg Port Authority", 60)):
        orgs.setdefault(name.casefold(), _Cluster("organization")).add(name, at)
    _fold_organizations(orgs, {}, gazetteer())
    assert sorted(orgs) == ["hamburg port authority", "utopian red lantern"]
    assert orgs["utopian red lantern"].mentions == 3


def test_an_office_title_tagged_as_an_organisation_is_no_party():
    from generator.extract.actors import _is_organization
    doc = _hand_parsed(["the", "Deputy", "Director", "of", "Prisons", "resigned"], [2, 2, 5, 2, 3, 5],
                       ["det", "compound", "nsubj", "prep", "pobj", "ROOT"],
                       ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert not _is_organization(doc.ents[0])


@pytest.mark.parametrize("text, absent", [
    ("The Northland Fisheries Act of 1998 requires that the boats be licensed, the union said.", "Northland Fisheries Act"),
    ("The quake struck at 13.21 UTC, the Northland Survey Agency said.", "UTC"),
    ("The court ordered the Acme Mining company and Mines and Energy Minister Ivo Tal to pay the costs.",
     "Mines"),
])
def test_documents_time_zones_and_pieces_of_roles_are_no_parties(text, absent):
    assert not any(absent in name for name in actors_of(text))


def test_names_used_as_places_are_no_people():
    from generator.extract.actors import _place_like
    # "floods in Vesna Kolar" - a PERSON-tagged object of "in"
    doc = _hand_parsed(["Floods", "hit", "towns", "in", "Vesna", "Kolar"], [1, 1, 1, 1, 5, 3],
                       ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
                       ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN"], ["O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert _place_like(doc.ents[0])
    # "the Vesna Kolar communities"
    doc = _hand_parsed(["the", "Vesna", "Kolar", "communities", "sued"], [3, 2, 3, 4, 4],
                       ["det", "compound", "compound", "nsubj", "ROOT"], ["DET", "PROPN", "PROPN", "NOUN", "VERB"],
                       ["O", "B-PERSON", "I-PERSON", "O", "O"])
    assert _place_like(doc.ents[0])
    # "the Vesna Kolar violence"
    doc = _hand_parsed(["the", "Vesna", "Kolar", "violence", "ended"], [3, 2, 3, 4, 4],
                       ["det", "compound", "compound", "nsubj", "ROOT"], ["DET", "PROPN", "PROPN", "NOUN", "VERB"],
                       ["O", "B-PERSON", "I-PERSON", "O", "O"])
    assert _place_like(doc.ents[0])
    # "Vesna Kolar sued" is a person
    doc = _hand_parsed(["Vesna", "Kolar", "sued"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["PROPN", "PROPN", "VERB"],
                       ["B-PERSON", "I-PERSON", "O"])
    assert not _place_like(doc.ents[0])


def test_words_glued_to_an_organisation_are_cut_off():
    from generator.extract.actors import _trimmed
    doc = _hand_parsed(["NORTHTOWN", "•", "Acme", "Union", "said"], [3, 3, 3, 4, 4],
                       ["compound", "punct", "compound", "nsubj", "ROOT"], ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
                       ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert _trimmed(doc.ents[0]).text == "Acme Union"
    doc = _hand_parsed(["Citing", "Acme", "Union", "data"], [0, 2, 3, 0], ["ROOT", "compound", "compound", "dobj"],
                       ["VERB", "PROPN", "PROPN", "NOUN"], ["B-ORG", "I-ORG", "I-ORG", "O"])
    assert _trimmed(doc.ents[0]).text == "Acme Union"


@pytest.mark.parametrize("text, state, party", [
    ("Officials met in the Austrian capital on Monday to resume the talks.", "Austria", False),
    ("The runner told German television that he was happy.", "Germany", False),
    ("Chilean Pilots United said the pay was too low.", "Chile", False),
    ("Austrian officials said the talks would resume on Monday.", "Austria", True),
    ("The Germans refused to pay the fine.", "Germany", True),
    # a state's name as a modifier, the same way
    ("The Norway women's team's match next week could be called off.", "Norway", False),
    ("The ceremony starts at noon Norway time.", "Norway", False),
    ("Nordic firms want a bigger share of the Norway market.", "Norway", False),
    ("On the Norway-Chile dispute, the envoy said talks would go on.", "Norway", True),
    ("The Norway government said talks would go on.", "Norway", True),
    # and as an owner
    ("The minister told Norway's German-language television channel on Friday that talks went on.", "Norway", False),
    ("Norway's salmon exports topped estimates, traders said.", "Norway", False),
    ("Norway's competition watchdog said the firm misled users.", "Norway", True),
    ("Norway's decision angered the envoys.", "Norway", True),
])
def test_a_demonym_or_a_state_s_name_names_the_state_as_a_party_only_for_its_people_bodies_acts_or_relations(text, state, party):
    assert (state in actors_of(text)) is party


def test_an_office_s_word_after_of_inside_a_body_s_name_is_part_of_the_name():
    found = actors_of("General Ivo Dane, secretary of the Eastland Council of Ministers, said troops would stay.")
    assert found["Ivo Dane"].affiliation == "Eastland Council of Ministers" and "Eastland Council of" not in found


@pytest.mark.parametrize("text, name, role", [
    ("Cmdr. Ivo Dane told reporters the strikes would go on.", "Ivo Dane", "Cmdr."),
    ("Cmdr. Ivo Dane, a spokesperson for the coalition, told reporters the strikes would go on.", "Ivo Dane",
     "spokesperson for the coalition"),  # the office given beside a rank is the role
    ("Lt. Col. Jane Roe said the base was safe.", "Jane Roe", "Lt. Col."),
])
def test_an_abbreviated_rank_is_the_role_and_ends_no_sentence(text, name, role):
    found = actors_of(text)
    assert set(found) == {name} and found[name].role == role


def test_the_state_an_office_holder_serves_is_a_party():
    assert "Norway" in actors_of("Guests, including Norway President Ivo Dane, will watch the ceremony in Norway.")


def test_the_body_a_person_acts_for_is_a_party():
    found = actors_of("Senior Harbour Party leader Tom Vale on Thursday called the minister a liar.")
    assert "Harbour Party" in found and found["Tom Vale"].affiliation == "Harbour Party"


def test_a_surname_the_model_cut_off_is_part_of_the_name():
    from generator.extract.actors import _person_name
    # "ally Ayla Tamir must go": the model tagged "Ayla" only
    doc = _hand_parsed(["ally", "Ayla", "Tamir", "must", "go"], [2, 2, 4, 4, 4],
                       ["compound", "compound", "nsubj", "aux", "ROOT"], ["NOUN", "PROPN", "PROPN", "AUX", "VERB"],
                       ["O", "B-PERSON", "O", "O", "O"])
    assert _person_name(doc.ents[0], gazetteer())[0] == "Ayla Tamir"


def test_an_ally_takes_the_side_of_the_person_they_serve():
    found = actors_of("Harbour Party leader Tom Vale met the press on Monday.",
                      "The party said that Vale's close ally Ayla Tamir must be appointed justice minister.")
    assert found["Ayla Tamir"].affiliation == "Harbour Party"


def test_a_place_the_text_calls_a_region_places_the_story_even_untagged():
    from generator.extract.actors import setting_state
    doc = _hand_parsed(["Rebels", "in", "the", "Queensland", "region", "met"], [5, 0, 4, 4, 1, 5],
                       ["nsubj", "prep", "det", "compound", "pobj", "ROOT"],
                       ["NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB"], ["O"] * 6)
    article = Article("x", "x.txt", "Title", (doc.text,))
    assert setting_state(article, doc, gazetteer(), doc.ents, doc.text) == "Australia"


def test_a_site_is_a_party_only_where_it_acts():
    assert actors_of("The injured were taken to the Eastbrook General Hospital, officials said. The rocket was "
                     "launched from the Varna Space Centre on Monday.") == {}
    assert actors_of("Nurses at medical facilities such as the Eastbrook General Hospital and the Lindqvist "
                     "Institute for Lung Medicine protested on Monday.") == {}
    assert set(actors_of("The Eastbrook General Hospital said it had run out of beds. According to the Varna Space "
                         "Centre, the launch went well.")) == {"Eastbrook General Hospital", "Varna Space Centre"}


def test_a_name_given_to_a_thing_is_no_party_under_any_mention():
    assert actors_of('Typhoon "Odile" made landfall on Monday. Odile will move west, forecasters said.') == {}
    assert actors_of('The rocket "Kestrel" was launched on Monday. Kestrel reached orbit, its makers said.') == {}
    assert actors_of("Hospitals must meet the Acme Patient Safety Goal by May, the minister said.") == {}
    for word in ("Hubris", "Defiance"):  # the first word of a document's title, tagged as a person or a body
        assert word not in actors_of(f'The 50-nation resolution "{word} against Westland" requires Eastland to leave.')
    # a title word that is also a given name, or a bill, names no thing
    assert set(actors_of("Bill Okafor said the Harbour Act must be repealed.")) == {"Bill Okafor"}


def test_a_place_that_holds_another_or_is_set_after_one_does_not_act():
    from generator.extract.actors import _is_agent, _located

    # "in Eastland's Northtown district"
    doc = _hand_parsed(["in", "Eastland", "'s", "Northtown", "district"], [0, 4, 1, 4, 0],
                       ["ROOT", "poss", "case", "compound", "pobj"], ["ADP", "PROPN", "PART", "PROPN", "NOUN"],
                       ["O", "B-GPE", "O", "B-GPE", "O"])
    assert not _is_agent(doc.ents[0])
    # "in Northtown, Eastland", "southwest of Northtown"
    doc = _hand_parsed(["in", "Northtown", ",", "Eastland"], [0, 0, 1, 1], ["ROOT", "pobj", "punct", "appos"],
                       ["ADP", "PROPN", "PUNCT", "PROPN"], ["O", "B-GPE", "O", "B-GPE"])
    assert _located(doc.ents[1])
    doc = _hand_parsed(["southwest", "of", "Northtown"], [0, 0, 1], ["ROOT", "prep", "pobj"],
                       ["NOUN", "ADP", "PROPN"], ["O", "O", "B-GPE"])
    assert _located(doc.ents[0])
    # "Eastland's government": the place acts
    doc = _hand_parsed(["Eastland", "'s", "government"], [2, 0, 2], ["poss", "case", "ROOT"],
                       ["PROPN", "PART", "NOUN"], ["B-GPE", "O", "O"])
    assert _is_agent(doc.ents[0])


def test_an_organisation_named_like_a_district_is_a_party_only_where_it_acts():
    assert actors_of("The quake struck 40 km southwest of Marlow Regency on Monday. Buildings collapsed in Marlow "
                     "Regency, North Vasca, officials said.") == {}
    assert set(actors_of("Marlow Regency said it would rebuild the school.")) == {"Marlow Regency"}


def test_a_branch_tagged_as_a_person_is_the_organisation_its_acronym_names():
    from spacy.tokens import Span

    text = "The Utopian Red Lantern (URL) said 50 people died. URL Hamburg is collecting data."
    doc = next(nlp.parse([(text,)]))
    branch = next(i for i, t in enumerate(doc) if t.text == "Hamburg")
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, branch - 1, branch + 1, "PERSON")]  # as the model may tag them
    (actor,) = extract_actors(Article("x", "x.txt", "Title", (text,)), doc)
    assert (actor.name, actor.kind, actor.aliases) == ("Utopian Red Lantern", "organization", ("URL Hamburg",))


def test_a_name_counted_after_a_number_is_a_unit_not_a_party():
    from spacy.tokens import Span

    text = "The players want 300 Marks a game, captain Jana Kroll said."
    doc = next(nlp.parse([(text,)]))
    marks = next(i for i, t in enumerate(doc) if t.text == "Marks")
    doc.ents = [Span(doc, marks, marks + 1, "PERSON"), Span(doc, marks + 5, marks + 7, "PERSON")]  # as the model may
    assert [a.name for a in extract_actors(Article("x", "x.txt", "Title", (text,)), doc)] == ["Jana Kroll"]
    assert "Acme Mining" in actors_of("In 2019 Acme Mining said it would close the pit.")
    assert actors_of("All 15 Russian troops on board were rescued.")["Russia"].mentions == 1


def test_a_name_headed_by_a_noun_of_bodies_or_buildings_is_no_person():
    actors = actors_of("The case was brought to court by the Legal Aid Centre and Tomas Brandt Attorneys, on behalf "
                       "of the villagers.",
                       "Health workers at facilities such as the Dr. Elena Marquez Memorial Hospital and the City "
                       "Institute for Lung Care held protests.")
    assert actors["Tomas Brandt Attorneys"].kind == "organization"
    actors = actors_of("Pupils from the Lycée Laplace joined the march, and Lycée Laplace staff said they backed the "
                       "students.")  # a head that opens the name, as French and Spanish write it
    assert actors["Lycée Laplace"].kind == "organization"
    assert not any("Marquez" in name for name in actors)  # a building where people work, not a party


def test_an_acronym_given_to_a_common_noun_is_no_party():
    actors = actors_of("On Monday the finance office told the Senate it had paid the night shift bonus (NSB) to "
                       "4,000 nurses. The NSB was paid late, the union said.")
    assert "NSB" not in actors and "Senate" in actors


def test_an_acronym_spelled_like_a_form_of_address_is_an_organisation():
    # "Sra." addresses a woman in Spanish; "SRA" alone is no one's name
    assert actors_of("Officials of the SRA said on Monday they would appeal the ban.")["SRA"].kind == "organization"


@pytest.mark.parametrize("words, heads, deps, pos, ents", [
    # "Troops left the state of Halima ." with the place tagged as a person
    (["Troops", "left", "the", "state", "of", "Halima", "."], [1, 1, 3, 1, 3, 4, 1],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "O", "B-PERSON", "O"]),
    # "The quake struck West Lombata ." with the province read as a person and hung on the verb
    (["The", "quake", "struck", "West", "Lombata", "."], [1, 2, 2, 4, 2, 2],
     ["det", "nsubj", "ROOT", "compound", "npadvmod", "punct"], ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
     ["O", "O", "O", "B-PERSON", "I-PERSON", "O"]),
])
def test_a_place_the_text_calls_one_or_named_by_a_direction_is_no_person(words, heads, deps, pos, ents):
    doc = _hand_parsed(words, heads, deps, pos, ents)
    article = Article("x", "x.txt", "Title", (doc.text,))
    assert [a.name for a in extract_actors(article, doc) if a.kind == "person"] == []


def test_a_list_of_towns_read_as_one_organisation_is_no_party():
    # "Next come Lyon , Marseille ." with the list tagged as one organisation
    doc = _hand_parsed(["Next", "come", "Lyon", ",", "Marseille", "."], [1, 1, 1, 2, 2, 1],
                       ["advmod", "ROOT", "nsubj", "punct", "conj", "punct"],
                       ["ADV", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT"], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert extract_actors(Article("x", "x.txt", "Title", (doc.text,)), doc) == ()


def test_the_field_an_office_is_for_is_no_party():
    actors = actors_of("The Secretary for Norland, Antarctica and South Atlantic affairs, Marta Quiroga, said on "
                       "Friday that the talks had failed.")
    assert set(actors) == {"Marta Quiroga"}
    # nor the side of its holder: the field stays in the role, commas and all
    assert actors["Marta Quiroga"].role == "Secretary for Norland, Antarctica and South Atlantic affairs"
    assert actors["Marta Quiroga"].affiliation is None
    # who speaks or acts for a party names that party
    assert "Hamas" in actors_of("A spokesman for Hamas said the group would not stop.")
    assert "Acme Mining" in actors_of("A lawyer for Acme Mining told the court the firm would appeal.")


def test_a_name_opening_the_name_of_a_period_or_a_dispute_is_no_party():
    assert actors_of("The new reign opens the Hoshizora (starry sky) Era, the court said.") == {}
    # "Talks on the Varda Question stalled ." with "Varda" tagged as an organisation
    doc = _hand_parsed(["Talks", "on", "the", "Varda", "Question", "stalled", "."], [5, 0, 4, 4, 1, 5, 5],
                       ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"],
                       ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PUNCT"], ["O", "O", "O", "B-ORG", "O", "O", "O"])
    assert _actors_of_doc(doc) == {}


def test_land_claimed_or_a_part_of_a_place_is_no_party():
    assert set(actors_of("Argentina renewed its claim over the sovereignty of the Falkland Islands.")) == {"Argentina"}
    # "Odette passed the vicinity of Kelvar ." with the island tagged as an organisation
    doc = _hand_parsed(["Odette", "passed", "the", "vicinity", "of", "Kelvar", "."], [1, 1, 3, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                       ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "O", "B-ORG", "O"])
    assert "Kelvar" not in _actors_of_doc(doc)


def test_a_one_word_name_the_text_calls_an_archipelago_acts_only_as_a_state_does():
    # "Britain will negotiate the return of Varda , the Varda archipelago ." with the first "Varda" an organisation
    words = ["Britain", "will", "negotiate", "the", "return", "of", "Varda", ",", "the", "Varda", "archipelago", "."]
    doc = _hand_parsed(words, [2, 2, 2, 4, 2, 4, 5, 6, 10, 10, 6, 2],
                       ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "punct", "det", "compound", "appos",
                        "punct"],
                       ["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT"],
                       ["B-GPE", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O"])
    assert "Varda" not in _actors_of_doc(doc)


def test_sites_named_before_a_facility_noun_act_only_as_sites_do():
    # "They were driven to Kamiti and Shimo prisons ." with the two names read as one organisation
    doc = _hand_parsed(["They", "were", "driven", "to", "Kamiti", "and", "Shimo", "prisons", "."],
                       [2, 2, 2, 2, 3, 4, 7, 4, 2],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "amod", "conj", "punct"],
                       ["PRON", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "NOUN", "PUNCT"],
                       ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
                       lemmas=["they", "be", "drive", "to", "Kamiti", "and", "Shimo", "prison", "."])
    assert _actors_of_doc(doc) == {}


def test_a_make_named_by_its_products_or_their_users_is_no_party():
    actors = actors_of("The regulator said Zentra Holdings misled owners of Zentra phones and some Zentra users.")
    assert actors["Zentra Holdings"].aliases == ()  # the phones' and the users' "Zentra" is not the company
    # "Arms went to Zeta and border posts ." parsed with "Zeta" modifying "posts": a list, not a modifier
    doc = _hand_parsed(["Arms", "went", "to", "Zeta", "and", "border", "posts", "."], [1, 1, 1, 6, 3, 6, 2, 1],
                       ["nsubj", "ROOT", "prep", "nmod", "cc", "compound", "pobj", "punct"],
                       ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "NOUN", "NOUN", "PUNCT"],
                       ["O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    assert "Zeta" in _actors_of_doc(doc)
    # "It runs on a Zentra ." with the device tagged as an organisation
    doc = _hand_parsed(["It", "runs", "on", "a", "Zentra", "."], [1, 1, 1, 4, 2, 1],
                       ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                       ["PRON", "VERB", "ADP", "DET", "PROPN", "PUNCT"], ["O", "O", "O", "O", "B-ORG", "O"])
    assert _actors_of_doc(doc) == {}


def test_a_body_named_before_a_noun_of_bodies_is_a_party_but_not_a_kind_of_groups():
    # "the Zeta terrorist group said" / "Advocacy groups said": a group named Zeta, but groups of a kind
    doc = _hand_parsed(["the", "Zeta", "terrorist", "group", "said", "."], [3, 3, 3, 4, 4, 4],
                       ["det", "nmod", "compound", "nsubj", "ROOT", "punct"],
                       ["DET", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT"], ["O", "B-ORG", "O", "O", "O", "O"],
                       lemmas=["the", "Zeta", "terrorist", "group", "say", "."], tags=["DT", "NNP", "NN", "NN", "VBD", "."])
    assert "Zeta" in _actors_of_doc(doc)
    doc = _hand_parsed(["Education", "advocacy", "groups", "said", "."], [2, 2, 3, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "punct"], ["PROPN", "NOUN", "NOUN", "VERB", "PUNCT"],
                       ["B-ORG", "O", "O", "O", "O"], lemmas=["Education", "advocacy", "group", "say", "."],
                       tags=["NNP", "NN", "NNS", "VBD", "."])
    assert _actors_of_doc(doc) == {}


def test_a_people_named_ethnic_is_no_organisation():
    assert actors_of("The rebels demanded the release of ethnic Karenni political leaders held in prisons.") == {}


def test_a_product_named_after_its_maker_folds_into_the_maker():
    # "Acme Holdings said Acme+ grew ." with both tagged as organisations
    doc = _hand_parsed(["Acme", "Holdings", "said", "Acme+", "grew", "."], [1, 2, 2, 4, 2, 2],
                       ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                       ["PROPN", "PROPN", "VERB", "PROPN", "VERB", "PUNCT"], ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O"])
    assert _actors_of_doc(doc)["Acme Holdings"].aliases == ("Acme+",)


def test_a_city_stands_for_its_state_only_where_it_acts_as_one():
    assert "United States" not in actors_of("Traffic on the long drive between San Diego and Los Angeles was heavy.")
    assert {"United States", "Russia"} <= set(actors_of("Talks between Washington and Moscow resumed on Monday."))
    assert "Germany" not in actors_of("He set his record from Berlin in 2018.")
    assert "Germany" in actors_of("The proposal from Berlin was rejected.")
    # "Outside Metro Manila , protests were held ." with the capital parsed as the subject
    doc = _hand_parsed(["Outside", "Metro", "Manila", ",", "protests", "were", "held", "."], [6, 2, 6, 6, 6, 6, 6, 6],
                       ["prep", "compound", "nsubjpass", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
                       ["ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
                       ["O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert _actors_of_doc(doc) == {}


def test_one_word_after_a_determiner_or_a_noun_of_bodies_is_no_person():
    actors = actors_of("Councillor Dane wants the motion debated in the Ardrath, and the Ardrath will vote on it.")
    assert actors["Ardrath"].kind == "organization"
    # a chamber's name modifying its parts, never acting alone, tagged as a person in both mentions
    actors = actors_of("Cllr Amos Kertel will ask to speak before the Veldraad committee on schools. He said there "
                       "has never been such a hearing at that Veldraad committee.")
    assert actors["Veldraad"].kind == "organization"
    # "The groups Nueva Fuerza and ... backed it ." with the first group's name tagged as a person
    doc = _hand_parsed(["The", "groups", "Nueva", "Fuerza", "backed", "it", "."], [1, 4, 3, 1, 4, 4, 4],
                       ["det", "nsubj", "compound", "appos", "ROOT", "dobj", "punct"],
                       ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                       ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
                       lemmas=["the", "group", "Nueva", "Fuerza", "back", "it", "."])
    assert _actors_of_doc(doc)["Nueva Fuerza"].kind == "organization"
    # a name modifying a noun after "the" may be a person's
    assert actors_of("Rights groups blamed the Assad regime for the siege.")["Assad"].kind == "person"


def test_a_full_name_after_a_title_the_model_left_untagged_is_the_person():
    actors = actors_of("Cllr Amos Kertel confirmed that Lord Mayor Ivo Dane, will write to the Minister for Roads. "
                       "Cllr Dane will also ask for a hearing.")
    assert actors["Ivo Dane"].role == "Lord Mayor" and "Dane" not in actors
    # a demonym is no title: "Chilean Nurse Voices said ." left untagged names no person
    doc = _hand_parsed(["Chilean", "Nurse", "Voices", "said", "."], [2, 2, 3, 3, 3],
                       ["amod", "compound", "nsubj", "ROOT", "punct"], ["ADJ", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["O"] * 5, tags=["JJ", "NNP", "NNP", "VBD", "."])
    assert all(actor.kind != "person" for actor in _actors_of_doc(doc).values())
    # nor are a body's words after one that is also an office's: "National Council Resolution passed ."
    doc = _hand_parsed(["National", "Council", "Resolution", "passed", "."], [2, 2, 3, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "punct"], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["O"] * 5, tags=["NNP", "NNP", "NNP", "VBD", "."])
    assert all(actor.kind != "person" for actor in _actors_of_doc(doc).values())


def test_an_acronym_after_a_field_is_an_office_and_the_untagged_name_after_it_a_person():
    # "Health MEC Ivo Dane said ." left untagged, "Ivo" tagged as a plural proper noun
    doc = _hand_parsed(["Health", "MEC", "Ivo", "Dane", "said", "."], [1, 3, 3, 4, 4, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                       ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ["O"] * 6,
                       tags=["NNP", "NNP", "NNPS", "NNP", "VBD", "."])
    found = _actors_of_doc(doc)
    assert (found["Ivo Dane"].kind, found["Ivo Dane"].role, found["Ivo Dane"].affiliation) == ("person", "Health MEC", None)
    assert "MEC" not in found


def test_a_ministry_named_by_a_list_of_fields_is_one_body_with_its_short_name():
    actors = actors_of("A spokeswoman at the ministry of Foreign affairs, Tourism and Culture told reporters the "
                       "Foreign Ministry would reply.")
    assert list(actors) == ["ministry of Foreign affairs, Tourism and Culture"]
    assert actors["ministry of Foreign affairs, Tourism and Culture"].aliases == ("Foreign Ministry",)
    # a list that holds a body of its own is not its fields
    from generator.extract.actors import _fields_listed
    words = ["Ministry", "of", "Health", ",", "Trade", "and", "Culture", ",", "Labour", "Party", "and", "Acme", "met"]
    doc = _hand_parsed(words, [12, 0, 1, 0, 0, 4, 4, 0, 9, 0, 9, 9, 12], ["nsubj", "prep", "pobj", "punct", "conj", "cc",
                       "conj", "punct", "compound", "conj", "cc", "conj", "ROOT"], ["PROPN", "ADP", "PROPN", "PUNCT",
                       "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB"], ["O"] * 13)
    assert _fields_listed(doc, 4).text == "Culture" and _fields_listed(doc, 8) is None


def test_a_demonym_glued_to_a_given_name_is_the_person_s_side():
    # "Kenyan Amani Otieno ran ." with "Kenyan Amani" tagged as an organisation and the surname as a product
    doc = _hand_parsed(["Kenyan", "Amani", "Otieno", "ran", "."], [2, 2, 3, 3, 3], ["compound", "compound", "nsubj",
                       "ROOT", "punct"], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["B-ORG", "I-ORG", "B-PRODUCT", "O", "O"])
    actors = _actors_of_doc(doc)
    assert "Amani" not in actors and actors["Amani Otieno"].affiliation == "Kenya"


def test_a_body_s_name_cut_after_its_place_is_one_name():
    # "Members of the Eastland National Team quit ." with "the Eastland" a place and "National Team" a body
    doc = _hand_parsed(["Members", "of", "the", "Eastland", "National", "Team", "quit", "."], [6, 0, 5, 5, 5, 1, 6, 6],
                       ["nsubj", "prep", "det", "compound", "compound", "pobj", "ROOT", "punct"],
                       ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["O", "O", "B-GPE", "I-GPE", "B-ORG", "I-ORG", "O", "O"])
    assert list(_actors_of_doc(doc)) == ["Eastland National Team"]


def test_a_long_form_the_model_cut_is_one_body_when_its_initials_spell_the_acronym():
    found = actors_of("The Agency for Coastal Repair (ACR) said on Monday it would close three offices.",
                      "ACR's director, Amos Kertel, said the cuts were painful.")
    assert found["Agency for Coastal Repair"].aliases == ("ACR",)
    assert {"Agency", "Coastal Repair", "ACR"}.isdisjoint(found)
    kertel = found["Amos Kertel"]  # beside an office: a person, whatever the model tagged
    assert (kertel.kind, kertel.role, kertel.affiliation) == ("person", "director", "Agency for Coastal Repair")


def test_an_office_owned_by_a_pronoun_or_a_body_noun_is_the_body_named_last_before():
    found = actors_of("The Teachers' Association of Eastland, which represents 90,000 teachers, urged lawmakers to "
                      "reject the bill. Its president, Mira Vell, said teachers would join any strike.",
                      "The Agency for Coastal Repair (ACR) said it would close three offices. The agency's chief "
                      "executive, Jane Roe, said so.")
    assert (found["Mira Vell"].role, found["Mira Vell"].affiliation) == ("president", "Teachers' Association of Eastland")
    assert found["Jane Roe"].affiliation == "Agency for Coastal Repair"


def test_the_group_owning_an_office_is_any_body_and_a_region_in_the_title_is_what_the_office_covers():
    found = actors_of("The Committee to Protect Journalists welcomed the ruling. \"This is overdue,\" said Jane Roe, "
                      "the group's Europe and Central Asia program coordinator.")
    roe = found["Jane Roe"]
    assert (roe.role, roe.affiliation) == ("Europe and Central Asia program coordinator",
                                           "Committee to Protect Journalists")


def test_a_pronoun_opening_a_sentence_is_no_owner_of_an_office():
    found = actors_of("The Eastland National Farmers' Union said the blockade would go on. Its chairman, Amos Kertel, "
                      "told reporters the growers were not leaving.")
    assert "Its" not in found
    assert found["Amos Kertel"].affiliation == "Eastland National Farmers' Union"


def test_a_side_written_short_is_named_as_its_body_is_listed():
    from generator.extract.actors import _Cluster, _sides_as_listed
    agency, firm = _Cluster("organization"), _Cluster("organization")
    agency.add("Agency for Coastal Repair", 0)
    agency.add("ACR", 40)
    firm.add("Tunelyx Music Group", 80)
    people = [_Cluster("person", affiliation=side) for side in ("ACR", "Tunelyx", "Eastland", "Westport Rowing Club")]
    _sides_as_listed(people, {"acr": agency, "tunelyx": firm}, {"Eastland": _Cluster("country")})
    assert [p.affiliation for p in people] == ["Agency for Coastal Repair", "Tunelyx Music Group", "Eastland",
                                               "Westport Rowing Club"]


def test_an_office_beside_a_rank_is_the_role_and_offices_written_short_are_offices():
    found = actors_of("The president, General Ivo Dane, rejected the ultimatum.",
                      "A ministry spokesman, Lt. Col. Amos Kertel, said the letter was being read.",
                      "Sen. Jane Roe said she would vote against the bill.",
                      "Lt. Gen. Mira Vell said the troops would stay.")
    assert {name: actor.role for name, actor in found.items()} == {
        "Ivo Dane": "president", "Amos Kertel": "ministry spokesman", "Jane Roe": "Sen.", "Mira Vell": "Lt. Gen."}


def test_a_settlement_named_with_of_is_a_place_and_a_name_after_an_outlet_noun_is_the_outlet():
    found = actors_of("Residents of the border town of Mokrava said they had fled. Many in Mokrava said so.",
                      "Ivo Dane, a reporter for the opposition daily Yeni Vark, was arrested in May.")
    assert "Mokrava" not in found
    assert found["Yeni Vark"].kind == "organization"


def test_small_words_inside_a_body_s_name_keep_it_a_body():
    found = actors_of("The Committee to Protect Reporters welcomed the ruling.",
                      "The Council on Coastal Trade said the tariffs must go.",
                      "Northline to Acme Holdings is how the firm was renamed.")
    assert {"Committee to Protect Reporters", "Council on Coastal Trade"} <= set(found)
    assert not any(" to Acme" in name for name in found)


def test_an_office_after_the_name_owned_by_the_body_noun_is_that_body_s():
    found = actors_of("The Coastal Repair Agency said it would close three offices.",
                      '"We are short of money," said Jane Roe, the agency\'s director.')
    assert found["Jane Roe"].affiliation == "Coastal Repair Agency"


def test_a_body_acts_through_its_office_when_no_holder_is_named():
    found = actors_of("The Coastal Nations Secretary-General called on both sides to show restraint.",
                      "Defense Minister Jane Roe said the talks would go on.")
    assert "Coastal Nations" in found and "Defense" not in found
    assert found["Jane Roe"].role == "Defense Minister"


def test_a_side_named_by_a_seat_of_government_is_its_state_and_no_body():
    found = actors_of("A Kremlin spokesman, Ivo Dane, said the talks were over.",
                      "Pentagon spokesman Amos Kertel declined to comment.")
    assert "Kremlin" not in found and "Pentagon" not in found
    assert (found["Ivo Dane"].affiliation, found["Amos Kertel"].affiliation) == ("Russia", "United States")
    assert found["Russia"].aliases == ("Kremlin",)


def test_her_spokesman_shares_the_side_of_the_person_named_last():
    found = actors_of("Harbour Party leader Jane Roe said the vote would go ahead. Her spokesman, Amos Kertel, "
                      "told reporters the party would not back down.")
    assert found["Amos Kertel"].affiliation == "Harbour Party"


def test_the_spokesman_of_a_home_office_holder_shares_the_home_state():
    found = actors_of("Prime Minister Jane Roe told a rally in Lisbon that the reform was needed. Her spokesman, Amos "
                      "Kertel, said the government would not back down.")
    assert found["Jane Roe"].home == found["Amos Kertel"].home == "Portugal"


def test_a_person_of_a_body_is_on_its_side_and_of_a_place_on_none():
    found = actors_of("Opposition leader Ivo Dane of the Harbour Union party called on the premier to resign.",
                      "Jane Roe of the Eastland Research Centre said the figures were wrong.",
                      "Amos Kertel of Kenya won the race, and Mira Vell of Nairobi came second.")
    assert (found["Ivo Dane"].affiliation, found["Jane Roe"].affiliation) == ("Harbour Union", "Eastland Research Centre")
    assert found["Amos Kertel"].affiliation is None and found["Mira Vell"].affiliation is None


def test_the_first_word_of_a_party_s_name_left_untagged_is_a_mention_of_it():
    from generator.extract.actors import _Cluster, _untagged_short_names
    # "Regulators fined Tunelyx Media . They told Tunelyx to pay ."
    words = ["Regulators", "fined", "Tunelyx", "Media", ".", "They", "told", "Tunelyx", "to", "pay", "."]
    doc = _hand_parsed(words, [1, 1, 3, 1, 1, 6, 6, 6, 9, 6, 6],
                       ["nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                       ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
                       ["O", "O", "B-ORG", "I-ORG"] + ["O"] * 7)
    media, idle = _Cluster("organization", acts=True), _Cluster("organization")
    media.add("Tunelyx Media", doc[2].idx)
    idle.add("Veldraad Group", 0)
    _untagged_short_names(doc, {"tunelyx media": media, "veldraad group": idle}, {2, 3}, gazetteer(), frozenset())
    assert (media.label, media.mentions, sorted(media.forms)) == ("Tunelyx Media", 2, ["Tunelyx", "Tunelyx Media"])
    assert idle.mentions == 1
    # a one-word name counts too; a word the text also writes in lower case, or that opens a longer name, not
    words = ["Regulators", "fined", "Tunelyx", ".", "Tunelyx", "Group", "and", "Tunelyx", "paid", "."]
    doc = _hand_parsed(words, [1, 1, 1, 1, 5, 8, 5, 5, 8, 8],
                       ["nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "cc", "conj", "ROOT", "punct"],
                       ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
                       ["O", "O", "B-ORG"] + ["O"] * 7)
    firm = _Cluster("organization", acts=True)
    firm.add("Tunelyx", doc[2].idx)
    _untagged_short_names(doc, {"tunelyx": firm}, {2}, gazetteer(), frozenset())
    assert firm.mentions == 2 and firm.chars == [doc[2].idx, doc[7].idx]
    firm = _Cluster("organization", acts=True)
    firm.add("Tunelyx", doc[2].idx)
    _untagged_short_names(doc, {"tunelyx": firm}, {2}, gazetteer(), frozenset({"tunelyx"}))
    assert firm.mentions == 1
    # nor does the end of another name: "the Islamic State" is no mention of "State Department"
    doc = _hand_parsed(["They", "fought", "the", "Islamic", "State", "."], [1, 1, 4, 4, 1, 1],
                       ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                       ["PRON", "VERB", "DET", "PROPN", "PROPN", "PUNCT"], ["O"] * 6)
    department = _Cluster("organization", acts=True)
    department.add("State Department", 1000)
    _untagged_short_names(doc, {"state department": department}, set(), gazetteer(), frozenset())
    assert department.mentions == 1


def test_a_body_named_by_its_head_noun_and_a_capitalised_field_is_found_untagged():
    from generator.extract.actors import _untagged_institution
    # "The Coalition for Fair Fares , a group , called ." left untagged
    words = ["The", "Coalition", "for", "Fair", "Fares", ",", "a", "group", ",", "called", "."]
    doc = _hand_parsed(words, [1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 9],
                       ["det", "nsubj", "prep", "compound", "pobj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                       ["DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
                       ["O"] * 11)
    assert _untagged_institution(doc[1]).text == "Coalition for Fair Fares"
    assert "Coalition for Fair Fares" in _actors_of_doc(doc)
    # the same name tagged as a work's title is read as untagged
    titled = _hand_parsed(words, [t.head.i for t in doc], [t.dep_ for t in doc], [t.pos_ for t in doc],
                          ["O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART"] + ["O"] * 6)
    assert "Coalition for Fair Fares" in _actors_of_doc(titled)


def test_an_acronym_before_an_office_names_its_body_whatever_its_part_of_speech():
    from generator.extract.roles import role_and_affiliation
    # "ACR general secretary Ivo Dane said ." with "ACR" parsed as a preposition
    doc = _hand_parsed(["ACR", "general", "secretary", "Ivo", "Dane", "said", "."], [5, 2, 4, 4, 5, 5, 5],
                       ["intj", "amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                       ["ADP", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert role_and_affiliation(doc, 3, 5, gazetteer()) == ("general secretary", "ACR")


def test_a_chief_s_body_is_the_name_before_the_office():
    found = actors_of("Tunelyx chief executive Jane Roe said the company could not afford the raise.")
    assert found["Jane Roe"].affiliation == "Tunelyx" and found["Jane Roe"].role == "chief executive"


def test_a_field_before_ministry_is_part_of_the_ministry_s_name():
    found = actors_of("Foreign Ministry spokesperson Jane Roe said the sale violated the treaty.",
                      "Eastland's Ministry of National Defense thanked the donors.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("spokesperson", "Foreign Ministry")
    assert found["Ministry of National Defense"].aliases == ()


def test_an_office_named_by_its_modifier_before_an_apposed_name_is_the_role():
    found = actors_of("The Eastland Farmers Union welcomed the ruling. \"It is a start,\" said the group's chief "
                      "executive, Jane Roe.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("chief executive", "Eastland Farmers Union")


def test_a_full_name_after_an_office_word_is_a_person_whatever_the_model_tagged():
    # "Opposition lawmaker Jane Roe accused them ." with "Jane Roe" tagged as an organisation
    doc = _hand_parsed(["Opposition", "lawmaker", "Jane", "Roe", "accused", "them", "."], [1, 3, 3, 4, 4, 4, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
                       ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
                       ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    roe = _actors_of_doc(doc)["Jane Roe"]
    assert (roe.kind, roe.role) == ("person", "Opposition lawmaker")


def test_a_name_tagged_as_a_place_that_the_text_calls_a_company_is_one():
    # "the company Tunelyx appealed. Tunelyx said more.": the model took the invented name for a place
    words = ["the", "company", "Tunelyx", "appealed", ".", "Tunelyx", "said", "more", "."]
    doc = _hand_parsed(words, [2, 2, 3, 3, 3, 6, 6, 6, 6],
                       ["det", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
                       ["DET", "NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
                       ["O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O"], lemmas=[w.lower() for w in words])
    found = _actors_of_doc(doc)
    assert found["Tunelyx"].kind == "organization" and found["Tunelyx"].mentions == 2
    # without the kind, an unknown place is no party
    words = ["Tunelyx", "appealed", "."]
    doc = _hand_parsed(words, [1, 1, 1], ["nsubj", "ROOT", "punct"], ["PROPN", "VERB", "PUNCT"],
                       ["B-GPE", "O", "O"], lemmas=[w.lower() for w in words])
    assert not _actors_of_doc(doc)


def test_an_office_for_a_body_described_by_its_kind_is_that_body():
    found = actors_of("Northwind Air cancelled 40 flights on Friday.",
                      "A spokeswoman for the airline, Mira Vell, said crews were on strike.")
    assert found["Mira Vell"].affiliation == "Northwind Air"
    # the parser may hang the name on the body; once the side is found the role drops "for the company"
    found = actors_of("Northline Ferries cancelled two sailings on Friday.",
                      "A spokeswoman for the company, Mira Vell, said the boats would sail again soon.")
    assert (found["Mira Vell"].role, found["Mira Vell"].affiliation) == ("spokeswoman", "Northline Ferries")
    found = actors_of("Veldraad Holdings said it would appeal the ruling.",
                      "\"We respect the court,\" said Ivo Dane, the company's head of policy for Europe.")
    assert found["Ivo Dane"].affiliation == "Veldraad Holdings"


def test_its_after_a_sentence_about_an_unnamed_body_is_not_the_body_named_before():
    first = "Veldraad Holdings said it would appeal the ruling."
    last = "Its director, Jane Roe, said the ruling was wrong."
    found = actors_of(first, "The inspectorate has sought the records since 2024.", last)
    assert found["Jane Roe"].affiliation is None
    found = actors_of(first, "The company has refused to share the records since 2024.", last)
    assert found["Jane Roe"].affiliation == "Veldraad Holdings"


def test_a_name_ending_in_a_company_word_is_no_person():
    found = actors_of("Veldraad Air said it was disappointed by the vote.")
    assert found["Veldraad Air"].kind == "organization"


def test_its_after_a_sentence_about_a_described_body_is_the_body_named_last_of_that_kind():
    found = actors_of("The Friends of Northbank Park presented a petition to the council.",
                      "The developer, Veldraad Holdings, said the tower would bring 400 homes.",
                      "Its chief executive, Jane Roe, said the firm had listened to residents.")
    assert found["Jane Roe"].affiliation == "Veldraad Holdings"


def test_capitals_opening_a_sentence_before_an_office_are_a_body_not_a_glued_credit():
    found = actors_of("NATO Secretary General Jane Roe said allies would meet on Thursday.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("Secretary General", "NATO")
    assert "NATO" not in actors_of("WIRENEWS Jane Roe said allies would meet on Thursday.")


def test_a_name_tagged_as_a_person_after_a_kind_of_body_is_that_body_when_its_takes_it_up():
    words = ["aid", "group", "Jane", "Roe", "said", "its", "staff", "left", "."]
    doc = _hand_parsed(words, [1, 3, 3, 4, 4, 6, 7, 4, 4],
                       ["compound", "compound", "compound", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "punct"],
                       ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "NOUN", "VERB", "PUNCT"],
                       ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"], lemmas=[w.lower() for w in words])
    assert _actors_of_doc(doc)["Jane Roe"].kind == "organization"
    # "the party Jane Roe leads": a person named after a kind of body, parsed alike, is still a person
    words = ["the", "party", "Jane", "Roe", "leads", "."]
    doc = _hand_parsed(words, [3, 3, 3, 4, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                       ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                       ["O", "O", "B-PERSON", "I-PERSON", "O", "O"], lemmas=[w.lower() for w in words])
    assert _actors_of_doc(doc)["Jane Roe"].kind == "person"


def test_where_residents_live_is_no_party():
    found = actors_of("Residents of Northbank packed a council meeting on Wednesday night to oppose the tower.")
    assert "Northbank" not in found


def test_an_office_the_text_gives_a_state_without_a_name_is_that_states_for_its_one_holder():
    first = "Finland's foreign minister appealed on Sunday to allies to send more air defence systems."
    found = actors_of(first, "Foreign Minister Jane Roe said Germany and Sweden had promised them in May.")
    assert found["Jane Roe"].affiliation == "Finland"
    # two states own the office: no side is given
    found = actors_of(first, "Sweden's foreign minister said the same.",
                      "Foreign Minister Jane Roe said Germany had promised them in May.")
    assert found["Jane Roe"].affiliation is None


def test_a_demonym_in_an_office_a_described_body_owns_is_no_side():
    found = actors_of("The Northern College of Midwives warned it would call a strike next month.",
                      "The college's Scottish director, Jane Roe, said members wanted a rise of 8%.")
    assert found["Jane Roe"].affiliation == "Northern College of Midwives"


def test_a_body_named_inside_a_works_title_is_no_party():
    # "published in Monthly Notes of the Westmark Council.", the title tagged as a work
    words = ["published", "in", "Monthly", "Notes", "of", "the", "Westmark", "Council", "."]
    doc = _hand_parsed(words, [0, 0, 3, 1, 3, 7, 7, 4, 0],
                       ["ROOT", "prep", "compound", "pobj", "prep", "det", "compound", "pobj", "punct"],
                       ["VERB", "ADP", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                       ["O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART",
                        "I-WORK_OF_ART", "I-WORK_OF_ART", "O"], lemmas=[w.lower() for w in words])
    assert not _actors_of_doc(doc)


def test_a_bodys_head_noun_opening_a_role_is_the_listed_body_holding_it():
    found = actors_of("The Westmark Commission is preparing rules for delivery platforms.",
                      "A Commission spokesperson, Jane Roe, said the rules were needed.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("spokesperson", "Westmark Commission")


def test_a_possessive_company_name_tagged_as_a_person_is_the_company():
    found = actors_of("Investors holding 12% of Veldraad Mining's shares wrote to the board.",
                      "Veldraad said it would respond in due course.")
    assert found["Veldraad Mining"].kind == "organization" and "Veldraad" not in found


def test_an_office_word_inside_a_bodys_name_stays_in_the_name():
    found = actors_of("\"Our children are the victims here,\" said Jane Roe, chair of the National Parents Association.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("chair", "National Parents Association")


def test_an_office_of_a_body_the_role_names_has_no_home_state():
    found = actors_of("Jane Roe, president of the regional fisheries committee, spoke to fishermen in France on Friday.")
    assert found["Jane Roe"].home is None
    found = actors_of("President Jane Roe spoke to fishermen in France on Friday.")
    assert found["Jane Roe"].home == "France"


def test_a_name_owning_an_office_is_the_side_and_no_part_of_the_role():
    found = actors_of("Environmental group Greenwatch has sued the city of Eastport.",
                      "\"We are asking the court to act,\" said Mira Vell, Greenwatch's legal director.")
    assert found["Greenwatch"].kind == "organization"
    assert (found["Mira Vell"].role, found["Mira Vell"].affiliation) == ("legal director", "Greenwatch")
    found = actors_of("Jane Roe, Mr. Dane's personal lawyer, said the talks went well.")
    assert found["Jane Roe"].role == "personal lawyer" and found["Dane"].kind == "person"


def test_an_aide_to_a_person_takes_their_side():
    found = actors_of("Finnish President Jane Roe met the envoys on Monday.",
                      "\"There is no other way,\" Amos Kertel, an adviser to President Jane Roe, told reporters.")
    assert found["Amos Kertel"].affiliation == "Finland" and found["Amos Kertel"].role.startswith("adviser")


def test_a_name_after_an_office_word_tagged_as_a_body_is_the_office_holder():
    found = actors_of("Union leaders Ivo Dane and Amos Kertel were jailed on Monday.")
    assert found["Ivo Dane"].kind == "person"
    found = actors_of("The Eastport City Council voted to sue Acme Holdings. Councillor Amos Kertel said the vote "
                      "was unanimous.")
    assert (found["Amos Kertel"].kind, found["Amos Kertel"].role) == ("person", "Councillor")


def test_the_state_an_envoy_is_posted_to_is_in_the_role_not_the_side():
    found = actors_of("The Polish ambassador to Hungary, Jan Kowalski, was summoned on Tuesday.")
    assert (found["Jan Kowalski"].role, found["Jan Kowalski"].affiliation) == ("ambassador to Hungary", "Poland")
    found = actors_of("Hungary summoned Jan Kowalski, the Polish envoy to Budapest.")
    assert (found["Jan Kowalski"].role, found["Jan Kowalski"].affiliation) == ("envoy to Budapest", "Poland")


def test_a_person_who_heads_a_named_body_holds_its_office():
    found = actors_of("Mira Vell, who chairs the Eastport Dockworkers Union, called for a strike.")
    assert (found["Mira Vell"].role, found["Mira Vell"].affiliation) == ("chair", "Eastport Dockworkers Union")
    found = actors_of("Jane Roe heads the Northern Teachers Federation.")
    assert found["Jane Roe"].affiliation == "Northern Teachers Federation"
    # an office led once is no side now; a founder stays one
    assert actors_of("Jane Roe, who led the Eastport Dockworkers Union until 2019, spoke.")["Jane Roe"].affiliation is None
    assert actors_of("Jane Roe, who founded Acme Holdings in 2001, spoke.")["Jane Roe"].role == "founder"


def test_a_name_set_off_after_an_office_noun_is_its_holder_however_the_model_tagged_it():
    # invented names the model leaves untagged or reads as a place
    found = actors_of("The Polish ambassador to Hungary, Ivo Dane, was summoned on Tuesday.")
    assert (found["Ivo Dane"].kind, found["Ivo Dane"].affiliation) == ("person", "Poland")
    found = actors_of("A spokesman for the Polish Interior Ministry, Amos Kertel, said police had made arrests.")
    assert (found["Amos Kertel"].kind, found["Amos Kertel"].role) == ("person", "spokesman")
    # a place set off after an office noun is no person
    assert "Eastport City" not in actors_of("The mayor, Eastport City, said the vote was close.")


def test_a_one_word_name_a_craft_noun_follows_is_the_crafts_not_a_person():
    # the model reads these one-word names as people
    found = actors_of("The probe was carried into orbit on Sunday aboard an Ariane rocket.")
    assert not any(actor.kind == "person" for actor in found.values())


def test_a_bodys_name_cut_before_its_state_is_one_name():
    found = actors_of("The Supreme Court of Poland ruled against the government on Monday.")
    assert "Supreme Court of Poland" in found and "Poland" not in found


def test_a_name_set_beside_the_state_an_office_is_of_holds_the_office():
    # the parser sets the name beside the state that closes the office's phrase
    found = actors_of("The head of the energy agency of Poland, Jane Roe, warned of shortages.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("head of the energy agency", "Poland")


def test_a_large_city_is_itself_unless_the_text_sets_it_beside_another_state():
    # a city that shares its name with a company, or sues, is no state
    assert "Japan" not in actors_of("Sapporo said on Tuesday that sales had fallen.")
    assert "Japan" not in actors_of("Nagoya sued Acme Holdings on Tuesday.")
    found = actors_of("The dispute between Istanbul and Athens deepened on Monday. Istanbul later apologised.")
    assert "Istanbul" in found["Turkey"].aliases and "Greece" in found
    # a large city's name the model reads as a person's is the city
    found = actors_of("Rescue teams reached Surabaya and Medan on Monday.")
    assert not any(a.kind == "person" for a in found.values())


def test_a_name_labelled_by_a_kind_of_body_after_a_preposition_is_the_body():
    found = actors_of("Drivers voted to strike after talks with operator Northline Transit broke down.")
    assert found["Northline Transit"].kind == "organization"


def test_a_name_taken_up_as_it_by_what_it_says_is_a_body():
    found = actors_of("Veldraad said it would appeal the decision.")  # a name the model reads as a person's
    assert found["Veldraad"].kind == "organization"


def test_a_name_after_a_two_word_office_tagged_as_a_body_is_the_office_holder():
    found = actors_of("Northline Transit chief executive Amos Kertel said the company could not pay more.")
    assert (found["Amos Kertel"].kind, found["Amos Kertel"].affiliation) == ("person", "Northline Transit")


def test_an_office_named_after_the_one_listed_body_serves_it():
    found = actors_of("The European Commission fined Acme Holdings on Tuesday. Competition Commissioner Jane Roe "
                      "said the company had abused its position.")
    assert found["Jane Roe"].affiliation == "European Commission"
    found = actors_of("The Transport Workers' Union called a strike. Union organiser Jane Roe said members had "
                      "had enough.")
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == ("organiser", "Transport Workers' Union")


def test_a_name_in_a_series_of_model_designations_is_no_body():
    series = "Westtel carried voice calls, 3G brought maps to handsets, and 5G runs whole factories."
    assert "Westtel" not in actors_of(series)
    # the one who says so is a party; a lone "3M" beside a name does not make a series
    assert "Teletrak" in actors_of("Westtel carried voice calls, 3G brought maps to handsets, and 5G runs whole "
                                   "factories, Teletrak said.")
    assert "Zeta" in actors_of("Zeta raised prices and 3M cut them.")


def test_a_persons_name_cut_before_the_word_it_compounds_onto_is_completed():
    from generator.extract.actors import _repaired_entities
    # "Ivo Amos Kertel told", the model tagging "Ivo Amos" only
    doc = _hand_parsed(["Ivo", "Amos", "Kertel", "told", "them"], [2, 2, 3, 3, 3],
                       ["compound", "compound", "nsubj", "ROOT", "dobj"], ["PROPN", "PROPN", "PROPN", "VERB", "PRON"],
                       ["B-PERSON", "I-PERSON", "O", "O", "O"])
    assert [e.text for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == ["Ivo Amos Kertel"]
    # "Ivo Amos Foundation said": a body's head word is no surname
    doc = _hand_parsed(["Ivo", "Amos", "Foundation", "said"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
                       ["PROPN", "PROPN", "PROPN", "VERB"], ["B-PERSON", "I-PERSON", "O", "O"])
    assert [e.text for e in _repaired_entities(doc, (), doc.ents, gazetteer())] == ["Ivo Amos"]


def test_a_name_set_beside_a_kind_of_body_is_that_body():
    # "the reserve fund X": the parse sets X beside the kind noun, whatever label the model gave it
    doc = _hand_parsed(["Its", "owner", ",", "the", "reserve", "fund", "Kalvik", ",", "declined", "."],
                       [1, 8, 1, 5, 5, 1, 5, 1, 8, 8],
                       ["poss", "nsubj", "punct", "det", "compound", "appos", "appos", "punct", "ROOT", "punct"],
                       ["PRON", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                       ["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"],
                       lemmas=["its", "owner", ",", "the", "reserve", "fund", "Kalvik", ",", "decline", "."])
    assert _actors_of_doc(doc)["Kalvik"].kind == "organization"


def test_a_body_named_again_at_a_sentences_opening_is_the_one_the_sentence_before_is_about():
    found = actors_of("Kestrel Capital, which owns 5% of Tunelyx Holdings, said the unit had lost money for years. "
                      "The fund's founder, Mira Vell, wrote that a sale was overdue.")
    assert found["Mira Vell"].affiliation == "Kestrel Capital"


def test_a_place_the_text_calls_a_village_is_no_form_of_the_body_named_after_it():
    found = actors_of("The Hask Residents' Committee said the quarry had cracked walls in the village of Hask.")
    assert found["Hask Residents' Committee"].aliases == ()


def test_the_capital_an_international_body_sits_in_is_that_body_where_the_article_names_it():
    found = actors_of("The European Union called the arrests unlawful. Brussels said it was ready to mediate.")
    assert "Belgium" not in found and "Brussels" in found["European Union"].aliases
    assert "Belgium" in actors_of("Brussels said it was ready to mediate between the two neighbours.")
