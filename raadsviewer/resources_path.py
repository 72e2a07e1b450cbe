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
    from importlib.resources import files

    return Path(str(files("raadsviewer.resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def app_icon_path(size: int = 256) -> Path:
    """The application icon as a PNG (sizes 16 24 32 48 64 128 256 512 exist)."""
    return resource_path("icons", f"raadsviewer-{size}.png")
