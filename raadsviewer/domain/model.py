"""The domain's vocabulary: immutable values shared by every layer.

Nothing here knows about Qt or SQL. Storage turns its rows into these objects and services hand
them to the GUI and the CLI, so a change of store or window never touches the logic.

The values are named tuples (immutable; ``value._replace(field=...)`` makes a changed copy), not
dataclasses: every window start imports this module before its first paint, and a frozen, slotted
dataclass writes and compiles its methods when its class is made (8 ms for these twelve at every
start, against 2 ms as named tuples), and makes each value four to five times slower (a store
hands out tens of thousands of annotations). Their equality is a tuple's: compare values of the
same kind.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # type checkers see every name here as if it were defined in this module
    from raadsviewer.domain.model_proposals import AmendmentDraft as AmendmentDraft
    from raadsviewer.domain.model_proposals import Motie as Motie
    from raadsviewer.domain.model_proposals import MotieDraft as MotieDraft
    from raadsviewer.domain.model_reading import ParsedDocument as ParsedDocument
    from raadsviewer.domain.model_reading import ParsedPrinciple as ParsedPrinciple
    from raadsviewer.domain.model_reading import ParsedSection as ParsedSection
    from raadsviewer.domain.model_reading import PrincipleCandidate as PrincipleCandidate
    from raadsviewer.domain.votes import FactionVote, PendingVote

# The names defined in the modules loaded on first use, and where.
_LATER = {
    **dict.fromkeys(
        ("AmendmentDraft", "Motie", "MotieDraft"),
        "raadsviewer.domain.model_proposals",
    ),
    **dict.fromkeys(
        ("ParsedDocument", "ParsedPrinciple", "ParsedSection", "PrincipleCandidate"),
        "raadsviewer.domain.model_reading",
    ),
}

if not TYPE_CHECKING:  # for type checkers an unknown name stays an error, not a module attribute

    def __getattr__(name: str) -> object:
        """A name of a module loaded on first use (PEP 562); kept here once loaded."""
        module = _LATER.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LATER})


# Namespace for identities derived from content, so that two laptops importing the same file
# into the same dossier arrive at the same document and principle ids (needed for exchange).
# The namespace of the stable ids below. uuid is imported where an id is made: the first window
# is painted from stored ids and should not wait for the uuid module (and its platform probes).
RAADSVIEWER_NAMESPACE = "6f1b0c6e-3f51-4c1a-9d0e-2a7b5d9c4e10"


class DocumentRole(StrEnum):
    FRAMEWORK = "framework"
    BACKGROUND = "background"


class Stance(StrEnum):
    STEUN = "steun"
    ZORG = "zorg"
    VRAAG = "vraag"
    BEZWAAR = "bezwaar"
    NOTITIE = "notitie"


class Visibility(StrEnum):
    PRIVE = "privé"
    FRACTIE = "fractie"
    GRIFFIE = "griffie"
    OPENBAAR = "openbaar"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    NUMBERED = "numbered"  # an item of a numbered list ("1. ...")
    BULLET = "bullet"  # an item of an unnumbered list ("- ...", "• ...")


class Block(NamedTuple):
    """One block of a cleaned document.

    ``start``/``end`` are offsets into the document's clean text, which is the blocks' texts
    joined by blank lines. ``number`` is set for numbered items; ``level`` for headings (1..6).
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0
    number: int | None = None
    marker: str = ""  # the numbering as written ("1.", "2.1", "(3)", "IV.", "Uitgangspunt 3"), "" for none
    lead: int = 0  # the length of a bold lead-in opening the text (its title, set apart), 0 for none
    paged: bool = False  # a page break stood before it or inside it (read, not stored)


class Dossier(NamedTuple):
    id: str
    title: str
    body: str = ""
    deadline: date | None = None


class Document(NamedTuple):
    id: str
    dossier_id: str
    role: DocumentRole
    title: str
    source_name: str
    sha256: str
    version: int
    text: str
    blocks: tuple[Block, ...] = ()
    imported_at: datetime | None = None


class Principle(NamedTuple):
    id: str
    document_id: str
    number: int
    title: str
    text: str
    start: int
    end: int
    label: str = ""  # what the document calls it ("7", "B.2"); empty: the number

    @property
    def shown_label(self) -> str:
        return self.label or str(self.number)


class Section(NamedTuple):
    """A heading of a document and the body below it, as offsets into the document's text."""

    id: str
    document_id: str
    ordinal: int
    heading: str
    level: int
    start: int
    end: int
    body_start: int  # ``end`` when the heading has no body

    def body(self, text: str) -> str:
        """The body below the heading, in ``text``, the text of the section's document."""
        return text[self.body_start : self.end]


class Faction(NamedTuple):
    id: str
    name: str
    colour: str = "#607d8b"
    seats: int = 0


class Member(NamedTuple):
    id: str
    faction_id: str
    name: str


