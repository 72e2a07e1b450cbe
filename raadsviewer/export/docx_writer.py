"""Word documents in which every adopted amendment is a real tracked change.

The clerk finishes the council's response in Word. Showing amendments as coloured text would
force retyping; as tracked changes (``w:ins``/``w:del`` authored by the submitting faction) the
clerk accepts or rejects each one with Word's own review tools, and rejecting restores the
original wording exactly, because the pieces come from :func:`word_diff`, whose equal+delete
pieces are the old text.

Only what the council *adopted* becomes a tracked change, so "Alles accepteren" (accept all)
gives exactly the text as the council decided it and can never adopt what it did not. An
amendment still pending (concept, ingediend) is a Word comment on the passage it would change,
saying what it proposes; the text itself is left alone.

Layout of the combined draft: per principle a heading, then the principle's original text with
the adopted amendments as inline tracked changes and the pending ones as comments. An amendment
that cannot sit in that text (its passage overlaps one placed earlier, is not found, or it is a
sub-amendment of another amendment's text) gets its own paragraph: a plain label, then its own
tracked change (adopted) or its dictum under a comment (pending). An adopted new principle
("toevoegen" without old text) is an inserted paragraph, paragraph mark included, so rejecting it
leaves no empty line. The amendment list, positions and remarks follow as plain text. Rejected
and withdrawn amendments appear only in the list. Amendments and remarks on a principle this
version of the framework no longer has (orphaned) are listed apart at the end.

Only python-docx and its oxml helpers are used. All text passes through ``strip_controls``:
a control character would make the XML (and so the whole file) unreadable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from raadsviewer.domain.amendments import (
    CLOSED,
    amendment_diff,
    amendment_edit,
    find_passage,
    operative_text,
)
from raadsviewer.domain.diff import (
    DELETE,
    EQUAL,
    INSERT,
    DiffOp,
    strip_controls,
    word_diff,
)
from raadsviewer.domain.draft import (
    CombinedDraft,
    DraftAmendment,
    DraftNote,
    DraftPrinciple,
    amendment_heading,
    labels,
    note_detail,
    principle_heading,
    status_line,
    submitter_line,
    tally_line,
    where_line,
)
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.lines import cite_lines
from raadsviewer.domain.model import Amendment, AmendmentOperation, AmendmentStatus
from raadsviewer.domain.rendering import markdown_paragraphs
from raadsviewer.export.html_writer import AMENDMENT_LABELS

_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def word_date(value: datetime) -> str:
    """``w:date`` is an xsd:dateTime; aware times are given in UTC, naive ones as they are."""
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return value.replace(microsecond=0).isoformat()


# Comments number themselves from 0 (python-docx picks the next free comment id); revision ids
# start far above them so no two annotations of the document share a ``w:id``.
REVISION_ID_BASE = 1_000_000


class _RevisionIds:
    """Hands out ``w:id`` values unique within the document (Word rejects duplicates)."""

    def __init__(self, doc: DocxDocument) -> None:
        used = [int(v) for v in doc.element.xpath("//@w:id") if str(v).isdigit()]
        self._next = max(max(used, default=0) + 1, REVISION_ID_BASE)

    def __next__(self) -> str:
        value = self._next
        self._next += 1
        return str(value)

    def __iter__(self) -> Iterator[str]:
        return self


class _Body:
    """The document's body, written paragraph by paragraph.

    ``Document.add_paragraph`` costs time in proportion to the paragraphs already written, twice:
    python-docx finds a paragraph style by name by scanning every style of the document (by
    name, then again to see whether it is the default) for each paragraph it styles, and places
    each new paragraph by searching the body's children for the section properties that close
    it. A draft with a few hundred amendments took seconds. Here a style is looked up by
    python-docx once, and the id it wrote is reused; a paragraph goes straight before the
    closing section properties: the same XML, in linear time.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._body = doc.element.body
        self._end = self._body.sectPr
        self._ids: dict[str, str | None] = {}

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """As ``Document.add_paragraph``."""
        p = OxmlElement("w:p")
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        paragraph = Paragraph(p, self.doc)
        if text:
            add_run(paragraph, text)
        if style in self._ids:
            paragraph._p.style = self._ids[style]
        elif style is not None:  # the first time: python-docx's own lookup, and remember what it wrote
            paragraph.style = style
            self._ids[style] = paragraph._p.style
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """As ``Document.add_heading``: level 0 is the title."""
        if not 0 <= level <= 9:
            raise ValueError(f"level must be in range 0-9, got {level}")
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")


_RUN_BREAKS = re.compile(r"([\t\r\n])")


