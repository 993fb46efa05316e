"""Event coreference on a real SQLite store: which reports become one cluster, and what the merged event says."""

from __future__ import annotations


from eventkit import art, ev

from annalyst.analyze.compat import compatible_types, match, make_profile, status_group


def test_clusters_precise_date_wins_and_names_its_source(world):
    world.add(art("a1", published="2025-07-12"), ev("e1", "a1", "SANCTION", start="2000-01-01", end="2004-12-31",
                                                    gran="part_of_decade"))
    world.add(art("a2", published="2025-07-24"), ev("e2", "a2", "COERCE", start="2003-02-14"))
    stats = world.cluster()
    assert stats.events == 2 and stats.clusters_created == 1 and stats.clusters_joined == 1
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2"]
    assert (c.event.date.start, c.event.date.end, c.event.date.granularity) == ("2003-02-14", "2003-02-14", "day")
    assert c.supplied_by["date"] == "e2"
    assert (c.n_articles, c.n_sources, c.first_reported) == (2, 2, "2025-07-12")
    assert not c.contradictions


def test_clusters_two_different_days_stay_apart(world):
    world.add(art("a1"), ev("e1", "a1", "ASSAULT", start="2024-03-01", place="Osgiliath"))
    world.add(art("a2"), ev("e2", "a2", "ASSAULT", start="2024-03-09", place="Osgiliath"))
    world.cluster()
    assert world.cluster_of("e1").id != world.cluster_of("e2").id


def test_clusters_day_off_by_one_with_shared_place_merges_with_date_contradiction(world):
    world.add(art("a1", published="2024-03-02"), ev("e1", "a1", "ASSAULT", start="2024-03-01", place="Osgiliath"))
    world.add(art("a2", published="2024-03-03"), ev("e2", "a2", "ASSAULT", start="2024-03-02", place="Osgiliath"))
    world.add(art("a3", published="2024-03-04"), ev("e3", "a3", "ASSAULT", start="2024-03-01", place="Osgiliath"))
    world.cluster()
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2", "e3"]
    assert c.event.date.start == "2024-03-01"  # two sources give it
    fields = {x["field"]: x for x in c.contradictions}
    assert set(fields) == {"date"}
    assert {v["value"] for v in fields["date"]["values"]} == {"2024-03-01", "2024-03-02"}


def test_clusters_day_off_by_one_without_shared_detail_stays_apart(world):
    world.add(art("a1"), ev("e1", "a1", "ASSAULT", start="2024-03-01"))
    world.add(art("a2"), ev("e2", "a2", "ASSAULT", start="2024-03-02"))
    world.cluster()
    assert world.cluster_of("e1").id != world.cluster_of("e2").id


def test_clusters_repeated_mention_in_one_article_is_one_event_one_article(world):
    world.add(art("a1", published="2025-07-12"),
              ev("e1", "a1", "REQUEST", actor=["GON"], recipient=["ARN"], start="2025-07-01", end="2025-07-12", gran="interval"),
              ev("e2", "a1", "REQUEST", actor=["GON"], recipient=["ARN"], at=400))
    world.cluster()
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2"] and c.n_articles == 1 and c.n_sources == 1


def test_clusters_conflicting_tolls_are_one_event_with_a_contradiction(world):
    world.add(art("a1", published="2024-03-02"), ev("e1", "a1", "ASSAULT", start="2024-03-01", killed=12, confidence=0.6))
    world.add(art("a2", published="2024-03-05"), ev("e2", "a2", "ASSAULT", start="2024-03-01", killed=19, confidence=0.6))
    world.add(art("a3", published="2024-03-03"), ev("e3", "a3", "ASSAULT", start="2024-03-01", killed=12, confidence=0.6))
    world.cluster()
    c = world.cluster_of("e1")
    assert len(c.members) == 3
    # equal confidence: the latest report's figure (tolls are revised upwards), and who gave it
    assert c.event.counts.killed == 19 and c.supplied_by["counts"] == "e2"
    (toll,) = [x for x in c.contradictions if x["field"] == "counts.killed"]
    assert {v["value"]: sorted(v["event_ids"]) for v in toll["values"]} == {12: ["e1", "e3"], 19: ["e2"]}


def test_clusters_assertion_and_denial_are_one_event_with_a_status_contradiction(world):
    world.add(art("a1"), ev("e1", "a1", "AID", start="2020-01-01", end="2020-12-31", gran="year"))
    world.add(art("a2"), ev("e2", "a2", "AID", start="2020-06-01", end="2020-06-30", gran="month", status="denied",
                            attributed_to="ARN"))
    world.cluster()
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2"]
    assert c.event.status == "asserted"
    assert "ARN" in c.event.denied_by
    (status,) = [x for x in c.contradictions if x["field"] == "status"]
    assert {v["value"] for v in status["values"]} == {"asserted", "denied"}


