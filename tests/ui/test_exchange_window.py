"""Working offline together in the window: export with preview, the clerk's merge, undo of a merge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import keys
from raadsviewer.storage.db import Store
from raadsviewer.ui.background import SyncRunner
from raadsviewer.ui.exchange import ExportPackageDialog
from raadsviewer.ui.main_window import MainWindow
from raadsviewer.ui.settings import Settings
from tests.ui.conftest import answer_key_question


def test_export_merge_undo_redo(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    # The clerk starts from a copy of the prepared store file, as the griffie would hand it out.
    clerk_path = tmp_path / "griffie.sqlite"
    window.context.store.engine.dispose()
    shutil.copy(window.context.store.path, clerk_path)
    clerk_store = Store(clerk_path)
    from raadsviewer.services.roles import set_owner_griffie

    set_owner_griffie(clerk_store)  # the griffie's store: it sees what the griffie may see
    clerk_settings = Settings(QSettings(str(tmp_path / "griffie.ini"), QSettings.Format.IniFormat))
    clerk_settings.faction, clerk_settings.member = "Griffie", "Griffier"
    clerk = MainWindow(clerk_store, clerk_settings, runner=SyncRunner())
    qtbot.addWidget(clerk)
    clerk.load_dossier()

    window.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("Toegang onafhankelijk", Stance.ZORG, Visibility.GRIFFIE)
    )
    window.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("Alleen voor mij", Stance.NOTITIE, Visibility.PRIVE)
    )
    shown: list[ExportPackageDialog] = []

    def accept(dialog: ExportPackageDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPackageDialog, "exec", accept)
    asked = answer_key_question(monkeypatch)
    package = tmp_path / "groenlinks.raadspakket"
    window.exchange.export_package(str(package))
    assert package.exists()
    assert asked == ["Deze laptop heeft nog geen sleutel van GroenLinks."]  # the first export makes the key
    window.exchange.export_package(str(tmp_path / "tweede.raadspakket"))
    assert len(asked) == 1  # asked once: the key is there now
    listed = [shown[0].items.topLevelItem(i).text(0) for i in range(shown[0].items.topLevelItemCount())]
    assert len(listed) == 1 and "griffie" in listed[0]  # the private note is not in the package

    public = tmp_path / "groenlinks.pub"
    keys.export_public_key(window.context.store, "GroenLinks", public)
    keys.trust_public_key(clerk_store, public)

    clerk.exchange.merge_packages([str(package)])
    dialog = clerk.exchange.merge_dialog
    [report] = dialog.reports
    assert (report.status, report.faction, report.new) == ("would_merge", "GroenLinks", 1)
    assert (
        annotation_service.list_annotations(clerk_store, clerk.context.view.dossier.id) == []
    )  # the preview wrote nothing
    dialog.merge()
    assert dialog.reports[0].status == "merged"
    bodies = [a.body for a in clerk.context.annotations]
    assert bodies == ["Toegang onafhankelijk"]
    # the note came in for principle 7 while the clerk reads another one: it is there when chosen
    assert clerk.context.current_principle.number != 7 and clerk.annotations.model.rowCount() == 0
    clerk.select_principle(7)
    model = clerk.annotations.model
    assert [model.annotation(r).body for r in range(model.rowCount())] == ["Toegang onafhankelijk"]
    assert clerk.undo_stack.count() == 1
    clerk.undo_action.trigger()  # Bewerken › Ongedaan maken
    assert clerk.context.annotations == []
    assert clerk.statusBar().currentMessage() == "Samenvoegen ongedaan gemaakt: het pakket is teruggedraaid."
    clerk.redo_action.trigger()
    assert [a.body for a in clerk.context.annotations] == ["Toegang onafhankelijk"]
    assert "Opnieuw samengevoegd" in clerk.statusBar().currentMessage()

    dialog.preview()  # the same package again: nothing more to do
    assert dialog.reports[0].status == "already_merged"
    clerk_store.close()


def test_a_package_opened_by_the_system_starts_the_merge_preview(window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from raadsviewer.ui.startup import package_opener

    opened: list[list[str]] = []
    app = QCoreApplication.instance()
    opener = package_opener(opened.append)
    app.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent("/tmp/gl.raadspakket"))
        QCoreApplication.sendEvent(app, QFileOpenEvent("/tmp/notitie.txt"))
        qtbot.waitUntil(lambda: opened == [["/tmp/gl.raadspakket"]], timeout=2000)
    finally:
        app.removeEventFilter(opener)


def _two_versions_at_the_griffie(qtbot, tmp_path: Path, gijs, gea: str = "versie van Gea"):  # type: ignore[no-untyped-def]
    """A note of Groen, rewritten by Gea on one laptop and changed by ``gijs(store, note_id)`` on
    another; both packages merged at the griffie, whose window is returned with the laptops."""
    from raadsviewer.services import exchange as ex
    from raadsviewer.services import roles
    from tests.services.test_exchange_support import dossier_id, edit, laptop, note, prepare, share_key, trust

    prepared = prepare(tmp_path / "prepared")
    g1, g2, clerk = (laptop(prepared, tmp_path / f"{n}.sqlite") for n in ("g1", "g2", "clerk"))
    a = note(g1, "Groen", "basis")
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", tmp_path / "base.raadspakket")
    share_key(g1, g2, "Groen", tmp_path)
    ex.merge_packages(g2, [tmp_path / "base.raadspakket"])
    edit(g1, a.id, "Groen", gea)
    gijs(g2, a.id)
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", tmp_path / "one.raadspakket")
    ex.export_package(g2, dossier_id(g2), "Groen", "Gijs", tmp_path / "two.raadspakket")
    trust(g1, clerk, "Groen", tmp_path)
    ex.merge_packages(clerk, [tmp_path / "one.raadspakket", tmp_path / "two.raadspakket"])
    roles.set_owner_griffie(clerk)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(clerk, settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.context.load_identity()
    window.load_dossier()
    return window, (g1, g2)


def test_the_conflict_view_names_who_made_each_version(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Gea edits a note on one laptop, Gijs deletes it on another; the griffie merges both: each
    version in Conflicten says who made it (the note's author is Gea for both)."""
    from raadsviewer.ui.exchange import ConflictsDialog

    window, laptops = _two_versions_at_the_griffie(
        qtbot, tmp_path, lambda store, note_id: annotation_service.delete_annotation(store, note_id, faction="Groen")
    )
    seen: list[str] = []

    listed: list[str] = []
    buttons: list[str] = []

    def look(dialog: ConflictsDialog) -> int:
        seen.extend(view.toPlainText() for view in dialog.views[1:])
        listed.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        buttons.extend(b.text() for b in dialog.pick_buttons)
        assert not any(b.autoDefault() or b.isDefault() for b in dialog.pick_buttons)  # Enter keeps nothing
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ConflictsDialog, "exec", look)
    window.exchange.conflicts_action.trigger()  # Bestand › Conflicten…
    assert len(seen) == 2
    by_version = {("verwijderd" in text): text for text in seen}
    assert "Gea (Groen)" in by_version[False] and "Gijs (Groen)" in by_version[True]
    assert "Gijs" not in by_version[False] and "Gea" not in by_version[True]
    assert listed == ["Annotatie · Groen\nbasis"] or listed[0].startswith("Annotatie · Groen\n"), listed
    assert len(set(buttons)) == 2  # each button says which version it keeps
    for store in laptops:
        store.close()


