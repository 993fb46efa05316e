"""Native-language extraction: accuracy floors on the multilingual gold corpus and its held-out set, language
identification, the script-specific matching rules, and the seed page's Urdu teaser.

Matching rule (per paragraph, each gold event used once): the event type is equal (PLOVER 1.0), the actor sets
overlap after resolution to dictionary ids (an empty gold actor needs an empty predicted actor), and when the gold
event has a recipient the recipient sets overlap too. Status is reported but not part of the match.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalyst.evaluate.native import event_matches
from annalyst.extract.native import analyze_native, supports
from annalyst.extract.native.tokenize import normalise, sentences, tokenize
from annalyst.models import Article, Published

CORPUS = Path(__file__).parents[1] / "data" / "multilingual"
LANGS = ("ru", "ur", "fa", "ps", "zh", "ar")

# Measured on the gold corpus (24 paragraphs, 29 events per language) when the floors were set; floors are the
# measured value minus a margin of 0.05, and never below the acceptance floors (recall 0.6, precision 0.8).
GOLD_MEASURED = {  # lang: (precision, recall)
    "ru": (0.89, 0.86), "ur": (0.89, 0.86), "fa": (0.89, 0.86), "ps": (0.85, 0.79), "zh": (0.89, 0.86),
    "ar": (0.89, 0.86),
}
# The held-out set (10 paragraphs, 9 events per language) was written after the lexicons; its floors are the
# acceptance ones for recall and 0.7 for precision (Persian measured 0.75: one charge misread as support, one
# meeting coded twice).
HELDOUT_MEASURED = {
    "ru": (1.00, 0.89), "ur": (1.00, 0.78), "fa": (0.75, 0.67), "ps": (1.00, 0.78), "zh": (1.00, 0.78),
    "ar": (1.00, 0.78),
}
MARGIN = 0.05


def _items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _article(item: dict) -> Article:
    return Article(id=item["id"], text=item["text"], language=item["lang"],
                   published=Published(item["published"], "given"))


def score(path: Path) -> tuple[float, float, int]:
    """(precision, recall, matched with the gold status) over one file."""
    tp = fp = fn = same_status = 0
    for item in _items(path):
        result = analyze_native(_article(item))
        used: set[int] = set()
        for event in result.events:
            hit = next((i for i, g in enumerate(item["events"]) if i not in used and event_matches(g, event)), None)
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            same_status += item["events"][hit]["status"] == event.status
        fn += len(item["events"]) - len(used)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, same_status


@pytest.mark.parametrize("lang", LANGS)
def test_native_gold_corpus_floors(lang):
    precision, recall, _ = score(CORPUS / f"{lang}.jsonl")
    p_floor = max(0.8, GOLD_MEASURED[lang][0] - MARGIN)
    r_floor = max(0.6, GOLD_MEASURED[lang][1] - MARGIN)
    assert precision >= p_floor, f"{lang}: precision {precision:.2f} < {p_floor:.2f}"
    assert recall >= r_floor, f"{lang}: recall {recall:.2f} < {r_floor:.2f}"


@pytest.mark.parametrize("lang", LANGS)
def test_native_heldout_floors(lang):
    precision, recall, _ = score(CORPUS / "heldout" / f"{lang}.jsonl")
    assert precision >= 0.7, f"{lang}: held-out precision {precision:.2f}"
    assert recall >= 0.6, f"{lang}: held-out recall {recall:.2f}"


def test_native_statuses_mostly_right_on_gold():
    total = matched = 0
    for lang in LANGS:
        items = _items(CORPUS / f"{lang}.jsonl")
        _, recall, same = score(CORPUS / f"{lang}.jsonl")
        total += round(recall * sum(len(i["events"]) for i in items))
        matched += same
    assert matched >= 0.9 * total


def test_native_language_identified_and_pashto_never_persian():
    from annalyst.ingest.language import detect

    for lang in LANGS:
        for path in (CORPUS / f"{lang}.jsonl", CORPUS / "heldout" / f"{lang}.jsonl"):
            for item in _items(path):
                found = detect(item["text"])
                assert found == lang, f"{item['id']} identified as {found}"


def test_native_no_event_paragraphs_give_no_events():
    for lang in LANGS:
        for item in _items(CORPUS / f"{lang}.jsonl"):
            if not item["events"]:
                assert analyze_native(_article(item)).events == [], item["id"]


# ------------------------------------------------------------------------------------------------ the parts


def test_tokenize_keeps_offsets_and_normalises_scripts():
    text = "ذبیح‌الله مجاهد، سخنگوی طالبان"
    for tok in tokenize(text, "fa"):
        assert text[tok.start:tok.end] == tok.text
    assert normalise("أفغانستان", "ar") == normalise("افغانستان", "fa")
    assert normalise("ذبیح‌الله", "fa") == "ذبیحالله"
    assert normalise("Ёлка", "ru") == "елка"
    assert sentences("Первое. Второе!", "ru") == [(0, 7), (8, 15)]
    assert sentences("پہلا جملہ۔ دوسرا", "ur") == [(0, 10), (11, 16)]
    assert sentences("第一句。第二句", "zh") == [(0, 4), (4, 7)]


def _mentioned(text: str, lang: str) -> set[str]:
    art = Article(id="t", text=text, language=lang, published=Published("2025-07-10", "given"))
    return {m.actor_id for m in analyze_native(art).mentions}


def test_native_mentions_russian_cases_and_capitals():
    assert "RUS" in _mentioned("Делегация прибыла из России.", "ru")
    assert "RUS" in _mentioned("Переговоры с Россией продолжатся.", "ru")
    # a capital stands for the government of the day; an inflected place name is not a person ("Кабулу" != Kabulov)
    found = _mentioned("Москва передаст оружие Кабулу.", "ru")
    assert "AFG-TALIBAN" in found and "P-ZAMIR-KABULOV" not in found
    # "того" is a word, "Того" a country
    assert "TGO" not in _mentioned("После того переговоры прервались.", "ru")


def test_native_mentions_arabic_script_affixes():
    assert "AFG" in _mentioned("أرسلت الصين مساعدات لأفغانستان.", "ar")
    assert "RUS" in _mentioned("روسیې د طالبانو حکومت په رسمیت وپېژانده.", "ps")
    assert "AFG-TALIBAN" in _mentioned("روسیې د طالبانو حکومت په رسمیت وپېژانده.", "ps")
    assert "P-AMIR-KHAN-MUTTAQI" in _mentioned("وزیر با امیرخان متقی دیدار کرد.", "fa")
    assert "MLI" not in _mentioned("امریکہ نے مالی معاونت بند کر دی۔", "ur")


def test_native_mentions_chinese_names_with_dots():
    assert "P-MOHSIN-NAQVI" in _mentioned("内政部长莫辛·纳克维指责喀布尔。", "zh")


def test_native_event_record_fields():
    text = "Какая-то фраза без событий. Иран в понедельник запретил афганским бензовозам въезд в страну."
    art = Article(id="a1", text=text, language="ru", published=Published("2025-03-05", "given"))
    result = analyze_native(art)
    assert len(result.events) == 1
    event = result.events[0]
    assert event.event_type == "SANCTION" and [a.actor_id for a in event.actor] == ["IRN"]
    assert [a.actor_id for a in event.recipient] == ["AFG"]
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.sentence and ev.sentence.startswith("Иран") and ev.trigger == "запретил"
    assert 0.4 <= event.confidence <= 0.6 and event.score == -6.0 and event.quad_class == "material conflict"
    assert event.date.start == "2025-03-03"  # "в понедельник" before a Wednesday publication
    assert event.id == analyze_native(art).events[0].id


@pytest.mark.parametrize("text,lang,status", [
    ("Ван И заявил, что Китай не передавал талибам никакой военной помощи.", "ru", "negated"),
    ("Ожидается, что Казахстан признает правительство талибов до конца года.", "ru", "predicted"),
    ("Россия поставит оружие Кабулу, если талибы об этом попросят.", "ru", "hypothetical"),
    ("Талибы попросили Россию поставить вертолёты, сообщила российская газета.", "ru", "attributed"),
    ("وانگ یی گفت چین هیچ کمک نظامی به طالبان نداده است.", "fa", "negated"),
    ("قال مصدر دبلوماسي إنه من المتوقع أن تعترف كازاخستان بحكومة طالبان.", "ar", "predicted"),
])
def test_native_claim_status_cues(text, lang, status):
    art = Article(id="s", text=text, language=lang, published=Published("2025-07-10", "given"))
    events = analyze_native(art).events
    assert events and events[0].status == status


def test_native_claim_denied_is_an_accusation():
    text = "Американский чиновник заявил, что Россия поставила талибам оружие, однако Москва это опровергла."
    art = Article(id="c", text=text, language="ru", published=Published("2025-07-10", "given"))
    by_type = {e.event_type: e for e in analyze_native(art).events}
    assert by_type["AID"].status == "alleged"
    assert [a.actor_id for a in by_type["ACCUSE"].actor] == ["USA"]
    assert [a.actor_id for a in by_type["REJECT"].recipient] == ["USA"]


def test_native_unsupported_language_and_empty_text():
    assert not supports("de") and supports("fa-AF") and supports("prs")
    assert analyze_native(Article(id="x", text="Russland erkennt die Taliban an.", language="de")).events == []
    assert analyze_native(Article(id="y", text="  ", language="ru")).events == []


def test_native_long_unbroken_text_does_not_blow_up():
    text = ("Россия признала правительство талибов " * 2000).strip()
    art = Article(id="long", text=text, language="ru")
    result = analyze_native(art)
    assert all(0 <= e.evidence[0].start < e.evidence[0].end <= len(text) for e in result.events)


# ------------------------------------------------------------------------------------ the seed's Urdu teaser


@pytest.fixture(scope="module")
def oxuswatch(shared_data):
    from annalyst.ingest import read
    from annalyst.settings import Settings

    path = shared_data / "pages" / "oxuswatch_taliban_military_gear.html"
    items = list(read([str(path)], Settings()))
    assert len(items) == 1 and isinstance(items[0], Article)
    return items[0]


def test_native_urdu_teaser_identified_and_its_actors_found(oxuswatch):
    teasers = [f for f in oxuswatch.furniture if f.language == "ur"]
    assert teasers, "the Urdu teaser is identified as Urdu"
    teaser = teasers[0].text
    synthetic = Article(id="teaser", text=teaser, language="ur", published=oxuswatch.published)
    found = {m.actor_id for m in analyze_native(synthetic).mentions}
    assert {"P-AHMED-AL-SHARAA", "X-AL-QAEDA"} <= found


@pytest.mark.slow
def test_native_urdu_teaser_gives_no_event_to_the_article(oxuswatch, nlp):
    from annalyst.extract.document import analyze

    teaser = next(f.text for f in oxuswatch.furniture if f.language == "ur")
    assert teaser not in oxuswatch.text and "القاعدہ" not in oxuswatch.text
    result = analyze(oxuswatch, nlp)
    for event in result.events:
        for ev in event.evidence:
            assert oxuswatch.text[ev.start:ev.end] == ev.sentence
            assert "القاعدہ" not in ev.sentence and "الشرع" not in ev.sentence
