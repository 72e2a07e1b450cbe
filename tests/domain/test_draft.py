"""Assembling the combined draft: an exact expected document, then the rules one by one.

The exact Markdown test pins the whole presentation on a small hand-made dossier (three
principles, two factions) so any change to it is a visible, reviewed change.
"""

from __future__ import annotations

from datetime import datetime

from markdown_it import MarkdownIt

from raadsviewer.domain.draft import (
    DRAFT_VISIBILITIES,
    assemble_draft,
    draft_to_markdown,
)
from raadsviewer.domain.model import (
    Amendment,
    AmendmentOperation,
    AmendmentStatus,
    Annotation,
    Dossier,
    Faction,
    Principle,
    Stance,
    TextAnchor,
    Visibility,
    Vote,
)

T0 = datetime(2024, 3, 1, 10, 0)
GENERATED = datetime(2024, 3, 1, 14, 30)
DOSSIER = Dossier(id="d1", title="Inkoopkader jeugdhulp 2021")
CDA = Faction(id="f-cda", name="CDA", seats=10)
PVDA = Faction(id="f-pvda", name="PvdA", seats=7)
FACTIONS = [CDA, PVDA]
P = [
    Principle(
        "p1",
        "doc",
        1,
        "Regie bij de gemeente",
        "1. Regie bij de gemeente\nDe gemeente voert de regie en maakt afspraken met aanbieders.",
        0,
        90,
    ),
    Principle(
        "p2",
        "doc",
        2,
        "Reële tarieven",
        "2. Reële tarieven\nTarieven zijn reëel en worden jaarlijks geïndexeerd.",
        92,
        160,
    ),
    Principle(
        "p3",
        "doc",
        3,
        "Minder administratie",
        "3. Minder administratie\nAanbieders leveren *elk kwartaal* een rapportage aan.",
        162,
        240,
    ),
]


def amendment(
    number: int, faction: Faction, principle: Principle | None, operation: str, old: str, new: str, status: str, **kw
) -> Amendment:
    values = {
        "id": f"a{number}",
        "dossier_id": "d1",
        "number": number,
        "title": kw.pop("title", f"Titel {number}"),
        "betreft": "Raadsvoorstel inkoopkader",
        "principle_id": principle.id if principle else None,
        "principle_number": principle.number if principle else None,
        "anchor": None,
        "operation": AmendmentOperation(operation),
        "old_text": old,
        "new_text": new,
        "rationale": "Omdat het *beter* is.",
        "faction_id": faction.id,
        "faction_name": faction.name,
        "author": kw.pop("author", "J. Jansen"),
        "cosigners": (),
        "status": AmendmentStatus(status),
        "votes": (),
        "parent_id": None,
        "created_at": T0,
        "updated_at": T0,
        "version": 1,
        "revision_id": "r",
        "deleted": False,
    }
    values.update(kw)
    return Amendment(**values)


def note(
    i: int,
    faction: Faction,
    principle: Principle | None,
    stance: str,
    visibility: str,
    body: str,
    include: bool = False,
    deleted: bool = False,
    quote: str | None = None,
) -> Annotation:
    anchor = TextAnchor("doc", quote, "", "", 0, len(quote)) if quote else None
    return Annotation(
        id=f"n{i}",
        dossier_id="d1",
        faction_id=faction.id,
        faction_name=faction.name,
        author="M. de Vries" if faction is PVDA else "J. Jansen",
        stance=Stance(stance),
        visibility=Visibility(visibility),
        body=body,
        principle_id=principle.id if principle else None,
        principle_number=principle.number if principle else None,
        anchor=anchor,
        created_at=datetime(2024, 2, 1, 9, i),
        updated_at=datetime(2024, 2, 1, 9, i),
        version=1,
        revision_id="r",
        deleted=deleted,
        include_in_draft=include,
    )


