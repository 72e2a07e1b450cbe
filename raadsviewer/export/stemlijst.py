"""The stemlijst: the clerk's list of everything the council votes on, in voting order.

One row per item (sub-amendment, amendment, the proposal, motie) in the order of
:func:`raadsviewer.domain.procedure.voting_order`, numbered from 1, with its label, title,
indiener, mede-indieners, status and, once voted, the outcome under the Gemeentewet
(:func:`raadsviewer.domain.votes.decide`) with the votes each way. Written as XLSX (openpyxl: the
clerk sorts and prints it in a spreadsheet) or as CSV.

The CSV is what a Dutch spreadsheet opens without an import dialog: UTF-8 with a byte order mark
and semicolons between the fields (Excel with Dutch settings reads a comma as a decimal sign).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from raadsviewer.domain.diff import strip_controls
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.procedure import ItemKind, VotingItem, voting_order
from raadsviewer.domain.votes import FactionTally, Outcome, decide
from raadsviewer.words import N_, ByLanguage

FORMATS = ("xlsx", "csv")

WORDS = ByLanguage(
    {
        "sheet": N_("Stemlijst"),
        "nr": N_("Nr."),
        "label": N_("Stuk"),
        "kind": N_("Soort"),
        "title": N_("Titel"),
        "submitter": N_("Indiener"),
        "cosigners": N_("Mede-indieners"),
        "status": N_("Status"),
        "outcome": N_("Uitslag"),
        "voor": N_("Voor"),
        "tegen": N_("Tegen"),
        "detail": N_("Stemming"),
        "proposal": N_("Voorstel"),
        "sub": N_("subamendement op {label}"),
        f"kind:{ItemKind.SUBAMENDEMENT}": N_("subamendement"),
        f"kind:{ItemKind.AMENDEMENT}": N_("amendement"),
        f"kind:{ItemKind.VOORSTEL}": N_("voorstel"),
        f"kind:{ItemKind.MOTIE}": N_("motie"),
        "status:concept": N_("concept"),
        "status:ingediend": N_("ingediend"),
        "status:aangehouden": N_("aangehouden"),
        "status:ingetrokken": N_("ingetrokken"),
        "status:aangenomen": N_("aangenomen"),
        "status:verworpen": N_("verworpen"),
        f"outcome:{Outcome.AANGENOMEN}": N_("aangenomen"),
        f"outcome:{Outcome.VERWORPEN}": N_("verworpen"),
        f"outcome:{Outcome.STAKING_NIET_AANGENOMEN}": N_("staking van stemmen: niet aangenomen"),
        f"outcome:{Outcome.STAKING_UITGESTELD}": N_("staking van stemmen: uitgesteld"),
        f"outcome:{Outcome.ONGELDIG}": N_("ongeldig: te weinig leden stemden"),
        f"outcome:{Outcome.ONBEKEND}": N_("niet te tellen (zetels onbekend)"),
        f"outcome:{Outcome.ZONDER_STEMMING}": N_("aangenomen zonder stemming"),
        "voor_side": N_("voor"),
        "tegen_side": N_("tegen"),
        "absent": N_("afwezig"),
        "of": N_("{n} van {seats}"),
    }
)

COLUMNS = ("nr", "label", "kind", "title", "submitter", "cosigners", "status", "outcome", "voor", "tegen", "detail")


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "nl"]


@dataclass(frozen=True, slots=True)
class StemlijstRow:
    nr: int
    label: str
    kind: str
    title: str
    submitter: str
    cosigners: str
    status: str
    outcome: str
    voor: int | None  # members; None before the vote
    tegen: int | None
    detail: str

    def values(self) -> tuple[str | int | None, ...]:
        return tuple(getattr(self, column) for column in COLUMNS)


def _text(value: str) -> str:
    return " ".join(strip_controls(value).split())


def _side(tallies: Sequence[FactionTally], side: str, t: Mapping[str, str]) -> str:
    parts = []
    for tally in tallies:
        n = tally.voor if side == "voor" else tally.tegen
        if not n:
            continue
        name = _text(tally.faction)
        if tally.split or tally.absent:
            counted = t["of"].format(n=n, seats=tally.seats) if tally.seats else str(n)
            members = tally.voor_members if side == "voor" else tally.tegen_members
            name += f" ({counted}{': ' + ', '.join(members) if members else ''})"
        parts.append(name)
    return ", ".join(parts)


def _detail(tallies: Sequence[FactionTally], t: Mapping[str, str]) -> str:
    """ "voor: CDA, VVD (5 van 7); tegen: SP, VVD (2 van 7); afwezig: PvdA (7)" """
    pieces = []
    for side in ("voor", "tegen"):
        names = _side(tallies, side, t)
        if names:
            pieces.append(f"{t[side + '_side']}: {names}")
    absent = [f"{_text(x.faction)} ({x.absent})" for x in tallies if x.absent and x.seats]
    if absent:
        pieces.append(f"{t['absent']}: {', '.join(absent)}")
    return "; ".join(pieces)


def stemlijst_rows(items: Iterable[VotingItem], seats: Mapping[str, int], lang: str = "nl") -> list[StemlijstRow]:
    """The rows of the stemlijst: ``items`` in voting order, with the outcome of those voted on.

    ``seats`` maps every faction of the council to its seats. Recorded votes the rules refuse
    (a faction since removed, say) are shown without an outcome rather than stopping the list.
    """
    t = words(lang)
    rows = []
    for nr, item in enumerate(voting_order(items), start=1):
        kind = t[f"kind:{item.kind}"]
        if item.kind == ItemKind.SUBAMENDEMENT and item.parent_label:
            kind = t["sub"].format(label=item.parent_label)
        submitter = _text(f"{item.faction} ({item.author})" if item.author.strip() else item.faction)
        outcome, voor, tegen, detail = "", None, None, ""
        if item.votes:
            try:
                result = decide(item.votes, seats, revote=item.revote, quorum_waived=item.quorum_waived)
            except UserFacingError:
                result = None
            if result is not None:
                outcome = t[f"outcome:{result.outcome}"]
                voor, tegen = result.voor, result.tegen
                detail = _detail(result.factions, t)
        rows.append(
            StemlijstRow(
                nr=nr,
                label=item.label or t["proposal"],
                kind=kind,
                title=_text(item.title),
                submitter=submitter,
                cosigners=", ".join(_text(c) for c in item.cosigners),
                status=t.get(f"status:{item.status}", _text(item.status)),
                outcome=outcome,
                voor=voor,
                tegen=tegen,
                detail=detail,
            )
        )
    return rows


def headers(lang: str = "nl") -> tuple[str, ...]:
    t = words(lang)
    return tuple(t[column] for column in COLUMNS)


def _csv_cell(value: str | int | None) -> str | int:
    """A CSV field no spreadsheet runs as a formula: text starting with =, +, -, @ (or a tab or
    carriage return) gets a leading apostrophe, as OWASP advises against CSV injection."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(rows: Sequence[StemlijstRow], path: str | Path, lang: str = "nl") -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(headers(lang))
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row.values()])
    return path


