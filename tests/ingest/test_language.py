"""Language identification: accuracy floors on the project's sentences and multilingual gold, script rules, edges.

Floors are the accuracy measured with ``benchmarks/langid_compare.py`` minus a stated margin (see ``FLOORS``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from annalyst.ingest.language import MAX_CHARS, detect, detect_blocks

DATA = Path(__file__).resolve().parents[1] / "data"
LANGS = ("en", "ru", "ur", "fa", "ps", "zh", "ar")

# Measured: 100 % for every language on langid_sentences.jsonl (47-48 sentences each) and on the
# multilingual paragraphs. Margin: two sentences in 47 (about 4 %), so one new hard sentence does not fail CI
# but a regression such as Mandarin labelled Wu (8 of 47) or Pashto labelled Persian does.
FLOORS = {lang: 0.95 for lang in LANGS}
MULTILINGUAL_FLOORS = {lang: 0.93 for lang in LANGS}  # 15-20 paragraphs each: one miss allowed


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


SENTENCES = _rows(DATA / "langid_sentences.jsonl")


def _multilingual() -> list[dict]:
    rows: list[dict] = []
    for lang in LANGS:
        rows.extend(_rows(DATA / "multilingual" / f"{lang}.jsonl"))
    return rows


def _accuracy(rows: list[dict], lang: str) -> tuple[float, Counter]:
    got = Counter(detect(r["text"]) for r in rows if r["lang"] == lang)
    return got[lang] / sum(got.values()), got


def test_language_sentence_file_covers_every_language() -> None:
    counts = Counter(r["lang"] for r in SENTENCES)
    assert all(counts[lang] >= 40 for lang in LANGS), counts


@pytest.mark.parametrize("lang", LANGS)
def test_language_sentence_accuracy_floor(lang: str) -> None:
    accuracy, got = _accuracy(SENTENCES, lang)
    assert accuracy >= FLOORS[lang], f"{lang}: {accuracy:.1%} < {FLOORS[lang]:.0%}; answers {dict(got)}"


@pytest.mark.parametrize("lang", LANGS)
def test_language_multilingual_accuracy_floor(lang: str) -> None:
    accuracy, got = _accuracy(_multilingual(), lang)
    assert accuracy >= MULTILINGUAL_FLOORS[lang], f"{lang}: {accuracy:.1%}; answers {dict(got)}"


def test_language_no_pashto_identified_as_persian() -> None:
    pashto = [r["text"] for r in SENTENCES + _multilingual() if r["lang"] == "ps"]
    as_persian = [text for text in pashto if detect(text) == "fa"]
    assert len(pashto) >= 55
    assert as_persian == []


def test_language_urdu_teaser_on_shared_page(shared_data: Path) -> None:
    from lxml import html

    page = html.parse(str(shared_data / "pages" / "oxuswatch_taliban_military_gear.html"))
    teasers = page.xpath('//div[@lang="ur"]')
    assert teasers, "the page has no Urdu teaser"
    text = " ".join(teasers[0].text_content().split())
    assert detect(text) == "ur"
    assert detect(page.xpath('//div[@class="entry-content"]')[0].text_content()) == "en"


@pytest.mark.parametrize("text", ["", "   \n", "12 345", "https://kabulledger.example/2025/03/04/a-b/", "ok", "Share:", "中国", "— ... —"])
def test_language_too_little_text_is_none(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("د کابل ښار", "ps"),  # three words: Pashto by its letters
        ("د اسلامي امارت", "ps"),  # no Pashto-only letter: the particle د decides
        ("کابل کے لوگ", "ur"),
        ("اسلام آباد میں اجلاس ہوا", "ur"),
        ("俄罗斯周四正式承认塔利班政府。", "zh"),  # the bare model says Wu (wuu)
        ("東京で会議が開かれた", "ja"),
        ("فر السكان من القرية بعد قصف ليلي.", "ar"),  # the bare model says Moroccan Arabic (ary)
    ],
)
def test_language_script_rules(text: str, expected: str) -> None:
    assert detect(text) == expected


def test_language_arabic_doctor_abbreviation_is_not_pashto() -> None:
    assert detect("قال د. محمد إن الاجتماع سيعقد في الدوحة الأسبوع المقبل") == "ar"


def test_language_only_the_first_characters_are_read() -> None:
    english = "The foreign ministers met in Kabul to discuss trade and security along the border. "
    russian = "Министры иностранных дел встретились в Кабуле и обсудили торговлю и безопасность на границе. "
    head = english * (MAX_CHARS // len(english) + 1)
    assert detect(head + russian * 200) == "en"
    assert detect(russian * 30 + english * 200) == "ru"


def test_language_detect_blocks_keeps_order_and_nones() -> None:
    blocks = [
        "Russia formally recognized the Taliban government on Thursday.",
        "",
        "روس نے جمعرات کو طالبان حکومت کو باضابطہ طور پر تسلیم کر لیا۔",
        "Share:",
        "روسیې د طالبانو حکومت په رسمیت وپېژانده.",
    ]
    assert detect_blocks(blocks) == ["en", None, "ur", None, "ps"]
    assert detect_blocks([]) == []


def test_language_model_is_not_loaded_at_import() -> None:
    code = "import sys, annalyst.ingest.language; print('py3langid' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# ----------------------------------------------------------------------------- English by its function words


def _latin_paragraphs() -> list[dict]:
    lines = (DATA / "latin_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def test_language_english_markers_never_claim_other_latin_languages() -> None:
    """The shortcut must not call French, Dutch, Danish, Polish, Tagalog, Hausa ... English; the model, asked
    instead, names their language (Nigerian Pidgin, English-based, may be read either way)."""
    from annalyst.ingest.language import _english_by_markers

    rows = _latin_paragraphs()
    assert len(rows) >= 20
    for row in rows:
        assert not _english_by_markers(row["text"]), row["lang"]
        if row["lang"] != "pcm":
            assert detect(row["text"]) != "en", row["lang"]


def test_language_english_markers_agree_with_the_model() -> None:
    """On English article text, cut as ingestion cuts it (the first 400 characters of the body, here every 400
    characters of the bundled demo articles), the shortcut answers for most pieces, and the model says English too."""
    from annalyst.ingest.build import DETECT_CHARS
    from annalyst.ingest.language import _english_by_markers, _fold, _identifier

    demo = Path(__file__).resolve().parents[2] / "src" / "annalyst" / "data" / "demo" / "articles.jsonl"
    articles = [r["text"] for r in _rows(demo) if r.get("language") == "en"]
    pieces = [a[i:i + DETECT_CHARS] for a in articles for i in range(0, len(a) - DETECT_CHARS, DETECT_CHARS)]
    assert len(pieces) >= 10
    fired = [p for p in pieces if _english_by_markers(p)]
    assert len(fired) >= 0.8 * len(pieces), f"{len(fired)} of {len(pieces)}"
    assert all(_fold(_identifier().classify(p)[0]) == "en" for p in fired)
    assert not _english_by_markers("the and that with " * 5)  # 20 words: too few to decide


def test_language_short_english_news_is_english_not_a_creole() -> None:
    # the model scores this sentence (written for the project) as Nigerian Pidgin; the English coder must read it
    from annalyst.ingest.language import _identifier

    text = "Niger broke off diplomatic relations with Ukraine."
    assert _identifier().classify(text)[0] == "pcm"
    assert detect(text) == "en"
