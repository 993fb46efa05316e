"""What the invented event corpus does for the learned type model (``extract/typemodel.py``).

    python -m benchmarks.type_data [--quick]

Prints, with the seed of ``annalyst train`` (17):

* held-out accuracy on the gold trigger words of the re3d ``dev`` split (right when the model's most probable class
  is the gold type), for a model trained on PLOVER's gold records alone, on PLOVER + the invented corpus, and
  cross-fitted on dev (document halves, as ``annalyst train``) without and with the invented corpus;
* on the invented corpus itself, in two halves by sentence (a model trained on PLOVER + dev + the other half): the
  same accuracy, and the coder's type macro-F1 / event F1 there with the rules alone and with the model proposing
  and retyping at several thresholds (news-style sentences whose verbs the word lists mostly lack).

The ``test`` split is never read. ``--quick`` leaves out the second part.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

from annalyst.evaluate import train
from annalyst.evaluate.plover_gsr import load_records
from annalyst.evaluate.re3d import load_re3d
from annalyst.evaluate.re3d_events import INVENTED_PATH, load_gold
from annalyst.evaluate.report import default_data_dir
from annalyst.extract import typemodel
from annalyst.extract.pipeline import build_pipeline

SEED = 17
_SETTINGS = ((None, None), (0.5, None), (0.7, None), (0.8, None), (0.9, None), (None, 0.8), (0.8, 0.8))


def _pairs(rows):
    return [(f, y) for _, f, y in rows]


def main(quick: bool = False) -> None:
    data = default_data_dir()
    if data is None:
        raise SystemExit("the gold data folder (../shared/data) is needed")
    nlp = build_pipeline()
    texts, _ = load_re3d(Path(data) / "re3d")
    sentences = [s for s in load_gold() if s["split"] == "dev"]
    ids = sorted({s["doc"] for s in sentences})
    docs = dict(zip(ids, nlp.pipe(texts[i] for i in ids)))
    records = load_records(Path(data) / "plover" / "PLOVER_GSR_CAMEO.json")
    plover = train._type_rows_plover(records, list(nlp.pipe(r["text"] for r in records)))
    invented = train.invented_rows(nlp)
    dev = train._type_rows_re3d(docs, sentences)
    print(f"rows: dev {len(dev)}, PLOVER {len(plover)}, invented {len(invented)}")

    def share(model, rows):
        right, total = train._trigger_hits(model, rows)
        return f"{right / total:.3f} ({right}/{total})"

    for name, rows in (("PLOVER", plover), ("PLOVER + invented", plover + invented)):
        print(f"dev trigger accuracy, trained on {name}: {share(typemodel.fit_types(_pairs(rows), seed=SEED), dev)}")
    order = list(ids)
    random.Random(SEED).shuffle(order)
    for name, extra in (("without", []), ("with", invented)):
        hits = [0, 0]
        for held in (set(order[::2]), set(order[1::2])):
            model = typemodel.fit_types(_pairs(plover + extra) + _pairs([r for r in dev if r[0] not in held]),
                                        seed=SEED)
            right, total = train._trigger_hits(model, [r for r in dev if r[0] in held])
            hits = [hits[0] + right, hits[1] + total]
        print(f"dev trigger accuracy, cross-fitted, {name} the invented corpus: {hits[0] / hits[1]:.3f} "
              f"({hits[0]}/{hits[1]})")
    if quick:
        return

    own = load_gold(INVENTED_PATH)
    own_texts = {s["doc"]: s["text"] for s in own}
    own_docs = dict(zip(own_texts, nlp.pipe(own_texts.values())))
    coder = nlp.get_pipe("annalyst_events").coder
    names = sorted(own_texts)
    random.Random(SEED).shuffle(names)
    scores: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])
    hits = [0, 0]
    for fold in (set(names[::2]), set(names[1::2])):
        model = typemodel.fit_types(_pairs(plover + dev) + _pairs([r for r in invented if r[0] not in fold]),
                                    seed=SEED)
        right, total = train._trigger_hits(model, [r for r in invented if r[0] in fold])
        hits = [hits[0] + right, hits[1] + total]
        part = [s for s in own if s["doc"] in fold]
        for propose, retype in _SETTINGS:
            model.propose, model.retype = propose, retype
            f1, ef1 = train._dev_score(coder, own_docs, part, own_texts, model if model.enabled else None)
            scores[(propose, retype)][0] += f1 / 2
            scores[(propose, retype)][1] += ef1 / 2
    print(f"invented corpus, two halves: trigger accuracy {hits[0] / hits[1]:.3f} ({hits[0]}/{hits[1]})")
    print("| propose | retype | type macro-F1 | event F1 |\n|---|---|---|---|")
    for (propose, retype), (f1, ef1) in scores.items():
        print(f"| {propose or 'off'} | {retype or 'off'} | {f1:.3f} | {ef1:.3f} |")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv[1:])
