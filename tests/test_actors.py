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
