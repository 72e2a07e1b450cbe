"""Faults found by using the window as a member and a clerk would, each through its action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from raadsviewer.domain.model import AmendmentStatus
from raadsviewer.services import factions as faction_service
from raadsviewer.ui.amendment_dialog import AmendmentDialog
from raadsviewer.ui.dialogs import ImportRoleDialog
from raadsviewer.ui.vote_dialog import VoteDialog
from tests.ui.conftest import answer_key_question, become_griffie


def _write_and_submit(dialog: AmendmentDialog) -> int:
    dialog.title.setText("SMART")
    dialog.new_text.setPlainText("SMART en meetbare afspraken met aanbieders")
    dialog.refresh()
    dialog.choice = AmendmentDialog.SUBMIT
    return int(QDialog.DialogCode.Accepted)


def test_after_submitting_undo_no_longer_offers_the_amendment(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.select_principle(8)
    monkeypatch.setattr(AmendmentDialog, "exec", _write_and_submit)
    window.amend_action.trigger()
    [a] = window.context.amendments
    assert a.status is AmendmentStatus.INGEDIEND
    assert not window.undo_action.isEnabled()  # "Amendement toevoegen" is not offered for undo
    window.undo_action.trigger()  # even pressed: nothing happens, no error
    [still] = window.context.amendments
    assert still.status is AmendmentStatus.INGEDIEND and not still.deleted
    assert "ingetrokken" in window.statusBar().currentMessage() or "trek" in window.statusBar().currentMessage()


def test_the_vote_dialog_has_no_default_outcome_and_keeps_what_was_entered(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    faction_service.update_faction(window.context.store, "GroenLinks", seats=6)
    faction_service.add_faction(window.context.store, "VVD", seats=7)
    window.context.reload_annotations()
    window.select_principle(8)
    monkeypatch.setattr(AmendmentDialog, "exec", _write_and_submit)
    window.amend_action.trigger()
    become_griffie(window)  # the votes are the griffie's to record
    seen: dict[str, object] = {}

    def clerk(dialog: VoteDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["default"] = dialog.status.currentData()
        seen["ok_at_first"] = ok.isEnabled()
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData("voor"))
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData("tegen"))
        seen["tally"] = dialog.tally.text()
        dialog.status.setCurrentIndex(dialog.status.findData("aangenomen"))  # wrong: 6 voor, 7 tegen
        ok.click()
        seen["open_after_wrong"] = dialog.result() != QDialog.DialogCode.Accepted
        seen["problem"] = dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else ""
        seen["votes_kept"] = (dialog.faction("GroenLinks").how.currentData(), dialog.faction("VVD").how.currentData())
        dialog.status.setCurrentIndex(dialog.status.findData("verworpen"))
        ok.click()
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", clerk)
    window.amendments.vote_button.click()
    assert seen["default"] == "" and seen["ok_at_first"] is False
    assert "verworpen" in str(seen["tally"]) and "6 voor, 7 tegen" in str(seen["tally"])
    assert seen["open_after_wrong"] is True and "7" in str(seen["problem"])
    assert seen["votes_kept"] == ("voor", "tegen")
    [a] = window.context.amendments
    # stored as entered: GroenLinks voor, VVD tegen (the votes the clerk typed before the refusal)
    assert a.status is AmendmentStatus.VERWORPEN and dict(a.votes) == {"GroenLinks": "voor", "VVD": "tegen"}


def test_importing_a_folder_says_it_is_a_folder(window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Raadsstukken"
    folder.mkdir()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(folder), ""))
    monkeypatch.setattr(ImportRoleDialog, "exec", lambda d: int(QDialog.DialogCode.Accepted))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    window.import_action.trigger()
    assert warned and "is een map" in warned[0] and "niet gevonden" not in warned[0]


def test_the_merge_preview_shows_why_a_package_is_refused_in_full(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The reason a package is refused is what the clerk must read (and phone the faction about):
    in the first preview it was cut off after a few words ("geweigerd: Dit bestand is geen…"),
    because the rows were measured before the dialog had its width."""
    bad = tmp_path / "2020-11-03 Partij voor de Dieren en Beter Dordt, tweede versie.raadspakket"
    bad.write_bytes(b"dit is geen pakket")
    window.exchange.merge_packages([str(bad)])
    dialog = window.exchange.merge_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    status = table.item(0, table.columnCount() - 1)
    assert "geweigerd" in status.text() and "geen raadspakket" in status.text()
    assert table.rowHeight(0) >= table.sizeHintForRow(0) > table.fontMetrics().height()  # wrapped, all lines shown
    assert status.toolTip() == status.text()
    dialog.resize(dialog.width() - 200, dialog.height())  # narrower: the rows grow with the text
    qtbot.waitUntil(lambda: table.rowHeight(0) >= table.sizeHintForRow(0), timeout=2000)
    dialog.close()


