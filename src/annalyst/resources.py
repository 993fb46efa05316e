"""The one way to read packaged data files (lexicons, dictionaries, patterns) from ``extract/resources/``.

Every file there says where its content came from (a header line, a ``_source`` key, or a README in its folder).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ModelError

__all__ = ["RESOURCES", "resource_path", "load_json", "load_jsonl", "load_lines", "load_word_lists"]

RESOURCES = Path(__file__).parent / "extract" / "resources"


def resource_path(*parts: str) -> Path:
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise ModelError(f"resource file missing from the package: {'/'.join(parts)}")
    return path


@cache
def load_json(*parts: str) -> Any:
    """A packaged JSON file (cached; treat the result as read-only)."""
    path = resource_path(*parts)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read resource {path.name}: {exc}") from None


@cache
def load_word_lists(*parts: str) -> dict[str, frozenset[str]]:
    """The word lists of a packaged JSON file, as sets: each key holding a list (``_source`` and keys holding other
    values left out)."""
    return {k: frozenset(v) for k, v in load_json(*parts).items() if not k.startswith("_") and isinstance(v, list)}


def load_jsonl(*parts: str) -> list[Any]:
    path = resource_path(*parts)
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("//"):
                continue
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise ModelError(f"{path.name}:{lineno}: {exc}") from None
    return out


def load_lines(*parts: str) -> list[str]:
    """Non-empty lines of a packaged text file, without ``#`` comment lines."""
    path = resource_path(*parts)
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
