"""Wording of the domain's error and warning codes: code -> the Dutch text, whose English is in the
catalogue (raadsviewer.words; resources/translations/raadsviewer_en.po).

Kept outside Qt so the CLI (which must start without a QApplication) and the window word errors
identically. Qt Linguist covers the window's own strings.
"""

from __future__ import annotations

import errno
from datetime import datetime
from typing import Any

from raadsviewer.words import N_, both, translate

MESSAGES: dict[str, str] = {
    # reading documents
    "empty_file": N_("Het bestand {name} is leeg."),
    "binary_file": N_("{name} is geen tekstbestand (het bevat binaire gegevens). Kies een .txt- of .md-bestand."),
    "file_too_large": N_("{name} is te groot ({size_mb:.0f} MB); de grens is {limit_mb} MB."),
    "unreadable_encoding": N_("De tekens in {name} zijn niet te lezen: het is geen UTF-8, Windows-1252 of Latin-1."),
    "unsupported_format": N_(
        "{name}: dit soort bestand ({suffix}) kan raadsviewer niet lezen. Kies .txt, .md, .pdf of .docx."
    ),
    "file_not_found": N_("Bestand niet gevonden: {name}"),
    "dossier_title_empty": N_("Geef het dossier een titel."),
    "dossier_title_too_long": N_("De titel van een dossier is hoogstens {limit} tekens."),
    "dossier_exists": N_("Er is al een dossier '{title}'. Kies een andere titel of open dat dossier."),
    "file_is_folder": N_("{name} is een map, geen bestand. Kies een document in die map."),
    "file_unreadable": N_("Kan {name} niet lezen: {reason}"),
    "no_text": N_("{name} bevat geen leesbare tekst."),
    "no_principles": N_(
        "Geen genummerde uitgangspunten gevonden in {name}; het is als document met secties ingelezen."
    ),
    "document_already_imported": N_("{name} staat al in dit dossier (als '{title}')."),
    "second_framework": N_(
        "Dit dossier heeft al een kader: '{title}'. Lees {name} in als achtergronddocument, als nieuwe versie "
        "van het kader, of in een nieuw dossier. Er is niets ingelezen."
    ),
    # dossier and store
    "no_dossier": N_("Er is nog geen dossier. Importeer eerst een document."),
    "dossier_ambiguous": N_("Er zijn meerdere dossiers ({titles}); kies er een met --dossier."),
    "dossier_not_found": N_("Dossier '{title}' bestaat niet."),
    "store_unusable": N_("De opslag {path} kan niet worden geopend: {reason}"),
    "store_newer": N_("De opslag {path} is gemaakt door een nieuwere raadsviewer; werk het programma bij."),
    # principles, factions, annotations
    "principle_not_found": N_("Uitgangspunt {number} bestaat niet in dit dossier."),
    "faction_not_found": N_("Fractie '{name}' bestaat niet."),
    "faction_exists": N_("Fractie '{name}' bestaat al."),
    "faction_name_empty": N_("Een fractie heeft een naam nodig."),
    "invalid_colour": N_("'{colour}' is geen kleur; gebruik #RRGGBB."),
    "invalid_seats": N_("Het aantal zetels moet 0 of meer zijn (niet {seats})."),
    "annotation_empty": N_("Een annotatie heeft tekst nodig."),
    "annotation_too_long": N_("Een annotatie mag hoogstens {limit} tekens hebben."),
    "annotation_not_found": N_("Annotatie {id} bestaat niet."),
    "not_owner": N_("Deze annotatie is van fractie {owner}; alleen die fractie kan haar wijzigen."),
    "quote_not_found": N_('De aangehaalde tekst staat niet in uitgangspunt {number} of het document: "{quote}"'),
    "quote_ambiguous": N_("De aangehaalde tekst komt {count} keer voor; kies een langer stuk tekst."),
    "invalid_stance": N_("Onbekend standpunt '{value}'."),
    "invalid_visibility": N_("Onbekende zichtbaarheid '{value}'."),
    # amendments
    "invalid_operation": N_("Onbekende bewerking '{value}'; kies vervangen, toevoegen of schrappen."),
    "invalid_amendment_status": N_("Onbekende status '{value}'."),
    "invalid_vote": N_("Onbekende stem '{value}'; kies voor of tegen."),
    "amendment_too_long": N_("Een tekst in een amendement mag hoogstens {limit} tekens hebben."),
    "missing_title": N_("Het amendement heeft nog geen titel."),
    "missing_target": N_("Geef aan welk uitgangspunt of welke passage het amendement wijzigt."),
    "missing_old_text": N_("Kies de tekst die vervangen of geschrapt wordt (selecteer haar in het document)."),
    "missing_new_text": N_("Het amendement heeft nog geen nieuwe tekst."),
    "old_text_not_in_target": N_('De te wijzigen tekst staat niet in uitgangspunt {number}: "{quote}"'),
    "old_text_ambiguous": N_(
        "De te wijzigen tekst komt meer dan eens voor; selecteer haar in het document of kies een langer stuk."
    ),
    "empty_new_text_for_vervangen": N_(
        "Vervangen heeft een nieuwe tekst nodig; wilt u de tekst weghalen, kies dan schrappen."
    ),
    "new_text_same_as_old": N_("De nieuwe tekst is gelijk aan de oude; het amendement wijzigt niets."),
    "new_text_for_schrappen": N_("Bij schrappen hoort geen nieuwe tekst; kies vervangen."),
    "invalid_status_transition": N_("Een amendement met status {old} kan niet de status {new} krijgen."),
    "vote_not_submitted": N_("Er kan alleen gestemd worden over een ingediend amendement (dit is {status})."),
    "vote_duplicate": N_("Fractie {faction} heeft al een stem."),
    "votes_empty": N_("Er zijn geen stemmen opgegeven."),
    # amendments: services
    "amendment_not_found": N_("Amendement {number} bestaat niet."),
    "invalid_amendment_number": N_("'{value}' is geen amendementnummer; gebruik bijvoorbeeld A3."),
    "not_amendment_owner": N_("Dit amendement is van fractie {owner}; alleen die fractie kan het wijzigen."),
    "cosigner_is_submitter": N_("Fractie {name} dient het amendement zelf in en kan niet ook mede-indiener zijn."),
    "amendment_not_concept": N_(
        "Amendement {number} is {status}; alleen een concept kan worden gewijzigd of verwijderd "
        "(een ingediend amendement wordt ingetrokken)."
    ),
    "amendment_deleted": N_("Amendement {number} is verwijderd; zet het eerst terug."),
    "parent_not_found": N_("Het amendement waarop dit subamendement betrekking heeft bestaat niet (meer)."),
    "votes_need_decision": N_("Stemmen horen bij de uitslag: geef als status aangenomen of verworpen."),
    "vote_outcome_mismatch": N_("De stemmen ({voor} voor, {tegen} tegen) passen niet bij de status {status}."),
    "invalid_vote_argument": N_(
        "'{value}' is geen stem; gebruik FRACTIE=voor, FRACTIE=tegen, of bij een verdeelde fractie "
        "FRACTIE=VOOR/TEGEN als aantallen (VVD=5/2) of als namen (VVD=Jansen, De Vries/Bakker)."
    ),
    # votes as councils vote (domain/votes.py)
    "invalid_absent_argument": N_(
        "'{value}' zegt niet wie afwezig was; gebruik FRACTIE=AANTAL (VVD=2) of FRACTIE=namen (VVD=Jansen, Bakker)."
    ),
    "absent_duplicate": N_("Voor fractie {faction} is al opgegeven wie afwezig was."),
    "too_many_votes": N_("Te veel stemmen (de grens is {limit})."),
    "vote_member_twice": N_("{member} ({faction}) is meer dan eens genoemd; elk raadslid stemt één keer."),
    "vote_count_invalid": N_("De aantallen bij fractie {faction} moeten hele getallen van 0 of meer zijn."),
    "vote_names_counts_differ": N_("Bij fractie {faction} passen de namen niet bij de aantallen."),
    "vote_both_bloc_and_split": N_("Fractie {faction} stemde als geheel óf verdeeld, niet allebei."),
    "vote_counts_exceed_seats": N_("Fractie {faction} heeft {seats} zetels, maar er zijn {counted} leden geteld."),
    "vote_counts_mismatch": N_(
        "Fractie {faction} heeft {seats} zetels; {voor} voor, {tegen} tegen en {absent} afwezig telt daar niet toe op."
    ),
    "vote_no_quorum": N_(
        "De stemming is niet geldig: {cast} van de {entitled} leden stemden, er zijn er minstens {needed} nodig "
        "(Gemeentewet art. 29)."
    ),
    "vote_tie_postponed": N_(
        "De stemmen staken ({voor} tegen {tegen}) in een niet-voltallige vergadering: de beslissing wordt uitgesteld "
        "tot een volgende vergadering (Gemeentewet art. 32, vierde lid). Het voorstel blijft ingediend; leg daar de "
        "herstemming vast."
    ),
    # moties (domain/moties.py)
    "invalid_motie_kind": N_(
        "Onbekend soort dictum '{value}'; kies verzoekt (het college), draagt-op (draagt het college op) of spreekt-uit."
    ),
    "invalid_motie_status": N_("Onbekende status '{value}'."),
    "motie_too_many_points": N_("Een motie mag hoogstens {limit} punten per lijst hebben."),
    "motie_too_long": N_("Een tekst in een motie mag hoogstens {limit} tekens hebben."),
    "motie_missing_title": N_("De motie heeft nog geen titel."),
    "motie_missing_municipality": N_("Vul in namens welke gemeenteraad de motie spreekt (De raad van de gemeente …)."),
    "motie_missing_meeting_date": N_("Vul de datum van de raadsvergadering in (in vergadering bijeen op …)."),
    "motie_missing_reasons": N_(
        "Een motie is gemotiveerd: geef ten minste één 'constaterende dat' of 'overwegende dat'."
    ),
    "motie_missing_dictum": N_("De motie zegt nog niet wat de raad vraagt of uitspreekt (het dictum)."),
    "invalid_motie_transition": N_("Een motie met status {old} kan niet de status {new} krijgen."),
    "motie_vote_not_submitted": N_("Er kan alleen gestemd worden over een ingediende motie (deze is {status})."),
    # voting order (domain/procedure.py)
    "order_subamendments_first": N_(
        "Eerst stemt de raad over de subamendementen ({labels}); daarna over dit amendement."
    ),
    "order_parent_decided": N_("Over {labels} is al besloten; een subamendement komt vóór het amendement in stemming."),
    "order_amendments_first": N_("Eerst stemt de raad over de amendementen ({labels})."),
    "order_proposal_decided": N_("Over het voorstel is al besloten; amendementen komen vóór het voorstel in stemming."),
    "order_proposal_first": N_("Moties komen na het voorstel in stemming; leg eerst de uitslag van het voorstel vast."),
    "vote_correction_not_decided": N_("Alleen een vastgelegde uitslag kan worden gecorrigeerd (dit is {labels})."),
    "vote_correction_status": N_(
        "Een gecorrigeerde uitslag is aangenomen of verworpen (of volgt uit de stemmen); met ingediend wordt zij "
        "alleen teruggenomen. '{status}' is geen uitslag van een stemming."
    ),
    "step_not_ours": N_(
        "Dit is {status} door de fractie zelf (het kwam in haar pakket); de griffie draait een besluit van een "
        "fractie niet terug. Alleen wat de griffie hier vastlegde, kan zij terugnemen."
    ),
    "vote_correction_later_decided": N_(
        "De uitslag van {labels} volgt op deze en is al vastgelegd. Corrigeer eerst die, de laatste eerst."
    ),
    # drafts and exports (services/drafts.py)
    "invalid_export_format": N_("Onbekend formaat '{value}'; kies uit {choices}."),
    "export_failed": N_("Kan {path} niet schrijven: {reason}"),
    "export_over_store": N_(
        "{path} is de opslag waarin u werkt (of een bestand of back-up ervan); daar wordt niets overheen "
        "geschreven. Er is niets veranderd: kies een andere naam."
    ),
    "pdf_unavailable": N_("PDF kan hier niet worden gemaakt (geen PDF-schrijver beschikbaar)."),
    "no_framework": N_("Dit dossier heeft nog geen inkoopkader met uitgangspunten."),
    "template_unusable": N_("Het sjabloon {path} kan niet worden gebruikt: {reason}"),
    "snapshot_not_found": N_("Momentopname {id} bestaat niet."),
    # keeping the store safe
    "store_damaged": N_("De opslag {path} is beschadigd ({reason}). Er is niets aan veranderd."),
    "no_good_backup": N_("Er is geen goede back-up van {path}. De beschadigde opslag is bewaard zoals hij was."),
    "backup_failed": N_("De back-up is mislukt: {reason}"),
    # linked reading: real formats, links, versions, search (issue 5)
    "pdf_unreadable": N_("{name} kan niet als PDF worden gelezen ({reason}); is het bestand beschadigd of beveiligd?"),
    "pdf_no_text": N_(
        "{name} bevat geen tekst, alleen afbeeldingen (een scan?). Gebruik een PDF met tekstlaag "
        "(laat er eerst tekstherkenning/OCR op los) of het oorspronkelijke Word-bestand."
    ),
    "pdf_too_dense": N_(
        "{name} heeft op pagina {page} meer tekens dan een pagina tekst kan hebben ({count}, grens {limit}): "
        "verborgen of gegenereerde tekst. Het is niet ingelezen."
    ),
    "pdf_too_heavy": N_(
        "{name} vraagt meer geheugen of tijd dan een PDF met tekst nodig heeft ({reason}); het is niet "
        "ingelezen. Is het bestand beschadigd? Lees anders het oorspronkelijke Word-bestand in."
    ),
    "docx_unreadable": N_("{name} kan niet als Word-bestand (.docx) worden gelezen ({reason})."),
    "document_not_found": N_("Er is geen document '{title}' in dit dossier."),
    "document_superseded": N_("'{title}' heeft al een nieuwere versie; lees de nieuwe versie in als opvolger daarvan."),
    "version_unchanged": N_("{name} is gelijk aan de huidige versie van '{title}'; er is niets ingelezen."),
    "link_not_found": N_("Koppeling {id} bestaat niet."),
    "not_link_owner": N_("Deze koppeling is van fractie {owner}; alleen die fractie kan haar wijzigen."),
    "passage_not_found": N_("Deze passage staat niet in een achtergronddocument van dit dossier."),
}


