"""Read Phoenix / PETRARCH (TABARI-format) dictionaries: actors with dated roles, and agents.

Actor files (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``, ``PETR.Validate.actors.txt`` ...)::

    VLADIMIR_PUTIN_  # CountryInfo.txt          <- an entry: the primary name ("_" is a space, a final "_" a word end)
    +PRESIDENT_PUTIN_                           <- "+" lines are further names of the same actor
        [RUSGOV 991231-080507]                  <- a code held from .. to (YYMMDD or YYYYMMDD)
        [RUSGOV >080508]                        <- from that day on
        [RUSELI]                                <- undated: the code when no dated one applies
    GOLLUM [HOB < 950601]                       <- until the day before; codes may follow the name on its line

Two-digit years 00-30 are 20xx, 31-99 19xx (the files date from 2014 and reach back to the 1930s). ``[CODE <D]`` ends
the day before D, ``[CODE >D]`` starts on D. ``[---]``/``[+++]``/``[###]`` are null codes, ``[A/B]`` two codes,
``{...}`` irregular plural forms (kept as names). ``#`` starts a comment; ``<!-- ... -->`` blocks are skipped.

Each entry becomes a ``models.Actor`` with id ``phx:<SLUG-OF-PRIMARY-NAME>``, the names as aliases, the codes as dated
``Role``s, ``country`` from the code's first three letters when they are an ISO 3166 alpha-3 code, and a ``kind``
guessed from the codes (documented in ``guess_kind``). A line that cannot be read is reported as an ``InputError``
naming ``file:line`` and the import goes on.

Agent files (``Phoenix.agents.txt``) map nouns to agent codes (``FOREIGN_MINISTER [~GOVFRM]``), with substitution sets
(``!MINIST! = MINISTER, MINISTRY``) and plural forms (``{CHAMBERS_OF_COMMERCE}``; ``{}`` = no regular plural).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..models import Actor, Alias, Role
from .names import slug

__all__ = ["PhoenixImport", "AgentEntry", "import_phoenix", "parse_actors", "parse_agents", "parse_date", "guess_kind"]

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")
_DATE_OP = re.compile(r"^([<>])\s*(\d{6}|\d{8})$")
_CODE = re.compile(r"^[A-Z0-9~]+$")
_NULL_CODES = {"---", "+++", "###"}


@dataclass
class PhoenixImport:
    """What one file gave: the actors read and the lines that failed (the import does not stop at them)."""

    source: str
    actors: list[Actor] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


@dataclass
class AgentEntry:
    """One agent noun: ``text`` ("foreign minister"), its ``code`` ("~GOVFRM"), irregular ``plurals`` and the line."""

    text: str
    code: str
    plurals: list[str] = field(default_factory=list)
    line: int = 0
    no_regular_plural: bool = False


def parse_date(text: str) -> str:
    """ISO date of a TABARI date (``YYMMDD`` with 00-30 = 20xx, or ``YYYYMMDD``); ``ValueError`` if invalid."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise ValueError(f"a date has 6 or 8 digits, not {text!r}")
    return dt.date(year, month, day).isoformat()


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _roles_of_block(block: str) -> list[Role]:
    """Roles of one ``[...]`` block; ``ValueError`` naming what is wrong."""
    parts = block.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code block []")
    code_text = parts[0].upper()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if code_text in _NULL_CODES:
        return []
    # "[< 950601]" style blocks with the code missing
    if code_text[0] in "<>" or code_text[0].isdigit():
        raise ValueError(f"code block [{block.strip()}] has no code")
    start = end = None
    if rest:
        m_op, m_range = _DATE_OP.match(rest), _DATE_RANGE.match(rest)
        if m_op:
            day = parse_date(m_op.group(2))
            if m_op.group(1) == ">":
                start = day
            else:
                end = _day_before(day)
        elif m_range:
            start, end = parse_date(m_range.group(1)), parse_date(m_range.group(2))
            if end < start:
                raise ValueError(f"date range ends before it starts: [{block.strip()}]")
        else:
            raise ValueError(f"cannot read the dates in [{block.strip()}]")
    roles = []
    for code in code_text.split("/"):
        if not _CODE.match(code):
            raise ValueError(f"not a code: {code!r} in [{block.strip()}]")
        roles.append(Role(code=code, start=start, end=end))
    return roles


