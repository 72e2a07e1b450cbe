"""The texts the bench's large dossiers are made of, generated from the bundled sample documents.

Everything here is a pure function of the sample files and a seed, so a store built from it is the
same on every run and on every machine. Each generated document and annotation is different from
every other (its own numbering, municipality, dates and reference), because the program treats
identical documents as one (by hash) and the figures must measure a dossier of *n* documents, not
of one document imported *n* times.

The texts keep the mess of the samples where it matters to the reader: letters as plain text with
hard line breaks and page headers, reports in Markdown with headings, paragraphs of real council
prose (the samples' own), numbered principles with several paragraphs each.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

MUNICIPALITIES = (
    "Alblasserdam",
    "Dordrecht",
    "Gorinchem",
    "Hardinxveld-Giessendam",
    "Hendrik-Ido-Ambacht",
    "Molenlanden",
    "Papendrecht",
    "Sliedrecht",
    "Zwijndrecht",
    "Hoeksche Waard",
    "Groningen",
    "Leeuwarden",
    "Zwolle",
    "Deventer",
    "Apeldoorn",
    "Tilburg",
    "Breda",
    "Maastricht",
)
TOPICS = (
    "de inkoop van jeugdhulp",
    "de toegang tot jeugdhulp",
    "de wachtlijsten in de specialistische jeugdhulp",
    "de financiële risico's van de regio",
    "de administratieve lasten voor aanbieders",
    "de samenwerking met het onderwijs",
    "de jeugdbescherming en de veilige opvang",
    "de dialoogtafels met ouders en aanbieders",
    "het contractmanagement van de SOJ",
    "de overgang van 18- naar 18+",
)
# What a grown dossier holds: kind, share, size range in characters (a page is about 3,000), and
# whether it is a report (Markdown with numbered chapters) or a letter (plain text out of a PDF).
# On average about 50 kB a document: 200 documents are some 3,500 pages.
KINDS = (
    ("Brief van de gemeente", 0.45, (6_000, 25_000), False),
    ("Raadsinformatiebrief", 0.15, (5_000, 15_000), False),
    ("Verslag van de regionale raadsinformatiebijeenkomst", 0.10, (20_000, 60_000), False),
    ("Voortgangsrapportage", 0.20, (30_000, 80_000), True),
    ("Onderzoeksrapport", 0.10, (150_000, 400_000), True),
)
FACTIONS = (
    ("GroenLinks", 6, ("Anna de Vries", "Bram Visser", "Carla Smit")),
    ("VVD", 7, ("Piet Jansen", "Karin Bos", "Ruud Mulder")),
    ("CDA", 4, ("Mirjam Bakker", "Jan de Graaf")),
    ("PvdA", 5, ("Sanne Meijer", "Ahmed El Idrissi")),
    ("D66", 4, ("Lotte Dekker", "Thijs van Dijk")),
    ("SP", 2, ("Henk Kramer",)),
    ("ChristenUnie", 3, ("Esther de Wit", "Daan Hoekstra")),
    ("SGP", 2, ("Gerrit van der Berg",)),
)
VIEWER = ("GroenLinks", "Anna de Vries")  # who the measured window is opened as
STANCES = ("steun", "zorg", "vraag", "bezwaar", "notitie")
VISIBILITIES = (("fractie", 0.55), ("griffie", 0.2), ("openbaar", 0.15), ("privé", 0.10))

_YEAR = re.compile(r"\b(20[12]\d)\b")
_TOWN = re.compile("|".join(re.escape(m) for m in MUNICIPALITIES[:10]))
_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class Pieces:
    """The samples cut into what the generator recombines."""

    paragraphs: tuple[str, ...]  # running prose, one paragraph each (hard line breaks joined)
    headings: tuple[str, ...]  # short lines that stand as headings in the samples
    sentences: tuple[str, ...]  # single sentences, for titles and annotation bodies
    principles: tuple[str, ...]  # the samples' principles and statements, as one line each


@lru_cache(maxsize=1)
def pieces() -> Pieces:
    paragraphs: list[str] = []
    headings: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        for chunk in re.split(r"\n\s*\n", raw):
            lines = [_SPACE.sub(" ", line).strip() for line in chunk.splitlines()]
            text = " ".join(line for line in lines if line)
            if len(text) >= 120 and text.count(" ") > 15:
                paragraphs.append(text.lstrip("-•* ").strip())
            elif 8 <= len(text) <= 70 and text[0].isupper() and not re.search(r"[.,:;@\d]|www", text):
                headings.append(text.strip("*# "))
    sentences = [
        s.strip()
        for p in paragraphs
        for s in re.split(r"(?<=[.?!])\s+(?=[A-Z])", p)
        if 40 <= len(s.strip()) <= 240 and s.strip().endswith((".", "?", "!"))
    ]
    zhz = (SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt").read_text(encoding="utf-8")
    principles = [m.group(1).strip() for m in re.finditer(r"^\d{1,2}\. (.{10,120})$", zhz, re.MULTILINE)]
    principles += [s.rstrip(".") for s in sentences if len(s) <= 110]
    return Pieces(tuple(paragraphs), tuple(dict.fromkeys(headings)), tuple(sentences), tuple(principles))


def vary(text: str, rng: random.Random) -> str:
    """The same prose about another municipality and another year."""
    shift = rng.randint(-3, 3)
    town = rng.choice(MUNICIPALITIES)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    return _TOWN.sub(town, text)


def wrap(text: str, width: int) -> list[str]:
    """Hard line breaks inside sentences, as text taken out of a PDF has them."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line + " ")  # the samples keep a trailing space before the break
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def _pick_kind(rng: random.Random) -> tuple[str, tuple[int, int], bool]:
    roll, total = rng.random(), 0.0
    for kind, share, size, report in KINDS:
        total += share
        if roll < total:
            return kind, size, report
    kind, _share, size, report = KINDS[-1]
    return kind, size, report


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    name: str  # file name, its suffix says the format (.txt letter, .md report)
    text: str


