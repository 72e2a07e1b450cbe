"""The combined draft from the store: assembly, exports with snapshots, comparing snapshots."""

from __future__ import annotations

import errno
import html as html_lib
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.lines import number_lines
from raadsviewer.domain.model import (
    AmendmentDraft,
    AmendmentOperation,
    AnnotationDraft,
    Stance,
    Visibility,
)
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import drafts as svc
from raadsviewer.services.annotations import add_annotation, set_include_in_draft
from raadsviewer.services.documents import open_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Exports go here, away from the store's own files in tmp_path."""
    path = tmp_path / "out"
    path.mkdir()
    return path


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def dossier_id(sample_store) -> str:
    store = sample_store
    add_faction(store, "CDA", seats=10)
    add_faction(store, "PvdA", seats=7)
    dossier = resolve_dossier(store).id
    a1 = amendment_service.add_amendment(
        store,
        dossier_id=dossier,
        faction="CDA",
        member="J. Jansen",
        draft=AmendmentDraft(
            title="Ruime keuzevrijheid",
            operation=AmendmentOperation.VERVANGEN,
            old_text="behoud keuzevrijheid",
            new_text="ruime keuzevrijheid",
            principle_number=3,
            cosigners=("PvdA",),
        ),
    )
    amendment_service.submit_amendment(store, a1.id, faction="CDA")
    amendment_service.set_status(store, dossier, "A1", "aangenomen", [("CDA", "voor"), ("PvdA", "tegen")])
    amendment_service.add_amendment(
        store,
        dossier_id=dossier,
        faction="PvdA",
        member="M. de Vries",
        draft=AmendmentDraft(
            title="Geen topinkomens", operation=AmendmentOperation.SCHRAPPEN, old_text="normering ", principle_number=12
        ),
    )
    note = add_annotation(
        store,
        dossier_id=dossier,
        faction="PvdA",
        member="M. de Vries",
        principle_number=7,
        draft=AnnotationDraft(
            body="Toegang moet *dichtbij* blijven.", stance=Stance.ZORG, visibility=Visibility.GRIFFIE
        ),
    )
    set_include_in_draft(store, note.id, True)
    add_annotation(
        store,
        dossier_id=dossier,
        faction="CDA",
        member="J. Jansen",
        principle_number=7,
        draft=AnnotationDraft(body="Geheim plan", stance=Stance.BEZWAAR, visibility=Visibility.PRIVE),
    )
    return dossier


def test_build_draft(sample_store, dossier_id: str) -> None:
    draft = svc.build_draft(sample_store, dossier_id, "nl")
    assert [p.number for p in draft.principles] == list(range(1, 14))
    p3, p7, p12 = draft.principles[2], draft.principles[6], draft.principles[11]
    assert p3.text_after == "Grip op het aantal aanbieders met ruime keuzevrijheid"
    assert [a.label for a in p3.adopted] == ["A1"] and p3.adopted[0].applied
    assert [a.label for a in p12.pending] == ["A2"]
    assert [(n.faction_name, n.body) for n in p7.notes] == [("PvdA", "Toegang moet *dichtbij* blijven.")]
    assert [(s.stance, s.factions) for s in p7.positions] == [(Stance.ZORG, ("PvdA",))]  # privé never counts
    assert svc.build_draft(sample_store, dossier_id, "en").lang == "en"


