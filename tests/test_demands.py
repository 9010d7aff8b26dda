import pytest

from generator.extract import nlp
from generator.extract.actors import extract_actors
from generator.extract.demands import extract_demands
from generator.model import Article


def demands_of(text, headline="Title"):
    paragraphs = tuple(text.split("\n\n"))
    article = Article("x", "x.txt", headline, paragraphs)
    doc = next(nlp.parse([paragraphs]))
    (headline_doc,) = nlp.parse_headlines([headline])
    return extract_demands(doc, extract_actors(article, doc), headline=headline, headline_doc=headline_doc)


def test_insist_that_gives_by_of_and_text():
    (demand,) = demands_of("Prime Minister Jacinda Ardern insisted that China release the detained journalists.")
    assert demand.by == "Jacinda Ardern" and demand.of == "China"
    assert "release the detained journalists" in demand.text and demand.type == "demand"
    assert demand.evidence.startswith("Prime Minister")


def test_coordinated_demands_are_split():
    found = demands_of('"Turkey has to close its airspace, stop the shipments and return the ships," Greek Prime Minister '
                       "Kyriakos Mitsotakis said.")
    assert len(found) == 3
    assert all(d.of == "Turkey" for d in found)


def test_negated_and_conditional_statements_are_not_demands():
    assert demands_of("The union did not demand that the company raise wages.") == ()
    assert demands_of("If France must pay, the deal will fail, officials said.") == ()


def test_article_without_demands():
    assert demands_of("The ministers met in Vienna on Tuesday and discussed the weather and trade figures.") == ()


def test_call_on_addressee_and_push_for():
    (appeal,) = demands_of("The teachers' union in Kenya called on the Kenyan government to reverse the pay cuts.")
    assert appeal.type == "appeal" and appeal.of == "Kenya" and "reverse the pay cuts" in appeal.text
    (demand,) = demands_of("Brazil has pushed for Argentina to lower its import tariffs on cars.")
    assert (demand.by, demand.of) == ("Brazil", "Argentina") and "lower its import tariffs" in demand.text


def test_a_repeat_in_a_list_is_one_entry_with_both_evidences():
    text = ("The union said the company must restore the pension plan. The union listed its demands:\n\n"
            "• The company must restore the pension plan.")
    found = [d for d in demands_of(text) if "pension" in d.text]
    assert len(found) == 1
    assert found[0].evidence.count("restore the pension plan") == 2


def test_different_objects_are_different_demands():
    from generator.extract.demands import same_demand
    from generator.model import Demand

    a = Demand("d-1", None, "Iran", "Iran take all of its long range missiles out of Syria", "")
    b = Demand("d-2", None, "Iran", "Iran take all its air defense systems out of Syria", "")
    c = Demand("d-3", None, "Iran", "Iran take all its long range missiles out of Syria", "")
    assert not same_demand(a, b) and same_demand(a, c)


def test_a_demanded_list_gives_one_demand_per_item():
    found = demands_of('"Any deal must include the release of all prisoners, the reopening of the border crossings and '
                       'the payment of back wages," the Egyptian negotiator said.')
    texts = sorted(d.text for d in found)
    assert len(found) == 3, texts
    assert any("release of all prisoners" in t for t in texts) and any("back wages" in t for t in texts)
    assert all(d.by == "Egypt" for d in found)


def test_first_person_requirement_names_the_object():
    (demand,) = demands_of('"We need to get the Ukrainians out of the port completely," the Turkish official said.')
    assert demand.by == "Turkey" and demand.of == "Ukraine"


def test_conditions_proposals_and_red_lines_are_typed():
    (condition,) = demands_of("Hamas will not release the hostages unless Israel agrees to a permanent ceasefire.")
    assert condition.type == "demand" and condition.of == "Israel" and "agrees to a permanent ceasefire" in condition.text
    proposals = demands_of("Israel rejected a Russian offer to keep Iranian forces 60 miles from the border.")
    assert [(d.type, d.by) for d in proposals] == [("proposal", "Russia")]
    (red_line,) = demands_of("Turkey will not allow Kurdish militias to establish a base near its border, Erdogan said.")
    assert red_line.type == "warning" and "not establish a base" in red_line.text


def test_predictions_and_plain_reporting_are_not_demands():
    text = ("The storm should reach the coast by Friday. Quarterly earnings must rise for the shares to recover. "
            "The company has to publish its results in March, as it does every year. "
            "The ministers of Peru and Chile met in Lima and discussed trade, tourism and the weather.")
    assert demands_of(text) == ()


def test_deadlines_and_ultimatums():
    (ransom,) = demands_of("The kidnappers gave the Nigerian government until Friday to pay a ransom of $2 million.")
    assert ransom.of == "Nigeria" and "pay a ransom" in ransom.text and "until Friday" in ransom.text
    (sailors,) = demands_of("Washington gave Tehran 48 hours to release the sailors or face sanctions.")
    assert (sailors.by, sailors.of) == ("United States", "Iran")
    assert "release the sailors" in sailors.text and "48 hours" in sailors.text and "face sanctions" in sailors.text
    (wages,) = demands_of("The union set a deadline of March 1 for the company to raise wages.")
    assert "raise wages" in wages.text and wages.type == "demand"


def test_demanded_things_named_as_nouns_are_one_demand_each():
    found = demands_of("The Harbour Workers Union demanded the release of three organisers and the reinstatement "
                       "of sacked drivers.")
    texts = sorted(d.text for d in found)
    assert texts == ["the reinstatement of sacked drivers", "the release of three organisers"]
    assert all(d.by == "Harbour Workers Union" and d.type == "demand" for d in found)


def test_a_call_for_something_is_an_appeal():
    (demand,) = demands_of("The Freedonian Red Cross called for a humanitarian corridor into the besieged town.")
    assert demand.type == "appeal" and demand.text.startswith("a humanitarian corridor")
    assert demand.by == "Freedonian Red Cross"


def test_the_list_a_demand_noun_includes():
    found = demands_of("Teachers in Utopia went on strike on Monday. Their demands include smaller classes, higher "
                       "pay and new textbooks, a union spokesperson said.")
    assert sorted(d.text for d in found) == ["higher pay", "new textbooks", "smaller classes"]


