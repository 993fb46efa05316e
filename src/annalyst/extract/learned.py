"""A learned check on the rule coder's candidates: a small logistic regression over the parse.

Rules propose events; this layer gives each candidate a probability that it is a right event of its type, from
features of the parse around the trigger (trigger lemma, its part of speech and dependency, its head and
dependents, negation and modal auxiliaries, purpose clauses, the event type and mode, whether actor and recipient
were found and linked). Two switches in the model file, each set by the training command from ``dev`` alone: ``enabled``
(``confidence`` becomes that probability) and ``reject`` (a candidate below ``threshold`` is dropped).

The model (``resources/events/learned.json``: feature weights, bias, threshold, ``enabled``, how it was trained)
is written by ``annalyst train`` (``train_model``) from labelled candidates: the rule coder's candidates on the
``dev`` split of the project's re3d event gold (paired with a gold event of the same type: right) and on PLOVER's
gold records (the best-matching candidate: right when its type is the gold type). The ``test`` split is never
read. Pure numpy; CPU only; no download. From a cross-fitted run on ``dev`` (grouped by document): ``enabled``
when the model's probabilities are better calibrated there than the rule coder's confidence (lower ECE);
``reject`` when dropping candidates below the threshold also raises event F1 there.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

__all__ = ["MODEL_PATH", "features", "Model", "load_model", "apply", "fit"]

MODEL_PATH = Path(__file__).with_name("resources") / "events" / "learned.json"
_MODALS = frozenset({"will", "would", "shall", "should", "must", "may", "might", "can", "could"})


def _trigger_token(doc: Any, event: Any) -> Any:
    """The token of the event's trigger: the first token at or after the evidence start whose text is the
    trigger's last word (a light-verb trigger "conducted … strikes" is carried by its noun)."""
    if not event.evidence:
        return None
    ev = event.evidence[0]
    word = (ev.trigger or "").split()[-1] if ev.trigger else ""
    starts = doc.user_data.get("annalyst_token_starts")  # token offsets, once per doc (a scan per event was slow)
    if starts is None or len(starts) != len(doc):
        starts = doc.to_array("IDX").tolist()
        doc.user_data["annalyst_token_starts"] = starts
    for i in range(bisect_left(starts, ev.start), len(doc)):
        tok = doc[i]
        if tok.idx >= ev.end:
            break
        if tok.text == word:
            return tok
    return None


def features(doc: Any, event: Any) -> list[str]:
    """The feature names that hold for one candidate event in its doc."""
    t = event.event_type
    out = [f"type={t}", f"mode={event.mode}", f"status={event.status}", f"type|status={t}|{event.status}",
           f"actor={bool(event.actor)}", f"recipient={bool(event.recipient)}",
           f"type|recipient={t}|{bool(event.recipient)}",
           f"actor_linked={any(a.actor_id for a in event.actor)}",
           f"recipient_linked={any(a.actor_id for a in event.recipient)}"]
    tok = _trigger_token(doc, event)
    if tok is None:
        return out + ["no_token"]
    lemma = tok.lemma_.lower()
    out += [f"lemma={lemma}", f"type|lemma={t}|{lemma}", f"pos={tok.pos_}", f"dep={tok.dep_}",
            f"type|pos={t}|{tok.pos_}", f"head={tok.head.lemma_.lower()}", f"head_dep={tok.head.dep_}"]
    for child in tok.children:
        out.append(f"child_dep={child.dep_}")
        if child.dep_ == "neg":
            out.append("negated")
        if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
            out.append(f"modal={child.lower_}")
        if child.dep_ == "auxpass":
            out.append("passive")
    if tok.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in tok.children):
        out.append(f"purpose|head={tok.head.lemma_.lower()}")
    if tok.i > 0:
        out.append(f"prev={doc[tok.i - 1].lower_}")
    sent = tok.sent
    ents = doc.user_data.get("annalyst_entity_starts")  # (start, label) of the doc's entities, once per doc:
    if ents is None:  # ``Span.ents`` builds every entity span of the doc again for each candidate
        ents = doc.user_data["annalyst_entity_starts"] = [(e.start, e.label_) for e in doc.ents]
    out.append(f"first_person={any(w.lower_ in ('we', 'i') for w in sent)}")
    out += [f"sent_ent={e}" for e in sorted({label for start, label in ents if sent.start <= start < sent.end})]
    return out


class Model:
    """Weights over feature names; ``prob`` is the logistic of their sum plus the bias."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = 0.5, enabled: bool = False,
                 meta: dict[str, Any] | None = None, reject: bool = False) -> None:
        self.reject = reject
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.enabled = enabled
        self.meta = meta or {}

    def prob(self, names: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) for n in set(names))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "reject": self.reject, "threshold": self.threshold, "bias": round(self.bias, 6),
                "meta": self.meta, "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(dict(data.get("weights", {})), float(data.get("bias", 0.0)), float(data.get("threshold", 0.5)),
                   bool(data.get("enabled", False)), data.get("meta", {}), bool(data.get("reject", False)))


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model | None:
    """The shipped model, or None when there is none."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        return None
    return Model.from_dict(json.loads(p.read_text(encoding="utf-8")))


def apply(doc: Any, events: list[Any], model: Model | None = None) -> list[Any]:
    """The candidates the model keeps (all of them unless ``reject``), their ``confidence`` set to its
    probability; unchanged when the model is absent or not enabled."""
    model = model or load_model()
    if model is None or not model.enabled or not events:
        return events
    kept = []
    for event in events:
        p = model.prob(features(doc, event))
        if p >= model.threshold or not model.reject:
            event.confidence = round(p, 2)
            kept.append(event)
    return kept


def fit(rows: list[tuple[list[str], int]], seed: int = 17, epochs: int = 300, l2: float = 1.0,
        rate: float = 0.5) -> Model:
    """Logistic regression by full-batch gradient descent on binary feature vectors (numpy), L2 on the weights.
    Deterministic for a given ``seed`` (which orders the vocabulary ties and the initial weights)."""
    import numpy as np

    vocab = sorted({n for names, _ in rows for n in names})
    index = {n: i for i, n in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    y = np.array([label for _, label in rows], dtype=float)
    for r, (names, _) in enumerate(rows):
        for n in set(names):
            x[r, index[n]] = 1.0
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.01, len(vocab))
    b = 0.0
    n = max(1, len(rows))  # type: ignore[assignment]
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= rate * (x.T @ grad / n + l2 * w / n)  # type: ignore[operator]
        b -= rate * grad.mean()
    return Model({v: float(w[i]) for i, v in enumerate(vocab)}, float(b))
