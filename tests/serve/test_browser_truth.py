"""What a person sees, in a real headless Chromium at a laptop (1366x900) and a phone (390x844) viewport: dates at
their precision, allegations and denials marked as such, the dyad chart (interval bars, hollow allegations, a drawn
mean line, a default window of recent years over a long range, axis labels inside the chart and apart), and the
evidence of an event (one card per article, ``<bdi>`` around right-to-left values, counts as ranges, no server paths).

The store is the demo store (the bundled demo corpus) plus an invented article on thirty years of Moscow and the Taliban
(``storebuild.HISTORY_HTML``): a decade, a year, a denied aid delivery, and one article giving three events of one
cluster. Screenshots go to ``test-artifacts/truth-*.png``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from storebuild import RUS, TALIBAN, LiveServer, add_history_article
from test_browser import ARTIFACTS

pytestmark = pytest.mark.browser

VIEWPORTS = {"wide": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def history(demo_store: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A copy of the demo store with the invented history article added."""
    from annalyst import Annalyst

    folder = tmp_path_factory.mktemp("truth-store")
    db = folder / "store.db"
    shutil.copy(demo_store["db"], db)
    with Annalyst(db=str(db)) as an:
        info = add_history_article(an, folder)
    info["db"] = str(db)
    return info


@pytest.fixture(scope="module")
def site(history: dict[str, Any]) -> Iterator[LiveServer]:
    from annalyst.serve import create_app

    with LiveServer(create_app(history["db"])) as live:
        yield live


@pytest.fixture(params=sorted(VIEWPORTS))
def view(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="en-GB")
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: (pg.errors.append(f"external: {route.request.url}"), route.abort()))
    pg.viewport_name = request.param  # type: ignore[attr-defined]
    yield pg
    context.close()


