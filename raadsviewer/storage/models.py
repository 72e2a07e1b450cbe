"""SQLAlchemy ORM rows. They never leave the storage package: ``repository`` turns them into
domain objects.

Identity rules that the faction exchange and the clerk's merge rely on:
- every user-made item (annotation; later amendments and links) has a UUID made where it was
  written, an owner faction, a version counter and a soft-delete flag (a tombstone travels);
- every change is also kept as an immutable revision (content + parent revision), so a merge can
  add revisions it has not seen and detect concurrent edits from one base;
- documents, principles and sections have ids derived from their content (see domain.model), so two
  laptops that import the same file get the same ids.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from raadsviewer.domain.model import Visibility


class Base(DeclarativeBase):
    pass


# --- what annotations, amendments and links share, declared once ------------------------------
# Each class keeps its columns in the order its migrations made them (``sort_order``: the item's
# identity first, then its place in the text, its own fields, and its version last), so a store
# made from these models has the same tables as one upgraded step by step.

_HEAD, _BEFORE_ANCHOR, _ANCHOR, _TAIL, _LATER = -30, -20, -10, 10, 20


class ItemColumns:
    """The identity rules of a user-made item (see the module's docstring): a UUID made where it
    was written, its dossier, its owner faction and author, a version, the revision it is at, and
    a tombstone instead of a deletion."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, sort_order=_HEAD)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True, sort_order=_HEAD)
    faction_id: Mapped[str] = mapped_column(ForeignKey("faction.id"), index=True, sort_order=_HEAD)
    author: Mapped[str] = mapped_column(String(200), sort_order=_HEAD)
    created_at: Mapped[datetime] = mapped_column(DateTime, sort_order=_TAIL)
    updated_at: Mapped[datetime] = mapped_column(DateTime, sort_order=_TAIL)
    version: Mapped[int] = mapped_column(Integer, default=1, sort_order=_TAIL)
    revision_id: Mapped[str] = mapped_column(String(64), sort_order=_TAIL)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, sort_order=_TAIL)


class AnchorColumns:
    """Where an item stands: its principle, and the quoted passage of a document (the quote, its
    context before and after, its offsets). An annotation or amendment may have no quote; a link
    always has one (``anchor_required``)."""

    anchor_required = False
    principle_indexed = False

    @declared_attr
    def principle_id(cls) -> Mapped[str | None]:
        return mapped_column(
            ForeignKey("principle.id", ondelete="SET NULL"),
            nullable=True,
            index=cls.principle_indexed or None,
            sort_order=_ANCHOR,
        )

    @declared_attr
    def document_id(cls) -> Mapped[str | None]:
        return mapped_column(
            ForeignKey("document.id", ondelete="SET NULL"), nullable=True, index=True, sort_order=_ANCHOR
        )

    @declared_attr
    def quote(cls) -> Mapped[str | None]:
        return mapped_column(Text, nullable=not cls.anchor_required, sort_order=_ANCHOR)

    @declared_attr
    def quote_prefix(cls) -> Mapped[str | None]:
        return mapped_column(Text, nullable=not cls.anchor_required, sort_order=_ANCHOR)

    @declared_attr
    def quote_suffix(cls) -> Mapped[str | None]:
        return mapped_column(Text, nullable=not cls.anchor_required, sort_order=_ANCHOR)

    @declared_attr
    def quote_start(cls) -> Mapped[int | None]:
        return mapped_column(Integer, nullable=not cls.anchor_required, sort_order=_ANCHOR)

    @declared_attr
    def quote_end(cls) -> Mapped[int | None]:
        return mapped_column(Integer, nullable=not cls.anchor_required, sort_order=_ANCHOR)


class RevisionColumns:
    """One immutable state of an item: id = sha256 of the content, ``parent_id`` the revision it
    was edited from (further parents of a merge in ``revision_parent``), the canonical JSON."""

    id: Mapped[str] = mapped_column(String(64), primary_key=True, sort_order=_HEAD)  # sha256 of the content
    parent_id: Mapped[str | None] = mapped_column(String(64), nullable=True, sort_order=_TAIL)
    version: Mapped[int] = mapped_column(Integer, sort_order=_TAIL)
    faction_id: Mapped[str] = mapped_column(String(36), sort_order=_TAIL)
    content_json: Mapped[str] = mapped_column(Text, sort_order=_TAIL)
    created_at: Mapped[datetime] = mapped_column(DateTime, sort_order=_TAIL)


