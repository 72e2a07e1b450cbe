"""Rules for annotations that hold wherever they are stored: validation and revision identity."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.domain.names import shows_something

MAX_BODY_CHARS = 100_000


def parse_stance(value: str) -> Stance:
    try:
        return Stance(value.strip().lower())
    except ValueError:
        raise UserFacingError("invalid_stance", value=value) from None


def parse_visibility(value: str) -> Visibility:
    cleaned = value.strip().lower()
    if cleaned == "prive":  # typed without the accent on a plain keyboard
        cleaned = Visibility.PRIVE.value
    try:
        return Visibility(cleaned)
    except ValueError:
        raise UserFacingError("invalid_visibility", value=value) from None


def validate_draft(draft: AnnotationDraft) -> AnnotationDraft:
    body = draft.body.replace("\r\n", "\n").replace("\x00", "")
    if not shows_something(body):  # (white space only, or "\u200b": an empty card that looks written)
        raise UserFacingError("annotation_empty")
    if len(body) > MAX_BODY_CHARS:
        raise UserFacingError("annotation_too_long", limit=MAX_BODY_CHARS)
    return AnnotationDraft(body=body, stance=Stance(draft.stance), visibility=Visibility(draft.visibility))


def revision_id(content: dict[str, Any]) -> str:
    """A revision is named by the hash of what it says (and of the revision it was made from).

    The same edit therefore has the same id on every laptop, and a package that reuses an id for
    other content can be recognised as forged or damaged.
    """
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
