"""re3d: reading, the overlap scorer, and the accuracy floor of actor and place mentions."""

from __future__ import annotations

import pytest

from annalyst.evaluate.re3d import evaluate_re3d, is_name, load_re3d, score

# measured when these floors were set: names only F1 0.73 (P 0.85, R 0.64); every mention F1 0.64
# (re3d also marks pronouns and common-noun phrases). Floors leave a margin of about 0.02-0.04.
NAMES_F1_FLOOR = 0.70
ALL_F1_FLOOR = 0.60


def test_re3d_score_overlap_one_to_one():
    gold = [("d", 0, 10, "Person"), ("d", 20, 25, "Location"), ("d", 30, 40, "Organisation")]
    pred = [("d", 2, 8, "Person"), ("d", 3, 9, "Person"), ("d", 20, 25, "Organisation"), ("d", 31, 33, "Organisation")]
    result = score(pred, gold)
    person = result["by_type"]["Person"]
    assert (person["tp"], person["fp"], person["fn"]) == (1, 1, 0)
    assert result["by_type"]["Location"]["fn"] == 1
    org = result["by_type"]["Organisation"]
    assert (org["tp"], org["fp"], org["fn"]) == (1, 1, 0)
    overall = result["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (2, 2, 1)
    assert overall["precision"] == 0.5 and overall["recall"] == round(2 / 3, 4)


def test_re3d_is_name():
    assert is_name("Tobias Ellwood") and is_name("U.S.")
    assert not is_name("We") and not is_name("the camp") and not is_name("Us")
    assert is_name("US", "Location"), "the country's acronym is no pronoun"


def test_re3d_loads_public_subsets(shared_data):
    docs, gold = load_re3d(shared_data / "re3d")
    assert len(docs) == 71
    assert {e["type"] for e in gold} == {"Person", "Organisation", "Location", "Nationality"}
    some = gold[0]
    assert docs[some["documentId"]][some["begin"]:some["end"]] == some["value"]


@pytest.fixture(scope="module")
def nlp():
    from annalyst.extract.pipeline import build_pipeline

    return build_pipeline(components=("annalyst_actors", "annalyst_places"))


@pytest.mark.slow
def test_re3d_accuracy_floor(nlp, shared_data):
    names = evaluate_re3d(shared_data / "re3d", nlp, names_only=True)
    print("re3d names:", names["overall"], {t: v["f1"] for t, v in names["by_type"].items()})
    assert names["overall"]["f1"] >= NAMES_F1_FLOOR
    for kind in ("Person", "Organisation", "Location", "Nationality"):
        assert names["by_type"][kind]["f1"] >= 0.6, kind
    every = evaluate_re3d(shared_data / "re3d", nlp)
    print("re3d all mentions:", every["overall"])
    assert every["overall"]["f1"] >= ALL_F1_FLOOR


def test_re3d_is_one_of_annalysts_evaluations(shared_data, nlp):
    from annalyst.evaluate.report import run_evaluations

    [report] = run_evaluations(["re3d"], data_dir=shared_data, nlp=nlp)
    assert report.name == "re3d" and report.passed() == {"f1": True}
    assert {"f1_person", "f1_organisation", "f1_location", "f1_nationality"} <= set(report.metrics)
