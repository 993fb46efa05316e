"""``cli/`` and ``serve/`` are thin layers over ``Annalyst``: they may import only ``annalyst.api``, ``annalyst.models``,
``annalyst.errors`` and ``annalyst.settings`` (and modules of their own package), so every read and write goes through
the public API and the store stays private. Each exception is listed below with why it reads no store and runs no
stage; a new import fails this test until it is reviewed and added. (The ``test_sql_bound.py`` pattern: an AST scan
of every import, module level and inside functions, absolute and relative.)"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "annalyst"
LAYERS = ("cli", "serve")
ALLOWED = {"annalyst.api", "annalyst.models", "annalyst.errors", "annalyst.settings"}

#: (file relative to src/annalyst, imported module): why it is allowed
EXCEPTIONS = {
    ("serve/exports.py", "annalyst.export"): "file formats (JSONL, CSV, Parquet writers) over records already read "
                                             "through Annalyst; reads no store",
    ("serve/render.py", "annalyst.export"): "text_chunks, the streaming of a download's rows in a file format",
    ("cli/serve.py", "annalyst.serve"): "`annalyst serve` starts the web app, and `export network|dyad` write the "
                                        "GraphML/CSV formats the web app also serves (serve.formats, no store)",
    ("cli/events.py", "annalyst.evaluate.report"): "renders the evaluation reports Annalyst.evaluate returns (rich "
                                                   "tables and JSON beside the report type); reads gold files only",
}


def _imports(path: Path) -> set[str]:
    """Every ``annalyst`` module ``path`` imports, with relative imports made absolute."""
    rel = path.relative_to(SRC.parent).with_suffix("")
    return _imports_of(path.read_text(encoding="utf-8"), list(rel.parts[:-1]))  # package e.g. ["annalyst", "cli"]


def _imports_of(code: str, package: list[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "annalyst"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                if not node.module:  # from .. import x: each name may be a module
                    found |= {f"{module}.{a.name}" for a in node.names}
                    continue
            else:
                module = node.module or ""
            if module.split(".")[0] == "annalyst":
                found.add(module)
    return found


def _allowed(rel: str, module: str) -> bool:
    own = "annalyst." + rel.split("/")[0]
    if module == own or module.startswith(own + "."):
        return True
    if module in ALLOWED:
        return True
    return any(rel == f and (module == m or module.startswith(m + ".")) for f, m in EXCEPTIONS)


def _violations() -> list[tuple[str, str]]:
    out = []
    for layer in LAYERS:
        for path in sorted((SRC / layer).rglob("*.py")):
            rel = path.relative_to(SRC).as_posix()
            out += [(rel, m) for m in sorted(_imports(path)) if not _allowed(rel, m)]
    return out


def test_layers_cli_and_serve_import_only_the_public_api():
    bad = _violations()
    assert not bad, f"cli/ and serve/ import past the public API (use Annalyst, or review and list them): {bad}"


def test_layers_exceptions_are_all_still_needed():
    """A listed exception that no module uses any more is taken off the list."""
    used = set()
    for layer in LAYERS:
        for path in sorted((SRC / layer).rglob("*.py")):
            rel = path.relative_to(SRC).as_posix()
            used |= {(rel, m) for f, m in EXCEPTIONS for x in _imports(path)
                     if f == rel and (x == m or x.startswith(m + "."))}
    assert used == set(EXCEPTIONS)


def test_layers_scan_sees_relative_and_nested_imports():
    """The scanner resolves ``from ..store import x`` inside a function, and ``import annalyst.extract``."""
    code = ("import json\nimport annalyst.extract.pipeline\nfrom ..api import Annalyst\nfrom . import common\n"
            "def f():\n    from ..store import schema\n    from ..store.views import network\n")
    found = _imports_of(code, ["annalyst", "cli"])
    assert found == {"annalyst.extract.pipeline", "annalyst.api", "annalyst.cli.common", "annalyst.store",
                     "annalyst.store.views"}
    assert not _allowed("cli/_scan_probe.py", "annalyst.store") and _allowed("cli/_scan_probe.py", "annalyst.cli.common")