class DossierRow(Base):
    __tablename__ = "dossier"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), unique=True)
    body: Mapped[str] = mapped_column(String(500), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    documents: Mapped[list[DocumentRow]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="DocumentRow.imported_at"
    )


class DocumentRow(Base):
    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("dossier_id", "sha256", name="uq_document_dossier_sha256"),
        CheckConstraint("role IN ('framework', 'background')", name="ck_document_role"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_version_id: Mapped[str | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), nullable=True
    )
    encoding: Mapped[str] = mapped_column(String(40), default="utf-8")
    text: Mapped[str] = mapped_column(Text)
    blocks_json: Mapped[str] = mapped_column(Text)  # [[kind, start, end, level, number], ...]
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    # The principle lists the reader considered, best first (migration 0006): see codec.candidates_*.
    candidates_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    # The letter's facts the reader found (ParsedDocument.facts: sender, kenmerk, date, deadline),
    # kept for the council's zienswijze (migration 0008); NULL in a store from before: never read.
    facts_json: Mapped[str | None] = mapped_column(Text, nullable=True)

    dossier: Mapped[DossierRow] = relationship(back_populates="documents")
    principles: Mapped[list[PrincipleRow]] = relationship(cascade="all, delete-orphan", order_by="PrincipleRow.number")
    sections: Mapped[list[SectionRow]] = relationship(cascade="all, delete-orphan", order_by="SectionRow.ordinal")


class PrincipleRow(Base):
    """A principle of a framework document.

    ``number`` is its place in the document's list (1..N) while it is a principle; ``key`` is what
    its id is made from (domain.model.principle_id_for), unique in the document. A correction
    that removes or merges a principle retires its row instead of deleting it (``active`` false,
    ``merged_into`` the principle that took it in, a negative ``number`` so the numbers 1..N stay
    the active ones'): annotations and amendments keep pointing at an existing row, and undoing
    the correction brings the same principle back.
    """

    __tablename__ = "principle"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_principle_document_number"),
        Index("uq_principle_document_key", "document_id", "key", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40), default="", server_default="")
    key: Mapped[str] = mapped_column(String(80), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    merged_into: Mapped[str | None] = mapped_column(String(36), nullable=True)


class PrincipleCorrectionRow(Base):
    """One correction of a document's principles (domain.corrections), in the order made.

    ``record_json`` is the plain record (Correction.as_dict), the same on every laptop; ``status``
    says how it fared when last applied: ``applied``, or why not (``not_found``, ...).
    """

    __tablename__ = "principle_correction"
    __table_args__ = (UniqueConstraint("document_id", "ordinal", name="uq_principle_correction_ordinal"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the record's own id (kept by new versions)
    ordinal: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(20))
    record_json: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(40), default="applied")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SectionRow(Base):
    __tablename__ = "section"
    __table_args__ = (UniqueConstraint("document_id", "ordinal", name="uq_section_document_ordinal"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    body_start: Mapped[int] = mapped_column(Integer)  # the body is the document's text up to ``end``


class FactionRow(Base):
    __tablename__ = "faction"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    colour: Mapped[str] = mapped_column(String(7), default="#607d8b")
    seats: Mapped[int] = mapped_column(Integer, default=0)

    members: Mapped[list[MemberRow]] = relationship(
        back_populates="faction", cascade="all, delete-orphan", order_by="MemberRow.name"
    )


class MemberRow(Base):
    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("faction_id", "name", name="uq_member_faction_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    faction_id: Mapped[str] = mapped_column(ForeignKey("faction.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    faction: Mapped[FactionRow] = relationship(back_populates="members")


class AnnotationRow(ItemColumns, AnchorColumns, Base):
    """The current state of an annotation; its history is in ``annotation_revision``."""

    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("stance IN ('steun', 'zorg', 'vraag', 'bezwaar', 'notitie')", name="ck_annotation_stance"),
        CheckConstraint(
            f"visibility IN ({', '.join(repr(v.value) for v in Visibility)})", name="ck_annotation_visibility"
        ),
        CheckConstraint("version >= 1", name="ck_annotation_version"),
        Index("ix_annotation_principle_live", "principle_id", "deleted"),
    )

    stance: Mapped[str] = mapped_column(String(20))
    visibility: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    include_in_draft: Mapped[bool] = mapped_column(Boolean, default=False)


class AnnotationRevisionRow(RevisionColumns, Base):
    """One immutable state of an annotation."""

    __tablename__ = "annotation_revision"

    annotation_id: Mapped[str] = mapped_column(ForeignKey("annotation.id", ondelete="CASCADE"), index=True)


class AmendmentRow(ItemColumns, AnchorColumns, Base):
    """The current state of an amendment; its history is in ``amendment_revision``.

    Same identity rules as an annotation (UUID, owner faction, version, revision, tombstone); the
    number ("A3") is unique within the dossier and never reused, also not after a deletion.
    ``cosigners_json`` is a JSON list of faction names, sorted; ``votes_json`` a list of
    ``[faction name, "voor"|"tegen"]`` pairs, sorted by faction name.
    """

    __tablename__ = "amendment"
    __table_args__ = (
        UniqueConstraint("dossier_id", "number", name="uq_amendment_dossier_number"),
        CheckConstraint("operation IN ('vervangen', 'toevoegen', 'schrappen')", name="ck_amendment_operation"),
        CheckConstraint(
            "status IN ('concept', 'ingediend', 'aangenomen', 'verworpen', 'ingetrokken')",
            name="ck_amendment_status",
        ),
        CheckConstraint("version >= 1", name="ck_amendment_version"),
        CheckConstraint("number >= 1", name="ck_amendment_number"),
        Index("uq_amendment_official_number", "dossier_id", "official_number", unique=True),
    )
    principle_indexed = True

    number: Mapped[int] = mapped_column(Integer, sort_order=_BEFORE_ANCHOR)
    title: Mapped[str] = mapped_column(Text, sort_order=_BEFORE_ANCHOR)
    betreft: Mapped[str] = mapped_column(Text, sort_order=_BEFORE_ANCHOR)
    operation: Mapped[str] = mapped_column(String(20))
    old_text: Mapped[str] = mapped_column(Text)
    new_text: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text)
    cosigners_json: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    votes_json: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("amendment.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The griffie's decisions (migration 0007_trust), kept beside the revisions and never taken
    # from a faction's package: the official number ("A3"), and the outcome with the votes.
    # ``number`` above is this store's own sequence (unique, never shown); ``draft_number`` is
    # the faction's provisional number ("GL-1"), part of the revisions' content.
    official_number: Mapped[int | None] = mapped_column(Integer, nullable=True, sort_order=_LATER)
    draft_number: Mapped[int] = mapped_column(Integer, server_default="0", sort_order=_LATER)
    decided_status: Mapped[str | None] = mapped_column(String(20), nullable=True, sort_order=_LATER)
    decided_votes_json: Mapped[str | None] = mapped_column(Text, nullable=True, sort_order=_LATER)
    # Also the griffie's (migration 0008): a vote that did not decide (a tie sent to the next
    # meeting, a vote without quorum), kept so the re-vote is counted by the right rule
    # (domain.votes.PendingVote as JSON). ``decided_votes_json`` holds the votes as councils vote
    # them (domain.votes.votes_to_json: a whole faction as [name, "voor"], a split with details).
    postponed_json: Mapped[str | None] = mapped_column(Text, nullable=True, sort_order=_LATER)


class AmendmentRevisionRow(RevisionColumns, Base):
    """One immutable state of an amendment."""

    __tablename__ = "amendment_revision"

    amendment_id: Mapped[str] = mapped_column(ForeignKey("amendment.id", ondelete="CASCADE"), index=True)


# --- moties and the council's procedure (migration 0008_moties) ---------------------------------


class MotieRow(ItemColumns, Base):
    """The current state of a motie; its history is in ``motie_revision``.

    The identity, numbering and decision rules of an amendment: UUID, owner faction, version,
    revision, tombstone; ``draft_number`` is the faction's provisional number ("GL-M1"),
    ``official_number`` the griffie's ("M2"), unique within the dossier and never reused;
    ``decided_*`` and ``postponed_json`` the griffie's decisions, kept beside the revisions.
    The lists (``*_json``) are JSON lists of strings; ``votes_json`` as ``domain.votes.votes_to_json``.
    """

    __tablename__ = "motie"
    __table_args__ = (
        CheckConstraint("kind IN ('verzoekt', 'draagt-op', 'spreekt-uit')", name="ck_motie_kind"),
        CheckConstraint(
            "status IN ('concept', 'ingediend', 'aangehouden', 'ingetrokken', 'aangenomen', 'verworpen')",
            name="ck_motie_status",
        ),
        CheckConstraint("version >= 1", name="ck_motie_version"),
        Index("uq_motie_official_number", "dossier_id", "official_number", unique=True),
    )

    title: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(String(200))
    meeting_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    constaterende_json: Mapped[str] = mapped_column(Text)
    overwegende_json: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    dictum_json: Mapped[str] = mapped_column(Text)
    cosigners_json: Mapped[str] = mapped_column(Text)
    principle_ids_json: Mapped[str] = mapped_column(Text)
    agenda_item: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    votes_json: Mapped[str] = mapped_column(Text)
    official_number: Mapped[int | None] = mapped_column(Integer, nullable=True, sort_order=_LATER)
    draft_number: Mapped[int] = mapped_column(Integer, sort_order=_LATER)
    decided_status: Mapped[str | None] = mapped_column(String(20), nullable=True, sort_order=_LATER)
    decided_votes_json: Mapped[str | None] = mapped_column(Text, nullable=True, sort_order=_LATER)
    postponed_json: Mapped[str | None] = mapped_column(Text, nullable=True, sort_order=_LATER)


class MotieRevisionRow(RevisionColumns, Base):
    """One immutable state of a motie."""

    __tablename__ = "motie_revision"

    motie_id: Mapped[str] = mapped_column(ForeignKey("motie.id", ondelete="CASCADE"), index=True)


class DossierCouncilRow(Base):
    """The griffie's record of the council's handling of a dossier: the facts the motie and the
    letter need (municipality, meeting date, the letter's date and signatories, the griffie's own
    Word template, corrections of the request's sender and subject) and the proposal's own outcome (the raadsbesluit, voted after the amendments
    and before the moties), with its votes as ``domain.votes.votes_to_json`` and a vote that did
    not decide as ``domain.votes.PendingVote`` JSON. A dossier without a row: nothing set yet,
    the proposal awaits its vote."""

    __tablename__ = "dossier_council"
    __table_args__ = (
        CheckConstraint(
            "proposal_status IN ('ingediend', 'aangenomen', 'verworpen')", name="ck_dossier_council_status"
        ),
    )

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(200))
    meeting_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    letter_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    griffier: Mapped[str] = mapped_column(String(200))
    voorzitter: Mapped[str] = mapped_column(String(200))
    template_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    # what the griffie says of the request where the reader's reading is wrong ("": as read)
    request_sender: Mapped[str] = mapped_column(String(200))
    request_subject: Mapped[str] = mapped_column(Text)
    proposal_title: Mapped[str] = mapped_column(Text)
    proposal_status: Mapped[str] = mapped_column(String(20))
    proposal_votes_json: Mapped[str] = mapped_column(Text)
    proposal_postponed_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class NumberCounterRow(Base):
    """The last number given in a series of a dossier ("A", "M": the griffie's official numbers;
    "A:<faction id>", "M:<faction id>": a faction's provisional ones). Taking a number updates this
    one row, so two writers can never take the same number, and a number stays taken when its
    item is gone (undo of a merge)."""

    __tablename__ = "number_counter"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(60), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class GivenNumberRow(Base):
    """An official number the griffie gave an item ("A3", "M2"), kept when the item goes (undo of
    the merge that brought it): merged again, the same item gets the same number back, so a
    number once given never changes, also not on the voting list."""

    __tablename__ = "given_number"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(60), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[int] = mapped_column(Integer)


class DraftSnapshotRow(Base):
    """A combined draft as it was exported: its Markdown and the item versions it was made from.

    ``items_json``: ``{"amendments": {id: [revision_id, version]}, "annotations": {...}}``.
    """

    __tablename__ = "draft_snapshot"
    __table_args__ = (
        CheckConstraint("format IN ('md', 'html', 'pdf', 'docx')", name="ck_draft_snapshot_format"),
        Index("ix_draft_snapshot_dossier_created", "dossier_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    format: Mapped[str] = mapped_column(String(10))
    lang: Mapped[str] = mapped_column(String(5))
    markdown: Mapped[str] = mapped_column(Text)
    items_json: Mapped[str] = mapped_column(Text)


# --- faction exchange and the clerk's merge (migration 0003_exchange) ---------------------------


class FactionKeyRow(Base):
    """A faction's Ed25519 key. ``secret_pem`` is set on the laptops of the faction itself (made on
    first export, or imported from a colleague); a clerk's store holds only trusted public keys."""

    __tablename__ = "faction_key"

    faction_id: Mapped[str] = mapped_column(ForeignKey("faction.id", ondelete="CASCADE"), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # raw key, hex
    secret_pem: Mapped[str | None] = mapped_column(Text, nullable=True)  # PKCS8 PEM (encrypted, see services.secrets)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    untrusted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # no longer trusted since


class ExportLogRow(Base):
    """Every package this laptop wrote (the sequence number per faction comes from here)."""

    __tablename__ = "export_log"
    __table_args__ = (Index("ix_export_log_faction_sequence", "faction_id", "sequence"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(String(36))
    faction_id: Mapped[str] = mapped_column(String(36))
    member: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    package_sha256: Mapped[str] = mapped_column(String(64))
    counts_json: Mapped[str] = mapped_column(Text)


class MergeLogRow(Base):
    """One merged package. ``ordinal`` orders the merges (undo takes the last one)."""

    __tablename__ = "merge_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, unique=True)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    dossier_id: Mapped[str] = mapped_column(String(36))
    faction_id: Mapped[str] = mapped_column(String(36))
    member: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer)
    package_created_at: Mapped[str] = mapped_column(String(40))
    merged_at: Mapped[datetime] = mapped_column(DateTime)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    report_json: Mapped[str] = mapped_column(Text, default="{}")
    # The revisions the merge added, so that undo removes exactly those: their ids per kind,
    # ``{"annotation": [...], ...}`` (migration 0012; a row per revision was a tenth of a merge).
    revisions_json: Mapped[str] = mapped_column(Text, default="{}")


class RevisionParentRow(Base):
    """Further parents of a merge revision (one that resolves a conflict has every head as parent;
    the first parent stays in the revision's own ``parent_id``)."""

    __tablename__ = "revision_parent"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    revision_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    parent_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


# --- linked reading: pages, links, anchor review, search (migration 0004_reading) ---------------


class DocumentPageRow(Base):
    """Which offsets of a document's clean text stood on which page of its PDF (``page`` 1-based)."""

    __tablename__ = "document_page"

    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class PassageLinkRow(ItemColumns, AnchorColumns, Base):
    """A faction's word on a link from a principle to a background passage: ``confirmed`` (a
    ranked passage is right), ``removed`` (a ranked passage is wrong) or ``added`` (a passage the
    ranking missed, selected by hand). Identity as for annotations: UUID, owner faction, version,
    revision chain in ``passage_link_revision``, tombstone (``deleted``) instead of a deletion."""

    __tablename__ = "passage_link"
    __table_args__ = (
        CheckConstraint("status IN ('confirmed', 'removed', 'added')", name="ck_passage_link_status"),
        CheckConstraint("version >= 1", name="ck_passage_link_version"),
        Index("ix_passage_link_principle_live", "principle_id", "deleted"),
    )
    anchor_required = True

    status: Mapped[str] = mapped_column(String(20))

    if TYPE_CHECKING:  # a link always quotes its passage (``anchor_required``): the columns are NOT NULL
        quote: Mapped[str]
        quote_prefix: Mapped[str]
        quote_suffix: Mapped[str]
        quote_start: Mapped[int]
        quote_end: Mapped[int]


class PassageLinkRevisionRow(RevisionColumns, Base):
    """One immutable state of a passage link."""

    __tablename__ = "passage_link_revision"

    link_id: Mapped[str] = mapped_column(ForeignKey("passage_link.id", ondelete="CASCADE"), index=True)


class AnchorReviewRow(Base):
    """How an annotation, amendment or link came through a new version of its document.

    ``status``: ``exact`` (quote unchanged, same context), ``moved`` (quote found elsewhere),
    ``fuzzy`` (found approximately; ``score`` 0..1), ``orphan`` (not found: the item stays on the
    old version). ``old_*`` keep where it was, ``new_*`` where it is now (None for an orphan).
    """

    __tablename__ = "anchor_review"
    __table_args__ = (
        CheckConstraint("item_kind IN ('annotation', 'amendment', 'link')", name="ck_anchor_review_kind"),
        CheckConstraint("status IN ('exact', 'moved', 'fuzzy', 'orphan')", name="ck_anchor_review_status"),
    )

    item_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    old_document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    new_document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    old_quote: Mapped[str | None] = mapped_column(Text, nullable=True)
    old_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    old_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    old_principle_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_principle_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)


class SearchUnitRow(Base):
    """One indexed piece of text: a block of a document, or a field of an annotation/amendment.

    Its ``id`` is the row of its terms in ``search_fts`` (the piece's pre-normalised terms:
    folded, stemmed, see ``domain.search``), and of its text in ``search_text``. ``start``/``end``
    are offsets into the document's clean text (document blocks) or into the field's text.
    ``revision`` is what the unit was indexed from (document sha256, item revision id).
    """

    __tablename__ = "search_unit"
    __table_args__ = (
        CheckConstraint("kind IN ('document', 'annotation', 'amendment')", name="ck_search_unit_kind"),
        Index("ix_search_unit_item", "kind", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(20))
    revision: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    principle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class SearchTextRow(Base):
    """The text of one indexed piece (migration 0009), so a search reads the few hundred bytes
    around its hits instead of slicing them out of whole documents."""

    __tablename__ = "search_text"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("search_unit.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    text: Mapped[str] = mapped_column(Text)


# The terms beside ``search_unit``, made with it (a new store) and by migration 0004_reading (an
# upgraded one), with the same statements so both stores have the same schema. SQLite: an FTS5
# table (BM25 ranking). PostgreSQL: a tsvector per unit with a GIN index, and the unit's dossier
# so a search needs no join to find its candidates (the terms go in as they are, so both stores
# find the same pieces: see ``search_index``).
SEARCH_FTS_DDL = "CREATE VIRTUAL TABLE search_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')"
SEARCH_FTS_DDL_POSTGRESQL = (
    "CREATE TABLE search_fts (rowid INTEGER PRIMARY KEY REFERENCES search_unit (id) ON DELETE CASCADE, "
    "dossier_id VARCHAR(36) NOT NULL, terms TSVECTOR NOT NULL)",
    # fastupdate on: new units go to GIN's pending list and into the index in bulk, which the
    # writer does before it commits (``search_index``), so a search never scans that list
    "CREATE INDEX ix_search_fts_terms ON search_fts USING gin (terms) WITH (fastupdate = on)",
)
event.listen(SearchUnitRow.__table__, "after_create", DDL(SEARCH_FTS_DDL).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]
for _statement in SEARCH_FTS_DDL_POSTGRESQL:
    event.listen(SearchUnitRow.__table__, "after_create", DDL(_statement).execute_if(dialect="postgresql"))  # type: ignore[no-untyped-call]
event.listen(SearchUnitRow.__table__, "before_drop", DDL("DROP TABLE IF EXISTS search_fts"))  # type: ignore[no-untyped-call]


class DocumentSourceRow(Base):
    """The original file of a document read from a PDF (its bytes, as imported), so the pages
    can be shown as they were printed beside the clean text (``ui.pdf_pages``). Other formats
    keep no source."""

    __tablename__ = "document_source"

    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- who owns the store and who decides (migration 0007_trust) ---------------------------------


class StoreSettingRow(Base):
    """Facts about this store itself: its owner (``owner_role``, ``owner_faction_id``,
    ``owner_member``) and its own id (``store_id``, the name of its secret in the keychain)."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class GriffieKeyRow(Base):
    """The griffie's Ed25519 key: ``own`` in the griffie's store (with its protected secret),
    ``trusted`` on a faction laptop (the public key whose fingerprint was compared once)."""

    __tablename__ = "griffie_key"
    __table_args__ = (CheckConstraint("origin IN ('own', 'trusted')", name="ck_griffie_key_origin"),)

    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    secret_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    origin: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class DossierImportRow(Base):
    """Every griffie dossier file this laptop imported (a dossier older than one imported is refused)."""

    __tablename__ = "dossier_import"

    package_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
