"""The CLI for linked reading: import PDF/DOCX, new versions, links, search, anchors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raadsviewer.cli import main
from raadsviewer.storage.db import Store
from tests.conftest import WERKGROEP, ZHZ
from tests.formats.build import parsed_text, write_blank_pdf, write_docx, write_pdf

ZHZ_TITLE = "Zienswijze Inkoopkader Jeugdhulp 2022 e.v."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "raadsviewer.sqlite"


@pytest.fixture
def cli(db: Path, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", str(db), "--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def loaded(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    pdf = write_pdf(parsed_text(ZHZ), tmp_path / "zhz.pdf")
    docx = write_docx(parsed_text(WERKGROEP), tmp_path / "werkgroep.docx")
    assert cli("import", pdf, "--role", "framework", "--dossier", "Jeugd")[0] == 0
    assert cli("import", docx, "--role", "background")[0] == 0
    return cli


def _dump(db: Path, dump):  # type: ignore[no-untyped-def]
    store = Store(db)
    try:
        return dump(store)
    finally:
        store.close()


def test_links_json(loaded) -> None:
    code, out, err = loaded("links", "--principle", "7", "--json")
    assert code == 0, err
    [seven] = json.loads(out)
    assert seven["principle"] == 7 and seven["title"] == "Versterken toegangstaak"
    top = seven["passages"][0]
    assert top["section"] == "Versterken van de toegangstaak" and top["score"] >= 0.4
    assert set(top) >= {"document", "section", "text", "score", "confirmed"} and top["confirmed"] is False
    code, out, _ = loaded("links", "--json")
    assert len(json.loads(out)) == 13


def test_search_json_with_pages(loaded) -> None:
    code, out, err = loaded("search", "medicalisering", "--json")
    assert code == 0, err
    result = json.loads(out)
    hits = result["hits"]
    assert hits and any(h["principle"] == 2 for h in hits)
    framework_hit = next(h for h in hits if h["principle"] == 2)
    assert framework_hit["page"] is not None  # imported from a PDF
    s, e = framework_hit["snippet_hits"][0]
    assert "medicaliseren" in framework_hit["snippet"][s:e]
    assert sum(len(g["hits"]) for g in result["groups"]) == len(hits)


def test_new_version_and_anchors(loaded, tmp_path: Path) -> None:
    code, out, _ = loaded(
        "annotate", "--principle", "7", "--faction", "GL", "--text", "Eens", "--quote", "Versterken toegangstaak"
    )
    assert code == 0
    text = ZHZ.read_text(encoding="utf-8").replace("7. Versterken toegangstaak", "7. Versterken van de toegangstaak")
    v2 = tmp_path / "zhz-v2.txt"
    v2.write_text(text, encoding="utf-8")
    code, out, err = loaded("import", v2, "--new-version-of", "zhz.pdf")  # by file name
    assert code == 0, err
    assert "reworded" in out
    code, out, _ = loaded("anchors", "--json")
    [item] = json.loads(out)
    assert item["status"] == "fuzzy" and 0.6 <= item["score"] < 1 and item["kind"] == "annotation"
    code, out, _ = loaded("documents", "--json")
    assert sorted(d["version"] for d in json.loads(out)) == [1, 1, 2]


@pytest.mark.parametrize("case", ["unknown-title", "scan", "no-role"])
def test_refusals_exit_nonzero_and_change_nothing(loaded, db: Path, dump, tmp_path: Path, case: str) -> None:
    before = _dump(db, dump)
    if case == "unknown-title":
        code, out, err = loaded("import", ZHZ, "--new-version-of", "Bestaat niet")
        assert code == 1 and "There is no document 'Bestaat niet'" in err
    elif case == "scan":
        code, out, err = loaded("import", write_blank_pdf(tmp_path / "scan.pdf"), "--role", "background")
        assert code == 1 and "scan.pdf" in err and "OCR" in err
    else:
        with pytest.raises(SystemExit) as info:
            loaded("import", ZHZ)
        assert info.value.code == 2
        err = ""
    assert "Traceback" not in err
    assert _dump(db, dump) == before


def test_search_in_words_names_each_hits_kind_in_the_users_language(loaded) -> None:
    """The text output named a hit's kind as the store does ("document", "annotation")."""
    assert loaded("annotate", "--principle", "2", "--faction", "GL", "--text", "Minder medicalisering graag")[0] == 0
    for lang, kinds in (("en", {"document", "annotation"}), ("nl", {"document", "annotatie"})):
        code, out, err = loaded("--lang", lang, "search", "medicalisering", "--faction", "GL")
        assert code == 0, err
        assert {line.split()[0] for line in out.splitlines() if line.startswith("    ")} == kinds, out
