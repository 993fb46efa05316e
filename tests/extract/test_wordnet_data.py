"""The packaged verb hierarchy is what ``tools/wordnet_verbs.py`` derives from WordNet 3.0 (when WordNet's database
files are installed: Debian ``wordnet-base``, which the CI installs)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from annalyst.resources import resource_path

WORDNET = Path("/usr/share/wordnet")
TOOL = Path(__file__).resolve().parents[2] / "tools" / "wordnet_verbs.py"


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet's database files are not installed")
def test_wordnet_data_is_rebuilt_byte_for_byte():
    spec = importlib.util.spec_from_file_location("wordnet_verbs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = json.dumps(module.build(WORDNET), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert built == resource_path("events", "wordnet_verbs.json").read_text(encoding="utf-8")
    assert "Princeton University" in json.loads(built)["_licence"]  # the notice WordNet's licence requires
