"""Names of factions and members, checked wherever they enter (typed, key files, packages,
dossiers): a name is shown to people who decide on trust by it, so it must look like what it is.
"""

from __future__ import annotations

import unicodedata

from raadsviewer.domain.errors import UserFacingError

MAX_NAME_CHARS = 80

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")


# Characters that show nothing though they are no white space: fillers that fonts draw blank.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")


def shows_something(text: str) -> bool:
    """Whether a text shows anything on screen or paper: not only white space, zero-width and
    other format characters ("\u200b"), controls or blank fillers, which a note, a title or a
    name of nothing but would be an empty card that looks written."""
    return any(
        not ch.isspace()
        and ch not in _BLANK
        and unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me")
        for ch in text
    )


def name_problem(value: str) -> tuple[str, str] | None:
    """What is wrong with a name as given: (message code, the character or length), or None."""
    for ch in value:
        code = f"U+{ord(ch):04X}"
        if ch in _BIDI:
            return "name_bidi", code
        if ch in _ZERO_WIDTH:
            return "name_zero_width", code
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn", "Cf") and ch not in "\t\n\r":
            return "name_control", code
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if len(cleaned) > MAX_NAME_CHARS:
        return "name_too_long", str(len(cleaned))
    return None


def clean_name(value: str, what: str = "faction", *, empty_ok: bool = False) -> str:
    """The name in NFC with whitespace folded, or an error naming the problem (``name_*``)."""
    problem = name_problem(value)
    if problem is not None:
        code, detail = problem
        raise UserFacingError(code, name=_shown(value), char=detail, length=detail, limit=MAX_NAME_CHARS)
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if not cleaned and not empty_ok:
        raise UserFacingError("faction_name_empty" if what == "faction" else "member_name_empty")
    return cleaned


def is_clean(value: str) -> bool:
    """True when the name is stored exactly as :func:`clean_name` would store it."""
    return name_problem(value) is None and value == " ".join(unicodedata.normalize("NFC", value).split())


def _shown(value: str) -> str:
    """The name with every invisible or control character made visible, for the message."""
    out = []
    for ch in value[: MAX_NAME_CHARS + 20]:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in _BIDI or ch in _ZERO_WIDTH:
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)