AMENDMENTS = [
    amendment(
        1,
        CDA,
        P[0],
        "vervangen",
        "maakt afspraken",
        "maakt meerjarige afspraken",
        "aangenomen",
        title="Meerjarige afspraken",
        cosigners=("PvdA",),
        votes=(("CDA", Vote.VOOR), ("PvdA", Vote.VOOR)),
    ),
    amendment(
        2,
        PVDA,
        P[1],
        "schrappen",
        "en worden jaarlijks geïndexeerd",
        "",
        "ingediend",
        title="Geen automatische indexatie",
        author="M. de Vries",
    ),
    amendment(
        3,
        PVDA,
        P[1],
        "toevoegen",
        "",
        "2a. Vast aanspreekpunt\nAanbieders krijgen een vast aanspreekpunt.",
        "verworpen",
        title="Aanspreekpunt",
        author="M. de Vries",
        votes=(("CDA", Vote.TEGEN), ("PvdA", Vote.VOOR)),
    ),
    amendment(4, CDA, P[2], "vervangen", "elk kwartaal", "elk jaar", "concept", deleted=True),
    amendment(
        5,
        PVDA,
        P[0],
        "vervangen",
        "meerjarige",
        "meerjarige en openbare",
        "aangenomen",
        title="Openbare afspraken",
        author="M. de Vries",
        parent_id="a1",
    ),
    amendment(
        6,
        PVDA,
        P[2],
        "toevoegen",
        "een rapportage",
        "in één formulier",
        "concept",
        title="Eén formulier",
        author="M. de Vries",
        cosigners=("CDA",),
    ),
]
NOTES = [
    note(
        1,
        CDA,
        P[0],
        "steun",
        "griffie",
        "Goed dat de regie **lokaal** blijft.\n\n<script>alert(1)</script>",
        include=True,
    ),
    note(2, PVDA, P[0], "steun", "openbaar", "Eens."),
    note(3, PVDA, P[1], "zorg", "griffie", "# Kan de begroting dit aan?", include=True, quote="jaarlijks geïndexeerd"),
    note(4, CDA, P[1], "zorg", "openbaar", "Risico voor de begroting."),
    note(5, CDA, P[2], "bezwaar", "privé", "Geheim bezwaar", include=True),
    note(6, PVDA, P[2], "vraag", "fractie", "Interne vraag", include=True),
    note(7, CDA, P[2], "notitie", "openbaar", "Alleen een notitie"),
    note(8, CDA, P[2], "bezwaar", "griffie", "Verwijderd bezwaar", include=True, deleted=True),
]