class TextAnchor(NamedTuple):
    """Where an annotation sits in a document: the quoted text with some context around it.

    Offsets are a hint; the quote with its prefix and suffix is what re-finds the place when the
    text moves (a new version of the document, a different rendering).
    """

    document_id: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


class Annotation(NamedTuple):
    id: str  # UUID, made where the annotation was first written; never changes
    dossier_id: str
    faction_id: str  # owner: only this faction may change it
    faction_name: str
    author: str  # member name
    stance: Stance
    visibility: Visibility
    body: str  # Markdown
    principle_id: str | None
    principle_number: int | None
    anchor: TextAnchor | None
    created_at: datetime
    updated_at: datetime
    version: int  # 1 for a new annotation, +1 for every edit or deletion
    revision_id: str  # id of the newest revision (content hash chain for exchange)
    deleted: bool = False
    include_in_draft: bool = False


class AnnotationDraft(NamedTuple):
    """What a user fills in: the editable part of an annotation."""

    body: str
    stance: Stance = Stance.NOTITIE
    visibility: Visibility = Visibility.FRACTIE


def document_id_for(dossier_id: str, sha256: str) -> str:
    return _stable_id(f"document:{dossier_id}:{sha256}")


def principle_id_for(document_id: str, number: int | str) -> str:
    """A principle's id from its document and key. A single list's principles are keyed by their
    number (as they always were, so stores and packages keep agreeing); other keys are labels of
    grouped lists ("B.2") or places in the text ("@1234") made by a correction."""
    return _stable_id(f"principle:{document_id}:{number}")


def principle_key(principle: ParsedPrinciple) -> str:
    return principle.key or str(principle.number)


def section_id_for(document_id: str, ordinal: int) -> str:
    return _stable_id(f"section:{document_id}:{ordinal}")


def _stable_id(name: str) -> str:
    import uuid

    return str(uuid.uuid5(uuid.UUID(RAADSVIEWER_NAMESPACE), name))


def new_id() -> str:
    import uuid

    return str(uuid.uuid4())


# --- amendments -------------------------------------------------------------------------------


class AmendmentStatus(StrEnum):
    CONCEPT = "concept"  # being written inside the faction
    INGEDIEND = "ingediend"  # submitted; can be voted on
    AANGENOMEN = "aangenomen"
    VERWORPEN = "verworpen"
    INGETROKKEN = "ingetrokken"


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


class Amendment(NamedTuple):
    """A proposed change to the framework, with the identity rules of an annotation.

    ``old_text`` is taken from the document (a quote, not retyped) so it can be found and replaced
    mechanically; ``number`` is the griffie's official number, unique within the dossier and shown
    as ``A{number}`` (0 while the griffie has not numbered it: then ``label`` is the faction's
    provisional "GL-1", from ``draft_number``). ``votes``
    pairs a faction name with its vote (faction names, like ``cosigners``). A sub-amendment
    amends the amendment ``parent_id``: its old text is a passage of the parent's new text.
    """

    id: str  # UUID, made where the amendment was first written; never changes
    dossier_id: str
    number: int
    title: str
    betreft: str  # the proposal it amends
    principle_id: str | None
    principle_number: int | None
    anchor: TextAnchor | None
    operation: AmendmentOperation
    old_text: str
    new_text: str
    rationale: str  # toelichting, Markdown
    faction_id: str  # owner: only this faction may change it
    faction_name: str
    author: str  # indiener (member name)
    cosigners: tuple[str, ...]  # mede-indieners (faction names)
    status: AmendmentStatus
    votes: tuple[tuple[str, Vote], ...]
    parent_id: str | None
    created_at: datetime
    updated_at: datetime
    version: int
    revision_id: str
    deleted: bool = False
    draft_number: int = 0  # the faction's own provisional number ("GL-1")
    # The griffie's record of the vote as councils vote (splits, absences); ``votes`` above keeps
    # the whole-faction votes among them, the form amendments have always had.
    faction_votes: tuple[FactionVote, ...] = ()
    postponed: PendingVote | None = None  # a vote that did not decide (tie, no quorum): see domain.votes

    @property
    def label(self) -> str:
        if self.number:
            return f"A{self.number}"
        from raadsviewer.domain.access import provisional_label

        return provisional_label(self.faction_name, self.draft_number)


# --- moties ----------------------------------------------------------------------------------


class DossierView(NamedTuple):
    """Everything the window shows of one dossier, read in one go."""

    dossier: Dossier
    documents: tuple[Document, ...]
    principles: tuple[Principle, ...]
    sections: tuple[Section, ...]

    @property
    def framework(self) -> Document | None:
        return next((d for d in self.documents if d.role is DocumentRole.FRAMEWORK), None)

    @property
    def background(self) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.role is DocumentRole.BACKGROUND)

    def principle(self, number: int) -> Principle | None:
        return next((p for p in self.principles if p.number == number), None)

    def sections_of(self, document_id: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.document_id == document_id)
