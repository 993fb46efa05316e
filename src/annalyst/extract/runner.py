"""``extract_pending``: code every stored article not yet extracted, in batches, resumably.

Articles are read with ``store.iter_articles(pending_extraction=True)``, parsed with ``analyze_many`` (``nlp.pipe``)
and written with ``store.save_extractions`` one batch per transaction, which also marks them extracted: a run that
is stopped leaves whole batches stored and the rest pending for the next run. ``extract_batch`` is a plain
module-level function over plain records, so a process pool (``--workers``, later) can call it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..models import Article, ParseResult
from .analyze import EXTRACTOR_VERSION, analyze_many

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings
    from ..store import Store

__all__ = ["extract_pending", "extract_batch"]


def extract_batch(articles: list[Article], nlp: Any, batch_size: int = 32,
                  translator: Any = None, llm: Any = None, coder: str = "rules") -> list[tuple[str, ParseResult]]:
    """The analyses of a batch of articles (picklable inputs and outputs); with ``llm`` and ``coder`` llm/hybrid,
    English events are coded or reviewed by the language model (``extract.llm``)."""
    results = list(analyze_many(articles, nlp, batch_size=batch_size, translator=translator))
    if llm is not None:
        from .llm import apply_coder

        results = [(article_id, apply_coder(result, llm, coder)) for article_id, result in results]
    return results


def extract_pending(
    store: Store,
    settings: Settings,
    *,
    nlp: Any = None,
    progress: Callable[[int, str], None] | None = None,
    batch_size: int | None = None,
    limit: int | None = None,
    translator: Any = None,
) -> int:
    """Extract every pending article; returns how many were stored. ``progress(n, note)`` after each batch.
    ``translator`` (default: the one the ``translator`` setting names, if any) translates non-English articles."""
    if nlp is None:
        from .pipeline import load_pipeline

        nlp = load_pipeline(settings.model)
    if translator is None:
        from .translate import translator_from_settings

        translator = translator_from_settings(settings.translator)
    from .llm import llm_from_settings

    llm = llm_from_settings(settings.coder, settings.llm)
    size = batch_size or settings.batch_size
    done = 0
    batch: list[Article] = []

    def flush() -> None:
        nonlocal done
        if not batch:
            return
        results = extract_batch(batch, nlp, batch_size=size, translator=translator, llm=llm, coder=settings.coder)
        store.save_extractions(results, EXTRACTOR_VERSION)
        done += len(results)
        if progress is not None:
            progress(len(results), batch[-1].title or batch[-1].id)
        batch.clear()

    articles: Iterable[Article] = store.iter_articles(pending_extraction=True, batch=size)
    for article in articles:
        if limit is not None and done + len(batch) >= limit:
            break
        batch.append(article)
        if len(batch) >= size:
            flush()
    flush()
    if llm is not None:
        llm.close()
    return done
