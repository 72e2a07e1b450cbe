"""THE CRASH TEST: a process writing annotations is killed (SIGKILL) again and again.

What the user was told is saved must be there after the kill, whole; nothing may be half-written.
A child process (kill_child.py) writes through the services and reports each committed change on
stdout; the parent kills it at a random moment and then inspects the store.

Reproduce a failure with the seed from the message: RAADSVIEWER_KILL_SEED=<seed> pytest ...
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

import pytest

from raadsviewer.domain.annotations import revision_id
from raadsviewer.domain.model import DocumentRole
from raadsviewer.services.documents import import_document
from raadsviewer.storage.db import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ZHZ = ROOT / "resources" / "samples" / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
CHILD = Path(__file__).with_name("kill_child.py")
CHECKSUM_MARK = "\n\nchecksum:"

KILLS = 30
TIME_BUDGET_S = 55.0  # stop early (after at least MIN_KILLS) rather than exceed this
MIN_KILLS = 25
SEED = int(os.environ.get("RAADSVIEWER_KILL_SEED", "20201119"))


def _body_is_whole(body: str) -> bool:
    text, mark, checksum = body.rpartition(CHECKSUM_MARK)
    return bool(mark) and hashlib.sha256(text.encode("utf-8")).hexdigest() == checksum


def _sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class Child:
    """The writer, with a thread collecting its complete stdout lines."""

    def __init__(self, db: Path, seed: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
            cwd=ROOT,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):  # cut off by the kill: not reported as saved
                break
            line = raw.decode("utf-8").rstrip("\n")
            if line == "ready":
                self.ready.set()
            else:
                self.lines.append(line)
        self.ready.set()

    def kill(self) -> tuple[list[str], str]:
        self.proc.kill()  # SIGKILL on POSIX (TerminateProcess on Windows): no clean-up of any kind
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        err = self.proc.stderr.read().decode("utf-8", "replace")
        self.proc.stderr.close()
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return self.lines, err


def _check_store(db: Path, reported: dict[str, list[tuple[int, str]]], context: str) -> tuple[int, int]:
    """Every invariant a kill must not break. Returns (annotations, revisions) in the store."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
        annotations = {
            row[0]: row
            for row in conn.execute(
                "SELECT id, version, revision_id, body, stance, visibility, deleted, principle_id FROM annotation"
            )
        }
        revisions: dict[str, list[tuple]] = {}
        by_id: dict[str, tuple] = {}
        for row in conn.execute(
            "SELECT id, annotation_id, parent_id, version, content_json FROM annotation_revision ORDER BY version"
        ):
            revisions.setdefault(row[1], []).append(row)
            by_id[row[0]] = row
    finally:
        conn.close()

    assert set(revisions) <= set(annotations), f"revisions of missing annotations; {context}"
    for ann_id, (_, version, rev_id, body, stance, visibility, deleted, principle_id) in annotations.items():
        where = f"annotation {ann_id}; {context}"
        assert _body_is_whole(body), f"half-written body in {where}"
        # The row and its newest revision were written together: same version, same content.
        latest = by_id.get(rev_id)
        assert latest is not None, f"revision_id {rev_id} has no revision row: {where}"
        assert latest[1] == ann_id and latest[3] == version, f"row at v{version}, revision at v{latest[3]}: {where}"
        content = json.loads(latest[4])
        assert (content["body"], content["stance"], content["visibility"], bool(content["deleted"])) == (
            body,
            stance,
            visibility,
            bool(deleted),
        ), f"row differs from its revision: {where}"
        assert content["principle_id"] == principle_id, where
        # The chain: versions 1..n, each made from the one before, each id the hash of its content.
        chain = revisions[ann_id]
        assert [r[3] for r in chain] == list(range(1, version + 1)), f"versions {[r[3] for r in chain]}: {where}"
        assert chain[0][2] is None, where
        for before, after in pairwise(chain):
            assert after[2] == before[0], f"broken chain at v{after[3]}: {where}"
        assert chain[-1][0] == rev_id, where
        for r in chain:
            assert revision_id({"parent": r[2], "content": json.loads(r[4])}) == r[0], (
                f"revision {r[0]} forged: {where}"
            )
            assert _body_is_whole(json.loads(r[4])["body"]), where

    # What the user was told is saved is there, with at least that version, exactly as reported.
    for ann_id, saves in reported.items():
        where = f"annotation {ann_id}; {context}"
        assert ann_id in annotations, f"reported saved but missing: {where}"
        chain = {r[3]: r for r in revisions[ann_id]}
        for version, sha in saves:
            assert annotations[ann_id][1] >= version, (
                f"reported v{version}, store has v{annotations[ann_id][1]}: {where}"
            )
            assert _sha(json.loads(chain[version][4])["body"]) == sha, f"v{version} body differs: {where}"
        last_version, last_sha = max(saves)
        if annotations[ann_id][1] == last_version:
            assert _sha(annotations[ann_id][3]) == last_sha, f"current body differs from reported: {where}"
    return len(annotations), len(by_id)


def test_store_survives_repeated_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "kill.sqlite"
    store = Store(db)
    import_document(store, ZHZ, role=DocumentRole.FRAMEWORK)
    store.close()

    rnd = random.Random(SEED)
    reported: dict[str, list[tuple[int, str]]] = {}
    started = time.monotonic()
    kills = saves = 0
    killed_before_ready = 0
    while kills < KILLS and (kills < MIN_KILLS or time.monotonic() - started < TIME_BUDGET_S):
        child_seed = rnd.randrange(2**32)
        delay = rnd.uniform(0.05, 0.6)
        wait_for_ready = rnd.random() < 0.85  # now and then kill it while it is still opening the store
        child = Child(db, child_seed)
        if wait_for_ready:
            assert child.ready.wait(timeout=30), f"child never got ready (seed {SEED}, kill {kills + 1})"
        time.sleep(delay)
        exited = child.proc.poll()
        lines, err = child.kill()
        kills += 1
        context = f"seed {SEED}, kill {kills}, child seed {child_seed}, delay {delay:.3f}s"
        assert exited is None, f"child died by itself (exit {exited}): {err[-2000:]}; {context}"
        if not child.ready.is_set() or not lines:
            killed_before_ready += 1
        for line in lines:
            word, ann_id, version, sha = line.split(" ")
            assert word == "saved", f"unexpected output {line!r}; {context}"
            reported.setdefault(ann_id, []).append((int(version), sha))
            saves += 1
        _check_store(db, reported, context)

    elapsed = time.monotonic() - started
    annotations, revisions = _check_store(db, reported, f"seed {SEED}, final")
    # The store is still a working store.
    store = Store(db)
    try:
        assert store.integrity_check() == "ok"
    finally:
        store.close()
    print(
        f"\nkill test: {kills} kills in {elapsed:.1f}s, {saves} saves reported, {annotations} annotations, "
        f"{revisions} revisions, {killed_before_ready} kills before the first save (seed {SEED})"
    )
    assert kills >= MIN_KILLS
    assert saves >= kills, f"too few saves to mean anything: {saves} in {kills} kills (seed {SEED})"
    assert annotations >= len(reported), f"seed {SEED}"