def test_a_document_demands_for_whoever_adopted_it():
    found = demands_of("The Harbour City Council adopted a motion that demands that the Portuguese government "
                       "withdraw its new port tax.")
    assert [(d.by, d.of) for d in found] == [("Harbour City Council", "Portugal")]


def test_plain_reporting_and_negated_calls_are_not_demands():
    assert demands_of("The company reported higher profits for the third quarter on Tuesday.") == ()
    assert demands_of("The minister did not call for new elections, his office said.") == ()


@pytest.mark.parametrize("text, headline, parties", [
    # a pronoun subject is the party named before it
    ("Portugal has rejected the fishing quotas proposed by the commission.\n\n"
     "It demanded that Spain withdraw its trawlers from the disputed waters.", "Title", [("Portugal", "Spain")]),
    # "he said" is the last person who spoke, not the last person named (the finance minister is not the PM)
    ("Opposition leader Marek Dvorak addressed the chamber on Tuesday about Prime Minister Ilona Sverak.\n\n"
     "\"The finance minister must resign,\" he said.", "Title", [("Marek Dvorak", None)]),
    # a text nobody in the body owns is the organisation's the headline names
    ("The Regional Assembly of Northern States met in Vilnius for two days.\n\n"
     "The resolution demands that Moldova immediately withdraw its forces from the border region.",
     "Regional Assembly of Northern States adopts resolution on the border",
     [("Regional Assembly of Northern States", "Moldova")]),
    # a thing demanded from a party names who must act
    ("Chile demanded the extradition of four suspects from Peru, the foreign ministry said.", "Title",
     [("Chile", "Peru")]),
    # an office named again is its holder
    ("Health Secretary Anna Velk met the nurses on Monday.\n\n"
     "Union leader Tomas Brill said the Health Secretary must negotiate on pay.", "Title", [("Tomas Brill", "Anna Velk")]),
    # a verb without a subject takes the subject of its clause
    ("Judge Miriam Okoro dealt the miners a blow on Friday by ordering Coalbridge Mining to stop blasting near the "
     "village.", "Title", [("Miriam Okoro", "Coalbridge Mining")]),
    # a capital called on is its state
    ("The Nordic Council urged Vilnius to free the reporters.", "Title", [("Nordic Council", "Lithuania")]),
    # "the company" is the last business named
    ("The regulator fined Zentrix on Monday. A judge ordered the company to refund its customers.", "Title",
     [(None, "Zentrix")]),
    # whom a side wrote to is whom its other demands are made of ...
    ("The board must be replaced, investor Mara Quist wrote in a letter to Olaf Penn, the chief executive of "
     "Brightwave. Quist also wants lower costs and the sale of the radio unit.", "Title",
     [("Mara Quist", "Olaf Penn")] * 3),
    # ... when that is one party; a party that must act is no addressee of the side's other demands
    ("Mara Quist told Olaf Penn that the board should be replaced. Quist later told Ann Vey that Brightwave must "
     "cut costs. Quist also wants the sale of the radio unit.", "Title",
     [("Mara Quist", "Olaf Penn"), ("Mara Quist", "Brightwave"), ("Mara Quist", None)]),
    ("Chile demanded that Peru withdraw its troops. Chile also wants compensation for the farmers.", "Title",
     [("Chile", "Peru"), ("Chile", None)]),
    # a demand noun's "that" clause is demanded by whoever holds the noun; a news outlet cited is no party
    ("The Green Left Alliance has given its partners an ultimatum that Ruth Ben-Ami must be appointed justice "
     "minister, according to Channel 9 news.", "Title", [("Green Left Alliance", None)]),
    ("Ruth Ben-Ami must be appointed justice minister, according to Channel 9 news.", "Title", [(None, None)]),
    # an ultimatum to a party, and a time to act given in reported speech
    ("The Nordic Council issued an ultimatum to Moldova to withdraw its troops within a week.", "Title",
     [("Nordic Council", "Moldova")]),
    ("“The Harbour Board has ten days to reopen the ferry line,” Mayor Sofia Marquez said.", "Title",
     [("Sofia Marquez", "Harbour Board")]),
    # a passive order: who was ordered must act; who ordered (the agent, else the speaker) demands
    ("The Harbour Board was ordered by Judge Lena Moss to reopen the ferry line.", "Title",
     [("Lena Moss", "Harbour Board")]),
    ("“The radio unit should be sold by Brightwave,” investor Mara Quist said.", "Title", [("Mara Quist", "Brightwave")]),
])
def test_who_demands_of_whom(text, headline, parties):
    assert [(d.by, d.of) for d in demands_of(text, headline)] == parties


def test_a_group_that_demands_is_named_and_becomes_an_actor():
    from generator.extract.demands import named_parties

    text = "The striking nurses demanded the resignation of the hospital director."
    paragraphs = (text,)
    doc = next(nlp.parse([paragraphs]))
    actors = extract_actors(Article("x", "x.txt", "Title", paragraphs), doc)
    found = extract_demands(doc, actors)
    assert [d.by for d in found] == ["striking nurses"]
    (group,) = named_parties(found, actors, doc.text)
    assert (group.name, group.kind, group.mentions) == ("striking nurses", "organization", 1)


def test_questions_and_aims_are_not_demands():
    assert demands_of("Reporters asked whether the minister would resign, the agency said.") == ()
    assert demands_of("Journalists asked the mayor how many nurses had left the city hospital.") == ()
    assert demands_of("The mayor of Eastport hopes to win the vote on Sunday.") == ()
    assert demands_of("The rangers measured the conditions, including depth, wind speed and salinity.") == ()
    assert demands_of("Demand for copper rose sharply in March, traders in Lima said.") == ()


