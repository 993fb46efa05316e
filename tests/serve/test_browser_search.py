"""The search workbench in a real headless Chromium at a desktop (1366x900) and a phone (390x844) viewport: the total
on screen is the number of rows across the pages and the download holds exactly those rows; a facet narrows to its
count; a bad filter keeps what was typed; /docs loads and answers with no request leaving loopback; every text is
at WCAG AA contrast; the skip link is the first tab stop. Screenshots go to ``test-artifacts/``; with
``ANNALYST_README_SHOTS=1`` the README's (timeline, dyad chart, event page at desktop width) are written to ``docs/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from storebuild import RUS, TALIBAN, LiveServer
from test_browser import ARTIFACTS

pytestmark = pytest.mark.browser

VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}
DOCS = Path(__file__).resolve().parents[2] / "docs"

#: the WCAG contrast of each visible text against the background it sits on (ancestors' colours), below 4.5:1
CONTRAST_JS = """() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const back = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const low = [], seen = new Set();
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement;
    if (!walk.currentNode.textContent.trim() || !el || seen.has(el) || el.closest('svg')) continue;
    seen.add(el);
    const box = el.getBoundingClientRect(), st = getComputedStyle(el);
    if (!box.width || !box.height || st.visibility === 'hidden' || el.closest('[hidden]')) continue;
    const a = lum(parse(st.color)), b = lum(back(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) low.push({text: walk.currentNode.textContent.trim().slice(0, 40), cls: String(el.className),
                               ratio: Math.round(ratio * 100) / 100});
  }
  return low;
}"""


def _page(browser: Any, viewport: str) -> Any:
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.requests = []  # type: ignore[attr-defined]
    pg.viewport_name = viewport  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" and "400 (Bad Request)" not in m.text else None)
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: (pg.errors.append(f"external: {route.request.url}"), route.abort()))
    return pg


@pytest.fixture(params=sorted(VIEWPORTS))
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    pg = _page(browser, request.param)
    yield pg
    pg.context.close()


def _shot(pg: Any, name: str, full: bool = True) -> Path:
    path = ARTIFACTS / f"{name}-{pg.viewport_name}.png"
    pg.screenshot(path=str(path), full_page=full)
    return path


def _no_overflow(pg: Any) -> None:
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= pg.viewport_size["width"], f"page is {width}px wide"


def _ids_on_screen(pg: Any) -> list[str]:
    return pg.eval_on_selector_all("table.units a.unit-link", "els => els.map(e => e.getAttribute('href').split('/').pop())")


def test_browser_search_total_rows_and_download_agree(page: Any, server: LiveServer) -> None:
    page.goto(f"{server.url}/search?party={TALIBAN}&limit=6&sort=-sources")
    total = int(page.locator(".results-head .total").get_attribute("data-total"))
    assert page.locator(".results-head h2").inner_text().startswith(f"{total} results")
    _no_overflow(page)
    _shot(page, "search")
    seen = _ids_on_screen(page)
    while page.locator(".pager a.next").count():
        page.locator(".pager a.next").click()
        page.wait_for_load_state("load")
        seen += _ids_on_screen(page)
    assert len(seen) == total > 6 and len(set(seen)) == total
    for fmt in ("jsonl", "csv"):
        href = page.locator(f'.downloads a[data-format="{fmt}"]').get_attribute("href")
        body = page.request.get(server.url + href).text()
        if fmt == "jsonl":
            ids = [json.loads(line)["id"] for line in body.splitlines()]
        else:
            ids = [line.split(",", 1)[0] for line in body.splitlines()[1:]]
        assert ids == seen, fmt
    assert page.errors == [], page.errors


def test_browser_search_facet_narrows_to_its_count(page: Any, server: LiveServer) -> None:
    page.goto(f"{server.url}/search")
    facet = page.locator('.facet[data-facet="status"] li', has_text="alleged")
    n = int(facet.locator(".n").get_attribute("data-n"))
    facet.locator("a").click()
    page.wait_for_url("**/search?status=alleged")
    assert page.locator(".results-head .total").get_attribute("data-total") == str(n)
    assert len(_ids_on_screen(page)) == n
    assert page.locator("#f-status").input_value() == "alleged"
    assert page.locator(".histogram rect.bar").count() >= 1
    _shot(page, "search-facet")
    assert page.errors == [], page.errors


def test_browser_bad_filter_keeps_the_form(page: Any, server: LiveServer) -> None:
    page.goto(f"{server.url}/search")
    page.fill("#f-actor", "Russia")
    page.fill("#f-since", "2025-02-30")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector(".form-error")
    assert page.locator("#f-actor").input_value() == "Russia"
    assert page.locator("#f-since").input_value() == "2025-02-30"
    assert page.locator("#f-since").get_attribute("aria-invalid") == "true"
    assert "YYYY-MM-DD" in page.locator("#err-since").inner_text()
    assert page.locator(".form-error").get_attribute("role") == "alert"
    _no_overflow(page)
    _shot(page, "search-bad-filter")
    assert page.errors == [], page.errors


def test_browser_docs_work_with_no_external_request(page: Any, server: LiveServer) -> None:
    page.goto(f"{server.url}/docs")
    page.wait_for_load_state("networkidle")
    events = page.locator('details[id="get--api-v1-events"]')
    events.locator("summary").click()
    events.locator('input[name="actor"]').fill(RUS)
    events.locator('input[name="limit"]').fill("3")
    events.locator("button[type=submit]").click()
    page.wait_for_selector('details[id="get--api-v1-events"] pre.answer:not([hidden])')
    assert "→ 200" in events.locator(".answer-status").inner_text()
    answer = json.loads(events.locator("pre.answer").inner_text())
    assert len(answer["items"]) == 3 and answer["total"] > 3
    dyad = page.locator('details[id="get--api-v1-dyads-a-b"]')
    dyad.locator("summary").click()
    dyad.locator('input[name="a"]').fill(RUS)
    dyad.locator('input[name="b"]').fill(TALIBAN)
    dyad.locator("button[type=submit]").click()
    page.wait_for_selector('details[id="get--api-v1-dyads-a-b"] pre.answer:not([hidden])')
    assert json.loads(dyad.locator("pre.answer").inner_text())["points"]
    _no_overflow(page)
    _shot(page, "docs", full=False)
    assert page.requests and all(u.startswith(server.url) for u in page.requests), page.requests
    assert page.errors == [], page.errors


@pytest.mark.parametrize("path", ["/", "/search?q=Taliban", f"/search?party={TALIBAN}", "/search?event_type=SUPORT",
                                  "/docs", f"/dyads/{RUS}/{TALIBAN}", f"/actors/{TALIBAN}", "/network", "/map",
                                  "/articles", "/events/DELIVERY"])
def test_browser_text_contrast_is_wcag_aa(page: Any, server: LiveServer, demo_store: dict[str, Any], path: str) -> None:
    page.goto(server.url + path.replace("DELIVERY", demo_store["delivery"]))
    page.wait_for_load_state("networkidle")
    low = page.evaluate(CONTRAST_JS)
    assert low == [], low
    badges = page.locator(".score")
    if badges.count():  # the badges were 2.6-3.0:1
        assert not [b for b in page.evaluate(CONTRAST_JS) if "score" in b["cls"]]


def test_browser_skip_link_is_the_first_tab_stop(page: Any, server: LiveServer) -> None:
    for path in ("/", "/search", f"/dyads/{RUS}/{TALIBAN}", "/docs"):
        page.goto(server.url + path)
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
        assert focused == ["skip-link", "#main"], path
        box = page.locator(".skip-link").bounding_box()
        assert box and box["y"] >= 0  # visible while focused
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main", path


def test_browser_readme_screenshots(browser: Any, server: LiveServer, demo_store: dict[str, Any]) -> None:
    """The README's pictures at desktop width: the Russia–Taliban timeline, its dyad chart and an event's sources."""
    pg = _page(browser, "desktop")
    try:
        pg.goto(f"{server.url}/dyads/{RUS}/{TALIBAN}")
        pg.wait_for_selector("#dyad-chart svg")
        shots = {"screenshot-dyad-chart": pg.locator("#dyad-chart")}
        heading = pg.locator("h2", has_text="Timeline")
        table = heading.locator("xpath=following-sibling::table[1]")
        box = table.bounding_box()
        assert box and table.locator("tbody tr").count() >= 5
        top = heading.bounding_box()["y"] - 8
        clip = {"x": box["x"] - 12, "y": top, "width": box["width"] + 24,
                "height": min(box["y"] + box["height"] + 8, top + 560) - top}
        paths = [ARTIFACTS / "screenshot-timeline.png"]
        pg.screenshot(path=str(paths[0]), clip=clip, full_page=True)
        for name, loc in shots.items():
            paths.append(ARTIFACTS / f"{name}.png")
            loc.screenshot(path=str(paths[-1]))
        pg.goto(f"{server.url}/events/{demo_store['delivery']}")
        pg.wait_for_selector(".source mark.evidence")
        paths.append(ARTIFACTS / "screenshot-event.png")
        pg.screenshot(path=str(paths[-1]), clip={"x": 0, "y": 0, "width": 1366, "height": 700})
        assert pg.errors == [], pg.errors
    finally:
        pg.context.close()
    for path in paths:
        assert path.stat().st_size > 5_000, path  # a picture, not an empty box
        if os.environ.get("ANNALYST_README_SHOTS") == "1":
            shutil.copy(path, DOCS / path.name)