EXPECTED = r"""# Concept-zienswijze: Inkoopkader jeugdhulp 2021

Samengesteld op 01-03-2024 14:30.

## Uitgangspunt 1: Regie bij de gemeente

### Oorspronkelijke tekst

> 1\. Regie bij de gemeente\
> De gemeente voert de regie en maakt afspraken met aanbieders.

### Tekst na amendementen

> 1\. Regie bij de gemeente\
> De gemeente voert de regie en maakt meerjarige en openbare afspraken met aanbieders.

### Aangenomen amendementen

#### A1: Meerjarige afspraken

- Indiener: CDA (J. Jansen); mede-indieners: PvdA
- Status: aangenomen, verwerkt in de tekst, gewijzigd door A5
- Stemming: voor 17 (CDA, PvdA), tegen 0 (geen)
- Dictum: In uitgangspunt 1 de tekst "maakt afspraken" te vervangen door: "maakt meerjarige en openbare afspraken"
- Wijziging: maakt **meerjarige en openbare** afspraken

#### A5: Openbare afspraken (subamendement op A1)

- Indiener: PvdA (M. de Vries)
- Status: aangenomen, verwerkt in A1
- Dictum: In amendement A1 de tekst "meerjarige" te vervangen door: "meerjarige en openbare"
- Wijziging: meerjarige **en openbare**

### Standpunten van de fracties

- Steun: CDA, PvdA (door 2 fracties genoemd)

### Opmerkingen voor de zienswijze

**CDA** (J. Jansen, steun, niet openbaar: alleen voor de griffie):

> Goed dat de regie **lokaal** blijft.
>
> \<script\>alert(1)\</script\>

## Uitgangspunt 2: Reële tarieven

### Oorspronkelijke tekst

> 2\. Reële tarieven\
> Tarieven zijn reëel en worden jaarlijks geïndexeerd.

### Voorgestelde amendementen

#### A2: Geen automatische indexatie

- Indiener: PvdA (M. de Vries)
- Status: ingediend
- Dictum: In uitgangspunt 2 de tekst "en worden jaarlijks geïndexeerd" te schrappen.
- Wijziging: ~~en worden jaarlijks geïndexeerd~~

### Verworpen en ingetrokken amendementen

- A3: Aanspreekpunt (PvdA): verworpen

### Standpunten van de fracties

- Zorg: CDA, PvdA (door 2 fracties genoemd)

### Opmerkingen voor de zienswijze

**PvdA** (M. de Vries, zorg, niet openbaar: alleen voor de griffie), bij "jaarlijks geïndexeerd":

> \# Kan de begroting dit aan?

## Uitgangspunt 3: Minder administratie

### Oorspronkelijke tekst

> 3\. Minder administratie\
> Aanbieders leveren \*elk kwartaal\* een rapportage aan.

### Voorgestelde amendementen

#### A6: Eén formulier

- Indiener: PvdA (M. de Vries); mede-indieners: CDA
- Status: concept
- Dictum: In uitgangspunt 3 na de tekst "een rapportage" toe te voegen: "in één formulier"
- Wijziging: een rapportage **in één formulier**
"""


def sample_draft(**kw) -> object:
    return assemble_draft(DOSSIER, P, AMENDMENTS, NOTES, FACTIONS, GENERATED, **kw)


def test_markdown_of_the_sample_dossier_is_exactly_as_expected() -> None:
    assert draft_to_markdown(sample_draft()) == EXPECTED


def test_the_structured_draft_says_the_same() -> None:
    draft = sample_draft()
    p1, p2, p3 = draft.principles
    assert (
        p1.text_after
        == "1. Regie bij de gemeente\nDe gemeente voert de regie en maakt meerjarige en openbare afspraken met aanbieders."
    )
    assert [(a.label, a.applied, a.amended_by) for a in p1.adopted] == [("A1", True, ("A5",)), ("A5", True, ())]
    assert p1.adopted[0].tally is not None and (p1.adopted[0].tally.voor_seats, p1.adopted[0].tally.tegen_seats) == (
        17,
        0,
    )
    assert [s.stance for s in p1.shared] == [Stance.STEUN]
    assert p2.text_after is None and [a.label for a in p2.pending] == ["A2"] and [a.label for a in p2.closed] == ["A3"]
    assert [(s.stance, s.factions) for s in p2.positions] == [(Stance.ZORG, ("CDA", "PvdA"))]
    assert p3.positions == () and p3.notes == ()  # privé, fractie, notitie and deleted all left out
    assert [a.label for a in p3.pending] == ["A6"]
    assert draft.other_amendments == () and draft.other_notes == ()


def test_private_and_deleted_never_appear_even_when_asked_for() -> None:
    everything = sample_draft(visibilities=list(Visibility))
    text = draft_to_markdown(everything)
    assert "Geheim bezwaar" not in text and "Verwijderd bezwaar" not in text
    assert "A4" not in text and "elk jaar" not in text
    p3 = everything.principles[2]
    assert [(s.stance, s.factions) for s in p3.positions] == [(Stance.VRAAG, ("PvdA",))]  # the fractie one, asked for
    assert [n.body for n in p3.notes] == ["Interne vraag"]
    assert DRAFT_VISIBILITIES == {Visibility.GRIFFIE, Visibility.OPENBAAR}


