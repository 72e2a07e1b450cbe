"""What every pane of the window needs about the open dossier, in one place.

The panes and controllers of the window take a ``DossierContext``, never the window: the store
(or the future of its background opening), the dossier as read, who is using the laptop, the
language, the task runner, the undo stack, and what the panes share (the principle being read,
the annotations, amendments and passage links loaded for it). When something changes it says so
with a signal, and each pane updates itself; nothing reaches into another pane.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Amendment, Annotation, DossierView, Faction, Principle
from raadsviewer.ui import svc
from raadsviewer.ui.settings import Settings

if TYPE_CHECKING:  # (concurrent.futures is imported when the store opens, after the first paint)
    from concurrent.futures import Future

    from PySide6.QtWidgets import QWidget

    from raadsviewer.domain.model import Motie  # loaded with the first motie, not at start
    from raadsviewer.services.links import PrincipleLinks, RankingIndex
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.quick import StartupView
    from raadsviewer.ui.background import SyncRunner, TaskRunner

Work = Callable[[Callable[[int, str], None]], Any]

GRIFFIE, MEMBER = "griffie", "member"


class Identity(NamedTuple):
    """Who uses this store (its owner, kept in the store: ``services.roles``): the griffie, or a
    member of a faction. ``explicit`` is False for a store nobody claimed yet (a first start)."""

    role: str = GRIFFIE
    faction: str = ""
    member: str = ""
    explicit: bool = False

    @property
    def is_griffie(self) -> bool:
        return self.role == GRIFFIE


# A dossier with this many notes has them frozen out of the cyclic collector's sight as they are
# read (``set_annotations``): at 50,000 a full collection took 110-140 ms, at 2,000 a few ms.
# Not below it: whatever else is alive at that moment (a dialog just closed, an undo command) is
# frozen with them, and its cycles, if it has any, are never collected.
FREEZE_FROM_NOTES = 5_000


class DossierContext(QObject):
    dossierReplaced = Signal()  # a dossier was opened, or its documents changed
    principleChanged = Signal(object)  # the Principle now read, or None
    annotationsChanged = Signal(object)  # the annotation to show (its id), or None
    amendmentsChanged = Signal(object)  # the amendment to show (its id), or None
    motiesChanged = Signal(object)  # the motie to show (its id), or None
    linksChanged = Signal()
    rankingReady = Signal(object)  # PrincipleLinks of the principle being read
    identityChanged = Signal()
    storeReady = Signal()  # the full store is open (after a fast start)

    def __init__(
        self,
        settings: Settings,
        window: QWidget,
        *,
        store: Store | None = None,
        runner: TaskRunner | SyncRunner | None = None,
        lang: str = "nl",
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window  # the parent of dialogs and message boxes
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.written: dict[str, str] = {}  # per item, the base of the next undo step (``ui.undo.Host``)
        self._store = store
        self._store_future: Future[Store] | None = None
        self._db_path: Path | None = store.path if store is not None else None
        self._server_location = ""  # a server store being opened: where (never with a password)
        self._runner = runner
        self.view: DossierView | None = None
        self.current_principle: Principle | None = None
        self.factions: list[Faction] = []
        self.annotations: list[Annotation] = []
        self._annotations_by_principle: dict[str | None, list[Annotation]] = {}
        self.amendments: list[Amendment] = []
        self._lists_set = 0  # how often amendments or moties were taken in (a late reload yields to a newer one)
        self.moties: list[Motie] = []
        self.confirmed_links: dict[tuple[str, str], tuple[int, int]] = {}
        self.identity = Identity()
        self.identity_asker: Callable[[], bool] = lambda: False  # the preferences controller sets it
        self._ranking_index: RankingIndex | None = None
        self._rankings: dict[str, PrincipleLinks] = {}
        self._ranking_wanted: str | None = None
        self._ranking_generation = 0  # rankings asked before the links or the dossier changed are dropped
        self._ranking_ahead = False  # a principle nobody asked for yet is being ranked
        self._being_ranked: set[tuple[int, str]] = set()  # (generation, principle id) in a worker now
        self._ahead_timer = QTimer(self)  # ranks the next principle ahead in a later turn; goes with the window
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._rank_ahead)

    # --- the store ---------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open store; if it is still being opened in the background, wait for it."""
        if self._store is None:
            if self._store_future is None:
                raise RuntimeError("no store")
            self._store = self._store_future.result()
        return self._store

    @property
    def store_is_open(self) -> bool:
        return self._store is not None or (self._store_future is not None and self._store_future.done())

    @property
    def store_path(self) -> Path | None:
        """The store's file; None for a store on a server (see ``store_location``)."""
        return self._store.path if self._store is not None else self._db_path

    @property
    def store_location(self) -> str:
        """Where the store is, as the user may read it: its file, or its server (no password)."""
        if self._store is not None:
            return self._store.location
        return str(self._db_path or self._server_location or "")

    @property
    def on_server(self) -> bool:
        """The store is (being opened) on a PostgreSQL server, not in a file."""
        return self._store.is_server if self._store is not None else bool(self._server_location)

    def open_store_in_background(
        self, opener: Callable[[], Store], path: Path | None = None, *, server: str = ""
    ) -> None:
        """After a fast start (storage.quick), or on a server, open the full store without
        blocking the window (``server``: the server's address as shown, never a password)."""
        from concurrent.futures import ThreadPoolExecutor

        self._db_path = path or self._db_path
        self._server_location = server or self._server_location
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-store")
        self._store_future = executor.submit(opener)
        executor.shutdown(wait=False)

    def take_in_opened_store(self) -> None:
        """After a fast start (``storage.quick`` reads the dossier and the annotations only): the
        amendments, moties and passage links from the full store, now open; then what waited for
        the store may go (``storeReady``)."""
        self.reload_amendments()
        self.reload_moties()
        self.reload_links()
        self.storeReady.emit()

    def when_store_open(self, opened: Callable[[], None], failed: Callable[[UserFacingError], None]) -> None:
        """Call ``opened`` once the background opening has finished (polled on the GUI thread, so
        nothing waits), or ``failed`` with the reason it could not be opened."""
        from PySide6.QtCore import QTimer

        future = self._store_future
        if self._store is None and future is not None and not future.done():
            QTimer.singleShot(50, lambda: self.when_store_open(opened, failed))
            return
        try:
            self.store  # noqa: B018 (takes the result, or raises what the opening raised)
        except UserFacingError as error:
            failed(error)
            return
        opened()

    def replace_store(self, store: Store) -> None:
        """A restored backup or a recovered store: the history belongs to the store replaced."""
        self._store_future = None
        self._store = store
        self._db_path = store.path
        self.undo_stack.clear()
        self._forget_rankings()

    def close_store(self) -> None:
        if self._store is None and self._store_future is not None:
            try:
                self._store = self._store_future.result()  # closed while still opening: wait for it
            except UserFacingError:
                return  # it never opened: nothing to close
        if self._store is not None:
            self._store.close()

    @property
    def runner(self) -> TaskRunner | SyncRunner:
        if self._runner is None:
            from raadsviewer.ui.background import TaskRunner

            self._runner = TaskRunner(self.window)
        return self._runner

    def run(self, work: Work, done: Callable[[Any], None], label: str = "") -> None:
        """Long work off the GUI thread; a refusal is shown, anything else is a bug (raised)."""
        self.runner.run(work, done, self.background_failed, label)

    def background_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.show_error(error)
        else:
            raise error

    # --- who is using the laptop ---------------------------------------------------------------

    @property
    def faction(self) -> str:
        return self.identity.faction

    @property
    def member(self) -> str:
        return self.identity.member

    @property
    def is_griffie(self) -> bool:
        return self.identity.is_griffie

    def set_identity(self, identity: Identity) -> None:
        if identity != self.identity:
            self.identity = identity
            self.identityChanged.emit()

    def load_identity(self) -> None:
        """The store's owner, as the full store says (after a fast start: from the fast read)."""
        owner = svc.roles.get_owner(self.store)
        self.set_identity(
            Identity(
                role=GRIFFIE if owner.role.value == GRIFFIE else MEMBER,
                faction=owner.faction or "",
                member=owner.member or "",
                explicit=owner.explicit,
            )
        )

    def ensure_identity(self) -> bool:
        """Someone claimed this store (a member of a faction or the griffie); else ask who."""
        return self.identity.explicit or self.identity_asker()

    def ensure_member(self) -> bool:
        """A member of a faction uses this store: what only a faction writes (notes, amendments)."""
        if not self.ensure_identity():
            return False
        if self.is_griffie:
            self.show_error(UserFacingError("griffie_writes_no_faction_items"))
            return False
        return True

    def member_can(self, enabled: bool, *controls: Any) -> None:
        """Enable what only a faction member does (notes, amendments, moties, links): on the
        griffie's store greyed out, saying why in its tip (a menu shows it in the status bar).
        Enabled, they refused with a message box only once chosen."""
        why = UserFacingError("griffie_writes_no_faction_items").message(self.lang) if self.is_griffie else ""
        for control in controls:
            control.setEnabled(enabled and not why)
            if why or control.toolTip() == control.property("griffie_why"):
                control.setToolTip(why)
                control.setProperty("griffie_why", why)
                if hasattr(control, "setStatusTip"):
                    control.setStatusTip(why)

    # --- telling the user ------------------------------------------------------------------------

    def show_error(self, error: UserFacingError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, "raadsviewer", error.message(self.lang))

    def status(self, text: str, msecs: int = 6000) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(text, msecs)

    # --- the dossier -------------------------------------------------------------------------------

    def load_dossier(self, dossier_id: str | None = None, principle_number: int | None = None) -> None:
        if dossier_id is None:
            dossiers = svc.documents.list_dossiers(self.store)
            if not dossiers:
                self.set_view(None)
                return
            remembered = self.settings.last_dossier
            dossier_id = next((d.id for d in dossiers if d.id == remembered), dossiers[0].id)
        self.set_view(svc.documents.open_dossier(self.store, dossier_id))
        self.reload_annotations()
        self.reload_amendments()
        self.reload_moties()
        self.reload_links()
        self.select_initial(principle_number)

    def show_startup(self, startup: StartupView) -> None:
        """Fill from the fast start, before the full store is open."""
        if startup.owner_role in (GRIFFIE, MEMBER):
            self.set_identity(
                Identity(startup.owner_role, startup.owner_faction or "", startup.owner_member or "", explicit=True)
            )
        self.set_view(startup.view)
        self.set_annotations(list(startup.factions), list(startup.annotations))

    def set_view(self, view: DossierView | None) -> None:
        self.view = view
        self.current_principle = None
        self._forget_rankings()
        if view is not None:
            self.settings.last_dossier = view.dossier.id
        self.dossierReplaced.emit()

    def select_initial(self, principle_number: int | None = None) -> None:
        if self.view is not None and self.view.principles:
            self.select_principle(principle_number or self.view.principles[0].number)
        else:
            self.select_principle(None)

    def select_principle(self, number: int | None) -> None:
        principle = self.view.principle(number) if self.view is not None and number is not None else None
        if principle == self.current_principle:
            return
        self.current_principle = principle
        self.principleChanged.emit(principle)

    def principle_by_id(self, principle_id: str | None) -> Principle | None:
        if self.view is None or principle_id is None:
            return None
        return next((p for p in self.view.principles if p.id == principle_id), None)

    def document(self, document_id: str) -> Any:
        if self.view is None:
            return None
        return next((d for d in self.view.documents if d.id == document_id), None)

    def full_document(self, document_id: str, ready: Callable[[Any], None]) -> None:
        """``ready(document)`` with its text: at once when the view has it, else read from the store
        (once it is open) off the GUI thread and kept in the view. The fast start reads only the
        texts the first window shows."""
        known = self.document(document_id)
        if known is None or known.text:
            if known is not None:
                ready(known)
            return
        view = self.view

        def read() -> None:
            store = self.store

            def work(_progress: Callable[[int, str], None]) -> Any:
                return svc.documents.get_document(store, document_id)

            def done(document: Any) -> None:
                if self.view is not view or view is None:
                    return  # another dossier meanwhile
                documents = tuple(document if d.id == document_id else d for d in view.documents)
                self.view = view._replace(documents=documents)
                ready(document)

            def failed(error: BaseException) -> None:
                if not isinstance(error, UserFacingError):
                    raise error
                self.show_error(error)

            self.runner.run(work, done, failed, "")

        if self._store is None and self._store_future is None:  # the store is not being opened yet

            def later() -> None:
                self.storeReady.disconnect(later)
                self.full_document(document_id, ready)

            self.storeReady.connect(later)
            return
        self.when_store_open(read, lambda _error: None)

    # --- annotations, amendments, links --------------------------------------------------------------

    def reload_annotations(self, focus_id: str | None = None) -> None:
        """Reload once; switching principles then filters in memory (fast with thousands)."""
        if self.view is None:
            return
        factions = svc.factions.list_factions(self.store)
        annotations = svc.annotations.list_annotations(
            self.store, self.view.dossier.id, viewer_faction=self.faction or None
        )
        self.set_annotations(factions, annotations, focus_id)

    def set_annotations(
        self, factions: list[Faction], annotations: list[Annotation], focus_id: str | None = None
    ) -> None:
        self.factions = factions
        self.annotations = annotations
        by_principle: dict[str | None, list[Annotation]] = {}
        for a in annotations:
            by_principle.setdefault(a.principle_id, []).append(a)
        self._annotations_by_principle = by_principle
        if len(annotations) >= FREEZE_FROM_NOTES:  # they live until read again: no full collection walks them
            from raadsviewer.ui.startup import freeze_long_lived_objects

            freeze_long_lived_objects()
        self.annotationsChanged.emit(focus_id)

    def annotations_on(self, principle: Principle | None) -> list[Annotation]:
        """The annotations on a principle, kept per principle: a switch does not scan them all."""
        if principle is None:
            return []
        return self._annotations_by_principle.get(principle.id, [])

    def reload_amendments(self, focus_id: str | None = None) -> None:
        if self.view is None:
            return
        self.set_amendments(svc.amendments.list_amendments(self.store, self.view.dossier.id), focus_id)

    def set_amendments(self, items: list[Amendment], focus_id: str | None = None) -> None:
        self._lists_set += 1
        self.amendments = items
        self.amendmentsChanged.emit(focus_id)

    def reload_moties(self, focus_id: str | None = None) -> None:
        if self.view is None:
            return
        self.set_moties(svc.moties.list_moties(self.store, self.view.dossier.id), focus_id)

    def set_moties(self, items: list[Motie], focus_id: str | None = None) -> None:
        self._lists_set += 1
        self.moties = items
        self.motiesChanged.emit(focus_id)

    def reload_links(self) -> None:
        """The passages factions confirmed or linked by hand, per (principle, document)."""
        if self.view is None:
            return
        confirmed: dict[tuple[str, str], tuple[int, int]] = {}
        for link in svc.links.list_links(self.store, self.view.dossier.id):
            if link.status in ("confirmed", "added") and link.anchor is not None and link.principle_id:
                confirmed.setdefault((link.principle_id, link.anchor.document_id), (link.anchor.start, link.anchor.end))
        self.confirmed_links = confirmed
        self._rankings.clear()  # confirmations change the ranking's order; the passages stay
        self._ranking_generation += 1
        self.linksChanged.emit()

    def reload_in_background(self) -> None:
        """Reload annotations and amendments off the GUI thread (after a merge there can be tens
        of thousands), then show them; the window stays responsive meanwhile."""
        if self.view is None:
            return
        store, dossier_id, viewer = self.store, self.view.dossier.id, self.faction or None

        def work(_progress: Callable[[int, str], None]) -> Any:
            import markdown_it  # noqa: F401 (its import is paid here, not on the GUI thread showing a note)

            return (
                svc.factions.list_factions(store),
                svc.annotations.list_annotations(store, dossier_id, viewer_faction=viewer),
                svc.amendments.list_amendments(store, dossier_id),
                svc.moties.list_moties(store, dossier_id),
            )

        def done(result: Any) -> None:
            found_factions, found_annotations, found_amendments, found_moties = result
            self.set_annotations(found_factions, found_annotations)
            asked = self._lists_set

            def rest() -> None:  # unless the amendments or moties were read again meanwhile
                if self._lists_set == asked and self.view is not None and self.view.dossier.id == dossier_id:
                    self.set_amendments(found_amendments)
                    self.set_moties(found_moties)

            QTimer.singleShot(0, rest)  # in a later turn: the window takes in the notes, paints, then these

        self.run(work, done)

    # --- what the undo commands call -----------------------------------------------------------------

    def annotation_changed(self, annotation_id: str, focus: bool) -> None:
        """One note written here (an undo command's step): read again on its own, by the same rules
        as the whole list (who may see it; a deleted note leaves it), and put in its place. Reading
        every note of the dossier again held the window 1.8 s with 25,000 of them."""
        if self.view is None:
            return
        found = svc.annotations.list_annotations(
            self.store, self.view.dossier.id, viewer_faction=self.faction or None, ids=[annotation_id]
        )
        notes = list(self.annotations)
        at = next((i for i, a in enumerate(notes) if a.id == annotation_id), None)
        if at is not None and found:
            notes[at] = found[0]  # where it stood: the list is in the order the notes were made
        elif at is not None:
            del notes[at]
        elif found:
            notes.insert(bisect.bisect_right(notes, found[0].created_at, key=lambda a: a.created_at), found[0])
        self.set_annotations(self.factions, notes, annotation_id if focus and found else None)

    def amendments_changed(self, focus_id: str | None) -> None:
        self.reload_amendments(focus_id)

    def moties_changed(self, focus_id: str | None) -> None:
        self.reload_moties(focus_id)

    def exchange_changed(self) -> None:
        self.reload_annotations()
        self.reload_amendments()
        self.reload_moties()
        self.reload_links()

    # --- the one ranking of background passages ---------------------------------------------------------

    def ranking(self, principle: Principle) -> PrincipleLinks | None:
        """The ranked passages on a principle, if known; else asked for (``rankingReady`` brings
        them). Ranked off the GUI thread by ``services.links``, the one ranking the background tabs,
        the Passages tab and the CLI share."""
        known = self._rankings.get(principle.id)
        if known is not None:
            return known
        if self.view is None or not self.store_is_open:
            return None
        self._ranking_wanted = principle.id
        if (self._ranking_generation, principle.id) not in self._being_ranked:  # else it is on its way
            self._rank(principle)
        return self._rankings.get(principle.id)  # at once when the runner is synchronous (tests)

    def ranked(self, principle: Principle) -> PrincipleLinks | None:
        """The ranked passages on a principle if they are known, without asking for them."""
        return self._rankings.get(principle.id)

    def _rank_ahead(self) -> None:
        """The principles nobody asked for yet, one at a time off the GUI thread, after the one
        being read: a switch then shows the passages with the principle, instead of painting the
        background documents again when they arrive."""
        if self._ranking_ahead or self.view is None or not self.store_is_open:
            return
        generation = self._ranking_generation
        todo = next(
            (
                p
                for p in self.view.principles
                if p.id not in self._rankings and (generation, p.id) not in self._being_ranked
            ),
            None,
        )
        if todo is not None:
            self._ranking_ahead = True
            self._rank(todo, ahead=True)

    def _rank(self, principle: Principle, *, ahead: bool = False) -> None:
        assert self.view is not None
        store, dossier_id, index = self.store, self.view.dossier.id, self._ranking_index
        number, viewer = principle.number, self.faction or None
        generation = self._ranking_generation
        self._being_ranked.add((generation, principle.id))

        def work(_progress: Callable[[int, str], None]) -> Any:
            built = index or svc.links.ranking_index(store, dossier_id)
            return built, svc.links.rank_principle(store, built, number, viewer_faction=viewer)

        def finished() -> None:
            if ahead:
                self._ranking_ahead = False
            if generation == self._ranking_generation:
                self._ahead_timer.start()  # in a later turn: the window first shows what came

        def done(result: Any) -> None:
            built, links = result
            self._being_ranked.discard((generation, principle.id))
            if self.view is None or self.view.dossier.id != dossier_id:
                if ahead:
                    self._ranking_ahead = False
                return  # another dossier meanwhile
            if generation != self._ranking_generation:  # other links meanwhile: ranked again if still wanted
                if ahead:
                    self._ranking_ahead = False
                again = next((p for p in self.view.principles if p.id == self._ranking_wanted), None)
                asked = again is not None and (self._ranking_generation, again.id) in self._being_ranked
                if (
                    again is not None
                    and again.id == links.principle.id
                    and again.id not in self._rankings
                    and not asked
                ):
                    self._rank(again)
                self._ahead_timer.start()
                return
            self._ranking_index = built
            self._rankings[links.principle.id] = links
            if self._ranking_wanted == links.principle.id:
                self.rankingReady.emit(links)
            finished()

        def failed(error: BaseException) -> None:  # a principle gone meanwhile: no ranking to show
            import logging

            self._being_ranked.discard((generation, principle.id))
            if ahead:
                self._ranking_ahead = False
            if not isinstance(error, UserFacingError):
                raise error
            logging.getLogger(__name__).info("no ranking for principle %s: %s", number, error.code)

        self.runner.run(work, done, failed, "")

    def _forget_rankings(self) -> None:
        self._ranking_index = None
        self._rankings.clear()
        self._ranking_generation += 1
