"""Proposals: what an amendment does, the drafts of amendments and moties, moties themselves and
the votes cast on them. Named tuples, as the rest of the model (see there why).

Part of the domain's vocabulary (import it from :mod:`raadsviewer.domain.model`, which loads this
module when one of these names is first asked for): the first window does not wait for the
classes of drafting and voting.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

# TextAnchor at run time too: ``domain.drafts`` reads a kept draft back by these annotations
from raadsviewer.domain.model import AmendmentOperation, MotieKind, MotieStatus, TextAnchor

if TYPE_CHECKING:  # votes.py imports Vote from the model; the annotation is only read by type checkers
    from raadsviewer.domain.votes import FactionVote, PendingVote


class AmendmentDraft(NamedTuple):
    """What a user fills in: the editable part of an amendment.

    The target is a principle number and/or an anchor resolved by the service from a selection;
    a sub-amendment names its parent instead.
    """

    title: str
    operation: AmendmentOperation
    old_text: str = ""
    new_text: str = ""
    rationale: str = ""
    betreft: str = ""
    principle_number: int | None = None
    anchor: TextAnchor | None = None
    cosigners: tuple[str, ...] = ()
    parent_id: str | None = None


class Motie(NamedTuple):
    """A motion: the council's judgement, wish or request, with its reasons.

    It reads "De raad van de gemeente {municipality}, in vergadering bijeen op {meeting_date},
    constaterende dat ..., overwegende dat ..., {kind} {dictum}, en gaat over tot de orde van de
    dag." Identity as for an amendment (UUID, owner faction, version, revision chain), shown as
    ``M{number}`` once the griffie numbered it (``number`` 0 before: then ``label`` is the faction's
    provisional "GL-M1", from ``draft_number``). ``votes`` are faction votes as councils cast them
    (:class:`raadsviewer.domain.votes.FactionVote`); ``principle_ids``/``principle_numbers`` link it
    to principles of the framework, ``agenda_item`` to the meeting's agenda.
    """

    id: str
    dossier_id: str
    number: int
    title: str
    municipality: str
    meeting_date: date | None
    constaterende: tuple[str, ...]
    overwegende: tuple[str, ...]
    kind: MotieKind
    dictum: tuple[str, ...]
    faction_id: str
    faction_name: str
    author: str  # indiener (member name)
    cosigners: tuple[str, ...]  # mede-indieners (faction names)
    principle_ids: tuple[str, ...]
    principle_numbers: tuple[int, ...]
    agenda_item: str
    status: MotieStatus
    votes: tuple[FactionVote, ...]
    created_at: datetime
    updated_at: datetime
    version: int
    revision_id: str
    deleted: bool = False
    draft_number: int = 0  # the faction's own provisional number ("GL-M1")
    postponed: PendingVote | None = None  # a vote that did not decide (tie, no quorum): see domain.votes

    @property
    def label(self) -> str:
        if self.number:
            return f"M{self.number}"
        from raadsviewer.domain.access import provisional_motie_label

        return provisional_motie_label(self.faction_name, self.draft_number)


class MotieDraft(NamedTuple):
    """What a user fills in: the editable part of a motie."""

    title: str
    kind: MotieKind = MotieKind.VERZOEKT
    constaterende: tuple[str, ...] = ()
    overwegende: tuple[str, ...] = ()
    dictum: tuple[str, ...] = ()
    municipality: str = ""
    meeting_date: date | None = None
    cosigners: tuple[str, ...] = ()
    principle_numbers: tuple[int, ...] = ()
    agenda_item: str = ""
