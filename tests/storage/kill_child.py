"""Child process of test_kill.py: writes annotations through the services until it is killed.

Usage: python kill_child.py STORE SEED

Prints "ready" once the store is open, then after every service call that returned (so the
change is committed) one line "saved <id> <version> <sha256 of body>", flushed at once. Every
body ends with its own checksum, so a half-written edit can be recognised in the store.
"""

from __future__ import annotations

import hashlib
import random
import sys

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as svc
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.storage.db import Store

FACTION = "Kill-fractie"
CHECKSUM_MARK = "\n\nchecksum:"
WORDS = ("jeugdhulp", "aanbieders", "toegang", "gemeente", "inkoop", "gezin", "kader", "regio", "zorg", "budget")


def make_body(rnd: random.Random) -> str:
    # Mostly short notes, sometimes a long one (up to ~90 kB) so that a write takes a while.
    count = rnd.choice((3, 10, 40, 200, 2000, 12000)) if rnd.random() < 0.9 else 12000
    text = " ".join(rnd.choice(WORDS) for _ in range(count))[:90_000]
    return f"{text}{CHECKSUM_MARK}{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


def sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def main(path: str, seed: int) -> None:
    rnd = random.Random(seed)
    store = Store(path)
    dossier = resolve_dossier(store)
    ids = [a.id for a in svc.list_annotations(store, dossier.id, include_private=True, include_deleted=True)]
    print("ready", flush=True)
    while True:
        roll = rnd.random()
        if ids and roll < 0.35:
            annotation = svc.update_annotation(
                store,
                rnd.choice(ids),
                AnnotationDraft(make_body(rnd), rnd.choice(list(Stance)), rnd.choice(list(Visibility))),
                faction=FACTION,
            )
        elif ids and roll < 0.40:
            target = rnd.choice(ids)
            current = svc.get_annotation(store, target)
            change = svc.restore_annotation if current.deleted else svc.delete_annotation
            annotation = change(store, target, faction=FACTION)
        else:
            annotation = svc.add_annotation(
                store,
                dossier_id=dossier.id,
                faction=FACTION,
                member="Kees Kill",
                draft=AnnotationDraft(make_body(rnd), rnd.choice(list(Stance)), rnd.choice(list(Visibility))),
                principle_number=rnd.randint(1, 13),
            )
            ids.append(annotation.id)
        print(f"saved {annotation.id} {annotation.version} {sha(annotation.body)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
