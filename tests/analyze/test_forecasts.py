"""Forecasts stay open until a later report confirms or refutes them, or the corpus passes their horizon."""

from __future__ import annotations

from eventkit import art, ev


def _forecast(world, status="predicted", **kw):
    world.add(art("f", published="2025-07-12"),
              ev("fc", "f", "AID", start=kw.pop("start", "2025-07-12"), end=kw.pop("end", "2025-12-31"),
                 gran="interval", status=status, context=["military"], **kw))


def test_forecasts_later_assertion_confirms_and_links(world):
    _forecast(world)
    world.cluster()
    assert world.cluster_of("fc").resolution == "open"
    world.add(art("later", published="2025-09-20"), ev("x", "later", "AID", start="2025-09-18", context=["military"]))
    stats = world.cluster()
    forecast, fact = world.cluster_of("fc"), world.cluster_of("x")
    assert forecast.id != fact.id
    assert (forecast.resolution, forecast.resolved_by) == ("confirmed", fact.id)
    assert stats.confirmed_or_refuted == 1
    assert fact.resolution is None


def test_forecasts_proposal_is_confirmed_too(world):
    world.add(art("f", published="2025-07-12"),
              ev("fc", "f", "AID", actor=["P-ARN-FM"], start="2025-07-01", end="2025-07-12", gran="interval",
                 status="proposed", context=["military"]))
    world.add(art("later", published="2026-02-02"), ev("x", "later", "AID", start="2026-01-30", context=["military"]))
    world.cluster()
    assert world.cluster_of("fc").resolution == "confirmed"


def test_forecasts_later_negation_refutes(world):
    _forecast(world)
    world.add(art("later", published="2025-10-02"),
              ev("x", "later", "AID", start="2025-10-01", status="negated", context=["military"]))
    world.cluster()
    assert world.cluster_of("fc").resolution == "refuted"
    assert world.cluster_of("fc").resolved_by == world.cluster_of("x").id


def test_forecasts_fact_stored_first_settles_a_forecast_added_later(world):
    world.add(art("later", published="2025-09-20"), ev("x", "later", "AID", start="2025-09-18", context=["military"]))
    world.cluster()
    _forecast(world)
    world.cluster()
    assert world.cluster_of("fc").resolution == "confirmed"


def test_forecasts_facts_told_with_the_forecast_or_before_do_not_confirm(world):
    world.add(art("f", published="2025-07-12"),
              ev("fc", "f", "AID", start="2025-07-12", end="2025-12-31", gran="interval", status="predicted",
                 context=["military"]),
              ev("same", "f", "AID", start="2025-07-01", end="2025-07-31", gran="month", context=["military"], at=300))
    world.add(art("older", published="2025-07-10"), ev("old", "older", "AID", start="2025-07-09", context=["military"]))
    world.cluster()
    assert world.cluster_of("fc").resolution == "open"


def test_forecasts_other_type_or_actors_do_not_confirm(world):
    _forecast(world)
    world.add(art("l1", published="2025-09-20"), ev("x1", "l1", "SUPPORT", start="2025-09-18", context=["diplomatic"]))
    world.add(art("l2", published="2025-09-21"), ev("x2", "l2", "AID", actor=["ROH"], start="2025-09-18",
                                                     context=["military"]))
    world.cluster()
    assert world.cluster_of("fc").resolution == "open"


def test_forecasts_expire_when_the_corpus_passes_the_horizon(world):
    _forecast(world, end="2025-08-31")
    stats = world.cluster()
    assert stats.as_of == "2025-07-12" and stats.expired == 0
    assert world.cluster_of("fc").resolution == "open"
    world.add(art("news", published="2025-10-01"), ev("y", "news", "CONSULT", actor=["ROH"], start="2025-09-30"))
    stats = world.cluster()
    assert stats.expired == 1
    assert world.cluster_of("fc").resolution == "expired"


def test_forecasts_without_a_horizon_get_the_default_year(world):
    world.add(art("f", published="2025-07-12"), ev("fc", "f", "AID", status="predicted", context=["military"]))
    world.cluster(as_of="2026-07-01")
    assert world.cluster_of("fc").resolution == "open"
    world.cluster(as_of="2026-07-13")
    assert world.cluster_of("fc").resolution == "expired"


def test_forecasts_expired_can_still_be_confirmed_by_news_inside_the_horizon(world):
    _forecast(world, end="2025-08-31")
    world.cluster(as_of="2025-10-01")
    assert world.cluster_of("fc").resolution == "expired"
    world.add(art("late", published="2025-10-05"), ev("x", "late", "AID", start="2025-08-20", context=["military"]))
    world.cluster()
    assert world.cluster_of("fc").resolution == "confirmed"


def test_forecasts_two_reports_of_one_prediction_merge(world):
    world.add(art("f1", published="2025-07-12"),
              ev("p1", "f1", "AID", status="predicted", context=["military"]))
    world.add(art("f2", published="2025-07-24"),
              ev("p2", "f2", "AID", status="predicted", context=["military"]))
    world.add(art("f3", published="2025-07-24"),
              ev("p3", "f3", "COOPERATE", status="predicted", context=["economic"]))
    world.cluster()
    assert world.cluster_of("p1").id == world.cluster_of("p2").id
    assert world.cluster_of("p3").id != world.cluster_of("p1").id
