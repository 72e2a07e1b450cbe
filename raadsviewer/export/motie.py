"""A motie as the council-ready document a faction hands in: Markdown, HTML or Word.

The fixed form is written around the faction's parts: "De raad van de gemeente …, in vergadering
bijeen op …", the considerations (constaterende dat, overwegende dat), the dictum with its verb
(verzoekt het college / draagt het college op / spreekt uit), "en gaat over tot de orde van de
dag", and the indieners. Everything typed is escaped for the format it lands in.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from raadsviewer.domain.dates import long_date
from raadsviewer.domain.diff import md_escape, strip_controls
from raadsviewer.domain.model import Motie, MotieDraft, MotieKind, MotieStatus
from raadsviewer.words import N_, ByLanguage

FORMATS = ("md", "html", "docx")
LABELS = ByLanguage(
    {
        "motie": N_("Motie"),
        "opening": N_("De raad van de gemeente {municipality}, in vergadering bijeen op {date},"),
        "constaterende": N_("constaterende dat:"),
        "overwegende": N_("overwegende dat:"),
        MotieKind.VERZOEKT: N_("verzoekt het college:"),
        MotieKind.DRAAGT_OP: N_("draagt het college op:"),
        MotieKind.SPREEKT_UIT: N_("spreekt uit:"),
        "closing": N_("en gaat over tot de orde van de dag."),
        "agenda_item": N_("Agendapunt"),
        "principles": N_("Betreft uitgangspunt"),
        "signers": N_("Indieners"),
        "missing": N_("…"),
    }
)


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def _text(value: str) -> str:
    return " ".join(strip_controls(value).split())


def _signers(motie: Motie) -> dict[str, list[str]]:
    signers = {motie.faction_name: [motie.author] if motie.author.strip() else []}
    signers.update({name: [] for name in motie.cosigners if name not in signers})
    return signers


def motie_parts(motie: Motie, lang: str = "nl") -> list[tuple[str, str | Sequence[str]]]:
    """The document as (kind, content) pieces in order, shared by the writers: "title", "field",
    "line" (a sentence of the form), "points" (a list), "signers" is left to each writer."""
    t = LABELS[_lang(lang)]
    date_text = long_date(motie.meeting_date, _lang(lang)) or t["missing"]
    parts: list[tuple[str, str | Sequence[str]]] = [("title", f"{t['motie']} {motie.label}: {_text(motie.title)}")]
    if motie.agenda_item.strip():
        parts.append(("field", f"{t['agenda_item']}: {_text(motie.agenda_item)}"))
    if motie.principle_numbers:
        parts.append(("field", f"{t['principles']} {', '.join(str(n) for n in motie.principle_numbers)}"))
    municipality = _text(motie.municipality) or t["missing"]
    parts.append(("line", t["opening"].format(municipality=municipality, date=date_text)))
    for key, points in (("constaterende", motie.constaterende), ("overwegende", motie.overwegende)):
        if points:
            parts += [("line", t[key]), ("points", [_text(p) for p in points])]
    parts += [("line", t[MotieKind(motie.kind)]), ("points", [_text(p) for p in motie.dictum])]
    parts.append(("line", t["closing"]))
    return parts


def motie_preview_markdown(draft: MotieDraft, faction: str, lang: str = "nl") -> str:
    """The motie being written, as it will read (for the editor): without a number yet."""
    from datetime import datetime

    motie = Motie(
        id="",
        dossier_id="",
        number=0,
        title=draft.title,
        municipality=draft.municipality,
        meeting_date=draft.meeting_date,
        constaterende=draft.constaterende,
        overwegende=draft.overwegende,
        kind=MotieKind(draft.kind),
        dictum=draft.dictum,
        faction_id="",
        faction_name=faction,
        author="",
        cosigners=draft.cosigners,
        principle_ids=(),
        principle_numbers=draft.principle_numbers,
        agenda_item=draft.agenda_item,
        status=MotieStatus.CONCEPT,
        votes=(),
        created_at=datetime.min,
        updated_at=datetime.min,
        version=0,
        revision_id="",
    )
    return motie_to_markdown(motie, lang, numbered=False, level=3)


def motie_to_markdown(motie: Motie, lang: str = "nl", *, numbered: bool = True, level: int = 1) -> str:
    """``level``: of the title's heading (the signers one lower); 3 where the motie is shown in a
    narrow pane."""
    out: list[str] = []
    h1, h2 = "#" * level, "#" * (level + 1)
    for kind, content in motie_parts(motie, lang):
        if kind == "title":
            if not numbered:
                content = f"{LABELS[_lang(lang)]['motie']}: {_text(motie.title) or LABELS[_lang(lang)]['missing']}"
            out += [f"{h1} {md_escape(str(content))}", ""]
        elif kind == "field":
            out += [f"*{md_escape(str(content))}*", ""]
        elif kind == "line":
            out += [md_escape(str(content)), ""]
        else:
            out += [f"- {md_escape(p)}" for p in content] + [""]
    out += [f"{h2} {LABELS[_lang(lang)]['signers']}", ""]
    for faction, members in _signers(motie).items():
        names = ", ".join(_text(m) for m in members if m.strip())
        out.append(f"- **{md_escape(_text(faction))}**" + (f": {md_escape(names)}" if names else ""))
    return "\n".join(out) + "\n"


def motie_to_html(motie: Motie, lang: str = "nl") -> str:
    def e(text: str) -> str:
        return html.escape(strip_controls(text), quote=True)

    body: list[str] = []
    title = ""
    for kind, content in motie_parts(motie, lang):
        if kind == "title":
            title = str(content)
            body.append(f"<h1>{e(title)}</h1>")
        elif kind == "field":
            body.append(f"<p><em>{e(str(content))}</em></p>")
        elif kind == "line":
            body.append(f"<p>{e(str(content))}</p>")
        else:
            body.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in content) + "</ul>")
    body.append(f"<h2>{e(LABELS[_lang(lang)]['signers'])}</h2><ul>")
    for faction, members in _signers(motie).items():
        names = ", ".join(_text(m) for m in members if m.strip())
        body.append(f"<li><strong>{e(_text(faction))}</strong>{': ' + e(names) if names else ''}</li>")
    body.append("</ul>")
    return (
        f'<!DOCTYPE html>\n<html lang="{_lang(lang)}">\n<head>\n<meta charset="utf-8">\n<title>{e(title)}</title>\n'
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_motie_docx(motie: Motie, path: str | Path, lang: str = "nl") -> Path:
    from docx import Document

    doc = Document()
    for kind, content in motie_parts(motie, lang):
        if kind == "title":
            doc.add_heading(strip_controls(str(content)), level=0)
        elif kind == "field":
            doc.add_paragraph().add_run(strip_controls(str(content))).italic = True
        elif kind == "line":
            doc.add_paragraph(strip_controls(str(content)))
        else:
            for point in content:
                doc.add_paragraph(strip_controls(point), style="List Bullet")
    doc.add_heading(LABELS[_lang(lang)]["signers"], level=1)
    signers: Mapping[str, Sequence[str]] = _signers(motie)
    for faction, members in signers.items():
        item = doc.add_paragraph(style="List Bullet")
        item.add_run(strip_controls(_text(faction))).bold = True
        names = ", ".join(_text(m) for m in members if m.strip())
        if names:
            item.add_run(strip_controls(": " + names))
    path = Path(path)
    doc.save(str(path))
    return path