def test_the_griffie_combines_two_versions_of_a_note_into_one(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Gea and Gijs each rewrote the same note; neither version alone says it all. Zelf
    samenvoegen… offers both texts, one under the other, and the text the griffie makes of them
    becomes the note's version after both (the command line had this; the window did not). When
    the save is refused (the store in use), the box opens again with the text as written."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.services import exchange as ex
    from raadsviewer.ui import svc
    from raadsviewer.ui.dialogs import CombineDialog
    from raadsviewer.ui.exchange import ConflictsDialog
    from tests.services.test_exchange_support import dossier_id, edit

    window, laptops = _two_versions_at_the_griffie(
        qtbot,
        tmp_path,
        lambda store, note_id: edit(store, note_id, "Groen", "Wachttijden in de rapportage."),
        "De toegang blijft onafhankelijk.",
    )
    clerk = window.context.store
    combined = "De toegang blijft onafhankelijk. Wachttijden in de rapportage."
    offered: list[str] = []

    def write(dialog: CombineDialog) -> int:
        offered.append(dialog.body.toPlainText())
        if len(offered) == 1:
            dialog.body.selectAll()
            dialog.body.insertPlainText(combined)  # as typed over the two versions
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    refusals: list[str] = []
    real = svc.exchange.resolve_conflict

    def busy_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not refusals:
            refusals.append("busy")
            raise UserFacingError("store_locked")
        return real(*args, **kwargs)

    left: list[int] = []

    def griffie(dialog: ConflictsDialog) -> int:
        assert dialog.combine_button.isEnabled() and not dialog.combine_button.autoDefault()
        dialog.combine_button.click()
        left.append(len(dialog.conflicts))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CombineDialog, "exec", write)
    monkeypatch.setattr(svc.exchange, "resolve_conflict", busy_once)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(ConflictsDialog, "exec", griffie)
    window.exchange.conflicts_action.trigger()  # Bestand › Conflicten…
    both, again = offered
    assert "De toegang blijft onafhankelijk." in both and "Wachttijden in de rapportage." in both
    assert again == combined  # refused once: offered again as written, not as the two versions
    assert left == [0]  # resolved
    [kept] = annotation_service.list_annotations(clerk, dossier_id(clerk))
    assert kept.body == combined
    assert ex.list_conflicts(clerk, dossier_id(clerk)) == []
    for store in laptops:
        store.close()


