"""Working offline together in the window: export with preview, the clerk's merge, undo of a merge."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import keys
from raadsviewer.storage.db import Store
from raadsviewer.ui.background import SyncRunner
from raadsviewer.ui.exchange import ExportPackageDialog
from raadsviewer.ui.main_window import MainWindow
from raadsviewer.ui.settings import Settings


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
    package = tmp_path / "groenlinks.raadspakket"
    window.exchange.export_package(str(package))
    assert package.exists()
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
    assert clerk.undo_stack.count() == 1
    clerk.undo_stack.undo()
    assert clerk.context.annotations == []
    clerk.undo_stack.redo()
    assert [a.body for a in clerk.context.annotations] == ["Toegang onafhankelijk"]

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