def test_dossier_not_found(sample_store, dump) -> None:
    before = dump(sample_store)
    with pytest.raises(UserFacingError) as info:
        svc.export_draft(sample_store, "nope", "md", Path("/tmp/never-written.md"))
    assert info.value.code == "dossier_not_found" and dump(sample_store) == before


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_export_writes_the_file_and_a_snapshot(sample_store, dossier_id: str, out: Path, fmt: str) -> None:
    steps: list[tuple[int, str]] = []
    path = out / f"zienswijze.{fmt}"
    snapshot = svc.export_draft(
        sample_store, dossier_id, fmt, path, lang="nl", progress=lambda p, s: steps.append((p, s))
    )
    assert path.is_file() and path.stat().st_size > 0
    assert [p for p, _ in steps] == sorted(p for p, _ in steps) and steps[-1] == (100, "done")
    assert sorted(p.name for p in out.iterdir()) == [path.name]  # no temporary file left
    assert snapshot.format == fmt and snapshot.lang == "nl" and snapshot.dossier_id == dossier_id
    amendments = amendment_service.list_amendments(sample_store, dossier_id)
    assert snapshot.items["amendments"] == {a.id: (a.revision_id, a.version) for a in amendments}
    assert len(snapshot.items["annotations"]) == 1  # the griffie note; the private one is not read
    assert "Uitgangspunt 3: Grip op het aantal aanbieders" in snapshot.markdown
    assert svc.list_snapshots(sample_store, dossier_id) == [snapshot]
    assert svc.get_snapshot(sample_store, snapshot.id) == snapshot
    if fmt == "md":
        assert path.read_text(encoding="utf-8") == snapshot.markdown
    elif fmt == "html":
        html = path.read_text(encoding="utf-8")
        assert "<script" not in html.lower() and "ruime" in html
        assert "Toegang moet dichtbij blijven." in html  # as read: the note's Markdown marks are not printed
    else:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        assert 'w:author="CDA"' in xml
        document = open_docx(str(path))
        body = document.element.body
        # A1 was adopted: a tracked change; A2 is pending: a comment by its faction, no tracked change
        assert {e.get(f"{W}author") for e in body.iter(f"{W}ins", f"{W}del")} == {"CDA"}
        assert [(c.author, c.initials) for c in document.comments] == [("PvdA", "A2")]
        texts = [p.text for p in document.paragraphs]
        assert "Toegang moet dichtbij blijven." in texts and not any("*dichtbij*" in t for t in texts)


def test_pdf_goes_through_the_writer_handed_in(sample_store, dossier_id: str, out: Path) -> None:
    seen: list[str] = []

    def fake_pdf(html: str, path: Path) -> None:
        seen.append(html)
        path.write_bytes(b"%PDF-1.4 fake")

    snapshot = svc.export_draft(sample_store, dossier_id, "pdf", out / "d.pdf", pdf_writer=fake_pdf)
    assert (out / "d.pdf").read_bytes() == b"%PDF-1.4 fake"
    assert seen and seen[0].startswith("<!DOCTYPE html>") and snapshot.format == "pdf"


