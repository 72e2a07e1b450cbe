"""The griffie records a vote as councils vote: per faction voor or tegen, or *verdeeld* with the
members each way (a count or their names), and the members who were absent. The line under the
votes says what the Gemeentewet makes of them (``domain.votes.decide``: a majority of the votes
cast, a tie postponed or final, too few members); one dialog for amendments, moties and the
proposal (``services.procedure.set_status``).

An item that may not be decided yet (a sub-amendment after its amendment, a motie before the
proposal) says why before anything is typed, and OK stays off.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Faction, Vote
from raadsviewer.domain.procedure import DECIDED, STEPS, VotingItem
from raadsviewer.domain.votes import FactionVote, Outcome, decide
from raadsviewer.ui.help import show_as_problem
from raadsviewer.ui.modal import AsksBeforeDiscarding

if TYPE_CHECKING:
    from raadsviewer.services.procedure import TakenBack
    from raadsviewer.ui.context import DossierContext

Record = Callable[[str | None, list[FactionVote]], str | None]

SPLIT = "verdeeld"


def status_words() -> dict[str, str]:
    return {
        "aangenomen": QCoreApplication.translate("Vote", "aangenomen"),
        "verworpen": QCoreApplication.translate("Vote", "verworpen"),
        "ingetrokken": QCoreApplication.translate("Vote", "ingetrokken"),
        "aangehouden": QCoreApplication.translate("Vote", "aangehouden"),
        "ingediend": QCoreApplication.translate("Vote", "ingediend"),
        "concept": QCoreApplication.translate("Vote", "concept"),
    }


def outcome_words(outcome: Outcome) -> str:
    return {
        Outcome.AANGENOMEN: QCoreApplication.translate("Vote", "aangenomen"),
        Outcome.VERWORPEN: QCoreApplication.translate("Vote", "verworpen"),
        Outcome.STAKING_NIET_AANGENOMEN: QCoreApplication.translate(
            "Vote", "de stemmen staken: niet aangenomen (Gemeentewet art. 32, lid 5)"
        ),
        Outcome.STAKING_UITGESTELD: QCoreApplication.translate(
            "Vote", "de stemmen staken: de beslissing gaat naar de volgende vergadering (Gemeentewet art. 32, lid 4)"
        ),
        Outcome.ONGELDIG: QCoreApplication.translate(
            "Vote", "geen geldige stemming: niet meer dan de helft stemde (Gemeentewet art. 29)"
        ),
        Outcome.ONBEKEND: QCoreApplication.translate("Vote", "niet te tellen: de zetels van de fracties zijn onbekend"),
        Outcome.ZONDER_STEMMING: QCoreApplication.translate("Vote", "aangenomen zonder stemming"),
    }[outcome]


def _count_or_names(text: str) -> tuple[int | None, tuple[str, ...]]:
    text = " ".join(text.split())
    if not text:
        return 0, ()
    if text.isdigit():
        return int(text), ()
    return None, tuple(n.strip() for n in text.split(",") if n.strip())


class _FactionRow:
    """One faction's line: how it voted, and who was absent."""

    def __init__(self, dialog: VoteDialog, grid: QGridLayout, row: int, faction: Faction, given: FactionVote | None):
        self.faction = faction
        grid.addWidget(QLabel(f"{faction.name} ({faction.seats})"), row, 0)
        self.how = QComboBox()
        self.how.setAccessibleName(
            QCoreApplication.translate("VoteDialog", "Stem van {faction}").format(faction=faction.name)
        )
        self.how.addItem("—", "")
        self.how.addItem(QCoreApplication.translate("VoteDialog", "voor"), Vote.VOOR.value)
        self.how.addItem(QCoreApplication.translate("VoteDialog", "tegen"), Vote.TEGEN.value)
        self.how.addItem(QCoreApplication.translate("VoteDialog", "verdeeld"), SPLIT)
        grid.addWidget(self.how, row, 1)
        self.voor = QLineEdit()
        self.voor.setAccessibleName(
            QCoreApplication.translate("VoteDialog", "{faction}: voor (aantal of namen)").format(faction=faction.name)
        )
        self.voor.setPlaceholderText(QCoreApplication.translate("VoteDialog", "voor: aantal of namen"))
        self.tegen = QLineEdit()
        self.tegen.setAccessibleName(
            QCoreApplication.translate("VoteDialog", "{faction}: tegen (aantal of namen)").format(faction=faction.name)
        )
        self.tegen.setPlaceholderText(QCoreApplication.translate("VoteDialog", "tegen: aantal of namen"))
        grid.addWidget(self.voor, row, 2)
        grid.addWidget(self.tegen, row, 3)
        self.absent = QSpinBox()
        self.absent.setRange(0, max(faction.seats, 0) or 99)
        self.absent.setAccessibleName(
            QCoreApplication.translate("VoteDialog", "{faction}: afwezig").format(faction=faction.name)
        )
        self.absent.setSuffix(QCoreApplication.translate("VoteDialog", " afwezig"))
        grid.addWidget(self.absent, row, 4)
        self._absent_kept = 0  # what was typed, while the faction has no vote (and counts absent whole)
        if given is not None:
            self._fill(given)
        self._show_split()
        self.how.currentIndexChanged.connect(lambda _i: self._show_split())
        for signal in (self.how.currentIndexChanged, self.voor.textChanged, self.tegen.textChanged):
            signal.connect(lambda *_a: dialog.update_tally())
        self.absent.valueChanged.connect(lambda _v: dialog.update_tally())

    def _fill(self, given: FactionVote) -> None:
        if given.vote is not None:
            self.how.setCurrentIndex(self.how.findData(str(given.vote)))
        else:
            self.how.setCurrentIndex(self.how.findData(SPLIT))
            self.voor.setText(", ".join(given.voor_members) or str(given.voor or 0))
            self.tegen.setText(", ".join(given.tegen_members) or str(given.tegen or 0))
        self.absent.setValue(given.absent or len(given.absent_members))

    def _show_split(self) -> None:
        how = self.how.currentData()
        split = how == SPLIT
        self.voor.setVisible(split)
        self.tegen.setVisible(split)
        # Without a vote the whole faction counts as absent (the tally says so): its line says the
        # same rather than "0 afwezig"; the number typed comes back when a vote is chosen again.
        if not how and self.absent.isEnabled():
            self._absent_kept = self.absent.value()
            self.absent.setSpecialValueText(QCoreApplication.translate("VoteDialog", "geheel afwezig"))
            self.absent.setValue(self.absent.minimum())
            self.absent.setEnabled(False)
            # Qt's own measure of a spin box leaves too little room for its words beside the arrows
            self.absent.setMinimumWidth(
                self.absent.sizeHint().width() + 3 * self.absent.fontMetrics().averageCharWidth()
            )
        elif how and not self.absent.isEnabled():
            self.absent.setSpecialValueText("")
            self.absent.setEnabled(True)
            self.absent.setValue(self._absent_kept)

    def vote(self) -> FactionVote | None:
        how = self.how.currentData()
        absent = self.absent.value()
        if not how:
            return None
        if how != SPLIT:
            return FactionVote(self.faction.name, vote=Vote(how), absent=absent or None)
        voor, voor_names = _count_or_names(self.voor.text())
        tegen, tegen_names = _count_or_names(self.tegen.text())
        return FactionVote(
            self.faction.name,
            voor=voor if voor is not None else None,
            tegen=tegen if tegen is not None else None,
            voor_members=voor_names,
            tegen_members=tegen_names,
            absent=absent or None,
        )