def test_clusters_alleged_with_denial_keeps_the_allegation(world):
    world.add(art("a1"), ev("e1", "a1", "AID", start="2018-01-01", end="2018-12-31", gran="year", status="alleged",
                            attributed_to="P-GON-FM", denied_by=["Arnor"]))
    world.cluster()
    c = world.cluster_of("e1")
    assert c.event.status == "alleged" and c.event.denied_by == ["Arnor"] and not c.contradictions


def test_clusters_undated_assertion_never_turns_an_allegation_into_fact(world):
    """"Arnor handed over two helicopters" (no date) is not the event of "Gondor accused Arnor of supplying arms,
    which Arnor denied" (dated) just because both are Arnor's aid within a year: merged, the allegation would read
    as asserted. A dated assertion of the same days still merges with it, and an undated denial still joins."""
    world.add(art("a1", published="2025-10-10"),
              ev("e1", "a1", "AID", start="2025-10-09", status="alleged", attributed_to="GON", denied_by=["Arnor"]))
    world.add(art("a2", published="2025-10-10"), ev("e2", "a2", "AID"))
    world.add(art("a5", published="2025-10-10"), ev("e5", "a5", "AGREE", status="attributed", attributed_to="ARN"))
    world.cluster()
    allegation = world.cluster_of("e1")
    assert allegation.members == ["e1"] and allegation.event.status == "alleged"
    assert "e2" not in allegation.members and "e5" not in allegation.members

    world.add(art("a3", published="2025-10-11"), ev("e3", "a3", "AID", start="2025-10-09"))
    world.add(art("a4", published="2025-10-11"), ev("e4", "a4", "AID", status="denied", attributed_to="ARN"))
    world.cluster()
    merged = world.cluster_of("e1")
    assert sorted(merged.members) == ["e1", "e3", "e4"]
    assert {v["value"] for x in merged.contradictions if x["field"] == "status" for v in x["values"]} >= {"asserted", "denied"}


def test_clusters_forecast_never_merges_with_a_report_of_what_happened(world):
    world.add(art("a1", published="2025-07-12"),
              ev("e1", "a1", "AID", start="2025-07-01", end="2025-07-12", gran="interval", status="proposed", context=["military"]),
              ev("e2", "a1", "AID", start="2025-07-01", end="2025-07-12", gran="interval", context=["military"], at=300))
    world.cluster()
    assert world.cluster_of("e1").id != world.cluster_of("e2").id
    assert world.cluster_of("e1").resolution == "open"
    assert world.cluster_of("e2").resolution is None


def test_clusters_republication_is_not_a_second_source(world):
    text = ("Gondor recognised the government of Arnor on Monday, officials in Minas Tirith said, after weeks of talks "
            "between the two delegations over the border crossings and the grain trade along the river.")
    world.add(art("a1", site="north.example", url="https://north.example/x", text=text, published="2025-07-05"),
              ev("e1", "a1", "SUPPORT", actor=["GON"], recipient=["ARN"], start="2025-07-03"))
    world.add(art("a2", site="south.example", url="https://south.example/y", text=text + " Original: north.example",
                  published="2025-07-06"),
              ev("e2", "a2", "SUPPORT", actor=["GON"], recipient=["ARN"], start="2025-07-03"))
    world.add(art("a3", site="east.example", published="2025-07-07"),
              ev("e3", "a3", "AGREE", actor=["GON"], recipient=["ARN"], start="2025-07-01", end="2025-07-31", gran="month"))
    stats = world.cluster()
    assert stats.link_kinds == {"near_duplicate": 1}
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2", "e3"]
    assert (c.n_articles, c.n_sources) == (3, 2)
    assert c.event.event_type == "SUPPORT"  # two sources say SUPPORT, one AGREE


def test_clusters_same_site_twice_is_one_source(world):
    world.add(art("a1", site="north.example"), ev("e1", "a1", start="2025-07-03"))
    world.add(art("a2", site="North.Example"), ev("e2", "a2", start="2025-07-03"))
    world.cluster()
    assert world.cluster_of("e1").n_sources == 1


def test_clusters_official_and_state_are_the_same_actor(world):
    world.add(art("a1"), ev("e1", "a1", "SANCTION", actor=["ARN"], start="2003-01-01", end="2003-12-31", gran="year"))
    world.add(art("a2"), ev("e2", "a2", "SANCTION", actor=["ARN-COURT"], start="2003-02-14"))
    world.cluster()
    c = world.cluster_of("e1")
    assert sorted(c.members) == ["e1", "e2"]
    assert {a.actor_id for a in c.event.actor} == {"ARN", "ARN-COURT"}


def test_clusters_actors_must_agree(world):
    world.add(art("a1"), ev("e1", "a1", "SUPPORT", actor=["ARN"], recipient=["GON"], start="2025-07-03"))
    world.add(art("a2"), ev("e2", "a2", "SUPPORT", actor=["GON"], recipient=["ARN"], start="2025-07-03"))
    world.add(art("a3"), ev("e3", "a3", "SUPPORT", actor=["ROH"], recipient=["GON"], start="2025-07-03"))
    world.cluster()
    assert len({world.cluster_of(e).id for e in ("e1", "e2", "e3")}) == 3


