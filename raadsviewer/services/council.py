"""The griffie's record of the council meeting on a dossier: the facts a motie and the letter need
(which council, which meeting, the letter's date and who signs it, the griffie's own Word template)
and the request the zienswijze answers (the framework letter's sender, kenmerk, date and deadline,
as the reader found them at import; the griffie may correct the sender and the subject).

One row per dossier (``dossier_council``), made on first use; a dossier without one has nothing
set and its proposal awaits its vote. The settings are the griffie's: on a faction laptop they
come with the griffie's dossier (municipality and meeting date, so a motie reads "De raad van de
gemeente …, in vergadering bijeen op …"); the template path never leaves the griffie's store.
Command-line options and dialog fields override them for one export without changing them.

For the window: :func:`council_settings` (read), :func:`set_council_settings` (the griffie's
settings dialog), :func:`request_facts` (what the letter will say about the request).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.amendments import one_line
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.letter import LetterRequest, request_from_facts, request_subject
from raadsviewer.domain.model import DocumentRole
from raadsviewer.domain.names import clean_name
from raadsviewer.messages import os_reason
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import DocumentRow, DossierCouncilRow, DossierRow
from raadsviewer.words import N_

MAX_MUNICIPALITY = 200
MAX_TITLE = 500
_UNSET = object()


@dataclass(frozen=True, slots=True)
class CouncilSettings:
    """What the griffie set for the dossier's meeting ("" / None: not set)."""

    dossier_id: str
    municipality: str = ""
    meeting_date: date | None = None
    letter_date: date | None = None
    griffier: str = ""
    voorzitter: str = ""
    template_path: Path | None = None
    request_sender: str = ""  # "": as the reader found it in the framework letter
    request_subject: str = ""  # "": the framework letter's subject, without the words that ask
    proposal_title: str = ""  # "": "Zienswijze op <the subject>"


def council_row(session: Session, dossier_id: str, *, create: bool = False) -> DossierCouncilRow | None:
    """The dossier's row (made with nothing set when ``create``); ``dossier_not_found`` when the
    dossier does not exist."""
    row = session.get(DossierCouncilRow, dossier_id)
    if row is None and create:
        if session.get(DossierRow, dossier_id) is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        row = DossierCouncilRow(
            dossier_id=dossier_id,
            municipality="",
            meeting_date=None,
            letter_date=None,
            griffier="",
            voorzitter="",
            template_path=None,
            request_sender="",
            request_subject="",
            proposal_title="",
            proposal_status="ingediend",
            proposal_votes_json="[]",
            proposal_postponed_json=None,
            updated_at=datetime.now(),
        )
        session.add(row)
        session.flush()
    return row


def settings_in(session: Session, dossier_id: str) -> CouncilSettings:
    row = council_row(session, dossier_id)
    if row is None:
        return CouncilSettings(dossier_id)
    return CouncilSettings(
        dossier_id=dossier_id,
        municipality=row.municipality,
        meeting_date=row.meeting_date,
        letter_date=row.letter_date,
        griffier=row.griffier,
        voorzitter=row.voorzitter,
        template_path=Path(row.template_path) if row.template_path else None,
        request_sender=row.request_sender,
        request_subject=row.request_subject,
        proposal_title=row.proposal_title,
    )


def council_settings(store: Store, dossier_id: str) -> CouncilSettings:
    with store.read_session() as session:
        if session.get(DossierRow, dossier_id) is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        return settings_in(session, dossier_id)


def proposal_title(session: Session, dossier_id: str) -> str:
    """The proposal's title as the griffie set it, else "Zienswijze op <what was asked about>"."""
    row = council_row(session, dossier_id)
    if row is not None and row.proposal_title:
        return row.proposal_title
    if row is not None and row.request_subject:
        return f"Zienswijze op {row.request_subject}"
    framework = framework_row(session, dossier_id)
    dossier = session.get(DossierRow, dossier_id)
    title = framework.title if framework is not None else dossier.title if dossier is not None else ""
    return f"Zienswijze op {request_subject(title)}" if title else "Zienswijze"


def _text(value: str, limit: int, code: str) -> str:
    text = one_line(value)
    if len(text) > limit:
        raise UserFacingError(code, limit=limit)
    return text


