"""Dates as a council document writes them: "5 oktober 2020" (or "5 October 2020")."""

from __future__ import annotations

from datetime import date

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(value: date | None, lang: str = "nl") -> str:
    """ "5 oktober 2020"; empty for no date."""
    if value is None:
        return ""
    months = MONTH_NAMES["en" if lang == "en" else "nl"]
    return f"{value.day} {months[value.month - 1]} {value.year}"
