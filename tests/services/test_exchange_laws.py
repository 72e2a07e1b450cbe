"""The merge laws, proved on real stores: factions work offline on copies of one prepared store,
export again and again; clerks merge every package in different orders and groupings.

Same set of packages => the same store (canonical dump), the same conflicts, and nothing that was
ever exported missing or duplicated.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from raadsviewer.domain import package as P
from raadsviewer.domain.model import Visibility
from raadsviewer.services import annotations as ann
from raadsviewer.services import exchange as ex
from raadsviewer.storage.models import AnnotationRevisionRow
from tests.services.test_exchange_support import (
    canonical_dump,
    dossier_id,
    edit,
    laptop,
    note,
    prepare,
    share_key,
    trust,
)

_PREPARED: Path | None = None


def prepared() -> Path:
    global _PREPARED
    if _PREPARED is None:
        _PREPARED = prepare(Path(tempfile.mkdtemp(prefix="raadsviewer-laws-")))
    return _PREPARED


LAPTOPS = (("g1", "Groen"), ("g2", "Groen"), ("r1", "Rood"))
VISIBILITIES = (Visibility.FRACTIE, Visibility.GRIFFIE, Visibility.PRIVE)


class Offline(RuleBasedStateMachine):
    @initialize(rnd=st.randoms(use_true_random=False))
    def start(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.dir = Path(tempfile.mkdtemp(prefix="raadsviewer-offline-"))
        self.stores = {name: laptop(prepared(), self.dir / f"{name}.sqlite") for name, _ in LAPTOPS}
        self.faction = dict(LAPTOPS)
        share_key(self.stores["g1"], self.stores["g2"], "Groen", self.dir)
        self.items: dict[str, list[str]] = {name: [] for name, _ in LAPTOPS}
        self.packages: list[tuple[str, Path]] = []  # (faction, path)
        self.counter = 0

    def teardown(self) -> None:
        for s in getattr(self, "stores", {}).values():
            s.close()
        if hasattr(self, "dir"):
            shutil.rmtree(self.dir, ignore_errors=True)

    @rule(who=st.sampled_from([n for n, _ in LAPTOPS]), number=st.integers(1, 3), vis=st.sampled_from(VISIBILITIES))
    def add(self, who: str, number: int, vis: Visibility) -> None:
        self.counter += 1
        a = note(
            self.stores[who], self.faction[who], f"notitie {self.counter} van {who}", number=number, visibility=vis
        )
        self.items[who].append(a.id)

    def _known(self, who: str) -> list[str]:
        store = self.stores[who]
        return sorted(
            a.id
            for a in ann.list_annotations(store, dossier_id(store), include_private=True, include_deleted=True)
            if a.faction_name == self.faction[who]
        )

    @rule(who=st.sampled_from([n for n, _ in LAPTOPS]), pick=st.integers(0, 50), vis=st.sampled_from(VISIBILITIES))
    def change(self, who: str, pick: int, vis: Visibility) -> None:
        known = self._known(who)
        if not known:
            return
        self.counter += 1
        edit(self.stores[who], known[pick % len(known)], self.faction[who], f"bewerking {self.counter}", vis)

    @rule(who=st.sampled_from([n for n, _ in LAPTOPS]), pick=st.integers(0, 50))
    def delete_or_restore(self, who: str, pick: int) -> None:
        store = self.stores[who]
        known = self._known(who)
        if not known:
            return
        item = known[pick % len(known)]
        if ann.get_annotation(store, item).deleted:
            ann.restore_annotation(store, item, faction=self.faction[who])
        else:
            ann.delete_annotation(store, item, faction=self.faction[who])

    @rule(who=st.sampled_from([n for n, _ in LAPTOPS]))
    def export(self, who: str) -> None:
        store = self.stores[who]
        path = self.dir / f"p{len(self.packages)}-{who}{P.SUFFIX}"
        preview = ex.export_preview(store, dossier_id(store), self.faction[who])
        result = ex.export_package(store, dossier_id(store), self.faction[who], who, path)
        assert result.preview == preview  # the preview is exactly what left
        self.packages.append((self.faction[who], path))

    @precondition(lambda self: any(f == "Groen" for f, _ in self.packages))
    @rule(to=st.sampled_from(["g1", "g2"]), pick=st.integers(0, 50))
    def colleague_merges(self, to: str, pick: int) -> None:
        mine = [p for f, p in self.packages if f == "Groen"]
        [report] = ex.merge_packages(self.stores[to], [mine[pick % len(mine)]])
        assert not report.refused, report.reason

    def _clerk(self, name: str) -> object:
        clerk = laptop(prepared(), self.dir / f"{name}.sqlite")
        trust(self.stores["g1"], clerk, "Groen", self.dir)
        trust(self.stores["r1"], clerk, "Rood", self.dir)
        return clerk

    def teardown_check(self) -> None:
        paths = [p for _, p in self.packages]
        if not paths:
            return
        clerks = []
        for n in range(3):
            clerk = self._clerk(f"clerk{n}")
            order = paths[:]
            self.rnd.shuffle(order)
            if n == 2:  # with repeats, in random groups
                order += self.rnd.sample(paths, k=min(3, len(paths)))
            i = 0
            while i < len(order):
                k = self.rnd.randint(1, 3)
                for report in ex.merge_packages(clerk, order[i : i + k]):
                    assert not report.refused, report.reason
                i += k
            clerks.append(clerk)
        dumps = [canonical_dump(c) for c in clerks]
        assert dumps[0] == dumps[1] == dumps[2]
        conflicts = [
            [(c.item_id, tuple(h["id"] for h in c.heads), c.current) for c in ex.list_conflicts(k)] for k in clerks
        ]
        assert conflicts[0] == conflicts[1] == conflicts[2]
        exported = set()
        for path in paths:
            pkg = P.read(path.read_bytes())
            exported |= {r.id for r in pkg.annotations}
        with clerks[0].session() as s:
            stored = s.scalars(select(AnnotationRevisionRow.id)).all()
        assert len(stored) == len(set(stored))
        assert exported == set(stored)  # nothing missing, nothing extra (the clerk made nothing)
        # Undo takes back exactly the last package: merging it again gives the same store.
        last = clerks[0]
        log = ex.merge_log(last)
        ex.undo_last_merge(last)
        again = [p for p in paths if P.sha256(p.read_bytes()) == log[-1]["package_sha256"]]
        ex.merge_packages(last, again)
        assert canonical_dump(last) == dumps[1]
        for c in clerks:
            c.close()


class OfflineChecked(Offline):
    def teardown(self) -> None:
        try:
            if hasattr(self, "stores"):
                self.teardown_check()
        finally:
            super().teardown()


OfflineChecked.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_offline_factions_and_clerks_agree = OfflineChecked.TestCase


def test_the_dump_would_see_a_difference(tmp_path: Path) -> None:
    """The comparison can fail: a clerk missing one package differs."""
    a = laptop(prepared(), tmp_path / "a.sqlite")
    note(a, "Groen", "iets")
    ex.export_package(a, dossier_id(a), "Groen", "x", tmp_path / "p.raadspakket")
    c1, c2 = laptop(prepared(), tmp_path / "c1.sqlite"), laptop(prepared(), tmp_path / "c2.sqlite")
    for c in (c1, c2):
        trust(a, c, "Groen", tmp_path)
    ex.merge_packages(c1, [tmp_path / "p.raadspakket"])
    assert canonical_dump(c1) != canonical_dump(c2)
    for s in (a, c1, c2):
        s.close()