def _shot(pg: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"truth-{name}-{pg.viewport_name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def _rows(pg: Any) -> list[dict[str, Any]]:
    """Each row of the page's event table as a person reads it: date text, its granularity, status chip, attribution."""
    return pg.evaluate("""() => [...document.querySelectorAll('table.units tbody tr')].map(tr => ({
        id: (tr.querySelector('a.unit-link') || {}).href || '',
        date: (tr.querySelector('td.date .interval') || {}).innerText || '',
        title: (tr.querySelector('td.date .interval') || {title: ''}).title,
        granularity: (tr.querySelector('td.date .gran') || {}).innerText || '',
        chip: (tr.querySelector('.chip') || {}).innerText || '',
        attribution: (tr.querySelector('.attribution') || {}).innerText || '',
        score: (tr.querySelector('.score') || {}).innerText || '',
        scoreClass: (tr.querySelector('.score') || {className: ''}).className,
    }))""")


def _row(rows: list[dict[str, Any]], unit_id: str) -> dict[str, Any]:
    found = [r for r in rows if r["id"].endswith("/events/" + unit_id)]
    assert len(found) == 1, (unit_id, rows)
    return found[0]


def test_browser_dyad_dates_status_and_chart(view: Any, site: LiveServer, history: dict[str, Any],
                                             demo_store: dict[str, Any]) -> None:
    view.goto(f"{site.url}/dyads/{RUS}/{TALIBAN}")
    view.wait_for_selector("#dyad-chart svg a.point")
    _shot(view, "dyad")
    rows = _rows(view)
    # dates at their precision, with the exact interval in the title
    decade = _row(rows, history["clusters"]["accuse"])
    assert (decade["date"], decade["granularity"]) == ("1990s", "decade")
    assert "1990-01-01 – 1999-12-31" in decade["title"]
    year = _row(rows, history["clusters"]["sanction"])
    assert (year["date"], year["granularity"]) == ("2003", "year")
    month = _row(rows, history["clusters"]["aid"])
    assert (month["date"], month["granularity"]) == ("March 2025", "month")
    day = _row(rows, demo_store["delivery"])
    assert (day["date"], day["granularity"]) == ("2025-10-08", "")
    assert not any(re.fullmatch(r"\d{4}-01-01", r["date"]) for r in rows), rows
    # allegations and denials never look like facts: a chip, who says it and who denies it, a muted score
    assert month["chip"] == "denied"
    assert "according to a Kabul fuel trader" in month["attribution"] and "denied by Russia" in month["attribution"]
    assert "score-unproven" in month["scoreClass"] and "if true" in month["score"]
    alleged = _row(rows, demo_store["clusters"]["T25"])
    assert alleged["chip"] == "alleged" and "according to United States" in alleged["attribution"]
    assert "denied by Russia" in alleged["attribution"] and "score-unproven" in alleged["scoreClass"]
    assert _row(rows, demo_store["delivery"])["chip"] == "attributed"
    assert "score-unproven" not in _row(rows, demo_store["delivery"])["scoreClass"]
    chip = view.locator("table.units .chip-alleged").first
    style = chip.evaluate("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderTopStyle, s.fontSize] }")
    assert style[0] in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)") and style[1] == "dashed", style  # hollow, dashed
    # the chart: a mean line drawn with line segments, intervals as bars, days as dots, allegations hollow
    d = view.locator("#dyad-chart path.mean-line").get_attribute("d")
    n_means = view.locator("#dyad-chart .means circle").count()
    assert n_means >= 2 and d.startswith("M") and d.count("M") == 1 and d.count("L") == n_means - 1, d
    # the default window is the recent years: the 1990s and 2003 are outside it, a button shows them
    button = view.locator("#dyad-range")
    assert button.is_visible() and "1990" in button.inner_text()
    assert "three years before the latest event" in view.locator("#dyad-window-why").inner_text()
    assert view.locator(f'#dyad-chart a.point[data-id="{history["clusters"]["accuse"]}"]').count() == 0
    bar = view.locator(f'#dyad-chart a.point[data-id="{history["clusters"]["aid"]}"] rect.span-bar')
    assert bar.count() == 1 and "hollow" in bar.get_attribute("class")
    width = float(bar.get_attribute("width"))
    assert width > 4  # a month is a visible span in a three-year window
    dot = view.locator(f'#dyad-chart a.point[data-id="{demo_store["delivery"]}"] circle')
    assert dot.count() == 1 and "hollow" not in dot.get_attribute("class")
    assert "hollow" in view.locator(f'#dyad-chart a.point[data-id="{demo_store["clusters"]["T25"]}"] circle').get_attribute("class")
    _assert_ticks_fit(view)
    button.click()
    view.wait_for_selector(f'#dyad-chart a.point[data-id="{history["clusters"]["accuse"]}"]')
    decade_bar = view.locator(f'#dyad-chart a.point[data-id="{history["clusters"]["accuse"]}"] rect.span-bar')
    squeezed = float(bar.get_attribute("width"))
    assert squeezed < width  # over the whole range the month is narrower: why the recent years open first
    assert decade_bar.count() == 1 and float(decade_bar.get_attribute("width")) > 10 * squeezed
    _assert_ticks_fit(view)
    _shot(view, "dyad-all")
    assert view.errors == [], view.errors


def _assert_ticks_fit(pg: Any) -> None:
    """Every axis label of the dyad chart lies inside the chart and no two overlap."""
    boxes = pg.evaluate("""() => { const svg = document.querySelector('#dyad-chart svg'); const r = svg.getBoundingClientRect();
        const y = [...svg.querySelectorAll('text.tick')].map(t => t.getBoundingClientRect()).filter(b => b.top > r.top + r.height * 0.8);
        return {left: r.left, right: r.right, ticks: y.map(b => [b.left, b.right])}; }""")
    ticks = sorted(boxes["ticks"])
    assert len(ticks) >= 2, boxes
    assert ticks[0][0] >= boxes["left"] - 0.5 and ticks[-1][1] <= boxes["right"] + 0.5, boxes
    assert all(a[1] <= b[0] for a, b in zip(ticks, ticks[1:])), ticks


def test_browser_index_and_search_rows_say_status_and_precision(view: Any, site: LiveServer) -> None:
    view.goto(f"{site.url}/")
    rows = _rows(view)
    assert rows and all(r["chip"] for r in rows), rows
    _shot(view, "index")
    view.goto(f"{site.url}/search?party=Russia&limit=100")
    rows = _rows(view)
    assert {"1990s", "2003", "March 2025"} <= {r["date"] for r in rows}, rows
    _shot(view, "search")
    assert view.errors == [], view.errors


