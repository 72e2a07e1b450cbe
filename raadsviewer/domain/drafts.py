"""What someone was writing in an editor (a note, an amendment, a motie) as plain values, to keep
in a file while it is written and to put back into the editor after the program stopped before
it was saved (``ui.recovery``).

Read back with the draft's own type, every field checked: a kept file is the user's own, but it
lies in a folder anything on the laptop can write, so what does not fit is no draft (None) and
is shown as text only.
"""

from __future__ import annotations

from typing import Any

import msgspec

from raadsviewer.domain.model import AnnotationDraft
from raadsviewer.domain.model_proposals import AmendmentDraft, MotieDraft

TYPES: dict[str, type[Any]] = {"annotation": AnnotationDraft, "amendment": AmendmentDraft, "motie": MotieDraft}
Draft = AnnotationDraft | AmendmentDraft | MotieDraft


def to_plain(draft: Draft) -> Any:
    """The draft as JSON values (enums as their values, a date as ISO text)."""
    return msgspec.to_builtins(draft)


def from_plain(kind: str, value: Any) -> Draft | None:
    """The draft of editor ``kind`` from :func:`to_plain`'s values; None when they are not one."""
    wanted = TYPES.get(kind)
    if wanted is None:
        return None
    try:
        draft: Draft = msgspec.convert(value, wanted, strict=False)
    except (msgspec.ValidationError, TypeError, ValueError, RecursionError):
        return None
    return draft
