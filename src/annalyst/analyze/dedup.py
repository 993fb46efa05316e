"""Near-duplicate articles: the same story republished, syndicated under a new headline, or translated.

Two ways to find that article B repeats article A, both incremental (adding an article costs a few indexed
look-ups, never a pass over the store):

* **Provenance.** B names A as its source: B's ``original_url`` (read from a canonical link, or from an
  "Original: <url>" line of a republishing platform) is A's ``url``, or the other way round. The link is a
  ``translation`` when B is marked translated or the two languages differ, else a ``republication``.
* **Text.** The body (not the headline, which syndication rewrites) is normalised to words (NFKC, casefolded,
  punctuation dropped; scripts written without spaces, such as Chinese, Japanese and Thai, count each character as a
  word), cut into overlapping ``SHINGLE``-word shingles and summarised by a datasketch ``MinHash`` of ``NUM_PERM``
  permutations. Locality-sensitive hashing splits the signature into the bands datasketch's ``MinHashLSH`` chooses for
  ``CANDIDATE_THRESHOLD``; each band's hash is a row of ``article_bands`` with an index, so finding the candidates
  of a new article is one look-up per band. A candidate becomes a ``near_duplicate`` link when the estimated Jaccard
  similarity of the two shingle sets is at least ``LINK_THRESHOLD`` (0.5: a republication with a changed headline,
  a dropped paragraph or an appended disclaimer keeps well above it; two different stories about one event, sharing
  names and stock phrases, stay well below, typically under 0.15).

Text similarity is language-independent but cannot see a translation; provenance can. The link points from the later
article to the earlier one (``article_links.other_id`` is the original: the earlier publication date, else the
earlier stored).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import sqlalchemy as sa

from ..models import Article
from ..store import schema as t

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "CANDIDATE_THRESHOLD",
    "LINK_THRESHOLD",
    "Link",
    "words",
    "shingles",
    "signature",
    "band_keys",
    "similarity",
    "link_article",
    "forget_article",
]

NUM_PERM = 128
SHINGLE = 3
CANDIDATE_THRESHOLD = 0.5
LINK_THRESHOLD = 0.5
SEED = 1
#: datasketch's permutation scheme (>= 2.0), pinned: stored signatures stay comparable across datasketch upgrades
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)
#: scripts written without spaces between words: every character is a token
_NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]")


@dataclass
class Link:
    article_id: str
    other_id: str  # the original (earlier) article
    kind: str  # near_duplicate, republication, translation
    similarity: float | None


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    for token in _WORD.findall(text):
        if _NO_SPACE.search(token):
            out.extend(ch for ch in token if not ch.isspace())
        else:
            out.append(token)
    return out


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    toks = words(text)
    if len(toks) < k:
        return {" ".join(toks).encode("utf-8")} if toks else set()
    return {" ".join(toks[i:i + k]).encode("utf-8") for i in range(len(toks) - k + 1)}


@lru_cache(maxsize=1)
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


@lru_cache(maxsize=1)
def bands() -> tuple[int, int]:
    """``(b, r)``: the number of bands and rows per band datasketch chooses for ``CANDIDATE_THRESHOLD``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def signature(shingle_set: Iterable[bytes]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32) of a set of shingles."""
    from datasketch import MinHash

    proto = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=proto.permutations, scheme=SCHEME)
    items = list(shingle_set)
    if items:
        mh.update_batch(items)
    return np.asarray(mh.hashvalues, dtype=np.uint64).astype("<u4")


def band_keys(sig: np.ndarray) -> list[tuple[int, int]]:
    """``[(band, key)]``: a signed 64-bit hash of each band of the signature."""
    b, r = bands()
    out = []
    raw = sig.astype("<u4")
    for i in range(b):
        digest = hashlib.blake2b(raw[i * r:(i + 1) * r].tobytes(), digest_size=8).digest()
        out.append((i, int.from_bytes(digest, "little", signed=True)))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def _norm_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    url = re.sub(r"^https?://(www\.)?", "", url, flags=re.I)
    return url.rstrip("/").casefold() or None


def _url_variants(url: str) -> list[str]:
    core = re.sub(r"^https?://(www\.)?", "", url.strip(), flags=re.I).rstrip("/")
    out = []
    for scheme in ("https://", "http://", "https://www.", "http://www."):
        out += [scheme + core, scheme + core + "/"]
    return out


def _order(a: dict, b: dict) -> tuple[dict, dict]:
    """``(later, original)`` of two article rows."""
    ka = (a["published_date"] or "9999-99-99", a["seq"])
    kb = (b["published_date"] or "9999-99-99", b["seq"])
    return (a, b) if ka > kb else (b, a)


def _kind(copy: dict, original: dict) -> str:
    if copy["translated"] or (copy["language"] and original["language"] and copy["language"] != original["language"]):
        return "translation"
    return "republication"


@lru_cache(maxsize=4)
def _band_sql(n: int) -> sa.TextClause:
    """Articles sharing a band with a signature: one primary-key look-up per band."""
    return sa.text(" UNION ".join(f"SELECT article_id FROM article_bands WHERE band = {i} AND key = :k{i}" for i in range(n)))


def forget_article(conn: sa.Connection, article_id: str) -> None:
    """Remove an article's signature and bands (before re-indexing it)."""
    conn.execute(sa.delete(t.article_bands).where(t.article_bands.c.article_id == article_id))
    conn.execute(sa.delete(t.article_minhash).where(t.article_minhash.c.article_id == article_id))


