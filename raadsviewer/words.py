"""Words outside Qt: error texts, command-line help and output, export labels.

One mechanism, gettext, with Dutch as the source language (as in the window's ``.ts`` files): a
text is written in Dutch in the code, marked with :func:`N_` so Babel's extractor finds it, and
looked up at the moment it is shown with :func:`translate`. The catalogues are
``resources/translations/raadsviewer_en.po`` (Dutch -> English) and ``raadsviewer_nl.po``
(argparse's own English words -> Dutch); ``make translations`` compiles them to ``.mo`` beside the
window's ``.qm`` files, ``make pot`` extracts the texts again, and ``tests/test_translations.py``
checks that every text has a finished translation with the same placeholders.

Kept free of Qt and of every other layer so the domain, the exports and the command line can use it.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator, Mapping
from functools import cache

LANGUAGES = ("nl", "en")


def N_(text: str) -> str:  # noqa: N802 -- the gettext convention the extractor looks for
    """Marks ``text`` for the catalogue; translated where it is shown (:func:`translate`)."""
    return text


def language(lang: str | None) -> str:
    """``lang`` as one of :data:`LANGUAGES` (Dutch unless English is asked for)."""
    return "en" if lang == "en" else "nl"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang``; without one (a checkout before ``make translations``)
    the texts are shown as written, in Dutch."""
    from raadsviewer.resources_path import resource_path

    try:
        with resource_path("translations", f"raadsviewer_{language(lang)}.mo").open("rb") as fp:
            return gettext.GNUTranslations(fp)
    except OSError:
        return gettext.NullTranslations()


def translate(text: str, lang: str | None) -> str:
    """``text`` (Dutch, as marked with :func:`N_`) in ``lang``."""
    if not text:
        return text
    return catalogue(language(lang)).gettext(text)


def both(text: str) -> tuple[str, str]:
    """``text`` in Dutch and in English."""
    return text, translate(text, "en")


class ByLanguage(Mapping[str, dict[str, str]]):
    """A table of labels written once in Dutch; ``table["en"]`` is the same table in English.

    Lets the exports keep reading ``LABELS[lang][key]`` while the words live in the catalogue."""

    def __init__(self, source: dict[str, str]) -> None:
        self._source = source

    def __getitem__(self, lang: str) -> dict[str, str]:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return _translated(self, lang)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


@cache
def _translated(table: ByLanguage, lang: str) -> dict[str, str]:
    return {key: translate(text, lang) for key, text in table._source.items()}


def use_for_argparse(lang: str | None) -> None:
    """argparse's own words ("usage:", "options", "show this help message and exit", its errors) in
    ``lang``: argparse looks them up through the module-level ``_`` and ``ngettext`` it imported
    from gettext; these are pointed at the catalogue (its English words are the msgids)."""
    import argparse

    chosen = catalogue(language(lang))
    argparse._ = chosen.gettext  # type: ignore[attr-defined]
    argparse.ngettext = chosen.ngettext  # type: ignore[attr-defined]
