"""Word-level differences between an amendment's old and new text, and safe renderings of them.

Council members read an amendment as "these words out, those words in", so the unit is the word,
not the character. Tokens are runs of non-space characters and runs of whitespace: nothing is
dropped, so the old text is exactly the equal+delete pieces and the new text exactly the
equal+insert pieces (the property the Word export relies on when it turns the pieces into tracked
changes). Punctuation stays attached to its word ("huis." -> "huizen." is one replaced word),
which keeps every change on word boundaries and so keeps the Markdown markers well-formed.

Everything a faction typed is hostile until escaped: the renderers here escape HTML and Markdown
and drop control characters XML cannot hold.
"""

from __future__ import annotations

import html
import os
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

EQUAL: Literal["equal"] = "equal"
DELETE: Literal["delete"] = "delete"
INSERT: Literal["insert"] = "insert"

DiffKind = Literal["equal", "delete", "insert"]

DELETE_STYLE = "color:#b00020;text-decoration:line-through"
INSERT_STYLE = "color:#1b5e20;text-decoration:underline"
# On a dark background the same reds and greens are too dark to read: lighter ones, same meaning.
DELETE_STYLE_DARK = "color:#ff8a80;text-decoration:line-through"
INSERT_STYLE_DARK = "color:#a5d6a7;text-decoration:underline"

_TOKEN = re.compile(r"\s+|\S+")
# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: DiffKind
    text: str


