"""The services, as the window calls them: one module each, imported when first used.

Importing a service brings SQLAlchemy, which alone takes longer than painting the whole window,
so the window never imports services at the top of a module. This is the one mechanism for
that: ``from raadsviewer.ui import svc`` and then ``svc.annotations.add_annotation(...)``. The
attribute is the real module (typed: mypy reads the imports below), imported on first access.
"""

# No `from __future__ import annotations` here: it would bind the name `annotations` in this
# module, and `svc.annotations` must be the service.
import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raadsviewer.services import (
        amendments,
        annotations,
        council,
        documents,
        dossier,
        drafts,
        exchange,
        factions,
        keys,
        letter,
        links,
        maintenance,
        moties,
        principles,
        procedure,
        roles,
        search,
        secrets,
        server,
        versions,
    )

__all__ = [
    "amendments",
    "annotations",
    "council",
    "documents",
    "dossier",
    "drafts",
    "exchange",
    "factions",
    "keys",
    "letter",
    "links",
    "maintenance",
    "moties",
    "principles",
    "procedure",
    "roles",
    "search",
    "secrets",
    "server",
    "versions",
]


def __getattr__(name: str) -> ModuleType:
    if name not in __all__:
        raise AttributeError(name)
    module = importlib.import_module(f"raadsviewer.services.{name}")
    globals()[name] = module  # the next access is a plain attribute
    return module