def test_browser_event_cards_once_per_article_and_bidi(view: Any, site: LiveServer, history: dict[str, Any],
                                                      demo_store: dict[str, Any]) -> None:
    # one article gave three events of one cluster (two of one sentence): one card, each sentence once
    view.goto(f"{site.url}/events/{history['clusters']['accuse']}")
    cards = view.locator(".source")
    assert cards.count() == 1
    assert cards.locator("blockquote.evidence").count() == 2
    assert cards.locator(".member-list li").count() == 3
    assert "1 article from 1 source" in view.locator("dl.facts").inner_text()
    assert view.locator("dl.facts .interval").first.inner_text() == "1990s"
    _shot(view, "event-history")
    # a denied aid delivery says so before anything else, and its score is what it would be if true
    view.goto(f"{site.url}/events/{history['clusters']['aid']}")
    note = view.locator("main .unproven-note")
    assert note.is_visible() and "Denied by Russia" in note.inner_text() and "a Kabul fuel trader" in note.inner_text()
    assert "if true" in view.locator("dl.facts .score").inner_text()
    assert view.locator("dl.facts .interval").first.inner_text() == "March 2025"
    _shot(view, "event-denied")
    # the Bannu bombing: seven articles, death tolls that differ, Urdu and Pashto cards
    view.goto(f"{site.url}/events/{demo_store['clusters']['T01']}")
    cards = view.locator(".source")
    titles = cards.locator("h3 a").all_inner_texts()
    assert len(titles) == len(set(titles)) == cards.count()
    sites = {s.strip() for s in cards.locator("h3 .meta bdi:not([dir])").all_inner_texts()}
    assert f"{cards.count()} articles from {len(sites)} sources" in view.locator("dl.facts").inner_text()
    counts = view.locator("dl.facts .count-range").first.inner_text()
    assert re.fullmatch(r"\d+–\d+", counts) and counts != "14–14", counts
    rtl = view.locator('.source[dir="rtl"]')
    assert rtl.count() >= 1
    date = rtl.first.locator('h3 .meta bdi[dir="ltr"]').first
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.inner_text())
    # as drawn: the year stands left of the day, whatever the direction of the card
    order = date.evaluate("""e => { const r = document.createRange(); const t = e.firstChild;
        r.setStart(t, 0); r.setEnd(t, 4); const year = r.getBoundingClientRect().left;
        r.setStart(t, 8); r.setEnd(t, 10); const day = r.getBoundingClientRect().left; return [year, day]; }""")
    assert order[0] < order[1], order
    _shot(view, "event-bannu")
    assert view.errors == [], view.errors


def test_browser_article_page_shows_no_server_path(view: Any, site: LiveServer, history: dict[str, Any]) -> None:
    view.goto(f"{site.url}/articles/{history['article']}")
    text = view.locator("main").inner_text()
    assert "history.html" in text
    assert "truth-store" not in text and "/tmp" not in text and str(Path(history["db"]).parent) not in text
    data = view.request.get(f"{site.url}/articles/{history['article']}.json").json()
    assert data["source"] == "history.html"
    assert view.locator(".article-events .chip-denied").count() == 1
    _shot(view, "article-history")
    assert view.errors == [], view.errors


def test_search_json_rows_carry_the_interval(site: LiveServer, history: dict[str, Any]) -> None:
    import httpx

    rows = httpx.get(f"{site.url}/search.json", params={"party": "Russia", "limit": 100}).json()["results"]
    row = next(r for r in rows if r["id"] == history["clusters"]["accuse"])
    assert (row["date_start"], row["date_end"], row["granularity"]) == ("1990-01-01", "1999-12-31", "decade")
    aid = next(r for r in rows if r["id"] == history["clusters"]["aid"])
    assert aid["status"] == "denied" and aid["attributed_to"] == "a Kabul fuel trader" and aid["denied_by"] == ["Russia"]