# What the store calls a kind of item, in the user's words (the command line's and the window's conflict list).
KIND_WORDS = {
    "document": N_("document"),
    "annotation": N_("annotatie"),
    "amendment": N_("amendement"),
    "motie": N_("motie"),
    "link": N_("koppeling"),
}


def kind_word(kind: str, lang: str = "nl") -> str:
    """``annotation`` as "annotatie" (or "annotation"); a kind not known here as it is."""
    source = KIND_WORDS.get(kind)
    return translate(source, lang) if source is not None else kind


def moment(value: datetime | str) -> str:
    """A stored moment (a datetime or its ISO text) as the window shows one: "03-12-2026 07:12"."""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{when:%d-%m-%Y %H:%M}"


def merge_notices(warnings: list[str], lang: str = "nl") -> list[str]:
    """What a merge's report warns of (``PackageReport.warnings``), in words: a document version
    the package was made against and this store lacks (its items re-anchored where their quote
    still stands, the rest listed without one)."""
    notices = []
    for warning in warnings:
        code, _, rest = warning.partition(":")
        if code == "document_version_missing":
            title = rest.rsplit(":", 1)[0]
            notices.append(format_error(code, {"title": title or "?"}, lang))
    return notices


# What the system said when a file could not be read or written, in the message's language: the
# operating system words it in its own language (English here, whatever the window speaks), so
# "Kan het pakket niet lezen: Permission denied" read half English. Other errors keep its words.
_OS_REASONS: dict[int, str] = {
    errno.EACCES: N_("geen toestemming (rechten van het bestand of de map)"),
    errno.EPERM: N_("geen toestemming (rechten van het bestand of de map)"),
    errno.ENOENT: N_("het bestand of de map bestaat niet (meer)"),
    errno.ENOSPC: N_("de schijf is vol"),
    errno.EDQUOT: N_("de schijfruimte die u mag gebruiken is op"),
    errno.EROFS: N_("de schijf is alleen-lezen"),
    errno.EISDIR: N_("dat is een map, geen bestand"),
    errno.ENOTDIR: N_("een deel van het pad is geen map"),
    errno.ENAMETOOLONG: N_("de naam of het pad is te lang"),
    errno.EBUSY: N_("het bestand is in gebruik"),
    errno.ETXTBSY: N_("het bestand is in gebruik"),
    errno.EEXIST: N_("er staat daar al een bestand"),
    errno.EFBIG: N_("het bestand wordt te groot voor deze schijf"),
    errno.EIO: N_("de schijf gaf een lees- of schrijffout"),
    errno.EMFILE: N_("er staan te veel bestanden tegelijk open"),
    errno.ENFILE: N_("er staan te veel bestanden tegelijk open"),
    errno.EINVAL: N_("deze naam is hier niet toegestaan"),
}
_WINDOWS_SHARING = {32: N_("het bestand is in gebruik door een ander programma"), 33: N_("het bestand is in gebruik")}


