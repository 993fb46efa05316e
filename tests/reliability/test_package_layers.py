"""Package layers, read from the source (``ast``): extraction never reaches the store or the layers above it, the actor
dictionary needs no extraction code, extraction modules use no other object's private attributes, and every
package says what it exports (``__all__``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "annalyst"


def _modules(package: str) -> list[Path]:
    return sorted(p for p in (SRC / package).rglob("*.py") if "resources" not in p.parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    parts = ["annalyst", *path.relative_to(SRC).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    else:
        parts = parts[:-1]  # the module's package
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = parts[: len(parts) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
    return found


@pytest.mark.parametrize("path", _modules("extract"), ids=lambda p: str(p.relative_to(SRC)))
def test_extraction_never_imports_the_store_or_the_layers_above(path):
    above = ("annalyst.store", "annalyst.jobs", "annalyst.api", "annalyst.serve", "annalyst.cli", "annalyst.watch")
    bad = sorted(m for m in _imports(path) if m.startswith(above))
    assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("path", _modules("actors"), ids=lambda p: str(p.relative_to(SRC)))
def test_the_actor_package_needs_no_extraction_code(path):
    bad = sorted(m for m in _imports(path) if m.startswith(("annalyst.extract", "annalyst.store", "annalyst.api")))
    assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("path", _modules("extract"), ids=lambda p: str(p.relative_to(SRC)))
def test_extraction_modules_use_no_private_attribute_of_another_object(path):
    """``coder._resolve_all`` from another module: a private helper used as an interface. ``self._x``, ``cls._x``
    and spaCy's extension namespace ``doc._`` are fine; so is a private name imported from nowhere else."""
    tree = ast.parse(path.read_text("utf-8"))
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                and node.attr != "_" and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
            bad.append(f"line {node.lineno}: .{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.level:
            bad += [f"line {node.lineno}: imports {a.name}" for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")]
    assert not bad, f"{path.relative_to(SRC)}: {bad}"


@pytest.mark.parametrize("path", sorted(p for p in SRC.rglob("__init__.py") if "migrations" not in p.parts),
                         ids=lambda p: str(p.relative_to(SRC)))
def test_every_package_declares_its_exports(path):
    """(Alembic's migration folders are left out: nobody imports from them.)"""
    tree = ast.parse(path.read_text("utf-8"))
    names = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
             for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)}
    assert "__all__" in names, f"{path.relative_to(SRC)} has no __all__"
