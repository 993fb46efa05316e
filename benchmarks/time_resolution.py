"""How much time resolution adds to extraction: ``resolve()`` and the ``annalyst_time`` component versus the spaCy
parse of the same texts with the bare English model. Prints the ratios (target: at most 0.10).

Usage: python benchmarks/time_resolution.py [--paragraphs 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seeds"

_SUBJECTS = ["Russia", "The Afghan government", "Pakistan", "The United Nations", "Iran", "China", "The envoy",
             "Officials in Kabul", "The ministry", "Militants"]
_VERBS = ["met representatives of", "accused", "signed an agreement with", "criticized", "hosted talks with",
          "sent aid to", "warned", "praised", "rejected a proposal by", "opened an embassy for"]
_OBJECTS = ["the Taliban", "Uzbekistan", "the United States", "India", "Turkmenistan", "aid agencies",
            "the interim government", "Qatar"]
_TIMES = ["In 2018,", "In late 2022,", "Earlier this month,", "Last week,", "In April this year,", "On Tuesday,",
          "During the 1990s,", "Nearly a week after the talks,", "In the early 2000s,", "Two years ago,", "",
          "", "", ""]
_FILLER = ["The decision drew criticism from neighbouring states.", "Analysts said the move was expected.",
           "Trade between the two countries has grown steadily.", "No casualties were reported.",
           "The statement did not give further details.", "Security along the border remains a concern."]


def synthetic_paragraphs(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.6:
                when = rng.choice(_TIMES)
                s = f"{when} {rng.choice(_SUBJECTS) if when else rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} " \
                    f"{rng.choice(_OBJECTS)}."
                sentences.append(s.strip().replace(", The", ", the").replace(", Officials", ", officials")
                                 .replace(", Militants", ", militants"))
            else:
                sentences.append(rng.choice(_FILLER))
        out.append(" ".join(sentences))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from annalyst.extract.pipeline import load_base_model, register_extensions
    from annalyst.extract.time import TimeComponent
    from annalyst.extract.timeres import resolve

    register_extensions()
    nlp = load_base_model()
    sets = {}
    if SEEDS.is_dir():
        sets["seed articles"] = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    sets[f"{args.paragraphs} synthetic paragraphs"] = synthetic_paragraphs(args.paragraphs)
    component = TimeComponent()
    resolve("warm up in late 2022", "2025-07-12")
    for name, texts in sets.items():
        best_parse = best_resolve = best_component = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            docs = list(nlp.pipe(texts))
            t1 = time.perf_counter()
            for text in texts:
                resolve(text, "2025-07-12")
            t2 = time.perf_counter()
            for doc in docs:
                doc._.published = "2025-07-12"
                component(doc)
            t3 = time.perf_counter()
            best_parse, best_resolve, best_component = (
                min(best_parse, t1 - t0), min(best_resolve, t2 - t1), min(best_component, t3 - t2))
        chars = sum(len(t) for t in texts)
        print(f"{name}: {len(texts)} texts, {chars} characters")
        print(f"  spaCy parse      {best_parse * 1000:8.1f} ms")
        print(f"  resolve()        {best_resolve * 1000:8.1f} ms   ratio {best_resolve / best_parse:.3f}")
        print(f"  time component   {best_component * 1000:8.1f} ms   ratio {best_component / best_parse:.3f}")


if __name__ == "__main__":
    main()
