"""Raw HTML in a Markdown file is read as the reader reads text (``domain.html_text``): a list
written as ``<ol>`` gives the framework's principles, a table's rows stand together, a footnote's
``<sup>`` mark and the tags are gone; Markdown without HTML is read as before."""

from __future__ import annotations

from raadsviewer.domain.html_text import has_html, html_markdown, markdown_html
from raadsviewer.domain.model import DocumentRole, ParsedDocument
from raadsviewer.domain.reading import read_document

FRAMEWORK = """# Inkoopkader Wmo 2025

Het college stelt de raad de volgende uitgangspunten voor:

<ol>
  <li><strong>Zorg dichtbij</strong> – hulp in de wijk waar het kan, regionaal waar het moet.</li>
  <li><strong>Keuzevrijheid voor inwoners</strong><sup>2</sup>: een inwoner kiest zelf een aanbieder.</li>
  <li><strong>Minder administratieve lasten</strong>
      <p>Eén manier van declareren voor alle gemeenten.</p></li>
</ol>

De toelichting staat in de bijlage.<br>
Met vriendelijke groet,
"""


def read(text: str, name: str = "kader.md") -> ParsedDocument:
    return read_document(text.encode("utf-8"), name=name, role=DocumentRole.FRAMEWORK)


def test_a_list_written_in_html_gives_the_principles() -> None:
    doc = read(FRAMEWORK)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Zorg dichtbij"),
        (2, "Keuzevrijheid voor inwoners"),
        (3, "Minder administratieve lasten"),
    ]
    assert "<" not in doc.text and "sup" not in doc.text and "Keuzevrijheid voor inwoners:" in doc.text
    assert "De toelichting staat in de bijlage.\n\nMet vriendelijke groet," in doc.text  # <br>: a new line


def test_the_same_text_in_a_plain_text_file_is_left_as_it_stands() -> None:
    """Only Markdown lets HTML stand for its markup: a .txt's "<li>" is what its author typed."""
    assert "<li>" in read(FRAMEWORK, name="kader.txt").text


def test_list_styles_numbers_and_tables() -> None:
    text = html_markdown(
        '<ol type="a" start="3"><li>Derde</li><li>Vierde<ol type="i"><li>Binnen</li></ol></li></ol>'
        "<ul><li>Punt</li></ul><h2>Kop <b>vet</b></h2><p>Een <b> vette </b> zin.</p>"
        "<table><tr><th>Nr</th><th>Thema</th></tr><tr><td>1</td><td>Toegang &amp; zorg</td></tr></table>"
        "<script>var x = '<li>geen punt</li>';</script><nav><ul><li>Menu</li></ul></nav>"
    )
    assert text.split("\n\n") == [
        "c. Derde",
        "d. Vierde",
        "    i. Binnen",
        "- Punt",
        "## Kop vet",
        "Een **vette** zin.",
        "| Nr | Thema |\n| 1 | Toegang & zorg |\n",
    ]


def test_a_page_without_a_heading_starts_with_its_title() -> None:
    page = "<html><head><title>Inkoopkader  Jeugd</title><style>p {}</style></head><body><p>Tekst</p></body></html>"
    assert html_markdown(page) == "# Inkoopkader Jeugd\n\nTekst\n"


def test_markdown_without_html_and_fenced_html_are_untouched() -> None:
    plain = "# Kop\n\nAls a < b en b > c, dan a < c.\n\n1. Eerste punt\n"
    assert not has_html(plain)
    fenced = "Voorbeeld:\n\n```\n<ol><li>code</li></ol>\n```\n"
    assert markdown_html(fenced) == fenced


def test_unclosed_and_deeply_nested_tags_are_read() -> None:
    hostile = "<ol>" + "<li><div><span>x" * 50_000 + "\n"
    assert markdown_html(hostile).count("x") == 50_000