@pytest.mark.parametrize("text, by, of, words", [
    ("Mayor Sofia Marquez would like the Northern Railway Company to restore the night trains.",
     "Sofia Marquez", "Northern Railway Company", "restore the night trains"),
    ("Bishop Paul Okonjo appealed to Governor Lena Moss to pardon the prisoners.", "Paul Okonjo", "Lena Moss",
     "pardon the prisoners"),
    ("Senator Ruth Adeyemi said she hopes that the Harbour Board will reopen the ferry line.", "Ruth Adeyemi",
     "Harbour Board", "reopen the ferry line"),
])
def test_wishes_and_appeals_name_who_must_act(text, by, of, words):
    (appeal,) = demands_of(text)
    assert (appeal.by, appeal.of, appeal.type) == (by, of, "appeal") and words in appeal.text


def test_a_finite_verb_after_a_demanded_action_is_not_demanded():
    found = demands_of("The Nordic Council called on Utopia to pay its dues and expressed regret over the delay.")
    assert [d.text for d in found] == ["Utopia pay its dues"]


@pytest.mark.parametrize("text, items", [
    # a list after "including", ended by "among others"
    ("The dockers tabled four demands for the port authority, including the reinstatement of sacked crane drivers, "
     "safer night shifts, payment of overtime, an end to zero-hour contracts, among others.",
     ["an end to zero-hour contracts", "payment of overtime", "safer night shifts",
      "the reinstatement of sacked crane drivers"]),
    # examples of an item are not items
    ("Their conditions include the return of refugees and the restoration of services such as water, power and "
     "schools, the rebel spokesman said.", ["the restoration of services", "the return of refugees"]),
    # the list hangs from the verb the demands are the subject of
    ("The strike will go on until all the demands are met, including higher pay and a shorter week, the union "
     "leader said.", ["a shorter week", "higher pay"]),
    # "one of their demands was"
    ("One of their demands was the reinstatement of the sacked editors, a spokeswoman for the strikers said.",
     ["the reinstatement of the sacked editors"]),
])
def test_listed_demands_are_one_each(text, items):
    assert sorted(d.text for d in demands_of(text)) == items


def test_a_list_introduced_by_a_demand_gives_one_demand_per_item():
    text = ("The Baltic Assembly adopted a resolution on Monday.\n\n"
            "The resolution requires the Republic of Moldova to:\n\n"
            "Withdraw its border guards from the neutral zone;\n\n"
            "Release the fishermen held since March;\n\n"
            "An immediate end to the blockade of the port.\n\n"
            "The vote was held in Riga.")
    found = demands_of(text)
    assert [d.text for d in found] == ["Withdraw its border guards from the neutral zone",
                                       "Release the fishermen held since March", "An immediate end to the blockade of the port"]
    assert {(d.by, d.of, d.type) for d in found} == {("Baltic Assembly", "Moldova", "demand")}


def test_numbered_items_after_a_demand_noun():
    text = ("The striking nurses put forward three demands for the Harbour Health Board:\n\n"
            "1. A pay rise of ten percent.\n\n"
            "2. Safe staffing levels on night shifts.\n\n"
            "3. Fund a new training college.")
    found = demands_of(text)
    assert len(found) == 3 and {(d.by, d.of) for d in found} == {("striking nurses", "Harbour Health Board")}
    assert found[1].text == "Safe staffing levels on night shifts"


def test_a_sentence_that_goes_on_with_a_demand():
    text = ("The council demands that Moldova immediately withdraw its troops from the border.\n\n"
            "And release the fishermen it detained in March.\n\n"
            "And the weather was fine.")
    found = demands_of(text)
    assert [d.text for d in found][1] == "And release the fishermen it detained in March"
    assert len(found) == 2 and found[1].of == "Moldova"


@pytest.mark.parametrize("text, headline, parties", [
    # a document's issuer is the latest mention of it whose owner is a party ("adopted by 40 states" is not)
    ("The Nordic Council adopted a resolution on Monday. The resolution was adopted by 40 members.\n\n"
     "The resolution demands that Moldova reopen the border crossings.", "Title", [("Nordic Council", "Moldova")]),
    # a participle's noun is who acts: "a resolution calling for"
    ("The Nordic Council adopted a resolution calling on Moldova to reopen the border crossings.", "Title",
     [("Nordic Council", "Moldova")]),
    # a name inside a longer noun phrase
    ("Ms Berg said her Northwind Capital hedge fund would push for the sale of the shipping unit.", "Title",
     [("Northwind Capital", None)]),
    # the subject of the verb whose object the demands are
    ("The striking workers tabled four demands, including higher pay and safer cranes.", "Title",
     [("striking workers", None), ("striking workers", None)]),
])
def test_who_demands_through_documents_owners_and_names(text, headline, parties):
    assert [(d.by, d.of) for d in demands_of(text, headline)] == parties


def test_a_headline_that_states_a_demand():
    headline = "Chile calls on Peru to reopen the border crossings"
    (appeal,) = demands_of("Chile and Peru have argued over trade for months, officials in both countries said.", headline)
    assert (appeal.by, appeal.of, appeal.evidence) == ("Chile", "Peru", headline)
    assert "reopen the border crossings" in appeal.text


def test_a_quotation_that_goes_on_is_still_its_speakers():
    text = ("Union leader Tomas Brill said: “We have waited long enough. The Harbour Board must reopen the night "
            "ferry. Then we will talk.” The weather was cold.")
    (demand,) = demands_of(text)
    assert (demand.by, demand.of) == ("Tomas Brill", "Harbour Board") and "reopen the night ferry" in demand.text
    # a quotation is closed at the end of its paragraph; a narrator's "must" after it is nobody's demand
    assert demands_of("Tomas Brill said: “We have waited long enough.\n\nThe Harbour Board must publish its accounts.") == ()


def test_reporting_verbs_beyond_say():
    (demand,) = demands_of("“Moldova must reopen the border,” underlined Ana Vulpe, the foreign minister of Romania.")
    assert demand.of == "Moldova" and demand.by is not None


