"""The main window's menus: which action goes where. The actions belong to the panes and
controllers; this only places them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def build_menus(window: Any) -> None:
    a, x, d, p = window.annotations, window.exchange, window.dossiers, window.preferences
    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
    for action in (d.new_action, d.open_action):
        file_menu.addAction(action)
    file_menu.addMenu(d.recent_menu)
    file_menu.addSeparator()
    for action in (window.import_action, window.versions.new_version_action, window.draft_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (x.import_dossier_action, x.export_dossier_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (x.export_package_action, x.merge_action, x.conflicts_action):
        file_menu.addAction(action)
    keys_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Fractiesleutel"))
    for action in x.key_actions():
        keys_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.safety.backup_action)
    file_menu.addAction(window.safety.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Be&werken"))
    for action in (window.undo_action, window.redo_action):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (a.add_action, window.annotate_selection_action, a.edit_action, a.delete_action):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.amend_action)
    edit_menu.addAction(a.include_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.principle_corrections.edit_action)
    edit_menu.addSeparator()
    edit_menu.addAction(p.identity_action)
    edit_menu.addAction(p.settings_action)
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Beel&d"))
    for action in (window.previous_action, window.next_action, window.pages_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in window.searching.actions():
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(window.drafts.overview_action)
    view_menu.addSeparator()
    for action in (p.zoom_in_action, p.zoom_out_action, p.zoom_reset_action):
        view_menu.addAction(action)
    council_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Raad"))
    council_menu.addAction(window.amend_action)
    council_menu.addAction(window.motie_action)
    council_menu.addSeparator()
    for action in window.procedure.actions():
        council_menu.addAction(action)
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(p.help_action)
    help_menu.addAction(p.about_action)
