"""Modal dialogs, shown and let go."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the types are made when the first dialog is, not at start
    from PySide6.QtWidgets import QDialog, QWidget

Answer = TypeVar("Answer")


def answered(dialog: QDialog) -> bool:
    """Show a modal dialog until it is answered; True when accepted.

    The dialog is deleted once the caller is done with it (deleteLater: after control returns to
    the event loop, so its values can still be read). A dialog made with the window as parent
    would otherwise live as long as the window: a few hundred notes cost tens of megabytes."""
    accepted = bool(dialog.exec() == type(dialog).DialogCode.Accepted)
    dialog.deleteLater()
    return accepted


def until_saved(
    ask: Callable[[Answer | None], Answer | None], save: Callable[[Answer], bool], first: Answer | None = None
) -> Answer | None:
    """Ask (a dialog someone writes in) and save the answer; when the save is refused (the store
    busy or on a full disk: the refusal is shown), ask again with what was typed in it, so
    that nothing typed is lost. ``ask(None)`` asks the first time, ``ask(answer)`` again with that
    answer; the answer saved, or None when the person closed the dialog. ``first``: a text never
    saved (kept when the program stopped, ``ui.recovery``), asked with as a refused one is."""
    retry: Answer | None = first
    while True:
        answer = ask(retry)
        if answer is None:
            return None
        if save(answer):
            from raadsviewer.ui import recovery

            recovery.forget()  # in the store now: its copy for a stop before the save goes
            return answer
        retry = answer


class Written:
    """A dialog someone writes in (a note, an amendment, a motie), before ``QDialog`` in its
    bases: Annuleren, Escape or the close button do not throw away what was typed unasked.
    ``_at_start`` is what it showed when it opened (set there); :meth:`unsaved` says that what it
    shows was never saved (its save was refused), so closing it asks as well."""

    _at_start: Any = None
    about = ""  # what is being written about ("Uitgangspunt 7: ..."), kept with the text
    resume: dict[str, Any] | None = None  # what it was opened on, kept with it (``ui.recovery``)

    def reopens(self, editor: str, action: str, **target: Any) -> Any:
        """Keep with the text what puts it back into this editor (``MainWindow.resume``): the
        editor (a kind of ``domain.drafts``), how it was opened, on what; returns the dialog."""
        self.resume = {"editor": editor, "action": action, **target}
        return self

    def draft(self) -> Any:
        raise NotImplementedError

    def unsaved(self) -> None:
        self._at_start = None

    def writing_keys(self, save: Any, *, enter_saves: bool) -> None:
        """Keys for writing: Tab moves on from a text field to the next (it typed a tab there, so
        the buttons could not be reached from the keyboard), Ctrl+Enter presses ``save``, and
        with ``enter_saves`` False Enter in a one-line field saves nothing (a title typed and Enter
        pressed saved a half-written amendment)."""
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QPlainTextEdit, QPushButton

        for edit in self.findChildren(QPlainTextEdit):  # type: ignore[attr-defined]
            edit.setTabChangesFocus(True)
        if not enter_saves:
            for button in self.findChildren(QPushButton):  # type: ignore[attr-defined]
                button.setAutoDefault(False)
                button.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: save.isEnabled() and save.click())
        save.setToolTip(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        self._keep_while_writing()

    def _keep_while_writing(self) -> None:
        """What is typed is kept in a file (``ui.recovery``) at most a second after it is typed,
        until it is saved or thrown away: a program killed, a power cut or a logout with the
        editor open loses no more than that second."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        timer = QTimer(self)  # type: ignore[arg-type]
        timer.setSingleShot(True)
        timer.setInterval(1000)
        timer.timeout.connect(self.keep_typed)
        self._keep_timer = timer  # stopped when the dialog closes (``done``): a save after the close

        def typed() -> None:
            if not timer.isActive():  # not restarted: a long burst of typing is kept every second
                timer.start()

        for edit in self.findChildren(QPlainTextEdit):  # type: ignore[attr-defined]
            if not edit.isReadOnly() and edit.accessibleName():
                edit.textChanged.connect(typed)
        for line in self.findChildren(QLineEdit):  # type: ignore[attr-defined]
            if line.accessibleName():
                line.textEdited.connect(typed)

    def kept_fields(self) -> list[tuple[str, str]]:
        """The texts typed here, by their names, as they are kept."""
        from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

        fields = [
            (line.accessibleName(), line.text())
            for line in self.findChildren(QLineEdit)  # type: ignore[attr-defined]
            if line.accessibleName() and not line.isReadOnly()
        ]
        fields += [
            (edit.accessibleName(), edit.toPlainText())
            for edit in self.findChildren(QPlainTextEdit)  # type: ignore[attr-defined]
            if edit.accessibleName() and not edit.isReadOnly()
        ]
        fields += [  # who may read it (a note privé), its stance: the text alone does not say
            (box.accessibleName(), box.currentText())
            for box in self.findChildren(QComboBox)  # type: ignore[attr-defined]
            if box.accessibleName()
        ]
        return fields

    def keep_typed(self) -> None:
        from raadsviewer.ui import recovery

        if self.draft() == self._at_start:
            recovery.forget()
        else:
            resume = None
            if self.resume is not None:
                from raadsviewer.domain.drafts import to_plain

                resume = {**self.resume, "draft": to_plain(self.draft())}
            recovery.keep(self.windowTitle(), self.about, self.kept_fields(), resume)  # type: ignore[attr-defined]

    def accept(self) -> None:
        self.keep_typed()  # until the save succeeds (``until_saved``): it may be refused
        super().accept()  # type: ignore[misc]

    def done(self, result: int) -> None:
        """Closed: a keeping still waiting on the timer would bring back, after the save, a copy
        the next start would offer as lost."""
        timer = getattr(self, "_keep_timer", None)
        if timer is not None:
            timer.stop()
        super().done(result)  # type: ignore[misc]

    def reject(self) -> None:
        if leaving(self):  # the session ends (logout, shutdown): nothing to ask; the text stays kept
            self.keep_typed()
            super().reject()  # type: ignore[misc]
            return
        if may_close_unsaved(self, self.draft() != self._at_start):  # type: ignore[arg-type]
            from raadsviewer.ui import recovery

            recovery.forget()
            super().reject()  # type: ignore[misc]


