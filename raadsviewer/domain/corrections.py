"""A person's corrections of the principles the reader found, as an edit layer over its output.

The document's text is never rewritten. A correction is a small record with a stable id (made
where it was first written), saying what to do and where, anchored in the text like an
annotation (the quoted words with a little context, see :mod:`raadsviewer.domain.anchoring`):

* ``use_list``: these principles instead (another candidate list, each item by its span);
* ``mark``: this passage is a principle of its own;
* ``split``: a new principle starts at these words (the one they stand in ends there);
* ``merge``: this principle and the next one are one;
* ``rename``: this principle's title; ``renumber``: its label (without a target: number all
  principles 1..N again);
* ``remove``: this is no principle.

:func:`apply_corrections` replays the records in order over the reader's principles, the same
way on every laptop, so all arrive at the same principles with the same identities: a principle
keeps the key it had (the reader's number or group label), a new one is keyed by where it starts
in the text ("@1234"). Records are plain data (:meth:`Correction.as_dict`,
:func:`correction_from_dict`) so a dossier export can carry them. A record whose words cannot be
found is skipped and reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from raadsviewer.domain.anchoring import locate, make_anchor
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import ParsedPrinciple, TextAnchor, principle_key
from raadsviewer.domain.versions import relocate

OPS = ("use_list", "mark", "split", "merge", "rename", "renumber", "remove")
START_CHARS = 60  # how much of a principle's opening words anchors it
END_CHARS = 40
MAX_TITLE = 300
MAX_LABEL = 20
MAX_ITEMS = 5000

__all__ = [
    "OPS",
    "AppliedCorrections",
    "Correction",
    "ListItem",
    "apply_corrections",
    "correction_from_dict",
    "end_anchor",
    "reanchor",
    "start_anchor",
]


@dataclass(frozen=True, slots=True)
class ListItem:
    """One principle of a ``use_list`` correction: where it starts and ends, and its words."""

    start: TextAnchor
    end: TextAnchor
    label: str
    title: str


@dataclass(frozen=True, slots=True)
class Correction:
    id: str
    op: str
    target: TextAnchor | None = None  # the principle (its opening words) or the passage
    title: str = ""
    label: str = ""
    items: tuple[ListItem, ...] = ()
    note: str = ""  # e.g. which candidate a list came from ("candidate 2: dictum")
    author: str = ""
    created_at: str = ""  # ISO 8601

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "op": self.op,
            "target": _anchor_dict(self.target) if self.target else None,
            "title": self.title,
            "label": self.label,
            "items": [
                {"start": _anchor_dict(i.start), "end": _anchor_dict(i.end), "label": i.label, "title": i.title}
                for i in self.items
            ],
            "note": self.note,
            "author": self.author,
            "created_at": self.created_at,
        }


def _anchor_dict(anchor: TextAnchor) -> dict[str, Any]:
    return {
        "quote": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start": anchor.start,
        "end": anchor.end,
    }


def _anchor(value: Any, document_id: str) -> TextAnchor:
    if not isinstance(value, dict):
        raise UserFacingError("correction_invalid", reason="anchor")
    quote, prefix, suffix = value.get("quote"), value.get("prefix", ""), value.get("suffix", "")
    start, end = value.get("start", 0), value.get("end", 0)
    if not (isinstance(quote, str) and quote and isinstance(prefix, str) and isinstance(suffix, str)):
        raise UserFacingError("correction_invalid", reason="anchor quote")
    if not (isinstance(start, int) and isinstance(end, int)) or len(quote) > 100_000:
        raise UserFacingError("correction_invalid", reason="anchor offsets")
    return TextAnchor(document_id, quote, prefix[:200], suffix[:200], start, end)


def _text(value: Any, limit: int, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise UserFacingError("correction_invalid", reason=what)
    return value


def correction_from_dict(data: Any, document_id: str = "") -> Correction:
    """A correction record read back (from the store, or from a file another laptop wrote);
    anything malformed raises ``correction_invalid``."""
    if not isinstance(data, dict):
        raise UserFacingError("correction_invalid", reason="record")
    op = data.get("op")
    ident = data.get("id")
    if op not in OPS or not isinstance(ident, str) or not 1 <= len(ident) <= 64:
        raise UserFacingError("correction_invalid", reason="op or id")
    target = data.get("target")
    items = data.get("items") or []
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise UserFacingError("correction_invalid", reason="items")
    return Correction(
        id=ident,
        op=op,
        target=_anchor(target, document_id) if target is not None else None,
        title=_text(data.get("title"), MAX_TITLE, "title"),
        label=_text(data.get("label"), MAX_LABEL, "label"),
        items=tuple(
            ListItem(
                start=_anchor(i.get("start") if isinstance(i, dict) else None, document_id),
                end=_anchor(i.get("end") if isinstance(i, dict) else None, document_id),
                label=_text(i.get("label"), MAX_LABEL, "label"),
                title=_text(i.get("title"), MAX_TITLE, "title"),
            )
            for i in items
        ),
        note=_text(data.get("note"), 200, "note"),
        author=_text(data.get("author"), 200, "author"),
        created_at=_text(data.get("created_at"), 40, "created_at"),
    )


# --------------------------------------------------------------------------------------------
# Anchors of principles
# --------------------------------------------------------------------------------------------


def start_anchor(document_id: str, text: str, principle: ParsedPrinciple) -> TextAnchor:
    """A principle's opening words with their context: what a correction points at it by."""
    end = min(principle.end, principle.start + START_CHARS)
    return make_anchor(document_id, text, principle.start, max(end, principle.start + 1))