def test_same_stance_from_several_factions_is_counted() -> None:
    third = Faction(id="f-vvd", name="VVD", seats=5)
    extra = NOTES[1]._replace(id="n9", faction_id=third.id, faction_name=third.name)
    draft = assemble_draft(DOSSIER, P, AMENDMENTS, [*NOTES, extra], [*FACTIONS, third], GENERATED)
    assert "- Steun: CDA, PvdA, VVD (door 3 fracties genoemd)" in draft_to_markdown(draft)


def test_hostile_text_stays_text() -> None:
    """Whatever a faction types, the rendered Markdown holds no HTML or structure of its own."""
    hostile = "<img src=x onerror=alert(1)> [klik](javascript:alert(1)) ![x](http://evil/x.png)\n# Kop\n- lijst\n    code\n> citaat\n|a|b|\n|-|-|\n***"
    dossier = Dossier(id="d1", title="<script>alert('titel')</script>")
    principle = P[0]._replace(title="**vet** <b>", text=hostile)
    faction = Faction(id="f-x", name="<i>X</i>", seats=1)
    note_ = NOTES[0]._replace(faction_id=faction.id, faction_name=faction.name, body=hostile, author="<u>a</u>")
    amend = amendment(
        9,
        faction,
        principle,
        "vervangen",
        "# Kop",
        "<script>x</script>",
        "ingediend",
        title="[t](javascript:x)",
        cosigners=("<b>y</b>",),
    )
    md = draft_to_markdown(assemble_draft(dossier, [principle], [amend], [note_], [faction], GENERATED))
    rendered = MarkdownIt("js-default").render(md)
    tags = {t.lower() for t in __import__("re").findall(r"<(\w+)", rendered)}
    assert tags <= {"h1", "h2", "h3", "h4", "p", "br", "blockquote", "ul", "li", "strong", "s"}
    assert "<script" not in rendered and "<img" not in rendered and "href" not in rendered
    assert rendered.count("<h2>") == 1 and rendered.count("<h1>") == 1
    assert "&lt;script&gt;alert('titel')&lt;/script&gt;" in rendered


def test_an_adopted_amendment_whose_text_is_gone_is_reported_not_guessed() -> None:
    first = amendment(1, CDA, P[0], "vervangen", "maakt afspraken", "sluit contracten", "aangenomen")
    second = amendment(2, PVDA, P[0], "schrappen", "afspraken", "", "aangenomen")
    p1 = assemble_draft(DOSSIER, P, [first, second], [], FACTIONS, GENERATED).principles[0]
    assert p1.text_after.endswith("sluit contracten met aanbieders.")
    assert [(a.label, a.applied, a.problem) for a in p1.adopted] == [
        ("A1", True, None),
        ("A2", False, "old_text_not_in_target"),
    ]
    assert "aangenomen, niet verwerkt" in draft_to_markdown(
        assemble_draft(DOSSIER, P, [first, second], [], FACTIONS, GENERATED)
    )


def test_items_on_a_principle_a_new_version_dropped_are_orphaned_not_renumbered() -> None:
    """An item still on an old version's principle was not found when a new version came in: it is
    listed apart, never under the principle that now carries its number."""
    old = AMENDMENTS[1]._replace(principle_id="p2-old-version")  # principle 2 of the earlier version
    elsewhere = amendment(7, CDA, None, "vervangen", "iets", "anders", "ingediend")
    general = NOTES[0]._replace(id="g", principle_id=None, principle_number=None, body="Algemeen punt")
    lost = NOTES[0]._replace(id="l", principle_id="p2-old-version", principle_number=2, body="Verloren punt")
    draft = assemble_draft(DOSSIER, P, [old, elsewhere], [general, lost], FACTIONS, GENERATED)
    assert all(not (p.adopted or p.pending or p.closed) for p in draft.principles)
    assert all("Verloren punt" not in n.body for p in draft.principles for n in p.notes)
    assert [(a.label, a.orphaned) for a in draft.orphaned_amendments] == [("A2", True)]
    assert [n.body for n in draft.orphaned_notes] == ["Verloren punt"]
    assert [a.label for a in draft.other_amendments] == ["A7"]
    assert [n.body for n in draft.other_notes] == ["Algemeen punt"]
    md = draft_to_markdown(draft)
    assert "## Overige amendementen en opmerkingen" in md and 'In het voorstel de tekst "iets"' in md
    orphaned = md.split("## Niet teruggevonden in deze versie van het kader", 1)[1]
    assert "#### A2: Geen automatische indexatie" in orphaned
    assert "Status: ingediend, was bij uitgangspunt 2 van een eerdere versie" in orphaned
    assert "Verloren punt" in orphaned and "## Uitgangspunt" not in orphaned
    # no stance of a lost annotation counts for the principle that took its number
    stance = NOTES[0]._replace(id="s", principle_id="p2-old-version", principle_number=2, stance=Stance.BEZWAAR)
    assert not assemble_draft(DOSSIER, P, [], [stance], FACTIONS, GENERATED).principles[1].positions