@pytest.mark.parametrize("text, by, of, kind, words", [
    # an offer made on a condition: the condition is demanded, and "agrees to" is left out
    ("The Harbour Workers Union has offered to pause the strike if Governor Lena Moss agrees to negotiate on pay.",
     "Harbour Workers Union", "Lena Moss", "demand", "negotiate on pay"),
    # "if X does not ..., we will ...": a threat demands the action, affirmed
    ("“If Moldova does not reopen the border, we will close our airspace,” Romanian minister Ana Vulpe said.",
     "Ana Vulpe", "Moldova", "warning", "Moldova reopen the border"),
    # verb + noun frames for proposals and advocacy
    ("The Northwind Capital fund suggested a buyback of shares.", "Northwind Capital", None, "proposal",
     "a buyback of shares"),
    ("The Harbour Workers Union will advocate for shorter shifts.", "Harbour Workers Union", None, "appeal",
     "shorter shifts"),
])
def test_conditions_threats_and_proposals(text, by, of, kind, words):
    (demand,) = demands_of(text)
    assert (demand.by, demand.of, demand.type) == (by, of, kind) and words in demand.text
    assert " not " not in demand.text and "agrees" not in demand.text


def test_an_adjective_is_not_who_owns_the_conditions():
    text = ("The rebel leaders laid down strict conditions for a truce.\n\n"
            "Other conditions are practical, including the reopening of banks and the return of refugees.")
    assert sorted(d.text for d in demands_of(text)) == ["the reopening of banks", "the return of refugees"]


def test_a_headline_that_restates_a_body_demand_adds_evidence_not_an_entry():
    headline = "Chile urges Peru to reopen border crossings"
    (appeal,) = demands_of("Chile urged Peru to reopen the border crossings at Tacna without delay, the ministry said.",
                           headline)
    assert appeal.evidence.endswith(headline) and "Tacna" in appeal.text


def test_every_frame_finds_its_example_and_the_about_page_lists_it():
    from pathlib import Path

    from generator.extract.demands import FRAMES

    about = Path(__file__).parents[1].joinpath("docs", "about.md").read_text(encoding="utf-8")
    for name, _, example in FRAMES:
        assert f"| {name} | {example} |" in about
        assert any(d.by for d in demands_of(example)), name


def test_only_headlines_with_a_frame_word_are_worth_parsing():
    from generator.extract.demands import may_state_demand

    assert may_state_demand("Chile calls on Peru to reopen the border")
    assert may_state_demand("Union sought talks before strike")
    assert not may_state_demand("Typhoon makes landfall in the south of the islands")


def test_a_body_named_again_by_its_kind():
    text = ("The Harbour Workers Union and the Coastal Teachers Union met the governor on Monday.\n\n"
            "Governor Lena Moss said she would like the union to return to the bargaining table.")
    (appeal,) = demands_of(text)
    assert (appeal.by, appeal.of) == ("Lena Moss", "Coastal Teachers Union")


def test_a_demand_verb_in_a_list_is_its_own_demand_not_an_item():
    found = demands_of("The Nordic Council adopted a resolution calling for an end to the blockade, urging Moldova "
                       "to reopen the border.")
    assert sorted((d.text, d.of) for d in found) == [("Moldova reopen the border", "Moldova"),
                                                     ("an end to the blockade", None)]


def test_the_court_is_its_judge_when_no_court_is_named():
    text = ("Judge Miriam Okoro heard the case on Friday.\n\n"
            "The court ordered Coalbridge Mining to stop blasting near the village.")
    assert [(d.by, d.of) for d in demands_of(text)] == [("Miriam Okoro", "Coalbridge Mining")]


@pytest.mark.parametrize("text, by", [
    # the name nearest the head of the phrase, not its owner's
    ("The Harbour Workers Union met on Monday.\n\nMoldova's Harbour Workers Union branch wants a pay rise, "
     "officials said.", "Harbour Workers Union"),
    # "the government of X", "leaders of the union"
    ("The government of Romania said it wanted unfettered access for aid.", "Romania"),
    ("Leaders of the Harbour Workers Union demanded higher pay.", "Harbour Workers Union"),
])
def test_the_party_a_phrase_names(text, by):
    assert {d.by for d in demands_of(text)} == {by}


def test_the_chiefs_of_a_body_act_for_it():
    (appeal,) = demands_of("The Nordic Council urged the chiefs of the Harbour Workers Union to call off the strike.")
    assert (appeal.by, appeal.of) == ("Nordic Council", "Harbour Workers Union")


def test_it_after_a_reporting_verb_is_its_subject():
    text = "The Harbour Workers Union, which the United Nations praised, said it wanted safer cranes and shorter shifts."
    assert {d.by for d in demands_of(text)} == {"Harbour Workers Union"}


def test_a_group_has_one_name_in_an_article():
    text = ("The health workers demanded the payment of their risk allowances.\n\n"
            "The underpaid health workers also demanded the resignation of the hospital director.")
    assert {d.by for d in demands_of(text)} == {"health workers"}


def test_nobody_demands_when_the_subject_is_no_party():
    assert demands_of("The growing chaos in the port calls for concern, the mayor said.") == ()
    assert demands_of("Investors seeking higher returns bought bonds in March.") == ()
    assert demands_of("For the motion to advance, the vote of 52 members is required to admit it.") == ()
    assert demands_of("The posters listed what the protesters want the government to do.") == ()


def test_who_is_asked_is_not_what_is_demanded_and_rallies_do_not_demand():
    found = demands_of("Union leader Tomas Brill requested the court to delay the hearing.")
    assert "the court" not in [d.text for d in found]
    (appeal,) = demands_of("The nurses held rallies outside the hospital to call for the payment of their allowances.")
    assert appeal.by == "nurses" and appeal.text == "the payment of their allowances"


def test_demands_joined_to_an_object_are_its_subjects():
    found = demands_of("Union leader Tomas Brill announced a new strike, as well as demands for higher pay and safer cranes.")
    assert sorted((d.by, d.text) for d in found) == [("Tomas Brill", "higher pay"), ("Tomas Brill", "safer cranes")]


def test_a_list_is_read_for_a_bounded_number_of_tokens():
    from generator.extract.demands import MAX_LIST_TOKENS

    names = [a + b + c for a in "bdfgklmnprst" for b in "aeiou" for c in "bdgkmnprst"][:600]
    items = ", ".join(f"a bonus for team {name}" for name in names)
    found = demands_of(f"The Harbour Workers Union demanded {items}.")
    # "a bonus for team X," is six tokens: only the items in the first MAX_LIST_TOKENS are read
    assert 10 < len(found) <= MAX_LIST_TOKENS // 6 + 1


