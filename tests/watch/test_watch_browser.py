"""The ``/alerts`` and ``/digest`` pages in a real headless Chromium (Debian's, driven by Playwright), on a laptop
(1366x900) and a phone (390x844) screen: a store fed by two watch passes (the Bannu bombing in English, then its
Urdu report through the same folder) shows the alert's ``new`` and ``corroborated`` matches with their evidence, the
digest lists its sections in order, links lead to the event, nothing leaves loopback, no script error, and no page is
wider than the screen. Screenshots go to ``test-artifacts/`` (look at them)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from annalyst import Annalyst

from watchkit import FIRST, SECOND, Workbench, drop

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"  # the Chromium fixture: tests/conftest.py
SCREENS = {"laptop": (1366, 900), "phone": (390, 844)}
TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A workbench over a store fed by two watch passes, with the ``ttp`` alert's log."""
    from annalyst.serve.app import create_app

    root = tmp_path_factory.mktemp("watch-browser")
    folder = root / "inbox"
    with Annalyst(db=str(root / "store.db")) as an:
        an.add_alert("ttp", actor=TTP, recipient="Pakistan")
        an.add_alert("quiet", actor="Uzbekistan", recipient="Kazakhstan")
        drop(FIRST, folder)
        an.watch_pass([str(folder)])
        drop(SECOND, folder)
        an.watch_pass([str(folder)])
        log = an.alert_log("ttp")
        bench = Workbench(create_app(an))
        try:
            yield bench.url, log
        finally:
            bench.close()


def _page(browser: Any, screen: str) -> Any:
    width, height = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.route(re.compile(r"^https?://(?!127\.0\.0\.1)"),
             lambda route: (pg.errors.append(f"external: {route.request.url}"), route.abort()))
    return pg


def _fits(pg: Any) -> None:
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= pg.viewport_size["width"], f"the page is {width}px wide on a {pg.viewport_size['width']}px screen"


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_browser_alerts_page(browser: Any, watched: tuple[str, list[dict[str, Any]]], screen: str) -> None:
    url, log = watched
    assert {"new", "corroborated"} <= {r["reason"] for r in log}
    pg = _page(browser, screen)
    try:
        pg.goto(f"{url}/alerts")
        pg.wait_for_load_state("networkidle")
        pg.screenshot(path=str(ARTIFACTS / f"watch-alerts-{screen}.png"), full_page=True)
        assert pg.errors == [], pg.errors
        assert pg.locator("main h1").inner_text() == "Alerts"
        rows = pg.locator("table.rows tbody tr")
        assert rows.count() == 2
        ttp = rows.filter(has_text="ttp")
        assert TTP in ttp.inner_text() and ttp.locator("td").nth(2).inner_text() == str(len(log))
        matches = pg.locator("article.match")
        assert matches.count() == len(log)
        reasons = [matches.nth(i).locator(".reason").inner_text() for i in range(len(log))]
        assert reasons == [r["reason"] for r in log]  # newest first, as the log
        corroborated = matches.filter(has=pg.locator(".reason", has_text="corroborated")).first
        sentences = corroborated.locator("ul.evidence li")
        assert sentences.count() == len(next(r for r in log if r["reason"] == "corroborated")["evidence"]) >= 2
        # each sentence runs in its own direction: the Urdu report right to left inside the left-to-right list
        directions = sentences.locator("bdi").evaluate_all("els => els.map(e => getComputedStyle(e).direction)")
        assert sorted(directions) == ["ltr", "rtl"]
        assert pg.locator("a[href$='.atom']").first.get_attribute("href") == "/alerts/quiet.atom"
        _fits(pg)
        corroborated.locator("h3 a").click()
        pg.wait_for_url("**/events/*")
        assert pg.locator(".source").count() >= 2  # the event page shows the reports of both articles
        assert pg.errors == [], pg.errors
    finally:
        pg.context.close()


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_browser_digest_page(browser: Any, watched: tuple[str, list[dict[str, Any]]], screen: str) -> None:
    url, log = watched
    pg = _page(browser, screen)
    try:
        pg.goto(f"{url}/digest?since=1d")
        pg.wait_for_load_state("networkidle")
        pg.screenshot(path=str(ARTIFACTS / f"watch-digest-{screen}.png"), full_page=True)
        assert pg.errors == [], pg.errors
        titles = [t.split(" (")[0] for t in pg.locator("main h2").all_inner_texts()]
        assert titles == ["New events", "Corroborated", "Contradicted", "Resolved forecasts", "Biggest dyad moves"]
        corroborated = pg.locator("ul.digest.corroborated li a")
        assert corroborated.count() >= 1
        cluster = next(r["cluster_id"] for r in log if r["reason"] == "corroborated")
        assert pg.locator(f"ul.digest.corroborated a[href='/events/{cluster}']").count() == 1
        _fits(pg)
        pg.fill("input[name=since]", "2h")
        pg.click("button[type=submit]")
        pg.wait_for_url("**/digest?since=2h")
        assert pg.locator("main h1").inner_text().startswith("What changed since")
        assert pg.errors == [], pg.errors
    finally:
        pg.context.close()
