"""A learned event-type model over the parse, so that coverage does not end at the word lists.

For a word of a sentence (a verb, or a noun the lexicon knows), a multinomial logistic regression gives the
probability of each PLOVER type and of ``NONE`` (no event) from features of the parse: the lemma, its part of speech
and dependency, its object, particle and prepositional phrases (with their objects), its clausal complements, the
entity types of its subject and object, negation, modal and passive auxiliaries, the verb it hangs from. No word
list of its own: what it knows it learnt from annotated sentences.

Features of the word alone do not carry over to a verb the training sentences never had. For a verb, WordNet's
verb hierarchy (``wordsenses.verb_senses``) adds what generalises across verbs: the lexicographer file of its
ordinary sense (``wn_lex=competition`` for "strafe", "shell" and "attack" alike) and the more general verbs above
that sense, up to three levels (``wn_hyp=attack``, ``wn_hyp=contend``); a verb WordNet lacks gets neither.

The rule coder uses it in two ways (``EventCoder``), each with its own threshold, both chosen by the training
command on the ``dev`` split alone (cross-fitted by document halves) and switched off when they do not help there:

* **retype / reject**: a candidate from the generated CAMEO layer (``source="cameo"``; curated triggers are trusted)
  whose model type is another type, or ``NONE``, with probability >= ``retype`` is retyped (CAMEO root code of the
  new type, ``source="learned"``) or dropped;
* **propose**: a verb with no candidate at all gets an event of the model's type when its probability is
  >= ``propose`` (``source="learned"``); it then goes through the same argument, status and filtering rules as
  every other candidate (an actor is needed, a named party, ...).

The model (``resources/events/types.json``: classes, sparse weights per feature, biases, thresholds, how it was
trained) is written by ``annalyst train`` (``evaluate.train``) from the ``dev`` split of the project's re3d event
gold, PLOVER's gold records and the invented event corpus (``resources/events/invented_events.jsonl``: news-style
sentences written for the project, many with verbs the word lists lack); the ``test`` split is never read. Pure numpy to train, pure Python to apply; CPU
only; no download.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from .wordsenses import verb_senses

__all__ = ["MODEL_PATH", "NONE", "TypeModel", "token_features", "sense_features", "fit_types", "load_type_model", "root_code", "adjust"]

MODEL_PATH = Path(__file__).with_name("resources") / "events" / "types.json"
NONE = "NONE"
_MODALS = frozenset({"will", "would", "shall", "should", "must", "may", "might", "can", "could"})
_OBJ = frozenset({"dobj", "obj", "attr", "oprd"})


def _ent(tok: Token) -> str:
    """The entity type of a noun phrase's head (or of a word in it), ``PRON`` or ``-``."""
    if tok.pos_ == "PRON":
        return "PRON"
    if tok.ent_type_:
        return tok.ent_type_
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss") and child.ent_type_:
            return child.ent_type_
    return "-"


@lru_cache(maxsize=4096)
def sense_features(lemma: str) -> tuple[str, ...]:
    """The WordNet features of a verb lemma: ``wn_lex=<lexicographer file>`` of its ordinary sense and
    ``wn_hyp=<verb>`` for each more general sense up to three levels; none for a lemma WordNet lacks."""
    senses = verb_senses()
    lex = senses.lexname(lemma)
    if lex is None:
        return ()
    return (f"wn_lex={lex}", *dict.fromkeys(f"wn_hyp={h}" for h in senses.hypernyms(lemma)))


