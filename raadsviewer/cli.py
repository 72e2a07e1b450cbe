"""The headless front end: the same services as the window, for clerks' scripts and for tests.

Exit codes: 0 done, 1 a clear error on stderr (nothing changed), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raadsviewer import __version__
from raadsviewer.words import N_, translate, use_for_argparse

if TYPE_CHECKING:
    import argparse

    from raadsviewer.storage.db import Store


class ProgressBar:
    """The import's progress on stderr, as the window shows it in a dialog: a large file takes
    seconds. Only on a terminal, so that scripts and tests read the same clean output as before."""

    WIDTH = 30

    def __init__(self, label: str, stream: Any = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.shown = False
        self.on_terminal = bool(getattr(self.stream, "isatty", lambda: False)())

    def progress(self, percent: int, _step: str) -> None:
        if not self.on_terminal:
            return
        percent = max(0, min(100, int(percent)))
        filled = percent * self.WIDTH // 100
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {percent:3d}%")
        self.stream.flush()
        self.shown = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.shown:  # end the line, also when the import was refused: the message starts on its own line
            self.stream.write("\n")
            self.stream.flush()


COMMANDS = (
    "import",
    "documents",
    "principles",
    "annotate",
    "annotations",
    "include-annotation",
    "amend",
    "amendments",
    "set-status",
    "draft",
    "snapshots",
    "amendment-export",
    "screenshot",
    "factions",
    "faction",
    "export-package",
    "merge",
    "conflicts",
    "resolve",
    "merge-log",
    "undo-merge",
    "faction-key",
    "links",
    "search",
    "anchors",
    "owner",
    "export-dossier",
    "import-dossier",
    "motie",
    "moties",
    "motie-export",
    "stemlijst",
    "zienswijze",
    "dossier-settings",
)


_MERGE_STATUS = {  # what a merge did with a package, as ``merge`` prints it
    "would_merge": N_("wordt samengevoegd"),
    "merged": N_("samengevoegd"),
    "already_merged": N_("al eerder samengevoegd"),
    "listed_twice": N_("staat twee keer in de lijst: wordt één keer samengevoegd"),
}


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("raadsviewer", appauthor=False)) / "raadsviewer.sqlite"


def store_location(value: str) -> Path | str:
    """``--db``: a SQLite file (a path), or a server's URL (``scheme://...``), kept as text (a
    path would fold its ``//``; a URL that is not PostgreSQL's is refused when opened)."""
    import re

    return value.strip() if re.match(r"^[a-z][a-z0-9+.-]*://", value.strip(), re.IGNORECASE) else Path(value)


def is_server(location: Path | str | None) -> bool:
    return isinstance(location, str)


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, its help and argparse's own words in ``lang`` (Dutch unless
    English is asked for; the texts are written in Dutch and marked N_ for the catalogue)."""
    import argparse

    use_for_argparse(lang)  # argparse names its groups ("options") while the parser is built
    parser = argparse.ArgumentParser(
        prog="raadsviewer",
        description=N_(
            "Lees, annoteer en amendeer een inkoopkader met de achtergronddocumenten. "
            "Zonder opdracht start het venster."
        ),
    )
    parser.add_argument(
        "--db",
        type=store_location,
        help=N_(
            "de opslag: een SQLite-bestand (standaard in de gebruikersmap) of een PostgreSQL-server, "
            "postgresql+psycopg://gebruiker@server/database (wachtwoord uit de sleutelbos of ~/.pgpass)"
        ),
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=N_("taal van het venster en de meldingen"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"raadsviewer {__version__}",
        help=N_("toon het versienummer van het programma en stop"),
    )
    sub = parser.add_subparsers(dest="command", metavar=N_("OPDRACHT"))

    p = sub.add_parser("import", help=N_("een document inlezen (.txt, .md, .pdf, .docx)"))
    p.add_argument("file", type=Path)
    p.add_argument("--role", choices=("framework", "background"), help=N_("verplicht, behalve bij --new-version-of"))
    p.add_argument(
        "--new-version-of", metavar=N_("DOCUMENTTITEL"), help=N_("als nieuwe versie van dit document inlezen")
    )
    p.add_argument("--dossier", help=N_("titel van het dossier (aangemaakt als het nog niet bestaat)"))

    p = sub.add_parser("documents", help=N_("de documenten in de opslag"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("principles", help=N_("de uitgangspunten van een dossier"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")
    _add_principle_parsers(p)  # candidate lists and corrections (below)

    p = sub.add_parser("annotate", help=N_("een annotatie toevoegen"))
    p.add_argument("--principle", type=int, required=True)
    p.add_argument("--faction", required=True)
    p.add_argument("--member", default="")
    p.add_argument(
        "--stance", default="notitie", help=N_("steun, zorg, vraag, bezwaar of notitie (standaard: notitie)")
    )
    p.add_argument(
        "--visibility",
        default="fractie",
        help=N_(
            "wie de annotatie ziet: privé (alleen deze laptop), fractie (standaard), griffie of openbaar; "
            "alleen griffie en openbaar gaan met een pakket naar de griffie"
        ),
    )
    p.add_argument("--text", required=True)
    p.add_argument("--quote")
    p.add_argument("--dossier")

    p = sub.add_parser("annotations", help=N_("de annotaties in de opslag"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("factions", help=N_("de fracties"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("faction", help=N_("een fractie toevoegen of wijzigen"))
    fsub = p.add_subparsers(dest="faction_command", required=True)
    fa = fsub.add_parser("add")
    fa.add_argument("name")
    fa.add_argument("--seats", type=int, default=0)
    fa.add_argument("--colour")

    p = sub.add_parser(
        "include-annotation", help=N_("(griffie) een annotatie wel of niet opnemen in de concept-zienswijze")
    )
    p.add_argument("id", help=N_("id van de annotatie (zie annotations --json)"))
    p.add_argument("--remove", action="store_true", help=N_("niet (meer) opnemen"))

    p = sub.add_parser("amend", help=N_("een amendement (concept) toevoegen; drukt het nummer af, bv. A1"))
    p.add_argument("--principle", type=int, help=N_("verplicht, behalve bij --parent"))
    p.add_argument("--parent", metavar=N_("AMENDEMENT"), help=N_("subamendement op dit amendement (bv. A1)"))
    p.add_argument("--faction", required=True)
    p.add_argument("--member", default="")
    p.add_argument("--operation", required=True, choices=("vervangen", "toevoegen", "schrappen"))
    p.add_argument("--old", default="", help=N_("de te wijzigen tekst, letterlijk uit het uitgangspunt"))
    p.add_argument("--new", default="", help=N_("de nieuwe tekst"))
    p.add_argument("--title", default="")
    p.add_argument("--rationale", default="", help=N_("toelichting (Markdown)"))
    p.add_argument("--cosign", nargs="+", action="extend", default=[], metavar=N_("FRACTIE"), help=N_("mede-indieners"))
    p.add_argument("--betreft", default="")
    p.add_argument("--dossier")

    p = sub.add_parser("amendments", help=N_("de amendementen van een dossier"))
    p.add_argument("--dossier")
    p.add_argument("--all", action="store_true", help=N_("ook verwijderde"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "set-status",
        help=N_("(griffie) de status van een amendement, motie of het voorstel vastleggen, met de stemmen"),
    )
    p.add_argument("number", metavar=N_("STUK"), help=N_("bv. A1, M1, GL-M1 of voorstel"))
    p.add_argument(
        "status",
        nargs="?",
        choices=("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden"),
        help=N_("weggelaten: de stemmen beslissen (ook bij staking van stemmen)"),
    )
    p.add_argument(
        "--votes",
        nargs="+",
        action="extend",
        default=[],
        metavar=N_("FRACTIE=voor|tegen"),
        help=N_("per fractie; een verdeelde fractie als VOOR/TEGEN (VVD=5/2)"),
    )
    p.add_argument(
        "--absent",
        nargs="+",
        action="extend",
        default=[],
        metavar=N_("FRACTIE=N"),
        help=N_("afwezige leden per fractie"),
    )
    p.add_argument(
        "--revote",
        action="store_true",
        help=N_("herstemming na staking van stemmen in een eerdere vergadering (Gemeentewet art. 32, vijfde lid)"),
    )
    p.add_argument(
        "--correct",
        action="store_true",
        help=N_(
            "de vastgelegde uitslag was een vergissing: vervang haar door deze, of neem haar met ingediend alleen "
            "terug (niet zolang een latere erop volgt); een intrekking of aanhouding die de griffie hier vastlegde, "
            "neemt u met ingediend terug"
        ),
    )
    p.add_argument("--dossier")

    p = sub.add_parser("draft", help=N_("de concept-zienswijze exporteren (en een momentopname bewaren)"))
    p.add_argument("--format", required=True, choices=("md", "html", "pdf", "docx"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", dest="doc_lang", choices=("nl", "en"), help=N_("taal van het document"))
    p.add_argument("--dossier")

    p = sub.add_parser("snapshots", help=N_("de momentopnamen van de concept-zienswijze"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("amendment-export", help=N_("één amendement als raadsdocument exporteren"))
    p.add_argument("number", metavar=N_("AMENDEMENT"), help=N_("bv. A1"))
    p.add_argument("--format", required=True, choices=("docx", "html", "md"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--meeting", default="")
    p.add_argument("--agenda-item", default="")
    p.add_argument("--lang", dest="doc_lang", choices=("nl", "en"), help=N_("taal van het document"))
    p.add_argument("--dossier")

    _add_procedure_parsers(sub)  # moties, the stemlijst, the zienswijze (below)
    _add_exchange_parsers(sub)  # faction packages and the merge (below)
    _add_reading_parsers(sub)  # links, search, new versions (below)
    _add_store_parsers(sub)  # backups and checks of the store (below)
    p = sub.add_parser("screenshot", help=N_("het hoofdvenster buiten beeld tekenen en als PNG opslaan"))
    p.add_argument("out", type=Path)
    p.add_argument("--principle", type=int)
    p.add_argument("--lang", dest="screenshot_lang", choices=("nl", "en"), help=N_("taal van het venster"))
    p.add_argument(
        "--view",
        default="main",
        choices=("main", "amendments", "editor", "principles", "draft"),
        help=N_("welk venster"),
    )
    _translate_parser(parser, lang)
    return parser


def _translate_parser(parser: argparse.ArgumentParser, lang: str | None) -> None:
    """Every help text, metavar and description of ``parser`` and its subcommands in ``lang``."""
    import argparse

    if parser.description:
        parser.description = translate(parser.description, lang)
    for action in parser._actions:
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS:
            action.help = translate(action.help, lang)
        if isinstance(action.metavar, str):
            action.metavar = translate(action.metavar, lang)
        elif isinstance(action.metavar, tuple):
            action.metavar = tuple(translate(m, lang) for m in action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                if isinstance(listed.help, str):
                    listed.help = translate(listed.help, lang)
            for sub in {id(p): p for p in action.choices.values()}.values():
                _translate_parser(sub, lang)


def _asked_language(argv: Sequence[str]) -> str | None:
    """``--lang nl|en`` from the arguments, before they are parsed (the help is in it)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in ("nl", "en") else None
    return None


