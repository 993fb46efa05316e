"""Evaluation: the two seed articles (read in place from ../shared/data/seeds; skipped without it) dropped one by one
into a watched folder give the Russia-Taliban alerts in order: new events from the first, then the second source
corroborating the recognition that both report, each alert once; the webhook gets the same records."""

from __future__ import annotations

import shutil

import pytest

from annalyst import Annalyst
from annalyst.evaluate.seeds import SEED_FILES


@pytest.mark.slow
def test_seeds_dropped_one_by_one_give_the_russia_taliban_alerts_in_order(shared_data, tmp_path, receiver):
    folder = tmp_path / "inbox"
    folder.mkdir()
    with Annalyst(db=str(tmp_path / "s.db"), allow_private=True) as an:
        an.add_alert("russia-taliban", actor="Russia", recipient="Taliban")
        passes = []
        for name in SEED_FILES:
            shutil.copy(shared_data / "seeds" / name, folder / name)
            passes.append(an.watch_pass([str(folder)], webhook=receiver.url).reported)
        first, second = passes
        assert first and all(r["reason"] == "new" for r in first)
        first_article = {a for r in first for a in r["links"]["articles"]}
        assert len(first_article) == 1  # only the first seed is in the store yet
        corroborated = [r for r in second if r["reason"] == "corroborated"]
        assert corroborated, "the second seed confirms an event of the first"
        assert {r["cluster_id"] for r in corroborated} <= {r["cluster_id"] for r in first}
        assert all(r["n_sources"] == 2 for r in corroborated)
        records = first + second
        assert [r["id"] for r in records] == sorted((r["id"] for r in records), key=lambda i: int(i.split(":")[1]))
        assert len({(r["cluster_id"], r["reason"], r["detail"]) for r in records}) == len(records)
        assert receiver.bodies == records
        for reported in passes:  # each pass in the order of the events' dates
            days = [r["date"] or "9999" for r in reported]
            assert days == sorted(days)
