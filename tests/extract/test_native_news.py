"""Native coding on the project's news-style set (``tests/data/multilingual/news``: sentences written for annalyst
in the constructions of real reports from the region, fixed dev and test halves), and the constructions it was
built for: negation and its scope, conditions, agents of nominal events, support of an event, delisting, taking
territory, and phrases naming a government on a date.

Scoring as in ``annalyst.evaluate.native`` (type equal, actor and recipient sets overlap by dictionary id).
"""

from __future__ import annotations

import pytest

from annalyst.evaluate.native import LANGS, evaluate_native, score_native
from annalyst.extract.native import analyze_native
from annalyst.models import Article, Published

# Measured on the test half (20 gold events a language) when the floors were set; a floor is the measured value
# minus a margin of 0.1 (two events of twenty), and never below the acceptance floor of 0.7.
TEST_MEASURED = {  # lang: (precision, recall, asserted events whose gold status is negated/hypothetical/predicted)
    "ru": (0.94, 0.85, 0), "ur": (0.95, 0.90, 0), "fa": (1.00, 0.90, 0), "ps": (0.94, 0.80, 0),
    "zh": (0.94, 0.85, 0), "ar": (1.00, 0.85, 0),
}
# the development half (30 gold events a language), on which the coder was tuned
DEV_MEASURED = {
    "ru": (1.00, 0.97), "ur": (1.00, 0.90), "fa": (1.00, 1.00), "ps": (1.00, 0.93), "zh": (1.00, 0.97),
    "ar": (0.93, 0.90),
}
MARGIN = 0.1


@pytest.mark.parametrize("lang", LANGS)
def test_news_test_split_floors(lang):
    got = score_native(lang, "test")
    precision, recall, wrong = TEST_MEASURED[lang]
    assert got["precision"] >= max(0.7, precision - MARGIN), got
    assert got["recall"] >= max(0.7, recall - MARGIN), got
    assert got["wrong_asserted"] <= wrong, got  # the target: none


@pytest.mark.parametrize("lang", LANGS)
def test_news_dev_split_floors(lang):
    got = score_native(lang, "dev")
    assert got["precision"] >= DEV_MEASURED[lang][0] - MARGIN, got
    assert got["recall"] >= DEV_MEASURED[lang][1] - MARGIN, got
    assert got["wrong_asserted"] == 0, got


def test_news_report_has_both_splits_and_the_floors():
    report = evaluate_native()
    assert {row["split"] for row in report.rows} == {"dev", "test"}
    assert {row["lang"] for row in report.rows} == set(LANGS)
    assert report.floors["zh_test_recall"] == (">=", 0.7)
    assert report.floors["ar_test_wrong_asserted"] == ("<=", 0)


def _events(text: str, lang: str, day: str = "2025-07-10") -> list[tuple[str, set[str], set[str], str]]:
    result = analyze_native(Article(id="t", text=text, language=lang, published=Published(day, "given")))
    return [(e.event_type, {a.actor_id for a in e.actor}, {a.actor_id for a in e.recipient}, e.status)
            for e in result.events]


# Invented sentences, written for these tests.
@pytest.mark.parametrize("text, lang, status", [
    ("ترکمنستان نے ابھی تک طالبان حکومت کو تسلیم نہیں کیا۔", "ur", "negated"),  # negator inside the light verb
    ("ترکمنستان هنوز طالبان د حکومت په رسمیت نه دی پېژندلی.", "ps", "negated"),
    ("قالت تركمانستان إنها لن تعترف بحكومة طالبان إلا بعد تشكيل حكومة شاملة.", "ar", "hypothetical"),  # only after
    ("Туркменистан признает правительство талибов, как только будут выполнены условия.", "ru", "hypothetical"),
    ("如果女子学校重新开放，土库曼斯坦将承认塔利班政府。", "zh", "hypothetical"),  # if + future consequent
    ("هنوز هیچ شواهدی وجود ندارد که ترکمنستان به طالبان سلاح تحویل می‌دهد.", "fa", "negated"),  # no evidence that
    ("土库曼斯坦不向塔利班提供武器。", "zh", "negated"),
    ("ترکمنستان به طالبان هغه وخت په رسمیت وپېژني چې د حکومتدارۍ پلان یې وګوري.", "ps", "hypothetical"),  # only when
])
def test_native_status_of_recognition_and_supply(text, lang, status):
    events = _events(text, lang)
    assert events, text
    assert all(e[3] == status for e in events), events


@pytest.mark.parametrize("text, lang", [
    ("قزاقستان از به رسمیت شناختن حکومت طالبان از سوی ترکمنستان استقبال کرد.", "fa"),
    ("قازقستان نے ترکمانستان کی جانب سے طالبان حکومت کو تسلیم کیے جانے کا خیر مقدم کیا۔", "ur"),
    ("Казахстан приветствовал признание Туркменистаном правительства талибов.", "ru"),
    ("رحبت كازاخستان باعتراف تركمانستان بحكومة طالبان.", "ar"),
])
def test_native_welcomer_is_not_the_recogniser(text, lang):
    events = _events(text, lang)
    recognitions = [e for e in events if e[2] == {"AFG-TALIBAN"}]
    assert recognitions and all(e[1] == {"TKM"} for e in recognitions), events
    assert ("SUPPORT", {"KAZ"}, {"TKM"}, "asserted") in events, events


@pytest.mark.parametrize("text, lang", [
    ("ترکمانستان کی پارلیمان نے طالبان کو دہشت گرد تنظیموں کی فہرست سے نکال دیا۔", "ur"),
    ("Туркменистан вычеркнул талибов из списка запрещённых организаций.", "ru"),
    ("土库曼斯坦将塔利班从恐怖组织名单中移除。", "zh"),
])
def test_native_delisting_actor_is_not_the_listed_group(text, lang):
    assert ("CONCEDE", {"TKM"}, {"AFG-TALIBAN"}, "asserted") in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("دخل مسلحو طالبان مدينة قندهار وسيطروا على مقر الحاكم.", "ar"),
    ("塔利班武装人员攻占了坎大哈市。", "zh"),
])
def test_native_taking_a_city_is_coercion_of_its_country(text, lang):
    events = _events(text, lang, day="2021-08-13")
    assert any(e[0] == "COERCE" and e[1] == {"AFG-TALIBAN"} and "AFG" in e[2] for e in events), events


@pytest.mark.parametrize("lang, text", [
    ("zh", "中国支持阿富汗临时政府打击恐怖主义。"),
    ("ru", "Китай поддерживает временное правительство Афганистана."),
    ("ur", "چین افغان عبوری حکومت کی حمایت کرتا ہے۔"),
    ("fa", "چین از حکومت سرپرست افغانستان حمایت می‌کند."),
    ("ps", "چین د افغانستان د سرپرست حکومت ملاتړ کوي."),
    ("ar", "تدعم الصين الحكومة الأفغانية المؤقتة."),
])
def test_native_afghan_interim_government_is_the_taliban_after_august_2021(lang, text):
    after = _events(text, lang, day="2022-05-05")
    before = _events(text, lang, day="2020-05-05")
    assert after and after[0][2] == {"AFG-TALIBAN"}, after
    assert before and "AFG-TALIBAN" not in before[0][2], before
