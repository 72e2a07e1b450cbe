"""Text being written when the program stopped before it was saved (killed, a power cut, a crash,
the laptop shut at logout with an editor open): kept in a file while a note, amendment or motie is
being written (and the fields changed in a dialog of fields, a vote or the settings, when the
session logs out with it open), and shown again at the next start, so that nothing typed is lost.

A note, amendment or motie kept with what it was written about (``resume``: the editor, what it
was opened on, the draft's fields as ``domain.drafts`` writes them) goes back into its editor
when the person chooses Verder schrijven; the editor then asks before it is closed unsaved, as
one whose save was refused does. Anything else is shown to copy.

One file per running program (at most one editor is open at a time: they are modal), in a folder
of this user's data per store (a store's drafts are shown only with that store: they have its
audience), beside a lock the program holds while it runs. A draft whose program still runs (a
second window on the same store) is that program's; one whose lock is stale was left behind.
The file goes when the text is saved in the store, or when the person throws it away.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FORMAT = "raadsviewer-niet-bewaard"
MAX_BYTES = 20 * 2**20  # a draft is at most a few texts of a few hundred thousand characters
_log = logging.getLogger("raadsviewer")

_folder: Path | None = None
_location = ""
_token = uuid.uuid4().hex  # this program's draft
_lock: QLockFile | None = None


@dataclass(frozen=True)
class Draft:
    """A text left behind: what was being written, about what, when, and its fields."""

    path: Path
    title: str
    about: str
    written_at: str
    fields: tuple[tuple[str, str], ...]
    resume: dict[str, Any] | None = None  # the editor to put it back into (see the module)

    def as_text(self) -> str:
        same = self.about.lower().startswith(self.title.lower())  # "Amendement op uitgangspunt 7"
        parts = [self.about if same else " — ".join(p for p in (self.title, self.about) if p)]
        for label, value in self.fields:
            if value.strip():
                parts.append(f"{label}:\n{value}")
        return "\n\n".join(parts)


def folder_for(location: str) -> Path:
    """The drafts of the store at ``location`` (its file, or its server and database). A file is
    named by its full path, so ``raad.sqlite`` typed in two folders is two stores, and
    ``./raad.sqlite`` and its full path one."""
    from platformdirs import user_data_dir

    if "://" not in location:
        try:
            location = str(Path(location).resolve())
        except (OSError, RuntimeError):
            pass
    digest = hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(user_data_dir("raadsviewer", appauthor=False)) / "niet-bewaard" / digest


def use(location: str) -> None:
    """The store this program writes in: what is being written is kept in its folder, and the
    program's lock there says, while it runs, that it has this store open (:func:`others_open`)."""
    global _folder, _location
    _folder, _location = (folder_for(location), location) if location else (None, "")
    if _folder is not None:
        try:
            _folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _held(_folder)
        except OSError as exc:  # a read-only data folder: drafts and the lock are not kept, work goes on
            _log.warning("could not mark the store as open here: %s", exc)


def others_open() -> int:
    """How many other programs (windows) have this store open now: their locks are held. (Restoring
    a backup under them would leave them writing into the file moved aside.)"""
    folder = _folder
    if folder is None or not folder.is_dir():
        return 0
    count = 0
    for path in folder.glob("*.lock"):
        if path.stem == _token:
            continue
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # stale: its program no longer runs (Qt removed the old lock)
            lock.unlock()
        else:
            count += 1
    return count


def _held(folder: Path) -> bool:
    """This program's lock in ``folder``, taken once: it says the drafts here are being written."""
    global _lock
    if _lock is not None:
        return True
    lock = QLockFile(str(folder / f"{_token}.lock"))
    lock.setStaleLockTime(0)  # only a lock of a program that no longer runs is stale
    if not lock.tryLock(0):
        return False
    _lock = lock
    return True


def keep(title: str, about: str, fields: list[tuple[str, str]], resume: dict[str, Any] | None = None) -> bool:
    """Keep what is being written (replacing what was kept before); False when it cannot be
    (no store yet, or the disk refused: the editor goes on, the store is what matters).
    ``resume``: how to put it back into its editor (see the module)."""
    folder = _folder
    if folder is None:
        return False
    data = {
        "format": FORMAT,
        "version": 1,
        "store": _location,
        "title": title,
        "about": about,
        "written_at": datetime.now().isoformat(timespec="seconds"),
        "fields": [[label, value] for label, value in fields],
    }
    if resume is not None:
        data["resume"] = resume
    target = folder / f"{_token}.json"
    part = folder / f".{_token}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _held(folder):
            return False
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(part, target)
    except OSError as exc:
        _log.warning("could not keep the text being written: %s", exc)
        part.unlink(missing_ok=True)
        return False
    return True


def forget() -> None:
    """What was being written is saved, or thrown away: its copy goes."""
    if _folder is not None:
        try:
            (_folder / f"{_token}.json").unlink(missing_ok=True)
        except OSError as exc:
            _log.warning("could not remove a kept text: %s", exc)