def end_anchor(document_id: str, text: str, principle: ParsedPrinciple) -> TextAnchor:
    start = max(principle.start, principle.end - END_CHARS)
    return make_anchor(document_id, text, min(start, principle.end - 1), principle.end)


# --------------------------------------------------------------------------------------------
# Applying
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    start: int
    end: int
    title: str
    label: str
    key: str


@dataclass(frozen=True, slots=True)
class AppliedCorrections:
    principles: tuple[ParsedPrinciple, ...]
    applied: tuple[str, ...]  # correction ids
    failed: tuple[tuple[str, str], ...] = ()  # (correction id, reason code)
    merged: dict[str, str] = field(default_factory=dict)  # key of a principle merged away -> key it went into

    @property
    def corrected(self) -> bool:
        return bool(self.applied)


_LEADING_MARK = re.compile(r"^\(?((?:\d{1,4}(?:\.\d{1,4})*)|[IVXLC]{1,6}|[A-Z](?:\.\d{1,4})?)[.)]\s+")


def _title_of(passage: str) -> str:
    from raadsviewer.domain.reading import first_sentence

    words = " ".join(passage.split())
    mark = _LEADING_MARK.match(words)
    if mark:
        words = words[mark.end() :]
    return first_sentence(words).rstrip(";, ") or words[:MAX_TITLE]


def _label_of(passage: str) -> str:
    mark = _LEADING_MARK.match(" ".join(passage.split()))
    return mark.group(1) if mark else ""


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _at(entries: list[_Entry], position: int) -> int | None:
    """The entry a place in the text belongs to: the one starting there, else the one around it."""
    for i, e in enumerate(entries):
        if e.start == position:
            return i
    for i, e in enumerate(entries):
        if e.start <= position < e.end:
            return i
    return None


def apply_corrections(
    text: str, principles: Sequence[ParsedPrinciple], corrections: Iterable[Correction]
) -> AppliedCorrections:
    """The reader's principles with the corrections replayed over them, in order.

    Pure and deterministic: the same text, principles and records give the same principles
    (titles, labels, spans, keys) everywhere. Numbers are the places in the result, 1..N.
    """
    entries = [_Entry(p.start, p.end, p.title, p.shown_label, principle_key(p)) for p in principles]
    applied: list[str] = []
    failed: list[tuple[str, str]] = []
    merged: dict[str, str] = {}
    for c in corrections:
        problem = _apply(text, entries, c, merged)
        if problem:
            failed.append((c.id, problem))
        else:
            applied.append(c.id)
        entries.sort(key=lambda e: e.start)
    labels = _labels(entries)
    out = tuple(
        ParsedPrinciple(
            number=n,
            title=e.title,
            text=text[e.start : e.end],
            start=e.start,
            end=e.end,
            label=label,
            key=e.key,
        )
        for n, (e, label) in enumerate(zip(entries, labels, strict=True), start=1)
    )
    return AppliedCorrections(out, tuple(applied), tuple(failed), merged)


def _labels(entries: list[_Entry]) -> list[str]:
    """Every principle's label: its own, else its place when no other principle carries that
    label, else the label before it with a letter ("3a"), so that no two principles read alike."""
    taken = {e.label for e in entries if e.label}
    out: list[str] = []
    for n, e in enumerate(entries, start=1):
        label = e.label
        if not label:
            label = str(n) if str(n) not in taken else ""
            base = out[-1] if out else "0"
            for letter in "abcdefghijklmnopqrstuvwxyz":
                if label:
                    break
                if f"{base}{letter}" not in taken:
                    label = f"{base}{letter}"
            label = label or f"@{e.start}"
            taken.add(label)
        out.append(label)
    return out


