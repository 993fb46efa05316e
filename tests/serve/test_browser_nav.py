"""Finding one's way in the workbench, in a real headless Chromium at a laptop's 1366x900 and a phone's 390x844:
no page is wider than the phone, the map is tall enough to read, the network draws arrows, zooms, pans and
filters, names and triggers link to the pages they name, and the article count opens a list of the articles.
Screenshots go to ``test-artifacts/nav-*.png`` (look at them)."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from annalyst.extract.eventlex import plover_table
from storebuild import RUS, TALIBAN, LiveServer
from test_browser import ARTIFACTS

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def _context(browser: Any, viewport: dict[str, int], **kw: Any) -> Iterator[Any]:  # noqa: F811
    import re

    context = browser.new_context(viewport=viewport, locale="en-GB", **kw)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: (pg.errors.append(f"external: {route.request.url}"), route.abort()))
    yield pg
    context.close()


@pytest.fixture()
def laptop(browser: Any) -> Iterator[Any]:  # noqa: F811
    yield from _context(browser, LAPTOP)


@pytest.fixture()
def phone(browser: Any) -> Iterator[Any]:  # noqa: F811
    yield from _context(browser, PHONE, has_touch=True, is_mobile=True, device_scale_factor=2)


def _shot(pg: Any, name: str, full: bool = False) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"nav-{name}.png"), full_page=full)


def _pages(demo_store: dict[str, Any]) -> dict[str, str]:
    return {
        "index": "/", "search": "/search", "search-q": "/search?q=Taliban", "actor": f"/actors/{TALIBAN}",
        "actors": "/actors?q=russia", "dyad": f"/dyads/{RUS}/{TALIBAN}", "network": "/network", "map": "/map",
        "article": f"/articles/{demo_store['articles']['d15']}", "event": f"/events/{demo_store['delivery']}",
        "articles": "/articles", "alerts": "/alerts", "digest": "/digest",
    }


def _ready(pg: Any, name: str) -> None:
    pg.wait_for_load_state("networkidle")
    if name in ("network", "map", "actor", "dyad"):
        pg.wait_for_selector(".chart svg", timeout=15000)


# ------------------------------------------------------------------------------------------------ layout


@pytest.mark.parametrize("viewport", ["phone", "laptop"])
def test_nav_no_page_is_wider_than_the_screen(request: Any, server: LiveServer, demo_store: dict[str, Any], viewport: str) -> None:
    pg = request.getfixturevalue(viewport)
    width = (PHONE if viewport == "phone" else LAPTOP)["width"]
    wide = {}
    for name, path in _pages(demo_store).items():
        assert pg.goto(server.url + path).status == 200, path
        _ready(pg, name)
        _shot(pg, f"{viewport}-{name}")
        scroll = pg.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[name] = scroll
    assert wide == {}, wide
    assert pg.errors == [], pg.errors


def test_nav_phone_map_is_tall_and_search_results_start_above_the_fold(phone: Any, server: LiveServer) -> None:
    phone.goto(server.url + "/map")
    phone.wait_for_selector("#map-chart[data-ready] svg")
    _shot(phone, "phone-map-fold")
    height = phone.evaluate("document.querySelector('#map-chart svg').getBoundingClientRect().height")
    assert height >= 0.5 * PHONE["height"], height
    assert phone.locator("#map-chart a.place").count() >= 5
    phone.goto(server.url + "/search")
    first = phone.locator("table.units tbody tr").first
    assert first.count() == 1
    top = first.evaluate("r => r.getBoundingClientRect().top")
    assert top < PHONE["height"] - 60, top  # the first result shows on the first screen
    _shot(phone, "phone-search-fold")
    # the cards keep every cell: the event link and the who -> whom line with its actor links
    assert first.locator("a.unit-link").is_visible()
    assert first.locator("td.who a.actor-link").first.is_visible()


def test_nav_laptop_map_is_tall(laptop: Any, server: LiveServer) -> None:
    laptop.goto(server.url + "/map")
    laptop.wait_for_selector("#map-chart[data-ready] svg")
    height = laptop.evaluate("document.querySelector('#map-chart svg').getBoundingClientRect().height")
    assert height >= 0.5 * LAPTOP["height"], height


# ------------------------------------------------------------------------------------------------- links


def _resolve(pg: Any, server: LiveServer, hrefs: list[str]) -> None:
    assert hrefs
    for href in sorted(set(hrefs)):
        r = pg.request.get(server.url + href if href.startswith("/") else href)
        assert r.status == 200, (href, r.status)


def test_nav_names_in_tables_link_to_actor_pages(laptop: Any, server: LiveServer) -> None:
    laptop.goto(server.url + "/")
    cells = laptop.locator("table.units td.who")
    assert cells.count() >= 10
    links = laptop.locator("table.units td.who a.actor-link")
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(h.startswith("/actors/") for h in hrefs)
    # every name in a who -> whom cell is a link (the demo's names all have pages)
    texts = cells.first.inner_text()
    names = [n.strip() for side in texts.split("→") for n in side.split(",") if n.strip() not in ("", "—")]
    assert cells.first.locator("a.actor-link").count() == len(names), texts
    _resolve(laptop, server, hrefs)
    links.filter(has_text="Russia").first.click()
    laptop.wait_for_url(f"**/actors/{RUS}")
    assert laptop.locator("main h1").inner_text().startswith("Russia")


def test_nav_article_triggers_and_actors_link_to_their_pages(laptop: Any, server: LiveServer, demo_store: dict[str, Any]) -> None:
    aid = demo_store["articles"]["d15"]
    laptop.goto(f"{server.url}/articles/{aid}")
    _shot(laptop, "laptop-article-links", full=True)
    triggers = laptop.locator(".body mark.trigger a")
    assert triggers.count() >= 3
    hrefs = triggers.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(h.startswith("/events/") for h in hrefs)
    _resolve(laptop, server, hrefs)
    own = laptop.request.get(f"{server.url}/articles/{aid}.json").json()
    ids = {e.get("cluster_id") or e["id"] for e in own["events"]}
    assert {h.rsplit("/", 1)[1] for h in hrefs} <= ids
    actors = laptop.locator("ul.article-events a.actor-link")
    assert actors.count() >= len(own["events"])
    _resolve(laptop, server, actors.evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    # the server's file path is not shown to every reader
    assert "/src/annalyst/data/demo" not in laptop.locator("main").inner_text()


def test_nav_map_places_link_every_event(laptop: Any, server: LiveServer) -> None:
    data = laptop.request.get(server.url + "/map.json").json()
    busiest = data["places"][0]
    assert busiest["n"] >= 5
    laptop.goto(server.url + "/map")
    laptop.wait_for_selector("#map-chart[data-ready] svg")
    row = laptop.locator("#place-0")
    links = row.locator("a.place-event")
    assert links.count() == len(busiest["units"]) == busiest["n"]
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert sorted(h.rsplit("/", 1)[1] for h in hrefs) == sorted(busiest["units"])
    _resolve(laptop, server, hrefs)
    # its dot opens that list; a place with one event opens the event
    dot = laptop.locator('#map-chart a.place[data-place="0"]')
    assert dot.get_attribute("href") == "#place-0"
    single = next(i for i, p in enumerate(data["places"]) if p["n"] == 1)
    assert laptop.locator(f'#map-chart a.place[data-place="{single}"]').get_attribute("href") == \
        f"/events/{data['places'][single]['units'][0]}"
    dot.locator("circle").click()
    laptop.wait_for_url("**/map#place-0")
    assert laptop.evaluate("document.querySelector(':target').id") == "place-0"


def test_nav_article_list(laptop: Any, server: LiveServer, demo_store: dict[str, Any]) -> None:
    laptop.goto(server.url + "/")
    laptop.locator("ul.counts a[href='/articles']").click()
    laptop.wait_for_url("**/articles")
    _shot(laptop, "laptop-articles", full=True)
    data = laptop.request.get(server.url + "/articles.json").json()
    total = data["total"]
    assert total == len(demo_store["articles"]) + 1  # the demo corpus and the markup-laden article
    assert f"of {total}" in laptop.locator("#article-total").inner_text()
    rows = laptop.locator("table.article-list tbody tr")
    assert rows.count() == total
    head = laptop.locator("table.article-list thead").inner_text()
    for column in ("Title", "Source", "Published", "Language", "Events"):
        assert column in head
    d15 = demo_store["articles"]["d15"]
    row = laptop.locator("table.article-list tbody tr", has=laptop.locator(f"a[href='/articles/{d15}']"))
    own = laptop.request.get(f"{server.url}/articles/{d15}.json").json()
    assert row.locator("td.num").inner_text() == str(len(own["events"])) != "0"
    dates = [d for d in rows.locator("td.date").all_inner_texts() if d != "unknown"]
    assert dates == sorted(dates, reverse=True)  # newest first
    _resolve(laptop, server, rows.locator("td:first-child a").evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    # pages of ten: the second starts where the first ended, and says so
    laptop.goto(server.url + "/articles?limit=10")
    first = laptop.locator("table.article-list tbody td:first-child").all_inner_texts()
    laptop.locator(".pager a.next").click()
    laptop.wait_for_url("**offset=10**")
    second = laptop.locator("table.article-list tbody td:first-child").all_inner_texts()
    assert len(first) == len(second) == 10 and not set(first) & set(second)
    assert laptop.locator("#article-total").inner_text().startswith(f"Articles 11–20 of {total}")
    # a language filter narrows the list and its total
    ru = laptop.request.get(server.url + "/articles.json?language=ru").json()
    assert 0 < ru["total"] < total and all(a["language"] == "ru" for a in ru["items"])
    assert laptop.errors == [], laptop.errors


# ----------------------------------------------------------------------------------------------- network


def _net(pg: Any, server: LiveServer, path: str = "/network") -> dict[str, Any]:
    pg.goto(server.url + path)
    pg.wait_for_selector("#network-chart[data-ready] svg")
    return pg.request.get(server.url + path.replace("/network", "/network.json", 1)).json()


def _expected_nodes(data: dict[str, Any], *, types: set[str] | None = None, min_weight: int = 1,
                    nominal: bool = False) -> set[str]:
    out: set[str] = set()
    for e in data["edges"]:
        if not nominal and (e["source"].startswith("text:") or e["target"].startswith("text:")):
            continue
        w = sum(n for t, n in e["types"].items() if types is None or t in types)
        if w >= min_weight:
            out |= {e["source"], e["target"]}
    return out


def _shown(pg: Any) -> set[str]:
    return set(pg.locator("#network-chart a.node").evaluate_all("els => els.map(e => e.getAttribute('data-id'))"))


def test_nav_network_arrows_and_hidden_nominal_actors(laptop: Any, server: LiveServer) -> None:
    data = _net(laptop, server)
    _shot(laptop, "laptop-network")
    directed = laptop.locator("#network-chart path.edge[marker-end]")
    assert directed.count() == sum(1 for e in data["edges"] if e["kind"] == "directed" and not
                                   (e["source"].startswith("text:") or e["target"].startswith("text:")))
    marker = directed.first.get_attribute("marker-end")
    box = laptop.evaluate("id => document.querySelector(id + ' path').getBBox().width", marker[4:-1])
    assert box > 0  # the arrowhead is drawn
    assert laptop.locator("#network-chart path.edge.mutual:not([marker-end])").count() >= 1
    nominal = {n["id"] for n in data["nodes"] if n["id"].startswith("text:")}
    assert nominal  # the demo names a few people the dictionary does not know
    assert _shown(laptop) == _expected_nodes(data)
    assert not _shown(laptop) & nominal
    assert laptop.locator("tr.nominal:visible").count() == 0
    laptop.check("#net-nominal")
    assert _shown(laptop) == _expected_nodes(data, nominal=True)
    assert nominal <= _shown(laptop)
    assert laptop.locator("tr.nominal:visible").count() >= len(nominal)
    assert laptop.errors == [], laptop.errors


def test_nav_network_filters_change_what_is_drawn(laptop: Any, server: LiveServer) -> None:
    data = _net(laptop, server)
    everyone = _shown(laptop)
    laptop.select_option("#net-type", "ASSAULT")
    assault = _shown(laptop)
    assert assault == _expected_nodes(data, types={"ASSAULT"}) and 0 < len(assault) < len(everyone)
    assert laptop.locator("tr[data-node]:visible").count() == len(assault)
    laptop.select_option("#net-type", "")
    laptop.select_option("#net-quad", "verbal conflict")
    verbal = {t for t, row in plover_table()["types"].items() if row["quad_class"] == "verbal conflict"}
    assert _shown(laptop) == _expected_nodes(data, types=verbal) != everyone
    _shot(laptop, "laptop-network-verbal-conflict")
    laptop.select_option("#net-quad", "")
    laptop.fill("#net-min", "3")
    heavy = _shown(laptop)
    assert heavy == _expected_nodes(data, min_weight=3) and len(heavy) < len(everyone)
    assert "Showing" in laptop.locator("#net-shown").inner_text()


def _centres(pg: Any) -> dict[str, tuple[float, float]]:
    pts = pg.locator("#network-chart a.node circle").evaluate_all(
        "els => els.map(c => [c.parentNode.getAttribute('data-id'), +c.getAttribute('cx'), +c.getAttribute('cy')])")
    return {p[0]: (p[1], p[2]) for p in pts}


def _spread(c: dict[str, tuple[float, float]]) -> float:
    a, b = c[RUS], c[TALIBAN]
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def test_nav_network_zoom_pan_pick_and_keyboard(laptop: Any, server: LiveServer) -> None:
    data = _net(laptop, server)
    before = _centres(laptop)
    laptop.click("button[data-zoom=in]")
    assert _spread(_centres(laptop)) == pytest.approx(_spread(before) * 1.4, rel=0.01)
    laptop.click("button[data-zoom=fit]")
    assert _centres(laptop) == before
    box = laptop.locator("#network-chart svg").bounding_box()
    laptop.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    laptop.mouse.wheel(0, -300)
    assert _spread(_centres(laptop)) > _spread(before) * 1.2
    laptop.click("button[data-zoom=fit]")
    # drag the background: everything moves by the same amount
    x, y = box["x"] + 6, box["y"] + 6  # a corner of the frame, clear of actors and buttons
    laptop.mouse.move(x, y)
    laptop.mouse.down()
    laptop.mouse.move(x + 60, y - 40, steps=4)
    laptop.mouse.up()
    after = _centres(laptop)
    scale = laptop.evaluate("(() => { var s = document.querySelector('#network-chart svg'); return s.viewBox.baseVal.width / s.getBoundingClientRect().width })()")
    moved = {round(after[k][0] - before[k][0], 0) for k in before}, {round(after[k][1] - before[k][1], 0) for k in before}
    assert moved == ({round(60 * scale, 0)}, {round(-40 * scale, 0)}), moved
    laptop.click("button[data-zoom=fit]")
    # pointing at an actor picks out it and its neighbours
    neighbours = {e["target"] for e in data["edges"] if e["source"] == RUS} | {e["source"] for e in data["edges"] if e["target"] == RUS}
    neighbours = {n for n in neighbours if not n.startswith("text:")} | {RUS}
    laptop.locator(f'#network-chart a.node[data-id="{RUS}"] circle').hover()
    assert laptop.locator("#network-chart svg.picking").count() == 1
    near = set(laptop.locator("#network-chart a.node.near").evaluate_all("els => els.map(e => e.getAttribute('data-id'))"))
    assert near == neighbours
    _shot(laptop, "laptop-network-pick-russia")
    laptop.mouse.move(box["x"] + 2, box["y"] + 2)
    # keyboard: edges are no tab stops; from the zoom buttons, Tab reaches the actors, which pick themselves out
    assert laptop.locator("#network-chart a.edge-link:not([tabindex='-1'])").count() == 0
    laptop.focus("button[data-zoom=fit]")
    laptop.keyboard.press("Tab")
    focused = laptop.evaluate("document.activeElement.getAttribute('data-id')")
    assert focused == TALIBAN  # the busiest actor comes first
    assert laptop.locator("#network-chart a.node.near").count() >= 2
    focused_at = _spread(_centres(laptop))
    laptop.keyboard.press("+")
    assert _spread(_centres(laptop)) == pytest.approx(focused_at * 1.4, rel=0.01)
    laptop.keyboard.press("0")
    assert _centres(laptop) == before
    # the relations table carries every drawn relation for the keyboard, each linking its dyad
    shown = laptop.locator("tr[data-edge]:visible")
    assert shown.count() == laptop.locator("#network-chart a.edge-link").count()
    _resolve(laptop, server, shown.locator("a").evaluate_all("els => els.slice(0, 5).map(e => e.getAttribute('href'))"))


def test_nav_phone_network_is_legible_and_pinches(phone: Any, server: LiveServer) -> None:
    _net(phone, server)
    _shot(phone, "phone-network-fold")
    svg = phone.locator("#network-chart svg").bounding_box()
    assert svg["height"] >= 0.5 * PHONE["height"] and svg["width"] <= PHONE["width"]
    # labels at their real size, the crowded ones left for zooming
    size = phone.evaluate("parseFloat(getComputedStyle(document.querySelector('#network-chart .label')).fontSize)")
    ratio = phone.evaluate("(() => { var s = document.querySelector('#network-chart svg'); return s.getBoundingClientRect().width / s.viewBox.baseVal.width })()")
    assert size * ratio >= 11
    visible = phone.locator("#network-chart .label:not(.minor)").count()
    assert 5 <= visible < phone.locator("#network-chart a.node").count()
    before = _spread(_centres(phone))
    # a two-finger pinch (touch pointers) spreads the actors apart
    phone.evaluate("""([x, y]) => {
      var svg = document.querySelector('#network-chart svg');
      function ev(type, id, cx) { return new PointerEvent(type, {pointerId: id, pointerType: 'touch', isPrimary: id === 1,
        clientX: cx, clientY: y, bubbles: true, button: 0}); }
      svg.querySelector('.pan-surface').dispatchEvent(ev('pointerdown', 1, x - 20));
      svg.querySelector('.pan-surface').dispatchEvent(ev('pointerdown', 2, x + 20));
      window.dispatchEvent(ev('pointermove', 1, x - 60));
      window.dispatchEvent(ev('pointermove', 2, x + 60));
      window.dispatchEvent(ev('pointerup', 1, x - 60));
      window.dispatchEvent(ev('pointerup', 2, x + 60));
    }""", [svg["x"] + svg["width"] / 2, svg["y"] + svg["height"] / 2])
    assert _spread(_centres(phone)) == pytest.approx(before * 3, rel=0.02)
    _shot(phone, "phone-network-pinched")
    assert phone.errors == [], phone.errors


# ------------------------------------------------------------------------------------------- the data behind


def test_nav_network_types_are_in_the_json_not_in_the_csv(http: Any) -> None:
    data = http.get("/network.json").json()
    assert all(sum(e["types"].values()) == e["weight"] for e in data["edges"])
    edge = next(e for e in data["edges"] if e["source"] == RUS and e["target"] == TALIBAN)
    assert edge["types"].get("AID", 0) >= 1
    csv_text = http.get("/network.csv").text
    assert "types" not in csv_text.splitlines()[0] and "{" not in csv_text


def test_nav_article_list_json_and_csv(http: Any, demo_store: dict[str, Any]) -> None:
    data = http.get("/articles.json", params={"limit": 5}).json()
    assert data["total"] == len(demo_store["articles"]) + 1 and data["has_more"] and len(data["items"]) == 5
    assert set(data["items"][0]) >= {"id", "title", "site", "published", "language", "n_events"}
    assert "source" not in data["items"][0]  # the path the server read it from stays on the server
    assert http.get("/articles.json", params={"limit": 0}).status_code in (400, 422)
    rows = http.get("/articles.csv").text.splitlines()
    assert rows[0].startswith("id,") and len(rows) == data["total"] + 1