def os_reason(exc: BaseException) -> str:
    """Why a file could not be used, for a message's ``reason``: in the program's words (Dutch,
    translated when the message is worded) when the error is one the system names by number,
    else as the system or library gave it."""
    winerror = getattr(exc, "winerror", None)  # Windows: a file another program holds
    if isinstance(winerror, int) and winerror in _WINDOWS_SHARING:
        return _WINDOWS_SHARING[winerror]
    number = getattr(exc, "errno", None)
    if isinstance(number, int) and number in _OS_REASONS:
        return _OS_REASONS[number]
    return str(getattr(exc, "strerror", None) or exc)[:300]


def format_error(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    source = MESSAGES.get(code)
    if source is None:
        return f"{code}: {params}" if params else code
    template = translate(source, lang)
    try:
        return template.format_map(_Missing(_readable(params, lang)))
    except (IndexError, ValueError):
        return template


# The words the store keeps for a status or an audience, in an English message in English ("the
# status rejected", not "verworpen"); a Dutch message shows the Dutch word as it is.
_WORDS_EN = {
    "concept": "draft",
    "ingediend": "submitted",
    "aangenomen": "adopted",
    "verworpen": "rejected",
    "ingetrokken": "withdrawn",
    "aangehouden": "held over",
    "fractie": "faction",
    "openbaar": "public",
    "privé": "private",
    "voorstel": "the proposal",
}
_WORD_PARAMS = ("status", "old", "new", "audience", "labels")
_OWN_WORDS = ("what", "reason")


def _readable(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Whole numbers as a person reads them: a parameter named ``..._bytes`` as a size ("1,5 MB"),
    one named ``..._count`` or ``limit`` with its thousands marked ("2.000.000"), each in the language's way;
    in English a status or an audience in English, and what the program itself says in a ``what``
    or ``reason`` (marked with ``N_``) in the message's language; a library's reason stays as given."""
    if any(isinstance(params.get(key), str) for key in _OWN_WORDS):
        params = dict(params)
        for key in _OWN_WORDS:
            if isinstance(params.get(key), str):
                params[key] = translate(params[key], lang)
    if lang == "en" and any(key in params for key in _WORD_PARAMS):
        params = dict(params)
        for key in _WORD_PARAMS:
            if key in params:  # one word, or labels with commas between ("M4, voorstel")
                words = str(params[key]).split(", ")
                params[key] = ", ".join(_WORDS_EN.get(word, word) for word in words)
    if not any(key.endswith(("_bytes", "_count")) or key == "limit" for key in params):
        return params
    out = dict(params)
    for key, value in params.items():
        if type(value) is not int:
            continue
        if key.endswith("_bytes"):
            out[key] = byte_size(value, lang)
        elif key.endswith("_count") or key == "limit":  # ("hoogstens 100.000 tekens")
            out[key] = whole_number(value, lang)
    return out


def whole_number(value: int, lang: str = "nl") -> str:
    """``2000000`` as "2.000.000" (Dutch) or "2,000,000" (English)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def byte_size(value: int, lang: str = "nl") -> str:
    """A number of bytes as "512 bytes", "12 kB", "1,5 MB" or "3 GB": rounded up, so a size just
    over a limit never reads as the limit itself."""
    if value < 1024:
        return f"{value} bytes"
    for unit, scale in (("kB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        if value < 1024 * scale or unit == "GB":
            tenths = -(-value * 10 // scale)  # rounded up, in tenths
            if tenths >= 100 or tenths % 10 == 0:
                return f"{-(-tenths // 10)} {unit}"
            text = f"{tenths // 10}.{tenths % 10}"
            return f"{text.replace('.', ',') if lang == 'nl' else text} {unit}"
    raise AssertionError("not reached")


class _Missing(dict):  # type: ignore[type-arg]
    """Validation codes come without parameters; a missing one reads as an ellipsis."""

    def __missing__(self, key: str) -> str:
        return "…"


# --- faction packages and the clerk's merge (services.exchange, services.keys) -----------------
MESSAGES.update(
    {
        "package_damaged": N_(
            "Het pakket is beschadigd ({reason}). Er is niets samengevoegd; vraag de fractie het opnieuw te sturen."
        ),
        "package_invalid": N_("Het pakket klopt niet ({reason}). Er is niets samengevoegd."),
        "package_not_a_package": N_("Dit bestand is geen raadspakket. Er is niets samengevoegd."),
        "package_too_large": N_(
            "Het pakket is te groot ({part}: {size_bytes}, grens {limit_bytes}). Er is niets samengevoegd."
        ),
        "package_bomb": N_("Het pakket pakt verdacht groot uit ({part}); het is geweigerd."),
        "package_format": N_("Dit pakket heeft een onbekende opmaakversie ({version}). Er is niets samengevoegd."),
        "package_newer": N_(
            "Dit pakket is gemaakt met een nieuwere raadsviewer (opmaak {version}, deze versie kent {supported}). "
            "Werk raadsviewer bij."
        ),
        "package_signature_missing": N_("Het pakket is niet ondertekend. Er is niets samengevoegd."),
        "package_bad_signature": N_(
            "De handtekening van het pakket klopt niet: het is na het ondertekenen veranderd. Er is niets samengevoegd."
        ),
        "package_unknown_key": N_(
            "Het pakket van {faction} is ondertekend met een onbekende sleutel (vingerafdruk {fingerprint}). "
            "Vertrouw eerst de publieke sleutel van de fractie (na vergelijken per telefoon)."
        ),
        "package_second_key": N_(
            "Het pakket van {faction} is ondertekend met een andere sleutel (vingerafdruk {fingerprint}) dan de "
            "sleutel die hier voor {faction} vertrouwd is. Een fractie heeft één sleutel: wie dit pakket stuurde, "
            "neemt de sleutel over van een collega (Bestand › Fractiesleutel › Sleutel van een collega importeren…) "
            "en exporteert het pakket opnieuw. Er is niets samengevoegd."
        ),
        "package_wrong_key": N_(
            "Het pakket zegt van {faction} te zijn, maar is ondertekend met de sleutel van {holder}. Geweigerd."
        ),
        "package_foreign_item": N_(
            "Het pakket bevat een item ({item}) dat niet van de ondertekenende fractie is. Het hele pakket is geweigerd."
        ),
        "package_other_dossier_item": N_("Het pakket bevat een item ({item}) van een ander dossier. Geweigerd."),
        "package_other_dossier": N_(
            "Dit pakket hoort bij een ander dossier ('{title}'), dat niet in deze opslag staat."
        ),
        "package_own_dossier": N_(
            "Dit pakket hoort bij een eigen dossier '{title}' dat op de laptop van de fractie is gemaakt, niet bij "
            "het dossier van de griffie met die naam. Er is niets samengevoegd. De fractie leest het dossier van de "
            "griffie in (Dossier inlezen) en exporteert haar werk daarin."
        ),
        "package_is_a_dossier": N_(
            "Dit is een dossier van de griffie, geen pakket van een fractie. Er is niets samengevoegd. Een dossier "
            "lees je in met Dossier inlezen (import-dossier)."
        ),
        "package_other_griffie": N_(
            "Dit pakket is versleuteld voor een griffie, maar niet voor deze: het is gemaakt met het dossier van "
            "een andere griffie of met een sleutel die deze opslag niet heeft. Er is niets samengevoegd."
        ),
        "package_revision_forged": N_(
            "Een versie in het pakket ({revision}) past niet bij de inhoud ervan (vervalst of beschadigd). Geweigerd."
        ),
        "package_missing_parent": N_(
            "Het pakket bouwt voort op een versie ({parent}) die ontbreekt (item {item}). Geweigerd."
        ),
        "package_cycle": N_("De geschiedenis van item {item} in het pakket loopt in een kring. Geweigerd."),
        "package_already_merged": N_("Dit pakket is al samengevoegd; er is niets veranderd."),
        "document_version_missing": N_(
            "Het pakket is gemaakt bij een documentversie die hier ontbreekt ({title}); "
            "waar het citaat nog voorkomt is het opnieuw verankerd, de rest staat in de lijst."
        ),
        "key_secret_missing": N_(
            "Deze laptop heeft de geheime sleutel van {faction} niet. Importeer hem van een fractiegenoot "
            "(faction-key import-secret)."
        ),
        "key_none": N_("{faction} heeft nog geen sleutel."),
        "key_file_invalid": N_("{name} is geen (leesbaar) sleutelbestand."),
        "key_other_faction": N_("Deze sleutel is van {faction}, niet van {expected}."),
        "owner_faction_not_in_dossier": N_(
            "De fractie {faction} staat niet in het dossier van de griffie (wel: {known}). Kies een van die "
            "fracties, of vraag de griffie om een dossier waarin uw fractie staat."
        ),
        "faction_id_mismatch": N_(
            "Er is hier al een fractie {faction}, maar met een andere identiteit: de laptop is niet gestart "
            "vanaf de kopie van de griffie. Lees het dossier van de griffie in een nieuwe, lege opslag in en "
            "kies daarna pas wie de computer gebruikt."
        ),
        "key_registered_elsewhere": N_("Deze sleutel is al geregistreerd voor {faction}."),
        "key_differs": N_("{faction} heeft hier al een andere sleutel (vingerafdruk {fingerprint})."),
        "key_own_differs": N_(
            "Deze laptop heeft al een eigen sleutel van {faction} (vingerafdruk {fingerprint}); die van uw collega "
            "is {theirs}. Een fractie heeft één sleutel: vervang de eigen sleutel door die van uw collega (in het "
            "venster, of met --replace) en exporteer uw pakket opnieuw."
        ),
        "passphrase_too_short": N_("Het wachtwoord moet minstens {minimum} tekens hebben."),
        "key_passphrase_wrong": N_("Het wachtwoord past niet bij {name} (of het bestand is beschadigd)."),
        "file_unwritable": N_("Kan {name} niet schrijven: {reason}"),
        "nothing_to_undo": N_("Er is geen samenvoeging om ongedaan te maken."),
        "undo_blocked": N_("De laatste samenvoeging kan niet meer ongedaan worden: er is sindsdien op voortgebouwd."),
        "undo_blocked_decided": N_(
            "De laatste samenvoeging kan niet meer ongedaan worden: over {labels} is sindsdien gestemd of een "
            "uitslag vastgelegd, en die zouden verdwijnen."
        ),
        "conflict_not_found": N_("Geen conflict bij item {id}."),
        "conflict_choice_invalid": N_("Die keuze past niet bij het conflict ({id})."),
        "resolution_not_found": N_("Die keuze in een conflict is hier niet (meer) te vinden ({id})."),
        "resolution_built_on": N_(
            "Deze keuze kan niet meer ongedaan worden: het item is sindsdien bewerkt. Er is niets veranderd."
        ),
        "resolution_shared": N_(
            "Deze keuze kan niet meer ongedaan worden: ze is sindsdien in een pakket meegestuurd ({when}) en "
            "kan al op een andere laptop staan. Er is niets veranderd."
        ),
    }
)


# The reader's candidate lists and the user's corrections of the principles.
MESSAGES.update(
    {
        "check_principles": N_(
            "Controleer de uitgangspunten van {name}: de lezer is niet zeker van de gekozen lijst. "
            "Kies zo nodig een andere lijst of pas de uitgangspunten aan."
        ),
        "document_ambiguous": N_("Er zijn meerdere documenten met die naam ({titles}); kies er een met --document."),
        "framework_ambiguous": N_("Dit dossier heeft meerdere kaders ({titles}); kies er een met --document."),
        "document_not_framework": N_("'{title}' is een achtergronddocument; alleen een kader heeft uitgangspunten."),
        "principle_ambiguous": N_(
            "Er zijn {count} uitgangspunten met nummer {number}; geef het volledige nummer (bv. B.2)."
        ),
        "candidate_not_found": N_("Lijst {rank} bestaat niet; de lezer vond {count} lijst(en)."),
        "correction_invalid": N_("Een aanpassing van de uitgangspunten is onleesbaar ({reason})."),
        "correction_empty": N_("Geef een nieuwe titel of een nieuw nummer op."),
        "principle_title_empty": N_("Een uitgangspunt heeft een titel nodig."),
        "no_corrections": N_("De uitgangspunten van '{title}' zijn niet aangepast."),
        # a correction that cannot be made (nothing is changed)
        "correction_not_found": N_("Deze aanpassing kan niet: de tekst staat niet (meer) in het document."),
        "correction_no_principle_there": N_("Deze aanpassing kan niet: daar staat geen uitgangspunt."),
        "correction_split_at_start": N_("Deze aanpassing kan niet: het uitgangspunt begint daar al."),
        "correction_nothing_to_merge": N_(
            "Deze aanpassing kan niet: er is geen volgend uitgangspunt om mee samen te voegen."
        ),
        # why the reader considered a list (candidate reasons)
        "candidate_named_principles": N_("genoemd als de uitgangspunten ({name})"),
        "candidate_named_list": N_("genoemd als lijst ({name})"),
        "candidate_dictum": N_("het besluitende deel ({name})"),
        "candidate_lead_in": N_("na een inleidende zin ({name})"),
        "candidate_colon_lead_in": N_("na een dubbele punt ({name})"),
        "candidate_several_lists": N_("{lists} lijsten samen, {count} punten"),
        "candidate_longest_run": N_("langste genummerde reeks, {count} punten"),
        "candidate_chapters": N_("hoofdstukken, geen uitgangspunten"),
        "candidate_considerations": N_("overwegingen, geen uitgangspunten"),
        "candidate_references": N_("een lijst van bronnen, geen uitgangspunten"),
        "candidate_schedule": N_("een planning, geen uitgangspunten"),
        "candidate_attachments": N_("de bijlagen, geen uitgangspunten"),
        "candidate_translation": N_("een vertaling, niet de eigen tekst"),
        "candidate_not_asked": N_("een lijst waarover niets gevraagd wordt"),
        "candidate_stored": N_("de eerder ingelezen uitgangspunten"),
    }
)


def candidate_reason(code: str, params: dict[str, Any], lang: str = "nl") -> str:
    """Why the reader considered a list, in words ("named as the principles (Uitgangspunten)")."""
    return format_error(f"candidate_{code}", params, lang)


# --- roles, audiences, the griffie's dossier, bounded input (domain.access, services.roles,
# services.dossier, services.secrets, storage.db) -----------------------------------------------
MESSAGES.update(
    {
        "name_control": N_("De naam '{name}' bevat een stuurteken ({char}); typ de naam opnieuw."),
        "name_bidi": N_(
            "De naam '{name}' bevat een teken dat de leesrichting omdraait ({char}); zo kan een naam zich "
            "als een andere voordoen. Geweigerd."
        ),
        "name_zero_width": N_(
            "De naam '{name}' bevat een onzichtbaar teken ({char}); zo kan een naam zich als een andere "
            "voordoen. Geweigerd."
        ),
        "name_too_long": N_("De naam is {length} tekens lang; de grens is {limit}."),
        "member_name_empty": N_("Een lid heeft een naam nodig."),
        "owner_faction_missing": N_(
            "De fractie van de eigenaar van deze opslag bestaat niet meer; stel de eigenaar opnieuw in "
            "(owner --faction NAAM --member NAAM)."
        ),
        "owner_is_griffie_store": N_(
            "Deze opslag heeft de sleutel van de griffie; hij kan niet de laptop van een fractielid worden."
        ),
        "owner_is_laptop": N_(
            "Deze opslag vertrouwt al de sleutel van een griffie: het is een fractielaptop, geen griffie."
        ),
        "not_your_faction": N_("Deze laptop is van een lid van {owner}; hij kan niet namens {faction} werken."),
        "griffie_only": N_(
            "Dit maakt de griffie ({what}), in haar eigen opslag: op de laptop van een fractielid staan niet "
            "alle stukken en stemmen."
        ),
        "griffie_decision": N_(
            "Dit is een besluit van de griffie ({what}); het kan alleen in de opslag van de griffie "
            "worden genomen. Een fractie legt alleen indienen en intrekken van haar eigen items vast."
        ),
        "griffie_key_missing": N_("Deze opslag heeft nog geen sleutel van de griffie."),
        "griffie_key_unknown": N_(
            "Deze laptop kent de sleutel van de griffie nog niet: lees eerst het dossier van de griffie in "
            "(import-dossier), dan kan het pakket voor de griffie worden versleuteld."
        ),
        "key_protection_unavailable": N_(
            "Er is geen sleutelhanger van het systeem beschikbaar om de geheime sleutel te beschermen. "
            "Geef een wachtwoord (in het venster, of met RAADSVIEWER_KEY_PASSPHRASE_FILE)."
        ),
        "key_locked": N_(
            "De geheime sleutel in deze opslag gaat niet open met dit wachtwoord (of de sleutelhanger "
            "weigert). Geef het wachtwoord waarmee de sleutel is beschermd."
        ),
        "key_binding_id": N_(
            "Dit sleutelbestand noemt zich '{faction}', maar zijn identiteit hoort hier bij fractie "
            "'{other}'. Geweigerd: vergelijk de sleutel met de fractie."
        ),
        "key_untrusted": N_(
            "De sleutel van {faction} wordt niet meer vertrouwd (sinds {since}); het pakket is geweigerd."
        ),
        "disk_full": N_(
            "De schijf is vol: {name} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw; "
            "er is niets half geschreven."
        ),
        "store_locked": N_(
            "De opslag {path} is bezet door een ander programma of venster (een samenvoeging of import). "
            "Er is niets veranderd; probeer het zo opnieuw."
        ),
        "store_disk_full": N_(
            "De schijf met de opslag {path} is vol. Er is niets veranderd; maak ruimte vrij en probeer het opnieuw."
        ),
        "store_read_only": N_(
            "De opslag {path} is alleen-lezen. Er is niets veranderd; geef uzelf schrijfrechten op het "
            "bestand (en de map), of open een kopie."
        ),
        "paste_too_long": N_(
            "Deze tekst is te lang om hier te plakken: {text_count} tekens, waar er hoogstens {limit_count} "
            "passen. Er is niets ingevoegd; de tekst staat nog op het klembord."
        ),
        "store_io_error": N_(
            "De opslag {path} kan niet worden gelezen of geschreven (schijffout). Er is niets veranderd; "
            "controleer de schijf of het netwerk."
        ),
    }
)
MESSAGES.update(
    {
        "package_not_for_you": N_(
            "Dit pakket is versleuteld voor een ander ({audience}); deze opslag heeft de sleutel niet om het "
            "te openen. Er is niets samengevoegd. Vraag de afzender een pakket te maken voor wie het hier "
            "opent (bij het exporteren: voor de griffie, of voor fractiegenoten)."
        ),
        "package_not_for_this_laptop": N_(
            "Dit is een pakket van {faction}; de laptop van een lid van {owner} voegt alleen pakketten van "
            "de eigen fractie samen. Er is niets samengevoegd."
        ),
        "item_id_of_other_faction": N_(
            "Item {item} draagt de identiteit van een andere fractie; alleen dit item is geweigerd."
        ),
        "item_private": N_(
            "Item {item} bevat een privé-versie, die de laptop nooit had mogen verlaten; alleen dit item is geweigerd."
        ),
        "item_griffie_decision": N_(
            "Item {item} claimt een besluit van de griffie (uitslag, stemmen of opname in de "
            "concept-zienswijze); een fractiepakket kan dat niet. Alleen dit item is geweigerd."
        ),
        "item_too_many_versions": N_(
            "Item {item} zou meer dan 64 tegenstrijdige versies krijgen; zoveel kan de griffie niet "
            "naast elkaar beoordelen. Alleen dit item is geweigerd."
        ),
        "item_changed_after_submission": N_(
            "Item {item} is al ingediend: daarna verandert een fractiepakket alleen de status (intrekken, "
            "aanhouden), niet de tekst, en neemt het niet terug. Alleen dit item is geweigerd."
        ),
        "invalid_audience": N_("Onbekend publiek '{value}'; kies fractie (fractiegenoten) of griffie."),
        "amendment_not_numbered": N_(
            "Dit amendement heeft nog geen nummer van de griffie; gebruik zijn voorlopige nummer (bv. GL-1)."
        ),
    }
)
MESSAGES.update(
    {
        "dossier_invalid": N_("Het dossierbestand klopt niet ({reason}). Er is niets ingelezen."),
        "dossier_not_a_dossier": N_(
            "Dit bestand is geen dossier van de griffie (.raadsdossier). Er is niets ingelezen."
        ),
        "dossier_too_large": N_(
            "Het dossierbestand is te groot ({size_bytes}, grens {limit_bytes}). Er is niets ingelezen."
        ),
        "dossier_export_too_large": N_(
            "Het dossier is te groot om te versturen ({what}): elke laptop zou het weigeren. Er is niets "
            "geschreven. Verwijder grote documenten of versies die de fracties niet nodig hebben."
        ),
        "dossier_bomb": N_("Het dossierbestand pakt verdacht groot uit ({part}); het is geweigerd."),
        "dossier_newer": N_("Dit dossier is gemaakt met een nieuwere raadsviewer ({what}). Werk raadsviewer bij."),
        "dossier_bad_signature": N_(
            "De handtekening van het dossier klopt niet: het is na het ondertekenen veranderd. Er is niets ingelezen."
        ),
        "dossier_fingerprint_needed": N_(
            "Dit is het eerste dossier van deze griffie op deze laptop. Vergelijk de vingerafdruk van de "
            "griffie per telefoon: {fingerprint}. Klopt hij, lees het dossier dan in met --trust-fingerprint "
            '"{fingerprint}".'
        ),
        "key_fingerprint_needed": N_(
            "Vergelijk eerst de vingerafdruk van deze sleutel van {faction} met de fractie, bijvoorbeeld per "
            'telefoon: {fingerprint}. Klopt hij, vertrouw de sleutel dan met --fingerprint "{fingerprint}".'
        ),
        "key_fingerprint_mismatch": N_(
            "De vingerafdruk van deze sleutel van {faction} ({fingerprint}) is niet de vergeleken ({given}). "
            "De sleutel wordt niet vertrouwd. Vraag de fractie om haar sleutel opnieuw."
        ),
        "dossier_fingerprint_mismatch": N_(
            "De vingerafdruk van dit dossier ({fingerprint}) is niet de opgegeven ({given}). Niet vertrouwd; "
            "er is niets ingelezen. Bel de griffie."
        ),
        "dossier_other_griffie": N_(
            "Dit dossier is ondertekend met een andere sleutel ({fingerprint}) dan die van de griffie die deze "
            "laptop vertrouwt ({trusted}). Geweigerd; bel de griffie."
        ),
        "dossier_own_store": N_(
            "Dit is de opslag van de griffie zelf; een dossier van de griffie wordt op een fractielaptop ingelezen."
        ),
        "dossier_older": N_(
            "Dit dossier (volgnummer {sequence}) is ouder dan het laatst ingelezen ({newest}); er is niets ingelezen."
        ),
        "dossier_title_taken": N_(
            "Er staat hier al een ander dossier '{title}'. Begin met een lege opslag, of hernoem dat dossier."
        ),
    }
)
MESSAGES["package_not_sealed"] = N_(
    "Let op: dit pakket is ondertekend maar niet versleuteld, want deze laptop kent de sleutel van de griffie "
    "nog niet. Lees eerst het dossier van de griffie in (import-dossier)."
)
MESSAGES["docx_too_large"] = N_(
    "{name} is te groot om als Word-bestand te lezen ({what}: {size_bytes}, grens {limit_bytes}). Sla het op als "
    "kleinere bestanden of als PDF."
)
MESSAGES["docx_too_many_parts"] = N_(
    "{name} bestaat uit te veel onderdelen om als Word-bestand te lezen ({parts_count}, grens {limit_count}). "
    "Het is niet ingelezen."
)
MESSAGES["docx_too_many_paragraphs"] = N_(
    "{name} heeft meer dan {limit_count} alinea's; zo veel leest raadsviewer niet uit één Word-bestand. Sla het "
    "op als kleinere bestanden."
)
MESSAGES["too_many_lines"] = N_(
    "{name} heeft {lines_count} regels; de grens is {limit_count}. Zo veel heeft geen raadsstuk: het is niet ingelezen."
)
MESSAGES["too_many_paragraphs"] = N_(
    "{name} heeft {paragraphs_count} alinea's; de grens is {limit_count}. Zo veel heeft geen raadsstuk: het is "
    "niet ingelezen."
)
MESSAGES["docx_bomb"] = N_(
    "{name} pakt verdacht groot uit ({part}): zo ver laat geen Word-tekst zich samenpakken. Het is niet ingelezen."
)
MESSAGES["corrections_unreadable"] = N_(
    "De correcties van de uitgangspunten in het dossierbestand zijn niet te lezen; er is niets veranderd."
)
MESSAGES.update(
    {
        # votes recorded as councils vote, moties in the store, the proposal (services/procedure.py)
        "vote_outcome_unknown": N_(
            "Deze stemmen zijn niet te tellen (de zetels van de fracties zijn onbekend); geef de uitslag "
            "erbij: aangenomen of verworpen."
        ),
        "status_or_votes_needed": N_("Geef de status, of de stemmen (dan volgt de uitslag uit de stemmen)."),
        "item_not_found": N_("Er is geen amendement of motie '{label}' in dit dossier."),
        "number_limit": N_("Dit dossier heeft al {limit} nummers in deze reeks gegeven; meer kan niet."),
        "number_limit_faction": N_(
            "{faction} heeft in dit dossier al {limit} nummers in deze reeks; meer geeft de griffie één fractie "
            "niet. Er is niets samengevoegd."
        ),
        "motie_not_found": N_("Motie {number} bestaat niet."),
        "invalid_motie_number": N_("'{value}' is geen motienummer; gebruik bijvoorbeeld M2."),
        "not_motie_owner": N_("Deze motie is van fractie {owner}; alleen die fractie kan haar wijzigen."),
        "motie_not_concept": N_(
            "Motie {number} is {status}; alleen een concept kan worden gewijzigd of verwijderd "
            "(een ingediende motie wordt aangehouden of ingetrokken)."
        ),
        "motie_deleted": N_("Motie {number} is verwijderd; zet haar eerst terug."),
        "invalid_proposal_status": N_("Onbekende status '{value}' voor het voorstel; kies aangenomen of verworpen."),
        "invalid_proposal_transition": N_("Het voorstel met status {old} kan niet de status {new} krijgen."),
        "proposal_decided": N_("Over het voorstel is al besloten ({status}); er kan niet opnieuw over worden gestemd."),
        "proposal_rejected": N_("De raad heeft het voorstel verworpen: er gaat geen zienswijze uit."),
        "council_text_too_long": N_("Deze tekst mag hoogstens {limit} tekens hebben."),
        "invalid_date": N_("'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2020-11-10."),
    }
)
MESSAGES.update(
    {
        # a store on a PostgreSQL server
        "server_url_invalid": N_(
            "{url} is geen adres van een PostgreSQL-server ({reason}). Gebruik "
            "postgresql+psycopg://gebruiker@server/database."
        ),
        "server_schema_invalid": N_(
            "'{schema}' is geen geldige naam voor het schema van een gemeente: kleine letters, cijfers en _, "
            "beginnend met een letter."
        ),
        "server_unreachable": N_(
            "De server {server} is niet bereikbaar ({reason}). Er is niets veranderd; controleer het netwerk of "
            "vraag de beheerder of de server draait."
        ),
        "server_login_failed": N_(
            "De server {server} laat gebruiker '{user}' niet binnen: wachtwoord of gebruikersnaam klopt niet. "
            "Het wachtwoord komt uit de sleutelbos van het systeem of uit ~/.pgpass, nooit uit de instellingen."
        ),
        "server_database_missing": N_(
            "Op de server {server} bestaat de database '{database}' niet. De beheerder maakt hem aan (zie de "
            "README: 'Een opslag op een server')."
        ),
        "server_no_permission": N_(
            "De server {server} staat dit niet toe ({reason}). Vraag de beheerder om de rechten uit de README."
        ),
        "server_tool_missing": N_(
            "{tool} is niet gevonden: een back-up van een opslag op een server wordt met de programma's van "
            "PostgreSQL gemaakt. Installeer het pakket postgresql-client (Debian/Ubuntu) of de PostgreSQL-"
            "programma's voor uw systeem. Er is niets veranderd."
        ),
        "server_driver_missing": N_(
            "Deze installatie van raadsviewer heeft het stuurprogramma voor een PostgreSQL-server niet (het "
            "bureaubladpakket is voor de opslag op deze computer). Installeer raadsviewer met pip of pipx "
            "(zie de README: 'Een opslag op een server'). Er is niets veranderd."
        ),
        "edit_base_unknown": N_(
            "De versie waarvan deze bewerking uitging ({id}) is niet bekend; er is niets veranderd."
        ),
    }
)
MESSAGES["griffie_writes_no_faction_items"] = N_(
    "Dit is de opslag van de griffie: annotaties en amendementen schrijft een fractie op haar eigen "
    "laptop en stuurt ze in een pakket. Werkt u voor een fractie? Kies dan Bewerken › Wie gebruikt deze computer."
)
MESSAGES["passphrases_differ"] = N_("De twee wachtwoordzinnen verschillen. Er is niets veranderd; probeer het opnieuw.")


def wording(code: str) -> tuple[str, str]:
    """The Dutch and the English text of ``code`` (for the tests and the completeness checks)."""
    return both(MESSAGES[code])
