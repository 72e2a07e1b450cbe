"""The griffie's part of the council's procedure: the meeting's facts, the vote on the proposal, the
stemlijst and the zienswijze the council sends (the letter followed by the raadsbesluit).

Everything here is the griffie's decision (``services.procedure``, ``services.council``): on a
faction laptop the actions stay off and say why in their tooltip.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import files, svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.help import show_as_problem
from raadsviewer.ui.modal import AsksBeforeDiscarding, answered, saved_as


class _DateField(QWidget):
    """A date that may be left unset (a check box before it)."""

    def __init__(self, value: date | None, name: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.set = QCheckBox()
        self.set.setAccessibleName(name)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setAccessibleName(name)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        self.set.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.set.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.set)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.set)  # the row's Alt+letter goes to the check box

    def value(self) -> date | None:
        if not self.set.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class CouncilDialog(AsksBeforeDiscarding, QDialog):
    """The meeting's facts as the griffie keeps them, and what the letter will say of the request.
    Used on its own (Vergadergegevens…) and before the letter is written (Zienswijze opstellen…)."""

    def __init__(self, parent: QWidget | None, settings: object, request: object, *, for_letter: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zienswijze opstellen") if for_letter else self.tr("Vergadergegevens"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        s, r = settings, request
        form = QFormLayout()
        self.municipality = QLineEdit(getattr(s, "municipality", ""))
        self.municipality.setAccessibleName(self.tr("Gemeente"))
        form.addRow(self.tr("De raad van de &gemeente:"), self.municipality)
        self.meeting_date = _DateField(getattr(s, "meeting_date", None), self.tr("Datum van de raadsvergadering"))
        form.addRow(self.tr("Raads&vergadering op:"), self.meeting_date)
        self.letter_date = _DateField(getattr(s, "letter_date", None), self.tr("Datum van de brief"))
        self.letter_date.setToolTip(self.tr("Niet ingevuld: de dag waarop de brief wordt gemaakt."))
        form.addRow(self.tr("&Brief gedateerd:"), self.letter_date)
        self.griffier = QLineEdit(getattr(s, "griffier", ""))
        self.griffier.setAccessibleName(self.tr("De griffier"))
        form.addRow(self.tr("De g&riffier:"), self.griffier)
        self.voorzitter = QLineEdit(getattr(s, "voorzitter", ""))
        self.voorzitter.setAccessibleName(self.tr("De voorzitter"))
        form.addRow(self.tr("De voorzi&tter:"), self.voorzitter)
        self.sender = QLineEdit(getattr(s, "request_sender", "") or getattr(r, "sender", ""))
        self.sender.setAccessibleName(self.tr("Wie om de zienswijze vroeg"))
        form.addRow(self.tr("Ver&zoek van:"), self.sender)
        self.subject = QLineEdit(getattr(s, "request_subject", "") or getattr(r, "subject", ""))
        self.subject.setAccessibleName(self.tr("Onderwerp van het verzoek"))
        form.addRow(self.tr("&Onderwerp:"), self.subject)
        found = []
        if getattr(r, "kenmerk", ""):
            found.append(self.tr("kenmerk {k}").format(k=r.kenmerk))
        if getattr(r, "date", None):
            found.append(self.tr("brief van {d}").format(d=r.date.strftime("%d-%m-%Y")))
        if getattr(r, "deadline", None):
            found.append(self.tr("reactie gevraagd vóór {d}").format(d=r.deadline.strftime("%d-%m-%Y")))
        facts = QLabel(
            self.tr("Gevonden in de brief: {facts}").format(facts=", ".join(found))
            if found
            else self.tr("In de brief is geen kenmerk of datum gevonden.")
        )
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", facts)
        template = QHBoxLayout()
        current = getattr(s, "template_path", None)
        self.template = QLineEdit(str(current) if current else "")
        self.template.setAccessibleName(self.tr("Eigen Word-sjabloon"))
        self.template.setPlaceholderText(self.tr("het meegeleverde sjabloon"))
        browse = QPushButton(self.tr("&Kiezen…"))
        browse.clicked.connect(self._choose_template)
        template.addWidget(self.template, 1)
        template.addWidget(browse)
        template_label = QLabel(self.tr("Word-&sjabloon:"))
        template_label.setBuddy(self.template)
        form.addRow(template_label, template)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("councilProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.problem)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if for_letter:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ver&der…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save = None  # set by the controller: stores the values, returns a reason or None

    def _choose_template(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Word-sjabloon kiezen"), "", "Word (*.docx)")
        if path:
            self.template.setText(path)

    def values(self) -> dict[str, object]:
        template = self.template.text().strip()
        return {
            "municipality": self.municipality.text(),
            "meeting_date": self.meeting_date.value(),
            "letter_date": self.letter_date.value(),
            "griffier": self.griffier.text(),
            "voorzitter": self.voorzitter.text(),
            "request_sender": self.sender.text(),
            "request_subject": self.subject.text(),
            "template_path": Path(template) if template else None,
        }

    def accept(self) -> None:
        if self.save is not None:
            problem = self.save(self.values())
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                return
        super().accept()


class ProcedureController(QObject):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        parent = context.window
        self.settings_action = make_action(parent, self.tr("&Vergadergegevens…"), self.edit_settings)
        self.proposal_action = make_action(parent, self.tr("S&temming over het voorstel…"), self.vote_on_proposal)
        self.stemlijst_action = make_action(parent, self.tr("&Stemlijst exporteren…"), self.export_stemlijst)
        self.letter_action = make_action(parent, self.tr("&Zienswijze opstellen…"), self.write_letter)
        context.identityChanged.connect(self._update)
        context.dossierReplaced.connect(self._update)
        self._update()

    def actions(self) -> list[QAction]:
        return [self.settings_action, self.proposal_action, self.stemlijst_action, self.letter_action]

    def _update(self) -> None:
        ctx = self.context
        griffie = ctx.is_griffie and ctx.view is not None
        tip = "" if griffie else self.tr("Dit doet de griffie, op haar eigen opslag.")
        for action in self.actions():
            action.setEnabled(griffie)
            action.setToolTip(tip or action.text().replace("&", ""))
            action.setStatusTip(tip)  # a menu shows no tips: greyed out, the status bar says why

    def _settings_dialog(self, for_letter: bool) -> CouncilDialog | None:
        ctx = self.context
        if ctx.view is None or not ctx.is_griffie:
            return None
        dossier_id = ctx.view.dossier.id
        try:
            settings = svc.council.council_settings(ctx.store, dossier_id)
            request = svc.council.request_facts(ctx.store, dossier_id)
        except UserFacingError as error:
            ctx.show_error(error)
            return None
        dialog = CouncilDialog(ctx.window, settings, request, for_letter=for_letter)

        def save(values: dict[str, object]) -> str | None:
            try:
                svc.council.set_council_settings(ctx.store, dossier_id, **values)  # type: ignore[arg-type]
            except UserFacingError as error:
                return error.message(ctx.lang)
            return None

        dialog.save = save  # type: ignore[assignment]
        return dialog

    def edit_settings(self) -> None:
        dialog = self._settings_dialog(for_letter=False)
        if dialog is not None and answered(dialog):
            self.context.reload_moties()  # a motie reads "De raad van de gemeente …" from these
            self.context.status(self.tr("Vergadergegevens opgeslagen"), 6000)

    def vote_on_proposal(self) -> None:
        from raadsviewer.domain.procedure import PROPOSAL_ID
        from raadsviewer.ui.vote_dialog import ask_vote

        ask_vote(self.context, PROPOSAL_ID)  # (which says the outcome in the status bar)

    def export_stemlijst(self, path: str | None = None) -> None:
        ctx = self.context
        if ctx.view is None or not ctx.is_griffie:
            return
        if path is None:
            name = self.tr("stemlijst")
            path, chosen = files.save_name(
                ctx.settings, ctx.window, self.tr("Stemlijst exporteren"), f"{name}.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
            )
            if not path:
                return
        else:
            chosen = ""
        target, fmt = saved_as(path, chosen, "xlsx")
        path = str(target)
        try:
            svc.procedure.export_stemlijst(ctx.store, ctx.view.dossier.id, fmt, Path(path), lang=ctx.lang)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def write_letter(self, path: str | None = None) -> None:
        """The griffie checks the meeting's facts, then chooses where the letter goes (Word, PDF or
        Markdown): the letter to the body that asked, followed by the raadsbesluit."""
        ctx = self.context
        dialog = self._settings_dialog(for_letter=True)
        if dialog is None or ctx.view is None or not answered(dialog):
            return
        if path is None:
            name = self.tr("zienswijze")
            path, chosen = files.save_name(
                ctx.settings,
                ctx.window,
                self.tr("Zienswijze opslaan"),
                f"{name}.docx",
                "Word (*.docx);;PDF (*.pdf);;Markdown (*.md)",
            )
            if not path:
                return
        else:
            chosen = ""
        target, fmt = saved_as(path, chosen, "docx")
        path = str(target)
        from raadsviewer.ui.pdf import write_pdf

        try:
            svc.letter.export_zienswijze(ctx.store, ctx.view.dossier.id, fmt, Path(path), pdf_writer=write_pdf)
            withheld = svc.letter.build_letter(ctx.store, ctx.view.dossier.id).withheld
            awaiting = svc.letter.not_yet_voted(ctx.store, ctx.view.dossier.id)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)
        said = []
        if awaiting:  # first: the letter may speak too soon
            from raadsviewer.domain.procedure import PROPOSAL_ID

            named = ", ".join(self.tr("het voorstel") if label == PROPOSAL_ID else label for label in awaiting)
            said.append(
                self.tr("Nog niet gestemd over {items}: de brief zegt alleen wat de raad al besloot.").format(
                    items=named
                )
            )
        if withheld:
            said.append(
                self.tr(
                    "{n} notitie(s) in de concept-zienswijze staan niet in de brief: hun fractie schreef ze voor de "
                    "griffie, niet openbaar. Vraag de fractie ze openbaar te maken."
                ).format(n=withheld)
            )
        if said:
            from PySide6.QtWidgets import QMessageBox

            show = QMessageBox.warning if awaiting else QMessageBox.information
            show(ctx.window, self.tr("Zienswijze opgeslagen"), "\n\n".join(said))
