"""The council's procedure in the store: what happened to amendments, moties and the proposal, the
votes as councils vote them, the voting order, and the griffie's stemlijst.

One set of rules for every kind of item (:func:`apply_status`):

* **Who decides.** Outcomes, votes and the proposal's own outcome are the griffie's decisions
  (``domain.access``): kept beside the revisions (``decided_*``, ``postponed_json``), never in a
  faction's history, so a faction's package can neither carry nor overwrite them. On a faction
  laptop only the faction's own submission, withdrawal and (a motie) holding over are recorded.
* **Votes as councils vote** (:mod:`raadsviewer.domain.votes`): per faction voor or tegen, or
  divided with member counts or names; absent members. Votes are taken only on a submitted item
  and only go with a decision (aangenomen, verworpen), which must be the one the Gemeentewet gives
  (art. 28-32); without a status the votes decide. The whole vote is kept, splits and absences
  included.
* **A vote that does not decide** (a tie outside a full meeting, art. 32.4; too few members,
  art. 29.1) is kept as the griffie's record and the item stays submitted; the next vote recorded
  on it is the re-vote (a tie is then final, art. 32.5; no quorum is needed, art. 29.2a) without
  anyone having to say so.
* **Voting order** (:mod:`raadsviewer.domain.procedure`): sub-amendments before their amendment,
  amendments before the proposal, the proposal before the moties; an outcome recorded out of order
  is refused with the reason.

For the window: :func:`set_status` (any item by its label, "voorstel" for the proposal),
:func:`proposal` and :func:`set_proposal_status` (the proposal's outcome), :func:`voting_items`
(everything to be voted on, in voting order, with status and votes), :func:`order_problem_for`
(why an outcome cannot be recorded now, before the vote dialog opens), :func:`stemlijst_rows`
and :func:`export_stemlijst` (the griffie's list as XLSX or CSV).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import Role
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Vote
from raadsviewer.domain.procedure import (
    AWAITING,
    DECIDED,
    PROPOSAL_ID,
    STEPS,
    OrderProblem,
    VotingItem,
    correction_problem,
    items_for,
    on_the_stemlijst,
    order_problem,
    proposal_item,
    voting_order,
)
from raadsviewer.domain.votes import (
    FactionVote,
    Outcome,
    PendingVote,
    decide,
    decision_of,
    normalise_votes,
    pending_after,
    pending_from_json,
    pending_to_json,
    votes_from_json,
    votes_to_json,
)
from raadsviewer.services import council, items
from raadsviewer.storage.db import Store, lock_row
from raadsviewer.storage.models import DossierRow, FactionRow, StoreSettingRow
from raadsviewer.words import N_

PROPOSAL_STATUSES = ("ingediend", "aangenomen", "verworpen")
_PROPOSAL_WORDS = frozenset({"voorstel", "raadsvoorstel", "proposal"})

Votes = Iterable[tuple[str, Vote | str] | FactionVote]


def _kinds() -> tuple[items.Kind, items.Kind]:
    from raadsviewer.services.amendments import AMENDMENT
    from raadsviewer.services.moties import MOTIE

    return AMENDMENT, MOTIE


# --- reading the items ------------------------------------------------------------------------


def _pending(value: str | None) -> PendingVote | None:
    return pending_from_json(json.loads(value)) if value else None


def _proposal_item(session: Session, dossier_id: str) -> VotingItem:
    row = council.council_row(session, dossier_id)
    title = council.proposal_title(session, dossier_id)
    if row is None:
        return proposal_item(title)
    return proposal_item(
        title,
        row.proposal_status,
        votes_from_json(json.loads(row.proposal_votes_json)),
        _pending(row.proposal_postponed_json),
    )


def read_voting_items(session: Session, dossier_id: str) -> list[VotingItem]:
    """Within an open session: every item the council votes on (live amendments, moties, the
    proposal) that the store's owner may see, in voting order."""
    from raadsviewer.services.amendments import read_amendments
    from raadsviewer.services.moties import read_moties

    if session.get(DossierRow, dossier_id) is None:
        raise UserFacingError("dossier_not_found", title=dossier_id)
    found = items_for(
        read_amendments(session, dossier_id), read_moties(session, dossier_id), _proposal_item(session, dossier_id)
    )
    return list(voting_order(found))


