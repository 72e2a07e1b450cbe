"""The stores the figures measure, built from :mod:`tests.bench.corpus` and kept between runs.

A store is built once through the program's own services: documents with ``import_bytes`` (read,
segment, index), factions with ``add_faction``/``trust_public_key``, annotations as signed faction
packages merged with ``merge_package_bytes`` (the clerk's bulk path; a package of a few thousand
revisions goes in as one transaction), amendments with ``add_amendment``/``set_status``. So a
generated store is what the program would have written, and :func:`check_store` says so.

Built stores live in ``.bench/<key>/`` (``make clean`` leaves them; delete the folder to force a
rebuild). The key is a hash of this generator's own source, the sample documents and the store's
schema revision: a change to any of them builds new stores, and older folders are removed.
A figure never changes a cached store: it works on a copy (:func:`working_copy`).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.bench import corpus as C

ROOT = C.ROOT
DEFAULT_CACHE = ROOT / ".bench"
GENERATOR_VERSION = 1  # bump to rebuild every store even when no source changed
PACKAGE_REVISIONS = 5_000  # revisions per generated package (one merge transaction each)
DOSSIER_TITLE = "Inkoopkader Jeugdhulp 2022 e.v."  # the sample dossier's title (services.documents)
FIRST_DAY = datetime(2020, 10, 5, 9, 0, 0)


def cache_key() -> str:
    from raadsviewer.storage.version import HEAD_REVISION

    digest = hashlib.sha256()
    digest.update(f"{GENERATOR_VERSION}:{HEAD_REVISION}".encode())
    for path in (Path(C.__file__), Path(__file__), *sorted(C.SAMPLES.glob("*.txt"))):
        digest.update(path.read_bytes())
    return f"v{GENERATOR_VERSION}-{digest.hexdigest()[:12]}"


class Stores:
    """Named stores and files in one cache folder, built on first request.

    Names: ``sample`` (the bundled sample dossier), ``docs-N`` (the sample dossier and N generated
    background documents), ``notes-N`` (the sample dossier and N annotations of eight factions),
    ``docs-D-notes-N`` (both), ``draft-Pp-Aa`` (a framework of P principles with A amendments in
    every status and remarks for the draft; ``P`` 0: the sample framework), ``clerk`` (the sample
    dossier with every faction's key trusted: the merge figure's starting point).
    """

    def __init__(self, root: Path = DEFAULT_CACHE, log: Callable[[str], None] = print) -> None:
        self.key = cache_key()
        self.dir = root / self.key
        self.log = log
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in root.glob("v*-*"):
            if old.is_dir() and old.name != self.key:
                shutil.rmtree(old, ignore_errors=True)

    def store(self, name: str) -> Path:
        path = self.dir / f"{name}.sqlite"
        if not path.exists():
            started = datetime.now()
            self.log(
                f"building store {name} (once; kept in {self.dir.relative_to(ROOT) if self.dir.is_relative_to(ROOT) else self.dir})"
            )
            partial = self.dir / f"{name}.partial.sqlite"
            for leftover in self.dir.glob(f"{name}.partial.sqlite*"):
                leftover.unlink()
            self._build(name, partial)
            _compact(partial)
            os.replace(partial, path)
            self.log(
                f"  {name}: {(datetime.now() - started).total_seconds():.1f} s, {path.stat().st_size / 1e6:.0f} MB"
            )
        return path

    def file(self, name: str, make: Callable[[], bytes]) -> Path:
        path = self.dir / name
        if not path.exists():
            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(make())
            os.replace(partial, path)
        return path

    # --- building ---------------------------------------------------------------------------------

    def _build(self, name: str, path: Path) -> None:
        if name == "sample":
            _sample(path)
        elif m := re.fullmatch(r"docs-(\d+)", name):
            self._docs(path, int(m.group(1)))
        elif m := re.fullmatch(r"notes-(\d+)", name):
            self._notes(path, "sample", int(m.group(1)))
        elif m := re.fullmatch(r"docs-(\d+)-notes-(\d+)", name):
            self._notes(path, f"docs-{m.group(1)}", int(m.group(2)))
        elif m := re.fullmatch(r"draft-(\d+)p-(\d+)a", name):
            _draft(path, int(m.group(1)), int(m.group(2)))
        elif name == "clerk":
            shutil.copyfile(self.store("sample"), path)
            with _open(path) as store:
                self._trust_factions(store)
        elif name == "keys":
            _keys(path, self.dir)
        else:
            raise ValueError(f"no such bench store: {name}")

    def _docs(self, path: Path, count: int) -> None:
        """Built on the largest smaller store already made, so 50, 100, 200, 800 cost 800 imports."""
        smaller = sorted(
            (int(m.group(1)), p)
            for p in self.dir.glob("docs-*.sqlite")
            if (m := re.fullmatch(r"docs-(\d+)\.sqlite", p.name)) and int(m.group(1)) < count
        )
        have, base = smaller[-1] if smaller else (0, self.store("sample"))
        shutil.copyfile(base, path)
        with _open(path) as store:
            add_background_documents(store, range(have, count))

    def _notes(self, path: Path, base: str, count: int) -> None:
        prefix = "notes-" if base == "sample" else f"{base}-notes-"
        smaller = sorted(
            (int(p.stem[len(prefix) :]), p)
            for p in self.dir.glob(f"{prefix}*.sqlite")
            if re.fullmatch(r"\d+", p.stem[len(prefix) :]) and int(p.stem[len(prefix) :]) < count
        )
        have, source = smaller[-1] if smaller else (0, self.store(base))
        shutil.copyfile(source, path)
        with _open(path) as store:
            if not have:
                self._trust_factions(store)
            add_annotations(store, self.signing_keys(), range(have, count))

    def _trust_factions(self, store: Any) -> None:
        from raadsviewer.services.factions import update_faction
        from raadsviewer.services.keys import trust_public_key

        self.store("keys")
        for name, seats, _members in C.FACTIONS:
            trust_public_key(store, self.dir / f"{name}.pub", name)
            update_faction(store, name, seats=seats)

    def signing_keys(self) -> dict[str, Any]:
        """Each faction's secret key, as its own laptop holds it (the ``keys`` store)."""
        from raadsviewer.services.factions import faction_row
        from raadsviewer.services.keys import signing_key

        with _open(self.store("keys")) as store, store.session() as session:
            return {
                name: signing_key(session, faction_row(session, name), create=False)  # type: ignore[arg-type]
                for name, _seats, _members in C.FACTIONS
            }