def test_clusters_meeting_sides_may_be_swapped(world):
    world.add(art("a1"), ev("e1", "a1", "CONSULT", actor=["ARN"], recipient=["GON"], start="2025-07-03"))
    world.add(art("a2"), ev("e2", "a2", "CONSULT", actor=["GON", "ARN"], recipient=[], start="2025-07-03"))
    world.cluster()
    assert world.cluster_of("e1").id == world.cluster_of("e2").id


def test_clusters_incompatible_types_and_contexts_stay_apart(world):
    world.add(art("a1"), ev("e1", "a1", "SUPPORT", start="2025-07-01", end="2025-07-12", gran="interval", context=["diplomatic"]))
    world.add(art("a2"), ev("e2", "a2", "COOPERATE", start="2021-01-01", end="2025-07-12", gran="interval", context=["economic"]))
    world.add(art("a3"), ev("e3", "a3", "ACCUSE", start="2025-07-03"))
    world.cluster()
    assert len({world.cluster_of(e).id for e in ("e1", "e2", "e3")}) == 3


def test_clusters_places_in_different_countries_stay_apart(world):
    world.add(art("a1"), ev("e1", "a1", "ASSAULT", start="2024-03-01", place="Osgiliath", country="GON"))
    world.add(art("a2"), ev("e2", "a2", "ASSAULT", start="2024-03-01", place="Fornost", country="ARN"))
    world.cluster()
    assert world.cluster_of("e1").id != world.cluster_of("e2").id


def test_clusters_undated_report_joins_the_recent_event_not_an_old_one(world):
    world.add(art("a1", published="2025-07-12"), ev("e1", "a1", "SUPPORT", start="2021-05-01", end="2021-05-31", gran="month"))
    world.add(art("a2", published="2025-07-12"), ev("e2", "a2", "SUPPORT", start="2025-07-03"))
    world.add(art("a3", published="2025-07-24"), ev("e3", "a3", "SUPPORT"))
    world.cluster()
    c = world.cluster_of("e3")
    assert sorted(c.members) == ["e2", "e3"]
    assert c.event.date.start == "2025-07-03" and c.supplied_by["date"] == "e2"


def test_clusters_incremental_new_article_joins_existing_cluster(world):
    world.add(art("a1"), ev("e1", "a1", "CONCEDE", start="2025-04-01", end="2025-04-30", gran="month"))
    first = world.cluster()
    assert first.articles == 1
    before = world.cluster_of("e1")
    world.add(art("a2"), ev("e2", "a2", "RETREAT", start="2025-04-17"))
    second = world.cluster()
    assert second.articles == 1  # only the new article was read
    after = world.cluster_of("e2")
    assert after.id == before.id and after.event.date.start == "2025-04-17"
    assert world.store.get_event("e2").cluster_id == after.id


def test_clusters_reextraction_replaces_the_articles_members(world):
    world.add(art("a1"), ev("e1", "a1", "CONCEDE", start="2025-04-17"))
    world.add(art("a2"), ev("e2", "a2", "CONCEDE", start="2025-04-01", end="2025-04-30", gran="month"))
    world.cluster()
    cid = world.cluster_of("e2").id
    # a1 is extracted again and now says something else: its old member leaves the cluster
    world.add(art("a1"), ev("e9", "a1", "THREATEN", actor=["ROH"], start="2025-05-02"))
    world.cluster()
    c = world.store.get_cluster(cid)
    assert c.members == ["e2"] and c.event.date.start == "2025-04-01" and c.n_articles == 1
    assert world.cluster_of("e9").id != cid
    from annalyst.store.check import check_store

    assert check_store(world.store) == []


def test_clusters_rerun_on_clustered_store_changes_nothing(world):
    world.add(art("a1"), ev("e1", "a1", start="2025-07-03"))
    world.cluster()
    again = world.cluster()
    assert again.articles == 0 and len(world.clusters()) == 1


def test_compat_type_families_and_status_groups():
    assert {"SUPPORT", "AGREE", "COOPERATE"} <= compatible_types("SUPPORT")
    assert compatible_types("CONCEDE") >= {"RETREAT"}
    assert "ASSAULT" not in compatible_types("SUPPORT")
    assert status_group("alleged") == status_group("denied") == "fact"
    assert status_group("predicted") != status_group("proposed")


def test_compat_day_inside_decade_matches_two_days_do_not():
    decade = make_profile(ev("x", "a", start="1990-01-01", end="1999-12-31", gran="decade"), "2025-01-01")
    day = make_profile(ev("y", "a", start="1994-06-01"), "2025-01-01")
    other = make_profile(ev("z", "a", start="1994-06-03"), "2025-01-01")
    assert match(decade, day) is not None
    assert match(day, other) is None
    assert match(day, day).score > match(decade, day).score
