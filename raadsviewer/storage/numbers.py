"""Numbers that must never be given twice: drawn from a row per dossier and series (``number_series``).

One statement raises the series' ``last`` and the number is read back in the same transaction. On
a server that statement holds the row until the transaction ends, so a clerk numbering at the
same moment waits for it and then gets the next number: never the same one, and never a number
computed from what happened to be committed (one past the highest in use, which four clerks at
once turned into failed inserts). On SQLite a writer holds the whole store, and the same
statements do the same. A number is never given back: not after a deletion, nor after a merge
is taken back.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

AMENDMENT = "amendment"  # the store's own sequence of amendments (unique per dossier, never shown)
OFFICIAL = "official"  # the griffie's A-numbers


def draft_series(faction_id: str) -> str:
    """A faction's provisional numbers ("GL-1") in a dossier."""
    return f"draft:{faction_id}"


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def draw(session: Session | Connection, dossier_id: str, series: str, count: int = 1) -> int:
    """Take ``count`` consecutive numbers of the series; returns the first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    conn = _conn(session)
    conn.execute(
        text(
            "INSERT INTO number_series (dossier_id, series, last) VALUES (:d, :s, :n) "
            "ON CONFLICT (dossier_id, series) DO UPDATE SET last = number_series.last + :n"
        ),
        {"d": dossier_id, "s": series, "n": count},
    )
    last = conn.execute(
        text("SELECT last FROM number_series WHERE dossier_id = :d AND series = :s"), {"d": dossier_id, "s": series}
    ).scalar_one()
    return int(last) - count + 1


def raise_to(session: Session | Connection, dossier_id: str, series: str, value: int) -> None:
    """A number given elsewhere arrived (a package's provisional number, the griffie's A-number in
    its dossier): the series goes on past it."""
    _conn(session).execute(
        text(
            "INSERT INTO number_series (dossier_id, series, last) VALUES (:d, :s, :v) "
            "ON CONFLICT (dossier_id, series) DO UPDATE SET last = "
            "CASE WHEN number_series.last < excluded.last THEN excluded.last ELSE number_series.last END"
        ),
        {"d": dossier_id, "s": series, "v": int(value)},
    )