def _member(store: Store, args: argparse.Namespace) -> str:
    """The member named with ``--member``; without it, this laptop's owner when ``--faction`` is the
    owner's faction (a member's own scripts need not repeat the name the laptop knows, and a note
    written as "?" was not the member's own: a privé one was hidden from them)."""
    if args.member:
        return str(args.member)
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.services.roles import get_owner

    try:
        owner = get_owner(store)
    except UserFacingError:  # the owner's faction is gone: nobody to default to
        return ""
    faction = " ".join(str(args.faction).split()).casefold()
    if owner.member and owner.faction and owner.faction.casefold() == faction:
        return owner.member
    return ""


def _print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class _Unopened:
    """A SQLite store's file left unopened: an emptied store (``maintenance.refuse_emptied``) whose
    backups are listed or put back; opened, it would have become a new, empty store."""

    is_server = False

    def __init__(self, path: Path) -> None:
        self.path = path

    def close(self) -> None:
        pass


def _open_store(args: argparse.Namespace, lang: str):  # type: ignore[no-untyped-def]
    import shlex

    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.services import maintenance
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.safety import clean_leftovers

    path = args.db or default_db_path()
    if is_server(path):
        from raadsviewer.services.server import open_store

        return open_store(str(path))
    try:
        maintenance.refuse_emptied(Path(path))
    except UserFacingError as exc:
        if args.command in ("backups", "restore-backup"):  # how it is put right: the file, not opened
            return _Unopened(Path(path))
        print(exc.message(lang), file=sys.stderr)
        if exc.params.get("backup_path"):
            restore = (
                f"raadsviewer --db {shlex.quote(str(path))} restore-backup {shlex.quote(exc.params['backup_path'])}"
            )
            hint = translate(N_("Zet de nieuwste goede back-up terug met: {command}"), lang)
            print(hint.format(command=restore), file=sys.stderr)
        raise SystemExit(1) from exc
    clean_leftovers(Path(path))  # what a killed earlier run left half-made
    return Store(path)


def run(args: argparse.Namespace, lang: str) -> int:
    from raadsviewer.domain.model import AnnotationDraft, DocumentRole
    from raadsviewer.messages import format_error
    from raadsviewer.services import annotations as annotation_service
    from raadsviewer.services import documents as document_service
    from raadsviewer.services import factions as faction_service

    if args.command == "screenshot":
        from raadsviewer.ui.app import screenshot

        return screenshot(
            args.db or default_db_path(),
            args.out,
            principle=args.principle,
            lang=args.screenshot_lang or lang,
            view=args.view,
        )

    store = _open_store(args, lang)
    try:
        if args.command in STORE_COMMANDS:
            return _run_store(store, args, lang)
        if args.command in EXCHANGE_COMMANDS:
            return _run_exchange(store, args, lang)
        if args.command in PROCEDURE_COMMANDS:
            return _run_procedure(store, args, lang)
        if args.command in READING_COMMANDS or (args.command == "import" and args.new_version_of):
            return _run_reading(store, args, lang)
        if args.command == "import":
            with ProgressBar(args.file.name) as bar:
                result = document_service.import_document(
                    store, args.file, role=DocumentRole(args.role), dossier_title=args.dossier, progress=bar.progress
                )
            print(
                f"{result.document.title}: "
                + translate(N_("{principles} uitgangspunten, {sections} secties (dossier '{dossier}')"), lang).format(
                    principles=result.principle_count, sections=result.section_count, dossier=result.dossier.title
                )
            )
            for code in result.warnings:
                print(format_error(code, {"name": args.file.name}, lang), file=sys.stderr)
            return 0
        if args.command == "documents":
            stats = document_service.document_stats(store)
            docs = document_service.list_documents(store)
            rows = [
                {
                    "id": d.id,
                    "title": d.title,
                    "role": d.role.value,
                    "source": d.source_name,
                    "sha256": d.sha256,
                    "version": d.version,
                    "principles": stats.get(d.id, (0, 0))[0],
                    "sections": stats.get(d.id, (0, 0))[1],
                }
                for d in docs
            ]
            if args.json:
                _print_json(rows)
            else:
                for r in rows:
                    print(
                        f"{r['role']:<10} {r['title']}  "
                        + translate(N_("({principles} uitgangspunten, {sections} secties)"), lang).format(
                            principles=r["principles"], sections=r["sections"]
                        )
                    )
            return 0
        if args.command == "principles" and (args.candidates or args.principles_command):
            return _run_principles(store, args, lang)
        if args.command == "principles":
            dossier = document_service.resolve_dossier(store, args.dossier)
            rows = [
                {"number": p.number, "title": p.title, "text": p.text, "document": d.title}
                for p, d in document_service.list_principles(store, dossier.id)
            ]
            if args.json:
                _print_json(rows)
            else:
                for r in rows:
                    print(f"{r['number']:>3}. {r['title']}")
            return 0
        if args.command == "annotate":
            from raadsviewer.domain.annotations import parse_stance, parse_visibility

            dossier = document_service.resolve_dossier(store, args.dossier)
            annotation = annotation_service.add_annotation(
                store,
                dossier_id=dossier.id,
                faction=args.faction,
                member=_member(store, args),
                draft=AnnotationDraft(
                    body=args.text, stance=parse_stance(args.stance), visibility=parse_visibility(args.visibility)
                ),
                principle_number=args.principle,
                quote=args.quote,
            )
            print(annotation.id)
            return 0
        if args.command == "annotations":
            dossier = document_service.resolve_dossier(store, args.dossier)
            from raadsviewer.services.roles import get_owner

            # What the store's owner may see; a store without an owner (a script's) lists all it holds.
            everything = not get_owner(store).explicit
            items = annotation_service.list_annotations(store, dossier.id, include_private=everything)
            rows = [
                {
                    "id": a.id,
                    "principle": a.principle_number,
                    "faction": a.faction_name,
                    "member": a.author,
                    "stance": a.stance.value,
                    "visibility": a.visibility.value,
                    "text": a.body,
                    "quote": a.anchor.quote if a.anchor else None,
                    "created_at": a.created_at.isoformat(),
                    "updated_at": a.updated_at.isoformat(),
                    "version": a.version,
                }
                for a in items
            ]
            if args.json:
                _print_json(rows)
            else:
                for r in rows:
                    print(f"[{r['principle']}] {r['faction']} ({r['stance']}): {r['text']}")
            return 0
        if args.command in AMENDMENT_COMMANDS:
            return _run_amendments(store, args, lang)
        if args.command == "factions":
            rows = [
                {"name": f.name, "seats": f.seats, "colour": f.colour} for f in faction_service.list_factions(store)
            ]
            if args.json:
                _print_json(rows)
            else:
                for r in rows:
                    print(
                        f"{r['name']:<30} "
                        + f"{r['seats']:>3} "
                        + translate(N_("zetel") if r["seats"] == 1 else N_("zetels"), lang)
                        + f"  {r['colour']}"
                    )
            return 0
        if args.command == "faction" and args.faction_command == "add":
            faction = faction_service.add_faction(store, args.name, seats=args.seats, colour=args.colour)
            seats = translate(N_("zetel") if faction.seats == 1 else N_("zetels"), lang)
            print(f"{faction.name}: {faction.seats} {seats}")
            return 0
    finally:
        store.close()
    return 2


