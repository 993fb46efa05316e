"""Event coding on the project's own re3d event gold, before/after the learned check, and calibration.

    python -m benchmarks.event_gold

Prints, for the dev and the test split: the scorer's figures with the rule coder alone and with the learned check
forced on (whatever the shipped ``enabled`` says), and the reliability table and expected calibration error (ECE)
of the rule coder's ``confidence`` and of the model's probability over the candidates of each split (a candidate
is right when it pairs with a gold event of the same type). Test figures are reported, never tuned on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from annalyst.evaluate.re3d import load_re3d
from annalyst.evaluate.re3d_events import _pair, evaluate_re3d_events, load_gold
from annalyst.evaluate.report import default_data_dir
from annalyst.evaluate.train import reliability
from annalyst.extract import learned
from annalyst.extract.pipeline import build_pipeline


def _candidates(nlp, root: Path, split: str, model) -> tuple[list[float], list[float], list[int]]:
    texts, _ = load_re3d(root)
    by_doc = defaultdict(list)
    for s in load_gold():
        if s["split"] == split:
            by_doc[s["doc"]].append(s)
    ids = sorted(by_doc)
    rule, prob, labels = [], [], []
    for doc_id, doc in zip(ids, nlp.pipe(texts[i] for i in ids)):
        for s in by_doc[doc_id]:
            cands = [e for e in doc._.events or [] if e.evidence and s["start"] <= e.evidence[0].start < s["end"]]
            right = {j: s["events"][i]["type"] == cands[j].event_type for i, j in _pair(s["events"], cands)}
            for j, e in enumerate(cands):
                rule.append(e.confidence)
                prob.append(model.prob(learned.features(doc, e)))
                labels.append(int(right.get(j, False)))
    return rule, prob, labels


def main() -> None:
    data = default_data_dir()
    root = data / "re3d"
    nlp = build_pipeline()
    component = nlp.get_pipe("annalyst_events")
    model = learned.load_model()
    out = {"model": {"bytes": learned.MODEL_PATH.stat().st_size, "enabled": model.enabled}}
    component.learned = False
    out["before"] = {r.name: r.metrics for r in evaluate_re3d_events(root, nlp)}
    for split in ("dev", "test"):
        rule, prob, labels = _candidates(nlp, root, split, model)
        out[f"calibration_{split}"] = {"candidates": len(labels), "right": sum(labels),
                                       "rule_confidence": reliability(rule, labels),
                                       "model_probability": reliability(prob, labels)}
    component.learned = True
    enabled = model.enabled
    model.enabled = True
    try:
        out["after"] = {r.name: r.metrics for r in evaluate_re3d_events(root, nlp)}
    finally:
        model.enabled = enabled
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
