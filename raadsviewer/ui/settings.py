"""What the window remembers between runs (QSettings): who is using it, and how it was laid out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_DOSSIERS = 6


class Settings:
    """Typed access to QSettings; tests hand in an INI file under tmp_path."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("raadsviewer", "raadsviewer")

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    @property
    def faction(self) -> str:
        return self._str("user/faction")

    @faction.setter
    def faction(self, value: str) -> None:
        self.q.setValue("user/faction", value)

    @property
    def last_folder(self) -> Path:
        """Where the last file was opened or saved (a file dialog starts there); home at first, or
        when that folder is gone (a USB stick taken out)."""
        folder = Path(self._str("paths/last_folder") or Path.home())
        try:
            return folder if folder.is_dir() else Path.home()
        except OSError:
            return Path.home()

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self.q.setValue("paths/last_folder", str(value))

    @property
    def member(self) -> str:
        return self._str("user/member")

    @member.setter
    def member(self, value: str) -> None:
        self.q.setValue("user/member", value)

    @property
    def font_size(self) -> int:
        try:
            return int(self.q.value("view/font_size", 11))
        except (TypeError, ValueError):
            return 11

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.q.setValue("view/font_size", int(value))

    @property
    def line_numbers(self) -> bool:
        """The framework shown with its line numbers (as amendments cite them)."""
        return str(self.q.value("view/line_numbers", "false")).lower() in ("true", "1")

    @line_numbers.setter
    def line_numbers(self, value: bool) -> None:
        self.q.setValue("view/line_numbers", bool(value))

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        value = self._str("view/theme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("view/theme", value)

    @property
    def language(self) -> str:
        """ "nl", "en", or "" for the system's language."""
        value = self._str("view/language", "")
        return value if value in ("nl", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("view/language", value)

    @property
    def store_path(self) -> str:
        """A store chosen in the settings; "" for the default in the user data folder."""
        return self._str("store/path", "")

    @store_path.setter
    def store_path(self, value: str) -> None:
        self.q.setValue("store/path", value)

    def store_location(self) -> Path | str:
        """The store chosen in the settings: a file (a path), or a server's address (a URL, kept
        without its password, which is in the OS keychain). Read before the first paint, so
        without SQLAlchemy: a URL is what starts with ``scheme://``, as ``--db`` reads it."""
        import re

        value = self.store_path.strip()
        return value if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE) else Path(value)

    @property
    def last_dossier(self) -> str:
        """The dossier open when the window last closed (its id); "" for none."""
        return self._str("dossiers/last", "")

    @last_dossier.setter
    def last_dossier(self, value: str) -> None:
        self.q.setValue("dossiers/last", value)
        recent = [value, *(d for d in self.recent_dossiers if d != value)][:RECENT_DOSSIERS]
        self.q.setValue("dossiers/recent", ",".join(recent))

    @property
    def recent_dossiers(self) -> list[str]:
        """Dossier ids, the most recently opened first."""
        value = self._str("dossiers/recent", "")
        return [d for d in value.split(",") if d][:RECENT_DOSSIERS]

    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()
