"""Links from principles to background passages: the ranking, and what factions say about it.

:func:`ranked_links` ranks, per principle of the current framework, the passages of the current
versions of every background document with :class:`raadsviewer.domain.linking.PassageIndex`
(the method is described there) and marks what factions said: ``confirmed`` (a ranked passage
is right), ``removed`` (it is wrong: left out of the list) and ``added`` (a passage selected by
hand, listed even when the ranking missed it).

A link is a user-made item with the identity rules of an annotation: a UUID, an owner faction
(only it changes the link), a version, a revision chain of content hashes and a tombstone, so it
can travel in a faction's package. Its passage is held by a text anchor (quote with context), so
it follows a background document into its next version (services.versions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import new_item_id
from raadsviewer.domain.anchoring import make_anchor, normalise_quote, occurrences
from raadsviewer.domain.annotations import revision_id
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.linking import MIN_SCORE, PassageIndex, passages_of
from raadsviewer.domain.model import DocumentRole, Principle, Section, TextAnchor
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row, faction_row
from raadsviewer.storage import repository as repo
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    DocumentPageRow,
    DocumentRow,
    FactionRow,
    PassageLinkRevisionRow,
    PassageLinkRow,
    PrincipleRow,
    SectionRow,
)

DEFAULT_LIMIT = 5
EXCERPT_CHARS = 160
LinkStatus = str  # "confirmed" | "removed" | "added"


@dataclass(frozen=True, slots=True)
class Link:
    id: str
    dossier_id: str
    faction_id: str
    faction_name: str
    author: str
    principle_id: str | None
    principle_number: int | None
    anchor: TextAnchor | None
    status: LinkStatus
    created_at: datetime
    updated_at: datetime
    version: int
    revision_id: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class LinkedPassage:
    """A passage in the list of a principle. ``score`` is the ranking's (0..1; None for a passage
    added by hand that the ranking does not list); ``confirmed_by``/``added_by`` are faction
    names; ``link_ids`` the live links of factions on this passage."""

    document_id: str
    document_title: str
    kind: str  # "section" | "paragraph" | "selection"
    section_heading: str
    excerpt: str
    start: int
    end: int
    score: float | None
    page: int | None
    confirmed_by: tuple[str, ...] = ()
    added_by: tuple[str, ...] = ()
    link_ids: tuple[str, ...] = ()

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_by or self.added_by)


@dataclass(frozen=True, slots=True)
class PrincipleLinks:
    """A principle's passages: ``passages`` the best ones of the dossier, best first (what the
    Passages tab lists); ``per_document`` each background document's clearest one (where its tab
    opens: a passage a faction confirmed or linked, else its best ranked one scoring at least
    ``MIN_SCORE``); both come from the one ranking, so they never disagree."""

    principle: Principle
    passages: tuple[LinkedPassage, ...]
    removed: tuple[LinkedPassage, ...] = ()  # ranked passages a faction removed (for undo)
    per_document: tuple[LinkedPassage, ...] = ()

    def in_document(self, document_id: str) -> LinkedPassage | None:
        return next((p for p in self.per_document if p.document_id == document_id), None)


# --- reading ----------------------------------------------------------------------------------


def _to_link(row: PassageLinkRow, faction_name: str, number: int | None) -> Link:
    return Link(
        id=row.id,
        dossier_id=row.dossier_id,
        faction_id=row.faction_id,
        faction_name=faction_name,
        author=row.author,
        principle_id=row.principle_id,
        principle_number=number,
        anchor=repo.anchor_of(row),
        status=row.status,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        revision_id=row.revision_id,
        deleted=row.deleted,
    )


def _domain(session: Session, row: PassageLinkRow) -> Link:
    faction = session.get(FactionRow, row.faction_id)
    principle = session.get(PrincipleRow, row.principle_id) if row.principle_id else None
    return _to_link(row, faction.name if faction else "?", principle.number if principle else None)


def link_content(row: PassageLinkRow) -> dict[str, object]:
    """The state a revision records."""
    return {
        "link_id": row.id,
        "dossier_id": row.dossier_id,
        "faction_id": row.faction_id,
        "author": row.author,
        "principle_id": row.principle_id,
        **repo.anchor_content(row),
        "status": row.status,
        "deleted": row.deleted,
        "version": row.version,
        "created_at": row.created_at.isoformat(timespec="microseconds"),
        "updated_at": row.updated_at.isoformat(timespec="microseconds"),
    }


def record_revision(session: Session, row: PassageLinkRow, parent: str | None) -> None:
    content = link_content(row)
    rev_id = revision_id({"parent": parent, "content": content})
    row.revision_id = rev_id
    session.flush()
    session.add(repo.revision_row(PassageLinkRevisionRow, "link_id", row, rev_id, parent, content))
    session.flush()


def bump(session: Session, row: PassageLinkRow) -> None:
    """A new version of the link (after its fields were changed)."""
    parent = row.revision_id
    row.version += 1
    row.updated_at = datetime.now()
    record_revision(session, row, parent)


def _current_documents(session: Session, dossier_id: str) -> list[DocumentRow]:
    rows = session.scalars(
        select(DocumentRow).where(DocumentRow.dossier_id == dossier_id).order_by(DocumentRow.imported_at)
    ).all()
    old = {r.previous_version_id for r in rows if r.previous_version_id}
    return [r for r in rows if r.id not in old]


def _framework_principles(session: Session, docs: list[DocumentRow]) -> list[PrincipleRow]:
    ids = [d.id for d in docs if d.role == DocumentRole.FRAMEWORK.value]
    if not ids:
        return []
    return list(
        session.scalars(select(PrincipleRow).where(PrincipleRow.document_id.in_(ids)).order_by(PrincipleRow.number))
    )


@dataclass(frozen=True, slots=True)
class RankingIndex:
    """What the ranking reads of a dossier, read and indexed once: the current framework's
    principles and the passages of the current background documents. The window keeps one per
    open dossier, so a principle switch ranks without reading every document again; what factions
    said (links) is read fresh at each ranking, it changes often and is small."""

    dossier_id: str
    principles: tuple[Principle, ...]
    titles: dict[str, str]  # background document id -> title
    sections: tuple[Section, ...]
    pages: dict[str, tuple[tuple[int, int, int], ...]]  # document id -> (page, start, end)
    index: PassageIndex

    def page(self, document_id: str, offset: int) -> int | None:
        return next((page for page, start, end in self.pages.get(document_id, ()) if start <= offset < end), None)


def ranking_index(store: Store, dossier_id: str) -> RankingIndex:
    with store.session() as session:
        docs = _current_documents(session, dossier_id)
        principles = tuple(repo.to_principle(p) for p in _framework_principles(session, docs))
        background = [repo.to_document(d) for d in docs if d.role == DocumentRole.BACKGROUND.value]
        doc_ids = [d.id for d in background]
        sections = tuple(
            repo.to_section(s)
            for s in session.scalars(
                select(SectionRow)
                .where(SectionRow.document_id.in_(doc_ids))
                .order_by(SectionRow.document_id, SectionRow.ordinal)
            )
        )
        pages: dict[str, list[tuple[int, int, int]]] = {}
        for row in session.scalars(select(DocumentPageRow).where(DocumentPageRow.document_id.in_(doc_ids))):
            pages.setdefault(row.document_id, []).append((row.page, row.start, row.end))
    passages = [p for d in background for p in passages_of(d, sections)]
    return RankingIndex(
        dossier_id=dossier_id,
        principles=principles,
        titles={d.id: d.title for d in background},
        sections=sections,
        pages={k: tuple(v) for k, v in pages.items()},
        index=PassageIndex(passages, sections),
    )


def _links_of(session: Session, dossier_id: str) -> list[tuple[PassageLinkRow, str]]:
    return [
        (row, name)
        for row, name in session.execute(
            select(PassageLinkRow, FactionRow.name)
            .join(FactionRow, PassageLinkRow.faction_id == FactionRow.id)
            .where(PassageLinkRow.dossier_id == dossier_id, PassageLinkRow.deleted.is_(False))
            .order_by(PassageLinkRow.created_at)
        ).all()
    ]


def rank_principle(
    store: Store,
    ranking: RankingIndex,
    principle_number: int,
    *,
    limit: int = DEFAULT_LIMIT,
    viewer_faction: str | None = None,
) -> PrincipleLinks:
    """One principle's passages with a prepared index (the window's path)."""
    principle = next((p for p in ranking.principles if p.number == principle_number), None)
    if principle is None:
        raise UserFacingError("principle_not_found", number=principle_number)
    with store.session() as session:
        links = [(r, n) for r, n in _links_of(session, ranking.dossier_id) if r.principle_id == principle.id]
    return _rank(ranking, principle, links, limit=limit, viewer_faction=viewer_faction)


def ranked_links(
    store: Store,
    dossier_id: str,
    principle_number: int | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    viewer_faction: str | None = None,
) -> list[PrincipleLinks]:
    """Per principle (or the one asked for) its best background passages, best first.

    A passage a faction removed is left out (the viewer's removals; every faction's without a
    viewer) and listed under ``removed``; passages added by hand come after the ranked ones.
    """
    ranking = ranking_index(store, dossier_id)
    principles = list(ranking.principles)
    if principle_number is not None:
        principles = [p for p in principles if p.number == principle_number]
        if not principles:
            raise UserFacingError("principle_not_found", number=principle_number)
    with store.session() as session:
        links = _links_of(session, dossier_id)
    by_principle: dict[str, list[tuple[PassageLinkRow, str]]] = {}
    for row, name in links:
        if row.principle_id:
            by_principle.setdefault(row.principle_id, []).append((row, name))
    return [
        _rank(ranking, p, by_principle.get(p.id, []), limit=limit, viewer_faction=viewer_faction) for p in principles
    ]


def _rank(
    ranking: RankingIndex,
    principle: Principle,
    mine: list[tuple[PassageLinkRow, str]],
    *,
    limit: int,
    viewer_faction: str | None,
) -> PrincipleLinks:
    titles = ranking.titles
    mine = [(r, n) for r, n in mine if r.document_id in titles]

    def said(doc_id: str, start: int, end: int, status: str) -> list[tuple[PassageLinkRow, str]]:
        return [
            (r, n)
            for r, n in mine
            if r.status == status and r.document_id == doc_id and r.quote_start == start and r.quote_end == end
        ]

    removed_keys = {
        (r.document_id, r.quote_start, r.quote_end)
        for r, n in mine
        if r.status == "removed" and (viewer_faction is None or n == viewer_faction)
    }
    listed: list[LinkedPassage] = []
    removed: list[LinkedPassage] = []
    best: dict[str, LinkedPassage] = {}  # per document: its clearest passage
    seen: set[tuple[str, int, int]] = set()
    for match in ranking.index.rank(principle, limit=None):
        p = match.passage
        key = (p.document_id, p.start, p.end)
        if len(listed) >= limit and match.score < MIN_SCORE:
            break  # nothing further can enter the list or be a document's clear passage
        confirmations = said(p.document_id, p.start, p.end, "confirmed")
        item = LinkedPassage(
            document_id=p.document_id,
            document_title=titles[p.document_id],
            kind=p.kind,
            section_heading=p.heading,
            excerpt=_excerpt(p.text),
            start=p.start,
            end=p.end,
            score=round(match.score, 4),
            page=ranking.page(p.document_id, p.start),
            confirmed_by=tuple(sorted({n for _r, n in confirmations})),
            link_ids=tuple(r.id for r, _n in confirmations + said(p.document_id, p.start, p.end, "removed")),
        )
        if key in removed_keys:
            removed.append(item)
        else:
            if len(listed) < limit:
                listed.append(item)
            if match.score >= MIN_SCORE and p.document_id not in best:
                best[p.document_id] = item
        seen.add(key)
    for r, _name in mine:  # hand-made links, and confirmations of passages ranked lower
        if r.status == "removed" or r.document_id is None:
            continue
        key = (r.document_id, r.quote_start, r.quote_end)
        if key in seen:
            continue
        seen.add(key)
        same = [(x, m) for x, m in mine if (x.document_id, x.quote_start, x.quote_end) == key and x.status != "removed"]
        holder = next(
            (s for s in ranking.sections if s.document_id == r.document_id and s.start <= r.quote_start <= s.end),
            None,
        )
        listed.append(
            LinkedPassage(
                document_id=r.document_id,
                document_title=titles[r.document_id],
                kind="selection" if r.status == "added" else "paragraph",
                section_heading=holder.heading if holder else "",
                excerpt=_excerpt(r.quote),
                start=r.quote_start,
                end=r.quote_end,
                score=None,
                page=ranking.page(r.document_id, r.quote_start),
                confirmed_by=tuple(sorted({m for x, m in same if x.status == "confirmed"})),
                added_by=tuple(sorted({m for x, m in same if x.status == "added"})),
                link_ids=tuple(x.id for x, _m in same),
            )
        )
    for item in listed:  # what a faction confirmed or linked is where its document opens
        if item.confirmed and (item.document_id not in best or not best[item.document_id].confirmed):
            best[item.document_id] = item
    per_document = tuple(best[d] for d in titles if d in best)
    return PrincipleLinks(principle, tuple(listed), tuple(removed), per_document)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: flat.rfind(" ", 0, EXCERPT_CHARS) + 1].rstrip() + "…"


def list_links(store: Store, dossier_id: str, *, include_deleted: bool = False) -> list[Link]:
    with store.session() as session:
        query = (
            select(PassageLinkRow, FactionRow.name, PrincipleRow.number)
            .join(FactionRow, PassageLinkRow.faction_id == FactionRow.id)
            .outerjoin(PrincipleRow, PassageLinkRow.principle_id == PrincipleRow.id)
            .where(PassageLinkRow.dossier_id == dossier_id)
            .order_by(PassageLinkRow.created_at)
        )
        if not include_deleted:
            query = query.where(PassageLinkRow.deleted.is_(False))
        return [_to_link(row, name, number) for row, name, number in session.execute(query)]


# --- changing ---------------------------------------------------------------------------------


def _principle(session: Session, dossier_id: str, number: int) -> PrincipleRow:
    docs = _current_documents(session, dossier_id)
    row = next((p for p in _framework_principles(session, docs) if p.number == number), None)
    if row is None:
        raise UserFacingError("principle_not_found", number=number)
    return row


def _background(session: Session, dossier_id: str, document_id: str) -> DocumentRow:
    doc = session.get(DocumentRow, document_id)
    if doc is None or doc.dossier_id != dossier_id or doc.role != DocumentRole.BACKGROUND.value:
        raise UserFacingError("passage_not_found")
    return doc


def _save(
    session: Session,
    *,
    dossier_id: str,
    principle: PrincipleRow,
    doc: DocumentRow,
    start: int,
    end: int,
    status: str,
    faction: str,
    member: str,
) -> Link:
    """One live link per faction, principle and passage: saying something else about the same
    passage changes that link (a new version), it does not add a second one."""
    if not (0 <= start < end <= len(doc.text)):
        raise UserFacingError("passage_not_found")
    faction_r = ensure_faction_row(session, faction)
    member = ensure_member_row(session, faction_r, member).name
    row = session.scalar(
        select(PassageLinkRow).where(
            PassageLinkRow.faction_id == faction_r.id,
            PassageLinkRow.principle_id == principle.id,
            PassageLinkRow.document_id == doc.id,
            PassageLinkRow.quote_start == start,
            PassageLinkRow.quote_end == end,
        )
    )
    if row is not None:
        if row.status == status and not row.deleted:
            return _domain(session, row)
        row.status = status
        row.deleted = False
        row.author = " ".join(member.split()) or row.author
        bump(session, row)
        return _domain(session, row)
    anchor = make_anchor(doc.id, doc.text, start, end)
    now = datetime.now()
    row = PassageLinkRow(
        id=new_item_id(faction_r.id),
        dossier_id=dossier_id,
        faction_id=faction_r.id,
        author=" ".join(member.split()) or "?",
        principle_id=principle.id,
        document_id=doc.id,
        quote=anchor.quote,
        quote_prefix=anchor.prefix,
        quote_suffix=anchor.suffix,
        quote_start=anchor.start,
        quote_end=anchor.end,
        status=status,
        created_at=now,
        updated_at=now,
        version=1,
        revision_id="",
        deleted=False,
    )
    session.add(row)
    record_revision(session, row, None)
    return _domain(session, row)


def _mark(
    store: Store,
    dossier_id: str,
    principle_number: int,
    document_id: str,
    start: int,
    end: int,
    *,
    status: str,
    faction: str,
    member: str,
) -> Link:
    with store.session() as session:
        principle = _principle(session, dossier_id, principle_number)
        doc = _background(session, dossier_id, document_id)
        return _save(
            session,
            dossier_id=dossier_id,
            principle=principle,
            doc=doc,
            start=start,
            end=end,
            status=status,
            faction=faction,
            member=member,
        )


def confirm_link(
    store: Store,
    dossier_id: str,
    principle_number: int,
    document_id: str,
    start: int,
    end: int,
    *,
    faction: str,
    member: str = "",
) -> Link:
    """The faction says: this ranked passage (``start``/``end`` from :class:`LinkedPassage`) is right."""
    return _mark(
        store, dossier_id, principle_number, document_id, start, end, status="confirmed", faction=faction, member=member
    )


def remove_link(
    store: Store,
    dossier_id: str,
    principle_number: int,
    document_id: str,
    start: int,
    end: int,
    *,
    faction: str,
    member: str = "",
) -> Link:
    """The faction says: this ranked passage is not about the principle (it leaves the list)."""
    return _mark(
        store, dossier_id, principle_number, document_id, start, end, status="removed", faction=faction, member=member
    )


def remove_links(
    store: Store,
    dossier_id: str,
    principle_number: int,
    document_id: str,
    spans: Sequence[tuple[int, int]],
    *,
    faction: str,
    member: str = "",
) -> list[Link]:
    """The faction says: these ranked passages of one document are not about the principle, all
    in one step. The list shows a section once, while the ranking holds each of its paragraphs:
    removing only the first let the next paragraph take its place under the same heading."""
    with store.session() as session:
        principle = _principle(session, dossier_id, principle_number)
        doc = _background(session, dossier_id, document_id)
        return [
            _save(
                session,
                dossier_id=dossier_id,
                principle=principle,
                doc=doc,
                start=start,
                end=end,
                status="removed",
                faction=faction,
                member=member,
            )
            for start, end in dict.fromkeys(spans)
        ]


def add_link(
    store: Store,
    dossier_id: str,
    principle_number: int,
    *,
    quote: str,
    faction: str,
    member: str = "",
    document_id: str | None = None,
    position_hint: int | None = None,
) -> Link:
    """A passage the ranking missed, from a selection in a background document.

    The selected text is found in the document (whitespace folded); with ``position_hint`` (the
    selection's offset) the nearest occurrence is taken, else it must occur only once.
    """
    wanted = normalise_quote(quote)
    with store.session() as session:
        principle = _principle(session, dossier_id, principle_number)
        docs = [d for d in _current_documents(session, dossier_id) if d.role == DocumentRole.BACKGROUND.value]
        if document_id is not None:
            docs = [_background(session, dossier_id, document_id)]
        found = [(d, s) for d in docs for s in occurrences(d.text, wanted)] if wanted else []
        if not found:
            raise UserFacingError("quote_not_found", number=principle_number, quote=quote[:200])
        if position_hint is not None:
            doc, start = min(found, key=lambda f: abs(f[1] - position_hint))
        elif len(found) > 1:
            raise UserFacingError("quote_ambiguous", count=len(found))
        else:
            doc, start = found[0]
        return _save(
            session,
            dossier_id=dossier_id,
            principle=principle,
            doc=doc,
            start=start,
            end=start + len(wanted),
            status="added",
            faction=faction,
            member=member,
        )


def _owned(session: Session, link_id: str, faction: str) -> PassageLinkRow:
    row = session.get(PassageLinkRow, link_id)
    if row is None:
        raise UserFacingError("link_not_found", id=link_id)
    acting = faction_row(session, faction)
    if acting is None or acting.id != row.faction_id:
        owner = session.get(FactionRow, row.faction_id)
        raise UserFacingError("not_link_owner", owner=owner.name if owner else "?")
    return row


def delete_link(store: Store, link_id: str, *, faction: str) -> Link:
    """Take back what the faction said (a tombstone; the passage is ranked as before)."""
    with store.session() as session:
        row = _owned(session, link_id, faction)
        row.deleted = True
        bump(session, row)
        return _domain(session, row)


def link_revision_count(store: Store, link_id: str) -> int:
    with store.session() as session:
        return len(
            session.scalars(select(PassageLinkRevisionRow.id).where(PassageLinkRevisionRow.link_id == link_id)).all()
        )
