"""``annalyst train``: the learned check is refitted from the dev split and PLOVER's gold, the type model from
those and the invented event corpus, reproducibly."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from annalyst.cli import build_app
from annalyst.extract import learned

pytestmark = pytest.mark.slow


def test_train_command_is_reproducible_and_decides_on_dev(monkeypatch, nlp, shared_data, tmp_path):
    import annalyst.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build_pipeline", lambda *a, **k: nlp)
    runner, app = CliRunner(), build_app()
    paths = [tmp_path / "a.json", tmp_path / "b.json"]
    for path in paths:
        result = runner.invoke(app, ["train", "--data", str(shared_data), "--seed", "17", "--output", str(path)])
        assert result.exit_code == 0, result.output
        assert "dev cross-fitted" in result.output
    assert paths[0].read_bytes() == paths[1].read_bytes()
    data = json.loads(paths[0].read_text())
    model = learned.Model.from_dict(data)
    assert model.weights and data["meta"]["trained_on"]["re3d_dev_candidates"] > 100
    fit = data["meta"]["dev_crossfit"]
    assert model.enabled == (fit["ece"] < fit["rule_confidence_ece"])
    assert "lemma=condemn" in model.weights or any(k.startswith("lemma=") for k in model.weights)
    # the learned type model is written beside it, reproducibly, and used only when it helped on cross-fitted dev
    types = [p.with_name(p.stem + ".types.json") for p in paths]
    assert types[0].read_bytes() == types[1].read_bytes()
    tdata = json.loads(types[0].read_text())
    assert tdata["meta"]["trained_on"]["re3d_dev_words"] > 500 and "NONE" in tdata["classes"]
    # the invented corpus is part of the training data: verbs the word lists lack, seen twice there and nowhere
    # else, are in the model (a feature seen once is left out)
    assert tdata["meta"]["trained_on"]["invented_words"] > 500
    assert {"lemma=seal", "lemma=sit"} <= set(tdata["weights"])
    assert 0.0 <= tdata["meta"]["dev_crossfit_trigger_accuracy"] <= 1.0 and "invented" in result.output
    tfit = tdata["meta"]["dev_crossfit"]
    gain = tfit["type_macro_f1_after"] + tfit["event_f1_after"] - tfit["type_macro_f1_before"] - tfit["event_f1_before"]
    assert (tdata["propose"], tdata["retype"]) == (tfit["propose"], tfit["retype"])
    assert (tdata["propose"] is None and tdata["retype"] is None) or gain >= 0.01
    assert "propose" in result.output and "retype" in result.output
    # a different seed changes the dev halves and the start, not the way the file is made
    other = runner.invoke(app, ["train", "--data", str(shared_data), "--seed", "3", "--output", str(tmp_path / "c.json")])
    assert other.exit_code == 0 and (tmp_path / "c.json").read_bytes() != paths[0].read_bytes()


def test_train_command_needs_the_gold_folder(tmp_path):
    result = CliRunner().invoke(build_app(), ["train", "--data", str(tmp_path / "missing")])
    assert result.exit_code != 0 and "gold data folder not found" in result.output


def test_invented_rows_label_trigger_words_and_every_other_verb(nlp, tmp_path):
    """The type model's rows from corpus sentences: the first word of a trigger has its type, the other words of a
    multi-word trigger are left out, every other verb is ``NONE``."""
    from annalyst.evaluate.train import invented_rows

    text = "Border guards boarded and seized a trawler, officials said."
    row = {"id": "x1", "doc": "x1", "start": 0, "end": len(text), "split": "train", "text": text,
           "events": [{"type": "COERCE", "mode": "seize", "status": "attributed", "trigger": [14, 33],
                       "actor": [[0, 13]], "recipient": [[33, 42]]}]}
    path = tmp_path / "c.jsonl"
    path.write_text('{"_source": "invented for a test"}\n' + json.dumps(row) + "\n", encoding="utf-8")
    rows = invented_rows(nlp, path)
    labels = {next(f for f in feats if f.startswith("lemma="))[6:]: label for _, feats, label in rows}
    assert labels == {"board": "COERCE", "say": "NONE"}
