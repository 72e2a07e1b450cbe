"""The council's procedure in the griffie's dossier file: the extension ``procedure``
(``ext/procedure.json``, schema :class:`raadsviewer.domain.dossier.Procedure`).

What goes out, signed by the griffie with the rest of the dossier (``services.dossier``):

* the facts a faction laptop needs of the meeting (the municipality and the meeting date, so a
  motie reads "De raad van de gemeente …, in vergadering bijeen op …"), the proposal's title and
  its outcome with the votes; never the griffie's own template path, letter date or signatories;
* every motie whose current state is openbaar (submitted), with the openbaar part of its history,
  as a package part: a faction's concepts never leave the griffie;
* the griffie's decisions on them: official numbers, outcomes, the whole votes and a vote that
  did not decide; and the amendments' whole votes (``decisions.json`` keeps only whole-faction
  votes, the form older readers know).

On the laptop the file is read as signed: moties merge as the griffie's dossier items do, a
number once given is never changed, and the decisions take effect. An older raadsviewer skips
the extension (it is not required) and sees the dossier as before.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain import dossier as D
from raadsviewer.domain import package as P
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.procedure import AWAITING
from raadsviewer.domain.votes import (
    normalise_votes,
    pending_from_json,
    pending_to_json,
    votes_from_json,
    votes_to_json,
)
from raadsviewer.services import council, exchange
from raadsviewer.storage.models import AmendmentRow, MotieRow

EXTENSION = "procedure"
VERSION = 1


def _votes(value: str | None) -> list[Any]:
    return votes_to_json(votes_from_json(json.loads(value or "[]")))


def _pending(value: str | None) -> dict[str, Any] | None:
    return pending_to_json(pending_from_json(json.loads(value))) if value else None


def write_procedure(session: Session, dossier_id: str) -> dict[str, Any] | None:
    """The extension's value (None when the dossier has nothing of the procedure yet)."""
    from raadsviewer.services.dossier import public_part

    moties_part, motie_ids = public_part(session, dossier_id, exchange.MOTIE)
    row = council.council_row(session, dossier_id)
    decided_amendments = session.scalars(
        select(AmendmentRow)
        .where(
            AmendmentRow.dossier_id == dossier_id,
            AmendmentRow.status != "concept",
            (AmendmentRow.decided_votes_json.is_not(None)) | (AmendmentRow.postponed_json.is_not(None)),
        )
        .order_by(AmendmentRow.id)
    ).all()
    if row is None and not motie_ids and not decided_amendments:
        return None
    moties = session.scalars(select(MotieRow).where(MotieRow.id.in_(sorted(motie_ids))).order_by(MotieRow.id)).all()
    return {
        "council": None
        if row is None
        else {
            "municipality": row.municipality,
            "meeting_date": row.meeting_date.isoformat() if row.meeting_date else None,
            "proposal_title": row.proposal_title,
            "proposal": {
                "status": row.proposal_status,
                "votes": _votes(row.proposal_votes_json),
                "postponed": _pending(row.proposal_postponed_json),
            },
        },
        "moties": moties_part,
        "decisions": {
            "moties": [
                {
                    "id": m.id,
                    "number": m.official_number,
                    "status": m.decided_status,
                    "votes": _votes(m.decided_votes_json),
                    "postponed": _pending(m.postponed_json),
                }
                for m in moties
            ],
            "amendments": [
                {"id": a.id, "votes": _votes(a.decided_votes_json), "postponed": _pending(a.postponed_json)}
                for a in decided_amendments
            ],
        },
    }


def _refuse(reason: str) -> UserFacingError:
    return UserFacingError("dossier_invalid", reason=f"{EXTENSION}: {reason}"[:300])


def _checked_votes(value: list[Any]) -> str:
    """Stored votes JSON, once they proved to be votes (names cleaned, one per faction)."""
    try:
        votes = votes_from_json(value)
    except ValueError as exc:
        raise _refuse(f"votes ({exc})") from exc
    return json.dumps(votes_to_json(normalise_votes(votes)) if votes else [], ensure_ascii=False)


def _checked_pending(value: D.PendingOut | None) -> str | None:
    if value is None:
        return None
    try:
        pending = pending_from_json(msgspec.to_builtins(value))
    except ValueError as exc:
        raise _refuse(f"postponed vote ({exc})") from exc
    return json.dumps(pending_to_json(pending), ensure_ascii=False)


def read_procedure(session: Session, dossier_id: str, value: Any, version: int) -> None:
    """Apply the griffie's procedure on this laptop (all of it, or refused: nothing of the file)."""
    from raadsviewer.services.dossier import apply_number, merge_public, numbers_taken

    try:
        procedure = msgspec.convert(value, D.Procedure, strict=True)
    except msgspec.ValidationError as exc:
        raise _refuse(P.explain(exc)) from exc
    if procedure.council is not None:
        _apply_council(session, dossier_id, procedure.council)
    merge_public(session, dossier_id, [(exchange.MOTIE, procedure.moties)], "nl")
    taken = numbers_taken(session, MotieRow, dossier_id)
    for d in procedure.decisions.moties:
        motie = session.get(MotieRow, d.id)
        if motie is None or motie.dossier_id != dossier_id:
            continue
        apply_number(motie, d.number, taken, None)
        motie.postponed_json = _checked_pending(d.postponed)
        if d.status is not None:
            votes = _checked_votes(d.votes)
            motie.decided_status, motie.decided_votes_json = d.status, votes
            motie.status, motie.votes_json = d.status, votes
        elif motie.decided_status is not None:  # the griffie corrected an outcome into a vote that did not decide
            motie.decided_status = motie.decided_votes_json = None
            motie.status, motie.votes_json = AWAITING, "[]"
    for a in procedure.decisions.amendments:
        amendment = session.get(AmendmentRow, a.id)
        if amendment is None or amendment.dossier_id != dossier_id:
            continue
        amendment.postponed_json = _checked_pending(a.postponed)
        if amendment.decided_status is not None:
            votes = _checked_votes(a.votes)
            amendment.decided_votes_json, amendment.votes_json = votes, votes
    session.flush()


def _apply_council(session: Session, dossier_id: str, out: D.CouncilOut) -> None:
    row = council.council_row(session, dossier_id, create=True)
    assert row is not None
    try:
        row.meeting_date = date.fromisoformat(out.meeting_date) if out.meeting_date else None
    except ValueError as exc:
        raise _refuse(f"meeting_date {out.meeting_date!r}") from exc
    row.municipality = " ".join(out.municipality.split())
    row.proposal_title = " ".join(out.proposal_title.split())
    row.proposal_status = out.proposal.status
    row.proposal_votes_json = _checked_votes(out.proposal.votes)
    row.proposal_postponed_json = _checked_pending(out.proposal.postponed)
    row.updated_at = datetime.now()
