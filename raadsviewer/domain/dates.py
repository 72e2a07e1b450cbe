"""Dates as a council document writes them: "5 oktober 2020" (or "5 October 2020")."""

from __future__ import annotations

from datetime import date

from raadsviewer.words import N_, translate

MONTH_NAMES: tuple[str, ...] = (
    N_("januari"),
    N_("februari"),
    N_("maart"),
    N_("april"),
    N_("mei"),
    N_("juni"),
    N_("juli"),
    N_("augustus"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("december"),
)


def long_date(value: date | None, lang: str = "nl") -> str:
    """ "5 oktober 2020"; empty for no date."""
    if value is None:
        return ""
    return f"{value.day} {translate(MONTH_NAMES[value.month - 1], lang)} {value.year}"
