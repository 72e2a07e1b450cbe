"""Undo commands for annotation edits. Each step calls a service, so it is on disk at once.

Undo is a new change (a restore, an edit back), never a rollback: after a crash the store holds
exactly what the screen showed, and the history travels to other laptops like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from raadsviewer.domain.access import narrower
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Annotation, AnnotationDraft, Visibility
from raadsviewer.ui import svc

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from raadsviewer.storage.db import Store


class Host(Protocol):
    """What a command needs (the dossier context): the store, who acts, and a way to show results."""

    @property
    def store(self) -> Store: ...

    @property
    def faction(self) -> str: ...

    @property
    def member(self) -> str: ...

    @property
    def window(self) -> QWidget: ...  # the parent of a question

    # Per item, the revision this window wrote last or showed when an edit began: the base of the
    # next edit step. An undone step's own later revisions (a restore) are no one else's change.
    written: dict[str, str]

    def annotation_changed(self, annotation_id: str, focus: bool) -> None: ...

    def amendments_changed(self, focus_id: str | None) -> None: ...

    def moties_changed(self, focus_id: str | None) -> None: ...

    def exchange_changed(self) -> None: ...

    def show_error(self, error: UserFacingError) -> None: ...

    def status(self, text: str, msecs: int = 6000) -> None: ...


class _ServiceCommand(QUndoCommand):
    def __init__(self, host: Host, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.failed = False  # refused (the store busy, the disk full): the pane asks again with the text

    def _call(self, fn: Callable[[], Annotation], focus: bool = True) -> Annotation | None:
        try:
            result = fn()
        except UserFacingError as error:
            self.failed = True
            self.setObsolete(True)  # QUndoStack drops an obsolete command instead of keeping it
            self.host.show_error(error)
            return None
        self.host.written[result.id] = result.revision_id
        self.host.annotation_changed(result.id, focus and not result.deleted)
        return result


class AddAnnotation(_ServiceCommand):
    def __init__(self, host: Host, **kwargs: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Annotatie toevoegen"))
        self.kwargs = kwargs
        self.annotation_id: str | None = None

    def redo(self) -> None:
        if self.annotation_id is None:
            made = self._call(lambda: svc.annotations.add_annotation(self.host.store, **self.kwargs))
            self.annotation_id = made.id if made else None
        else:
            aid = self.annotation_id
            self._call(lambda: svc.annotations.restore_annotation(self.host.store, aid, faction=self.host.faction))

    def undo(self) -> None:
        if self.annotation_id is not None:
            aid = self.annotation_id
            self._call(
                lambda: svc.annotations.delete_annotation(self.host.store, aid, faction=self.host.faction), False
            )


def ask_before_narrowing(host: Host, annotation_id: str, now: Visibility) -> bool | None:
    """A shared note made visible to fewer (privé, or fractie after griffie), by an edit or by an
    undo or redo step: when a version of it already went to those who may not see it now, the
    member is told they keep it and chooses: take it back from them (True: deleted there when they
    merge the next package, the words kept here in a new note with the new visibility), narrower
    from now on only (False), or not at all (None)."""
    from raadsviewer.ui.modal import choose
    from raadsviewer.ui.models import visibility_label

    try:
        since = svc.annotations.shared_at(host.store, annotation_id, now)
    except UserFacingError as error:
        host.show_error(error)
        return None
    if since is None:
        return False
    shown = visibility_label(now)
    # (in the words of the annotations tab, where the question was first asked)
    chosen = choose(
        host.window,
        QCoreApplication.translate("AnnotationsPane", "Zichtbaarheid beperken"),
        QCoreApplication.translate("AnnotationsPane", "Deze notitie is al gedeeld ({when}).").format(
            when=f"{since:%d-%m-%Y %H:%M}"
        ),
        QCoreApplication.translate(
            "AnnotationsPane",
            "Wie haar kreeg, houdt de versie die toen meeging: ‘{visibility}’ geldt alleen voor wat u hierna "
            "verstuurt.\n\nIntrekken verwijdert haar bij de anderen zodra zij uw volgende export samenvoegen "
            "(ook bij de griffie, en via haar dossier bij andere fracties); hier houdt u de tekst als nieuwe "
            "notitie, ‘{visibility}’.",
        ).format(visibility=shown),
        [
            QCoreApplication.translate("AnnotationsPane", "&Intrekken en hier houden"),
            QCoreApplication.translate("AnnotationsPane", "Alleen voor wat &nog komt"),
        ],
        warn=True,
    )
    return None if chosen is None else chosen == 0


class EditAnnotation(_ServiceCommand):
    """An edit of the note as the window showed it (``base``, its revision then): when another
    program on the same store changed the note meanwhile, the edit is kept beside that change as
    a conflict, not written over it.

    A step (undo or redo) that makes a note visible to fewer after it was shared asks what the
    edit itself asks (``ask_before_narrowing``): an undo of "openbaar" after an export would
    otherwise make it privé here only, while everyone who merged it keeps it. Taken back, the step
    is a withdrawal (``WithdrawAnnotation``), which the opposite step undoes; not at all: the step
    is dropped from the history and the note stays as it is."""

    def __init__(self, host: Host, annotation: Annotation, new: AnnotationDraft) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Annotatie bewerken"))
        self.annotation_id = annotation.id
        self.old = AnnotationDraft(body=annotation.body, stance=annotation.stance, visibility=annotation.visibility)
        self.new = new
        self.base = annotation.revision_id
        host.written[annotation.id] = annotation.revision_id
        self.withdrawn: WithdrawAnnotation | None = None  # a step that took the note back
        self.pushed = False  # done once: the edit itself was asked about by the editor's pane

    def _update(self, draft: AnnotationDraft, shown: AnnotationDraft) -> None:
        if self.withdrawn is not None:  # the opposite step was a withdrawal: undone, the note is back
            withdrawn, self.withdrawn = self.withdrawn, None
            withdrawn.undo()
            return
        if narrower(draft.visibility, shown.visibility) and self.pushed:
            choice = ask_before_narrowing(self.host, self.annotation_id, draft.visibility)
            if choice is None:  # left as it is; the step goes from the history
                self.failed = True
                self.setObsolete(True)
                self.host.status(QCoreApplication.translate("Undo", "Niet ongedaan gemaakt: de notitie blijft zo"))
                return
            if choice:
                try:
                    now = svc.annotations.get_annotation(self.host.store, self.annotation_id)
                except UserFacingError as error:
                    self.failed = True
                    self.setObsolete(True)
                    self.host.show_error(error)
                    return
                withdrawal = WithdrawAnnotation(self.host, now, draft)
                withdrawal.redo()
                if withdrawal.failed:
                    self.failed = True
                    self.setObsolete(True)
                else:
                    self.withdrawn = withdrawal
                return
        base = self.host.written.get(self.annotation_id, self.base)
        result = self._call(
            lambda: svc.annotations.update_annotation(
                self.host.store, self.annotation_id, draft, faction=self.host.faction, base_revision=base
            )
        )
        if result is not None:
            self.base = result.revision_id

    def redo(self) -> None:
        self._update(self.new, self.old)
        self.pushed = True

    def undo(self) -> None:
        self._update(self.old, self.new)


class DeleteAnnotation(_ServiceCommand):
    def __init__(self, host: Host, annotation: Annotation) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Annotatie verwijderen"))
        self.annotation_id = annotation.id

    def redo(self) -> None:
        self._call(
            lambda: svc.annotations.delete_annotation(self.host.store, self.annotation_id, faction=self.host.faction),
            False,
        )

    def undo(self) -> None:
        restored = self._call(
            lambda: svc.annotations.restore_annotation(self.host.store, self.annotation_id, faction=self.host.faction)
        )
        if restored is not None:  # (the status bar said it was deleted, with Ctrl+Z to undo it)
            self.host.status(QCoreApplication.translate("Undo", "Annotatie teruggezet"))


class WithdrawAnnotation(_ServiceCommand):
    """A shared note taken back from those who have it, its words kept here in a new note with
    the narrower visibility (``services.annotations.withdraw_annotation``). Undone: that note
    deleted and the shared one back as it was before (its text, stance and visibility, not the
    widest earlier version its deletion carried); done again: withdrawn again, into a new note."""

    def __init__(self, host: Host, annotation: Annotation, new: AnnotationDraft) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Annotatie intrekken"))
        self.annotation_id = annotation.id
        self.old = AnnotationDraft(body=annotation.body, stance=annotation.stance, visibility=annotation.visibility)
        self.new = new
        self.copy_id: str | None = None

    def redo(self) -> None:
        store, faction, shared, member = self.host.store, self.host.faction, self.annotation_id, self.host.member

        def withdraw() -> Annotation:
            gone, made = svc.annotations.withdraw_annotation(store, shared, self.new, faction=faction, member=member)
            self.host.written[gone.id] = gone.revision_id
            self.host.annotation_changed(gone.id, False)
            return made

        made = self._call(withdraw)
        self.copy_id = made.id if made else None

    def undo(self) -> None:
        if self.copy_id is None:
            return
        store, faction, copy = self.host.store, self.host.faction, self.copy_id
        if self._call(lambda: svc.annotations.delete_annotation(store, copy, faction=faction), False) is not None:
            self._call(
                lambda: svc.annotations.restore_annotation(store, self.annotation_id, faction=faction, draft=self.old)
            )


# ----- amendments and moties: the same steps, each through the service of its kind --------------


class _ProposalCommand(QUndoCommand):
    """A step on an amendment or a motie: add, edit or delete, undone by delete, edit back or
    restore, through the kind's service (``SERVICE``'s ``<verb>_<NOUN>``); the kind's pane is
    told what changed (``_changed``). A refused step is made obsolete and says why."""

    SERVICE = ""
    NOUN = ""

    def __init__(self, host: Host, text: str, item_id: str | None = None) -> None:
        super().__init__(text)
        self.host = host
        self.item_id = item_id
        self.failed = False  # refused: the pane asks again with what was typed

    def _changed(self, focus_id: str | None) -> None:
        raise NotImplementedError

    def _call(self, verb: str, *args: Any, focus: bool = True, **kwargs: Any) -> Any:
        service = getattr(getattr(svc, self.SERVICE), f"{verb}_{self.NOUN}")
        try:
            result = service(self.host.store, *args, **kwargs)
        except UserFacingError as error:
            self.failed = True
            self.setObsolete(True)
            self.host.show_error(error)
            return None
        self.host.written[result.id] = result.revision_id
        self._changed(result.id if focus and not result.deleted else None)
        return result

    def _delete(self) -> None:
        self._call("delete", self.item_id, faction=self.host.faction, focus=False)

    def _restore(self) -> None:
        self._call("restore", self.item_id, faction=self.host.faction)


class _Add(_ProposalCommand):
    def __init__(self, host: Host, text: str, kwargs: dict[str, Any]) -> None:
        super().__init__(host, text)
        self.kwargs = kwargs

    def redo(self) -> None:
        if self.item_id is None:
            made = self._call("add", **self.kwargs)
            self.item_id = made.id if made else None
        else:
            self._restore()

    def undo(self) -> None:
        if self.item_id is not None:
            self._delete()


class _Edit(_ProposalCommand):
    """An edit of the item as the window showed it (``base``, its revision then; as
    ``EditAnnotation``)."""

    def __init__(self, host: Host, text: str, item_id: str, old: Any, new: Any, base: str) -> None:
        super().__init__(host, text, item_id)
        self.old, self.new, self.base = old, new, base
        host.written[item_id] = base

    def _update(self, draft: Any) -> None:
        assert self.item_id is not None
        base = self.host.written.get(self.item_id, self.base)
        result = self._call("update", self.item_id, draft, faction=self.host.faction, base_revision=base)
        if result is not None:
            self.base = result.revision_id

    def redo(self) -> None:
        self._update(self.new)

    def undo(self) -> None:
        self._update(self.old)


class _Delete(_ProposalCommand):
    def redo(self) -> None:
        self._delete()

    def undo(self) -> None:
        self._restore()


class _OnAmendment:
    SERVICE = "amendments"
    NOUN = "amendment"
    item_id: str | None
    host: Host

    @property
    def amendment_id(self) -> str | None:
        return self.item_id

    def _changed(self, focus_id: str | None) -> None:
        self.host.amendments_changed(focus_id)


class _OnMotie:
    SERVICE = "moties"
    NOUN = "motie"
    item_id: str | None
    host: Host

    @property
    def motie_id(self) -> str | None:
        return self.item_id

    def _changed(self, focus_id: str | None) -> None:
        self.host.moties_changed(focus_id)


class AddAmendment(_OnAmendment, _Add):
    def __init__(self, host: Host, **kwargs: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement toevoegen"), kwargs)


class EditAmendment(_OnAmendment, _Edit):
    def __init__(self, host: Host, amendment_id: str, old: Any, new: Any, base: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement bewerken"), amendment_id, old, new, base)


class DeleteAmendment(_OnAmendment, _Delete):
    def __init__(self, host: Host, amendment_id: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement verwijderen"), amendment_id)


class AddMotie(_OnMotie, _Add):
    def __init__(self, host: Host, **kwargs: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie toevoegen"), kwargs)


class EditMotie(_OnMotie, _Edit):
    def __init__(self, host: Host, motie_id: str, old: Any, new: Any, base: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie bewerken"), motie_id, old, new, base)


class DeleteMotie(_OnMotie, _Delete):
    def __init__(self, host: Host, motie_id: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie verwijderen"), motie_id)


class IncludeInDraft(QUndoCommand):
    """The clerk marks an annotation for the combined draft (or takes the mark off)."""

    def __init__(self, host: Host, annotation_id: str, include: bool) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Opnemen in concept-zienswijze")
            if include
            else QCoreApplication.translate("Undo", "Niet opnemen in concept-zienswijze")
        )
        self.host, self.annotation_id, self.include = host, annotation_id, include
        self.failed = False

    def _set(self, value: bool) -> None:
        try:
            result = svc.annotations.set_include_in_draft(self.host.store, self.annotation_id, value)
        except UserFacingError as error:
            self.failed = True
            self.setObsolete(True)
            self.host.show_error(error)
            return
        self.host.annotation_changed(result.id, True)
        # said at every step, undo and redo too: a message about the last note must not stand
        if not value:
            self.host.status(QCoreApplication.translate("Undo", "Niet meer in de concept-zienswijze."))
        elif result.visibility is not Visibility.OPENBAAR:
            self.host.status(
                QCoreApplication.translate(
                    "Undo",
                    "Opgenomen in de concept-zienswijze. Deze notitie is voor de griffie, niet openbaar: in de "
                    "brief komt ze pas als haar fractie haar openbaar maakt.",
                ),
                12000,
            )
        else:
            self.host.status(QCoreApplication.translate("Undo", "Opgenomen in de concept-zienswijze."))

    def redo(self) -> None:
        self._set(self.include)

    def undo(self) -> None:
        self._set(not self.include)


class MergePackages(QUndoCommand):
    """A merge as one undoable step: it was already carried out when pushed (off the GUI thread);
    undo removes exactly what it added, redo merges the same files again."""

    def __init__(self, host: Host, paths: list[Any]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Pakketten samenvoegen"))
        self.host, self.paths, self._first = host, paths, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        svc.exchange.merge_packages(self.host.store, self.paths)
        self.host.exchange_changed()
        self.host.status(
            QCoreApplication.translate("Undo", "Opnieuw samengevoegd: het pakket.")
            if len(self.paths) == 1
            else QCoreApplication.translate("Undo", "Opnieuw samengevoegd: {n} pakketten.").format(n=len(self.paths))
        )

    def undo(self) -> None:
        try:  # each package was its own merge: all of them taken back, or none
            svc.exchange.undo_last_merges(self.host.store, len(self.paths))
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
        else:
            self.host.status(
                QCoreApplication.translate("Undo", "Samenvoegen ongedaan gemaakt: het pakket is teruggedraaid.")
                if len(self.paths) == 1
                else QCoreApplication.translate(
                    "Undo", "Samenvoegen ongedaan gemaakt: {n} pakketten teruggedraaid."
                ).format(n=len(self.paths))
            )
        self.host.exchange_changed()


class ResolveConflict(QUndoCommand):
    """A conflict's resolution as an undoable step: it was already carried out when pushed; undo
    takes the resolution back (the item stands in conflict again, with the same versions), redo
    makes the same choice again. Refused (and dropped from the history) once the resolution was
    built on or sent in a package (``services.exchange.undo_resolution``)."""

    def __init__(self, host: Host, item_id: str, choice: str | dict[str, Any], revision_id: str) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Conflict oplossen"))
        self.host, self.item_id, self.choice, self.revision_id = host, item_id, choice, revision_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.revision_id = svc.exchange.resolve_conflict(self.host.store, self.item_id, self.choice)
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
            return
        self.host.exchange_changed()
        self.host.status(QCoreApplication.translate("Undo", "Het conflict is opnieuw opgelost."))

    def undo(self) -> None:
        try:
            svc.exchange.undo_resolution(self.host.store, self.item_id, self.revision_id)
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
            return
        self.host.exchange_changed()
        self.host.status(QCoreApplication.translate("Undo", "Keuze ongedaan gemaakt: het conflict staat weer open."))