def _refused(store, dump, code: str, call, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        call(*args, **kwargs)
    assert info.value.code == code
    assert dump(store) == before


def test_failed_exports_leave_no_file_and_no_snapshot(sample_store, dossier_id: str, out: Path, dump) -> None:
    def failing_pdf(html: str, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    def silent_pdf(html: str, path: Path) -> None:
        pass  # QPdfWriter says nothing when it cannot open the file

    _refused(sample_store, dump, "pdf_unavailable", svc.export_draft, sample_store, dossier_id, "pdf", out / "a.pdf")
    _refused(
        sample_store,
        dump,
        "export_failed",
        svc.export_draft,
        sample_store,
        dossier_id,
        "pdf",
        out / "b.pdf",
        pdf_writer=failing_pdf,
    )
    _refused(
        sample_store,
        dump,
        "export_failed",
        svc.export_draft,
        sample_store,
        dossier_id,
        "pdf",
        out / "c.pdf",
        pdf_writer=silent_pdf,
    )
    _refused(
        sample_store, dump, "invalid_export_format", svc.export_draft, sample_store, dossier_id, "odt", out / "d.odt"
    )
    _refused(
        sample_store, dump, "export_failed", svc.export_draft, sample_store, dossier_id, "md", out / "missing" / "e.md"
    )
    _refused(
        sample_store, dump, "export_failed", svc.export_draft, sample_store, dossier_id, "docx", out
    )  # a directory
    assert list(out.iterdir()) == []
    assert svc.list_snapshots(sample_store, dossier_id) == []


def test_existing_file_is_replaced_only_when_the_export_succeeds(sample_store, dossier_id: str, out: Path) -> None:
    path = out / "d.pdf"
    path.write_bytes(b"old")

    def failing_pdf(html: str, target: Path) -> None:
        raise OSError("kapot")

    with pytest.raises(UserFacingError):
        svc.export_draft(sample_store, dossier_id, "pdf", path, pdf_writer=failing_pdf)
    assert path.read_bytes() == b"old"
    svc.export_draft(sample_store, dossier_id, "md", path)
    assert path.read_text(encoding="utf-8").startswith("# Concept-zienswijze")


def test_compare_snapshots_shows_the_change(sample_store, dossier_id: str, out: Path) -> None:
    first = svc.export_draft(sample_store, dossier_id, "md", out / "1.md")
    assert svc.compare_snapshots(sample_store, first.id, first.id) == ""
    amendment_service.set_status(sample_store, dossier_id, "A2", "ingediend")
    amendment_service.add_amendment(
        sample_store,
        dossier_id=dossier_id,
        faction="CDA",
        member="J. Jansen",
        draft=AmendmentDraft(
            title="Innovatie versnellen",
            operation=AmendmentOperation.TOEVOEGEN,
            old_text="innovatie",
            new_text="en versnellen",
            principle_number=9,
        ),
    )
    second = svc.export_draft(sample_store, dossier_id, "html", out / "2.html")
    assert [s.id for s in svc.list_snapshots(sample_store, dossier_id)] == [first.id, second.id]
    assert second.items["amendments"] != first.items["amendments"]
    diff = svc.compare_snapshots(sample_store, first.id, second.id)
    assert diff.startswith("--- ") and f"({first.format}, {first.id[:8]})" in diff
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any("A3: Innovatie versnellen" in line for line in added)
    assert any("Status: ingediend" in line for line in added)
    with pytest.raises(UserFacingError) as info:
        svc.compare_snapshots(sample_store, first.id, "nope")
    assert info.value.code == "snapshot_not_found"


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_export_amendment(sample_store, dossier_id: str, out: Path, fmt: str) -> None:
    path = svc.export_amendment(
        sample_store, dossier_id, "A1", fmt, out / f"a1.{fmt}", meeting="Raad 1 maart", agenda_item="7"
    )
    if fmt == "docx":
        doc = open_docx(str(path))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert "Amendement A1: Ruime keuzevrijheid" in text and "Raad 1 maart" in text
        assert {e.get(f"{W}author") for e in doc.element.body.iter(f"{W}ins")} == {"CDA"}
    else:
        text = html_lib.unescape(path.read_text(encoding="utf-8"))
        assert "A1" in text and "Raad 1 maart" in text and "PvdA" in text
        assert 'In uitgangspunt 3 de tekst "behoud keuzevrijheid" te vervangen door: "ruime keuzevrijheid"' in text
    if fmt == "md":
        assert "~~behoud~~ **ruime** keuzevrijheid" in text
    # it cites the line of the framework it changes
    framework = open_dossier(sample_store, dossier_id).framework
    assert framework is not None
    line = next(x for x in number_lines(framework.text) if "behoud keuzevrijheid" in framework.text[x.start : x.end])
    assert f"regel {line.number}" in text and line.number > 1
    assert svc.list_snapshots(sample_store, dossier_id) == []  # a single amendment is no draft
    # written without a "Betreft" (the command line's default), it names the dossier's proposal
    title = resolve_dossier(sample_store).title
    assert amendment_service.get_amendment_by_number(sample_store, dossier_id, "A1").betreft == title
    assert f"Betreft: {title}" in text or f"Betreft**: {title}" in text or f"Betreft</dt><dd>{title}" in text


def test_an_amendment_kept_without_betreft_is_exported_with_the_dossiers_title(
    sample_store, dossier_id: str, out: Path
) -> None:
    from sqlalchemy import text as sql

    with sample_store.session() as session:  # as an earlier version kept it
        session.execute(sql("UPDATE amendment SET betreft = ''"))
    assert amendment_service.get_amendment_by_number(sample_store, dossier_id, "A1").betreft == ""
    title = resolve_dossier(sample_store).title
    path = svc.export_amendment(sample_store, dossier_id, "A1", "md", out / "a1.md")
    assert f"**Betreft**: {title}" in path.read_text(encoding="utf-8")


def test_export_amendment_refusals(sample_store, dossier_id: str, out: Path, dump) -> None:
    a2 = amendment_service.get_amendment_by_number(sample_store, dossier_id, "A2")
    amendment_service.delete_amendment(sample_store, a2.id, faction="PvdA")
    _refused(
        sample_store,
        dump,
        "amendment_deleted",
        svc.export_amendment,
        sample_store,
        dossier_id,
        "A2",
        "md",
        out / "x.md",
    )
    _refused(
        sample_store,
        dump,
        "amendment_not_found",
        svc.export_amendment,
        sample_store,
        dossier_id,
        "A9",
        "md",
        out / "x.md",
    )
    _refused(
        sample_store,
        dump,
        "invalid_export_format",
        svc.export_amendment,
        sample_store,
        dossier_id,
        "A1",
        "pdf",
        out / "x.pdf",
    )
    assert list(out.iterdir()) == []


def test_amendment_markdown_is_inert() -> None:
    from tests.domain.test_draft import AMENDMENTS

    a = AMENDMENTS[0]._replace(title="<script>x</script> [link](http://e)", rationale="# kop\n\n<img src=x>")
    md = svc.amendment_to_markdown(a, "## vergadering", "1. punt")
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(md)
    assert "<script" not in rendered and "<a " not in rendered and "<img" not in rendered
    assert "<h2>vergadering" not in rendered and "<h1>kop" not in rendered and "<ol" not in rendered
    assert "&lt;script&gt;x&lt;/script&gt; [link](http://e)" in rendered


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_an_amendment_exported_without_meeting_has_no_empty_lines_and_takes_the_dossiers_meeting(
    sample_store, dossier_id: str, out: Path, fmt: str
) -> None:
    from datetime import date

    from raadsviewer.services import council

    def text_of(path: Path) -> str:
        if fmt == "docx":
            return "\\n".join(p.text for p in open_docx(str(path)).paragraphs)
        return html_lib.unescape(path.read_text(encoding="utf-8"))

    bare = text_of(svc.export_amendment(sample_store, dossier_id, "A1", fmt, out / f"a.{fmt}"))
    assert "Vergadering" not in bare and "Agendapunt" not in bare and "Betreft" in bare
    council.set_council_settings(sample_store, dossier_id, meeting_date=date(2026, 3, 12))
    dated = text_of(svc.export_amendment(sample_store, dossier_id, "A1", fmt, out / f"b.{fmt}"))
    assert "12 maart 2026" in dated and "Agendapunt" not in dated


def test_a_failed_export_says_why_in_the_messages_language(sample_store, dossier_id: str, out: Path) -> None:
    """The system's own reason (English on any machine) is worded in the message's language."""

    def full_disk(html: str, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    cases = [
        (
            out / "missing" / "e.md",
            {},
            "het bestand of de map bestaat niet (meer)",
            "the file or folder does not exist",
        ),
        (out / "b.pdf", {"pdf_writer": full_disk}, "de schijf is vol", "the disk is full"),
        (out / ("x" * 300 + ".md"), {}, "de naam of het pad is te lang", "the name or path is too long"),
    ]
    for path, extra, dutch, english in cases:
        fmt = path.suffix.lstrip(".")
        with pytest.raises(UserFacingError) as caught:
            svc.export_draft(sample_store, dossier_id, fmt, path, **extra)
        assert caught.value.code == "export_failed"
        assert dutch in caught.value.message("nl")
        assert english in caught.value.message("en")
        assert "No such file" not in caught.value.message("nl")
        assert "No space left" not in caught.value.message("nl")


def test_an_error_the_program_does_not_know_keeps_the_systems_words() -> None:
    from raadsviewer.messages import os_reason

    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
    assert os_reason(OSError("nothing was written")) == "nothing was written"