@contextmanager
def _open(path: Path) -> Iterator[Any]:
    from raadsviewer.storage.db import Store

    store = Store(path)
    try:
        yield store
    finally:
        store.close()


def _compact(path: Path) -> None:
    """Fold the write-ahead log into the file, so the cached store is one file to copy."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def working_copy(source: Path, directory: Path) -> Path:
    """A copy a figure may open and change; the cached store stays as it was built."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / source.name
    shutil.copyfile(source, target)
    return target


# --- the pieces ---------------------------------------------------------------------------------


def _sample(path: Path) -> None:
    from raadsviewer.services.documents import ensure_sample_dossier

    with _open(path) as store:
        ensure_sample_dossier(store, C.SAMPLES)


def _keys(path: Path, directory: Path) -> None:
    """The factions' own laptops, in one store: each faction with its secret key, and its public
    key file for the stores that will trust it."""
    from raadsviewer.services.factions import add_faction
    from raadsviewer.services.keys import export_public_key

    with _open(path) as store:
        for name, seats, _members in C.FACTIONS:
            add_faction(store, name, seats=seats)
            export_public_key(store, name, directory / f"{name}.pub")


def add_background_documents(store: Any, numbers: range) -> None:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_bytes

    for n in numbers:
        doc = C.background_document(n)
        import_bytes(
            store, doc.text.encode("utf-8"), name=doc.name, role=DocumentRole.BACKGROUND, dossier_title=DOSSIER_TITLE
        )


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def annotation_revisions(plan: C.AnnotationPlan, context: dict[str, Any]) -> list[Any]:
    """The revisions a faction's laptop would have written for this annotation: its creation, an
    edit for some, a deletion (tombstone) for a few. Quotes are anchored as the services anchor a
    selection (:func:`raadsviewer.domain.anchoring.make_anchor`)."""
    from raadsviewer.domain import merge as M
    from raadsviewer.domain.anchoring import make_anchor

    principle = context["principles"][plan.principle]
    anchor = None
    if plan.quote_in is not None:
        if plan.quote_in == "framework" or not context["background"]:
            doc_id, text, lo, hi = (
                principle.document_id,
                context["texts"][principle.document_id],
                principle.start,
                principle.end,
            )
        else:
            doc_id = context["background"][int(plan.quote_pick * 7919) % len(context["background"])]
            text, lo, hi = context["texts"][doc_id], 0, len(context["texts"][doc_id])
        span = hi - lo
        if span > 12:
            length = min(span, 20 + int(plan.quote_pick * 1000) % 100)
            start = lo + int(plan.quote_pick * (span - length))
            while start > lo and not text[start - 1].isspace():  # a selection starts at a word
                start -= 1
            anchor = make_anchor(doc_id, text, start, min(hi, start + length))
    item = str(uuid.UUID(int=random.Random(f"item-{context['salt']}-{plan.index}").getrandbits(128), version=4))
    created = FIRST_DAY + timedelta(days=plan.day, minutes=plan.index % 600, microseconds=plan.index)
    content: dict[str, Any] = {
        "annotation_id": item,
        "dossier_id": context["dossier_id"],
        "faction_id": context["faction_ids"][plan.faction],
        "author": plan.author,
        "principle_id": principle.id,
        "document_id": anchor.document_id if anchor else None,
        "quote": anchor.quote if anchor else None,
        "quote_prefix": anchor.prefix if anchor else None,
        "quote_suffix": anchor.suffix if anchor else None,
        "quote_start": anchor.start if anchor else None,
        "quote_end": anchor.end if anchor else None,
        "stance": plan.stance,
        "visibility": plan.visibility,
        "body": plan.body,
        "include_in_draft": False,
        "deleted": False,
        "version": 1,
        "created_at": _stamp(created),
        "updated_at": _stamp(created),
    }
    revisions = [M.make_revision(item, (), content)]
    for k in range(plan.edits):
        edited = created + timedelta(days=1 + k, hours=2)
        content = {
            **content,
            "body": content["body"] + f" Aangevuld op {edited:%d-%m}: dit punt bespreken in de fractie.",
            "version": content["version"] + 1,
            "updated_at": _stamp(edited),
        }
        revisions.append(M.make_revision(item, (revisions[-1].id,), content))
    if plan.deleted:
        gone = created + timedelta(days=3)
        content = {**content, "deleted": True, "version": content["version"] + 1, "updated_at": _stamp(gone)}
        revisions.append(M.make_revision(item, (revisions[-1].id,), content))
    return revisions