def strip_controls(text: str) -> str:
    """Text safe for XML, HTML and Markdown: CRLF/CR become LF, other control characters go.

    A NUL or a lone surrogate in a pasted text would make python-docx refuse the whole document
    (and is invisible anyway), so it is dropped rather than reported.
    """
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """The changes that turn ``old`` into ``new``, word by word.

    Within one change the deletion comes before the insertion. A whitespace-only equal piece
    between two replacements is folded into them, so "a b c" -> "x y z" reads as one replacement
    rather than three interleaved ones.
    """
    single = _single_edit(old, new)
    if single is not None:
        return tuple(_whitespace_after(single))
    a, b = tokenize(old), tokenize(new)
    # autojunk would treat the (very common) single-space token as junk in longer texts.
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks: list[list[str] | str] = []  # an equal text, or [deleted, inserted]
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append("".join(a[i1:i2]))
        else:
            blocks.append(["".join(a[i1:i2]), "".join(b[j1:j2])])
    merged: list[list[str] | str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if (
            isinstance(block, str)
            and not block.strip()
            and merged
            and isinstance(merged[-1], list)
            and i + 1 < len(blocks)
            and isinstance(blocks[i + 1], list)
            and all(merged[-1])
            and all(blocks[i + 1])
        ):
            following = blocks[i + 1]
            assert isinstance(following, list)
            merged[-1] = [merged[-1][0] + block + following[0], merged[-1][1] + block + following[1]]
            i += 2
            continue
        if isinstance(block, list) and merged and isinstance(merged[-1], list):
            merged[-1] = [merged[-1][0] + block[0], merged[-1][1] + block[1]]
        else:
            merged.append(block)
        i += 1
    ops: list[DiffOp] = []
    for block in merged:
        if isinstance(block, str):
            if block:
                ops.append(DiffOp(EQUAL, block))
        else:
            ops += _pure(block[0], block[1])
    return tuple(_whitespace_after(_joined(ops)))


def _single_edit(old: str, new: str) -> list[DiffOp] | None:
    """The diff when ``new`` is ``old`` with one passage added (or removed), else None.

    Such a change is shown as exactly that, placed at the start of a word where the texts allow
    it ("de raad" -> "de rade raad" inserts "rade ", not "de ra"): an amendment that only adds
    words never strikes anything through, whatever the words touch.
    """
    if old == new:
        return [DiffOp(EQUAL, old)] if old else []
    short, long_ = (old, new) if len(old) < len(new) else (new, old)
    prefix = len(os.path.commonprefix([short, long_]))
    suffix = len(os.path.commonprefix([short[::-1], long_[::-1]]))
    if prefix + suffix < len(short):
        return None
    extra = len(long_) - len(short)
    candidates = range(max(0, len(short) - suffix), min(prefix, len(short)) + 1)

    def fit(at: int) -> tuple[bool, bool, int]:
        """Starts a word, ends before one (or at the end), as late as possible."""
        piece = long_[at : at + extra]
        starts = (at == 0 or short[at - 1].isspace()) and not piece[:1].isspace()
        ends = at == len(short) or piece[-1:].isspace() or short[at : at + 1].isspace()
        return starts, ends, at

    at = max(candidates, key=fit)
    kind = INSERT if len(new) > len(old) else DELETE
    ops = [DiffOp(EQUAL, short[:at]), DiffOp(kind, long_[at : at + extra]), DiffOp(EQUAL, short[at:])]
    return [op for op in ops if op.text]


def _pure(deleted: str, inserted: str) -> list[DiffOp]:
    """A replacement that only adds (or only removes) characters at one end, as what it is.

    Tokens carry their punctuation, so appending ", ook voor onderaannemers" to "topinkomens"
    makes the token "topinkomens," and the token diff says "topinkomens" was replaced. When one
    side is the other with something before or after it, the change is a pure insertion (or
    deletion) and is shown as one: nothing the council keeps is ever struck through. A real
    replacement ("huis." -> "huizen.") stays one replaced word.
    """
    if not deleted or not inserted:
        return [DiffOp(kind, text) for kind, text in ((DELETE, deleted), (INSERT, inserted)) if text]
    if inserted.startswith(deleted):
        return [DiffOp(EQUAL, deleted), DiffOp(INSERT, inserted[len(deleted) :])]
    if inserted.endswith(deleted):
        return [DiffOp(INSERT, inserted[: -len(deleted)]), DiffOp(EQUAL, deleted)]
    if deleted.startswith(inserted):
        return [DiffOp(EQUAL, inserted), DiffOp(DELETE, deleted[len(inserted) :])]
    if deleted.endswith(inserted):
        return [DiffOp(DELETE, deleted[: -len(inserted)]), DiffOp(EQUAL, inserted)]
    return [DiffOp(DELETE, deleted), DiffOp(INSERT, inserted)]


def _joined(ops: list[DiffOp]) -> list[DiffOp]:
    """Neighbouring pieces of the same kind as one piece."""
    out: list[DiffOp] = []
    for op in ops:
        if out and out[-1].kind == op.kind:
            out[-1] = DiffOp(op.kind, out[-1].text + op.text)
        else:
            out.append(op)
    return out


def _whitespace_after(ops: list[DiffOp]) -> list[DiffOp]:
    """Shift a pure insertion or deletion so it starts at a word and ends with the space.

    "maakt| meerjarige| afspraken" and "maakt |meerjarige |afspraken" say the same; the second
    reads as "the word meerjarige was added" in Word and in Markdown.
    """
    ops = list(ops)
    for k in range(1, len(ops) - 1):
        before, op, after = ops[k - 1], ops[k], ops[k + 1]
        if before.kind != EQUAL or after.kind != EQUAL or op.kind == EQUAL:
            continue
        lead = re.match(r"\s+", op.text)
        if lead is None or lead.group() == op.text or not after.text.startswith(lead.group()):
            continue
        space = lead.group()
        if after.text == space and k + 2 < len(ops):
            continue  # the equal piece would vanish and two changes would touch
        ops[k - 1] = DiffOp(EQUAL, before.text + space)
        ops[k] = DiffOp(op.kind, op.text[len(space) :] + space)
        ops[k + 1] = DiffOp(EQUAL, after.text[len(space) :])
    return [op for op in ops if op.text]


def old_of(ops: Iterable[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != INSERT)


def new_of(ops: Iterable[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != DELETE)


def html_escape(text: str) -> str:
    """HTML-escaped text that also contains no ``=``: user text such as ``onerror=x`` then never
    even looks like an attribute to a naive scanner (it could not be one anyway)."""
    return html.escape(strip_controls(text), quote=True).replace("=", "&#61;")


def diff_html(ops: Sequence[DiffOp], *, dark: bool = False) -> str:
    """An HTML fragment: deletions struck through in red, insertions underlined in green (lighter
    shades for a dark background).

    Inline ``style`` attributes rather than classes because Qt's rich-text engine (the window's
    preview) supports them without a style sheet. Line breaks become ``<br>``.
    """
    delete_style, insert_style = (DELETE_STYLE_DARK, INSERT_STYLE_DARK) if dark else (DELETE_STYLE, INSERT_STYLE)
    out: list[str] = []
    before: DiffOp | None = None
    for op in ops:
        text = html_escape(op.text).replace("\n", "<br>")
        if op.kind == DELETE:
            out.append(f'<span style="{delete_style}">{text}</span>')
        elif op.kind == INSERT:
            if (
                before is not None
                and before.kind == DELETE
                and not any(c.isspace() for c in before.text[-1:] + op.text[:1])
            ):
                out.append(" ")  # "gezin" struck out, "van het gezin" put in: not "gezinvan het gezin"
            out.append(f'<span style="{insert_style}">{text}</span>')
        else:
            out.append(text)
        before = op
    return "".join(out)


# --- Markdown ---------------------------------------------------------------------------------

# Every character that can start inline markup in CommonMark or markdown-it's js-default preset
# (tables and strikethrough included). Backslash-escaping ASCII punctuation is always literal.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&~|#])")
_MD_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


def md_escape(text: str) -> str:
    """Inline Markdown text that renders as exactly these characters: no emphasis, links, HTML."""
    return _MD_INLINE.sub(r"\\\1", strip_controls(text))


# A writer's own emphasis as it stands escaped: "\*\*dichtbij\*\*", "\*echt\*", "\_echt\_", the
# text between touching the marks on both sides (as CommonMark demands of emphasis).
_ESCAPED_EMPHASIS = re.compile(r"(\\\*\\\*|\\\*|\\_\\_|\\_)(?=[^\s\\])((?:(?!\1).)+?)(?<=\S)\1")


def md_emphasis_kept(escaped: str) -> str:
    """Escaped text (:func:`md_escape`) with its writer's bold and italics working again: a note
    written in Markdown keeps its emphasis in a Markdown export, while headings, lists, links and
    HTML it might hold stay inert."""
    return _ESCAPED_EMPHASIS.sub(
        lambda m: f"{m.group(1).replace(chr(92), '')}{m.group(2)}{m.group(1).replace(chr(92), '')}", escaped
    )


def md_escape_line(line: str) -> str:
    """A whole line made inert, including constructs that only count at the start of a line.

    Leading whitespace is dropped: four spaces would otherwise turn the line into a code block.
    """
    return _escape_line_start(md_escape(line))


def diff_markdown(ops: Sequence[DiffOp]) -> str:
    """One line of Markdown: ``~~deleted~~`` followed by ``**inserted**``.

    Chosen because both render in markdown-it's js-default preset (and on GitHub) without raw
    HTML, and stay readable as plain text. Each change is marked as a whole: the struck-through
    old words, a space, the bold new words; whitespace at the edges of a change stays outside the
    markers (CommonMark ignores ``~~ x~~``). A change glued to a word that starts or ends with
    punctuation (a comma added after a word) gets a hair space on that side, so its markers parse.
    Runs of whitespace (line breaks included) are shown as one space: the diff is one line.
    """
    out: list[str] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if op.kind == EQUAL:
            out.append(md_escape(_WS.sub(" ", op.text)))
            i += 1
            continue
        deleted, inserted = "", ""
        while i < len(ops) and ops[i].kind != EQUAL:
            if ops[i].kind == DELETE:
                deleted += ops[i].text
            else:
                inserted += ops[i].text
            i += 1
        edge = inserted if inserted.strip() else deleted
        lead = " " if edge[:1].isspace() else ""
        trail = " " if edge[-1:].isspace() else ""
        marks = []
        if deleted.strip():
            marks.append(f"~~{md_escape(_WS.sub(' ', deleted.strip()))}~~")
        if inserted.strip():
            marks.append(f"**{md_escape(_WS.sub(' ', inserted.strip()))}**")
        if marks:
            before = out[-1][-1:] if out and out[-1] else ""
            after = ops[i].text[:1] if i < len(ops) else ""
            if not lead and _is_word_char(before) and _is_punct(marks[0][2]):
                lead = HAIR_SPACE
            if not trail and _is_word_char(after) and _is_punct(marks[-1][-3]):
                trail = HAIR_SPACE
        out.append(lead + " ".join(marks) + trail if marks else (" " if (deleted + inserted) else ""))
    text = re.sub(r" {2,}", " ", "".join(out))
    return _escape_line_start(text)


# A marker that opens right after a letter and before punctuation ("topinkomens**, ook**") does
# not open in CommonMark (it is not "left-flanking"); a hair space between them is whitespace to
# the parser and next to invisible to a reader, so a change glued to a word still renders marked.
HAIR_SPACE = "\u200a"


def _is_punct(ch: str) -> bool:
    import unicodedata

    return bool(ch) and (ch in string.punctuation or unicodedata.category(ch)[0] in "PS")


def _is_word_char(ch: str) -> bool:
    return bool(ch) and not ch.isspace() and not _is_punct(ch)


def _escape_line_start(text: str) -> str:
    """Escape a list or setext marker at the start of an already inline-escaped line."""
    text = text.lstrip()
    return _MD_LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text)