def test_an_amendment_whose_old_text_left_this_version_is_out_of_date() -> None:
    current = amendment(1, CDA, P[0], "vervangen", "maakt afspraken", "maakt meerjarige afspraken", "ingediend")
    gone = amendment(2, PVDA, P[1], "vervangen", "jaarlijks herzien", "tweejaarlijks herzien", "ingediend")
    new_principle = amendment(3, CDA, P[2], "toevoegen", "", "Een nieuw uitgangspunt.", "ingediend")
    sub = amendment(4, PVDA, None, "vervangen", "meerjarige", "vijfjarige", "ingediend", parent_id="a1")
    stale_sub = amendment(5, PVDA, None, "vervangen", "driejarige", "vijfjarige", "ingediend", parent_id="a1")
    draft = assemble_draft(DOSSIER, P, [current, gone, new_principle, sub, stale_sub], [], FACTIONS, GENERATED)
    flags = {a.label: a.out_of_date for p in draft.principles for a in p.pending}
    assert flags == {"A1": False, "A2": True, "A3": False, "A4": False, "A5": True}
    md = draft_to_markdown(draft)
    assert md.count("verouderd: de te wijzigen tekst staat niet in deze versie van het kader") == 2


def test_amendments_cite_the_lines_of_their_passage() -> None:
    text = "\n\n".join(p.text for p in P)
    placed, at = [], 0
    for p in P:
        placed.append(p._replace(start=at, end=at + len(p.text)))
        at += len(p.text) + 2
    first = amendment(1, CDA, placed[0], "vervangen", "maakt afspraken", "maakt meerjarige afspraken", "ingediend")
    third = amendment(3, CDA, placed[2], "toevoegen", "", "Een nieuw uitgangspunt.", "ingediend")
    draft = assemble_draft(DOSSIER, placed, [first, third], [], FACTIONS, GENERATED, framework_text=text)
    # lines: 1 "1. Regie ...", 2 "De gemeente ... aanbieders.", 3-4 principle 2, 5-6 principle 3
    assert draft.principles[0].pending[0].lines == (2, 2)
    assert draft.principles[2].pending[0].lines == (6, 6)  # a new principle: after the last line
    assert "- Plaats: regel 2" in draft_to_markdown(draft)
    assert assemble_draft(DOSSIER, placed, [first], [], FACTIONS, GENERATED).principles[0].pending[0].lines is None


def test_pending_sub_amendment_sits_under_its_parent_and_orphans_vanish() -> None:
    sub = amendment(8, CDA, None, "vervangen", "jaarlijks", "tweejaarlijks", "ingediend", parent_id="a2")
    orphan = amendment(9, CDA, None, "vervangen", "a", "b", "ingediend", parent_id="a4")  # a4 is deleted
    parent = AMENDMENTS[1]._replace(operation=AmendmentOperation.VERVANGEN, new_text="worden jaarlijks herzien")
    draft = assemble_draft(DOSSIER, P, [parent, AMENDMENTS[3], sub, orphan], [], FACTIONS, GENERATED)
    assert [(a.label, a.parent_label) for a in draft.principles[1].pending] == [("A2", None), ("A8", "A2")]
    assert "A9" not in draft_to_markdown(draft)
    assert "#### A8: Titel 8 (subamendement op A2)" in draft_to_markdown(draft)