def test_an_unowned_demand_goes_on_with_the_last_body_that_demanded():
    found = demands_of("The Northern Assembly adopted a resolution demanding that Utopia withdraw its troops. "
                       "Its co-authors urged Utopia to respect the charter and called on Eastland to stop arming the rebels.")
    assert len(found) >= 2 and {d.by for d in found} == {"Northern Assembly"}, [(d.by, d.text) for d in found]


def test_a_passive_requirement_is_made_of_whoever_is_told_not_of_its_subject():
    (letter,) = demands_of('"The shipping unit should be sold," investor Dana Whitlock wrote in a letter to Acme '
                           "Holdings chief executive Tom Reyes.")
    assert letter.by == "Dana Whitlock" and letter.of == "Tom Reyes" and "shipping unit" in letter.text
    (press,) = demands_of('"The port must be reopened," Mayor Joe Dale told Reuters on Monday.')
    assert press.by == "Joe Dale" and press.of is None


def test_a_passive_that_restrains_its_subject_is_made_of_the_subject():
    (demand,) = demands_of('"Russia must be barred from sending more ships to the strait," Mayor Joe Dale said.')
    assert demand.by == "Joe Dale" and demand.of == "Russia"


def test_they_after_named_people_who_act_together_is_one_of_them():
    (demand,) = demands_of("The union leaders include Chairman Tom Arel and Secretary Mia Lund, who were fined "
                           "after they instructed their members to walk out on Monday.")
    assert demand.by in ("Tom Arel", "Mia Lund")