def voting_items(store: Store, dossier_id: str) -> list[VotingItem]:
    """Everything the council votes on in this dossier, in voting order: label, kind, title,
    indieners, status, the votes recorded and the rule they were counted by."""
    with store.read_session() as session:
        return read_voting_items(session, dossier_id)


def stemlijst_items(store: Store, dossier_id: str) -> list[VotingItem]:
    """What the stemlijst lists (``domain.procedure.on_the_stemlijst``), in voting order."""
    return list(on_the_stemlijst(voting_items(store, dossier_id)))


def proposal(store: Store, dossier_id: str) -> VotingItem:
    """The proposal (the raadsbesluit giving the zienswijze): its title, status and votes."""
    with store.read_session() as session:
        if session.get(DossierRow, dossier_id) is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        return _proposal_item(session, dossier_id)


def _check_order(session: Session, dossier_id: str, item_id: str) -> None:
    session.flush()
    found = read_voting_items(session, dossier_id)
    item = next((i for i in found if i.id == item_id), None)
    problem = order_problem(item, found) if item is not None else None
    if problem is not None:
        raise UserFacingError(problem.code, labels=", ".join(problem.labels))


def _item_among(session: Session, dossier_id: str, label: str | int) -> tuple[VotingItem | None, list[VotingItem]]:
    """The voting item with this label (None when it is not to be voted on), and all of them."""
    found = read_voting_items(session, dossier_id)
    item_id = PROPOSAL_ID if is_proposal(label) else _find(session, dossier_id, label)[1].id
    return next((i for i in found if i.id == item_id), None), found


def order_problem_for(store: Store, dossier_id: str, label: str | int) -> OrderProblem | None:
    """Why the outcome of the item with this label cannot be recorded now (None: it can)."""
    with store.read_session() as session:
        item, found = _item_among(session, dossier_id, label)
        return order_problem(item, found) if item is not None else None


def correction_problem_for(store: Store, dossier_id: str, label: str | int) -> OrderProblem | None:
    """Why the outcome recorded on the item with this label cannot be corrected now (None: it can)."""
    with store.read_session() as session:
        item, found = _item_among(session, dossier_id, label)
        if item is None:
            raise UserFacingError("item_not_found", label=str(label))
        return correction_problem(item, found)


# --- counting a vote ----------------------------------------------------------------------------


def _seats(session: Session) -> dict[str, int]:
    return {f.name: f.seats for f in session.scalars(select(FactionRow))}


def _given(session: Session, votes: Votes) -> tuple[FactionVote, ...]:
    """The votes as recorded: checked, each under its faction's stored name, by faction name."""
    names = {name.casefold(): name for name in _seats(session)}
    given = normalise_votes(votes)
    return normalise_votes(replace(v, faction=names.get(v.faction.casefold(), v.faction)) for v in given)


def _count(
    session: Session,
    votes: tuple[FactionVote, ...],
    status: str | None,
    pending: PendingVote | None,
    revote: bool,
    quorum_waived: bool,
) -> tuple[str | None, PendingVote | None]:
    """The decision the votes give (checked against ``status`` when one is named) and the record
    of the vote that did not decide (None when it decided). The rule follows what the store knows
    of an earlier vote, or what the caller says of one it does not know."""
    if status is not None and status not in DECIDED:
        raise UserFacingError("votes_need_decision")
    result = decide(
        votes,
        _seats(session),
        revote=revote or (pending is not None and pending.revote),
        quorum_waived=quorum_waived or (pending is not None and pending.quorum_waived),
    )
    decision = decision_of(result, status)
    if decision is None:
        return None, pending_after(result, votes, pending)
    return decision, pending


