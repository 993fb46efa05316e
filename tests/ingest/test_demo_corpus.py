"""The bundled demo corpus (our own fictional articles, seven languages, HTML/text/JSONL/feed) ingests with the
metadata its manifest records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalyst.api import demo_corpus_path
from annalyst.errors import InputError
from annalyst.ingest import read

DEMO = demo_corpus_path()
MANIFEST = json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ingested():
    by_source: dict[str, list] = {}
    errors = []
    for item in read([str(DEMO)]):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        key = str(Path(item.source.split(":")[0]).relative_to(DEMO)) if item.source else None
        by_source.setdefault(key, []).append(item)
    return by_source, errors


def test_demo_corpus_reads_without_errors(ingested):
    _, errors = ingested
    assert errors == []


@pytest.mark.parametrize("entry", [a for a in MANIFEST["articles"] if a["format"] != "jsonl"], ids=lambda a: a["file"])
def test_demo_corpus_metadata(ingested, entry):
    by_source, _ = ingested
    articles = by_source[entry["file"]]
    article = articles[0]
    assert article.language == entry["language"]
    assert article.title == entry["title"]
    assert article.authors == entry["authors"]
    if entry.get("site"):
        assert article.site == entry["site"]
    assert article.published.date == entry["published"]["date"]
    if entry["published"]["date"]:
        assert article.published.source == entry["published"]["source"]
    assert article.translated == entry["translated"]
    assert article.original_url == entry.get("original_url")