def test_the_package_preview_per_audience_the_role_in_view_and_untrusting_a_key(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    """What a package carries is shown per audience before it is written; the status bar says who
    works here; the griffie stops trusting a faction's key from the menu and its packages are
    refused from then on."""
    from PySide6.QtWidgets import QInputDialog

    from tests.ui.conftest import become_griffie

    assert window.identity_label.text().startswith("Fractie: GroenLinks")
    for body, visibility in (("Voor de griffie", Visibility.GRIFFIE), ("Alleen de fractie", Visibility.FRACTIE)):
        window.annotations.push_add(principle_number=7, draft=AnnotationDraft(body, Stance.ZORG, visibility))
    seen: dict[str, list[str]] = {}

    def look(dialog: ExportPackageDialog) -> int:
        for audience, button in (("griffie", dialog.for_griffie), ("fractie", dialog.for_faction)):
            button.setChecked(True)
            seen[audience] = [dialog.items.topLevelItem(i).text(0) for i in range(dialog.items.topLevelItemCount())]
            seen[audience + " sealed"] = [dialog.sealed.text()]
        dialog.for_griffie.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPackageDialog, "exec", look)
    answer_key_question(monkeypatch)
    package = tmp_path / "groenlinks.raadspakket"
    window.exchange.export_package(str(package))  # the file dialog answered
    assert [t.split(" · ")[1] for t in seen["griffie"]] == ["griffie"]
    assert sorted(t.split(" · ")[1] for t in seen["fractie"]) == ["fractie", "griffie"]
    assert seen["griffie sealed"] != seen["fractie sealed"]

    public = tmp_path / "groenlinks.pub"
    keys.export_public_key(window.context.store, "GroenLinks", public)
    become_griffie(window)
    assert window.identity_label.text() == "Griffie"
    # Bestand › Fractiesleutel › Sleutel van een fractie vertrouwen…: the fingerprint is shown and
    # compared first; No trusts nothing, Yes trusts the key
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(public), ""))
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or next(answers))
    window.statusBar().clearMessage()
    window.exchange.trust_key_action.trigger()
    assert "vertrouwd" not in window.statusBar().currentMessage()  # No: nothing trusted
    window.exchange.trust_key_action.trigger()
    assert len(asked) == 2 and keys.read_public_key(public)[1] in asked[0]
    assert "GroenLinks wordt vertrouwd" in window.statusBar().currentMessage()
    window.exchange.merge_packages([str(package)])
    [report] = window.exchange.merge_dialog.reports
    assert report.status == "would_merge", report  # trusted: the preview would take it in
    window.exchange.merge_dialog.close()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("GroenLinks", True))
    assert window.exchange.untrust_key_action.isEnabled()
    window.exchange.untrust_key_action.trigger()
    window.exchange.merge_packages([str(package)])
    [report] = window.exchange.merge_dialog.reports
    assert report.status == "refused", report


