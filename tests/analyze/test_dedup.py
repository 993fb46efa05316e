"""Near-duplicate articles: MinHash LSH over normalised word shingles, and provenance links."""

from __future__ import annotations

import random

import sqlalchemy as sa
from eventkit import art

from annalyst.analyze import dedup
from annalyst.store import schema as t

_WORDS = ("minister delegation border crossing grain railway talks envoy capital harbour convoy ceasefire council "
          "province garrison treaty sanctions embargo refugees drought market tariff customs pipeline airport bridge "
          "parliament election court ruling protest curfew checkpoint militia commander spokesman statement").split()


def _story(seed: int, n: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(n)) + "."


def _links(world) -> list[tuple[str, str, str]]:
    with world.store.read() as conn:
        return sorted((r[0], r[1], r[2]) for r in conn.execute(
            sa.select(t.article_links.c.article_id, t.article_links.c.other_id, t.article_links.c.kind)))


def test_dedup_words_are_language_independent():
    assert dedup.words("Russia’s envoy, Zamir KABULOV!") == ["russia", "s", "envoy", "zamir", "kabulov"]
    assert dedup.words("俄罗斯承认塔利班") == list("俄罗斯承认塔利班")
    assert dedup.words("Талибан исключён") == ["талибан", "исключён"]


def test_dedup_signature_estimates_jaccard():
    a, b = dedup.shingles(_story(1)), dedup.shingles(_story(1) + " " + _story(2, 20))
    exact = len(a & b) / len(a | b)
    estimate = dedup.similarity(dedup.signature(a), dedup.signature(b))
    assert abs(estimate - exact) < 0.15
    assert dedup.similarity(dedup.signature(a), dedup.signature(dedup.shingles(_story(3)))) < 0.2


def test_dedup_syndicated_copy_with_new_headline_is_linked_to_the_original(world):
    body = _story(7)
    edited = body.replace(" grain ", " wheat ", 2) + " The article first appeared elsewhere."
    world.add(art("orig", site="north.example", published="2025-07-01", text=body))
    world.add(art("copy", site="south.example", published="2025-07-03", text=edited))
    stats = world.cluster()
    assert _links(world) == [("copy", "orig", "near_duplicate")]
    assert stats.link_kinds == {"near_duplicate": 1}


def test_dedup_links_point_to_the_earlier_article_whatever_the_order(world):
    body = _story(8)
    world.add(art("late", published="2025-07-09", text=body))
    world.add(art("early", published="2025-07-02", text=body))
    world.cluster()
    assert _links(world) == [("late", "early", "near_duplicate")]


def test_dedup_different_stories_on_one_topic_are_not_linked(world):
    for i in range(6):
        world.add(art(f"a{i}", text=_story(100 + i)))
    world.cluster()
    assert _links(world) == []


def test_dedup_original_url_makes_a_translation_or_republication(world):
    world.add(art("zh", url="https://www.toutiao.example/article/75/", language="zh", text="俄罗斯承认塔利班政府" * 20))
    world.add(art("en", url="https://mirror.example/en/1", original_url="https://toutiao.example/article/75",
                  translated=True, text=_story(9)))
    world.add(art("ru", url="https://copy.example/ru/1", text=_story(10)))
    world.add(art("copy", url="https://copy.example/again", original_url="https://copy.example/ru/1", text=_story(11)))
    world.cluster()
    assert _links(world) == [("copy", "ru", "republication"), ("en", "zh", "translation")]


def test_dedup_original_arriving_later_is_still_linked(world):
    world.add(art("copy", url="https://b.example/2", original_url="https://a.example/1", text=_story(12)))
    world.cluster()
    world.add(art("orig", url="https://a.example/1", text=_story(13)))
    world.cluster()
    assert _links(world) == [("copy", "orig", "republication")]


def test_dedup_index_is_one_row_per_band_and_reindexing_replaces_it(world):
    world.add(art("a", text=_story(14)))
    world.cluster()
    b, r = dedup.bands()
    assert b * r <= dedup.NUM_PERM
    with world.store.write() as conn:
        a = world.store.get_article("a")
        dedup.link_article(conn, a, insert=world.store.insert)
        n = conn.execute(sa.select(sa.func.count()).select_from(t.article_bands)).scalar_one()
        stored = conn.execute(sa.select(t.article_minhash.c.signature)).scalar_one()
    assert n == b
    assert len(stored) == 4 * dedup.NUM_PERM


def test_dedup_candidate_lookup_uses_the_band_index(world):
    world.add(art("a", text=_story(15)))
    world.cluster()
    with world.store.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT article_id FROM article_bands WHERE band = 3 AND key = 42").all()
    assert any("USING" in str(row[-1]) and "INDEX" in str(row[-1]).upper() for row in plan), plan
