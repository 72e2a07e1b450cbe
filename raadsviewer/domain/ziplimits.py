"""Looking at a zip file before anything expensive is done with it.

Python's ``zipfile`` reads the whole central directory into objects when a file is opened: an
archive that claims millions of entries costs a minute and gigabytes before any check can run.
:func:`directory_size` reads the end-of-central-directory record (and its zip64 form) with a
few slices, so the number of entries and the directory's size are refused first; the sizes the
directory declares (and their inflation ratio) are checked next, still before inflating; and
:func:`read_bounded` inflates one member in chunks, stopping as soon as it passes its limit.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass

EOCD = b"PK\x05\x06"
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_EOCD = b"PK\x06\x06"
CHUNK = 1024 * 1024


class ZipLimitError(Exception):
    """What a limit refused: ``kind`` is entries | directory | size | total | ratio | damaged."""

    def __init__(self, kind: str, detail: str = "", size: int = 0, limit: int = 0) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail, self.size, self.limit = kind, detail, size, limit


@dataclass(frozen=True, slots=True)
class Directory:
    entries: int
    size: int  # bytes of the central directory


def directory_size(data: bytes) -> Directory | None:
    """The central directory's entry count and size from the end record; None when there is none."""
    tail_start = max(0, len(data) - (65_535 + 22))
    i = data.rfind(EOCD, tail_start)
    if i < 0 or len(data) - i < 22:
        return None
    entries = int.from_bytes(data[i + 10 : i + 12], "little")
    size = int.from_bytes(data[i + 12 : i + 16], "little")
    if entries == 0xFFFF or size == 0xFFFFFFFF:
        loc = i - 20
        if loc >= 0 and data[loc : loc + 4] == ZIP64_LOCATOR:
            offset = int.from_bytes(data[loc + 8 : loc + 16], "little")
            record = data[offset : offset + 56]
            if record[:4] == ZIP64_EOCD and len(record) == 56:
                entries = int.from_bytes(record[32:40], "little")
                size = int.from_bytes(record[40:48], "little")
    return Directory(entries, size)


def check_directory(data: bytes, max_entries: int, max_directory: int = 4 * 1024 * 1024) -> None:
    found = directory_size(data)
    if found is None:
        raise ZipLimitError("damaged", "no end of central directory")
    if found.entries > max_entries:
        raise ZipLimitError("entries", str(found.entries), found.entries, max_entries)
    if found.size > max_directory:
        raise ZipLimitError("directory", str(found.size), found.size, max_directory)


def check_declared(
    infos: list[zipfile.ZipInfo], max_member: int, max_total: int, max_ratio: int, *, small: int = 1024 * 1024
) -> None:
    """The sizes the directory declares, before anything is inflated."""
    for info in infos:
        if info.file_size > max_member:
            raise ZipLimitError("size", info.filename, info.file_size, max_member)
        if info.file_size > small and info.file_size > max_ratio * max(info.compress_size, 1):
            raise ZipLimitError("ratio", info.filename)
    total = sum(i.file_size for i in infos)
    if total > max_total:
        raise ZipLimitError("total", "(total)", total, max_total)
    compressed = sum(i.compress_size for i in infos)
    if total > small and total > max_ratio * max(compressed, 1):
        raise ZipLimitError("ratio", "(total)")


def read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[bytes, str]:
    """The member's bytes and sha256, read in chunks; refused as soon as it passes ``limit``
    (whatever its directory entry said), without holding more than ``limit`` + one chunk."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise ZipLimitError("size", info.filename, size, limit)
                digest.update(chunk)
                parts.append(chunk)
    except ZipLimitError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ZipLimitError("damaged", f"{info.filename}: {exc}") from exc  # zlib.error: a changed deflate stream
    return b"".join(parts), digest.hexdigest()