def test_the_merge_dialog_tells_the_clerk_which_items_of_a_package_were_refused(qtbot, tmp_path: Path) -> None:
    """A package that merges but with an item refused (here: a version that changes an amendment
    after it was submitted) said only "samengevoegd": the clerk now reads which was refused, by
    its number, and why."""
    import json

    from raadsviewer.domain import package as P
    from raadsviewer.services import amendments as am
    from raadsviewer.services import exchange as ex
    from tests.services.trust_support import (
        AMENDMENT,
        build_world,
        dossier_id,
        forged,
        inner_for_griffie,
        rehash,
        secret_key,
    )

    world = build_world(tmp_path)
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    a = am.add_amendment(groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=AMENDMENT)
    am.submit_amendment(groen, a.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "honest.raadspakket")
    assert not ex.merge_packages(g, [d / "honest.raadspakket"])[0].refused
    inner = inner_for_griffie(world, d / "honest.raadspakket")
    amds = inner[P.AMENDMENTS]["revisions"]
    head = max(amds, key=lambda r: r["content"]["version"])
    changed = json.loads(json.dumps(head))
    changed["parents"], changed["content"]["version"] = [head["id"]], 9
    changed["content"]["new_text"] = "Na het indienen veranderd"
    path = d / "veranderd.raadspakket"
    manifest = dict(inner[P.MANIFEST]) | {"sequence": 2}
    path.write_bytes(
        forged(manifest, inner[P.ANNOTATIONS]["revisions"], [*amds, rehash(changed)], secret_key(groen, "Groen"))
    )
    settings = Settings(QSettings(str(tmp_path / "griffie.ini"), QSettings.Format.IniFormat))
    clerk = MainWindow(g, settings, runner=SyncRunner())
    qtbot.addWidget(clerk)
    clerk.load_dossier()
    clerk.exchange.merge_packages([str(path)])
    dialog = clerk.exchange.merge_dialog
    dialog.merge()
    status = dialog.table.item(0, dialog.table.columnCount() - 1)
    assert status.text().startswith("samengevoegd · 1 item geweigerd: Item A1 is al ingediend")
    assert "niet de tekst" in status.text() and status.toolTip() == status.text()
    assert dialog.table.rowHeight(0) >= dialog.table.sizeHintForRow(0)  # the reason wraps, all of it shown
    dialog.close()
    for store in (g, groen, world["rood"]):
        store.close()