def link_article(conn: sa.Connection, article: Article, *, insert=None) -> list[Link]:  # noqa: ANN001
    """Index ``article`` (signature and bands) and link it to the stored articles it repeats; returns the links made.

    ``insert`` is the store's dialect insert (``Store.insert``), for inserts that skip existing rows.
    """
    a = t.articles
    cols = [a.c.id, a.c.seq, a.c.url, a.c.original_url, a.c.published_date, a.c.language, a.c.translated]
    me: Any = conn.execute(sa.select(*cols).where(a.c.id == article.id)).mappings().first()
    if me is None:
        return []
    me = dict(me)
    found: dict[str, tuple[str, float | None, dict]] = {}

    # provenance: this article names another as its original, or another names this one
    if article.original_url:
        for row in conn.execute(sa.select(*cols).where(a.c.url.in_(_url_variants(article.original_url)))).mappings():
            if row["id"] != article.id:
                found[row["id"]] = ("provenance", None, dict(row))
    if article.url:
        for row in conn.execute(sa.select(*cols).where(a.c.original_url.in_(_url_variants(article.url)))).mappings():
            if row["id"] != article.id:
                found[row["id"]] = ("provenance", None, dict(row))

    # text: MinHash LSH through the band table
    sh = shingles(article.text or "")
    sig = signature(sh)
    keys = band_keys(sig)
    forget_article(conn, article.id)
    if sh:
        params = {f"k{band}": key for band, key in keys}
        candidates = sorted({r[0] for r in conn.execute(_band_sql(len(keys)), params) if r[0] != article.id})
        if candidates:
            mh = t.article_minhash
            sigs = {r[0]: np.frombuffer(r[1], dtype="<u4") for r in conn.execute(
                sa.select(mh.c.article_id, mh.c.signature).where(mh.c.article_id.in_(candidates)))}
            close = {cid: similarity(sig, s) for cid, s in sigs.items() if similarity(sig, s) >= LINK_THRESHOLD}
            if close:
                for row in conn.execute(sa.select(*cols).where(a.c.id.in_(sorted(close)))).mappings():
                    prev = found.get(row["id"])
                    found[row["id"]] = ("provenance" if prev else "text", close[row["id"]], dict(row))
        conn.execute(t.article_bands.insert(), [{"band": band, "key": key, "article_id": article.id} for band, key in keys])
    conn.execute(t.article_minhash.insert().values(article_id=article.id, num_perm=NUM_PERM, n_shingles=len(sh),
                                                   signature=sig.tobytes()))

    links: list[Link] = []
    for _other_id, (how, sim, other) in sorted(found.items()):
        if how == "provenance":
            # the article that names the other as its original is the copy
            if _norm_url(me["original_url"]) and _norm_url(me["original_url"]) == _norm_url(other["url"]):
                copy, original = me, other
            else:
                copy, original = other, me
            kind = _kind(copy, original)
        else:
            copy, original = _order(me, other)
            kind = "near_duplicate"
        link = Link(article_id=copy["id"], other_id=original["id"], kind=kind, similarity=sim)
        stmt = (insert or sa.insert)(t.article_links).values(
            article_id=link.article_id, other_id=link.other_id, kind=link.kind, similarity=link.similarity)
        if insert is not None:
            stmt = stmt.on_conflict_do_nothing()  # type: ignore[union-attr]  # the dialect insert
        conn.execute(stmt)
        links.append(link)
    return links