def token_features(tok: Token) -> list[str]:
    """The feature names of one word in its parse."""
    lemma = tok.lemma_.lower()
    out = [f"lemma={lemma}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"suffix={tok.lower_[-3:]}"]
    if tok.pos_ == "VERB":
        out.extend(sense_features(lemma))
    head = tok.head
    if head is not tok:
        out += [f"head={head.lemma_.lower()}", f"dep|head={tok.dep_}|{head.lemma_.lower()}"]
    for child in tok.children:
        dep = child.dep_
        out.append(f"child={dep}")
        low = child.lemma_.lower()
        if dep in _OBJ:
            out += [f"obj={low}", f"lemma|obj={lemma}|{low}", f"obj_ent={_ent(child)}"]
        elif dep in ("nsubj", "nsubjpass"):
            out += [f"subj_ent={_ent(child)}", f"subj={low}"]
            if dep == "nsubjpass":
                out.append("passive")
        elif dep == "prt":
            out.append(f"lemma|prt={lemma}|{low}")
        elif dep in ("prep", "agent"):
            out += [f"prep={low}", f"lemma|prep={lemma}|{low}"]
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out += [f"pobj={pobj.lemma_.lower()}", f"pobj_ent={_ent(pobj)}"]
        elif dep in ("xcomp", "ccomp"):
            out += [f"{dep}={low}"]
        elif dep == "neg":
            out.append("negated")
        elif dep in ("aux", "auxpass") and child.lower_ in _MODALS:
            out.append(f"modal={child.lower_}")
        elif dep == "aux" and child.tag_ == "TO":
            out.append("to_infinitive")
        elif dep == "compound":
            out.append(f"compound={low}")
    return out


class TypeModel:
    """Softmax weights over feature names: ``weights[name]`` is one weight per class."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]], bias: list[float],
                 propose: float | None = None, retype: float | None = None, meta: dict[str, Any] | None = None) -> None:
        self.classes = classes
        self.weights = weights
        self.bias = bias
        self.propose = propose
        self.retype = retype
        self.meta = meta or {}

    @property
    def enabled(self) -> bool:
        return self.propose is not None or self.retype is not None

    def probs(self, names: Iterable[str]) -> dict[str, float]:
        z = list(self.bias)
        for name in set(names):
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    z[k] += w
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}

    def best(self, tok: Token) -> tuple[str, float, dict[str, float]]:
        p = self.probs(token_features(tok))
        kind = max(p, key=lambda c: p[c])
        return kind, p[kind], p

    def to_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "propose": self.propose, "retype": self.retype, "meta": self.meta,
                "bias": [round(b, 4) for b in self.bias],
                "weights": {k: [round(w, 4) for w in v] for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypeModel:
        return cls(list(data["classes"]), {k: list(v) for k, v in data.get("weights", {}).items()},
                   list(data["bias"]), data.get("propose"), data.get("retype"), data.get("meta", {}))


@lru_cache(maxsize=1)
def load_type_model(path: str | None = None) -> TypeModel | None:
    """The shipped model, or None when there is none."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        return None
    return TypeModel.from_dict(json.loads(p.read_text(encoding="utf-8")))


@cache
def root_code(event_type: str) -> str | None:
    """The lowest CAMEO code CAMEO2PLOVER maps to ``event_type`` with no mode (its generic code), else the lowest."""
    from ..resources import load_json

    codes = load_json("events", "cameo_plover.json")["codes"]
    hits = sorted(c for c, v in codes.items() if v.get("event_type") == event_type)
    plain = [c for c in hits if not codes[c].get("mode")]
    return (plain or hits or [None])[0]


def fit_types(rows: list[tuple[list[str], str]], seed: int = 17, epochs: int = 1500, l2: float = 0.1,
              rate: float = 4.0, min_count: int = 2) -> TypeModel:
    """Multinomial logistic regression by full-batch gradient descent (numpy), L2 on the weights; features seen
    fewer than ``min_count`` times are left out. Deterministic for a given ``seed``."""
    import numpy as np

    counts: dict[str, int] = {}
    for names, _ in rows:
        for n in set(names):
            counts[n] = counts.get(n, 0) + 1
    vocab = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(vocab)}
    classes = sorted({label for _, label in rows})
    cidx = {c: i for i, c in enumerate(classes)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    y = np.zeros((len(rows), len(classes)), dtype=np.float32)
    for r, (names, label) in enumerate(rows):
        for n in set(names):
            if n in index:
                x[r, index[n]] = 1.0
        y[r, cidx[label]] = 1.0
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.01, (len(vocab), len(classes))).astype(np.float32)
    b = np.zeros(len(classes), dtype=np.float32)
    size = max(1, len(rows))
    for _ in range(epochs):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = p - y
        w -= rate * (x.T @ grad / size + l2 * w / size)
        b -= rate * grad.mean(axis=0)
    weights = {v: [float(t) for t in w[i]] for i, v in enumerate(vocab) if float(np.abs(w[i]).max()) >= 1e-3}
    return TypeModel(classes, weights, [float(t) for t in b])


def adjust(model: TypeModel, doc: Any, found: list[Any], make: Any, trigger: Any) -> list[Any]:
    """The model's say on the rule coder's matches (``make``: the coder's Match class, ``trigger``: its Trigger):
    generated candidates retyped or dropped, verbs with no candidate proposed, each at its dev-chosen threshold."""
    out: list[Any] = []
    for m in found:
        if model.retype is not None and m.trigger.source == "cameo" and not m.light and not m.nominal:
            kind, p, _ = model.best(m.token)
            if kind != m.trigger.event_type and p >= model.retype:
                if kind == NONE:
                    continue
                m = replace(m, trigger=trigger(kind, cameo=root_code(kind), source="learned"))
        out.append(m)
    if model.propose is not None:
        taken = {m.token.i for m in found} | {m.anchor.i for m in found}
        for tok in doc:
            if tok.pos_ != "VERB" or tok.i in taken:
                continue
            kind, p, _ = model.best(tok)
            if kind != NONE and p >= model.propose:
                out.append(make(tok, trigger(kind, cameo=root_code(kind), source="learned"), tok))
    return out
