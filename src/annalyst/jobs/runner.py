"""``extract_pending``: code every stored article not yet extracted, in batches, resumably.

Articles are read with ``store.iter_articles(pending_extraction=True)``, parsed with ``analyze_many`` (``nlp.pipe``)
and written with ``store.save_extractions`` one batch per transaction, which also marks them extracted: a run that
is stopped leaves whole batches stored and the rest pending for the next run. ``extract_batch`` is a plain
module-level function over plain records, so a process pool (``--workers``) can call it.

An article whose extraction raises or runs past ``extract_timeout`` seconds is marked failed with the reason
(``articles.extract_error``) in its batch's transaction, and the queue skips it until ``--retry-failed``: one bad
article never stalls later runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..extract.document import EXTRACTOR_VERSION, ExtractFailure, analyze_many
from ..models import Article, ParseResult

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings
    from ..store import Store

__all__ = ["extract_pending", "extract_batch", "save_batch"]


def extract_batch(articles: list[Article], nlp: Any, batch_size: int = 32, translator: Any = None,
                  timeout: float | None = None, llm: Any = None,
                  coder: str = "rules") -> list[tuple[str, ParseResult | ExtractFailure]]:
    """The analyses of a batch of articles (picklable inputs and outputs); a failed article gives its
    ``ExtractFailure``. With ``llm`` and ``coder`` llm/hybrid, English events are coded or reviewed by the language
    model (``extract.llm``)."""
    results = list(analyze_many(articles, nlp, batch_size=batch_size, translator=translator, timeout=timeout,
                                failures=True))
    if llm is not None:
        from ..extract.llm import apply_coder

        results = [(article_id, result if isinstance(result, ExtractFailure) else apply_coder(result, llm, coder))
                   for article_id, result in results]
    return results


def save_batch(store: Store, results: list[tuple[str, ParseResult | ExtractFailure]]) -> int:
    """Write a batch's analyses and failure marks in one transaction; returns how many articles were handled."""
    done = [(i, r) for i, r in results if not isinstance(r, ExtractFailure)]
    failed = [(i, r.reason) for i, r in results if isinstance(r, ExtractFailure)]
    store.save_extractions(done, EXTRACTOR_VERSION, failures=failed)
    return len(results)


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
    """Extract every pending article; returns how many were handled (stored or marked failed). ``progress(n, note)`` after each batch.
    ``translator`` (default: the one the ``translator`` setting names, if any) translates non-English articles."""
    if nlp is None:
        from ..actors.dictionary import store_dictionary
        from ..extract.pipeline import build_pipeline

        nlp = build_pipeline(settings, store_dictionary(store))
    if translator is None:
        from ..extract.translate import translator_from_settings

        translator = translator_from_settings(settings.translator)
    from ..extract.llm import llm_from_settings

    llm = llm_from_settings(settings.coder, settings.llm)
    size = batch_size or settings.batch_size
    done = 0
    batch: list[Article] = []

    def flush() -> None:
        nonlocal done
        if not batch:
            return
        results = extract_batch(batch, nlp, batch_size=size, translator=translator,
                                timeout=getattr(settings, "extract_timeout", None), llm=llm, coder=settings.coder)
        done += save_batch(store, results)
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