def background_document(n: int) -> GeneratedDocument:
    """Background document number ``n`` of a grown dossier (see ``KINDS``): letters and minutes
    as plain text with hard line breaks and page headers, reports as Markdown with chapters."""
    rng = random.Random(f"background-{n}")
    p = pieces()
    kind, (smallest, largest), report = _pick_kind(rng)
    town = rng.choice(MUNICIPALITIES)
    topic = rng.choice(TOPICS)
    year = 2020 + n % 4
    title = f"{kind} {town} over {topic} ({year}, nr. {n + 1})"
    size = rng.randint(smallest, largest)
    reference = f"Kenmerk RV/{year}/{n + 1:05d}"
    if report:
        out = [f"# {title}", "", reference, ""]
    else:
        out = [title, "", f"Aan de gemeenteraad van {town}", reference, f"Datum {1 + n % 28} oktober {year}", ""]
    written, section, page = 0, 0, 1
    while written < size:
        if written // (9_000 if report else 3_500) >= section:
            section += 1
            heading = f"{section}. {rng.choice(p.headings)}" if report else rng.choice(p.headings)
            out += [f"## {heading}" if report else heading, ""]
        paragraph = vary(rng.choice(p.paragraphs), rng)
        if rng.random() < 0.05:
            paragraph += f" Zie ook zeldzaamwoord{n}."
        if report:
            out += [paragraph, ""]
        else:
            out += [*wrap(paragraph, rng.randint(72, 90)), ""]
            if written // 3_000 >= page:  # a page header in the middle of the text, as in the samples
                page += 1
                out += [f"{reference} pagina {page}", ""]
        written += len(paragraph) + 2
    return GeneratedDocument(
        f"{'rapport' if report else 'brief'}-{n + 1:04d}.{'md' if report else 'txt'}", "\n".join(out)
    )


