"""Undo commands for annotation edits. Each step calls a service, so it is on disk at once.

Undo is a new change (a restore, an edit back), never a rollback: after a crash the store holds
exactly what the screen showed, and the history travels to other laptops like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Annotation, AnnotationDraft
from raadsviewer.ui import svc

if TYPE_CHECKING:
    from raadsviewer.storage.db import Store


class Host(Protocol):
    """What a command needs (the dossier context): the store, who acts, and a way to show results."""

    @property
    def store(self) -> Store: ...

    @property
    def faction(self) -> str: ...

    def annotations_changed(self, focus_id: str | None) -> None: ...

    def amendments_changed(self, focus_id: str | None) -> None: ...

    def moties_changed(self, focus_id: str | None) -> None: ...

    def exchange_changed(self) -> None: ...

    def show_error(self, error: UserFacingError) -> None: ...


class _ServiceCommand(QUndoCommand):
    def __init__(self, host: Host, text: str) -> None:
        super().__init__(text)
        self.host = host

    def _call(self, fn: Callable[[], Annotation], focus: bool = True) -> Annotation | None:
        try:
            result = fn()
        except UserFacingError as error:
            self.setObsolete(True)  # QUndoStack drops an obsolete command instead of keeping it
            self.host.show_error(error)
            return None
        self.host.annotations_changed(result.id if focus and not result.deleted else None)
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


class EditAnnotation(_ServiceCommand):
    def __init__(self, host: Host, annotation: Annotation, new: AnnotationDraft) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Annotatie bewerken"))
        self.annotation_id = annotation.id
        self.old = AnnotationDraft(body=annotation.body, stance=annotation.stance, visibility=annotation.visibility)
        self.new = new

    def redo(self) -> None:
        self._call(
            lambda: svc.annotations.update_annotation(
                self.host.store, self.annotation_id, self.new, faction=self.host.faction
            )
        )

    def undo(self) -> None:
        self._call(
            lambda: svc.annotations.update_annotation(
                self.host.store, self.annotation_id, self.old, faction=self.host.faction
            )
        )


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
        self._call(
            lambda: svc.annotations.restore_annotation(self.host.store, self.annotation_id, faction=self.host.faction)
        )


# ----- amendments ---------------------------------------------------------------------------------


class _AmendmentCommand(QUndoCommand):
    def __init__(self, host: Host, text: str) -> None:
        super().__init__(text)
        self.host = host

    def _call(self, fn: Callable[[], Any], focus: bool = True) -> Any:
        try:
            result = fn()
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
            return None
        self.host.amendments_changed(result.id if focus and not result.deleted else None)
        return result


class AddAmendment(_AmendmentCommand):
    def __init__(self, host: Host, **kwargs: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement toevoegen"))
        self.kwargs = kwargs
        self.amendment_id: str | None = None

    def redo(self) -> None:
        if self.amendment_id is None:
            made = self._call(lambda: svc.amendments.add_amendment(self.host.store, **self.kwargs))
            self.amendment_id = made.id if made else None
        else:
            aid = self.amendment_id
            self._call(lambda: svc.amendments.restore_amendment(self.host.store, aid, faction=self.host.faction))

    def undo(self) -> None:
        if self.amendment_id is not None:
            aid = self.amendment_id
            self._call(lambda: svc.amendments.delete_amendment(self.host.store, aid, faction=self.host.faction), False)


class EditAmendment(_AmendmentCommand):
    def __init__(self, host: Host, amendment_id: str, old: Any, new: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement bewerken"))
        self.amendment_id, self.old, self.new = amendment_id, old, new

    def redo(self) -> None:
        self._call(
            lambda: svc.amendments.update_amendment(
                self.host.store, self.amendment_id, self.new, faction=self.host.faction
            )
        )

    def undo(self) -> None:
        self._call(
            lambda: svc.amendments.update_amendment(
                self.host.store, self.amendment_id, self.old, faction=self.host.faction
            )
        )


class DeleteAmendment(_AmendmentCommand):
    def __init__(self, host: Host, amendment_id: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Amendement verwijderen"))
        self.amendment_id = amendment_id

    def redo(self) -> None:
        self._call(
            lambda: svc.amendments.delete_amendment(self.host.store, self.amendment_id, faction=self.host.faction),
            False,
        )

    def undo(self) -> None:
        self._call(
            lambda: svc.amendments.restore_amendment(self.host.store, self.amendment_id, faction=self.host.faction)
        )


# ----- moties: the same steps as amendments, through the moties service ------------------------


class _MotieCommand(_AmendmentCommand):
    def _call(self, fn: Callable[[], Any], focus: bool = True) -> Any:
        try:
            result = fn()
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
            return None
        self.host.moties_changed(result.id if focus and not result.deleted else None)
        return result


class AddMotie(_MotieCommand):
    def __init__(self, host: Host, **kwargs: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie toevoegen"))
        self.kwargs = kwargs
        self.motie_id: str | None = None

    def redo(self) -> None:
        if self.motie_id is None:
            made = self._call(lambda: svc.moties.add_motie(self.host.store, **self.kwargs))
            self.motie_id = made.id if made else None
        else:
            mid = self.motie_id
            self._call(lambda: svc.moties.restore_motie(self.host.store, mid, faction=self.host.faction))

    def undo(self) -> None:
        if self.motie_id is not None:
            mid = self.motie_id
            self._call(lambda: svc.moties.delete_motie(self.host.store, mid, faction=self.host.faction), False)


class EditMotie(_MotieCommand):
    def __init__(self, host: Host, motie_id: str, old: Any, new: Any) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie bewerken"))
        self.motie_id, self.old, self.new = motie_id, old, new

    def redo(self) -> None:
        self._call(lambda: svc.moties.update_motie(self.host.store, self.motie_id, self.new, faction=self.host.faction))

    def undo(self) -> None:
        self._call(lambda: svc.moties.update_motie(self.host.store, self.motie_id, self.old, faction=self.host.faction))


class DeleteMotie(_MotieCommand):
    def __init__(self, host: Host, motie_id: str) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Motie verwijderen"))
        self.motie_id = motie_id

    def redo(self) -> None:
        self._call(lambda: svc.moties.delete_motie(self.host.store, self.motie_id, faction=self.host.faction), False)

    def undo(self) -> None:
        self._call(lambda: svc.moties.restore_motie(self.host.store, self.motie_id, faction=self.host.faction))


class IncludeInDraft(QUndoCommand):
    """The clerk marks an annotation for the combined draft (or takes the mark off)."""

    def __init__(self, host: Host, annotation_id: str, include: bool) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Opnemen in concept-zienswijze")
            if include
            else QCoreApplication.translate("Undo", "Niet opnemen in concept-zienswijze")
        )
        self.host, self.annotation_id, self.include = host, annotation_id, include

    def _set(self, value: bool) -> None:
        try:
            result = svc.annotations.set_include_in_draft(self.host.store, self.annotation_id, value)
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
            return
        self.host.annotations_changed(result.id)

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

    def undo(self) -> None:
        try:
            for _ in self.paths:  # each package was its own merge
                svc.exchange.undo_last_merge(self.host.store)
        except UserFacingError as error:
            self.setObsolete(True)
            self.host.show_error(error)
        self.host.exchange_changed()
