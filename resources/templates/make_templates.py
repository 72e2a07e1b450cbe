"""Make the default Word template of the council's zienswijze: resources/templates/zienswijze.docx.

    .venv/bin/python resources/templates/make_templates.py      (or: make templates)

The template is a normal Word document with Jinja fields (docxtpl): the griffie can open it in
Word, change any wording, styles, letterhead or logo, and keep the fields ({{ gemeente }}, the
{%p for … %} blocks) where they want them. The fields are documented in resources/help/
(handleiding.md and guide.md, "Sjablonen"). This script only makes the Dutch default; the output
is committed, so the program never runs it. Run it again after changing it.

Layout: the letter to the body that asked, then (on a new page) the raadsbesluit. A paragraph
holding only a {%p … %} tag disappears from the output; its paragraph style does not matter.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "zienswijze.docx"
FIXED = datetime(2024, 1, 1)  # document dates and zip times: the same file on every run


def make(path: Path = OUTPUT) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(20)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = "Zienswijze van de gemeenteraad"
    doc.core_properties.author = "raadsviewer"
    doc.core_properties.created = doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "raadsviewer"
    doc.core_properties.revision = 1

    def para(text: str = "", style: str | None = None) -> None:
        doc.add_paragraph(text, style=style)

    def tag(text: str) -> None:  # a paragraph that only holds a {%p … %} tag
        doc.add_paragraph(text)

    def signatures() -> None:
        table = doc.add_table(rows=2, cols=2)
        for col, (role, field) in enumerate((("de griffier,", "griffier"), ("de voorzitter,", "voorzitter"))):
            table.cell(0, col).text = role
            table.cell(1, col).text = "\n\n\n{{ " + field + " }}"

    # --- the letter --------------------------------------------------------------------------
    para("{{ verzoek.afzender }}")
    para()
    para("Datum: {{ briefdatum }}")
    tag("{%p if verzoek.datum %}")
    para("Uw brief van: {{ verzoek.datum }}")
    tag("{%p endif %}")
    tag("{%p if verzoek.kenmerk %}")
    para("Uw kenmerk: {{ verzoek.kenmerk }}")
    tag("{%p endif %}")
    para("Onderwerp: zienswijze op {{ verzoek.onderwerp }}")
    para()
    para("Geacht bestuur,")
    para(
        "{% if verzoek.datum %}In uw brief van {{ verzoek.datum }}{% else %}In uw brief{% endif %} vraagt u de "
        "gemeenteraad van {{ gemeente }} om een zienswijze op {{ verzoek.onderwerp }}"
        "{% if verzoek.termijn %}, uiterlijk {{ verzoek.termijn }}{% endif %}. De raad heeft uw verzoek besproken in "
        "zijn vergadering van {{ vergaderdatum }}. Hieronder leest u zijn zienswijze."
    )
    tag("{%p for u in uitgangspunten %}")
    para("Uitgangspunt {{ u.nummer }}: {{ u.titel }}", "Heading 2")
    tag("{%p if u.nieuwe_tekst %}")
    para("De raad vraagt u dit uitgangspunt als volgt te laten luiden:")
    tag("{%p for alinea in u.nieuwe_tekst %}")
    para("{{ alinea }}", "Quote")
    tag("{%p endfor %}")
    tag("{%p endif %}")
    tag("{%p for a in u.amendementen %}")
    para(
        "Amendement {{ a.nummer }}{% if a.titel %} ({{ a.titel }}){% endif %}"
        "{% if not a.verwerkt %}: {{ a.dictum }}{% endif %}",
        "List Bullet",
    )
    tag("{%p endfor %}")
    tag("{%p for m in u.moties %}")
    para("De raad heeft motie {{ m.nummer }} ({{ m.titel }}) aangenomen, waarin hij {{ m.werkwoord }}:")
    tag("{%p for punt in m.dictum %}")
    para("{{ punt }}", "List Bullet")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p for s in u.standpunten %}")
    tag("{%p for alinea in s.alineas %}")
    para("{{ alinea }}")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p if ongewijzigd %}")
    para("Overige uitgangspunten", "Heading 2")
    para(
        "Met {% if ongewijzigd_aantal == 1 %}uitgangspunt{% else %}de uitgangspunten{% endif %} "
        "{{ ongewijzigd }} stemt de raad in."
    )
    tag("{%p endif %}")
    tag("{%p if amendementen or moties or standpunten %}")
    para("Verder", "Heading 2")
    tag("{%p for a in amendementen %}")
    para("Amendement {{ a.nummer }}{% if a.titel %} ({{ a.titel }}){% endif %}: {{ a.dictum }}", "List Bullet")
    tag("{%p endfor %}")
    tag("{%p for m in moties %}")
    para("De raad heeft motie {{ m.nummer }} ({{ m.titel }}) aangenomen, waarin hij {{ m.werkwoord }}:")
    tag("{%p for punt in m.dictum %}")
    para("{{ punt }}", "List Bullet")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p for s in standpunten %}")
    tag("{%p for alinea in s.alineas %}")
    para("{{ alinea }}")
    tag("{%p endfor %}")
    tag("{%p endfor %}")
    tag("{%p endif %}")
    para()
    para("Hoogachtend,")
    para("De gemeenteraad van {{ gemeente }},")
    signatures()

    # --- the raadsbesluit, on a new page -----------------------------------------------------
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("Raadsbesluit", "Heading 1")
    para("De raad van de gemeente {{ gemeente }};")
    para(
        "gelezen het verzoek van {{ verzoek.afzender_in_zin }}{% if verzoek.datum %} van {{ verzoek.datum }}{% endif %}"
        "{% if verzoek.kenmerk %}, kenmerk {{ verzoek.kenmerk }}{% endif %}, om een zienswijze te geven op "
        "{{ verzoek.onderwerp }};"
    )
    para("besluit:")
    para(
        "een zienswijze te geven op {{ verzoek.onderwerp }} zoals verwoord in de brief"
        "{% if briefdatum %} van {{ briefdatum }}{% endif %}, die bij dit besluit hoort."
    )
    para()
    para("Aldus besloten in de openbare vergadering van {{ vergaderdatum }}.")
    signatures()

    doc.save(str(path))
    _fix_zip_times(path)
    return path


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx with fixed entry times, so an unchanged template is an unchanged file."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    print(make())