def framework_text(principles: int, *, pages: int | None = None, seed: str = "framework") -> str:
    """A framework with ``principles`` numbered principles, each with a paragraph or three of
    explanation; with ``pages`` it is laid out as text out of a PDF of that many pages (hard line
    breaks, a header on every page) and the principles are spread over them."""
    rng = random.Random(seed)
    p = pieces()
    titles = list(p.principles)
    rng.shuffle(titles)
    lines = [
        "Inkoopkader Jeugdhulp 2022 e.v. Regio Zuid-Holland Zuid",
        "",
        "Aan de gemeenteraden in de regio Zuid-Holland Zuid",
        "",
    ]
    for _ in range(3):
        lines += [vary(rng.choice(p.paragraphs), rng), ""]
    lines += ["Uitgangspunten", ""]
    per_page_chars = 2_900  # a page of a council PDF, as text
    share = (pages or 0) * per_page_chars / max(principles, 1)  # characters of explanation per principle
    written, page = 0, 1
    for number in range(1, principles + 1):
        title = titles[(number - 1) % len(titles)].rstrip(".:;")
        title = f"{title[0].upper()}{title[1:]}" if title else "Uitgangspunt"
        if number > len(titles):  # the list repeats: say which round it is, so titles stay unique
            title += f" (ronde {(number - 1) // len(titles) + 1})"
        lines += [f"{number}. {title}", ""]
        paragraphs = rng.randint(1, 3)
        k = 0
        while (written < number * share) if pages else k < paragraphs:
            k += 1
            paragraph = vary(rng.choice(p.paragraphs), rng) + f" (toelichting {number}.{k})"
            if pages:
                lines += wrap(paragraph, 78)
            else:
                lines.append(paragraph)
            lines.append("")
            written += len(paragraph) + 2
            while pages and written >= page * per_page_chars and page < pages:
                page += 1
                lines += [f"Inkoopkader Jeugdhulp, pagina {page} van {pages}", ""]
    return "\n".join(lines)


def text_file(megabytes: float, seed: str = "large") -> bytes:
    """A plain-text file of about ``megabytes`` MB (10**6 bytes): a very long report."""
    rng = random.Random(seed)
    p = pieces()
    target = int(megabytes * 1_000_000)
    out: list[str] = [f"Bijlage bij het inkoopkader: verzamelde verslagen ({seed})", ""]
    size, section = 0, 0
    while size < target:
        if size // 20_000 >= section:
            section += 1
            out += [f"Hoofdstuk {section}. {rng.choice(p.headings)}", ""]
        paragraph = vary(rng.choice(p.paragraphs), rng)
        out += [*wrap(paragraph, 80), ""]
        size += len(paragraph.encode("utf-8")) + 2 + paragraph.count(" ") // 12
    data = "\n".join(out).encode("utf-8")
    return data[:target] if len(data) > target else data


# --- annotations --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnnotationPlan:
    """One generated annotation, before it is tied to a store's ids."""

    index: int
    faction: str
    author: str
    stance: str
    visibility: str
    body: str
    principle: int  # principle number in the framework
    quote_in: str | None  # None, "framework" or "background"
    quote_pick: float  # where in the target text the quote is taken (0..1)
    edits: int  # later versions of the body (0: never edited)
    deleted: bool
    day: int  # days after the first annotation


def annotation_plan(index: int, principles: int) -> AnnotationPlan:
    rng = random.Random(f"annotation-{index}")
    p = pieces()
    roll = rng.random()
    weights = [seats for _name, seats, _members in FACTIONS]
    faction, _seats, members = rng.choices(FACTIONS, weights=weights)[0]
    sentences = [vary(rng.choice(p.sentences), rng) for _ in range(rng.randint(1, 4))]
    body = f"Punt {index + 1}: " + " ".join(sentences)
    roll_vis, total, visibility = rng.random(), 0.0, VISIBILITIES[-1][0]
    for name, share in VISIBILITIES:
        total += share
        if roll_vis < total:
            visibility = name
            break
    return AnnotationPlan(
        index=index,
        faction=faction,
        author=rng.choice(members),
        stance=rng.choice(STANCES),
        visibility=visibility,
        body=body,
        principle=1 + rng.randrange(principles),
        quote_in=None if roll < 0.7 else ("framework" if roll < 0.88 else "background"),
        quote_pick=rng.random(),
        edits=1 if rng.random() < 0.1 else 0,
        deleted=rng.random() < 0.02,
        day=rng.randrange(45),
    )