class VoteDialog(AsksBeforeDiscarding, QDialog):
    """``record(status, votes)`` is called on OK (status None: the votes decide); when it returns a
    reason, the dialog stays open with everything entered and shows the reason."""

    def __init__(
        self,
        parent: QWidget | None,
        item: VotingItem,
        factions: Sequence[Faction],
        statuses: Sequence[str],
        record: Record | None = None,
        *,
        order_problem: str = "",
        lang: str = "nl",
        offered: TakenBack | None = None,
    ) -> None:
        """``offered``: the votes of this item's outcome that was taken back with the correction
        of an earlier one; filled in, to be looked over and recorded again."""
        super().__init__(parent)
        self._record = record
        self._lang = lang
        self._item = item
        self._seats: Mapping[str, int] = {f.name: f.seats for f in factions}
        label = item.label or self.tr("het voorstel")
        self.setWindowTitle(self.tr("Stemming over {label}").format(label=label))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        title = QLabel(f"{item.label}: {item.title}" if item.label else item.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.order = QLabel(order_problem)
        self.order.setObjectName("voteOrder")
        self.order.setWordWrap(True)
        self.order.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.order)
        self.order.setVisible(bool(order_problem))
        layout.addWidget(self.order)
        if item.postponed:
            again = QLabel(
                self.tr(
                    "De vorige stemming besliste niet; dit is de herstemming. Staken de stemmen nu, dan is "
                    "het niet aangenomen (Gemeentewet art. 32, lid 5)."
                )
            )
            again.setWordWrap(True)
            layout.addWidget(again)
        # the vote that did not decide was typed wrongly: this one counts afresh (no re-vote rule)
        self.last_was_wrong = QCheckBox(self.tr("De vorige stemming is &verkeerd ingevoerd: dit is geen herstemming"))
        self.last_was_wrong.setVisible(item.postponed)
        self.last_was_wrong.toggled.connect(lambda _on: self.update_tally())
        layout.addWidget(self.last_was_wrong)
        shown = item.votes if not item.postponed else ()
        if offered is not None and not item.postponed and item.status not in DECIDED:
            shown = offered.votes
            name = self.tr("het voorstel") if offered.because == "voorstel" else offered.because
            again = QLabel(
                self.tr(
                    "Deze uitslag is teruggenomen toen die van {item} werd gecorrigeerd. De stemmen van toen "
                    "staan ingevuld: kijk ze na en leg de stemming opnieuw vast."
                ).format(item=name)
            )
            again.setObjectName("voteTakenBack")
            again.setWordWrap(True)
            layout.addWidget(again)
        grid = QGridLayout()
        given = {v.faction.casefold(): v for v in shown}
        self.rows = [
            _FactionRow(self, grid, n, faction, given.get(faction.name.casefold()))
            for n, faction in enumerate(factions)
        ]
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        hint = QLabel(
            self.tr(
                "Verdeeld: vul per kant het aantal leden in, of hun namen met komma's ertussen "
                "(hoofdelijke stemming). Een fractie zonder stem telt als afwezig."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Uitkomst"))
        self.status.addItem(self.tr("volgens de stemmen"), "")
        words = status_words()
        for status in statuses:
            self.status.addItem(words.get(status, status), status)
        outcome_row = QGridLayout()
        outcome_label = QLabel(self.tr("&Uitkomst:"))
        outcome_label.setBuddy(self.status)
        outcome_row.addWidget(outcome_label, 0, 0)
        outcome_row.addWidget(self.status, 0, 1)
        outcome_row.setColumnStretch(1, 1)
        layout.addLayout(outcome_row)
        self.tally = QLabel()
        self.tally.setObjectName("voteTally")
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        self.problem = QLabel()
        self.problem.setObjectName("voteProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.problem)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(lambda _i: self.update_tally())
        self.update_tally()

    def faction(self, name: str) -> _FactionRow:
        """The line of one faction (for the tests, as a clerk finds it by its name)."""
        return next(row for row in self.rows if row.faction.name == name)

    def votes(self) -> list[FactionVote]:
        return [v for v in (row.vote() for row in self.rows) if v is not None]

    def chosen_status(self) -> str | None:
        return str(self.status.currentData()) or None

    def _rule(self) -> tuple[bool, bool]:
        """How this vote is counted: the re-vote after a tie, or after a vote without quorum. A
        decided item being corrected is counted again by the rule its decision was counted by."""
        if self._item.status in DECIDED:
            return self._item.revote, self._item.quorum_waived
        if not self._item.postponed or not self._item.votes or self.last_was_wrong.isChecked():
            return False, False
        try:
            before = decide(self._item.votes, self._seats).outcome
        except UserFacingError:
            return False, False
        return before is Outcome.STAKING_UITGESTELD, before is Outcome.ONGELDIG

    def update_tally(self) -> None:
        votes = self.votes()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.order.isVisible() and bool(votes or self.chosen_status()))
        if not votes:
            self.tally.setText(self.tr("Nog geen stemmen ingevuld."))
            return
        revote, waived = self._rule()
        try:
            result = decide(votes, self._seats, revote=revote, quorum_waived=waived)
        except UserFacingError as error:
            self.tally.setText(error.message(self._lang))
            return
        self.tally.setText(
            self.tr("Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen, {absent} afwezig).").format(
                verdict=outcome_words(result.outcome), voor=result.voor, tegen=result.tegen, absent=result.absent
            )
        )

    def accept(self) -> None:
        missing = [row.faction.name for row in self.rows if not row.how.currentData()]
        if self.votes() and missing and not self._absent_confirmed(missing):
            return  # an Enter pressed before every faction's vote was filled in records nothing
        if self._record is not None:
            problem = self._record(self.chosen_status(), self.votes())
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                return
        super().accept()

    def _absent_confirmed(self, missing: list[str]) -> bool:
        """Factions without a vote count as wholly absent, which can make a vote without quorum
        and change the rules of the next one: only when the griffie says so."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Niet elke fractie heeft een stem"),
            self.tr("Van {factions} is geen stem ingevuld: zij tellen als geheel afwezig. Zo vastleggen?").format(
                factions=", ".join(missing)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return bool(answer == QMessageBox.StandardButton.Yes)


# Which outcomes the griffie may record by hand, beside what the votes give.
STATUSES = {
    "amendement": ("aangenomen", "verworpen", "ingetrokken"),
    "subamendement": ("aangenomen", "verworpen", "ingetrokken"),
    "motie": ("aangenomen", "verworpen", "aangehouden", "ingetrokken"),
    "voorstel": ("aangenomen", "verworpen"),
}


def ask_vote(context: DossierContext, item_id: str) -> VotingItem | None:
    """The griffie records the vote on one item (an amendment's or motie's id, or the proposal's):
    the order is checked first, the dialog shows what the votes give, a refusal keeps the dialog
    open. Returns the item as recorded, or None when nothing was recorded."""
    from raadsviewer.domain.procedure import PROPOSAL_ID
    from raadsviewer.ui import svc
    from raadsviewer.ui.modal import answered

    ctx = context
    if ctx.view is None or not ctx.is_griffie:
        return None
    dossier_id = ctx.view.dossier.id
    try:
        item = next((i for i in svc.procedure.voting_items(ctx.store, dossier_id) if i.id == item_id), None)
        if item is None:
            return None
        label = "voorstel" if item.id == PROPOSAL_ID else item.id
        if item.status in STEPS:  # withdrawn or held over: not voted on; recorded here by mistake?
            return _take_back_step(ctx, dossier_id, item)
        correcting = item.status in DECIDED
        if correcting and not _correct(ctx.window, item):
            return None
        check = svc.procedure.correction_problem_for if correcting else svc.procedure.order_problem_for
        problem = check(ctx.store, dossier_id, label)
        reopen_later = False
        if problem is not None and problem.code == "vote_correction_later_decided":
            if not _take_back_later(ctx.window, problem.labels):
                return None
            problem, reopen_later = None, True
    except UserFacingError as error:
        ctx.show_error(error)
        return None
    order = UserFacingError(problem.code, labels=", ".join(problem.labels)).message(ctx.lang) if problem else ""
    try:
        offered = None if correcting else svc.procedure.taken_back_votes(ctx.store, dossier_id, item.id)
    except UserFacingError as error:
        ctx.show_error(error)
        return None
    recorded: list[VotingItem] = []

    def record(status: str | None, votes: list[FactionVote]) -> str | None:
        try:
            fixes_tie = dialog.last_was_wrong.isChecked()  # the tie before was a typing error
            recorded.append(
                svc.procedure.set_status(
                    ctx.store,
                    dossier_id,
                    label,
                    status,
                    votes,
                    correcting=correcting or fixes_tie,
                    reopen_later=reopen_later,
                )
            )
        except UserFacingError as error:
            return error.message(ctx.lang)
        return None

    # a correction gives the vote's outcome again; withdrawing or holding over is not one
    statuses = ("aangenomen", "verworpen") if correcting else STATUSES.get(str(item.kind), ("aangenomen", "verworpen"))
    dialog = VoteDialog(
        ctx.window, item, ctx.factions, statuses, record, order_problem=order, lang=ctx.lang, offered=offered
    )
    if not answered(dialog) or not recorded:
        return None
    done = recorded[-1]
    name = done.label or QCoreApplication.translate("VoteDialog", "Het voorstel")
    if done.postponed:
        said = QCoreApplication.translate("VoteDialog", "{item}: de stemming besliste niet; er volgt een herstemming.")
    else:
        said = QCoreApplication.translate("VoteDialog", "{item}: {status}.")
    ctx.status(said.format(item=name, status=status_words().get(done.status, done.status)), 8000)
    return done


def _take_back_step(ctx: DossierContext, dossier_id: str, item: VotingItem) -> VotingItem | None:
    """Stemming… on an item withdrawn or held over: when the griffie recorded that here, it may
    take it back (a wrong click); when the faction did (its package brought it), that is the
    faction's decision and is said so."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.ui import svc

    words = status_words()
    before = svc.procedure.step_recorded_here(ctx.store, dossier_id, item.id)
    if before is None:
        ctx.show_error(UserFacingError("step_not_ours", status=words.get(item.status, item.status)))
        return None
    text = QCoreApplication.translate(
        "VoteDialog",
        "{item} is op deze laptop als {status} vastgelegd. Was dat een vergissing? Dan staat {item} weer als "
        "{before} op de stemlijst, en brengt het volgende dossier dat ook naar de fracties.",
    ).format(item=item.label, status=words.get(item.status, item.status), before=words.get(before, before))
    answer = QMessageBox.question(
        ctx.window,
        QCoreApplication.translate("VoteDialog", "Terugnemen"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        done = svc.procedure.set_status(ctx.store, dossier_id, item.id, None, correcting=True)
    except UserFacingError as error:
        ctx.show_error(error)
        return None
    said = QCoreApplication.translate("VoteDialog", "{item}: {status}.")
    ctx.status(said.format(item=item.label, status=words.get(done.status, done.status)), 8000)
    return done


def _correct(parent: QWidget, item: VotingItem) -> bool:
    """An item already decided: whether the griffie corrects its outcome (a vote typed wrongly);
    what is recorded next replaces it. Asked, with the outcome and the votes as recorded."""
    from PySide6.QtWidgets import QMessageBox

    name = item.label or QCoreApplication.translate("VoteDialog", "Het voorstel")
    text = QCoreApplication.translate(
        "VoteDialog",
        "{item} is {status}, met deze stemmen:\n{votes}\n\nWas dat een vergissing? Wat u nu vastlegt, "
        "vervangt deze uitslag.",
    ).format(item=name, status=status_words().get(item.status, item.status), votes=votes_text(item.votes) or "—")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("VoteDialog", "Uitslag corrigeren"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)


def _take_back_later(parent: QWidget, labels: Sequence[str]) -> bool:
    """Outcomes recorded after the one being corrected rest on it: whether they are taken back
    too (asked; they then await their vote again)."""
    from PySide6.QtWidgets import QMessageBox

    named = ", ".join(  # in the order they were voted on (``labels`` has the last one first)
        QCoreApplication.translate("VoteDialog", "het voorstel") if x == "voorstel" else x for x in reversed(labels)
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("VoteDialog", "Uitslag corrigeren"),
        QCoreApplication.translate(
            "VoteDialog",
            "Op deze uitslag volgt die van {labels}. Die uitslag(en) worden dan ook teruggenomen en moeten "
            "opnieuw in stemming; hun stemmen blijven ingevuld om na te kijken. Doorgaan?",
        ).format(labels=named),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)


def votes_text(votes: Sequence[FactionVote]) -> str:
    """How each faction voted, in one line: "GroenLinks: voor; VVD: verdeeld, 5 voor en 2 tegen"."""
    parts = []
    for v in votes:
        if v.vote is not None:
            how = (
                QCoreApplication.translate("Vote", "voor")
                if v.vote == Vote.VOOR
                else QCoreApplication.translate("Vote", "tegen")
            )
        else:
            voor = len(v.voor_members) or (v.voor or 0)
            tegen = len(v.tegen_members) or (v.tegen or 0)
            how = QCoreApplication.translate("Vote", "verdeeld, {voor} voor en {tegen} tegen").format(
                voor=voor, tegen=tegen
            )
            names = [*v.voor_members, *v.tegen_members]
            if names:
                how += f" ({', '.join(v.voor_members)} / {', '.join(v.tegen_members)})"
        absent = v.absent or len(v.absent_members)
        if absent:
            how += ", " + QCoreApplication.translate("Vote", "{n} afwezig").format(n=absent)
        parts.append(f"{v.faction}: {how}")
    return "; ".join(parts)