def _display(name: str) -> str:
    """A readable form of a dictionary name: ``VLADIMIR_V._PUTIN_`` -> ``Vladimir V. Putin``; short vowel-less
    words and words with dots stay upper case (``U.S.``, ``UN``)."""
    words = []
    for word in name.replace("_", " ").split():
        bare = word.strip(".,()'")
        if "." in word or len(bare) <= 2 or not re.search(r"[AEIOUY]", bare):
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def guess_kind(roles: Iterable[Role], comment: str = "") -> str:
    """Kind of a dictionary entry from its codes: ``person`` for dated government/elite roles or ruler lists,
    ``igo``, ``organisation`` (NGO), ``media``, ``armed_group`` (REB, IMG, UAF, INS), ``military``, ``party``,
    ``judiciary``, ``legislature``, ``government``, ``country`` (a bare country code), else ``organisation``."""
    roles = list(roles)
    codes = [r.code.lstrip("~") for r in roles]
    if not codes:
        return "organisation"
    dated = any(r.start or r.end for r in roles)
    if "CountryInfo" in comment or "rulers" in comment or (dated and any(c[3:6] in ("GOV", "ELI") or c.endswith("ELI") for c in codes)):
        return "person"
    first = codes[0]
    if first.startswith("IGO"):
        return "igo"
    if first.startswith("NGO"):
        return "organisation"
    tail = first[3:] if first[:3] in _iso3_codes() else first
    if "MED" in tail:
        return "media"
    if first.startswith("IMG") or any(t in tail for t in ("REB", "UAF", "INS", "SEP")):
        return "armed_group"
    if "MIL" in tail or "COP" in tail:
        return "military"
    if "PTY" in tail or "OPP" in tail:
        return "party"
    if "JUD" in tail:
        return "judiciary"
    if "LEG" in tail:
        return "legislature"
    if "GOV" in tail or "SPY" in tail:
        return "government"
    if len(first) == 3 and first in _iso3_codes() and len(set(codes)) == 1:
        return "country"
    return "organisation"


def _clean_lines(lines: Iterable[str]) -> Iterable[tuple[int, str, str]]:
    """(line number, text without comment, comment) for every line outside ``<!-- -->`` blocks."""
    in_block = False
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if in_block:
            if "-->" in line:
                in_block = False
            continue
        if re.match(r"^\s*<!\s*--", line):
            if "-->" not in line:
                in_block = True
            continue
        text, _, comment = line.partition("#")
        yield lineno, text.rstrip(), comment.strip()


class _Entry:
    def __init__(self, name: str, line: int, comment: str) -> None:
        self.names = [name]
        self.line = line
        self.comment = comment
        self.roles: list[Role] = []


