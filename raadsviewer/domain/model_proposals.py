"""Proposals: what an amendment does, the drafts of amendments and moties, moties themselves and
the votes cast on them.

Part of the domain's vocabulary (import it from :mod:`raadsviewer.domain.model`, which loads this
module when one of these names is first asked for): the first window does not wait for the
classes of drafting and voting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # votes.py imports Vote from the model; the annotation is only read by type checkers
    from raadsviewer.domain.model import TextAnchor
    from raadsviewer.domain.votes import FactionVote


class AmendmentOperation(StrEnum):
    """What an amendment does to its target; the three forms a council amendment takes.

    ``toevoegen`` without old text adds a new principle after the target principle; with old
    text it inserts the new text right after that passage.
    """

    VERVANGEN = "vervangen"
    TOEVOEGEN = "toevoegen"
    SCHRAPPEN = "schrappen"


class Vote(StrEnum):
    VOOR = "voor"
    TEGEN = "tegen"


@dataclass(frozen=True, slots=True)
class AmendmentDraft:
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


# --- moties ----------------------------------------------------------------------------------


class MotieKind(StrEnum):
    """The dictum's verb: what the council does with the points of the motie."""

    VERZOEKT = "verzoekt"  # "verzoekt het college ..."
    DRAAGT_OP = "draagt-op"  # "draagt het college op ..."
    SPREEKT_UIT = "spreekt-uit"  # "spreekt uit ..."


class MotieStatus(StrEnum):
    CONCEPT = "concept"  # being written inside the faction
    INGEDIEND = "ingediend"  # submitted; can be voted on
    AANGEHOUDEN = "aangehouden"  # held over by its submitters; not voted on until submitted again
    INGETROKKEN = "ingetrokken"
    AANGENOMEN = "aangenomen"
    VERWORPEN = "verworpen"


@dataclass(frozen=True, slots=True)
class Motie:
    """A motion: the council's judgement, wish or request, with its reasons.

    It reads "De raad van de gemeente {municipality}, in vergadering bijeen op {meeting_date},
    constaterende dat ..., overwegende dat ..., {kind} {dictum}, en gaat over tot de orde van de
    dag." Identity as for an amendment (UUID, owner faction, version, revision chain), shown as
    ``M{number}``. ``votes`` are faction votes as councils cast them
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

    @property
    def label(self) -> str:
        return f"M{self.number}"


@dataclass(frozen=True, slots=True)
class MotieDraft:
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
