"""Dyad series: monthly PLOVER scores between two actors, from clusters (events), not from reports."""

from __future__ import annotations

from eventkit import art, ev

from annalyst.analyze.dyads import dyad_series


def _seed(world):
    # one attack reported three times: one event
    for i, site in enumerate(("a", "b", "c")):
        world.add(art(f"r{i}", site=f"{site}.example", published="2024-03-05"),
                  ev(f"r{i}", f"r{i}", "ASSAULT", actor=["ARN"], recipient=["GON"], start="2024-03-01", place="Osgiliath"))
    world.add(art("s1"), ev("s1", "s1", "ACCUSE", actor=["GON"], recipient=["ARN"], start="2024-03-10"))
    world.add(art("s2"), ev("s2", "s2", "AID", actor=["ARN"], recipient=["GON"], start="2024-05-02"))
    world.add(art("s3"), ev("s3", "s3", "CONSULT", actor=["ARN", "GON"], recipient=[], start="2024-05-20"))
    world.add(art("s4"), ev("s4", "s4", "SUPPORT", actor=["P-ARN-FM"], recipient=["GON"], start="2024-05-21"))
    world.add(art("coarse"), ev("c1", "coarse", "SANCTION", actor=["ARN"], recipient=["GON"], start="2010-01-01",
                                end="2019-12-31", gran="decade"))
    world.add(art("alleged"), ev("x1", "alleged", "AID", actor=["ARN"], recipient=["GON"], start="2024-04-02",
                                 status="alleged"))
    world.add(art("other"), ev("o1", "other", "ASSAULT", actor=["ARN"], recipient=["ROH"], start="2024-03-02"))
    world.cluster()


def test_dyads_counts_events_not_reports_by_month_and_quad_class(world):
    _seed(world)
    s = dyad_series(world.store, ["ARN"], ["GON"])
    months = {m.month: m for m in s.months}
    assert list(months) == ["2024-03", "2024-04", "2024-05"]
    march = months["2024-03"]
    assert (march.total.count, march.total.sum) == (2, -12.0)  # one attack (-9), one accusation (-3)
    assert march.by_quad_class["material conflict"].count == 1
    assert march.by_quad_class["verbal conflict"].sum == -3.0
    assert months["2024-04"].total.count == 0  # the allegation is not counted by default
    may = months["2024-05"]
    assert may.total.count == 3  # aid, the meeting of equals, the minister's support (acting for Arnor)
    assert may.total.mean == round((10.0 + 2.5 + 5.0) / 3, 4)
    assert s.coarse == 1


def test_dyads_directed_and_literal(world):
    _seed(world)
    directed = {m.month: m.total.count for m in dyad_series(world.store, ["ARN"], ["GON"], directed=True).months}
    assert directed == {"2024-03": 1, "2024-04": 0, "2024-05": 2}  # not Gondor's accusation, not the meeting
    literal = {m.month: m.total.count for m in dyad_series(world.store, ["ARN"], ["GON"], literal=True).months}
    assert literal["2024-05"] == 2  # the minister's support needs the affiliation


def test_dyads_statuses_and_range(world):
    _seed(world)
    s = dyad_series(world.store, ["ARN"], ["GON"], status=["asserted", "alleged"], since="2024-04-01",
                    until="2024-04-30")
    assert [(m.month, m.total.count) for m in s.months] == [("2024-04", 1)]


def test_dyads_json_and_rows(world):
    _seed(world)
    s = dyad_series(world.store, ["ARN"], ["GON"], a_label="Arnor", b_label="Gondor")
    d = s.to_dict()
    assert d["a"] == {"label": "Arnor", "keys": ["ARN"]} and d["directed"] is False
    assert d["months"][0]["by_quad_class"]["material conflict"] == {"count": 1, "sum": -9.0, "mean": -9.0}
    rows = s.rows()
    assert rows[0] == {"month": "2024-03", "quad_class": "all", "count": 2, "sum": -12.0, "mean": -6.0}
    assert len(rows) == 3 * 5


def test_dyads_expanded_actor_list(world):
    _seed(world)
    # "Arnor" given as a list of what acts for it: the minister alone
    s = dyad_series(world.store, ["P-ARN-FM"], ["GON"], literal=True)
    assert [(m.month, m.total.count) for m in s.months] == [("2024-05", 1)]
