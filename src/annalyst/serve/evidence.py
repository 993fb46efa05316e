"""The evidence of an event page as a reader should see it: one card per article (however many of the cluster's
member events it gave), its sentences grouped and each shown once; the number of sources as the number of distinct
sites among the cards shown; counts as ranges when the sources disagree ("15–18"); which way each card's text runs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["evidence_cards", "RTL_LANGUAGES", "count_ranges"]

#: languages written right to left (ISO 639-1, and the ones the native coders read)
RTL_LANGUAGES = frozenset({"ar", "fa", "ps", "ur", "he", "yi", "ug", "sd", "ckb", "dv", "prs"})
COUNT_NAMES = ("killed", "injured", "arrested")


def evidence_cards(sources: list[dict[str, Any]], evidence_html: list[list[Any]], cluster: dict[str, Any]) -> dict[str, Any]:
    """``{"cards", "n_cards", "n_sites", "counts", "disagreements"}`` from ``views.event_view``'s ``sources`` (one
    per member event, with its evidence contexts) and their highlighted evidence (``evidence_html``, same order)."""
    cards: list[dict[str, Any]] = []
    by_article: dict[str, dict[str, Any]] = {}
    for source, htmls in zip(sources, evidence_html):
        art = source.get("article")
        key = art["id"] if art else f"event:{source['event'].get('id')}"
        card = by_article.get(key)
        if card is None:
            lang = (art or {}).get("language") or ""
            card = {"article": art, "events": [], "evidence": [], "_spans": set(),
                    "rtl": lang.split("-")[0].lower() in RTL_LANGUAGES, "language": lang or None}
            by_article[key] = card
            cards.append(card)
        card["events"].append(source["event"])
        for ev, html in zip(source.get("evidence") or [], htmls):
            span = (ev.get("start"), ev.get("end"))
            if span in card["_spans"]:
                continue  # two events of one sentence: the sentence once
            card["_spans"].add(span)
            card["evidence"].append({"html": html, "leading": ev["context"]["leading"],
                                     "trailing": ev["context"]["trailing"]})
    for card in cards:
        del card["_spans"]
    sites = {(c["article"] or {}).get("site") or (c["article"] or {}).get("id") or id(c) for c in cards}
    names = {c["article"]["id"]: (c["article"].get("site") or c["article"].get("title") or c["article"]["id"])
             for c in cards if c["article"]}
    return {"cards": cards, "n_cards": len(cards), "n_sites": len(sites),
            "counts": count_ranges([s["event"] for s in sources], names, cluster.get("event") or {}),
            "disagreements": _disagreements(cluster.get("contradictions") or [], names)}


def _label(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


def count_ranges(members: list[dict[str, Any]], names: dict[str, str], merged: dict[str, Any]) -> list[dict[str, Any]]:
    """Each count (killed, injured, arrested) some source gives: ``{"name", "label", "low", "high", "by"}`` where
    ``label`` is one number when the sources agree and a range ("15–18") when they do not, and ``by`` lists which
    source said what. Without member counts, the merged event's count."""
    out = []
    for name in COUNT_NAMES:
        said: dict[int, list[str]] = {}
        for e in members:
            value = (e.get("counts") or {}).get(name)
            if value is None:
                continue
            who = names.get(e.get("article_id") or "", e.get("article_id") or "?")
            said.setdefault(int(value), [])
            if who not in said[int(value)]:
                said[int(value)].append(who)
        if not said:
            value = (merged.get("counts") or {}).get(name)
            if value is None:
                continue
            said = {int(value): []}
        lo, hi = min(said), max(said)
        out.append({"name": name, "label": _label(lo, hi), "low": lo, "high": hi,
                    "by": [{"value": v, "sources": said[v]} for v in sorted(said)]})
    return out


def _disagreements(contradictions: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """The cluster's contradictions as ``{"field", "values": [{"value", "sources"}]}`` with source names."""
    out = []
    for c in contradictions:
        field = str(c.get("field") or "")
        values = []
        for v in c.get("values") or []:
            if not isinstance(v, dict):
                continue
            values.append({"value": v.get("value"), "sources": [names.get(a, a) for a in v.get("article_ids") or []]})
        if values:
            out.append({"field": field.replace("counts.", "").replace("_", " "), "values": values})
    return out