def parse_actors(lines: Iterable[str], source: str = "<actors>") -> PhoenixImport:
    """Read the lines of a TABARI/PETRARCH actor dictionary (see the module docstring)."""
    result = PhoenixImport(source=source)
    entries: list[_Entry] = []
    current: _Entry | None = None
    for lineno, text, comment in _clean_lines(lines):
        stripped = text.strip()
        if not stripped:
            continue
        blocks = _CODE_BLOCK.findall(stripped)
        name_part = _CODE_BLOCK.sub(" ", stripped)
        if "[" in name_part or "]" in name_part:
            result.errors.append(InputError(f"{source}:{lineno}", f"unbalanced brackets in {stripped!r}"))
            name_part = name_part.replace("[", " ").replace("]", " ")
        plurals = [p for b in _BRACES.findall(name_part) for p in b.split()]
        name_part = _BRACES.sub(" ", name_part).strip()
        if name_part.startswith("+"):
            if current is None:
                result.errors.append(InputError(f"{source}:{lineno}", "an alias line (+) before any actor name"))
                continue
            alias = name_part[1:].strip()
            if alias:
                current.names.append(alias)
        elif name_part:
            current = _Entry(name_part, lineno, comment)
            entries.append(current)
        elif current is None and blocks:
            result.errors.append(InputError(f"{source}:{lineno}", "a code line before any actor name"))
            continue
        if current is None:
            continue
        current.names.extend(plurals)
        for block in blocks:
            try:
                current.roles.extend(_roles_of_block(block))
            except ValueError as exc:
                result.errors.append(InputError(f"{source}:{lineno}", str(exc)))
    by_id: dict[str, Actor] = {}
    for entry in entries:
        actor = _to_actor(entry)
        if actor.id in by_id:
            known = by_id[actor.id]
            have = {a.text.casefold() for a in known.aliases}
            known.aliases.extend(a for a in actor.aliases if a.text.casefold() not in have)
            known.roles.extend(r for r in actor.roles if r not in known.roles)
        else:
            by_id[actor.id] = actor
    result.actors = list(by_id.values())
    return result


def _to_actor(entry: _Entry) -> Actor:
    names: list[str] = []
    for raw in entry.names:
        display = _display(raw.strip().strip("_"))
        if display and display.casefold() not in {n.casefold() for n in names}:
            names.append(display)
    primary = names[0] if names else "?"
    codes = [r.code.lstrip("~") for r in entry.roles]
    country = next((c[:3] for c in codes if c[:3] in _iso3_codes()), None)
    kind = guess_kind(entry.roles, entry.comment)
    actor_codes = {"cameo": codes[0]} if codes else {}
    if country:
        actor_codes["iso3"] = country
    return Actor(
        id=f"phx:{slug(primary).upper()}", name=primary, kind=kind, country=country, roles=entry.roles,
        aliases=[Alias(n, "en", "Latn") for n in names], codes=actor_codes,
    )


def import_phoenix(path: str | Path) -> PhoenixImport:
    """Read a Phoenix/PETRARCH ``.actors.txt`` file; ``InputError`` if it cannot be opened at all."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return parse_actors(text.splitlines(), source=str(path))


def parse_agents(path: str | Path) -> tuple[list[AgentEntry], list[InputError]]:
    """Read a PETRARCH agents file into ``AgentEntry`` records (substitution sets expanded) and per-line errors."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    subs: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    errors: list[InputError] = []
    for lineno, text, _ in _clean_lines(lines):
        text = text.strip()
        if not text:
            continue
        m_sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", text)
        if m_sub:
            subs[m_sub.group(1)] = [w.strip() for w in m_sub.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(text)
        if len(blocks) != 1:
            errors.append(InputError(f"{path}:{lineno}", f"expected one [code] block in {text!r}"))
            continue
        code = blocks[0].strip().upper()
        if not re.match(r"^[A-Z~]+[A-Z0-9~]*$", code):
            errors.append(InputError(f"{path}:{lineno}", f"not an agent code: [{blocks[0]}]"))
            continue
        body = _CODE_BLOCK.sub(" ", text)
        braces = _BRACES.findall(body)
        noun = _BRACES.sub(" ", body).strip()
        if not noun:
            errors.append(InputError(f"{path}:{lineno}", "an agent code without a noun"))
            continue
        plurals = [p.replace("_", " ").strip().lower() for b in braces for p in b.split() if p.strip("_")]
        for form in _expand(noun, subs):
            entries.append(AgentEntry(
                text=" ".join(form.replace("_", " ").lower().split()), code=code, plurals=plurals, line=lineno,
                no_regular_plural=bool(braces),
            ))
    return entries, errors


def _expand(noun: str, subs: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", noun)
    if not m or m.group(0) not in subs:
        return [noun]
    out = []
    for word in subs[m.group(0)]:
        out.extend(_expand(noun[: m.start()] + word + noun[m.end():], subs))
    return out