@pytest.mark.parametrize("owner", ["member", "nobody yet"])
def test_a_new_laptop_opens_the_griffies_dossier_from_the_menu(qtbot, tmp_path: Path, monkeypatch, owner: str) -> None:  # type: ignore[no-untyped-def]
    """Bestand › Dossier van de griffie importeren… on a laptop that knew no griffie yet: asking
    whether the griffie's key was known made a griffie key, so a member's laptop refused the import
    as the griffie's decision, and a laptop not yet anyone's became the griffie's for good. Now the
    fingerprint is asked, the dossier comes in, and the laptop can still become a faction's."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from raadsviewer.services import keys, roles
    from tests.services.trust_support import dossier_file, griffie

    clerk = griffie(tmp_path / "griffie.sqlite")
    path, fingerprint = dossier_file(clerk, tmp_path / "jeugd.raadsdossier")
    title = window_title(clerk)
    clerk.close()
    laptop = Store(tmp_path / "laptop.sqlite")
    if owner == "member":
        roles.set_owner_member(laptop, "Groen", "Gea")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(laptop, settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.context.load_identity()
    window.load_dossier()
    asked: list[str] = []
    refused: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: refused.append(text))
    window.exchange.import_dossier_action.trigger()
    assert refused == []
    assert len(asked) == 1 and fingerprint in asked[0]  # compared by phone first
    assert window.context.view is not None and window.context.view.dossier.title == title
    assert keys.known_griffie_fingerprint(laptop) == fingerprint
    if owner != "member":
        roles.set_owner_member(laptop, "Groen", "Gea")  # still free to become a faction member's laptop
    laptop.close()


def window_title(store: Store) -> str:
    from raadsviewer.services.documents import list_dossiers

    return list_dossiers(store)[0].title


def test_a_second_laptop_takes_the_colleagues_key_over_before_its_first_export(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A colleague's laptop already has GroenLinks' key (the griffie trusts it). This laptop's
    first export asks before it makes a second key (which the griffie would refuse); the member
    chooses to import the colleague's key (file and passphrase as the menu asks them), and the
    package is signed with that key."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    colleague = tmp_path / "collega.sqlite"
    window.context.store.engine.dispose()
    shutil.copy(window.context.store.path, colleague)
    other = Store(colleague)
    their = keys.ensure_key(other, "GroenLinks")
    secret = tmp_path / "groenlinks.sleutel"
    keys.export_secret_key(other, "GroenLinks", secret, "een lang wachtwoord")
    other.close()
    assert not keys.has_own_key(window.context.store, "GroenLinks")
    asked = answer_key_question(monkeypatch, "Sleutel van een collega")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(secret), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("een lang wachtwoord", True))
    signed: list[str] = []

    def accept(dialog: ExportPackageDialog) -> int:
        signed.extend(label.text() for label in dialog.findChildren(QLabel) if "vingerafdruk" in label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPackageDialog, "exec", accept)
    package = tmp_path / "groenlinks.raadspakket"
    window.exchange.export_package(str(package))
    assert len(asked) == 1 and package.exists()
    assert keys.faction_key_fingerprint(window.context.store, "GroenLinks") == their
    assert len(signed) == 1 and their in signed[0]


def test_a_laptop_with_a_key_of_its_own_replaces_it_with_the_colleagues_when_asked(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Asking for the key's fingerprint asks first whether to make the key (cancelled: none is
    made). A laptop that made its own key takes the colleague's over only when the member agrees
    to replace its own (it was refused for good before: the griffie's advice led nowhere)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    asked = answer_key_question(monkeypatch, "Cancel")
    window.exchange.fingerprint_action.trigger()
    assert len(asked) == 1 and not keys.has_own_key(window.context.store, "GroenLinks")
    own = keys.ensure_key(window.context.store, "GroenLinks")
    colleague = tmp_path / "collega.sqlite"
    window.context.store.engine.dispose()
    shutil.copy(window.context.store.path, colleague)
    other = Store(colleague)
    with other.session() as session:  # the colleague's laptop holds the faction's first key
        from raadsviewer.storage.models import FactionKeyRow

        for row in session.query(FactionKeyRow).all():
            session.delete(row)
    their = keys.ensure_key(other, "GroenLinks")
    secret = tmp_path / "groenlinks.sleutel"
    keys.export_secret_key(other, "GroenLinks", secret, "een lang wachtwoord")
    other.close()
    assert own != their
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(secret), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("een lang wachtwoord", True))
    replaced = answer_key_question(monkeypatch, "Eigen sleutel vervangen")
    window.exchange.import_secret_action.trigger()
    assert len(replaced) == 1 and "eigen sleutel" in replaced[0]
    assert keys.faction_key_fingerprint(window.context.store, "GroenLinks") == their
    assert "geïmporteerd" in window.statusBar().currentMessage()


def test_a_wrong_choice_in_a_conflict_is_taken_back_with_ctrl_z(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The griffie keeps the wrong version of a note: Ctrl+Z in Conflicten (or Bewerken ›
    Ongedaan maken in the window) puts the conflict back with both versions; redo chooses again."""
    from PySide6.QtCore import Qt

    from raadsviewer.services import exchange as ex
    from raadsviewer.ui.exchange import ConflictsDialog
    from tests.services.test_exchange_support import dossier_id, edit

    window, laptops = _two_versions_at_the_griffie(
        qtbot,
        tmp_path,
        lambda store, note_id: edit(store, note_id, "Groen", "Versie van Gijs."),
        "Versie van Gea.",
    )
    clerk = window.context.store
    seen: list[tuple[int, bool]] = []

    def body() -> str:
        [note] = annotation_service.list_annotations(clerk, dossier_id(clerk))
        return note.body

    def griffie(dialog: ConflictsDialog) -> int:
        seen.append((len(dialog.conflicts), dialog.undo_button.isEnabled()))
        first = "Gijs" in dialog.views[1].toPlainText()
        dialog.pick_buttons[0 if first else 1].click()  # keeps Gijs's version: the wrong one
        seen.append((len(dialog.conflicts), dialog.undo_button.isEnabled()))
        assert body() == "Versie van Gijs."
        dialog.show()  # (exec, replaced here, shows it: a shortcut works in a window shown)
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(dialog.conflicts) == 1)  # (a button's shortcut clicks it a moment later)
        seen.append((len(dialog.conflicts), dialog.undo_button.isEnabled()))
        dialog.pick_buttons[1 if first else 0].click()  # Gea's
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ConflictsDialog, "exec", griffie)
    window.exchange.conflicts_action.trigger()  # Bestand › Conflicten…
    assert seen == [(1, False), (0, True), (1, False)]
    assert body() == "Versie van Gea." and ex.list_conflicts(clerk, dossier_id(clerk)) == []
    undo, redo = window.context.undo_stack.createUndoAction(window), window.context.undo_stack.createRedoAction(window)
    undo.trigger()  # as Bewerken › Ongedaan maken
    [conflict] = ex.list_conflicts(clerk, dossier_id(clerk))
    assert len(conflict.heads) == 2
    redo.trigger()
    assert body() == "Versie van Gea." and ex.list_conflicts(clerk, dossier_id(clerk)) == []
    for store in laptops:
        store.close()
