from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.model import Actor
from generator.registry import Corrections, registry_yaml, unify


def person(name, role=None, affiliation=None, mentions=1):
    return Actor(name.lower().replace(" ", "-"), name, "person", role, affiliation, (), mentions)


def test_surname_folds_across_articles_and_gaps_are_filled():
    result = unify({"a": (person("Olaf Scholz", "Chancellor", "Germany", 3),), "b": (person("Scholz"),)}, Corrections())
    (b,) = result["b"]
    assert (b.name, b.id, b.role, b.affiliation) == ("Olaf Scholz", "olaf-scholz", "Chancellor", "Germany")
    assert "Scholz" in b.aliases


def test_corrections_rename_rekind_and_ignore(tmp_path: Path):
    path = tmp_path / "actors.yml"
    path.write_text("aliases: {Olaf Scholz: Chancellor Scholz}\nkinds: {ACME: organization}\nignore: [Nobody]\n")
    corrections = Corrections.load(path)
    actors = (person("Olaf Scholz"), Actor("acme", "ACME", "person"), person("Nobody"))
    names = {a.name: a.kind for a in unify({"a": actors}, corrections)["a"]}
    assert names == {"Chancellor Scholz": "person", "ACME": "organization"}


def test_bad_corrections_report_every_problem(tmp_path: Path):
    path = tmp_path / "actors.yml"
    path.write_text("alias: {}\nkinds: {X: robot}\nignore: nope\n")
    with pytest.raises(ConfigError) as error:
        Corrections.load(path)
    message = str(error.value)
    assert "'alias'" in message and "robot" in message and "'ignore'" in message


def test_registry_yaml_round_trips(tmp_path: Path):
    path = tmp_path / "actors.yml"
    path.write_text(registry_yaml({"a": (Actor("x", "X Y", "person", "Mayor", "Peru", ("Y",), 2),)}))
    assert Corrections.load(path).aliases == {"Y": "X Y"}


def test_distinct_keeps_people_apart(tmp_path: Path):
    path = tmp_path / "actors.yml"
    path.write_text("distinct: [[Ana Silva, Ana Silvas]]\n")
    per_article = {"a": (person("Ana Silva"),), "b": (person("Ana Silvas"),)}
    assert unify(per_article, Corrections())["b"][0].name == unify(per_article, Corrections())["a"][0].name
    split = unify(per_article, Corrections.load(path))
    assert split["a"][0].name == "Ana Silva" and split["b"][0].name == "Ana Silvas"


def test_office_holders_listed_together_share_their_side():
    chief = Actor("k", "Karl Berg", "person", "Chief of Staff", "NDF", (), 1)
    minister = Actor("m", "Mia Lund", "person", "Defense Minister", None, (), 1, ("Karl Berg",))
    army = Actor("n", "Norwegian Defence Forces", "organization", mentions=1)
    result = unify({"a": (chief, minister), "b": (army,)}, Corrections())
    assert {a.name: a.affiliation for a in result["a"]}["Mia Lund"] == "Norway"  # NDF -> Norwegian Defence Forces


def test_no_side_when_listed_peers_disagree():
    peers = (Actor("a", "Ann Ode", "person", "President", "Chile", (), 1),
             Actor("b", "Bo Ek", "person", "President", "Peru", (), 1),
             Actor("c", "Cy Lo", "person", "Defense Minister", None, (), 1, ("Ann Ode", "Bo Ek")))
    assert {a.name: a.affiliation for a in unify({"x": peers}, Corrections())["x"]}["Cy Lo"] is None


def test_the_state_an_article_hints_at_comes_after_every_side_a_text_states():
    from dataclasses import replace

    hinted = replace(person("Ivo Sarn", "President"), home="Portugal")
    alone = unify({"a": (hinted,)}, Corrections())["a"][0]
    assert alone.affiliation == "Portugal"
    stated = unify({"a": (hinted,), "b": (person("Ivo Sarn", "President", "Spain"),)}, Corrections())["a"][0]
    assert stated.affiliation == "Spain"


def test_an_organisation_listed_under_another_articles_alias_takes_that_name():
    def org(name, *aliases):
        return Actor(name.lower().replace(" ", "-"), name, "organization", aliases=aliases, mentions=1)
    result = unify({"a": (org("Northern Rail Union", "NRU"),), "b": (org("NRU"),), "c": (org("Acme"),),
                    "d": (org("Acme Foods", "Acme"), org("Acme Mills", "Acme"))}, Corrections())
    assert [a.name for a in result["b"]] == ["Northern Rail Union"]
    assert [a.name for a in result["c"]] == ["Acme"]  # two bodies go by that alias: no guess


def test_organisations_named_alike_but_for_a_company_suffix_are_one():
    def org(name, mentions=1):
        return Actor(name.lower().replace(" ", "-"), name, "organization", mentions=mentions)
    result = unify({"a": (org("Harlow Foods Co.", 3),), "b": (org("Harlow Foods"),), "c": (org("Harlow Foods Inc"),),
                    "d": (org("Harlow"),), "e": (org("Harlow Mills"),)}, Corrections())
    assert [result[k][0].name for k in "abcde"] == ["Harlow Foods Co."] * 3 + ["Harlow", "Harlow Mills"]
    assert "Harlow Foods" in result["b"][0].aliases
