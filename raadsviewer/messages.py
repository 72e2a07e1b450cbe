"""Wording of the domain's error and warning codes, Dutch first, English second.

Kept outside Qt so the CLI (which must start without a QApplication) and the window word errors
identically. Qt Linguist covers the window's own strings.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # reading documents
    "empty_file": ("Het bestand {name} is leeg.", "The file {name} is empty."),
    "binary_file": (
        "{name} is geen tekstbestand (het bevat binaire gegevens). Kies een .txt- of .md-bestand.",
        "{name} is not a text file (it contains binary data). Choose a .txt or .md file.",
    ),
    "file_too_large": (
        "{name} is te groot ({size_mb:.0f} MB); de grens is {limit_mb} MB.",
        "{name} is too large ({size_mb:.0f} MB); the limit is {limit_mb} MB.",
    ),
    "unreadable_encoding": (
        "De tekens in {name} zijn niet te lezen: het is geen UTF-8, Windows-1252 of Latin-1.",
        "The characters in {name} cannot be read: it is not UTF-8, Windows-1252 or Latin-1.",
    ),
    "unsupported_format": (
        "{name}: dit soort bestand ({suffix}) kan raadsviewer (nog) niet lezen. Kies .txt of .md.",
        "{name}: raadsviewer cannot read this kind of file ({suffix}) yet. Choose .txt or .md.",
    ),
    "file_not_found": ("Bestand niet gevonden: {name}", "File not found: {name}"),
    "file_unreadable": ("Kan {name} niet lezen: {reason}", "Cannot read {name}: {reason}"),
    "no_text": ("{name} bevat geen leesbare tekst.", "{name} contains no readable text."),
    "no_principles": (
        "Geen genummerde uitgangspunten gevonden in {name}; het is als document met secties ingelezen.",
        "No numbered principles found in {name}; it was imported as a document with sections.",
    ),
    "document_already_imported": (
        "{name} staat al in dit dossier (als '{title}').",
        "{name} is already in this dossier (as '{title}').",
    ),
    # dossier and store
    "no_dossier": (
        "Er is nog geen dossier. Importeer eerst een document.",
        "There is no dossier yet. Import a document first.",
    ),
    "dossier_ambiguous": (
        "Er zijn meerdere dossiers ({titles}); kies er een met --dossier.",
        "There are several dossiers ({titles}); choose one with --dossier.",
    ),
    "dossier_not_found": ("Dossier '{title}' bestaat niet.", "Dossier '{title}' does not exist."),
    "store_unusable": (
        "De opslag {path} kan niet worden geopend: {reason}",
        "The store {path} cannot be opened: {reason}",
    ),
    "store_newer": (
        "De opslag {path} is gemaakt door een nieuwere raadsviewer; werk het programma bij.",
        "The store {path} was made by a newer raadsviewer; please update the program.",
    ),
    # principles, factions, annotations
    "principle_not_found": (
        "Uitgangspunt {number} bestaat niet in dit dossier.",
        "Principle {number} does not exist in this dossier.",
    ),
    "faction_not_found": ("Fractie '{name}' bestaat niet.", "Faction '{name}' does not exist."),
    "faction_exists": ("Fractie '{name}' bestaat al.", "Faction '{name}' already exists."),
    "faction_name_empty": ("Een fractie heeft een naam nodig.", "A faction needs a name."),
    "invalid_colour": (
        "'{colour}' is geen kleur; gebruik #RRGGBB.",
        "'{colour}' is not a colour; use #RRGGBB.",
    ),
    "invalid_seats": (
        "Het aantal zetels moet 0 of meer zijn (niet {seats}).",
        "The number of seats must be 0 or more (not {seats}).",
    ),
    "annotation_empty": ("Een annotatie heeft tekst nodig.", "An annotation needs text."),
    "annotation_too_long": (
        "Een annotatie mag hoogstens {limit} tekens hebben.",
        "An annotation may have at most {limit} characters.",
    ),
    "annotation_not_found": ("Annotatie {id} bestaat niet.", "Annotation {id} does not exist."),
    "not_owner": (
        "Deze annotatie is van fractie {owner}; alleen die fractie kan haar wijzigen.",
        "This annotation belongs to faction {owner}; only that faction can change it.",
    ),
    "quote_not_found": (
        "De aangehaalde tekst staat niet in uitgangspunt {number} of het document: \"{quote}\"",
        "The quoted text is not in principle {number} or its document: \"{quote}\"",
    ),
    "quote_ambiguous": (
        "De aangehaalde tekst komt {count} keer voor; kies een langer stuk tekst.",
        "The quoted text occurs {count} times; choose a longer passage.",
    ),
    "invalid_stance": ("Onbekend standpunt '{value}'.", "Unknown stance '{value}'."),
    "invalid_visibility": ("Onbekende zichtbaarheid '{value}'.", "Unknown visibility '{value}'."),
}


def format_error(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    pair = MESSAGES.get(code)
    if pair is None:
        return f"{code}: {params}" if params else code
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