def annotation_context(store: Any, salt: str = "") -> dict[str, Any]:
    from raadsviewer.services.documents import open_dossier, resolve_dossier
    from raadsviewer.services.factions import list_factions

    dossier = resolve_dossier(store, DOSSIER_TITLE)
    view = open_dossier(store, dossier.id)
    return {
        "salt": salt,
        "dossier_id": dossier.id,
        "dossier_title": dossier.title,
        "principles": {p.number: p for p in view.principles},
        "texts": {d.id: d.text for d in view.documents},
        "background": [d.id for d in view.background],
        "faction_ids": {f.name: f.id for f in list_factions(store)},
    }


def package_bytes(
    context: dict[str, Any], faction: str, key: Any, revisions: list[Any], sequence: int, member: str = "Griffie"
) -> bytes:
    """A faction's signed package, as ``export_package`` writes it (manifest, parts, signature)."""
    from cryptography.hazmat.primitives import serialization

    from raadsviewer import __version__
    from raadsviewer.domain import package as P

    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    manifest = {
        "app_version": __version__,
        "dossier": {"id": context["dossier_id"], "title": context["dossier_title"]},
        "faction": {"id": context["faction_ids"][faction], "name": faction},
        "member": member,
        "created_at": (FIRST_DAY + timedelta(days=60, seconds=sequence)).isoformat(timespec="seconds"),
        "sequence": sequence,
        "documents": [],
        "counts": {"annotations": len({r.item_id for r in revisions}), "amendments": 0, "revisions": len(revisions)},
    }
    return P.build(manifest, revisions, [], key.sign, public)


