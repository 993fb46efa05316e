"""Print the event-argument errors of the re3d event gold's ``dev`` split, by class (never the ``test`` split).

For each gold event paired with a prediction (the evaluation's own matching rule) it compares the actor and the
recipient sides by the evaluation's content-word rule and sorts the errors into classes:

* ``missing``: gold has the side, the prediction has none;
* ``wrong``: both have it, no shared content word;
* ``spurious``: the prediction has it, the gold has none;
* ``missed event``: a gold event no prediction paired with (the argument side could not be scored).

Usage (from the project root, with the shared data beside it)::

    python tools/argument_errors.py [../shared/data] [--class wrong] [--side actor]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from annalyst.evaluate.plover_gsr import content_words  # noqa: E402
from annalyst.evaluate.re3d_events import _PRONOUNS, _PUBLISHED, _pair, load_gold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default="../shared/data")
    ap.add_argument("--class", dest="klass", default=None)
    ap.add_argument("--side", default=None)
    args = ap.parse_args()

    from annalyst.evaluate.re3d import load_re3d
    from annalyst.extract.document import analyze_many
    from annalyst.extract.pipeline import build_pipeline
    from annalyst.models import Article, Published

    texts, _ = load_re3d(Path(args.data) / "re3d")
    sentences = [s for s in load_gold() if s["split"] == "dev"]  # the test split is never read here
    by_doc = defaultdict(list)
    for s in sentences:
        by_doc[s["doc"]].append(s)
    articles = [Article(id=d, text=texts[d], language="en", published=Published(date=_PUBLISHED, source="given"))
                for d in sorted(by_doc)]
    predicted = defaultdict(list)
    for doc_id, result in analyze_many(articles, build_pipeline()):
        for ev in result.events:
            if ev.evidence:
                for s in by_doc[doc_id]:
                    if s["start"] <= ev.evidence[0].start < s["end"]:
                        predicted[s["id"]].append(ev)
                        break
    counts: Counter[str] = Counter()
    lines = []
    for s in sentences:
        text = texts[s["doc"]]
        gold, pred = s["events"], predicted.get(s["id"], [])
        pairs = _pair(gold, pred)
        paired = {i for i, _ in pairs}
        for i, g in enumerate(gold):
            if i not in paired:
                counts["missed event"] += 1
                lines.append(("missed event", "-", s["id"], g["type"], text[slice(*g["trigger"])],
                              [text[b:e] for b, e in g["actor"]], [text[b:e] for b, e in g["recipient"]], "",
                              text[s["start"]:s["end"]]))
                # gold / got read: gold actors / gold recipients for a missed event
        for i, j in pairs:
            g, p = gold[i], pred[j]
            for side in ("actor", "recipient"):
                gt = [text[b:e] for b, e in g[side]]
                if any(t.strip().lower() in _PRONOUNS for t in gt):
                    continue
                pt = [a.text for a in getattr(p, side)]
                if not gt and not pt:
                    continue
                gw, pw = [content_words(t) for t in gt], [content_words(t) for t in pt]
                ok = any(x & y for x in pw for y in gw)
                extra = [t for t, x in zip(pt, pw) if not any(x & y for y in gw)]
                if ok and not extra:
                    continue
                klass = ("missing" if not pt else "spurious" if not gt else "wrong" if not ok else "extra")
                counts[f"{side} {klass}"] += 1
                lines.append((klass, side, s["id"], f"{g['type']}/{p.event_type}", p.evidence[0].trigger, gt, pt,
                              "", text[s["start"]:s["end"]]))
    for k, n in counts.most_common():
        print(f"{n:4d}  {k}")
    print()
    for klass, side, sid, typ, trig, gt, pt, _, sent in lines:
        if (args.klass and klass != args.klass) or (args.side and side != args.side):
            continue
        sent = " ".join(sent.split())[:300]
        if klass == "missed event":
            print(f"[{klass}] {sid} {typ} trigger={trig!r} actor={gt} recipient={pt}\n    {sent}")
        else:
            print(f"[{klass} {side}] {sid} {typ} trigger={trig!r} gold={gt} got={pt}\n    {sent}")


if __name__ == "__main__":
    main()
