"""The window remembers its size and the panes' sizes between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raadsviewer.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QWidget

# What the window manager adds around a window (title bar, borders), kept free on the screen
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window`` at the size it is designed for, but no larger than the free part of its screen:
    on a 1366 x 768 laptop a 860-pixel window put its status bar and buttons below the screen's
    edge. A remembered size is left to ``restoreGeometry``, which fits it already."""
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, max(free.width() - FRAME_WIDTH, 1))
        height = min(height, max(free.height() - FRAME_HEIGHT, 1))
    window.resize(width, height)


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
            self.restore_splitters(shown=False)
        else:
            fit_to_screen(self.window, 1360, 860)

    def restore_splitters(self, *, shown: bool = True) -> None:
        """The panes' remembered sizes. Called before the window is shown, when its size was
        restored too: the panes are then laid out once, at their sizes (given only when shown,
        Qt first laid them out from the sizes they were built with, then again). Called again when
        the window is first shown, for a window whose size changed on the way (another screen):
        sizes only stick once the window has its final size. Not after that, so that showing the
        window again never undoes a pane the user dragged."""
        if self._splitters_restored:
            return
        self._splitters_restored = shown
        for key, splitter in self.splitters.items():
            state = self.settings.bytes(f"window/{key}")
            if state is not None:
                splitter.restoreState(state)

    def save(self) -> None:
        self.settings.set_bytes("window/geometry", self.window.saveGeometry())
        for key, splitter in self.splitters.items():
            # The panes as they are seen: a splitter keeps the sizes it was last given, which the
            # window may have had to change (too small for them, or panes at their minimum), and
            # restoring those made every start lay the window out twice.
            splitter.setSizes(splitter.sizes())
            self.settings.set_bytes(f"window/{key}", splitter.saveState())
        self.settings.sync()