def set_council_settings(
    store: Store,
    dossier_id: str,
    *,
    municipality: str | None = None,
    meeting_date: date | None | object = _UNSET,
    letter_date: date | None | object = _UNSET,
    griffier: str | None = None,
    voorzitter: str | None = None,
    template_path: Path | str | None | object = _UNSET,
    request_sender: str | None = None,
    request_subject: str | None = None,
    proposal_title: str | None = None,
) -> CouncilSettings:
    """The griffie sets what it knows of the meeting; arguments left out stay as they were (a date
    or the template given as None is cleared). Griffie only: on a faction laptop these come with
    the griffie's dossier. The template must be a readable Word file when given."""
    from raadsviewer.services.roles import require_griffie

    with store.session() as session:
        require_griffie(session, N_("de vergadergegevens"))
        row = council_row(session, dossier_id, create=True)
        assert row is not None
        if municipality is not None:
            row.municipality = _text(municipality, MAX_MUNICIPALITY, "council_text_too_long")
        if isinstance(meeting_date, date) or meeting_date is None:
            row.meeting_date = meeting_date
        if isinstance(letter_date, date) or letter_date is None:
            row.letter_date = letter_date
        if griffier is not None:
            row.griffier = clean_name(griffier, "member", empty_ok=True)
        if voorzitter is not None:
            row.voorzitter = clean_name(voorzitter, "member", empty_ok=True)
        if template_path is None:
            row.template_path = None
        elif isinstance(template_path, str | Path):
            row.template_path = str(checked_template(Path(template_path)))
        if request_sender is not None:
            row.request_sender = _text(request_sender, MAX_MUNICIPALITY, "council_text_too_long")
        if request_subject is not None:
            row.request_subject = _text(request_subject, MAX_TITLE, "council_text_too_long")
        if proposal_title is not None:
            row.proposal_title = _text(proposal_title, MAX_TITLE, "council_text_too_long")
        row.updated_at = datetime.now()
        session.flush()
        return settings_in(session, dossier_id)


def checked_template(path: Path) -> Path:
    """The template as an absolute path, once it proved to be a Word file (``template_unusable``)."""
    import zipfile

    path = Path(path).expanduser().resolve()
    try:
        if not zipfile.is_zipfile(path):
            raise UserFacingError("template_unusable", path=str(path), reason="geen .docx (Word-bestand)")
    except OSError as exc:
        raise UserFacingError("template_unusable", path=str(path), reason=os_reason(exc)) from exc
    return path


# --- the request the zienswijze answers -----------------------------------------------------------


def framework_row(session: Session, dossier_id: str) -> DocumentRow | None:
    """The newest version of the dossier's framework document (the letter that asks)."""
    return session.scalar(
        select(DocumentRow)
        .where(DocumentRow.dossier_id == dossier_id, DocumentRow.role == DocumentRole.FRAMEWORK.value)
        .order_by(DocumentRow.version.desc(), DocumentRow.imported_at.desc())
    )


def facts_of(row: DocumentRow) -> dict[str, str]:
    """The letter's facts kept at import; for a document imported before they were kept, read
    again from its stored text (which lacks only the original's layout)."""
    if row.facts_json is not None:
        try:
            value = json.loads(row.facts_json)
        except ValueError:
            value = {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
    from raadsviewer.domain.reading import letter_facts

    return letter_facts(row.text, row.text)


def request_in(session: Session, dossier_id: str) -> LetterRequest:
    framework = framework_row(session, dossier_id)
    if framework is None:
        raise UserFacingError("no_framework")
    settings = settings_in(session, dossier_id)
    request = request_from_facts(framework.title, facts_of(framework), sender=settings.request_sender or None)
    return replace(request, subject=settings.request_subject) if settings.request_subject else request


def request_facts(store: Store, dossier_id: str) -> LetterRequest:
    """The request the letter answers: what it is about (the framework letter's subject), and the
    sender, kenmerk, date and deadline of its letter as the reader found them (empty where it
    found none); the griffie's corrections of the sender and the subject stand over the reading."""
    with store.read_session() as session:
        return request_in(session, dossier_id)