def _where(anchor: TextAnchor | None, text: str) -> tuple[int, int] | None:
    if anchor is None:
        return None
    found = locate(anchor, text)
    return (found.start, found.end) if found is not None else None


def _apply(text: str, entries: list[_Entry], c: Correction, merged: dict[str, str]) -> str:
    """Apply one correction to ``entries`` in place; returns a reason code when it cannot be."""
    if c.op == "use_list":
        spans: list[_Entry] = []
        for item in c.items:
            opening, closing = _where(item.start, text), _where(item.end, text)
            if opening is None or closing is None or closing[1] <= opening[0]:
                return "not_found"
            spans.append(_Entry(opening[0], closing[1], item.title, item.label, ""))
        old = {e.start: e for e in entries}
        for e in spans:
            kept = old.get(e.start)
            e.key = kept.key if kept is not None else f"@{e.start}"
        entries[:] = spans
        return ""
    if c.op == "renumber" and c.target is None:
        for n, e in enumerate(sorted(entries, key=lambda e: e.start), start=1):
            e.label = str(n)
        return ""
    place = _where(c.target, text)
    if place is None:
        return "not_found"
    start, end = place
    if c.op == "mark":
        end = _trim_end(text, start, end)
        for e in entries:
            if e.start < start < e.end:
                e.end = _trim_end(text, e.start, start)
        existing = next((e for e in entries if e.start == start), None)
        entries[:] = [e for e in entries if not (start < e.start < end)]
        title = c.title or _title_of(text[start:end])
        label = c.label or _label_of(text[start:end])
        if existing is not None:
            existing.end, existing.title = end, title
            existing.label = label or existing.label
        else:
            entries.append(_Entry(start, end, title, label, f"@{start}"))
        return ""
    i = _at(entries, start)
    if i is None:
        return "no_principle_there"
    e = entries[i]
    if c.op == "split":
        if start <= e.start:
            return "split_at_start"
        new_end, e.end = e.end, _trim_end(text, e.start, start)
        if e.title.rstrip("…") not in text[e.start : e.end]:  # its title ran on into the part split off
            e.title = _title_of(text[e.start : e.end])
        passage = text[start:new_end]
        entries.append(
            _Entry(start, new_end, c.title or _title_of(passage), c.label or _label_of(passage), f"@{start}")
        )
        return ""
    if c.op == "merge":
        if i + 1 >= len(entries):
            return "nothing_to_merge"
        after = entries.pop(i + 1)
        e.end = max(e.end, after.end)
        merged[after.key] = e.key
        for k, v in list(merged.items()):
            if v == after.key:
                merged[k] = e.key
        return ""
    if c.op == "rename":
        e.title = c.title
        return ""
    if c.op == "renumber":
        e.label = c.label
        return ""
    if c.op == "remove":
        entries.pop(i)
        return ""
    return "unknown_op"


# --------------------------------------------------------------------------------------------
# A new version of the document
# --------------------------------------------------------------------------------------------


# A correction's words found only approximately move with it when they are nearly the same;
# stricter than for an annotation, since a correction that lands on other words changes the
# principles everyone works with.
REANCHOR_MIN = 0.8


def _moved(anchor: TextAnchor, document_id: str, text: str) -> TextAnchor | None:
    found = relocate(anchor, text, min_score=REANCHOR_MIN)
    if found.status == "orphan" or found.start is None or found.end is None or found.end <= found.start:
        return None
    return make_anchor(document_id, text, found.start, found.end)


def reanchor(corrections: Sequence[Correction], document_id: str, text: str) -> tuple[list[Correction], list[str]]:
    """The corrections moved onto a new version's text (exactly, moved, or approximately, as an
    annotation is); returns them and the ids of those whose words are gone from it."""
    moved: list[Correction] = []
    lost: list[str] = []
    for c in corrections:
        target = _moved(c.target, document_id, text) if c.target is not None else None
        if c.target is not None and target is None:
            lost.append(c.id)
            continue
        items: list[ListItem] = []
        for item in c.items:
            opening, closing = _moved(item.start, document_id, text), _moved(item.end, document_id, text)
            if opening is None or closing is None:
                break
            items.append(ListItem(opening, closing, item.label, item.title))
        if len(items) < len(c.items):
            lost.append(c.id)
            continue
        moved.append(replace(c, target=target, items=tuple(items)))
    return moved, lost
