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
        "{name}: dit soort bestand ({suffix}) kan raadsviewer niet lezen. Kies .txt, .md, .pdf of .docx.",
        "{name}: raadsviewer cannot read this kind of file ({suffix}). Choose .txt, .md, .pdf or .docx.",
    ),
    "file_not_found": ("Bestand niet gevonden: {name}", "File not found: {name}"),
    "dossier_title_empty": ("Geef het dossier een titel.", "Give the dossier a title."),
    "dossier_title_too_long": (
        "De titel van een dossier is hoogstens {limit} tekens.",
        "A dossier's title is at most {limit} characters.",
    ),
    "dossier_exists": (
        "Er is al een dossier '{title}'. Kies een andere titel of open dat dossier.",
        "There is already a dossier '{title}'. Choose another title or open that dossier.",
    ),
    "file_is_folder": (
        "{name} is een map, geen bestand. Kies een document in die map.",
        "{name} is a folder, not a file. Choose a document inside it.",
    ),
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
        'De aangehaalde tekst staat niet in uitgangspunt {number} of het document: "{quote}"',
        'The quoted text is not in principle {number} or its document: "{quote}"',
    ),
    "quote_ambiguous": (
        "De aangehaalde tekst komt {count} keer voor; kies een langer stuk tekst.",
        "The quoted text occurs {count} times; choose a longer passage.",
    ),
    "invalid_stance": ("Onbekend standpunt '{value}'.", "Unknown stance '{value}'."),
    "invalid_visibility": ("Onbekende zichtbaarheid '{value}'.", "Unknown visibility '{value}'."),
    # amendments
    "invalid_operation": (
        "Onbekende bewerking '{value}'; kies vervangen, toevoegen of schrappen.",
        "Unknown operation '{value}'; choose vervangen (replace), toevoegen (add) or schrappen (delete).",
    ),
    "invalid_amendment_status": ("Onbekende status '{value}'.", "Unknown status '{value}'."),
    "invalid_vote": ("Onbekende stem '{value}'; kies voor of tegen.", "Unknown vote '{value}'; choose voor or tegen."),
    "amendment_too_long": (
        "Een tekst in een amendement mag hoogstens {limit} tekens hebben.",
        "A text in an amendment may have at most {limit} characters.",
    ),
    "missing_title": ("Het amendement heeft nog geen titel.", "The amendment has no title yet."),
    "missing_target": (
        "Geef aan welk uitgangspunt of welke passage het amendement wijzigt.",
        "Say which principle or passage the amendment changes.",
    ),
    "missing_old_text": (
        "Kies de tekst die vervangen of geschrapt wordt (selecteer haar in het document).",
        "Choose the text to be replaced or deleted (select it in the document).",
    ),
    "missing_new_text": ("Het amendement heeft nog geen nieuwe tekst.", "The amendment has no new text yet."),
    "old_text_not_in_target": (
        'De te wijzigen tekst staat niet in uitgangspunt {number}: "{quote}"',
        'The text to be changed is not in principle {number}: "{quote}"',
    ),
    "old_text_ambiguous": (
        "De te wijzigen tekst komt meer dan eens voor; selecteer haar in het document of kies een langer stuk.",
        "The text to be changed occurs more than once; select it in the document or choose a longer passage.",
    ),
    "empty_new_text_for_vervangen": (
        "Vervangen heeft een nieuwe tekst nodig; wilt u de tekst weghalen, kies dan schrappen.",
        "Replacing needs a new text; to remove the text, choose schrappen (delete).",
    ),
    "new_text_same_as_old": (
        "De nieuwe tekst is gelijk aan de oude; het amendement wijzigt niets.",
        "The new text equals the old one; the amendment changes nothing.",
    ),
    "new_text_for_schrappen": (
        "Bij schrappen hoort geen nieuwe tekst; kies vervangen.",
        "Deleting takes no new text; choose vervangen (replace).",
    ),
    "invalid_status_transition": (
        "Een amendement met status {old} kan niet de status {new} krijgen.",
        "An amendment with status {old} cannot get status {new}.",
    ),
    "vote_not_submitted": (
        "Er kan alleen gestemd worden over een ingediend amendement (dit is {status}).",
        "Only a submitted amendment can be voted on (this one is {status}).",
    ),
    "vote_duplicate": ("Fractie {faction} heeft al een stem.", "Faction {faction} already has a vote."),
    "votes_empty": ("Er zijn geen stemmen opgegeven.", "No votes were given."),
    # amendments: services
    "amendment_not_found": ("Amendement {number} bestaat niet.", "Amendment {number} does not exist."),
    "invalid_amendment_number": (
        "'{value}' is geen amendementnummer; gebruik bijvoorbeeld A3.",
        "'{value}' is not an amendment number; use e.g. A3.",
    ),
    "not_amendment_owner": (
        "Dit amendement is van fractie {owner}; alleen die fractie kan het wijzigen.",
        "This amendment belongs to faction {owner}; only that faction can change it.",
    ),
    "cosigner_is_submitter": (
        "Fractie {name} dient het amendement zelf in en kan niet ook mede-indiener zijn.",
        "Faction {name} submits the amendment itself and cannot also co-sign it.",
    ),
    "amendment_not_concept": (
        "Amendement {number} is {status}; alleen een concept kan worden gewijzigd of verwijderd "
        "(een ingediend amendement wordt ingetrokken).",
        "Amendment {number} is {status}; only a draft can be changed or deleted "
        "(a submitted amendment is withdrawn instead).",
    ),
    "amendment_deleted": (
        "Amendement {number} is verwijderd; zet het eerst terug.",
        "Amendment {number} has been deleted; restore it first.",
    ),
    "parent_not_found": (
        "Het amendement waarop dit subamendement betrekking heeft bestaat niet (meer).",
        "The amendment this sub-amendment amends does not exist (any more).",
    ),
    "votes_need_decision": (
        "Stemmen horen bij de uitslag: geef als status aangenomen of verworpen.",
        "Votes go with the outcome: give the status aangenomen (adopted) or verworpen (rejected).",
    ),
    "vote_outcome_mismatch": (
        "De stemmen ({voor} voor, {tegen} tegen) passen niet bij de status {status}.",
        "The votes ({voor} for, {tegen} against) do not match the status {status}.",
    ),
    "invalid_vote_argument": (
        "'{value}' is geen stem; gebruik FRACTIE=voor, FRACTIE=tegen, of bij een verdeelde fractie "
        "FRACTIE=VOOR/TEGEN als aantallen (VVD=5/2) of als namen (VVD=Jansen, De Vries/Bakker).",
        "'{value}' is not a vote; use FACTION=voor, FACTION=tegen, or for a divided faction "
        "FACTION=FOR/AGAINST as numbers (VVD=5/2) or as names (VVD=Jansen, De Vries/Bakker).",
    ),
    # votes as councils vote (domain/votes.py)
    "invalid_absent_argument": (
        "'{value}' zegt niet wie afwezig was; gebruik FRACTIE=AANTAL (VVD=2) of FRACTIE=namen (VVD=Jansen, Bakker).",
        "'{value}' does not say who was absent; use FACTION=NUMBER (VVD=2) or FACTION=names (VVD=Jansen, Bakker).",
    ),
    "absent_duplicate": (
        "Voor fractie {faction} is al opgegeven wie afwezig was.",
        "Who was absent from faction {faction} has already been given.",
    ),
    "too_many_votes": ("Te veel stemmen (de grens is {limit}).", "Too many votes (the limit is {limit})."),
    "vote_member_twice": (
        "{member} ({faction}) is meer dan eens genoemd; elk raadslid stemt één keer.",
        "{member} ({faction}) is named more than once; each member votes once.",
    ),
    "vote_count_invalid": (
        "De aantallen bij fractie {faction} moeten hele getallen van 0 of meer zijn.",
        "The numbers for faction {faction} must be whole numbers of 0 or more.",
    ),
    "vote_names_counts_differ": (
        "Bij fractie {faction} passen de namen niet bij de aantallen.",
        "For faction {faction} the names do not match the numbers.",
    ),
    "vote_both_bloc_and_split": (
        "Fractie {faction} stemde als geheel óf verdeeld, niet allebei.",
        "Faction {faction} voted as a whole or divided, not both.",
    ),
    "vote_counts_exceed_seats": (
        "Fractie {faction} heeft {seats} zetels, maar er zijn {counted} leden geteld.",
        "Faction {faction} has {seats} seats, but {counted} members were counted.",
    ),
    "vote_counts_mismatch": (
        "Fractie {faction} heeft {seats} zetels; {voor} voor, {tegen} tegen en {absent} afwezig telt daar niet toe op.",
        "Faction {faction} has {seats} seats; {voor} for, {tegen} against and {absent} absent do not add up to that.",
    ),
    "vote_no_quorum": (
        "De stemming is niet geldig: {cast} van de {entitled} leden stemden, er zijn er minstens {needed} nodig "
        "(Gemeentewet art. 29).",
        "The vote is not valid: {cast} of the {entitled} members voted, at least {needed} are needed "
        "(Gemeentewet art. 29).",
    ),
    "vote_tie_postponed": (
        "De stemmen staken ({voor} tegen {tegen}) in een niet-voltallige vergadering: de beslissing wordt uitgesteld "
        "tot een volgende vergadering (Gemeentewet art. 32, vierde lid). Het voorstel blijft ingediend; leg daar de "
        "herstemming vast.",
        "The vote is tied ({voor} to {tegen}) in a meeting that is not full: the decision is postponed to a next "
        "meeting (Gemeentewet art. 32(4)). The proposal stays submitted; record the new vote there.",
    ),
    # moties (domain/moties.py)
    "invalid_motie_kind": (
        "Onbekend soort dictum '{value}'; kies verzoekt (het college), draagt-op (draagt het college op) of spreekt-uit.",
        "Unknown kind of dictum '{value}'; choose verzoekt (requests the college), draagt-op (instructs the college) "
        "or spreekt-uit (declares).",
    ),
    "invalid_motie_status": ("Onbekende status '{value}'.", "Unknown status '{value}'."),
    "motie_too_many_points": (
        "Een motie mag hoogstens {limit} punten per lijst hebben.",
        "A motion may have at most {limit} points per list.",
    ),
    "motie_too_long": (
        "Een tekst in een motie mag hoogstens {limit} tekens hebben.",
        "A text in a motion may have at most {limit} characters.",
    ),
    "motie_missing_title": ("De motie heeft nog geen titel.", "The motion has no title yet."),
    "motie_missing_municipality": (
        "Vul in namens welke gemeenteraad de motie spreekt (De raad van de gemeente …).",
        "Fill in which municipal council the motion speaks for (De raad van de gemeente …).",
    ),
    "motie_missing_meeting_date": (
        "Vul de datum van de raadsvergadering in (in vergadering bijeen op …).",
        "Fill in the date of the council meeting (in vergadering bijeen op …).",
    ),
    "motie_missing_reasons": (
        "Een motie is gemotiveerd: geef ten minste één 'constaterende dat' of 'overwegende dat'.",
        "A motion gives its reasons: add at least one 'constaterende dat' (noting that) or 'overwegende dat' "
        "(considering that).",
    ),
    "motie_missing_dictum": (
        "De motie zegt nog niet wat de raad vraagt of uitspreekt (het dictum).",
        "The motion does not yet say what the council asks or declares (the dictum).",
    ),
    "invalid_motie_transition": (
        "Een motie met status {old} kan niet de status {new} krijgen.",
        "A motion with status {old} cannot get status {new}.",
    ),
    "motie_vote_not_submitted": (
        "Er kan alleen gestemd worden over een ingediende motie (deze is {status}).",
        "Only a submitted motion can be voted on (this one is {status}).",
    ),
    # voting order (domain/procedure.py)
    "order_subamendments_first": (
        "Eerst stemt de raad over de subamendementen ({labels}); daarna over dit amendement.",
        "The council first votes on the sub-amendments ({labels}), then on this amendment.",
    ),
    "order_parent_decided": (
        "Over {labels} is al besloten; een subamendement komt vóór het amendement in stemming.",
        "{labels} has already been decided; a sub-amendment is voted on before its amendment.",
    ),
    "order_amendments_first": (
        "Eerst stemt de raad over de amendementen ({labels}).",
        "The council first votes on the amendments ({labels}).",
    ),
    "order_proposal_decided": (
        "Over het voorstel is al besloten; amendementen komen vóór het voorstel in stemming.",
        "The proposal has already been decided; amendments are voted on before the proposal.",
    ),
    "order_proposal_first": (
        "Moties komen na het voorstel in stemming; leg eerst de uitslag van het voorstel vast.",
        "Motions are voted on after the proposal; record the outcome of the proposal first.",
    ),
    # drafts and exports (services/drafts.py)
    "invalid_export_format": (
        "Onbekend formaat '{value}'; kies uit {choices}.",
        "Unknown format '{value}'; choose one of {choices}.",
    ),
    "export_failed": ("Kan {path} niet schrijven: {reason}", "Cannot write {path}: {reason}"),
    "pdf_unavailable": (
        "PDF kan hier niet worden gemaakt (geen PDF-schrijver beschikbaar).",
        "A PDF cannot be made here (no PDF writer available).",
    ),
    "no_framework": (
        "Dit dossier heeft nog geen inkoopkader met uitgangspunten.",
        "This dossier has no framework with principles yet.",
    ),
    "template_unusable": (
        "Het sjabloon {path} kan niet worden gebruikt: {reason}",
        "The template {path} cannot be used: {reason}",
    ),
    "snapshot_not_found": ("Momentopname {id} bestaat niet.", "Snapshot {id} does not exist."),
    # keeping the store safe
    "store_damaged": (
        "De opslag {path} is beschadigd ({reason}). Er is niets aan veranderd.",
        "The store {path} is damaged ({reason}). Nothing was changed in it.",
    ),
    "no_good_backup": (
        "Er is geen goede back-up van {path}. De beschadigde opslag is bewaard zoals hij was.",
        "There is no good backup of {path}. The damaged store was kept as it was.",
    ),
    "backup_failed": ("De back-up is mislukt: {reason}", "The backup failed: {reason}"),
    # linked reading: real formats, links, versions, search (issue 5)
    "pdf_unreadable": (
        "{name} kan niet als PDF worden gelezen ({reason}); is het bestand beschadigd of beveiligd?",
        "{name} cannot be read as a PDF ({reason}); is the file damaged or protected?",
    ),
    "pdf_no_text": (
        "{name} bevat geen tekst, alleen afbeeldingen (een scan?). Gebruik een PDF met tekstlaag "
        "(laat er eerst tekstherkenning/OCR op los) of het oorspronkelijke Word-bestand.",
        "{name} contains no text, only images (a scan?). Use a PDF with a text layer (run text "
        "recognition/OCR on it first) or the original Word file.",
    ),
    "docx_unreadable": (
        "{name} kan niet als Word-bestand (.docx) worden gelezen ({reason}).",
        "{name} cannot be read as a Word file (.docx) ({reason}).",
    ),
    "document_not_found": (
        "Er is geen document '{title}' in dit dossier.",
        "There is no document '{title}' in this dossier.",
    ),
    "document_superseded": (
        "'{title}' heeft al een nieuwere versie; lees de nieuwe versie in als opvolger daarvan.",
        "'{title}' already has a newer version; import the new version as the successor of that one.",
    ),
    "version_unchanged": (
        "{name} is gelijk aan de huidige versie van '{title}'; er is niets ingelezen.",
        "{name} is the same as the current version of '{title}'; nothing was imported.",
    ),
    "link_not_found": ("Koppeling {id} bestaat niet.", "Link {id} does not exist."),
    "not_link_owner": (
        "Deze koppeling is van fractie {owner}; alleen die fractie kan haar wijzigen.",
        "This link belongs to faction {owner}; only that faction can change it.",
    ),
    "passage_not_found": (
        "Deze passage staat niet in een achtergronddocument van dit dossier.",
        "This passage is not in a background document of this dossier.",
    ),
}


