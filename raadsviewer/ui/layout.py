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
            self.restore_splitters(shown=False)
        else:
            self.window.resize(*first_size(self.window))

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


FIRST_SIZE = (1360, 860)  # the window at its first start, where the screen has room for it
SCREEN_SHARE = 0.9  # of the screen's free area at most, with room left for the window's frame


def first_size(window: QWidget) -> tuple[int, int]:
    """The window's size at its first start: ``FIRST_SIZE``, or less where the screen is smaller
    (a 1366 x 768 laptop), so the window opens whole and is laid out once, at its own size, rather
    than shown too large and then shrunk by the system (everything laid out a second time)."""
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.isEmpty():
        return FIRST_SIZE
    least = window.minimumSizeHint()  # the panes at their narrowest: never less than that
    return (
        max(least.width(), min(FIRST_SIZE[0], int(area.width() * SCREEN_SHARE))),
        max(least.height(), min(FIRST_SIZE[1], int(area.height() * SCREEN_SHARE))),
    )
