"""Unexpected errors: logged with their traceback in a rotating log, and shown in a dialog that
says what happened, where the log is, and lets the user copy both for the helpdesk."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from raadsviewer.domain.errors import UserFacingError

LOG_NAME = "raadsviewer.log"
log = logging.getLogger("raadsviewer")


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("raadsviewer", appauthor=False))


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to ``raadsviewer.log`` in the user's log folder, rotating at 1 MB, five old files kept."""
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(
        isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers
    ):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, details: str, log_path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setMinimumSize(560, 380)
        self.details_text = details
        self.log_path = log_path
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "raadsviewer stuitte op een onverwachte fout. Uw opgeslagen werk is veilig: elke wijziging "
                "wordt direct bewaard. Wilt u de fout melden? Kopieer dan de gegevens hieronder."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        what = QLabel(summary)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        layout.addWidget(what)
        where = QLabel(self.tr("Logbestand: {path}").format(path=log_path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technische gegevens"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("Log&map openen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def report_text(self) -> str:
        from raadsviewer import __version__

        log_word = self.tr("Logbestand")
        return f"raadsviewer {__version__}\n{log_word}: {self.log_path}\n\n{self.details_text}"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


def install_excepthook(log_path: Path, parent_getter=lambda: None) -> None:  # type: ignore[no-untyped-def]
    """Unhandled exceptions (GUI thread or workers) are logged and shown instead of lost."""
    showing = threading.Lock()

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(value, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if threading.current_thread() is not threading.main_thread():
            return  # logged; the GUI thread shows errors of its own work (TaskRunner reports them)
        if not showing.acquire(blocking=False):
            return  # one dialog at a time
        try:
            summary = value.message() if isinstance(value, UserFacingError) else f"{kind.__name__}: {value}"
            CrashDialog(parent_getter(), summary, details, log_path).exec()
        finally:
            showing.release()

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