class AsksBeforeDiscarding:
    """A dialog of fields (the settings, the meeting's details, a vote of a dozen factions), before
    ``QDialog`` in its bases: Escape, Annuleren or the close button after something was changed
    asks first, as the editors do (``Written``). What it showed is taken when it is first shown.
    At a logout nothing is asked: the fields changed are kept (``ui.recovery``) for the next start."""

    _shown_with: tuple[Any, ...] | None = None
    _shown_fields: dict[str, str] = {}  # noqa: RUF012 (replaced, never changed in place)

    def filled_in(self) -> tuple[Any, ...]:
        """What the fields hold now: texts, choices, numbers, ticks."""
        from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

        values: list[Any] = []
        for widget in self.findChildren(QWidget):  # type: ignore[attr-defined]
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                values.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
        return tuple(values)

    def named_fields(self) -> dict[str, str]:
        """The fields with a name (their accessible name) and what they show: the words a person
        reads back. A password is never among them: it is not written to a file."""
        from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

        named: dict[str, str] = {}
        for widget in self.findChildren(QWidget):  # type: ignore[attr-defined]
            name = widget.accessibleName()
            if not name:
                continue
            if isinstance(widget, QLineEdit):
                if widget.echoMode() == QLineEdit.EchoMode.Normal:
                    named[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                named[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                named[name] = widget.currentText()
            elif isinstance(widget, QAbstractSpinBox):
                named[name] = widget.text()
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                named[name] = "✓" if widget.isChecked() else "–"
        return named

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if self._shown_with is None:
            self._shown_with = self.filled_in()
            self._shown_fields = self.named_fields()
        super().showEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        if leaving(self):  # the session ends: what was changed is kept (``ui.recovery``), not asked about
            self._keep_changes()
            super().reject()  # type: ignore[misc]
        elif self._shown_with is None or may_close_unsaved(self, self.filled_in() != self._shown_with):  # type: ignore[arg-type]
            super().reject()  # type: ignore[misc]

    def _keep_changes(self) -> None:
        """A logout with the votes of a dozen factions filled in, or the meeting's details: the
        fields changed since the dialog was shown are kept as an editor's text is, and shown at
        the next start to be entered again."""
        if self._shown_with is None or self.filled_in() == self._shown_with:
            return
        from raadsviewer.ui import recovery

        before = self._shown_fields
        changed = [(name, value) for name, value in self.named_fields().items() if before.get(name) != value]
        if changed:
            recovery.keep(self.windowTitle(), "", changed)  # type: ignore[attr-defined]


_LEAVING = "raadsviewer_leaving"


def leave(dialog: Any) -> None:
    """Close ``dialog`` because the program is being ended (the session logs out, the system shuts
    down): without asking, which would hold the logout up for good; an editor's text is kept
    (``ui.recovery``) and shown at the next start."""
    dialog.setProperty(_LEAVING, True)
    dialog.reject()


def leaving(dialog: Any) -> bool:
    return bool(dialog.property(_LEAVING))


def may_close_unsaved(dialog: QDialog, typed: bool) -> bool:
    """Whether a dialog someone writes in may close without keeping what was typed (Annuleren,
    Escape, the close button): at once when nothing was typed, else only when the person says so.
    One key must not throw away a rationale of several paragraphs."""
    if not typed:
        return True
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        dialog,
        QCoreApplication.translate("Modal", "Niet bewaard"),
        QCoreApplication.translate("Modal", "Wat u hier typte is nog niet bewaard. Weggooien?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,15}$")
_FILTER_SUFFIX = re.compile(r"\*\.(\w{1,15})")


def saved_as(path: str, chosen_filter: str, default: str) -> tuple[Path, str]:
    """The file a save dialog chose and its format: a name typed without a suffix ("amendement")
    gets the one of the chosen filter ("Word (*.docx)"), else ``default``, so the file is written
    as what it is and opens with a double click."""
    target = Path(path)
    if _SUFFIX.search(target.name):
        return target, target.suffix.lstrip(".").lower()
    found = _FILTER_SUFFIX.search(chosen_filter or "")
    fmt = found.group(1).lower() if found else default
    return target.with_name(f"{target.name}.{fmt}"), fmt


def choose(
    parent: QWidget | None, title: str, text: str, detail: str, answers: list[str], *, warn: bool = False
) -> int | None:
    """A question answered with the program's own words (``answers``, each a button with its access
    key; the first is the default) or Cancel: the index of the answer chosen, None when cancelled
    or closed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    roles = [QMessageBox.ButtonRole.AcceptRole, *[QMessageBox.ButtonRole.ActionRole] * (len(answers) - 1)]
    buttons = [box.addButton(words, role) for words, role in zip(answers, roles, strict=True)]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    answered(box)
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)
