"""Opening a store on a PostgreSQL server, and its backups: for the command line and the settings.

Where a store is, is kept as a location (a file path, or a URL without password); the password of
a server is kept in the OS keychain (``keyring``) under the URL's user, host, port and database,
or in the user's ``~/.pgpass`` (which libpq reads itself). It is never written into the settings
file or shown: :func:`location_to_keep` is what the settings may hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.storage import server as server_tools
from raadsviewer.storage.db import Store, is_server_location, server_url

KEYCHAIN_SERVICE = "raadsviewer-postgresql"


def keychain_name(location: str) -> str:
    """The keychain entry of a server store: ``user@host:port/database`` (one password per login)."""
    url, _schema = server_url(location)
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _keychain() -> Any:
    from raadsviewer.services.secrets import _keychain as keychain  # the one test of a usable keychain

    return keychain()


def remember_password(location: str, password: str) -> bool:
    """Keep a server's password in the OS keychain; False when there is no keychain here (use
    ``~/.pgpass`` then)."""
    keyring = _keychain()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYCHAIN_SERVICE, keychain_name(location), password)
    except Exception as exc:  # noqa: BLE001 (a locked or refusing keychain)
        raise UserFacingError("key_protection_unavailable") from exc
    return True


def forget_password(location: str) -> None:
    keyring = _keychain()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYCHAIN_SERVICE, keychain_name(location))
    except Exception:  # noqa: BLE001 (nothing kept, or a refusing keychain: nothing to forget)
        pass


def _password(location: str) -> str | None:
    keyring = _keychain()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(KEYCHAIN_SERVICE, keychain_name(location))
    except Exception:  # noqa: BLE001 (a locked keychain: libpq may still find ~/.pgpass)
        return None
    return str(found) if found else None


def location_to_keep(location: str | Path) -> str:
    """What the settings may hold of a store's location: a path as is, a URL without its password."""
    if not is_server_location(str(location)):
        return str(location)
    url, schema = server_url(str(location))
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    kept = bare.render_as_string(hide_password=False)
    return kept + (f"?schema={schema}" if schema else "")


def open_store(location: str | Path) -> Store:
    """The store at ``location``: a SQLite file, or a server URL whose password (when the URL has
    none) comes from the keychain, else from ``~/.pgpass``."""
    if isinstance(location, str) and is_server_location(location):
        url, _schema = server_url(location)
        return Store(location, password=None if url.password else _password(location))
    return Store(location)


# --- backups of a server store -----------------------------------------------------------------


def backup(store: Store, reason: str = "manual", folder: Path | None = None) -> server_tools.ServerBackup:
    """A verified ``pg_dump`` of a server store (its schema, or its database)."""
    if not store.is_server:
        raise UserFacingError("store_unusable", path=store.location, reason="not a store on a server")
    return server_tools.make_backup(store.engine.url, store.schema, reason, folder=folder)


def backups(store: Store, folder: Path | None = None) -> list[server_tools.ServerBackup]:
    """The server store's backups made on this computer, newest first."""
    return server_tools.list_backups(store.engine.url, store.schema, folder=folder)


def restore(store: Store, backup: Path, *, keep_current: bool = False) -> server_tools.ServerBackup | None:
    """Put a dump in the server store's place (one transaction). Colleagues should close the
    program first; this store's own connections are closed before. ``keep_current``: dump the
    store as it is first (returned), so going back to a backup can itself be undone."""
    kept = None
    if keep_current:
        verdict = server_tools.check(backup)  # a bad file is refused before anything is dumped
        if verdict != "ok":
            raise UserFacingError("backup_failed", reason=f"{backup.name}: {verdict}")
        kept = server_tools.make_backup(store.engine.url, store.schema, "restore")
    store.engine.dispose()
    server_tools.restore(store.engine.url, store.schema, backup)
    return kept