def left_behind() -> list[Draft]:
    """Drafts of this store whose program no longer runs, oldest first."""
    folder = _folder
    if folder is None or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        token = path.stem
        if token == _token:
            continue
        lock = QLockFile(str(folder / f"{token}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):  # its program still runs (another window on this store)
            continue
        lock.unlock()
        draft = _read(path)
        if draft is not None:
            found.append(draft)
    return sorted(found, key=lambda d: d.written_at)


def _read(path: Path) -> Draft | None:
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):  # a link, a pipe, a device: never this program's file
            raise ValueError("not a plain file")
        if info.st_size > MAX_BYTES:
            raise ValueError("too large")
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        data: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a kept text")
        fields = tuple((str(label), str(value)) for label, value in data["fields"])
        resume = data.get("resume")  # checked field by field when used (``domain.drafts``)
        return Draft(
            path,
            str(data.get("title", "")),
            str(data.get("about", "")),
            str(data["written_at"]),
            fields,
            resume if isinstance(resume, dict) else None,
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:  # half-written or foreign: left alone
        _log.warning("a kept text could not be read (%s): %s", path.name, exc)
        return None


def throw_away(drafts: list[Draft]) -> None:
    for draft in drafts:
        for path in (draft.path, draft.path.with_suffix(".lock")):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                _log.warning("could not remove a kept text: %s", exc)


def adopt(draft: Draft) -> bool:
    """A text left behind taken over by this program, to be written on: kept as this program's
    own (so a stop while it is written on keeps it again) and its old copy gone. False when it
    cannot be kept here: the old copy stays, and is offered again at the next start."""
    if not keep(draft.title, draft.about, list(draft.fields), draft.resume):
        return False
    throw_away([draft])
    return True


class Writer(Protocol):
    """What puts a kept text back into its editor: the window's panes (``MainWindow``)."""

    def can_resume(self, resume: dict[str, Any]) -> bool: ...

    def resume(self, resume: dict[str, Any]) -> None:
        """Open the editor with the text; returns when it is closed (saved or not)."""


def offer(parent: QWidget, writer: Writer | None = None) -> None:
    """At start: show the texts left behind. One that ``writer`` can put back into its editor
    is written on there (Verder schrijven), the others are shown again afterwards; the rest are
    there to copy, thrown away when the person says so, else shown again at the next start."""
    from raadsviewer.ui.modal import answered

    while True:
        drafts = left_behind()
        if not drafts:
            return
        _log.info("texts not saved when the program last stopped: %d", len(drafts))
        resumable = [d for d in drafts if writer is not None and d.resume is not None and writer.can_resume(d.resume)]
        dialog = LeftBehindDialog(parent, drafts, resumable[-1] if resumable else None)
        if not answered(dialog):
            return
        if dialog.thrown_away:
            throw_away(drafts)
            return
        chosen = dialog.resuming
        if chosen is None or writer is None or chosen.resume is None:
            return
        adopted = adopt(chosen)
        _log.info("a text not saved is written on again")
        writer.resume(chosen.resume)
        if not adopted:  # its old copy is still there: offered again at the next start, not now
            return


class LeftBehindDialog(QDialog):
    """The texts, read-only, to copy; Verder schrijven puts ``resumable`` back into its editor,
    Later keeps them, Throw away (asked) removes them."""

    def __init__(self, parent: QWidget | None, drafts: list[Draft], resumable: Draft | None = None) -> None:
        super().__init__(parent)
        self.thrown_away = False
        self.resuming: Draft | None = None
        self.setWindowTitle(self.tr("Niet bewaarde tekst"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "raadsviewer stopte terwijl u dit schreef of invulde, en het is niet in de opslag "
                "bewaard. Kopieer wat u wilt houden en vul het opnieuw in waar u het schreef "
                "(Annotatie toevoegen, Amendement, Motie, een stemming of de instellingen)."
            )
            if resumable is None
            else self.tr(
                "raadsviewer stopte terwijl u dit schreef, en het is niet in de opslag bewaard. "
                "Verder schrijven zet {about} terug in de editor waarin u het schreef."
            ).format(about=f"‘{resumable.about or resumable.title}’")
            + (" " + self.tr("Wat er verder onder staat, ziet u daarna weer.") if len(drafts) > 1 else "")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Niet bewaarde tekst"))
        self.text.setPlainText(
            "\n\n\n".join(
                self.tr("Geschreven tot {when}").format(when=d.written_at.replace("T", " ")) + "\n" + d.as_text()
                for d in drafts
            )
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.resume_button: QPushButton | None = None
        if resumable is not None:
            resume = QPushButton(self.tr("&Verder schrijven"))
            resume.setToolTip(
                self.tr("Opent {about} weer in de editor, met wat u schreef").format(
                    about=f"‘{resumable.about or resumable.title}’"
                )
            )
            resume.clicked.connect(lambda: self._resume(resumable))
            buttons.addButton(resume, QDialogButtonBox.ButtonRole.AcceptRole)
            self.resume_button = resume
        copy = QPushButton(self.tr("Alles &kopiëren"))
        copy.setAutoDefault(False)
        copy.clicked.connect(self.copy_all)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        later = QPushButton(self.tr("&Later"))
        later.setAutoDefault(False)
        later.setToolTip(self.tr("Bij de volgende start weer tonen"))
        later.clicked.connect(self.reject)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        discard = QPushButton(self.tr("&Weggooien…"))
        discard.setAutoDefault(False)
        discard.clicked.connect(self.throw_away)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout.addWidget(buttons)
        self.copy_button, self.later_button, self.discard_button = copy, later, discard
        self.text.setFocus()

    def _resume(self, draft: Draft) -> None:
        self.resuming = draft
        self.accept()

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def throw_away(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Weggooien"),
            self.tr("Deze tekst staat nergens anders. Weggooien?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.thrown_away = True
            self.accept()
