"""The ``.raadsdossier``: the griffie's dossier as it goes out to the factions, signed.

A zip with these members::

    manifest.json    what it is (below), with the size and sha256 of every other part
    signature.json   {"algorithm": "ed25519", "public_key": hex, "signature": hex} (the griffie's key)
    documents.json   [document, ...]   the documents, with the principles and sections as the griffie fixed them
    factions.json    [{"id", "name", "seats", "colour"}, ...]
    decisions.json   {"amendments": [{"id", "number", "status", "votes"}], "annotations": [{"id", "include_in_draft"}]}
    items.json       {"annotations": part, "amendments": part}  (``domain.package`` parts: openbaar
                     versions only, the history from the first openbaar version, ``withheld`` parents)
    ext/NAME.json    extension parts (below)

manifest.json::

    {"format": "raadsdossier", "format_version": 1, "app_version": str,
     "dossier": {"id", "title", "body", "deadline"}, "created_at": iso, "sequence": int,
     "parts": {"documents.json": {"sha256", "size"}, ...},
     "extensions": {NAME: {"version": int, "required": bool, "sha256": hex, "size": int}}}

**Extensions** are how later layers travel in the same file without a new format version: each
has a name, its own version and a part ``ext/NAME.json``. A reader that knows the name at that
version or newer reads it; one that does not skips it when ``required`` is false and refuses the
file (``dossier_newer``) when it is true. The principle corrections travel this way, and the
council's procedure (``ext/procedure.json``, :class:`Procedure`: the meeting's facts and the
proposal's outcome, the submitted moties with their numbers and outcomes, the amendments' whole
votes). Extension names are lower-case words with ``_``, at most 40 characters.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec

from raadsviewer.domain import package as P
from raadsviewer.domain.access import MAX_AMENDMENT_NUMBER

FORMAT = "raadsdossier"
FORMAT_VERSION = 1
SUFFIX = ".raadsdossier"

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
DOCUMENTS = P.DOSSIER_DOCUMENTS  # "documents.json"
FACTIONS = "factions.json"
DECISIONS = "decisions.json"
ITEMS = "items.json"
PARTS = (DOCUMENTS, FACTIONS, DECISIONS, ITEMS)
EXTENSION_DIR = "ext/"
EXTENSION_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts, inflated
MAX_PART_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 64
MAX_RATIO = 200  # document text compresses well; still refused far below a bomb
MAX_DOCUMENT_CHARS = 60 * 1024 * 1024

Uuid = P.Uuid
Sha = P.Sha
Short = P.Short
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
Count = Annotated[int, msgspec.Meta(ge=0, le=10**9)]


class PartRef(msgspec.Struct, forbid_unknown_fields=True):
    sha256: Sha
    size: Annotated[int, msgspec.Meta(ge=0, le=MAX_PART_BYTES)]


class ExtensionRef(msgspec.Struct, forbid_unknown_fields=True):
    version: Annotated[int, msgspec.Meta(ge=1, le=10**6)]
    required: bool
    sha256: Sha
    size: Annotated[int, msgspec.Meta(ge=0, le=MAX_PART_BYTES)]


class DossierHead(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=500)]
    body: Short
    deadline: Annotated[str, msgspec.Meta(max_length=10)] | None


class Manifest(msgspec.Struct, forbid_unknown_fields=True):
    format: Literal["raadsdossier"]
    format_version: int
    app_version: Short
    dossier: DossierHead
    created_at: P.Timestamp
    sequence: Count
    parts: dict[str, PartRef]
    extensions: dict[str, ExtensionRef] = {}


class PrincipleOut(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    number: Annotated[int, msgspec.Meta(ge=-100_000, le=100_000)]  # negative: retired by a correction
    title: Annotated[str, msgspec.Meta(max_length=100_000)]
    text: Annotated[str, msgspec.Meta(max_length=MAX_DOCUMENT_CHARS)]
    start: Count
    end: Count
    label: Annotated[str, msgspec.Meta(max_length=40)] = ""  # "B.2": what the document calls it
    key: Annotated[str, msgspec.Meta(max_length=80)] = ""  # what its identity is made from
    active: bool = True  # False: removed or merged away by a correction (kept for its items)
    merged_into: Uuid | None = None


class SectionOut(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    ordinal: Count
    heading: Annotated[str, msgspec.Meta(max_length=100_000)]
    text: Annotated[str, msgspec.Meta(max_length=MAX_DOCUMENT_CHARS)]
    level: Annotated[int, msgspec.Meta(ge=0, le=100)]
    start: Count
    end: Count


class DocumentOut(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    role: Literal["framework", "background"]
    title: Short
    source_name: Short
    sha256: Sha
    version: Annotated[int, msgspec.Meta(ge=1, le=10_000)]
    previous_version_id: Uuid | None
    encoding: Annotated[str, msgspec.Meta(max_length=40)]
    text: Annotated[str, msgspec.Meta(max_length=MAX_DOCUMENT_CHARS)]
    blocks_json: Annotated[str, msgspec.Meta(max_length=4 * MAX_DOCUMENT_CHARS)]
    imported_at: P.Timestamp
    principles: Annotated[list[PrincipleOut], msgspec.Meta(max_length=100_000)]
    sections: Annotated[list[SectionOut], msgspec.Meta(max_length=100_000)]
    candidates_json: Annotated[str, msgspec.Meta(max_length=MAX_DOCUMENT_CHARS)] = "[]"  # the reader's lists


class FactionOut(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    name: Name
    seats: Annotated[int, msgspec.Meta(ge=0, le=1000)]
    colour: Annotated[str, msgspec.Meta(pattern=r"^#[0-9a-fA-F]{6}$")]


class AmendmentDecision(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    number: Annotated[int, msgspec.Meta(ge=1, le=MAX_AMENDMENT_NUMBER)] | None
    status: Literal["aangenomen", "verworpen"] | None
    votes: Annotated[list[tuple[Name, Literal["voor", "tegen"]]], msgspec.Meta(max_length=100)]


class AnnotationDecision(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    include_in_draft: bool


class Decisions(msgspec.Struct, forbid_unknown_fields=True):
    amendments: Annotated[list[AmendmentDecision], msgspec.Meta(max_length=100_000)]
    annotations: Annotated[list[AnnotationDecision], msgspec.Meta(max_length=1_000_000)]


class Items(msgspec.Struct, forbid_unknown_fields=True):
    annotations: P.AnnotationPart
    amendments: P.AmendmentPart


PART_TYPES: dict[str, Any] = {
    DOCUMENTS: list[DocumentOut],
    FACTIONS: Annotated[list[FactionOut], msgspec.Meta(max_length=1000)],
    DECISIONS: Decisions,
    ITEMS: Items,
}


# --- the council's procedure (extension "procedure": services.procedure_layer) ------------------

# A vote as ``domain.votes.vote_to_json`` writes it; its inside is checked by ``votes_from_json``.
VoteOut = Annotated[list[Any], msgspec.Meta(min_length=2, max_length=3)]
VotesOut = Annotated[list[VoteOut], msgspec.Meta(max_length=100)]
IsoDate = Annotated[str, msgspec.Meta(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class PendingOut(msgspec.Struct, forbid_unknown_fields=True):
    """A vote that did not decide (``domain.votes.PendingVote``)."""

    outcome: Literal["staking_uitgesteld", "ongeldig"]
    votes: VotesOut
    revote: bool
    quorum_waived: bool


class ProposalOut(msgspec.Struct, forbid_unknown_fields=True):
    status: Literal["ingediend", "aangenomen", "verworpen"]
    votes: VotesOut
    postponed: PendingOut | None


class CouncilOut(msgspec.Struct, forbid_unknown_fields=True):
    """What the griffie set for the meeting that a faction laptop needs (a motie names the council
    and the meeting) and the proposal's outcome."""

    municipality: Annotated[str, msgspec.Meta(max_length=200)]
    meeting_date: IsoDate | None
    proposal_title: Short
    proposal: ProposalOut


class MotieDecision(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    number: Annotated[int, msgspec.Meta(ge=1, le=MAX_AMENDMENT_NUMBER)] | None
    status: Literal["aangenomen", "verworpen"] | None
    votes: VotesOut
    postponed: PendingOut | None


class VoteDecision(msgspec.Struct, forbid_unknown_fields=True):
    """An amendment's whole vote (``decisions.json`` keeps only the whole-faction votes)."""

    id: Uuid
    votes: VotesOut
    postponed: PendingOut | None


class ProcedureDecisions(msgspec.Struct, forbid_unknown_fields=True):
    moties: Annotated[list[MotieDecision], msgspec.Meta(max_length=100_000)]
    amendments: Annotated[list[VoteDecision], msgspec.Meta(max_length=100_000)]


class Procedure(msgspec.Struct, forbid_unknown_fields=True):
    council: CouncilOut | None
    moties: P.MotiePart
    decisions: ProcedureDecisions