AMENDMENT_COMMANDS = (
    "include-annotation",
    "amend",
    "amendments",
    "set-status",
    "draft",
    "snapshots",
    "amendment-export",
)


def _amendment_row(amendment, seats, council: dict[str, int] | None = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """``votes``: the factions that voted whole ({faction: vote}); ``faction_votes``: every
    faction's vote as a motie's, a divided one with its members each way."""
    return {
        "id": amendment.id,
        "number": amendment.label,
        "title": amendment.title,
        "principle": amendment.principle_number,
        "operation": str(amendment.operation),
        "old": amendment.old_text,
        "new": amendment.new_text,
        "betreft": amendment.betreft,
        "rationale": amendment.rationale,
        "faction": amendment.faction_name,
        "member": amendment.author,
        "cosigners": list(amendment.cosigners),
        "status": str(amendment.status),
        "votes": {name: str(vote) for name, vote in amendment.votes},
        "faction_votes": _faction_votes(amendment.faction_votes, council or {}),
        "seats": seats.seats,
        "council_seats": seats.council_seats,
        "majority": seats.majority,
        "parent": amendment.parent_id,
        "deleted": amendment.deleted,
        "version": amendment.version,
        "created_at": amendment.created_at.isoformat(),
        "updated_at": amendment.updated_at.isoformat(),
    }


def _run_amendments(store, args: argparse.Namespace, lang: str) -> int:  # type: ignore[no-untyped-def]
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.services import amendments as amendment_service
    from raadsviewer.services import annotations as annotation_service
    from raadsviewer.services import documents as document_service
    from raadsviewer.services import drafts as draft_service
    from raadsviewer.services import factions as faction_service

    if args.command == "include-annotation":
        annotation = annotation_service.set_include_in_draft(store, args.id, not args.remove)
        print(
            f"{annotation.id}: "
            + translate(N_("opgenomen") if annotation.include_in_draft else N_("niet opgenomen"), lang)
        )
        return 0
    dossier = document_service.resolve_dossier(store, args.dossier)
    # The document's language: its own --lang, else the global one when given, else Dutch.
    doc_lang = getattr(args, "doc_lang", None) or args.lang or "nl"
    if args.command == "amend":
        if args.principle is None and not args.parent:
            print(translate(N_("amend: --principle N is verplicht (behalve bij --parent)"), lang), file=sys.stderr)
            return 2
        parent_id = (
            amendment_service.get_amendment_by_number(store, dossier.id, args.parent).id if args.parent else None
        )
        amendment = amendment_service.add_amendment(
            store,
            dossier_id=dossier.id,
            faction=args.faction,
            member=_member(store, args),
            draft=AmendmentDraft(
                title=args.title,
                operation=AmendmentOperation(args.operation),
                old_text=args.old,
                new_text=args.new,
                rationale=args.rationale,
                betreft=args.betreft,
                principle_number=args.principle,
                cosigners=tuple(args.cosign),
                parent_id=parent_id,
            ),
        )
        print(amendment.label)
        return 0
    if args.command == "amendments":
        factions = faction_service.list_factions(store)
        items = amendment_service.list_amendments(store, dossier.id, include_deleted=args.all)
        council = {f.name: f.seats for f in factions}
        rows = [_amendment_row(a, amendment_service.seats_for(a, factions), council) for a in items]
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                seats = translate(N_("{seats}/{council_seats} zetels"), lang).format(
                    seats=r["seats"], council_seats=r["council_seats"]
                )
                majority = " " + translate(N_("meerderheid"), lang) if r["majority"] else ""
                print(
                    f"{r['number']:>4} [{r['principle']}] {r['status']:<11} {r['faction']}: {r['title']} "
                    f"({seats}{majority})"
                )
        return 0
    if args.command == "set-status":
        from raadsviewer.domain import votes as vote_rules
        from raadsviewer.services import procedure

        votes = vote_rules.with_absences(
            [vote_rules.parse_vote_argument(v) for v in args.votes],
            [vote_rules.parse_absent_argument(a) for a in args.absent],
        )
        item = procedure.set_status(
            store, dossier.id, args.number, args.status, votes, revote=args.revote, correcting=args.correct
        )
        postponed = " (de beslissing is uitgesteld tot de volgende vergadering)" if item.postponed else ""
        print(f"{item.label or 'voorstel'}: {item.status}{postponed}")
        return 0
    if args.command == "draft":
        snapshot = draft_service.export_draft(
            store, dossier.id, args.format, args.output, lang=doc_lang, pdf_writer=_pdf_writer(args.format)
        )
        print(
            f"{args.output} "
            + translate(N_("({count} amendementen, momentopname {id})"), lang).format(
                count=snapshot.amendment_count, id=snapshot.id
            )
        )
        return 0
    if args.command == "snapshots":
        rows = [
            {
                "id": s.id,
                "created_at": s.created_at.isoformat(),
                "format": s.format,
                "lang": s.lang,
                "amendments": {k: {"revision": rev, "version": v} for k, (rev, v) in s.items["amendments"].items()},
                "annotations": {k: {"revision": rev, "version": v} for k, (rev, v) in s.items["annotations"].items()},
            }
            for s in draft_service.list_snapshots(store, dossier.id)
        ]
        if args.json:
            _print_json(rows)
        else:
            from raadsviewer.messages import moment

            for r in rows:
                print(
                    f"{moment(r['created_at'])}  {r['format']:<4} {r['id']}  "
                    + translate(N_("({count} amendementen)"), lang).format(count=len(r["amendments"]))
                )
        return 0
    if args.command == "amendment-export":
        path = draft_service.export_amendment(
            store,
            dossier.id,
            args.number,
            args.format,
            args.output,
            meeting=args.meeting,
            agenda_item=args.agenda_item,
            lang=doc_lang,
        )
        print(path)
        return 0
    return 2


def _pdf_writer(fmt: str) -> Any:
    """Qt's PDF writer for a PDF export (the services do not import Qt); None for other formats."""
    if fmt != "pdf":
        return None
    from raadsviewer.ui.pdf import write_pdf

    return write_pdf


# Files a double-click hands to the program: a faction's package (the merge preview) and the
# griffie's dossier (its import).
OPENED_BY_THE_WINDOW = (".raadspakket", ".raadsdossier")


def window_arguments(argv: Sequence[str]) -> tuple[Path | str | None, str | None, list[str]] | None:
    """The window's own arguments (``--db``, ``--lang``, package files), read without building the
    parser of every subcommand: starting the window should not wait for the headless front end.
    Anything else (a subcommand, help, a mistake) returns None and goes through argparse."""
    db: Path | str | None = None
    lang: str | None = None
    packages: list[str] = []
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if name in ("--db", "--lang"):
            if not eq:
                if not rest:
                    return None
                value = rest.pop(0)
            if name == "--db":
                db = store_location(value)
            elif value in ("nl", "en"):
                lang = value
            else:
                return None
        elif arg.lower().endswith(OPENED_BY_THE_WINDOW) and not arg.startswith("-"):
            packages.append(arg)
        else:
            return None
    return db, lang, packages


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--read-pdf-in-child"]:  # formats.pdf reads a PDF in a bounded process of its own
        from raadsviewer.formats.pdf import child_main

        return child_main(argv[1:])
    window = window_arguments(argv)
    if window is not None:
        from raadsviewer.ui.app import run_gui

        db, window_lang, window_packages = window
        return run_gui(
            db_path=db or default_db_path(),
            lang=window_lang,
            explicit_db=db is not None,
            open_packages=[Path(p) for p in window_packages],
        )
    from raadsviewer.domain.errors import UserFacingError

    lang = _asked_language(argv) or system_language()
    parser = build_parser(lang)
    # `raadsviewer FILE.raadspakket` (a double-click on a package): the window, with the merge preview
    packages = [a for a in argv if a.lower().endswith(OPENED_BY_THE_WINDOW) and not a.startswith("-")]
    if packages and not any(a in COMMANDS or a in EXCHANGE_COMMANDS or a in STORE_COMMANDS for a in argv):
        argv = [a for a in argv if a not in packages]
    else:
        packages = []
    args = parser.parse_args(argv)
    if args.command == "import" and args.role is None and not args.new_version_of:
        parser.error(
            translate(N_("import: --role framework|background is verplicht (behalve bij --new-version-of)"), lang)
        )
    if args.command == "set-status" and args.status is None and not args.votes:
        parser.error(translate(N_("set-status: geef een STATUS, of de stemmen met --votes (dan beslissen die)"), lang))
    lang = args.lang or system_language()
    if args.command is None:
        from raadsviewer.ui.app import run_gui

        return run_gui(
            db_path=args.db or default_db_path(),
            lang=args.lang,
            explicit_db=args.db is not None,
            open_packages=[Path(p) for p in packages],
        )
    try:
        return run(args, lang)
    except UserFacingError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `raadsviewer ... | head`
        return 0


# --- faction packages and the clerk's merge ----------------------------------------------------

EXCHANGE_COMMANDS = (
    "export-package",
    "merge",
    "conflicts",
    "resolve",
    "merge-log",
    "undo-merge",
    "faction-key",
    "owner",
    "export-dossier",
    "import-dossier",
)


def _add_exchange_parsers(sub: Any) -> None:
    p = sub.add_parser("owner", help=N_("van wie deze opslag is: de griffie of een fractielid"))
    who = p.add_mutually_exclusive_group()
    who.add_argument("--griffie", action="store_true", help=N_("dit is de opslag van de griffie"))
    who.add_argument("--faction", help=N_("dit is de laptop van een lid van deze fractie (met --member)"))
    p.add_argument("--member", help=N_("naam van het fractielid"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export-dossier", help=N_("(griffie) het ondertekende dossier voor de fracties schrijven"))
    p.add_argument("-o", "--output", required=True, type=Path, help=N_("bestand, bv. jeugdhulp.raadsdossier"))
    p.add_argument("--dossier", help=N_("titel van het dossier (standaard: het enige)"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("import-dossier", help=N_("het dossier van de griffie inlezen (starten of bijwerken)"))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--trust-fingerprint",
        metavar=N_("VINGERAFDRUK"),
        help=N_("de vingerafdruk van de griffie, per telefoon vergeleken (nodig bij het eerste dossier)"),
    )
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export-package", help=N_("het pakket van een fractie schrijven (.raadspakket)"))
    p.add_argument("--faction", required=True)
    p.add_argument("--member", default="", help=N_("wie het pakket maakt"))
    p.add_argument(
        "--for",
        dest="audience",
        choices=("fractie", "griffie"),
        default="griffie",
        help=N_("voor fractiegenoten (fractie) of voor de griffie (standaard)"),
    )
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--dossier", help=N_("titel van het dossier (standaard: het enige)"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("merge", help=N_("(griffie) pakketten van fracties samenvoegen"))
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--dry-run", action="store_true", help=N_("alleen laten zien wat er zou gebeuren"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("conflicts", help=N_("items met tegenstrijdige versies"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("resolve", help=N_("(griffie) een conflict oplossen: één versie houden of de tekst kiezen"))
    p.add_argument("id", help=N_("id van het item (zie conflicts --json)"))
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar=N_("VERSIE"), help=N_("id van de versie die blijft (een van de 'heads')"))
    choice.add_argument("--body", help=N_("(annotatie) de tekst zoals die moet worden, op de getoonde versie"))
    p.add_argument("--faction", help=N_("als fractie oplossen (alleen eigen items); zonder: de griffie"))
    p = sub.add_parser("merge-log", help=N_("(griffie) de samengevoegde pakketten, oudste eerst"))
    p.add_argument("--json", action="store_true")
    sub.add_parser("undo-merge", help=N_("(griffie) het laatst samengevoegde pakket terugdraaien"))
    p = sub.add_parser("faction-key", help=N_("de sleutel van een fractie"))
    ksub = p.add_subparsers(dest="key_command", metavar=N_("ACTIE"), required=True)
    k = ksub.add_parser("export", help=N_("de publieke sleutel schrijven (voor de griffie)"))
    k.add_argument("--faction", required=True)
    k.add_argument("-o", "--output", required=True, type=Path)
    k = ksub.add_parser("trust", help=N_("(griffie) een publieke sleutel vertrouwen"))
    k.add_argument("file", type=Path)
    k.add_argument("--faction", help=N_("de fractie die de sleutel hoort te hebben (controle)"))
    k.add_argument(
        "--fingerprint",
        metavar=N_("VINGERAFDRUK"),
        help=N_("de vingerafdruk, met de fractie vergeleken (zonder: de vingerafdruk wordt getoond, niets vertrouwd)"),
    )
    k = ksub.add_parser(
        "untrust", help=N_("(griffie) een sleutel niet langer vertrouwen; samenvoegen weigert hem daarna")
    )
    k.add_argument("--faction", required=True)
    k = ksub.add_parser("fingerprint", help=N_("de vingerafdruk van de sleutel"))
    k.add_argument("--faction", required=True)
    k = ksub.add_parser("export-secret", help=N_("de geheime sleutel voor een fractiegenoot schrijven"))
    k.add_argument("--faction", required=True)
    k.add_argument("-o", "--output", required=True, type=Path)
    k.add_argument("--passphrase-file", type=Path, help=N_("wachtwoord uit een bestand (voor scripts)"))
    k = ksub.add_parser("import-secret", help=N_("de geheime sleutel van een fractiegenoot inlezen"))
    k.add_argument("file", type=Path)
    k.add_argument("--passphrase-file", type=Path, help=N_("wachtwoord uit een bestand (voor scripts)"))
    k.add_argument(
        "--replace", action="store_true", help=N_("de eigen sleutel van deze laptop vervangen door die van de collega")
    )


def _key_made(faction: str, fingerprint: str, lang: str) -> None:
    """Said when a command made the faction's key on this laptop (the window asks first): a faction
    has one key, and the griffie refuses packages signed with a second."""
    print(
        translate(
            N_(
                "Deze laptop had nog geen sleutel van {faction}; er is er nu een gemaakt (vingerafdruk "
                "{fingerprint}). Stuur de griffie de publieke sleutel (faction-key export). Had een "
                "fractiegenoot al een sleutel, importeer die dan (faction-key import-secret --replace) en "
                "exporteer opnieuw: een tweede sleutel weigert de griffie."
            ),
            lang,
        ).format(faction=faction, fingerprint=fingerprint),
        file=sys.stderr,
    )


def _passphrase(args: argparse.Namespace, confirm: bool, lang: str) -> str:
    if args.passphrase_file is not None:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            from raadsviewer.domain.errors import UserFacingError
            from raadsviewer.messages import os_reason

            raise UserFacingError("file_unreadable", name=str(args.passphrase_file), reason=os_reason(exc)) from exc
    import getpass

    no_terminal = translate(
        N_("Er is geen terminal om het wachtwoord te vragen: geef het met --passphrase-file BESTAND."), lang
    )
    if not sys.stdin.isatty():  # a script or a pipe: getpass would read the pipe, or fail
        print(no_terminal, file=sys.stderr)
        raise SystemExit(2)
    try:
        first = getpass.getpass(translate(N_("Wachtwoord: "), lang))
        if confirm and getpass.getpass(translate(N_("Nogmaals: "), lang)) != first:
            print(translate(N_("De wachtwoorden verschillen."), lang), file=sys.stderr)
            raise SystemExit(2)
    except EOFError:
        print(no_terminal, file=sys.stderr)
        raise SystemExit(2) from None
    return first


def _run_exchange(store: Any, args: argparse.Namespace, lang: str) -> int:
    from raadsviewer.services import exchange
    from raadsviewer.services.documents import resolve_dossier

    if args.command in ("owner", "export-dossier", "import-dossier"):
        return _run_trust(store, args, lang)
    if args.command == "export-package":
        from raadsviewer.services import keys

        dossier = resolve_dossier(store, args.dossier)
        had_key = keys.has_own_key(store, args.faction)
        result = exchange.export_package(
            store, dossier.id, args.faction, _member(store, args), args.output, audience=args.audience
        )
        if not had_key:
            _key_made(args.faction, result.fingerprint, lang)
        p = result.preview
        summary = {
            "path": str(result.path),
            "sequence": result.sequence,
            "sha256": result.sha256,
            "fingerprint": result.fingerprint,
            "annotations": p.per_visibility,
            "amendments": p.amendments,
            "deleted": p.deleted,
            "withheld_private": p.withheld_private,
            "withheld_revisions": p.withheld_revisions,
            "revisions": p.revisions,
            "audience": p.audience,
            "sealed_to": result.sealed_to,
        }
        if args.json:
            _print_json(summary)
        else:
            print(
                f"{result.path} "
                + translate(N_("(volgnummer {sequence}, vingerafdruk {fingerprint})"), lang).format(
                    sequence=result.sequence, fingerprint=result.fingerprint
                )
            )
        if result.sealed_to is None:
            from raadsviewer.messages import format_error

            print(format_error("package_not_sealed", {}, lang), file=sys.stderr)
        return 0
    if args.command == "merge":
        if args.dry_run:
            reports = exchange.preview_packages(store, args.files, lang=lang)
        else:
            from raadsviewer.services.maintenance import backup_now

            if store.path is not None:
                backup_now(store, "merge")  # as the window does: the griffie can always go back
            reports = exchange.merge_packages(store, args.files, lang=lang)
        if args.json:
            _print_json([r.as_dict() for r in reports])
        else:
            for r in reports:
                if r.refused:
                    print(f"{r.path}: {r.reason}", file=sys.stderr)
                else:
                    line = N_(
                        "{path}: {status} ({faction}): nieuw {new}, bijgewerkt {updated}, ongewijzigd {same}; waarvan in conflict {conflicts}"
                    )
                    status = translate(_MERGE_STATUS.get(r.status, r.status), lang)
                    print(
                        translate(line, lang).format(
                            path=r.path,
                            status=status,
                            faction=r.faction,
                            new=r.new,
                            updated=r.updated,
                            same=r.unchanged,
                            conflicts=r.conflicts,
                        )
                    )
                    for refused in r.refused_items:
                        print(f"{r.path}: {refused['reason']}", file=sys.stderr)
                    from raadsviewer.messages import merge_notices

                    for notice in merge_notices(r.warnings, lang):
                        print(f"{r.path}: {notice}", file=sys.stderr)
                    if r.unanchored:
                        lost = N_("{n} items niet teruggevonden in de tekst: ze staan in de lijst zonder citaat")
                        print(f"{r.path}: " + translate(lost, lang).format(n=len(r.unanchored)), file=sys.stderr)
        return 1 if any(r.refused for r in reports) else 0
    if args.command == "conflicts":
        conflicts = [c.as_dict() for c in exchange.list_conflicts(store)]
        if args.json:
            _print_json(conflicts)
        else:
            from raadsviewer.messages import kind_word

            for c in conflicts:
                label = f" {c['label']}" if c["label"] else ""
                print(
                    f"{kind_word(c['kind'], lang)}{label} {c['item_id']} ({c['faction']}): "
                    + translate(N_("{count} versies"), lang).format(count=len(c["heads"]))
                )
        return 0
    if args.command == "resolve":
        choice = args.keep if args.keep is not None else {"body": args.body}
        revision = exchange.resolve_conflict(store, args.id, choice, faction=args.faction)
        print(
            translate(N_("Conflict opgelost: {id} heeft nu de versie {revision}."), lang).format(
                id=args.id, revision=revision
            )
        )
        return 0
    if args.command == "merge-log":
        log = exchange.merge_log(store)
        if args.json:
            _print_json(log)
        else:
            from raadsviewer.messages import moment

            for entry in log:
                print(
                    f"{entry['ordinal']}. {moment(entry['merged_at'])} {entry['faction']} "
                    + translate(
                        N_(
                            "({member}, volgnummer {sequence}): nieuw {new}, bijgewerkt {updated}; "
                            "waarvan in conflict {conflicts}"
                        ),
                        lang,
                    ).format(**entry)
                )
        return 0
    if args.command == "undo-merge":
        undone = exchange.undo_last_merge(store)
        print(
            translate(N_("samenvoeging {ordinal} teruggedraaid: {revisions} versies van {items} items"), lang).format(
                ordinal=undone["ordinal"], revisions=undone["revisions"], items=undone["items"]
            )
        )
        return 0
    from raadsviewer.services import keys

    had_key = args.key_command not in ("export", "export-secret") or keys.has_own_key(store, args.faction)
    if args.key_command == "export":
        print(exchange.export_public_key(store, args.faction, args.output))
    elif args.key_command == "trust":
        if args.fingerprint is None:  # as the window does: the fingerprint first, compared by phone
            from raadsviewer.domain.errors import UserFacingError
            from raadsviewer.services import keys

            name, fp = keys.read_public_key(args.file)
            raise UserFacingError("key_fingerprint_needed", faction=name[:80], fingerprint=fp)
        name, fp = exchange.trust_public_key(store, args.file, args.faction, compared=args.fingerprint)
        print(f"{name}: {fp}")
    elif args.key_command == "untrust":
        print(f"{args.faction}: {exchange.untrust_public_key(store, args.faction)}")
    elif args.key_command == "fingerprint":
        print(exchange.faction_key_fingerprint(store, args.faction))
    elif args.key_command == "export-secret":
        print(exchange.export_secret_key(store, args.faction, args.output, _passphrase(args, confirm=True, lang=lang)))
    if not had_key and keys.has_own_key(store, args.faction):
        _key_made(args.faction, keys.faction_key_fingerprint(store, args.faction), lang)
    elif args.key_command == "import-secret":
        name, fp = exchange.import_secret_key(
            store, args.file, _passphrase(args, confirm=False, lang=lang), replace=args.replace
        )
        print(f"{name}: {fp}")
    return 0


def _run_trust(store: Any, args: argparse.Namespace, lang: str) -> int:
    from raadsviewer.services import dossier as dossier_service
    from raadsviewer.services import roles
    from raadsviewer.services.documents import resolve_dossier

    if args.command == "owner":
        if args.griffie:
            owner = roles.set_owner_griffie(store)
        elif args.faction:
            if not args.member:
                print(translate(N_("owner --faction: --member NAAM is verplicht"), lang), file=sys.stderr)
                return 2
            owner = roles.set_owner_member(store, args.faction, args.member)
        else:
            owner = roles.get_owner(store)
        if args.json:
            _print_json(owner.as_dict())
        elif owner.faction:
            print(f"{owner.member} ({owner.faction})")
        else:
            print("griffie" if owner.explicit else translate(N_("griffie (geen eigenaar ingesteld)"), lang))
        return 0
    if args.command == "export-dossier":
        dossier = resolve_dossier(store, args.dossier)
        done = dossier_service.export_dossier(store, dossier.id, args.output)
        if args.json:
            _print_json(
                {
                    "path": str(done.path),
                    "sequence": done.sequence,
                    "fingerprint": done.fingerprint,
                    "documents": done.documents,
                    "annotations": done.annotations,
                    "amendments": done.amendments,
                }
            )
        else:
            print(f"{done.path} " + translate(N_("(volgnummer {sequence})"), lang).format(sequence=done.sequence))
            print(
                translate(N_("vingerafdruk van de griffie: {fingerprint}"), lang).format(fingerprint=done.fingerprint)
            )
        return 0
    result = dossier_service.import_dossier(store, args.file, trust_fingerprint=args.trust_fingerprint, lang=lang)
    if args.json:
        _print_json(result.as_dict())
    elif result.already_imported:
        print(
            f"{result.title}: "
            + translate(N_("al ingelezen (volgnummer {sequence})"), lang).format(sequence=result.sequence)
        )
    else:
        print(
            f"{result.title}: "
            + translate(N_("volgnummer {sequence}, {documents}, {factions}"), lang).format(
                sequence=result.sequence,
                documents=f"{result.documents} "
                + translate(N_("document") if result.documents == 1 else N_("documenten"), lang),
                factions=f"{result.factions} "
                + translate(N_("fractie") if result.factions == 1 else N_("fracties"), lang),
            )
        )
    return 0


# --- linked reading: links, search, new versions -----------------------------------------------

READING_COMMANDS = ("links", "search", "anchors")


def _add_reading_parsers(sub: Any) -> None:
    p = sub.add_parser("links", help=N_("per uitgangspunt de best passende passages uit de achtergronddocumenten"))
    p.add_argument("--principle", type=int)
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--faction", help=N_("de fractie die kijkt (haar verwijderde passages vallen weg)"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("search", help=N_("zoeken in documenten, annotaties en amendementen"))
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--faction", help=N_("de fractie die zoekt (ziet ook haar eigen privé-annotaties)"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("anchors", help=N_("hoe annotaties, amendementen en koppelingen een nieuwe versie doorkwamen"))
    p.add_argument("--status", choices=("exact", "moved", "fuzzy", "orphan"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")


def _run_reading(store, args: argparse.Namespace, lang: str) -> int:  # type: ignore[no-untyped-def]
    from raadsviewer.services import documents as document_service

    if args.command == "import":
        from raadsviewer.services import versions as version_service

        with ProgressBar(args.file.name) as bar:
            done = version_service.import_new_version(
                store, args.file, previous_title=args.new_version_of, dossier_title=args.dossier, progress=bar.progress
            )
        doc = done.result.document
        print(
            f"{doc.title}: "
            + translate(N_("versie {version} van '{previous}', {principles} uitgangspunten"), lang).format(
                version=doc.version, previous=done.previous.title, principles=done.result.principle_count
            )
        )
        for change in done.changes:
            if change.kind != "unchanged" or change.renumbered:
                print(
                    f"  {change.kind:<9} {change.old_number or '-'} -> {change.new_number or '-'}  {change.new_title or change.old_title}"
                )
        counts: dict[str, int] = {}
        for review in done.reviews:
            counts[review.status] = counts.get(review.status, 0) + 1
        if counts:
            print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
        return 0
    dossier = document_service.resolve_dossier(store, args.dossier)
    if args.command == "links":
        from raadsviewer.services import links as link_service

        rows = [
            {
                "principle": pl.principle.number,
                "title": pl.principle.title,
                "passages": [
                    {
                        "document": p.document_title,
                        "document_id": p.document_id,
                        "section": p.section_heading,
                        "kind": p.kind,
                        "text": p.excerpt,
                        "start": p.start,
                        "end": p.end,
                        "page": p.page,
                        "score": p.score,
                        "confirmed": p.confirmed,
                        "confirmed_by": list(p.confirmed_by),
                        "added_by": list(p.added_by),
                    }
                    for p in pl.passages
                ],
                "removed": [
                    {"document": p.document_title, "section": p.section_heading, "text": p.excerpt} for p in pl.removed
                ],
            }
            for pl in link_service.ranked_links(
                store, dossier.id, args.principle, limit=args.limit, viewer_faction=args.faction
            )
        ]
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"{r['principle']:>3}. {r['title']}")
                for p in r["passages"]:
                    mark = "✓" if p["confirmed"] else " "
                    score = f"{p['score']:.2f}" if p["score"] is not None else "  - "
                    print(f"      {mark} {score}  {p['document']} — {p['section']}: {p['text'][:70]}")
        return 0
    if args.command == "search":
        from raadsviewer.services import search as search_service

        results = search_service.search(store, dossier.id, args.query, args.limit, viewer_faction=args.faction)
        rows = [
            {
                "kind": h.kind,
                "id": h.item_id,
                "field": h.field,
                "document": h.document_title,
                "document_id": h.document_id,
                "principle": h.principle_number,
                "section": h.section_heading,
                "page": h.page,
                "label": h.label,
                "start": h.start,
                "end": h.end,
                "hits": [list(r) for r in h.ranges],
                "snippet": h.snippet.text,
                "snippet_hits": [list(r) for r in h.snippet.ranges],
                "snippet_start": h.snippet.offset,
                "score": h.score,
            }
            for h in results.hits
        ]
        if args.json:
            _print_json(
                {
                    "query": results.query,
                    "terms": [list(t) for t in results.terms],
                    "hits": rows,
                    "groups": [
                        {
                            "document": g.document_title,
                            "document_id": g.document_id,
                            "principle": g.principle_number,
                            "hits": [results.hits.index(h) for h in g.hits],
                        }
                        for g in results.groups
                    ],
                }
            )
        else:
            from raadsviewer.messages import kind_word

            for g in results.groups:
                where = (
                    " — " + translate(N_("uitgangspunt {number}"), lang).format(number=g.principle_number)
                    if g.principle_number
                    else ""
                )
                print(f"{g.document_title or '?'}{where}")
                for h in g.hits:
                    text = h.snippet.text
                    for s, e in reversed(h.snippet.ranges):
                        text = text[:s] + "[" + text[s:e] + "]" + text[e:]
                    print(f"    {kind_word(h.kind, lang):<11} {' '.join(text.split())}")
        return 0
    if args.command == "anchors":
        from raadsviewer.services import versions as version_service

        rows = [
            {
                "kind": r.item_kind,
                "id": r.item_id,
                "label": r.label,
                "status": r.status,
                "score": r.score,
                "old_principle": r.old_principle_number,
                "new_principle": r.new_principle_number,
                "old_quote": r.old_quote,
                "new_quote": r.new_quote,
                "old_document_id": r.old_document_id,
                "new_document_id": r.new_document_id,
                "reviewed": r.reviewed,
            }
            for r in version_service.list_anchor_reviews(store, dossier.id, status=args.status)
        ]
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"{r['status']:<7} {r['score']:.2f}  {r['kind']:<10} {r['label']}")
        return 0
    return 2


# --- the reader's candidate lists and corrections of the principles ----------------------------


def _add_principle_parsers(p: Any) -> None:
    import argparse

    p.add_argument("--candidates", action="store_true", help=N_("de lijsten die de lezer overwoog, beste eerst"))
    p.add_argument("--document", metavar=N_("TITEL"), help=N_("het kader (standaard: het enige van het dossier)"))
    psub = p.add_subparsers(dest="principles_command", metavar=N_("ACTIE"))

    def action(name: str, help_text: str) -> Any:
        a = psub.add_parser(name, help=help_text)
        a.add_argument("--document", metavar=N_("TITEL"), default=argparse.SUPPRESS)
        a.add_argument("--dossier", default=argparse.SUPPRESS)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
        a.add_argument("--author", default="", help=N_("wie de aanpassing maakt"))
        return a

    a = action("use-candidate", N_("een andere lijst van de lezer als de uitgangspunten nemen"))
    a.add_argument("rank", type=int, metavar=N_("K"), help=N_("het nummer van de lijst (zie --candidates)"))
    a = action("edit", N_("een uitgangspunt een andere titel en/of nummer geven"))
    a.add_argument("--number", required=True, metavar=N_("N"), help=N_("het nummer zoals getoond (7, B.2)"))
    a.add_argument("--title")
    a.add_argument("--label", metavar=N_("NUMMER"), help=N_("het nieuwe nummer zoals het document het noemt"))
    a = action("mark", N_("een stuk tekst als uitgangspunt aanwijzen"))
    a.add_argument("--quote", required=True, metavar=N_("TEKST"), help=N_("de tekst, letterlijk uit het document"))
    a.add_argument("--starts-next", action="store_true", help=N_("de tekst begint het volgende uitgangspunt"))
    a.add_argument("--title")
    a.add_argument("--label", metavar=N_("NUMMER"))
    a = action("split", N_("een uitgangspunt in tweeën delen"))
    a.add_argument("--number", required=True, metavar=N_("N"))
    a.add_argument("--at", required=True, metavar=N_("TEKST"), help=N_("waar het tweede deel begint, letterlijk"))
    a.add_argument("--title", help=N_("de titel van het tweede deel"))
    a = action("merge", N_("een uitgangspunt met het volgende samenvoegen"))
    a.add_argument("--number", required=True, metavar=N_("N"))
    a = action("remove", N_("een uitgangspunt schrappen (het is geen uitgangspunt)"))
    a.add_argument("--number", required=True, metavar=N_("N"))
    action("renumber", N_("alle uitgangspunten opnieuw nummeren, 1 tot en met N"))
    action("undo", N_("de laatste aanpassing terugdraaien"))
    action("corrections", N_("de aanpassingen van de uitgangspunten (als gegevens)"))


def _run_principles(store: Any, args: argparse.Namespace, lang: str) -> int:
    from raadsviewer.messages import candidate_reason
    from raadsviewer.services import documents as document_service
    from raadsviewer.services import principles as principle_service

    dossier = document_service.resolve_dossier(store, args.dossier)
    title = getattr(args, "document", None)
    command = args.principles_command
    author = getattr(args, "author", "")
    if command is None:  # --candidates
        state = principle_service.document_principles(store, dossier.id, title)
        rows = [
            {
                "rank": c.rank,
                "reason": c.reason,
                "reason_text": candidate_reason(c.reason, dict(c.params), lang),
                "confidence": c.confidence,
                "chosen": c.chosen,
                "count": len(c.principles),
                "params": dict(c.params),
                "principles": [{"number": p.number, "label": p.shown_label, "title": p.title} for p in c.principles],
            }
            for c in state.candidates
        ]
        if args.json:
            _print_json({"document": state.document.title, "corrected": state.corrected, "candidates": rows})
        else:
            for r in rows:
                mark = "*" if r["chosen"] else " "
                print(f"{r['rank']:>2} {mark} {r['confidence']:.2f} {r['count']:>4}  {r['reason_text']}")
        return 0
    if command == "corrections":
        records = principle_service.export_corrections(store, dossier.id, title)
        if getattr(args, "json", False):
            _print_json(records)
        else:
            for r in records:
                print(f"{r['id']}  {r['op']:<9} {r.get('title') or r.get('label') or ''}")
        return 0
    if command == "use-candidate":
        state = principle_service.use_candidate(store, dossier.id, title, args.rank, author=author)
    elif command == "edit":
        state = principle_service.edit(
            store, dossier.id, title, args.number, new_title=args.title, label=args.label, author=author
        )
    elif command == "mark":
        state = principle_service.mark(
            store,
            dossier.id,
            title,
            args.quote,
            starts_next=args.starts_next,
            new_title=args.title,
            label=args.label,
            author=author,
        )
    elif command == "split":
        state = principle_service.split(
            store, dossier.id, title, args.number, args.at, new_title=args.title, author=author
        )
    elif command == "merge":
        state = principle_service.merge(store, dossier.id, title, args.number, author=author)
    elif command == "remove":
        state = principle_service.remove(store, dossier.id, title, args.number, author=author)
    elif command == "renumber":
        state = principle_service.renumber_all(store, dossier.id, title, author=author)
    elif command == "undo":
        state = principle_service.undo_last(store, dossier.id, title)
    else:
        return 2
    rows = [{"number": p.number, "label": p.shown_label, "title": p.title, "id": p.id} for p in state.principles]
    if getattr(args, "json", False):
        _print_json({"document": state.document.title, "corrected": state.corrected, "principles": rows})
    else:
        for r in rows:
            print(f"{r['label']:>5}. {r['title']}")
    return 0


# --- moties, the stemlijst and the zienswijze (the council's procedure) ------------------------

LETTER_WITHHELD = N_(
    "{count} notitie(s) in de concept-zienswijze staan niet in de brief: hun fractie schreef ze voor de griffie, "
    "niet openbaar. Vraag de fractie ze openbaar te maken."
)
LETTER_NOT_VOTED = N_("Nog niet gestemd over {items}: de brief zegt alleen wat de raad al besloot.")
THE_PROPOSAL = N_("het voorstel")
PROCEDURE_COMMANDS = ("motie", "moties", "motie-export", "stemlijst", "zienswijze", "dossier-settings")


def _add_procedure_parsers(sub: Any) -> None:
    p = sub.add_parser("motie", help=N_("een motie (concept) toevoegen; drukt het nummer af, bv. M1"))
    p.add_argument("--faction", required=True)
    p.add_argument("--member", default="")
    p.add_argument("--title", required=True)
    p.add_argument(
        "--constaterende",
        action="append",
        default=[],
        metavar=N_("TEKST"),
        help=N_("constaterende dat … (herhaalbaar)"),
    )
    p.add_argument(
        "--overwegende", action="append", default=[], metavar=N_("TEKST"), help=N_("overwegende dat … (herhaalbaar)")
    )
    p.add_argument(
        "--dictum",
        action="append",
        required=True,
        metavar=N_("TEKST"),
        help=N_("een punt van het dictum (herhaalbaar)"),
    )
    p.add_argument(
        "--kind", default="verzoekt", choices=("verzoekt", "draagt-op", "spreekt-uit"), help=N_("het werkwoord")
    )
    p.add_argument("--cosign", nargs="+", action="extend", default=[], metavar=N_("FRACTIE"), help=N_("mede-indieners"))
    p.add_argument(
        "--principle", type=int, action="append", default=[], metavar=N_("N"), help=N_("betreft uitgangspunt N")
    )
    p.add_argument("--agenda-item", default="", help=N_("het agendapunt"))
    p.add_argument("--dossier")
    p = sub.add_parser("moties", help=N_("de moties van een dossier"))
    p.add_argument("--dossier")
    p.add_argument("--all", action="store_true", help=N_("ook verwijderde"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("motie-export", help=N_("één motie als raadsdocument exporteren"))
    p.add_argument("number", metavar=N_("MOTIE"), help=N_("bv. M1"))
    p.add_argument("--format", required=True, choices=("docx", "pdf", "html", "md"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", dest="doc_lang", choices=("nl", "en"), help=N_("taal van het document"))
    p.add_argument("--dossier")
    p = sub.add_parser("stemlijst", help=N_("(griffie) de stemlijst: alles waarover de raad stemt, in volgorde"))
    p.add_argument("--format", required=True, choices=("xlsx", "csv"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", dest="doc_lang", choices=("nl", "en"), help=N_("taal van de kolommen"))
    p.add_argument("--dossier")
    p = sub.add_parser("zienswijze", help=N_("(griffie) de brief met de zienswijze, gevolgd door het raadsbesluit"))
    p.add_argument("--format", required=True, choices=("docx", "pdf", "md"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--template", type=Path, metavar=N_("FILE.docx"), help=N_("een eigen Word-sjabloon"))
    p.add_argument("--municipality", metavar=N_("NAAM"), help=N_("de gemeente (anders die van dossier-settings)"))
    p.add_argument(
        "--meeting-date", metavar=N_("JJJJ-MM-DD"), help=N_("de raadsvergadering (anders die van dossier-settings)")
    )
    p.add_argument("--dossier")
    p = sub.add_parser(
        "dossier-settings", help=N_("(griffie) de vergadering: gemeente, datum, ondertekening, sjabloon")
    )
    p.add_argument("--municipality", metavar=N_("NAAM"))
    p.add_argument("--meeting-date", metavar=N_("JJJJ-MM-DD"), help=N_("leeg ('') wist de datum"))
    p.add_argument(
        "--letter-date", metavar=N_("JJJJ-MM-DD"), help=N_("datum van de brief (standaard: de dag van het maken)")
    )
    p.add_argument("--griffier", metavar=N_("NAAM"))
    p.add_argument("--voorzitter", metavar=N_("NAAM"))
    p.add_argument(
        "--template", metavar=N_("FILE.docx"), help=N_("het Word-sjabloon van de griffie ('' : het standaardsjabloon)")
    )
    p.add_argument("--sender", metavar=N_("AFZENDER"), help=N_("wie om de zienswijze vroeg (als de lezer het mis had)"))
    p.add_argument(
        "--subject", metavar=N_("ONDERWERP"), help=N_("waarover de zienswijze gaat (als de lezer het mis had)")
    )
    p.add_argument("--proposal-title", metavar=N_("TITEL"), help=N_("de titel van het raadsvoorstel op de stemlijst"))
    p.add_argument("--dossier")
    p.add_argument("--json", action="store_true")


def _date(value: str | None) -> Any:
    """A date as typed (YYYY-MM-DD); None when not given; "" clears (returned as None)."""
    import datetime as dt

    from raadsviewer.domain.errors import UserFacingError

    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserFacingError("invalid_date", value=value[:40]) from None


def _faction_votes(votes: Any, seats: dict[str, int]) -> list[dict[str, Any]]:
    """The votes on a motie or an amendment as JSON: per faction its vote and the members each way (as tallied)."""
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.domain.votes import tally

    try:
        tallies = {t.faction.casefold(): t for t in tally(votes, seats)}
    except UserFacingError:  # a faction since removed: the votes as recorded
        tallies = {}
    rows = []
    for vote in votes:
        t = tallies.get(vote.faction.casefold())
        row: dict[str, Any] = {"faction": vote.faction, "vote": str(vote.vote) if vote.vote else "verdeeld"}
        if t is not None:
            row.update(voor=t.voor, tegen=t.tegen, absent=t.absent)
        for key in ("voor_members", "tegen_members", "absent_members"):
            if getattr(vote, key):
                row[key] = list(getattr(vote, key))
        rows.append(row)
    return rows


_SETTING_WORDS = {  # the meeting's facts as ``dossier-settings`` prints them (its --json keeps the keys)
    "municipality": N_("gemeente"),
    "meeting_date": N_("vergaderdatum"),
    "letter_date": N_("datum van de brief"),
    "griffier": N_("griffier"),
    "voorzitter": N_("voorzitter"),
    "template": N_("sjabloon"),
    "sender": N_("afzender van het verzoek"),
    "subject": N_("onderwerp van het verzoek"),
    "proposal_title": N_("titel van het voorstel"),
}


def _settings_json(settings: Any) -> dict[str, Any]:
    return {
        "municipality": settings.municipality,
        "meeting_date": settings.meeting_date.isoformat() if settings.meeting_date else None,
        "letter_date": settings.letter_date.isoformat() if settings.letter_date else None,
        "griffier": settings.griffier,
        "voorzitter": settings.voorzitter,
        "template": str(settings.template_path) if settings.template_path else None,
        "sender": settings.request_sender,
        "subject": settings.request_subject,
        "proposal_title": settings.proposal_title,
    }


def _run_procedure(store: Any, args: argparse.Namespace, lang: str) -> int:
    from raadsviewer.domain.model import MotieDraft
    from raadsviewer.domain.moties import parse_kind
    from raadsviewer.services import council, procedure
    from raadsviewer.services import letter as letter_service
    from raadsviewer.services import moties as motie_service
    from raadsviewer.services.documents import resolve_dossier
    from raadsviewer.services.factions import list_factions

    dossier = resolve_dossier(store, args.dossier)
    doc_lang = getattr(args, "doc_lang", None) or args.lang or "nl"
    if args.command == "motie":
        motie = motie_service.add_motie(
            store,
            dossier_id=dossier.id,
            faction=args.faction,
            member=_member(store, args),
            draft=MotieDraft(
                title=args.title,
                kind=parse_kind(args.kind),
                constaterende=tuple(args.constaterende),
                overwegende=tuple(args.overwegende),
                dictum=tuple(args.dictum),
                cosigners=tuple(args.cosign),
                principle_numbers=tuple(args.principle),
                agenda_item=args.agenda_item,
            ),
        )
        print(motie.label)
        return 0
    if args.command == "moties":
        seats = {f.name: f.seats for f in list_factions(store)}
        rows = [
            {  # the fields of an amendment's row where a motie has them (``amendments --json``)
                "id": m.id,
                "number": m.number or None,  # the griffie's number, none before (then ``label`` is the faction's)
                "label": m.label,
                "title": m.title,
                "principles": list(m.principle_numbers),
                "agenda_item": m.agenda_item,
                "faction": m.faction_name,
                "member": m.author,
                "cosigners": list(m.cosigners),
                "constaterende": list(m.constaterende),
                "overwegende": list(m.overwegende),
                "dictum": list(m.dictum),
                "kind": str(m.kind),
                "status": str(m.status),
                "votes": _faction_votes(m.votes, seats),
                "deleted": m.deleted,
                "version": m.version,
                "created_at": m.created_at.isoformat(),
                "updated_at": m.updated_at.isoformat(),
            }
            for m in motie_service.list_moties(store, dossier.id, include_deleted=args.all)
        ]
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"{r['label']:>6} {r['status']:<11} {r['faction']}: {r['title']}")
        return 0
    if args.command == "motie-export":
        pdf_writer = None
        if args.format == "pdf":
            from raadsviewer.ui.pdf import write_pdf

            pdf_writer = write_pdf
        print(
            motie_service.export_motie(
                store, dossier.id, args.number, args.format, args.output, lang=doc_lang, pdf_writer=pdf_writer
            )
        )
        return 0
    if args.command == "stemlijst":
        path = procedure.export_stemlijst(store, dossier.id, args.format, args.output, lang=doc_lang)
        print(
            f"{path} "
            + translate(N_("({count} stukken in stemvolgorde)"), lang).format(
                count=len(procedure.stemlijst_items(store, dossier.id))
            )
        )
        return 0
    if args.command == "zienswijze":
        path = letter_service.export_zienswijze(
            store,
            dossier.id,
            args.format,
            args.output,
            template=args.template,
            municipality=args.municipality,
            meeting_date=_date(args.meeting_date),
            pdf_writer=_pdf_writer(args.format),
        )
        print(path)
        withheld = letter_service.build_letter(store, dossier.id).withheld
        if withheld:
            print(translate(LETTER_WITHHELD, lang).format(count=withheld), file=sys.stderr)
        if awaiting := letter_service.not_yet_voted(store, dossier.id):
            from raadsviewer.domain.procedure import PROPOSAL_ID

            named = ", ".join(translate(THE_PROPOSAL, lang) if label == PROPOSAL_ID else label for label in awaiting)
            print(translate(LETTER_NOT_VOTED, lang).format(items=named), file=sys.stderr)
        return 0
    # dossier-settings
    changes: dict[str, Any] = {}
    for option, key in (
        ("municipality", "municipality"),
        ("griffier", "griffier"),
        ("voorzitter", "voorzitter"),
        ("sender", "request_sender"),
        ("subject", "request_subject"),
        ("proposal_title", "proposal_title"),
    ):
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option)
    for option in ("meeting_date", "letter_date"):
        if getattr(args, option) is not None:
            changes[option] = _date(getattr(args, option))
    if args.template is not None:
        changes["template_path"] = args.template or None
    settings = (
        council.set_council_settings(store, dossier.id, **changes)
        if changes
        else council.council_settings(store, dossier.id)
    )
    shown = _settings_json(settings)
    if args.json:
        _print_json(shown)
    else:
        words = {key: translate(_SETTING_WORDS[key], lang) for key in shown}
        width = max(map(len, words.values()))
        for key, value in shown.items():
            print(f"{words[key]:<{width}}  {value if value not in (None, '') else '-'}")
    return 0


# --- the store itself: backups and checks -------------------------------------------------------

STORE_COMMANDS = ("backup", "backups", "restore-backup", "check-store")


def _add_store_parsers(sub: Any) -> None:
    p = sub.add_parser("backup", help=N_("nu een back-up maken (een kopie van het bestand, of pg_dump van een server)"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("backups", help=N_("de back-ups van deze opslag, nieuwste eerst"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser(
        "restore-backup", help=N_("een back-up terugzetten in plaats van de opslag (collega's sluiten af)")
    )
    p.add_argument("file", type=Path)
    sub.add_parser(
        "check-store", help=N_("de opslag controleren (SQLite: integrity_check; server: de controles van PostgreSQL)")
    )


def _run_store(store: Any, args: argparse.Namespace, lang: str) -> int:
    from datetime import datetime

    from raadsviewer.services import maintenance
    from raadsviewer.services import server as server_service
    from raadsviewer.storage import safety

    if args.command == "check-store":
        verdict = store.integrity_check()
        print(verdict)
        return 0 if verdict == "ok" else 1
    if args.command == "backup":
        made = maintenance.backup_now(store)
        if args.json:
            _print_json({"path": str(made.path), "reason": made.reason, "size": made.size})
        else:
            print(made.path)
        return 0
    if args.command == "backups":
        found = server_service.backups(store) if store.is_server else safety.list_backups(store.path)
        rows = [
            {
                "path": str(b.path),
                "reason": b.reason,
                "made_at": b.made_at.isoformat(timespec="seconds"),
                "size": b.size,
            }
            for b in found
        ]
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"{r['made_at']}  {r['reason']:<9}  {r['path']}")
        return 0
    if args.command == "restore-backup":
        if store.is_server:
            server_service.restore(store, args.file)
            print(store.location)
            return 0
        path = store.path
        store.close()
        kept = maintenance.restore_backup(path, safety.Backup(args.file, "manual", datetime.now()))
        print(f"{path} ({kept})" if kept else path)
        return 0
    return 2
