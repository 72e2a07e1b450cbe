"""The file dialogs, starting where the last one ended (``Settings.last_folder``): the griffie
merging a dozen packages from one folder, or a member saving amendments beside the meeting's
papers, is not sent back to the home folder every time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from raadsviewer.ui.settings import Settings


def _remember(settings: Settings, chosen: str | Sequence[str], *, folder: bool = False) -> None:
    paths = [chosen] if isinstance(chosen, str) else list(chosen)
    if paths and paths[0]:
        settings.last_folder = Path(paths[0]) if folder else Path(paths[0]).parent


def save_name(settings: Settings, parent: QWidget, title: str, name: str, filters: str) -> tuple[str, str]:
    """A file to save as (the suggested ``name`` in the last folder), and the filter chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(settings.last_folder / name), filters)
    _remember(settings, path)
    return path, chosen


def open_name(settings: Settings, parent: QWidget, title: str, filters: str) -> tuple[str, str]:
    path, chosen = QFileDialog.getOpenFileName(parent, title, str(settings.last_folder), filters)
    _remember(settings, path)
    return path, chosen


def open_names(settings: Settings, parent: QWidget, title: str, filters: str) -> tuple[list[str], str]:
    paths, chosen = QFileDialog.getOpenFileNames(parent, title, str(settings.last_folder), filters)
    _remember(settings, paths)
    return paths, chosen