def add_run(paragraph: Paragraph, text: str, *, bold: bool = False) -> Run:
    """As ``paragraph.add_run(text)`` (and ``.bold = True``), the same XML written directly:
    python-docx builds a run's text one character at a time, which is most of a long draft's
    cost. A tab is ``w:tab``, a line break ``w:br``, the rest ``w:t`` (space-preserving when
    it starts or ends with white space)."""
    r = OxmlElement("w:r")
    if bold:
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:b"))
        r.append(properties)
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            r.append(OxmlElement("w:tab"))
        elif piece in ("\r", "\n"):
            r.append(OxmlElement("w:br"))
        elif piece:
            t = OxmlElement("w:t")
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(qn("xml:space"), "preserve")
            r.append(t)
    paragraph._p.append(r)
    return Run(r, paragraph)


def _text_element(tag: str, text: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.text = text
    if text != text.strip() or "  " in text:
        element.set(qn("xml:space"), "preserve")
    return element


def _run(text: str, *, deleted: bool) -> BaseOxmlElement:
    """One run; line breaks become ``w:br``, deleted text goes in ``w:delText`` as Word requires."""
    run = OxmlElement("w:r")
    for k, line in enumerate(text.split("\n")):
        if k:
            run.append(OxmlElement("w:br"))
        if line:
            run.append(_text_element("w:delText" if deleted else "w:t", line))
    return run


def _revision(tag: str, author: str, date: str, ids: _RevisionIds) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:id"), next(ids))
    element.set(qn("w:author"), strip_controls(author) or "?")
    element.set(qn("w:date"), date)
    return element


def add_tracked(paragraph: Paragraph, op: DiffOp, author: str, date: str, ids: _RevisionIds) -> None:
    """Append one diff piece to a paragraph: plain for equal, ``w:ins``/``w:del`` otherwise."""
    text = strip_controls(op.text)
    if not text:
        return
    if op.kind == EQUAL:
        add_run(paragraph, text)
        return
    wrapper = _revision("w:del" if op.kind == DELETE else "w:ins", author, date, ids)
    wrapper.append(_run(text, deleted=op.kind == DELETE))
    paragraph._p.append(wrapper)


def _mark_paragraph_inserted(paragraph: Paragraph, author: str, date: str, ids: _RevisionIds) -> None:
    """Track the paragraph mark itself, so rejecting an inserted paragraph removes it entirely."""
    p_pr = paragraph._p.get_or_add_pPr()
    r_pr = p_pr.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        p_pr.append(r_pr)
    r_pr.append(_revision("w:ins", author, date, ids))


def _author_date(item: DraftAmendment) -> tuple[str, str]:
    return item.amendment.faction_name, word_date(item.amendment.updated_at)


Edit = tuple[int, int, str | None, DraftAmendment]  # start, end, replacement (None: a comment), item


def _placed_edits(p: DraftPrinciple) -> tuple[list[Edit], list[DraftAmendment], list[DraftAmendment]]:
    """Split the principle's live amendments into inline edits (adopted ones as replacements,
    pending ones as comment ranges over their passage), new principles and the rest."""
    inline: list[Edit] = []
    new_principles: list[DraftAmendment] = []
    separate: list[DraftAmendment] = []
    for item in (*p.adopted, *p.pending):
        a = item.amendment
        pending = a.status != AmendmentStatus.AANGENOMEN
        if item.parent_label:
            separate.append(item)
            continue
        if a.operation == AmendmentOperation.TOEVOEGEN and not a.old_text.strip():
            new_principles.append(item)
            continue
        try:
            start, end, replacement = amendment_edit(p.text, a)
        except UserFacingError:
            separate.append(item)
            continue
        edit: Edit = (start, end, replacement, item)
        if pending:  # the comment covers the passage the amendment quotes
            span = find_passage(p.text, a.old_text, a.anchor)
            if span is None:
                separate.append(item)
                continue
            edit = (span[0], span[1], None, item)
        start, end = edit[0], edit[1]
        clash = any(
            (start < e2 and s2 < end) or (start == end and s2 < start < e2) or (s2 == e2 and start < s2 < end)
            for s2, e2, _, _ in inline
        )
        if clash:
            separate.append(item)
        else:
            inline.append(edit)
    inline.sort(key=lambda e: (e[0], e[1]))
    return inline, new_principles, separate


def _comment_text(item: DraftAmendment, lang: str) -> str:
    """What a pending amendment proposes, for its comment: "A3 (ingediend, nog niet aangenomen): ..."."""
    t = labels(lang)
    status = t[f"status:{AmendmentStatus(item.amendment.status)}"]
    text = t["proposed_comment"].format(label=item.label, status=status, operative=item.operative)
    return strip_controls(f"{text} ({submitter_line(item, lang)})")


def _comment(body: _Body, runs: Sequence[Run], item: DraftAmendment, lang: str) -> None:
    if runs:
        body.doc.add_comment(
            list(runs),
            text=_comment_text(item, lang),
            author=strip_controls(item.amendment.faction_name) or "?",
            initials=strip_controls(item.label),
        )


def _write_principle_text(body: _Body, p: DraftPrinciple, ids: _RevisionIds, lang: str) -> None:
    inline, new_principles, separate = _placed_edits(p)
    text = strip_controls(p.text)
    pieces: list[tuple[DiffOp, str, str, DraftAmendment | None]] = []  # op, author, date, commented item
    cursor = 0
    for start, end, replacement, item in inline:
        author, date = _author_date(item)
        pieces.append((DiffOp(EQUAL, text[cursor:start]), "", "", None))
        if replacement is None:
            pieces.append((DiffOp(EQUAL, text[start:end]), "", "", item))
        else:
            pieces += [(op, author, date, None) for op in word_diff(text[start:end], replacement)]
        cursor = end
    pieces.append((DiffOp(EQUAL, text[cursor:]), "", "", None))
    paragraph = body.paragraph()
    last_runs: list[Run] = []
    for op, author, date, commented in pieces:
        if op.kind != EQUAL:
            add_tracked(paragraph, op, author, date, ids)
            continue
        runs: list[Run] = []
        for k, chunk in enumerate(_PARAGRAPH_BREAK.split(op.text)):
            if k:
                paragraph = body.paragraph()
            if chunk:
                runs.append(add_run(paragraph, chunk))
        if commented is not None:
            _comment(body, runs, commented, lang)
        last_runs = runs or last_runs
    for item in new_principles:
        if item.amendment.status != AmendmentStatus.AANGENOMEN:
            _comment(body, last_runs[-1:], item, lang)
            continue
        author, date = _author_date(item)
        for chunk in _PARAGRAPH_BREAK.split(strip_controls(item.amendment.new_text).strip()):
            paragraph = body.paragraph()
            add_tracked(paragraph, DiffOp(INSERT, chunk), author, date, ids)
            _mark_paragraph_inserted(paragraph, author, date, ids)
    for item in separate:
        _write_separate(body, item, ids, lang)


def _write_separate(body: _Body, item: DraftAmendment, ids: _RevisionIds, lang: str) -> None:
    """An amendment that cannot be inline: a bold label, then its own tracked change when adopted,
    or its dictum with a comment when pending (a pending one never becomes a tracked change)."""
    author, date = _author_date(item)
    label = item.label
    if item.parent_label:
        label += f" ({labels(lang)['sub'].format(label=item.parent_label)})"
    paragraph = body.paragraph()
    add_run(paragraph, strip_controls(label + ": "), bold=True)
    if item.amendment.status != AmendmentStatus.AANGENOMEN:
        _comment(body, [add_run(paragraph, strip_controls(item.operative))], item, lang)
        return
    for op in item.diff:
        add_tracked(paragraph, op, author, date, ids)


def _line(body: _Body, label: str, value: str, style: str | None = None) -> None:
    paragraph = body.paragraph(style=style)
    add_run(paragraph, strip_controls(label) + ": ", bold=True)
    add_run(paragraph, strip_controls(value))


def _write_amendment_list(body: _Body, items: Sequence[DraftAmendment], lang: str) -> None:
    t = labels(lang)
    for item in items:
        body.heading(strip_controls(amendment_heading(item, lang)), level=3)
        _line(body, t["submitter"], submitter_line(item, lang))
        _line(body, t["status"], status_line(item, lang))
        if where := where_line(item, lang):
            _line(body, t["where"], where)
        if item.tally is not None:
            _line(body, t["votes"], tally_line(item.tally, lang))
        _line(body, t["operative"], item.operative)


def _write_notes(body: _Body, notes: Sequence[DraftNote], lang: str, orphaned: bool = False) -> None:
    t = labels(lang)
    for note in notes:
        detail = note_detail(note, lang)
        intro = body.paragraph()
        add_run(intro, strip_controls(note.faction_name), bold=True)
        suffix = f" ({detail})"
        if orphaned and note.principle_number is not None:
            suffix += ", " + t["was_principle"].format(n=note.principle_number)
        if note.quote:
            suffix += ", " + t["at_quote"].format(quote=" ".join(note.quote.split()))
        add_run(intro, strip_controls(suffix + ":"))
        for chunk in markdown_paragraphs(strip_controls(note.body)):  # as read: "**sterke**" is "sterke"
            body.paragraph(chunk, style="Quote")


def write_draft_docx(draft: CombinedDraft, path: str | Path) -> Path:
    """Write the combined draft to ``path`` (.docx) and return the path."""
    lang = draft.lang
    t = labels(lang)
    doc = Document()
    ids = _RevisionIds(doc)
    body = _Body(doc)
    body.heading(strip_controls(t["title"].format(title=draft.dossier_title)), level=0)
    body.paragraph(t["generated"].format(when=draft.generated_at.strftime(t["when"])))
    for p in draft.principles:
        body.heading(strip_controls(principle_heading(p, lang)), level=1)
        _write_principle_text(body, p, ids, lang)
        if p.adopted:
            body.heading(t["adopted"], level=2)
            _write_amendment_list(body, p.adopted, lang)
        if p.pending:
            body.heading(t["pending"], level=2)
            _write_amendment_list(body, p.pending, lang)
        if p.closed:
            body.heading(t["closed"], level=2)
            for item in p.closed:
                body.paragraph(
                    strip_controls(
                        f"{amendment_heading(item, lang)} ({item.amendment.faction_name}): {status_line(item, lang)}"
                    ),
                    style="List Bullet",
                )
        if p.positions:
            body.heading(t["positions"], level=2)
            for pos in p.positions:
                line = f"{t[f'stance:{pos.stance}']}: {', '.join(pos.factions)}"
                if pos.shared:
                    line += f" ({t['shared'].format(n=len(pos.factions))})"
                body.paragraph(strip_controls(line), style="List Bullet")
        if p.notes:
            body.heading(t["notes"], level=2)
            _write_notes(body, p.notes, lang)
    if draft.other_amendments or draft.other_notes:
        body.heading(t["other"], level=1)
        for item in draft.other_amendments:
            if AmendmentStatus(item.amendment.status) not in CLOSED:
                _write_separate(body, item, ids, lang)
        _write_amendment_list(body, draft.other_amendments, lang)
        _write_notes(body, draft.other_notes, lang)
    if draft.orphaned_amendments or draft.orphaned_notes:
        body.heading(t["orphaned"], level=1)
        _write_amendment_list(body, draft.orphaned_amendments, lang)
        _write_notes(body, draft.orphaned_notes, lang, orphaned=True)
    path = Path(path)
    doc.save(str(path))
    return path


def write_amendment_docx(
    amendment: Amendment,
    path: str | Path,
    meeting: str,
    agenda_item: str,
    signers: Mapping[str, Sequence[str]] | None = None,
    *,
    lang: str = "nl",
    parent: Amendment | None = None,
    lines: tuple[int, int] | None = None,
) -> Path:
    """The council-ready amendment as .docx; its change is a tracked change by the faction.

    This is the proposal itself, not the framework: accepting its change in Word changes only this
    document. ``lines`` are the framework's lines it changes ("regel 12-14")."""
    t = AMENDMENT_LABELS["en" if lang == "en" else "nl"]
    if signers is None:
        signers = {amendment.faction_name: [amendment.author] if amendment.author else []}
        signers.update({name: [] for name in amendment.cosigners if name not in signers})
    doc = Document()
    ids = _RevisionIds(doc)
    body = _Body(doc)
    title = f"{t['amendment']} {amendment.label}: {' '.join(strip_controls(amendment.title).split())}"
    body.heading(title, level=0)
    for label, value in ((t["meeting"], meeting), (t["agenda_item"], agenda_item)):
        if value.strip():  # not given: no empty line in the council's document
            _line(body, label, value)
    _line(body, t["betreft"], amendment.betreft)
    if lines:
        _line(body, t["where"], cite_lines(lines, lang))
    body.paragraph(t["intro"])
    body.paragraph(strip_controls(operative_text(amendment, lang, parent=parent)), style="Quote")
    paragraph = body.paragraph()
    paragraph.add_run(t["change"] + ": ").italic = True
    date = word_date(amendment.updated_at)
    for op in amendment_diff(amendment):
        add_tracked(paragraph, op, amendment.faction_name, date, ids)
    body.heading(t["rationale"], level=1)
    for chunk in markdown_paragraphs(strip_controls(amendment.rationale)):  # its Markdown as read
        if chunk.strip():
            body.paragraph(chunk)
    body.heading(t["signers"], level=1)
    for faction, members in signers.items():
        item = body.paragraph(style="List Bullet")
        add_run(item, strip_controls(faction), bold=True)
        names = ", ".join(m for m in members if m.strip())
        if names:
            add_run(item, strip_controls(": " + names))
    path = Path(path)
    doc.save(str(path))
    return path
