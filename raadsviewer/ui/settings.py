"""What the window remembers between runs (QSettings): who is using it, and how it was laid out."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


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

    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()
