"""Where the read-only resources (samples, translations, icons) are: in a checkout or in the bundle.

Installed (a wheel, or editable from a checkout) they are the package ``raadsviewer.resources``,
whose source is the checkout's top-level ``resources/`` (pyproject.toml maps it); in a PyInstaller bundle
(installers/raadsviewer.spec) they are in ``resources/`` under ``sys._MEIPASS`` (the bundle's
``_internal`` folder, or ``Contents/Resources``-linked ``Contents/Frameworks`` in a macOS .app).
Kept import-free (no Qt) so any layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "resources"
    from importlib.util import find_spec  # the package's folder without importing importlib.resources (5 ms at start)

    spec = find_spec("raadsviewer.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    from importlib.resources import files

    return Path(str(files("raadsviewer.resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def app_icon_path(size: int = 256) -> Path:
    """The application icon as a PNG (sizes 16 24 32 48 64 128 256 512 exist)."""
    return resource_path("icons", f"raadsviewer-{size}.png")