def _rule_record(pending: PendingVote | None, revote: bool, quorum_waived: bool) -> str | None:
    """What the decision's record says of the earlier vote: the one the store knows, or the one
    the caller named (a tie or a vote without quorum recorded elsewhere)."""
    if pending is None and (revote or quorum_waived):
        pending = PendingVote(Outcome.STAKING_UITGESTELD if revote else Outcome.ONGELDIG, (), revote, quorum_waived)
    return json.dumps(pending_to_json(pending), ensure_ascii=False) if pending is not None else None


# --- recording ----------------------------------------------------------------------------------


def apply_status(
    session: Session,
    kind: items.Kind,
    row: Any,
    status: Any,
    votes: Votes = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> None:
    """Record a status and/or votes on an amendment's or a motie's row, in the open transaction
    (see the module docstring for the rules). ``status`` None: the votes decide."""
    from raadsviewer.services.roles import owner_in

    lock_row(session, row)  # two clerks recording at once: the second is judged on the first's outcome
    new = kind.parse_status(status) if status is not None else None
    votes = list(votes)
    owner = owner_in(session)
    if owner.role is Role.MEMBER:  # a faction laptop: only the faction's own steps
        if votes or new is None or new not in kind.faction_statuses:
            raise UserFacingError("griffie_decision", what=N_("een uitslag of stemmen vastleggen"))
        if row.faction_id != owner.faction_id:
            other = session.get(FactionRow, row.faction_id)
            raise UserFacingError(kind.not_owner, owner=other.name if other else "?")
    items.require_live(session, kind, row)
    _forget_taken_back(session, row.dossier_id, row.id)
    old = kind.parse_status(row.status)
    if votes:  # checked first: "only a submitted item is voted on" says more
        kind.check_votable(old)
        given = _given(session, votes)
        pending = _pending(row.postponed_json)
        decision, after = _count(session, given, str(new) if new else None, pending, revote, quorum_waived)
        if decision is None:  # the decision waits for the next meeting; the item stays submitted
            _check_order(session, row.dossier_id, row.id)
            row.postponed_json = json.dumps(pending_to_json(after), ensure_ascii=False) if after else None
            session.flush()
            return
        new = kind.parse_status(decision)
    elif new is None:
        raise UserFacingError("status_or_votes_needed")
    else:
        given, pending = (), _pending(row.postponed_json)
    kind.check_change(old, new)
    if new == old:
        return
    if str(new) in DECIDED:
        _check_order(session, row.dossier_id, row.id)
        stored = json.dumps(votes_to_json(given), ensure_ascii=False)
        row.decided_status, row.decided_votes_json = str(new), stored
        row.status, row.votes_json = str(new), stored
        row.postponed_json = _rule_record(pending, revote, quorum_waived)
        session.flush()  # the row's own fields (updated_at too) stay those of its current revision
        return
    if str(new) == "ingediend":
        kind.prepare_submission(session, row)
        items.number_when_submitted(session, kind, row)
    row.status = str(new)
    items.bump(session, kind, row)


def set_item_status(
    store: Store,
    kind: items.Kind,
    dossier_id: str,
    label: str | int,
    status: Any,
    votes: Votes = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> Any:
    """:func:`apply_status` in its own transaction on the item of ``kind`` with this label;
    returns the domain item (``Amendment``, ``Motie``) as stored."""
    with store.session() as session:
        row = items.row_by_label(session, kind, dossier_id, label)
        apply_status(session, kind, row, status, votes, revote=revote, quorum_waived=quorum_waived)
        return kind.to_domain(session, row)


def is_proposal(label: object) -> bool:
    return isinstance(label, str) and label.strip().casefold() in _PROPOSAL_WORDS


def _find(session: Session, dossier_id: str, label: str | int) -> tuple[items.Kind, Any]:
    """The amendment or motie a label names: "M2" and "GL-M1" are moties, "A3", "3" and "GL-1"
    amendments; an id is looked up in both."""
    amendment, motie = _kinds()
    if items.is_uuid(label):
        for kind in (amendment, motie):
            row = session.get(kind.row, str(label).strip())
            if row is not None and row.dossier_id == dossier_id:
                return kind, row
        raise UserFacingError("item_not_found", label=str(label))
    if isinstance(label, str) and (motie.number_pattern.match(label) and label.strip()[:1] in "Mm"):
        return motie, items.row_by_label(session, motie, dossier_id, label)
    if (
        isinstance(label, str)
        and motie.provisional_pattern.match(label)
        and not amendment.provisional_pattern.match(label)
    ):
        return motie, items.row_by_label(session, motie, dossier_id, label)
    return amendment, items.row_by_label(session, amendment, dossier_id, label)


def set_status(
    store: Store,
    dossier_id: str,
    label: str | int,
    status: str | None = None,
    votes: Votes = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
    correcting: bool = False,
    reopen_later: bool = False,
) -> VotingItem:
    """Record what happened to the item with this label ("A3", "M2", "GL-1", an id, or "voorstel"
    for the proposal): a status, and/or the votes (``status`` None: the votes decide). Returns
    the item as the stemlijst shows it; one that awaits its re-vote has ``postponed`` set.

    ``correcting``: the outcome recorded on it was a mistake (a faction's vote typed wrongly): it
    is taken back and this one recorded instead, in one transaction (:func:`_reopen`): an outcome
    of a vote (aangenomen, verworpen, or what the votes give), or ``ingediend`` to take it back
    only (the item awaits its vote again). Withdrawing or holding over is the faction's, not a
    correction of a vote. ``reopen_later``: outcomes recorded after it that rest on it are taken
    back with it (they are voted on again)."""
    if correcting and status is not None and str(status).strip().lower() not in (*DECIDED, AWAITING):
        raise UserFacingError("vote_correction_status", status=str(status)[:40])
    with store.session() as session:
        if correcting and not is_proposal(label):
            kind, row = _find(session, dossier_id, label)
            if row.status in STEPS:  # withdrawn or held over: no outcome of a vote to take back
                if status is not None and str(status).strip().lower() != AWAITING:
                    raise UserFacingError("vote_correction_status", status=str(status)[:40])
                _take_back_step(session, kind, row)
                found = read_voting_items(session, dossier_id)
                return next(i for i in found if i.id == row.id)
        if correcting:
            _reopen(session, dossier_id, label, later_too=reopen_later)
        if is_proposal(label):
            _apply_proposal(session, dossier_id, status, votes, revote=revote, quorum_waived=quorum_waived)
            return _proposal_item(session, dossier_id)
        kind, row = _find(session, dossier_id, label)
        apply_status(session, kind, row, status, votes, revote=revote, quorum_waived=quorum_waived)
        session.flush()
        found = read_voting_items(session, dossier_id)
        return next(i for i in found if i.id == row.id)


def step_recorded_here(store: Store, dossier_id: str, item_id: str) -> str | None:
    """When the griffie recorded the item's withdrawal (or holding over) on this store, and
    nothing came after it: the status it had before, which taking the step back restores. None
    when the step is the faction's own (it came in the faction's package: the griffie never
    takes back a faction's decision), or when the item is in another status."""
    with store.read_session() as session:
        kind, row = _find(session, dossier_id, item_id)
        return _step_before(session, kind, row)


def _step_before(session: Session, kind: items.Kind, row: Any) -> str | None:
    from raadsviewer.storage.models import MergeLogRow

    if row.status not in STEPS or row.decided_status is not None:
        return None
    revision = session.get(kind.revision, row.revision_id)
    if revision is None or revision.parent_id is None:
        return None
    merged = select(MergeLogRow.id).where(MergeLogRow.revisions_json.contains(f'"{row.revision_id}"')).limit(1)
    if session.scalar(merged) is not None:  # it came in a package: the faction's own step
        return None
    parent = session.get(kind.revision, revision.parent_id)
    before = json.loads(parent.content_json).get("status") if parent is not None else None
    return before if before in (AWAITING, "aangehouden") and before != row.status else None


def _take_back_step(session: Session, kind: items.Kind, row: Any) -> None:
    """Take back a withdrawal or holding over the griffie recorded here by mistake: the item has
    the status it had before again, as a new version (which the griffie's dossier brings to the
    factions, as it brought the step)."""
    from raadsviewer.services.roles import require_griffie

    require_griffie(session, N_("een uitslag corrigeren"))
    lock_row(session, row)
    before = _step_before(session, kind, row)
    if before is None:
        raise UserFacingError("step_not_ours", status=row.status)
    _forget_taken_back(session, row.dossier_id, row.id)
    row.status = before
    items.bump(session, kind, row)


def _reopen(
    session: Session, dossier_id: str, label: str | int, *, later_too: bool = False, because: str | None = None
) -> None:
    """Take back the outcome recorded on an item, in the open transaction, so that the one
    recorded next replaces it: the item awaits its vote again, with the record of an earlier vote
    that did not decide (a tie, too few members) as it was, so the same rule counts the votes
    again. Only the griffie, only a decided item, and only while no outcome recorded after it
    rests on it (``domain.procedure.correction_problem``), or, ``later_too``, with those taken back
    first (they await their vote again: the proposal is voted on as amended). ``because``: the
    item whose correction takes this one back; its votes are kept to be offered again
    (:func:`taken_back_votes`), since the council may well vote the same way."""
    from raadsviewer.services.roles import require_griffie

    require_griffie(session, N_("een uitslag corrigeren"))
    row: Any = council.council_row(session, dossier_id) if is_proposal(label) else _find(session, dossier_id, label)[1]
    if row is not None:
        lock_row(session, row)  # two clerks correcting at once: the second sees the first's outcome
    item, found = _item_among(session, dossier_id, label)
    if item is None:
        raise UserFacingError("item_not_found", label=str(label))
    problem = correction_problem(item, found)
    if problem is not None and later_too and problem.code == "vote_correction_later_decided":
        for later in problem.labels:  # the last one first: each is then free to be taken back
            _reopen(session, dossier_id, later, because=item.label or PROPOSAL_ID)
        problem = None
    if problem is not None:
        raise UserFacingError(problem.code, labels=", ".join(problem.labels))
    undecided = item.status not in DECIDED  # a vote that did not decide: its record goes, counted afresh
    if because is not None and item.votes:
        _keep_taken_back(session, dossier_id, item.id, item.votes, because)
    if item.id == PROPOSAL_ID:
        row.proposal_status, row.proposal_votes_json = AWAITING, "[]"
        if undecided:
            row.proposal_postponed_json = None
        row.updated_at = datetime.now()
    else:  # the faction's own versions never carry an outcome: what is left is the submission
        row.decided_status = row.decided_votes_json = None
        row.status, row.votes_json = AWAITING, "[]"
        if undecided:
            row.postponed_json = None
    session.flush()


class TakenBack(NamedTuple):
    """The votes of an outcome taken back with the correction of an earlier one (``because``)."""

    votes: tuple[FactionVote, ...]
    because: str  # the label of the corrected item ("A2"), or "voorstel"


def _taken_back_key(dossier_id: str, item_id: str) -> str:
    digest = hashlib.sha256(f"{dossier_id}:{item_id}".encode()).hexdigest()[:32]
    return f"votes_back:{digest}"  # (a store setting's key is at most 50 characters)


def _keep_taken_back(
    session: Session, dossier_id: str, item_id: str, votes: Sequence[FactionVote], because: str
) -> None:
    value = json.dumps(
        {"dossier": dossier_id, "item": item_id, "because": because, "votes": votes_to_json(votes)},
        ensure_ascii=False,
    )
    key = _taken_back_key(dossier_id, item_id)
    row = session.get(StoreSettingRow, key)
    if row is None:
        session.add(StoreSettingRow(key=key, value=value))
    else:
        row.value = value


def _forget_taken_back(session: Session, dossier_id: str, item_id: str) -> None:
    row = session.get(StoreSettingRow, _taken_back_key(dossier_id, item_id))
    if row is not None:
        session.delete(row)


def taken_back_votes(store: Store, dossier_id: str, item_id: str) -> TakenBack | None:
    """The votes recorded on an item before its outcome was taken back with the correction of an
    earlier one, to be offered again when its vote is recorded anew; None once anything has been
    recorded on it since (or when nothing was taken back)."""
    with store.read_session() as session:
        row = session.get(StoreSettingRow, _taken_back_key(dossier_id, item_id))
        if row is None:
            return None
        try:
            kept = json.loads(row.value)
            return TakenBack(votes_from_json(kept["votes"]), str(kept["because"]))
        except (ValueError, KeyError, TypeError):  # not as written here: nothing to offer
            return None


# --- the proposal -------------------------------------------------------------------------------


def _apply_proposal(
    session: Session,
    dossier_id: str,
    status: str | None,
    votes: Votes,
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> None:
    from raadsviewer.services.roles import require_griffie

    require_griffie(session, N_("de uitslag van het voorstel"))
    if status is not None and str(status).strip().lower() not in PROPOSAL_STATUSES:
        raise UserFacingError("invalid_proposal_status", value=str(status)[:40])
    new = str(status).strip().lower() if status is not None else None
    votes = list(votes)
    row = council.council_row(session, dossier_id, create=True)
    assert row is not None
    _forget_taken_back(session, dossier_id, PROPOSAL_ID)
    old = row.proposal_status
    pending = _pending(row.proposal_postponed_json)
    given: tuple[FactionVote, ...] = ()
    if votes:
        if old != "ingediend":
            raise UserFacingError("proposal_decided", status=old)
        given = _given(session, votes)
        new, after = _count(session, given, new, pending, revote, quorum_waived)
        if new is None:
            _check_order(session, dossier_id, PROPOSAL_ID)
            row.proposal_postponed_json = json.dumps(pending_to_json(after), ensure_ascii=False) if after else None
            row.updated_at = datetime.now()
            return
    elif new is None:
        raise UserFacingError("status_or_votes_needed")
    if new == old:
        return
    if old != "ingediend" or new not in DECIDED:
        raise UserFacingError("invalid_proposal_transition", old=old, new=new)
    _check_order(session, dossier_id, PROPOSAL_ID)
    row.proposal_status = new
    row.proposal_votes_json = json.dumps(votes_to_json(given), ensure_ascii=False)
    row.proposal_postponed_json = _rule_record(pending, revote, quorum_waived)
    row.updated_at = datetime.now()
    session.flush()


def set_proposal_status(
    store: Store,
    dossier_id: str,
    status: str | None = None,
    votes: Votes = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> VotingItem:
    """The griffie records the proposal's own outcome (after the amendments, before the moties);
    ``status`` None: the votes decide. Returns the proposal as the stemlijst shows it."""
    return set_status(store, dossier_id, PROPOSAL_ID, status, votes, revote=revote, quorum_waived=quorum_waived)


# --- the stemlijst ------------------------------------------------------------------------------


def stemlijst_rows(store: Store, dossier_id: str, lang: str = "nl") -> list[Any]:
    """The rows of the griffie's stemlijst in voting order (``export.stemlijst.StemlijstRow``:
    number, label, kind, title, indiener, mede-indieners, status, outcome, votes each way)."""
    from raadsviewer.export.stemlijst import stemlijst_rows as rows_of

    with store.read_session() as session:
        found = list(on_the_stemlijst(read_voting_items(session, dossier_id)))
        seats = _seats(session)
    return rows_of(found, seats, lang)


def export_stemlijst(store: Store, dossier_id: str, fmt: str, path: Path | str, *, lang: str = "nl") -> Path:
    """The stemlijst as ``fmt`` (xlsx or csv) at ``path``, written beside it and moved into place."""
    from raadsviewer.export.stemlijst import FORMATS, write_stemlijst
    from raadsviewer.services.drafts import check_format, write_atomically
    from raadsviewer.services.roles import griffie_only

    value = check_format(fmt, FORMATS)
    with store.read_session() as session:
        griffie_only(session, N_("de stemlijst"))
        found = list(on_the_stemlijst(read_voting_items(session, dossier_id)))
        seats = _seats(session)
        dossier = session.get(DossierRow, dossier_id)
        title = dossier.title if dossier is not None else ""
    path = Path(path)
    write_atomically(path, lambda target: write_stemlijst(found, seats, value, target, lang=lang, title=title))
    return path