def test_english_draft() -> None:
    md = draft_to_markdown(sample_draft(lang="en"))
    assert md.startswith("# Draft zienswijze: Inkoopkader jeugdhulp 2021\n\nAssembled on 2024-03-01 14:30.\n")
    assert "### Adopted amendments" in md and "- Status: adopted, applied to the text, amended by A5" in md
    assert "- Support: CDA, PvdA (raised by 2 factions)" in md
    assert (
        '- Operative part: In principle 1, replace the text "maakt afspraken" with: "maakt meerjarige en openbare afspraken"'
        in md
    )


def test_the_vote_line_counts_members_as_the_griffie_recorded_them() -> None:
    """A divided faction counts its members each way and absent members count for neither side,
    as on the stemlijst (the draft used to count every faction as a bloc of all its seats)."""
    from raadsviewer.domain.votes import FactionVote, decide

    vvd = Faction(id="f-vvd", name="VVD", seats=5)
    recorded = (
        FactionVote("CDA", Vote.VOOR, absent=1),  # 9 of 10 present
        FactionVote("PvdA", Vote.TEGEN),
        FactionVote("VVD", voor=2, tegen=3),
    )
    a = amendment(
        1,
        CDA,
        P[0],
        "vervangen",
        "maakt afspraken",
        "maakt meerjarige afspraken",
        "aangenomen",
        votes=(("CDA", Vote.VOOR), ("PvdA", Vote.TEGEN)),
        faction_votes=recorded,
    )
    draft = assemble_draft(DOSSIER, P, [a], [], [*FACTIONS, vvd], GENERATED)
    (item,) = draft.principles[0].adopted
    assert item.tally is not None
    assert (item.tally.voor_seats, item.tally.tegen_seats) == (11, 10)
    assert item.tally.voor == ("CDA", "VVD (2)") and item.tally.tegen == ("PvdA", "VVD (3)")
    counted = decide(recorded, {"CDA": 10, "PvdA": 7, "VVD": 5})  # the stemlijst's count
    assert (counted.voor, counted.tegen) == (item.tally.voor_seats, item.tally.tegen_seats)
    assert (item.tally.absent_seats, item.tally.absent) == (1, ("CDA (1)",))
    # who was not there is said, as on the stemlijst (the line left the absent member out)
    assert "- Stemming: voor 11 (CDA, VVD (2)), tegen 10 (PvdA, VVD (3)); afwezig 1 (CDA (1))\n" in draft_to_markdown(
        draft
    )
    from raadsviewer.domain.draft import tally_line

    assert tally_line(item.tally, "en").endswith("; absent 1 (CDA (1))")


def test_a_notes_own_bold_and_italics_survive_the_markdown_export() -> None:
    """A member writes Markdown: "**dichtbij**" is bold in the Markdown export as in HTML and
    Word (it came out as "\\*\\*dichtbij\\*\\*"); what would make structure stays text."""
    faction = Faction(id="f-x", name="GroenLinks", seats=1)
    body = "Hulp **dichtbij** huis, een *echte* keuze.\n# Geen kop\n2 * 3 * 4"
    note_ = NOTES[0]._replace(faction_id=faction.id, faction_name=faction.name, body=body)
    md = draft_to_markdown(assemble_draft(Dossier(id="d1", title="D"), [P[0]], [], [note_], [faction], GENERATED))
    rendered = MarkdownIt("js-default").render(md)
    assert "<strong>dichtbij</strong>" in rendered and "<em>echte</em>" in rendered
    assert "# Geen kop" in rendered and "2 * 3 * 4" in rendered and "<h1>Geen" not in rendered
