"""The zienswijze the council sends: its letter to the body that asked, followed by the
raadsbesluit, from the store as the griffie sees it.

What goes in is :func:`raadsviewer.domain.letter.assemble_letter`'s business (adopted amendments
as the principles' new text, adopted moties, the remarks the griffie marked for inclusion, one
sentence for the principles the council agrees with); the words and the layout are the Word
template's (:mod:`raadsviewer.export.letter`). This module gathers the facts:

* the request from the framework letter as the reader found it at import (sender, kenmerk, date,
  deadline: :func:`raadsviewer.services.council.request_facts`);
* the council, the meeting, the letter's date, the signatories and the template from the
  griffie's record of the meeting (:mod:`raadsviewer.services.council`), each overridable for one
  export (a command-line option, a field of the export dialog) without changing the record;
  the letter's date is today when none is set;
* a proposal the council rejected gives no letter (``proposal_rejected``).

For the window: :func:`build_letter` (the letter as data, for a preview) and
:func:`export_zienswijze` (the file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.letter import ZienswijzeLetter, assemble_letter
from raadsviewer.domain.procedure import PROPOSAL_ID
from raadsviewer.export.letter import FORMATS, PdfWriter, write_letter
from raadsviewer.services import council, drafts, moties, procedure, roles
from raadsviewer.storage.db import Store
from raadsviewer.words import N_


def build_letter(
    store: Store,
    dossier_id: str,
    *,
    municipality: str | None = None,
    meeting_date: date | None = None,
    letter_date: date | None = None,
    griffier: str | None = None,
    voorzitter: str | None = None,
) -> ZienswijzeLetter:
    """The letter's content from the store; given arguments override the griffie's record."""
    if procedure.proposal(store, dossier_id).status == "verworpen":
        raise UserFacingError("proposal_rejected")
    settings = council.council_settings(store, dossier_id)
    request = council.request_facts(store, dossier_id)
    draft = drafts.build_draft(store, dossier_id)
    return assemble_letter(
        draft,
        moties.list_moties(store, dossier_id),
        request,
        municipality=municipality if municipality is not None else settings.municipality,
        meeting_date=meeting_date or settings.meeting_date,
        letter_date=letter_date or settings.letter_date or date.today(),
        griffier=griffier if griffier is not None else settings.griffier,
        voorzitter=voorzitter if voorzitter is not None else settings.voorzitter,
    )


def not_yet_voted(store: Store, dossier_id: str) -> list[str]:
    """The labels of what the council has not voted on yet ("A2", "M1"; "voorstel" for the
    proposal), in voting order: the letter says only what was decided."""
    from raadsviewer.domain.procedure import not_yet_voted as awaiting

    return [item.label or PROPOSAL_ID for item in awaiting(procedure.voting_items(store, dossier_id))]


def export_zienswijze(
    store: Store,
    dossier_id: str,
    fmt: str,
    path: Path | str,
    *,
    template: Path | str | None = None,
    municipality: str | None = None,
    meeting_date: date | None = None,
    letter_date: date | None = None,
    griffier: str | None = None,
    voorzitter: str | None = None,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """The letter followed by the raadsbesluit as docx, pdf, md or html at ``path`` (written
    beside it and moved into place). ``template``: a Word template for this export; else the
    griffie's (``council_settings``), else the shipped default. PDF needs ``pdf_writer`` (the
    window's or the command line's Qt writer, :func:`raadsviewer.ui.pdf.write_pdf`)."""
    value = drafts.check_format(fmt, FORMATS)
    with store.read_session() as session:
        roles.griffie_only(session, N_("de brief met de zienswijze"))
    if value == "pdf" and pdf_writer is None:
        raise UserFacingError("pdf_unavailable")
    letter = build_letter(
        store,
        dossier_id,
        municipality=municipality,
        meeting_date=meeting_date,
        letter_date=letter_date,
        griffier=griffier,
        voorzitter=voorzitter,
    )
    chosen = Path(template) if template is not None else council.council_settings(store, dossier_id).template_path
    path = Path(path)
    drafts.write_atomically(
        path, lambda target: write_letter(letter, value, target, template=chosen, pdf_writer=pdf_writer)
    )
    return path