def test_a_refused_package_is_readable_in_the_dark_theme(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Refused rows were dark red on the dark theme's near-black: the reason could not be read."""
    from PySide6.QtGui import QColor

    from raadsviewer.ui.help import apply_theme

    bad = tmp_path / "kapot.raadspakket"
    bad.write_bytes(b"dit is geen pakket")
    apply_theme("dark")
    try:
        window.exchange.merge_packages([str(bad)])
        table = window.exchange.merge_dialog.table
        background = table.palette().color(table.palette().ColorRole.Base)
        text = table.item(0, table.columnCount() - 1).foreground().color()

        def luminance(c: QColor) -> float:
            def channel(v: float) -> float:
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

        lighter, darker = sorted((luminance(text), luminance(background)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5  # WCAG AA for normal text
        assert text.red() > text.green()  # still red: refused
        window.exchange.merge_dialog.close()
    finally:
        apply_theme("system")


def test_the_overview_shows_a_dozen_factions_names_whole_side_by_side(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With twelve factions the names written across their columns were cut at both ends
    ("ianUnie-S"); they now stand upright, whole, and every column is in sight at once."""
    from PySide6.QtCore import Qt

    from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
    from raadsviewer.services import annotations as annotation_service

    names = [
        "VVD", "GroenLinks-PvdA", "ChristenUnie-SGP", "Democraten 66", "Partij voor de Dieren", "Leefbaar Zuidwest",
        "CDA", "SP", "Gemeentebelangen", "Forum voor Democratie", "Volt", "Lokaal Sterk",
    ]  # fmt: skip
    dossier = window.context.view.dossier.id
    for number, name in enumerate(names, 1):
        annotation_service.add_annotation(
            window.context.store,
            dossier_id=dossier,
            faction=name,
            member="Lid",
            draft=AnnotationDraft("standpunt", Stance.STEUN, Visibility.OPENBAAR),
            principle_number=number,
        )
    window.context.reload_annotations()
    window.drafts.overview_action.trigger()
    overview = window.drafts.overview
    qtbot.waitExposed(overview)
    header = overview.table.horizontalHeader()
    metrics = header.fontMetrics()
    shown = [str(overview.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())]
    assert sorted(shown) == sorted([*names, "GroenLinks"])  # every faction: this laptop's wrote nothing
    assert header.height() >= max(metrics.horizontalAdvance(text) for text in shown)  # upright, whole
    assert sum(header.sectionSize(c) for c in range(header.count())) <= overview.table.viewport().width()
    assert all(header.sectionSize(c) >= metrics.height() for c in range(header.count()))
    tip = overview.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == shown[2]


def test_a_faction_without_a_vote_is_shown_wholly_absent_not_zero_absent(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The tally counts a faction that has no vote as absent, seats and all; its line said
    "0 afwezig" beside it. It now says it is wholly absent, and the number typed for a faction
    comes back when a vote is chosen for it again."""
    faction_service.update_faction(window.context.store, "GroenLinks", seats=6)
    faction_service.add_faction(window.context.store, "VVD", seats=7)
    window.context.reload_annotations()
    window.select_principle(8)
    monkeypatch.setattr(AmendmentDialog, "exec", _write_and_submit)
    window.amend_action.trigger()
    become_griffie(window)
    seen: dict[str, object] = {}

    def clerk(dialog: VoteDialog) -> int:
        vvd = dialog.faction("VVD")
        seen["unvoted"] = (vvd.absent.text(), vvd.absent.isEnabled())
        vvd.how.setCurrentIndex(vvd.how.findData("tegen"))
        vvd.absent.setValue(2)
        seen["voted"] = (vvd.absent.text(), vvd.absent.isEnabled())
        vvd.how.setCurrentIndex(vvd.how.findData(""))
        seen["unvoted_again"] = vvd.absent.text()
        vvd.how.setCurrentIndex(vvd.how.findData("tegen"))
        seen["back"] = vvd.absent.value()
        seen["tally"] = dialog.tally.text()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(VoteDialog, "exec", clerk)
    window.amendments.vote_button.click()
    assert seen["unvoted"] == ("geheel afwezig", False)
    assert seen["voted"] == ("2 afwezig", True)
    assert seen["unvoted_again"] == "geheel afwezig"
    assert seen["back"] == 2
    assert "5 tegen" in str(seen["tally"]) and "8 afwezig" in str(seen["tally"])  # GroenLinks 6 + VVD's 2


def test_after_a_fast_start_the_members_motie_is_still_there(qtbot, sample_store, settings) -> None:  # type: ignore[no-untyped-def]
    """The second start reads through the fast path and opens the full store after the first
    paint; the moties were not read again then: the tab said 'Moties (0)' and the pane 'Nog geen
    moties', as if the motie written the evening before was lost."""
    from raadsviewer.domain.model_proposals import MotieDraft
    from raadsviewer.services.moties import add_motie
    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.storage.quick import read_startup_view
    from raadsviewer.ui.main_window import MOTIES_TAB, MainWindow

    faction_service.ensure_faction(sample_store, settings.faction, settings.member)
    set_owner_member(sample_store, settings.faction, settings.member)
    dossier_id = read_startup_view(sample_store.path, settings.faction).view.dossier.id
    add_motie(
        sample_store,
        dossier_id=dossier_id,
        faction=settings.faction,
        member=settings.member,
        draft=MotieDraft("Wachttijden jeugdhulp", dictum=("jaarlijks te rapporteren",), principle_numbers=(7,)),
    )
    startup = read_startup_view(sample_store.path, settings.faction)
    w = MainWindow(None, settings, defer=True)
    qtbot.addWidget(w)
    w.show_startup(startup)
    w.show()
    w.complete()
    w.context.open_store_in_background(lambda: sample_store)  # as after the first paint (ui.app)
    opened: list[bool] = []
    w.context.when_store_open(lambda: (w.context.take_in_opened_store(), opened.append(True)), pytest.fail)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert w.right_tabs.tabText(MOTIES_TAB) == "Moties (1)"
    w.right_tabs.setCurrentIndex(MOTIES_TAB)
    assert w.moties.model.rowCount() == 1
    w.context.runner.wait()


def test_switching_to_the_dark_theme_keeps_the_principle_and_passage_readable(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Dark chosen in Instellingen while reading: the principle stayed marked pale yellow and the
    linked passage pale blue, now under the dark theme's light text: both could not be read (the
    colours were chosen for the theme of the moment the highlight was set)."""
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.help import apply_theme
    from raadsviewer.ui.settings_dialog import SettingsDialog

    window.select_principle(7)
    framework = window.documents.framework_view
    werkgroep = next(v for v in window.documents.background_views() if v._passage is not None)

    def dark(dialog: SettingsDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return int(QDialog.DialogCode.Accepted)

    def contrast(view) -> list[float]:  # type: ignore[no-untyped-def]
        text = view.palette().color(view.palette().ColorRole.Text).lightnessF()
        return [abs(s.format.background().color().lightnessF() - text) for s in view.extraSelections()[:1]]

    monkeypatch.setattr(SettingsDialog, "exec", dark)
    window.preferences.settings_action.trigger()
    QApplication.processEvents()  # the new palette reaches the views
    try:
        assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() < 60
        assert contrast(framework) and min(contrast(framework)) > 0.4  # the principle
        assert contrast(werkgroep) and min(contrast(werkgroep)) > 0.4  # the passage linked to it
    finally:
        apply_theme("system")
        QApplication.processEvents()
    assert min(contrast(framework)) > 0.4 and min(contrast(werkgroep)) > 0.4  # and back in the light


def test_the_export_dialog_does_not_promise_encryption_it_cannot_give(window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A laptop that has not yet imported the griffie's dossier does not know the griffie's key:
    its package is signed, not encrypted. The dialog said 'Versleuteld voor de griffie: alleen de
    griffie kan het openen' all the same, and only the status line after writing said otherwise."""
    from datetime import datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from raadsviewer.services import keys
    from raadsviewer.storage.models import GriffieKeyRow
    from raadsviewer.ui.exchange import ExportPackageDialog

    said: list[str] = []

    def look(dialog: ExportPackageDialog) -> int:
        dialog.for_griffie.setChecked(True)
        said.append(dialog.sealed.text())
        dialog.for_faction.setChecked(True)
        said.append(dialog.sealed.text())
        dialog.for_griffie.setChecked(True)
        return int(QDialog.DialogCode.Accepted)

    package = tmp_path / "GroenLinks.raadspakket"
    monkeypatch.setattr(ExportPackageDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    answer_key_question(monkeypatch)
    window.exchange.export_package_action.trigger()
    for_griffie, for_faction = said
    assert "Niet versleuteld" in for_griffie and "sleutel van de griffie" in for_griffie
    assert for_faction.startswith("Versleuteld voor de fractie")
    assert package.exists() and "niet versleuteld" in window.statusBar().currentMessage()

    with window.context.store.session() as session:  # the griffie's dossier brought its key
        public = keys._raw_public(Ed25519PrivateKey.generate().public_key())  # noqa: SLF001
        session.add(GriffieKeyRow(public_key=public, secret_pem=None, origin="trusted", created_at=datetime.now()))
    said.clear()
    monkeypatch.setattr(ExportPackageDialog, "exec", lambda d: (look(d), int(QDialog.DialogCode.Rejected))[1])
    window.exchange.export_package_action.trigger()
    assert said[0].startswith("Versleuteld voor de griffie")


def test_the_export_summary_counts_the_moties_that_leave(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The list of what leaves showed the faction's motie (GL-M1), the sentence above it counted
    only annotations and amendments: the member could not tell from it that the motie went along."""
    from raadsviewer.domain.model_proposals import MotieDraft
    from raadsviewer.services.moties import add_motie
    from raadsviewer.ui.exchange import ExportPackageDialog

    add_motie(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=MotieDraft("Wachttijden jeugdhulp", dictum=("jaarlijks te rapporteren",)),
    )
    window.context.reload_moties()
    said: list[tuple[str, int]] = []

    def look(dialog: ExportPackageDialog) -> int:
        for button in (dialog.for_griffie, dialog.for_faction):
            button.setChecked(True)
            said.append((dialog.summary.text(), dialog.items.topLevelItemCount()))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExportPackageDialog, "exec", look)
    answer_key_question(monkeypatch)
    window.exchange.export_package_action.trigger()
    for summary, listed in said:
        assert listed == 1 and "amendementen 0; moties 1;" in summary, summary


def test_on_a_1366_by_768_laptop_the_windows_fit_the_screen(qtbot, sample_store, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first start made the window 1360 x 860 and the draft zienswijze 1100 x 800: on a
    1366 x 768 laptop (a taskbar leaves about 728 pixels) the status bar and the draft's export
    buttons were below the bottom of the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    free = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    faction_service.ensure_faction(sample_store, settings.faction, settings.member)
    set_owner_member(sample_store, settings.faction, settings.member)
    w = MainWindow(sample_store, settings, runner=SyncRunner())  # no size remembered: a first start
    qtbot.addWidget(w)
    w.load_dossier()
    assert w.width() <= free.width() and w.height() <= free.height() - 30  # and the title bar above it
    assert w.width() >= 1200 and w.height() >= 640  # still as large as the screen allows
    w.show()
    w.draft_action.trigger()
    draft = w.drafts.draft_window
    assert draft.width() <= free.width() and draft.height() <= free.height() - 30
    draft.close()


def test_a_private_note_says_so_on_its_card(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A member's private note and the note for the faction looked the same in the list: only the
    detail pane below said 'Privé', so the member could not see at a glance which notes stay on
    the laptop and which go to colleagues with the package."""
    from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
    from raadsviewer.ui.models import ObjectRole

    window.select_principle(7)
    window.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("alleen voor mij", Stance.ZORG, Visibility.PRIVE)
    )
    window.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("voor de fractie", Stance.NOTITIE, Visibility.FRACTIE)
    )
    view = window.annotations.list
    delegate = view.itemDelegate()
    cards = {}
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        a = index.data(ObjectRole)
        cards[a.body] = (delegate._header(a), index.data(Qt.ItemDataRole.ToolTipRole))
    header, tip = cards["alleen voor mij"]
    assert "Privé" in header and "Privé" in tip
    header, tip = cards["voor de fractie"]
    assert "Privé" not in header and "Fractie" in tip


def test_what_a_member_typed_is_not_thrown_away_unasked(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Escape, Annuleren or the close button of a note, amendment or motie being written closed
    it at once: a rationale of several paragraphs was gone on one key. Now the member is asked
    first; an untouched dialog still closes at once."""
    from PySide6.QtTest import QTest

    from raadsviewer.ui.dialogs import AnnotationDialog
    from raadsviewer.ui.motie_dialog import MotieDialog

    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    kept: dict[str, bool] = {}

    def untouched_then_typed(name, dialog, type_text, close):  # type: ignore[no-untyped-def]
        dialog.show()
        close(dialog)
        kept[name + " untouched closed"] = not dialog.isVisible() and not asked
        dialog.show()
        type_text(dialog)
        answers.extend([no, yes])
        close(dialog)
        kept[name + " kept after no"] = dialog.isVisible() and len(asked) == 1
        close(dialog)
        kept[name + " closed after yes"] = not dialog.isVisible() and len(asked) == 2
        asked.clear()
        return int(QDialog.DialogCode.Rejected)

    def escape(d):  # type: ignore[no-untyped-def]
        QTest.keyClick(d, Qt.Key.Key_Escape)

    def cancel(d):  # type: ignore[no-untyped-def]
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    window.select_principle(7)
    monkeypatch.setattr(
        AnnotationDialog,
        "exec",
        lambda d: untouched_then_typed("note", d, lambda d: d.body.setPlainText("Lange notitie"), escape),
    )
    window.annotations.add_action.trigger()
    monkeypatch.setattr(
        AmendmentDialog,
        "exec",
        lambda d: untouched_then_typed(
            "amendment", d, lambda d: d.rationale.setPlainText("Toelichting"), lambda d: d.close()
        ),
    )
    window.amend_action.trigger()
    monkeypatch.setattr(
        MotieDialog,
        "exec",
        lambda d: untouched_then_typed("motie", d, lambda d: d.title.setText("Wachttijden"), cancel),
    )
    window.motie_action.trigger()
    assert kept and all(kept.values()), kept
    assert len(kept) == 9


def test_what_is_missing_from_an_amendment_or_motie_reads_in_the_dark_theme(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Nog niet klaar om in te dienen' and its lines were dark red (#b00020, #c62828) on the
    dark theme's dark grey: the member could not read what the amendment or motie still lacks."""
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.help import apply_theme
    from raadsviewer.ui.motie_dialog import MotieDialog

    seen: dict[str, float] = {}

    def contrast(name: str):  # type: ignore[no-untyped-def]
        def look(dialog) -> int:  # type: ignore[no-untyped-def]
            dialog.show()
            dialog.refresh()
            label = dialog.problems
            assert label.text()  # something is missing: a new one has no title
            label.ensurePolished()
            text = label.palette().color(label.foregroundRole()).lightnessF()
            seen[name] = abs(text - dialog.palette().color(dialog.backgroundRole()).lightnessF())
            return int(QDialog.DialogCode.Rejected)

        return look

    window.select_principle(7)
    for theme in ("dark", "light"):
        apply_theme(theme)
        QApplication.processEvents()
        try:
            monkeypatch.setattr(AmendmentDialog, "exec", contrast(f"amendment {theme}"))
            window.amend_action.trigger()
            monkeypatch.setattr(MotieDialog, "exec", contrast(f"motie {theme}"))
            window.motie_action.trigger()
        finally:
            apply_theme("system")
            QApplication.processEvents()
    assert len(seen) == 4 and min(seen.values()) > 0.3, seen


def test_a_removed_passage_leaves_the_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Weghalen' on a passage of the background report seemed to do nothing: the list shows one
    entry per section, and only the section's first paragraph was removed, so its next paragraph
    took the entry's place under the same heading."""
    window.select_principle(7)
    window.right_tabs.setCurrentWidget(window.passages)
    pane = window.passages
    qtbot.waitUntil(lambda: pane.list.count() >= 3, timeout=10_000)

    def headings() -> list[str]:
        return [p.section_heading for p in pane.passages]

    target = "Normaliseren en de-medicaliseren"
    assert target in headings()
    ranking = window.context.ranking(window.context.current_principle)
    assert sum(p.section_heading == target for p in ranking.passages) > 1  # a section of several paragraphs
    pane.list.setCurrentRow(headings().index(target))
    pane.remove_button.click()
    qtbot.waitUntil(lambda: target not in headings(), timeout=10_000)
    assert "Versterken van de toegangstaak" in headings()  # the others stay


def test_one_search_result_is_counted_in_the_singular(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'1 resultaten' under a search for a word the dossier holds once."""
    window.searching.search_action.trigger()
    dialog = window.searching.dialog
    dialog.query.setText("ervaringsdeskundigen")
    dialog.run()
    assert len(dialog.hits) == 1 and dialog.status.text() == "1 resultaat"
    dialog.query.setText("toegang")
    dialog.run()
    assert len(dialog.hits) > 1 and dialog.status.text() == f"{len(dialog.hits)} resultaten"
    dialog.reject()


def test_the_griffie_saves_its_settings_without_a_faction_and_a_name(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The griffie's Instellingen asked for a faction and a name it does not have and kept OK
    greyed out: the griffie could change neither theme nor font size nor store there."""
    from raadsviewer.ui.help import apply_theme
    from raadsviewer.ui.settings_dialog import SettingsDialog
    from tests.ui.conftest import become_griffie

    become_griffie(window)
    seen: dict[str, object] = {}

    def bigger(dialog: SettingsDialog) -> int:
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        seen["faction shown"] = dialog.faction.isVisibleTo(dialog)
        dialog.font_size.setValue(15)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", bigger)
    try:
        window.preferences.settings_action.trigger()  # Bewerken › Instellingen…
    finally:
        apply_theme("system")
    assert seen == {"ok": True, "faction shown": False}
    assert window.context.settings.font_size == 15


@pytest.mark.parametrize("kind", ["QCheckBox", "QRadioButton"])
def test_an_unticked_box_can_be_seen_on_the_dark_theme(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Fusion draws the box's edge a shade darker than the window, the dark palette's list colour:
    an unticked box stood 1.04:1 against its surroundings, so there was no box to be seen."""
    from PySide6 import QtWidgets
    from PySide6.QtGui import QColor

    from raadsviewer.ui.help import apply_theme

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    apply_theme("dark")
    try:
        box = getattr(QtWidgets, kind)("Alleen mijn fractie")
        qtbot.addWidget(box)
        box.resize(box.sizeHint())
        box.show()
        image = box.grab().toImage()
        option = QtWidgets.QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QtWidgets.QStyle.SubElement.SE_CheckBoxIndicator
            if kind == "QCheckBox"
            else QtWidgets.QStyle.SubElement.SE_RadioButtonIndicator
        )
        rect = box.style().subElementRect(element, option, box)
        background = luminance(box.palette().color(box.palette().ColorRole.Window))
        row = rect.center().y() + 1
        scale = image.devicePixelRatio()
        brightest = max(
            luminance(image.pixelColor(int(x * scale), int(row * scale))) for x in range(rect.left(), rect.right() + 1)
        )
        assert (brightest + 0.05) / (background + 0.05) >= 3.0  # WCAG's 3:1 for a control's edge
    finally:
        apply_theme("system")


def test_the_griffies_empty_amendment_and_motie_lists_do_not_send_it_to_new(window) -> None:  # type: ignore[no-untyped-def]
    """New… is off on the griffie's store (it writes no faction's items): the empty lists say
    where the factions' amendments and moties come from instead of "make one with New…"."""
    window.select_principle(3)
    assert "Nieuw" in window.amendments.empty.text() and window.amendments.new_button.isEnabled()
    assert "Nieuw" in window.moties.empty.text()
    become_griffie(window)
    window.select_principle(4)
    panes = (window.amendments, window.moties)
    assert all(not pane.new_button.isEnabled() for pane in panes)
    for pane in panes:
        assert not pane.empty.isHidden() and "Nieuw" not in pane.empty.text(), pane.empty.text()
        assert "pakketten" in pane.empty.text()
