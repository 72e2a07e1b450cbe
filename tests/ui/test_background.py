"""Work off the GUI thread: its result reaches the window, and work that ends after the window
closed (the program is quitting) ends quietly instead of logging an error."""

from __future__ import annotations

import logging

import shiboken6

from raadsviewer.ui.background import TaskRunner, _Job, _Signals


def test_the_result_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    got: list[object] = []
    runner.run(lambda _progress: 6 * 7, got.append, lambda exc: got.append(exc))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [42]


def test_work_that_ends_after_its_window_closed_is_let_go(qapp, caplog) -> None:  # type: ignore[no-untyped-def]
    signals = _Signals()
    job = _Job(lambda _progress: "klaar", signals)
    job.setAutoDelete(False)
    shiboken6.delete(signals)  # what closing the window does to the object the job reports to
    with caplog.at_level(logging.DEBUG, logger="raadsviewer.ui.background"):
        job.run()  # raised "Signal source has been deleted" on the worker thread before
    assert any("after its window closed" in r.getMessage() for r in caplog.records)