def test_a_thing_handed_over_from_two_parties_comes_from_the_first_named():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from generator.extract.demands import _handed_over_by

    # "the extradition of four suspects from Peru and two from Bolivia", the second "from" on "extradition"
    words = ["the", "extradition", "of", "four", "suspects", "from", "Peru", "and", "two", "from", "Bolivia"]
    heads = [1, 1, 1, 4, 2, 4, 5, 4, 4, 1, 9]
    deps = ["det", "ROOT", "prep", "nummod", "pobj", "prep", "pobj", "cc", "conj", "prep", "pobj"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    assert _handed_over_by(doc[1]).text == "Peru"


def test_the_clause_of_a_demand_noun_is_the_demand():
    (demand,) = demands_of("The Harbour Workers Union made a request that the board publish the accounts.")
    assert (demand.by, demand.type, demand.text) == ("Harbour Workers Union", "demand", "the board publish the accounts")
    assert demands_of("The request that the union made last year was denied by the board.") == ()


def test_the_source_a_demand_is_reported_from_is_not_part_of_it():
    (demand,) = demands_of("The Green Left Alliance says the minister must resign, according to Channel 9 news.")
    assert demand.text == "the minister resign"


def test_a_time_to_act_is_a_deadline_and_a_narrator_s_is_none():
    (demand,) = demands_of("“The Harbour Board has ten days to reopen the ferry line,” Mayor Sofia Marquez said.")
    assert (demand.type, demand.text) == ("demand", "The Harbour Board reopen the ferry line (ten days)")
    assert demands_of("The Harbour Board has 30 days to appeal the ruling.") == ()


def test_a_subject_that_names_someone_unlisted_is_not_the_last_speaker():
    found = demands_of("Ivo Dane, a ministry spokesman, said the letter was being read.\n\n"
                       "Human rights groups have long urged the ministry to compensate the families of the victims.")
    assert [(d.by, d.text) for d in found] == [("human rights groups", "the ministry compensate the families of the victims")]


def test_verbs_joined_by_and_share_their_subject():
    found = demands_of("Prosecutors had sought a sentence of ten years.\n\n"
                       "The Committee to Protect Reporters welcomed the ruling but said the authorities should drop "
                       "all charges against him.")
    assert {d.by for d in found if "charges" in d.text} == {"Committee to Protect Reporters"}


def test_a_counted_group_demands_through_a_participle_and_the_list_ends_at_a_place_or_time():
    found = demands_of("Thousands of nurses at public hospitals walked out on Wednesday, demanding higher pay and safe "
                       "staffing levels, in the first strike of its kind in two decades.")
    assert sorted((d.by, d.text) for d in found) == [("nurses", "higher pay"), ("nurses", "safe staffing levels")]


def test_what_the_narrator_adds_after_a_comma_is_not_demanded():
    found = demands_of("Union leaders on Monday demanded that the council withdraw the fare rise, warning of a strike.\n\n"
                       "The regulator ordered the company to allow rival stores on its phones, the largest penalty yet.")
    assert sorted(d.text for d in found) == ["the company allow rival stores on its phones",
                                             "the council withdraw the fare rise"]


def test_a_counted_pronoun_is_read_without_looping():
    found = demands_of("The unions met on Monday. All of them said the council must resign.")
    assert [d.text for d in found] == ["the council resign"]


def test_insisting_on_a_fact_is_a_claim_not_a_demand():
    assert demands_of("In a televised address, Ivo Dane insisted that his forces were on their own territory.") == ()
    (demand,) = demands_of("Ivo Dane insisted that the council withdraw its troops.")
    assert demand.text == "the council withdraw its troops"


def test_a_group_a_headline_names_anew_restates_the_group_of_the_body():
    headline = "Eastland's opposition asks parliament to remove President Ivo Dane"
    demands = demands_of("A group of opposition lawmakers on Monday filed a motion demanding the removal of President "
                         "Ivo Dane for moral incapacity.", headline)
    assert len(demands) == 1 and demands[0].evidence.endswith(headline)


def test_a_gathered_group_and_the_people_who_file_a_text_are_parties():
    demands = demands_of("A group of investors has called on Tunelyx Media to cut its emissions. The investors also "
                         "filed a resolution asking the company to publish its climate plans.")
    assert {d.by for d in demands} == {"investors"}


def test_what_follows_a_refusal_is_said_with_the_demand_not_demanded():
    (demand,) = demands_of("The regulator said Tunelyx Media must remove the app within 30 days or face daily fines.")
    assert demand.text.startswith("Tunelyx Media remove the app within 30 days") and "(or face daily fines)" in demand.text


def test_a_headline_passive_without_was_names_who_is_ordered_not_who_orders():
    demands = demands_of("The European Commission on Tuesday fined Acme Corp and ordered the company to open its app "
                         "store to rivals.", "Acme Corp fined $2 billion, ordered to open app store")
    assert [(d.by, d.of) for d in demands] == [("European Commission", "Acme Corp")]


def test_it_after_writing_to_a_body_is_that_body_and_both_sides_are_no_one_party():
    demands = demands_of("The African Union said it was sending an envoy. Kenya's ambassador, Amos Kertel, wrote to the "
                         "Security Council asking it to hold an emergency session.")
    assert [(d.by, d.of) for d in demands] == [("Amos Kertel", "Security Council")]
    (restraint,) = demands_of("Kenya's foreign ministry accused Uganda of staging the clash. The United Nations "
                              "called on both sides to show restraint.")
    assert restraint.of is None


def test_gunmen_are_a_group_all_sides_no_one_party_and_an_untagged_name_a_party():
    (ransom,) = demands_of("Gunmen who abducted three aid workers last week have demanded a ransom of $5 million.")
    assert ransom.by == "gunmen"
    demands = demands_of("Kenya's foreign ministry accused Uganda of staging the clash. Business Unity Westmark called "
                         "on all parties to settle the dispute quickly.")
    assert [(d.by, d.of) for d in demands] == [("Business Unity Westmark", None)]


def test_a_federation_and_a_club_named_again_by_their_kind_and_a_claim_in_the_perfect():
    demands = demands_of("The Eastland Football Federation on Thursday banned Tunelyx United from European competition. "
                         "The federation also ordered the club to close its stadium for three matches.\n\n"
                         "Club president Amos Kertel insisted that the club had already banned the fans involved.")
    assert [(d.by, d.of) for d in demands] == [("Eastland Football Federation", "Tunelyx United")]


def test_a_quotation_after_a_quoted_sentence_with_its_speaker_is_the_same_speaker_s():
    (demand,) = demands_of("\"We have waited long enough,\" said union leader Amos Kertel. \"The Harbour Board must pay "
                           "what it owes before we return.\"")
    assert (demand.by, demand.of) == ("Amos Kertel", "Harbour Board")
    # a new paragraph is no continuation
    assert demands_of("\"We have waited long enough,\" said union leader Amos Kertel.\n\n\"The Harbour Board must pay "
                      "what it owes.\"") == ()


def test_a_time_before_the_verb_is_not_who_is_asked():
    # "on Monday" hangs from the verb like "on X" in "called on X to": only an addressee after the verb asks
    (demand,) = demands_of("The Nordic Council on Monday urged Norway to reopen the northern border crossings.")
    assert demand.by == "Nordic Council" and demand.of == "Norway"
    assert demand.text.startswith("Norway reopen the northern border")


def test_appealed_to_someone_to_act():
    # the infinitive parsed as a clause of purpose still says what the addressee must do; a day is not asked
    (demand,) = demands_of("The Acme Workers Union appealed on Friday to Finland to release the seized ships.")
    assert demand.by == "Acme Workers Union" and demand.of == "Finland"
    assert "release the seized ships" in demand.text


def test_the_union_is_a_body_of_members_whose_name_lacks_the_word():
    text = ("The Northern Pilots Association said its members had voted to strike at Veldraad Air.\n\n"
            "Veldraad Air said it was disappointed and urged the union to return to talks.")
    (demand,) = demands_of(text)
    assert demand.by == "Veldraad Air" and demand.of == "Northern Pilots Association"


def test_the_group_is_the_body_named_last():
    text = ("The Veldraad Foundation said its staff had treated 900 patients in a week.\n\n"
            "The group called for an immediate airlift of medicine.")
    (demand,) = demands_of(text)
    assert demand.by == "Veldraad Foundation" and "airlift of medicine" in demand.text


def test_them_is_the_people_just_named_in_its_sentence():
    text = ("The Friends of Northbank Park presented a petition on Wednesday.\n\n"
            "Its chair, Amos Kertel, told councillors the park was vital and asked them to put the plan to a vote.")
    (demand,) = demands_of(text)
    assert demand.by == "Amos Kertel" and demand.of == "councillors"


def test_a_thing_a_relative_clause_describes_is_not_whoever_spoke_last():
    text = ("\"We respect the court,\" said Jane Roe, the company's head of policy.\n\n"
            "The regional council is drafting rules that would require platforms to publish their fees.")
    assert all(d.by != "Jane Roe" for d in demands_of(text))


def test_a_states_body_described_by_its_kind_is_the_listed_body_of_that_kind():
    text = ("Utopia's main opposition party on Friday demanded a recount of ballots in six provinces.\n\n"
            "The Westmark Party for Reform (WPR) said it had evidence of irregularities.")
    (demand,) = demands_of(text)
    assert demand.by == "Westmark Party for Reform" and "recount of ballots" in demand.text


def test_the_government_is_the_one_state_the_article_names_even_only_as_a_place():
    text = ("Drivers rallied in Finland on Tuesday.\n\n"
            "The Westmark Drivers Union called on the government to turn the ruling into law.")
    (demand,) = demands_of(text)
    assert demand.by == "Westmark Drivers Union" and demand.of == "Finland"


def test_a_quantifier_is_no_part_of_a_groups_name():
    (demand,) = demands_of("Several Westmark councillors voted on Tuesday to back a motion demanding more money for schools.")
    assert demand.by == "Westmark councillors"


def test_a_states_several_bodies_of_a_kind_are_not_the_one_listed_body():
    text = ("The leaders of Portugal's three largest unions on Monday demanded that the government withdraw the bill.\n\n"
            "Opposition leader Jane Roe of the Acme Union party called on the premier to hold a referendum.")
    first = demands_of(text)[0]
    assert first.by != "Acme Union" and "withdraw the bill" in first.text


def test_plural_people_nouns_outside_the_vocabulary_are_groups_that_act():
    text = ("Hundreds of boats blocked the harbour on Saturday.\n\n"
            "The fishermen are demanding compensation for lost income.")
    (demand,) = demands_of(text)
    assert demand.by == "fishermen" and "compensation" in demand.text
    # a market is no group that acts: "users want" a feature of a product
    assert not demands_of("Many users want longer battery life from the new phone, reviewers said.")


def test_members_named_by_their_bodys_name_are_the_body():
    text = ("The Westmark City Council met on Monday.\n\n"
            "Westmark City councillors voted to back a motion demanding more money for schools.")
    (demand,) = demands_of(text)
    assert demand.by == "Westmark City Council"


def test_the_company_is_the_company_shaped_name_before_another_body_named_later():
    text = ("Veldraad Mining faces pressure from investors led by the Northern Teachers Pension Fund.\n\n"
            "The funds also want the company to publish an independent safety review.")
    demand = demands_of(text)[-1]
    assert demand.by == "Northern Teachers Pension Fund" and demand.of == "Veldraad Mining"


def test_a_name_set_beside_a_states_body_is_that_body():
    text = ("Veldraad Mining runs three mines in Chile.\n\n"
            "Chile's mining regulator, Sernamet, has ordered the company to suspend work at one of them.")
    demand = demands_of(text)[-1]
    assert (demand.by, demand.of) == ("Sernamet", "Veldraad Mining")


def test_a_subject_parsed_as_a_clause_still_demands():
    (demand,) = demands_of("Investors holding 12% of Veldraad Mining's shares have asked the board to split the roles.")
    assert demand.by == "investors"


def test_bodies_of_a_kind_named_by_whom_they_serve_are_a_group():
    text = ("Education Secretary Jane Roe asked teachers to return to work.\n\n"
            "Parents' associations urged both sides to reach a deal quickly.")
    demand = demands_of(text)[-1]
    assert demand.by == "parents' associations"


def test_a_group_named_only_through_a_pronoun_is_named_by_the_body_it_stands_for():
    text = ("The Eastland Pilots Union met on Sunday.\n\n"
            "It ordered its members to stop work from March 5.")
    (demand,) = demands_of(text)
    assert (demand.by, demand.of) == ("Eastland Pilots Union", "Eastland Pilots Union members")
    # "their" of two people names no body: the members are nobody the site can list
    (demand,) = demands_of("Union leaders Ivo Dane and Amos Kertel were jailed after they instructed their "
                           "members to walk out.")
    assert demand.of is None and "walk out" in demand.text


def test_verbs_of_directing_and_requesting_demand_through_their_clause():
    cases = {"The Eastport court directed Acme Holdings to pay the dismissed workers by Friday.": "demand",
             "Jane Roe instructed Acme Holdings to halt the evictions.": "demand",
             "Jane Roe requested that Acme Holdings publish its accounts.": "demand",
             "Jane Roe implored Acme Holdings to reopen the plant.": "appeal"}
    for text, kind in cases.items():
        demand = demands_of("Acme Holdings closed its plant in Eastport in May.\n\n" + text)[-1]
        assert demand.of == "Acme Holdings" and demand.type == kind, text


def test_telling_demands_only_through_an_infinitive():
    (demand,) = demands_of("Jane Roe told Acme Holdings to withdraw the eviction notices.")
    assert (demand.by, demand.of) == ("Jane Roe", "Acme Holdings") and "withdraw" in demand.text
    assert not demands_of("Jane Roe told Acme Holdings that the eviction notices had been withdrawn.")
    assert not demands_of("Jane Roe told cheering supporters that they were not asking for much.")


def test_wanting_a_thing_done_is_a_demand():
    (demand,) = demands_of("The Eastland Pilots Union wants the election annulled.")
    assert demand.by == "Eastland Pilots Union" and "election annulled" in demand.text


def test_pressure_on_a_party_to_act_is_a_demand_of_it():
    for text in ("Poland stepped up pressure on Hungary to withdraw the decree.",
                 "Poland piled pressure on Hungary to withdraw the decree."):
        (demand,) = demands_of(text)
        assert (demand.by, demand.of) == ("Poland", "Hungary") and "withdraw the decree" in demand.text, text
    assert not demands_of("The pressure on Hungary's farmers has grown since the drought.")


def test_a_speaker_taken_for_a_demander_is_never_the_party_pressed():
    text = ("“We will not give in,” a Hungarian official told reporters.\n\n"
            "Pressure grew on Hungary to withdraw the decree.")
    demand = demands_of(text)[-1]
    assert (demand.by, demand.of) == (None, "Hungary")


def test_warning_advising_challenging_and_lobbying_a_party_to_act_ask_it():
    cases = {"Poland warned Hungary to withdraw the decree.": "demand",
             "Poland advised Hungary to withdraw the decree.": "appeal",
             "Poland challenged Hungary to withdraw the decree.": "appeal",
             "Poland is lobbying Hungary to withdraw the decree.": "appeal",
             "Poland recommended that Hungary withdraw the decree.": "proposal"}
    for text, kind in cases.items():
        (demand,) = demands_of(text)
        assert (demand.by, demand.of, demand.type) == ("Poland", "Hungary", kind), text
    assert not demands_of("Poland warned that Hungary would withdraw the decree.")


def test_asking_oneself_or_recommending_a_practice_asks_no_party():
    assert not demands_of("Acme Holdings has challenged itself to halve its emissions by 2030.")
    assert not demands_of("For the best picture, Acme Holdings recommends connecting the player to a cable.")


def test_who_is_asked_for_a_thing_is_the_object_of_the_verb():
    (demand,) = demands_of("Poland asked Hungary for the withdrawal of the decree.")
    assert (demand.by, demand.of) == ("Poland", "Hungary") and demand.text == "the withdrawal of the decree"


def test_conditions_set_out_after_a_colon_are_one_demand_each():
    demands = demands_of("Poland set three conditions for lifting its veto: the withdrawal of the decree, an apology "
                         "and new elections.")
    assert [(d.by, d.text) for d in demands] == [("Poland", "the withdrawal of the decree"), ("Poland", "an apology"),
                                                 ("Poland", "new elections")]


def test_a_thing_called_a_precondition_is_demanded():
    (demand,) = demands_of("The withdrawal of the decree is a precondition for any talks, Poland said.")
    assert (demand.by, demand.text) == ("Poland", "The withdrawal of the decree")


def test_a_lawsuit_that_seeks_a_thing_demands_it_for_whoever_filed_it():
    (demand,) = demands_of("Poland filed a lawsuit seeking the annulment of the decree.")
    assert (demand.by, demand.text) == ("Poland", "the annulment of the decree")


def test_holding_back_or_keeping_up_until_another_acts_sets_a_condition():
    for text in ("Poland will block the deal until Hungary withdraws the decree.",
                 "Poland will continue its boycott until Hungary withdraws the decree."):
        (demand,) = demands_of(text)
        assert (demand.by, demand.of, demand.type) == ("Poland", "Hungary", "demand"), text
    assert not demands_of("Talks in Warsaw will continue until a deal is reached.")


def test_a_bodys_own_members_acting_act_as_the_body():
    (demand,) = demands_of("The Eastland Pilots Union said its members would stay off work until Acme Air "
                           "restores the old rosters.")
    assert (demand.by, demand.of) == ("Eastland Pilots Union", "Acme Air")


def test_people_from_a_listed_body_act_for_it():
    text = ("The Eastland Pilots Union called a strike on Monday.\n\n"
            "Organisers from the Eastland Pilots Union said they would continue until Acme Air restores the rosters.")
    demand = demands_of(text)[-1]
    assert (demand.by, demand.of) == ("Eastland Pilots Union", "Acme Air")
    # people from a state do not act for it
    text = "Fishermen from Portugal demanded compensation from Acme Air."
    assert demands_of(text)[0].by != "Portugal"


def test_a_letter_the_demand_is_made_in_names_who_is_asked():
    text = ("The Eastland Football Federation met on Monday.\n\n"
            "In a letter to the Eastland Football Federation, the players' union demanded equal match fees.")
    demand = demands_of(text)[-1]
    assert demand.of == "Eastland Football Federation" and demand.text == "equal match fees"


def test_a_body_named_again_by_its_kind_with_a_modifier_is_the_body():
    text = ("The Eastland Football Federation met on Monday.\n\n"
            "The players threatened to boycott the qualifiers unless the national federation agrees to a new pay deal.")
    demand = demands_of(text)[-1]
    assert demand.of == "Eastland Football Federation"


def test_a_future_clause_after_or_is_the_consequence_not_a_second_demand():
    (demand,) = demands_of("“Donors must step up now or we will see famine,” aid official Jane Roe said.")
    assert demand.of == "Donors" and demand.text == "Donors step up now (or we will see famine)"


def test_a_sum_of_money_is_a_demanded_thing_and_a_purpose_asks_no_one():
    (demand,) = demands_of("The United Nations on Wednesday appealed for $2 billion to help 7 million people "
                           "facing hunger in Somalia.")
    assert (demand.by, demand.of, demand.text) == ("United Nations", None, "$2 billion")


def test_rebel_leaders_in_a_region_ask_as_the_body_named_after_it():
    text = ("Rebel leaders in the Westmark region have demanded the withdrawal of all foreign troops.\n\n"
            "They want detained fighters freed as well.\n\n"
            "The Westmark Liberation Front said it would keep fighting.")
    assert {d.by for d in demands_of(text)} == {"Westmark Liberation Front"}


def test_a_capital_that_stands_for_a_body_seated_there_asks_as_that_body():
    text = "The European Union called the arrests unlawful. Brussels urged Moscow to free the detained crews."
    assert [(d.by, d.of) for d in demands_of(text)] == [("European Union", "Russia")]


def test_a_reporting_verb_under_a_modal_is_what_is_asked_not_who_speaks():
    text = ("Mayor Jane Roe spoke after the vote on Northline Transit.\n\n"
            "“Northline Transit must tell riders when the buses will run, and it must refund the season tickets,” "
            "she said.")
    assert {(d.by, d.of) for d in demands_of(text)} == {("Jane Roe", "Northline Transit")}


def test_a_body_of_its_own_name_is_no_body_named_before():
    text = ("Tunelyx runs the city's buses.\n\n"
            "The opposition Amber group on the council called on the council to end the contract.")
    assert [d.by for d in demands_of(text)] == ["opposition Amber group"]
    # a state's name before the kind describes the body named before
    text = "The European Commission fined Acme Transit on Monday. The commission urged the US transport company to act."
    assert [d.of for d in demands_of(text)] == ["Acme Transit"]


def test_a_clause_verb_the_tagger_took_for_a_noun_still_states_a_demand():
    (demand,) = demands_of("Hundreds of farming crews blocked the highway on Friday, demanding that the ministry "
                           "scrap new water quotas.")
    assert (demand.by, demand.text) == ("farming crews", "the ministry scrap new water quotas")


def test_the_office_alone_is_the_one_person_holding_it_with_a_field():
    text = ("Transport Minister Jane Roe defended the new fares.\n\n"
            "The Drivers Collective asked the minister to freeze the fares for a year.")
    assert [d.of for d in demands_of(text)] == ["Jane Roe"]


def test_a_modal_negated_prohibits_and_an_order_with_until_is_no_condition_of_the_ordered():
    (order,) = demands_of("Judge Mira Vell heard Veldraad Mining's case. “The company shall not dig any new "
                          "shafts until this court has ruled,” the judge wrote.")
    assert (order.by, order.of, order.text) == ("Mira Vell", "Veldraad Mining",
                                                 "The company not dig any new shafts until this court has ruled")
    (prohibition,) = demands_of("“Chile shouldn't divert the river,” Peruvian minister Ivo Dane said.")
    assert (prohibition.by, prohibition.of, prohibition.text) == ("Ivo Dane", "Chile", "Chile not divert the river")
    assert demands_of("Ivo Dane said the survey doesn't mean Chile shouldn't divert the river.") == ()


def test_a_quotation_mark_a_demand_text_does_not_close_is_dropped():
    (demand,) = demands_of('Greyfield Capital wrote that the board "must sell the unit now or face a vote".')
    assert demand.text == "the board sell the unit now (or face a vote)"