def add_annotations(store: Any, keys: dict[str, Any], indices: range) -> None:
    """Annotations ``indices`` of :func:`tests.bench.corpus.annotation_plan`, merged as each
    faction's packages, then indexed for search as the first search would."""
    from raadsviewer.services.exchange import merge_package_bytes
    from raadsviewer.services.search import search

    context = annotation_context(store)
    count = len(context["principles"])
    per_faction: dict[str, list[Any]] = {name: [] for name, _s, _m in C.FACTIONS}
    for index in indices:
        plan = C.annotation_plan(index, count)
        per_faction[plan.faction].extend(annotation_revisions(plan, context))
    for name, revisions in per_faction.items():
        start = 0
        while start < len(revisions):
            end = min(start + PACKAGE_REVISIONS, len(revisions))
            while end < len(revisions) and revisions[end - 1].item_id == revisions[end].item_id:
                end -= 1  # an item's revisions travel together
            sequence = indices.start + start + 1
            data = package_bytes(context, name, keys[name], revisions[start:end], sequence)
            report = merge_package_bytes(store, data)
            assert report.status == "merged" and not report.unanchored, report.as_dict()
            start = end
    search(store, context["dossier_id"], "jeugdhulp")  # brings the search index up to date


def _draft(path: Path, principles: int, amendments: int) -> None:
    """A dossier for the combined draft: its framework, ``amendments`` amendments spread over the
    principles in every status (with votes), and a remark per principle taken into the draft."""
    from raadsviewer.domain.model import (
        AmendmentDraft,
        AmendmentOperation,
        AnnotationDraft,
        DocumentRole,
        Stance,
        Visibility,
    )
    from raadsviewer.services import amendments as amendment_service
    from raadsviewer.services.annotations import add_annotation, set_include_in_draft
    from raadsviewer.services.documents import ensure_sample_dossier, import_bytes, list_principles, resolve_dossier
    from raadsviewer.services.factions import add_faction

    with _open(path) as store:
        if principles:
            text = C.framework_text(principles)
            import_bytes(
                store,
                text.encode("utf-8"),
                name="inkoopkader.txt",
                role=DocumentRole.FRAMEWORK,
                dossier_title=DOSSIER_TITLE,
            )
        else:
            ensure_sample_dossier(store, C.SAMPLES)
        dossier = resolve_dossier(store, DOSSIER_TITLE)
        factions = [(name, seats) for name, seats, _m in C.FACTIONS]
        for name, seats in factions:
            add_faction(store, name, seats=seats)
        names = [name for name, _ in factions]
        found = [p for p, _doc in list_principles(store, dossier.id)]
        assert not principles or len(found) == principles, (len(found), principles)
        for k in range(amendments):
            p = found[k % len(found)]
            words = [w for w in dict.fromkeys(re.findall(r"\w{5,}", p.text)) if p.text.count(w) == 1]
            word = words[(k // len(found)) % len(words)] if words else p.text.split()[0]
            operation = (AmendmentOperation.VERVANGEN, AmendmentOperation.TOEVOEGEN, AmendmentOperation.SCHRAPPEN)[
                k % 3
            ]
            new = {"vervangen": f"{word} en {k}", "toevoegen": f"en nieuwe tekst {k}", "schrappen": ""}[str(operation)]
            a = amendment_service.add_amendment(
                store,
                dossier_id=dossier.id,
                faction=names[k % len(names)],
                member=f"Lid {k % 7}",
                draft=AmendmentDraft(
                    title=f"Amendement {k + 1} op uitgangspunt {p.number}",
                    operation=operation,
                    old_text=word,
                    new_text=new,
                    principle_number=p.number,
                    rationale=f"Toelichting {k + 1}: " + C.pieces().sentences[k % len(C.pieces().sentences)],
                    cosigners=(names[(k + 1) % len(names)],),
                    anchor=None,
                ),
            )
            if k % 5 == 0:
                continue  # stays a concept
            amendment_service.set_status(store, dossier.id, a.number, "ingediend")
            if k % 5 == 2:
                amendment_service.set_status(store, dossier.id, a.number, "aangenomen", [(n, "voor") for n in names])
            elif k % 5 == 3:
                amendment_service.set_status(store, dossier.id, a.number, "verworpen", [(n, "tegen") for n in names])
            elif k % 5 == 4:
                amendment_service.set_status(store, dossier.id, a.number, "ingetrokken")
        for k, p in enumerate(found):
            note = add_annotation(
                store,
                dossier_id=dossier.id,
                faction=names[k % len(names)],
                member=f"Lid {k % 7}",
                principle_number=p.number,
                draft=AnnotationDraft(
                    body=f"Opmerking {k + 1} bij uitgangspunt {p.number}: "
                    + C.pieces().sentences[k % len(C.pieces().sentences)],
                    stance=Stance.ZORG,
                    visibility=Visibility.GRIFFIE,
                ),
            )
            set_include_in_draft(store, note.id, True)


# --- checking -----------------------------------------------------------------------------------


def check_store(path: Path) -> list[str]:
    """What is wrong with a generated store, as a list of problems (empty: none).

    SQLite's integrity and foreign-key checks; every annotation's and amendment's row is what its
    revisions say (the row is the current head, the head's recorded content is the row, every
    revision's id is the hash of what it says); no conflicts; the search index is complete; no
    two documents are the same text.
    """
    from sqlalchemy import select, text

    from raadsviewer.domain import merge as M
    from raadsviewer.domain.amendments import amendment_content
    from raadsviewer.services.amendments import read_amendments
    from raadsviewer.services.exchange import list_conflicts
    from raadsviewer.storage import repository as repo
    from raadsviewer.storage import search_index
    from raadsviewer.storage.models import (
        AmendmentRevisionRow,
        AnnotationRevisionRow,
        AnnotationRow,
        DossierRow,
        RevisionParentRow,
    )

    problems: list[str] = []
    with _open(path) as store:
        verdict = store.integrity_check()
        if verdict != "ok":
            problems.append(f"integrity_check: {verdict}")
        with store.engine.connect() as conn:
            broken = conn.execute(text("PRAGMA foreign_key_check")).all()
            problems += [f"foreign key: {tuple(r)}" for r in broken[:5]]
            twins = conn.execute(
                text("SELECT sha256, count(*) FROM document GROUP BY sha256 HAVING count(*) > 1")
            ).all()
            problems += [f"document {s[:12]} stored {n} times" for s, n in twins]
            stale = search_index.differences(conn, documents=False)  # as the services kept it, against a rebuild
            if stale:
                problems.append(f"search index: {len(stale)} units differ from a rebuild")
            conn.rollback()
        with store.session() as session:
            dossiers = session.scalars(select(DossierRow.id)).all()
            current = {
                "annotation": [
                    (r.id, r.revision_id, repo.annotation_content(r)) for r in session.scalars(select(AnnotationRow))
                ],
                "amendment": [
                    (a.id, a.revision_id, amendment_content(a))
                    for d in dossiers
                    for a in read_amendments(session, d, include_deleted=True)
                ],
            }
            for kind, model, fk in (
                ("annotation", AnnotationRevisionRow, "annotation_id"),
                ("amendment", AmendmentRevisionRow, "amendment_id"),
            ):
                extra: dict[str, list[str]] = {}
                for rid, pid in session.execute(
                    select(RevisionParentRow.revision_id, RevisionParentRow.parent_id).where(
                        RevisionParentRow.kind == kind
                    )
                ):
                    extra.setdefault(rid, []).append(pid)
                revisions: dict[str, list[M.Revision]] = {}
                recorded: dict[str, dict[str, Any]] = {}
                for rev in session.scalars(select(model)):
                    content = json.loads(rev.content_json)
                    recorded[rev.id] = content
                    parents = tuple(sorted(([rev.parent_id] if rev.parent_id else []) + extra.get(rev.id, [])))
                    revision = M.Revision(rev.id, getattr(rev, fk), parents, content)
                    if not M.id_is_honest(revision):
                        problems.append(f"{kind} revision {rev.id[:12]}: id is not the hash of its content")
                    revisions.setdefault(revision.item_id, []).append(revision)
                for item_id, revision_id, content in current[kind]:
                    if not revisions.get(item_id):
                        problems.append(f"{kind} {item_id}: no revisions")
                    elif M.current(revisions[item_id]).current.id != revision_id:
                        problems.append(f"{kind} {item_id}: row is not its current revision")
                    elif _comparable(content) != _comparable(recorded[revision_id]):
                        problems.append(f"{kind} {item_id}: row differs from its revision")
        problems += [f"conflict on {c.kind} {c.item_id}" for c in list_conflicts(store)[:5]]
    return problems


def _comparable(content: dict[str, Any]) -> dict[str, Any]:
    """Content as stored (JSON): timestamps and tuples the way json.loads gives them back."""
    return json.loads(json.dumps(content, ensure_ascii=False, sort_keys=True, default=str))
