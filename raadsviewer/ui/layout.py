"""The window remembers its size and the panes' sizes between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raadsviewer.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QWidget


class LayoutMemory:
    def __init__(self, window: QWidget, settings: Settings, splitters: dict[str, QSplitter]) -> None:
        self.window = window
        self.settings = settings
        self.splitters = splitters
        self._splitters_restored = False

    def restore_geometry(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1360, 860)

    def restore_splitters(self) -> None:
        """Splitter sizes only stick once the window has its final size: call when first shown."""
        if self._splitters_restored:
            return
        self._splitters_restored = True
        for key, splitter in self.splitters.items():
            state = self.settings.bytes(f"window/{key}")
            if state is not None:
                splitter.restoreState(state)

    def save(self) -> None:
        self.settings.set_bytes("window/geometry", self.window.saveGeometry())
        for key, splitter in self.splitters.items():
            self.settings.set_bytes(f"window/{key}", splitter.saveState())
        self.settings.sync()