def write_xlsx(rows: Sequence[StemlijstRow], path: str | Path, lang: str = "nl", title: str = "") -> Path:
    """The stemlijst as a workbook: a bold header row that stays in view, filters, wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = words(lang)["sheet"]
    sheet.append(list(headers(lang)))
    for row in rows:
        sheet.append(list(row.values()))
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would take text starting with "=" for a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"nr": 5, "label": 8, "kind": 22, "title": 40, "submitter": 26, "cosigners": 22, "status": 12}
    widths |= {"outcome": 24, "voor": 7, "tegen": 7, "detail": 50}
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = widths[column]
        for cell in sheet[letter][1:]:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    workbook.properties.title = _text(f"{words(lang)['sheet']}: {title}" if title else words(lang)["sheet"])
    workbook.properties.creator = "raadsviewer"
    path = Path(path)
    workbook.save(str(path))
    return path


def write_stemlijst(
    items: Iterable[VotingItem],
    seats: Mapping[str, int],
    fmt: str,
    path: str | Path,
    *,
    lang: str = "nl",
    title: str = "",
) -> Path:
    """The stemlijst of ``items`` as ``fmt`` (xlsx or csv) at ``path``."""
    value = str(fmt).strip().lower().lstrip(".")
    if value not in FORMATS:
        raise UserFacingError("invalid_export_format", value=fmt, choices=", ".join(FORMATS))
    rows = stemlijst_rows(items, seats, lang)
    if value == "csv":
        return write_csv(rows, path, lang)
    return write_xlsx(rows, path, lang, title)