def format_error(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    pair = MESSAGES.get(code)
    if pair is None:
        return f"{code}: {params}" if params else code
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format_map(_Missing(params))
    except (IndexError, ValueError):
        return template


class _Missing(dict):  # type: ignore[type-arg]
    """Validation codes come without parameters; a missing one reads as an ellipsis."""

    def __missing__(self, key: str) -> str:
        return "…"


# --- faction packages and the clerk's merge (services.exchange, services.keys) -----------------
MESSAGES.update(
    {
        "package_damaged": (
            "Het pakket is beschadigd ({reason}). Er is niets samengevoegd; vraag de fractie het opnieuw te sturen.",
            "The package is damaged ({reason}). Nothing was merged; ask the faction to send it again.",
        ),
        "package_invalid": (
            "Het pakket klopt niet ({reason}). Er is niets samengevoegd.",
            "The package is not valid ({reason}). Nothing was merged.",
        ),
        "package_not_a_package": (
            "Dit bestand is geen raadspakket. Er is niets samengevoegd.",
            "This file is not a raadspakket. Nothing was merged.",
        ),
        "package_too_large": (
            "Het pakket is te groot ({part}: {size} bytes, grens {limit}). Er is niets samengevoegd.",
            "The package is too large ({part}: {size} bytes, limit {limit}). Nothing was merged.",
        ),
        "package_bomb": (
            "Het pakket pakt verdacht groot uit ({part}); het is geweigerd.",
            "The package unpacks to a suspicious size ({part}); it was refused.",
        ),
        "package_format": (
            "Dit pakket heeft een onbekende opmaakversie ({version}). Er is niets samengevoegd.",
            "This package has an unknown format version ({version}). Nothing was merged.",
        ),
        "package_newer": (
            "Dit pakket is gemaakt met een nieuwere raadsviewer (opmaak {version}, deze versie kent {supported}). "
            "Werk raadsviewer bij.",
            "This package was made by a newer raadsviewer (format {version}, this version knows {supported}). "
            "Update raadsviewer.",
        ),
        "package_signature_missing": (
            "Het pakket is niet ondertekend. Er is niets samengevoegd.",
            "The package is not signed. Nothing was merged.",
        ),
        "package_bad_signature": (
            "De handtekening van het pakket klopt niet: het is na het ondertekenen veranderd. Er is niets samengevoegd.",
            "The package's signature does not match: it was changed after signing. Nothing was merged.",
        ),
        "package_unknown_key": (
            "Het pakket van {faction} is ondertekend met een onbekende sleutel (vingerafdruk {fingerprint}). "
            "Vertrouw eerst de publieke sleutel van de fractie (na vergelijken per telefoon).",
            "The package of {faction} is signed with an unknown key (fingerprint {fingerprint}). "
            "First trust the faction's public key (after comparing it by phone).",
        ),
        "package_wrong_key": (
            "Het pakket zegt van {faction} te zijn, maar is ondertekend met de sleutel van {holder}. Geweigerd.",
            "The package claims to be from {faction} but is signed with the key of {holder}. Refused.",
        ),
        "package_foreign_item": (
            "Het pakket bevat een item ({item}) dat niet van de ondertekenende fractie is. Het hele pakket is geweigerd.",
            "The package holds an item ({item}) not owned by the signing faction. The whole package was refused.",
        ),
        "package_other_dossier_item": (
            "Het pakket bevat een item ({item}) van een ander dossier. Geweigerd.",
            "The package holds an item ({item}) of another dossier. Refused.",
        ),
        "package_other_dossier": (
            "Dit pakket hoort bij een ander dossier ('{title}'), dat niet in deze opslag staat.",
            "This package belongs to another dossier ('{title}'), which is not in this store.",
        ),
        "package_revision_forged": (
            "Een versie in het pakket ({revision}) past niet bij de inhoud ervan (vervalst of beschadigd). Geweigerd.",
            "A revision in the package ({revision}) does not match its content (forged or damaged). Refused.",
        ),
        "package_missing_parent": (
            "Het pakket bouwt voort op een versie ({parent}) die ontbreekt (item {item}). Geweigerd.",
            "The package builds on a revision ({parent}) that is missing (item {item}). Refused.",
        ),
        "package_cycle": (
            "De geschiedenis van item {item} in het pakket loopt in een kring. Geweigerd.",
            "The history of item {item} in the package goes round in a circle. Refused.",
        ),
        "package_already_merged": (
            "Dit pakket is al samengevoegd; er is niets veranderd.",
            "This package was already merged; nothing changed.",
        ),
        "document_version_missing": (
            "Het pakket is gemaakt bij een documentversie die hier ontbreekt ({title}); "
            "waar het citaat nog voorkomt is het opnieuw verankerd, de rest staat in de lijst.",
            "The package was made against a document version missing here ({title}); "
            "items are re-anchored where their quote is still found, the rest are listed.",
        ),
        "key_secret_missing": (
            "Deze laptop heeft de geheime sleutel van {faction} niet. Importeer hem van een fractiegenoot "
            "(faction-key import-secret).",
            "This laptop does not have the secret key of {faction}. Import it from a colleague "
            "(faction-key import-secret).",
        ),
        "key_none": ("{faction} heeft nog geen sleutel.", "{faction} has no key yet."),
        "key_file_invalid": ("{name} is geen (leesbaar) sleutelbestand.", "{name} is not a (readable) key file."),
        "key_other_faction": (
            "Deze sleutel is van {faction}, niet van {expected}.",
            "This key belongs to {faction}, not to {expected}.",
        ),
        "faction_id_mismatch": (
            "Er is hier al een fractie {faction}, maar met een andere identiteit: de laptop is niet gestart "
            "vanaf de kopie van de griffie.",
            "There is already a faction {faction} here, with another identity: the laptop did not start "
            "from the clerk's copy.",
        ),
        "key_registered_elsewhere": (
            "Deze sleutel is al geregistreerd voor {faction}.",
            "This key is already registered for {faction}.",
        ),
        "key_differs": (
            "{faction} heeft hier al een andere sleutel (vingerafdruk {fingerprint}).",
            "{faction} already has another key here (fingerprint {fingerprint}).",
        ),
        "passphrase_too_short": (
            "Het wachtwoord moet minstens {minimum} tekens hebben.",
            "The passphrase needs at least {minimum} characters.",
        ),
        "key_passphrase_wrong": (
            "Het wachtwoord past niet bij {name} (of het bestand is beschadigd).",
            "The passphrase does not fit {name} (or the file is damaged).",
        ),
        "file_unwritable": ("Kan {name} niet schrijven: {reason}", "Cannot write {name}: {reason}"),
        "nothing_to_undo": ("Er is geen samenvoeging om ongedaan te maken.", "There is no merge to undo."),
        "undo_blocked": (
            "De laatste samenvoeging kan niet meer ongedaan worden: er is sindsdien op voortgebouwd.",
            "The last merge can no longer be undone: later changes build on it.",
        ),
        "conflict_not_found": ("Geen conflict bij item {id}.", "No conflict on item {id}."),
        "conflict_choice_invalid": (
            "Die keuze past niet bij het conflict ({id}).",
            "That choice does not fit the conflict ({id}).",
        ),
    }
)


# The reader's candidate lists and the user's corrections of the principles.
MESSAGES.update(
    {
        "check_principles": (
            "Controleer de uitgangspunten van {name}: de lezer is niet zeker van de gekozen lijst. "
            "Kies zo nodig een andere lijst of pas de uitgangspunten aan.",
            "Check the principles of {name}: the reader is not sure of the list it chose. "
            "Pick another list or correct the principles if needed.",
        ),
        "document_ambiguous": (
            "Er zijn meerdere documenten met die naam ({titles}); kies er een met --document.",
            "There are several documents by that name ({titles}); choose one with --document.",
        ),
        "framework_ambiguous": (
            "Dit dossier heeft meerdere kaders ({titles}); kies er een met --document.",
            "This dossier has several frameworks ({titles}); choose one with --document.",
        ),
        "document_not_framework": (
            "'{title}' is een achtergronddocument; alleen een kader heeft uitgangspunten.",
            "'{title}' is a background document; only a framework has principles.",
        ),
        "principle_ambiguous": (
            "Er zijn {count} uitgangspunten met nummer {number}; geef het volledige nummer (bv. B.2).",
            "There are {count} principles numbered {number}; give the full number (e.g. B.2).",
        ),
        "candidate_not_found": (
            "Lijst {rank} bestaat niet; de lezer vond {count} lijst(en).",
            "List {rank} does not exist; the reader found {count} list(s).",
        ),
        "correction_invalid": (
            "Een aanpassing van de uitgangspunten is onleesbaar ({reason}).",
            "A correction of the principles cannot be read ({reason}).",
        ),
        "correction_empty": (
            "Geef een nieuwe titel of een nieuw nummer op.",
            "Give a new title or a new number.",
        ),
        "principle_title_empty": ("Een uitgangspunt heeft een titel nodig.", "A principle needs a title."),
        "no_corrections": (
            "De uitgangspunten van '{title}' zijn niet aangepast.",
            "The principles of '{title}' have not been corrected.",
        ),
        # a correction that cannot be made (nothing is changed)
        "correction_not_found": (
            "Deze aanpassing kan niet: de tekst staat niet (meer) in het document.",
            "This correction cannot be made: its text is not (or no longer) in the document.",
        ),
        "correction_no_principle_there": (
            "Deze aanpassing kan niet: daar staat geen uitgangspunt.",
            "This correction cannot be made: there is no principle there.",
        ),
        "correction_split_at_start": (
            "Deze aanpassing kan niet: het uitgangspunt begint daar al.",
            "This correction cannot be made: the principle already starts there.",
        ),
        "correction_nothing_to_merge": (
            "Deze aanpassing kan niet: er is geen volgend uitgangspunt om mee samen te voegen.",
            "This correction cannot be made: there is no next principle to merge with.",
        ),
        # why the reader considered a list (candidate reasons)
        "candidate_named_principles": ("genoemd als de uitgangspunten ({name})", "named as the principles ({name})"),
        "candidate_named_list": ("genoemd als lijst ({name})", "named as a list ({name})"),
        "candidate_dictum": ("het besluitende deel ({name})", "the operative part ({name})"),
        "candidate_lead_in": ("na een inleidende zin ({name})", "after a lead-in ({name})"),
        "candidate_colon_lead_in": ("na een dubbele punt ({name})", "after a colon ({name})"),
        "candidate_several_lists": ("{lists} lijsten samen, {count} punten", "{lists} lists together, {count} points"),
        "candidate_longest_run": ("langste genummerde reeks, {count} punten", "longest numbered run, {count} points"),
        "candidate_chapters": ("hoofdstukken, geen uitgangspunten", "chapters, not principles"),
        "candidate_considerations": ("overwegingen, geen uitgangspunten", "considerations, not principles"),
        "candidate_stored": ("de eerder ingelezen uitgangspunten", "the principles as imported before"),
    }
)


def candidate_reason(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    """Why the reader considered a list, in words ("named as the principles (Uitgangspunten)")."""
    return format_error(f"candidate_{code}", params, lang)


# --- roles, audiences, the griffie's dossier, bounded input (domain.access, services.roles,
# services.dossier, services.secrets, storage.db) -----------------------------------------------
MESSAGES.update(
    {
        "name_control": (
            "De naam '{name}' bevat een stuurteken ({char}); typ de naam opnieuw.",
            "The name '{name}' contains a control character ({char}); type the name again.",
        ),
        "name_bidi": (
            "De naam '{name}' bevat een teken dat de leesrichting omdraait ({char}); zo kan een naam zich "
            "als een andere voordoen. Geweigerd.",
            "The name '{name}' contains a character that reverses the reading direction ({char}); a name "
            "could pass for another that way. Refused.",
        ),
        "name_zero_width": (
            "De naam '{name}' bevat een onzichtbaar teken ({char}); zo kan een naam zich als een andere "
            "voordoen. Geweigerd.",
            "The name '{name}' contains an invisible character ({char}); a name could pass for another "
            "that way. Refused.",
        ),
        "name_too_long": (
            "De naam is {length} tekens lang; de grens is {limit}.",
            "The name is {length} characters long; the limit is {limit}.",
        ),
        "member_name_empty": ("Een lid heeft een naam nodig.", "A member needs a name."),
        "owner_faction_missing": (
            "De fractie van de eigenaar van deze opslag bestaat niet meer; stel de eigenaar opnieuw in "
            "(owner --faction NAAM --member NAAM).",
            "The faction of this store's owner no longer exists; set the owner again "
            "(owner --faction NAME --member NAME).",
        ),
        "owner_is_griffie_store": (
            "Deze opslag heeft de sleutel van de griffie; hij kan niet de laptop van een fractielid worden.",
            "This store holds the griffie's key; it cannot become a faction member's laptop.",
        ),
        "owner_is_laptop": (
            "Deze opslag vertrouwt al de sleutel van een griffie: het is een fractielaptop, geen griffie.",
            "This store already trusts a griffie's key: it is a faction laptop, not the griffie.",
        ),
        "not_your_faction": (
            "Deze laptop is van een lid van {owner}; hij kan niet namens {faction} werken.",
            "This laptop belongs to a member of {owner}; it cannot act for {faction}.",
        ),
        "griffie_decision": (
            "Dit is een besluit van de griffie ({what}); het kan alleen in de opslag van de griffie "
            "worden genomen. Een fractie legt alleen indienen en intrekken van haar eigen items vast.",
            "This is the griffie's decision ({what}); it can only be taken in the griffie's store. A "
            "faction records only the submission and withdrawal of its own items.",
        ),
        "griffie_key_missing": (
            "Deze opslag heeft nog geen sleutel van de griffie.",
            "This store has no griffie key yet.",
        ),
        "griffie_key_unknown": (
            "Deze laptop kent de sleutel van de griffie nog niet: lees eerst het dossier van de griffie in "
            "(import-dossier), dan kan het pakket voor de griffie worden versleuteld.",
            "This laptop does not know the griffie's key yet: first import the griffie's dossier "
            "(import-dossier), then the package for the griffie can be encrypted.",
        ),
        "key_protection_unavailable": (
            "Er is geen sleutelhanger van het systeem beschikbaar om de geheime sleutel te beschermen. "
            "Geef een wachtwoord (in het venster, of met RAADSVIEWER_KEY_PASSPHRASE_FILE).",
            "No system keychain is available to protect the secret key. Give a passphrase (in the "
            "window, or with RAADSVIEWER_KEY_PASSPHRASE_FILE).",
        ),
        "key_locked": (
            "De geheime sleutel in deze opslag gaat niet open met dit wachtwoord (of de sleutelhanger "
            "weigert). Geef het wachtwoord waarmee de sleutel is beschermd.",
            "The secret key in this store does not open with this passphrase (or the keychain "
            "refuses). Give the passphrase that protects the key.",
        ),
        "key_binding_id": (
            "Dit sleutelbestand noemt zich '{faction}', maar zijn identiteit hoort hier bij fractie "
            "'{other}'. Geweigerd: vergelijk de sleutel met de fractie.",
            "This key file calls itself '{faction}', but its identity belongs to faction '{other}' here. "
            "Refused: check the key with the faction.",
        ),
        "key_untrusted": (
            "De sleutel van {faction} wordt niet meer vertrouwd (sinds {since}); het pakket is geweigerd.",
            "The key of {faction} is no longer trusted (since {since}); the package was refused.",
        ),
        "disk_full": (
            "De schijf is vol: {name} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw; "
            "er is niets half geschreven.",
            "The disk is full: {name} could not be written. Free some space and try again; nothing was "
            "left half-written.",
        ),
        "store_locked": (
            "De opslag {path} is bezet door een ander programma of venster (een samenvoeging of import). "
            "Er is niets veranderd; probeer het zo opnieuw.",
            "The store {path} is busy in another program or window (a merge or an import). Nothing was "
            "changed; try again in a moment.",
        ),
        "store_disk_full": (
            "De schijf met de opslag {path} is vol. Er is niets veranderd; maak ruimte vrij en probeer het opnieuw.",
            "The disk holding the store {path} is full. Nothing was changed; free some space and try again.",
        ),
        "store_read_only": (
            "De opslag {path} is alleen-lezen. Er is niets veranderd; geef uzelf schrijfrechten op het "
            "bestand (en de map), of open een kopie.",
            "The store {path} is read-only. Nothing was changed; give yourself write permission on the "
            "file (and its folder), or open a copy.",
        ),
        "store_io_error": (
            "De opslag {path} kan niet worden gelezen of geschreven (schijffout). Er is niets veranderd; "
            "controleer de schijf of het netwerk.",
            "The store {path} cannot be read or written (a disk error). Nothing was changed; check the "
            "disk or the network.",
        ),
    }
)
MESSAGES.update(
    {
        "package_not_for_you": (
            "Dit pakket is versleuteld voor een ander ({audience}); deze opslag heeft de sleutel niet om het "
            "te openen. Er is niets samengevoegd.",
            "This package is encrypted for someone else ({audience}); this store does not hold the key to "
            "open it. Nothing was merged.",
        ),
        "package_not_for_this_laptop": (
            "Dit is een pakket van {faction}; de laptop van een lid van {owner} voegt alleen pakketten van "
            "de eigen fractie samen. Er is niets samengevoegd.",
            "This is a package of {faction}; the laptop of a member of {owner} merges only packages of its "
            "own faction. Nothing was merged.",
        ),
        "item_id_of_other_faction": (
            "Item {item} draagt de identiteit van een andere fractie; alleen dit item is geweigerd.",
            "Item {item} carries another faction's identity; only this item was refused.",
        ),
        "item_private": (
            "Item {item} bevat een privé-versie, die de laptop nooit had mogen verlaten; alleen dit item is geweigerd.",
            "Item {item} holds a privé version, which should never have left the laptop; only this item was refused.",
        ),
        "item_griffie_decision": (
            "Item {item} claimt een besluit van de griffie (uitslag, stemmen of opname in de "
            "concept-zienswijze); een fractiepakket kan dat niet. Alleen dit item is geweigerd.",
            "Item {item} claims a decision of the griffie (outcome, votes or inclusion in the "
            "concept-zienswijze); a faction's package cannot. Only this item was refused.",
        ),
        "invalid_audience": (
            "Onbekend publiek '{value}'; kies fractie (fractiegenoten) of griffie.",
            "Unknown audience '{value}'; choose fractie (colleagues) or griffie.",
        ),
        "amendment_not_numbered": (
            "Dit amendement heeft nog geen nummer van de griffie; gebruik zijn voorlopige nummer (bv. GL-1).",
            "This amendment has no number from the griffie yet; use its provisional number (e.g. GL-1).",
        ),
    }
)
MESSAGES.update(
    {
        "dossier_invalid": (
            "Het dossierbestand klopt niet ({reason}). Er is niets ingelezen.",
            "The dossier file is not valid ({reason}). Nothing was imported.",
        ),
        "dossier_not_a_dossier": (
            "Dit bestand is geen dossier van de griffie (.raadsdossier). Er is niets ingelezen.",
            "This file is not a griffie dossier (.raadsdossier). Nothing was imported.",
        ),
        "dossier_too_large": (
            "Het dossierbestand is te groot ({size} bytes, grens {limit}). Er is niets ingelezen.",
            "The dossier file is too large ({size} bytes, limit {limit}). Nothing was imported.",
        ),
        "dossier_bomb": (
            "Het dossierbestand pakt verdacht groot uit ({part}); het is geweigerd.",
            "The dossier file unpacks to a suspicious size ({part}); it was refused.",
        ),
        "dossier_newer": (
            "Dit dossier is gemaakt met een nieuwere raadsviewer ({what}). Werk raadsviewer bij.",
            "This dossier was made by a newer raadsviewer ({what}). Update raadsviewer.",
        ),
        "dossier_bad_signature": (
            "De handtekening van het dossier klopt niet: het is na het ondertekenen veranderd. Er is niets ingelezen.",
            "The dossier's signature does not match: it was changed after signing. Nothing was imported.",
        ),
        "dossier_fingerprint_needed": (
            "Dit is het eerste dossier van deze griffie op deze laptop. Vergelijk de vingerafdruk van de "
            "griffie per telefoon: {fingerprint}. Klopt hij, lees het dossier dan in met --trust-fingerprint "
            '"{fingerprint}".',
            "This is the first dossier of this griffie on this laptop. Compare the griffie's fingerprint by "
            'phone: {fingerprint}. If it matches, import the dossier with --trust-fingerprint "{fingerprint}".',
        ),
        "dossier_fingerprint_mismatch": (
            "De vingerafdruk van dit dossier ({fingerprint}) is niet de opgegeven ({given}). Niet vertrouwd; "
            "er is niets ingelezen. Bel de griffie.",
            "This dossier's fingerprint ({fingerprint}) is not the one given ({given}). Not trusted; nothing "
            "was imported. Call the griffie.",
        ),
        "dossier_other_griffie": (
            "Dit dossier is ondertekend met een andere sleutel ({fingerprint}) dan die van de griffie die deze "
            "laptop vertrouwt ({trusted}). Geweigerd; bel de griffie.",
            "This dossier is signed with another key ({fingerprint}) than the griffie's this laptop trusts "
            "({trusted}). Refused; call the griffie.",
        ),
        "dossier_own_store": (
            "Dit is de opslag van de griffie zelf; een dossier van de griffie wordt op een fractielaptop ingelezen.",
            "This is the griffie's own store; a griffie dossier is imported on a faction laptop.",
        ),
        "dossier_older": (
            "Dit dossier (volgnummer {sequence}) is ouder dan het laatst ingelezen ({newest}); er is niets ingelezen.",
            "This dossier (sequence {sequence}) is older than the last one imported ({newest}); nothing was imported.",
        ),
        "dossier_title_taken": (
            "Er staat hier al een ander dossier '{title}'. Begin met een lege opslag, of hernoem dat dossier.",
            "There is already another dossier '{title}' here. Start from an empty store, or rename that dossier.",
        ),
    }
)
MESSAGES["package_not_sealed"] = (
    "Let op: dit pakket is ondertekend maar niet versleuteld, want deze laptop kent de sleutel van de griffie "
    "nog niet. Lees eerst het dossier van de griffie in (import-dossier).",
    "Note: this package is signed but not encrypted, because this laptop does not know the griffie's key "
    "yet. First import the griffie's dossier (import-dossier).",
)
MESSAGES["docx_too_large"] = (
    "{name} is te groot om als Word-bestand te lezen ({what}: {size}, grens {limit}). Sla het op als kleinere "
    "bestanden of als PDF.",
    "{name} is too large to read as a Word file ({what}: {size}, limit {limit}). Save it as smaller files or as a PDF.",
)
MESSAGES["corrections_unreadable"] = (
    "De correcties van de uitgangspunten in het dossierbestand zijn niet te lezen; er is niets veranderd.",
    "The corrections of the principles in the dossier file cannot be read; nothing was changed.",
)
MESSAGES.update(
    {
        # votes recorded as councils vote, moties in the store, the proposal (services/procedure.py)
        "vote_outcome_unknown": (
            "Deze stemmen zijn niet te tellen (de zetels van de fracties zijn onbekend); geef de uitslag "
            "erbij: aangenomen of verworpen.",
            "These votes cannot be counted (the factions' seats are unknown); give the outcome with them: "
            "aangenomen (adopted) or verworpen (rejected).",
        ),
        "status_or_votes_needed": (
            "Geef de status, of de stemmen (dan volgt de uitslag uit de stemmen).",
            "Give the status, or the votes (the outcome then follows from the votes).",
        ),
        "item_not_found": (
            "Er is geen amendement of motie '{label}' in dit dossier.",
            "There is no amendment or motion '{label}' in this dossier.",
        ),
        "number_limit": (
            "Dit dossier heeft al {limit} nummers in deze reeks gegeven; meer kan niet.",
            "This dossier has already given {limit} numbers in this series; no more can be given.",
        ),
        "motie_not_found": ("Motie {number} bestaat niet.", "Motion {number} does not exist."),
        "invalid_motie_number": (
            "'{value}' is geen motienummer; gebruik bijvoorbeeld M2.",
            "'{value}' is not a motion number; use e.g. M2.",
        ),
        "not_motie_owner": (
            "Deze motie is van fractie {owner}; alleen die fractie kan haar wijzigen.",
            "This motion belongs to faction {owner}; only that faction can change it.",
        ),
        "motie_not_concept": (
            "Motie {number} is {status}; alleen een concept kan worden gewijzigd of verwijderd "
            "(een ingediende motie wordt aangehouden of ingetrokken).",
            "Motion {number} is {status}; only a draft can be changed or deleted "
            "(a submitted motion is held over or withdrawn instead).",
        ),
        "motie_deleted": (
            "Motie {number} is verwijderd; zet haar eerst terug.",
            "Motion {number} has been deleted; restore it first.",
        ),
        "invalid_proposal_status": (
            "Onbekende status '{value}' voor het voorstel; kies aangenomen of verworpen.",
            "Unknown status '{value}' for the proposal; choose aangenomen (adopted) or verworpen (rejected).",
        ),
        "invalid_proposal_transition": (
            "Het voorstel met status {old} kan niet de status {new} krijgen.",
            "The proposal with status {old} cannot get status {new}.",
        ),
        "proposal_decided": (
            "Over het voorstel is al besloten ({status}); er kan niet opnieuw over worden gestemd.",
            "The proposal has already been decided ({status}); it cannot be voted on again.",
        ),
        "proposal_rejected": (
            "De raad heeft het voorstel verworpen: er gaat geen zienswijze uit.",
            "The council rejected the proposal: no zienswijze is sent.",
        ),
        "council_text_too_long": (
            "Deze tekst mag hoogstens {limit} tekens hebben.",
            "This text may have at most {limit} characters.",
        ),
        "invalid_date": (
            "'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2020-11-10.",
            "'{value}' is not a date; write YYYY-MM-DD, for example 2020-11-10.",
        ),
    }
)
MESSAGES.update(
    {
        # a store on a PostgreSQL server
        "server_url_invalid": (
            "{url} is geen adres van een PostgreSQL-server ({reason}). Gebruik "
            "postgresql+psycopg://gebruiker@server/database.",
            "{url} is not the address of a PostgreSQL server ({reason}). Use "
            "postgresql+psycopg://user@server/database.",
        ),
        "server_schema_invalid": (
            "'{schema}' is geen geldige naam voor het schema van een gemeente: kleine letters, cijfers en _, "
            "beginnend met een letter.",
            "'{schema}' is not a valid name for a council's schema: lower-case letters, digits and _, starting "
            "with a letter.",
        ),
        "server_unreachable": (
            "De server {server} is niet bereikbaar ({reason}). Er is niets veranderd; controleer het netwerk of "
            "vraag de beheerder of de server draait.",
            "The server {server} cannot be reached ({reason}). Nothing was changed; check the network or ask the "
            "administrator whether the server is running.",
        ),
        "server_login_failed": (
            "De server {server} laat gebruiker '{user}' niet binnen: wachtwoord of gebruikersnaam klopt niet. "
            "Het wachtwoord komt uit de sleutelbos van het systeem of uit ~/.pgpass, nooit uit de instellingen.",
            "The server {server} does not let user '{user}' in: the password or user name is wrong. The password "
            "comes from the system's keychain or from ~/.pgpass, never from the settings.",
        ),
        "server_database_missing": (
            "Op de server {server} bestaat de database '{database}' niet. De beheerder maakt hem aan (zie de "
            "README: 'Een opslag op een server').",
            "The database '{database}' does not exist on the server {server}. The administrator creates it (see "
            "the README: 'A store on a server').",
        ),
        "server_no_permission": (
            "De server {server} staat dit niet toe ({reason}). Vraag de beheerder om de rechten uit de README.",
            "The server {server} does not allow this ({reason}). Ask the administrator for the rights listed in "
            "the README.",
        ),
        "server_tool_missing": (
            "{tool} is niet gevonden: een back-up van een opslag op een server wordt met de programma's van "
            "PostgreSQL gemaakt. Installeer het pakket postgresql-client (Debian/Ubuntu) of de PostgreSQL-"
            "programma's voor uw systeem. Er is niets veranderd.",
            "{tool} was not found: a backup of a store on a server is made with PostgreSQL's own programs. "
            "Install the postgresql-client package (Debian/Ubuntu) or PostgreSQL's programs for your system. "
            "Nothing was changed.",
        ),
        "server_window_later": (
            "Het venster opent nog geen opslag op een server; gebruik daarvoor de opdrachten (raadsviewer --db "
            "postgresql+psycopg://... OPDRACHT). Leden werken in het venster met hun eigen opslag en pakketten.",
            "The window does not open a store on a server yet; use the commands for it (raadsviewer --db "
            "postgresql+psycopg://... COMMAND). Members work in the window with their own store and packages.",
        ),
        "edit_base_unknown": (
            "De versie waarvan deze bewerking uitging ({id}) is niet bekend; er is niets veranderd.",
            "The version this edit started from ({id}) is not known; nothing was changed.",
        ),
    }
)
MESSAGES["griffie_writes_no_faction_items"] = (
    "Dit is de opslag van de griffie: annotaties en amendementen schrijft een fractie op haar eigen "
    "laptop en stuurt ze in een pakket. Werkt u voor een fractie? Kies dan Bewerken › Wie gebruikt deze computer.",
    "This is the griffie's store: annotations and amendments are written by a faction on its own laptop "
    "and sent in a package. Working for a faction? Choose Edit › Who uses this computer.",
)
MESSAGES["passphrases_differ"] = (
    "De twee wachtwoordzinnen verschillen. Er is niets veranderd; probeer het opnieuw.",
    "The two passphrases differ. Nothing was changed; try again.",
)
