"""make check: names vulture cannot see being used (it is given the program and the tests together,
so code only the tests call counts as used). Each entry says who uses it."""

# ruff: noqa
# type: ignore

_ = object()

# Fields of msgspec structs: part of the package and dossier formats, read by older and newer programs.
format_version
app_version
# zipfile.ZipInfo: set, read by zipfile.
_.compress_type
# python-docx font properties: set by tests that build Word files, written into the file.
_.superscript
# openpyxl worksheet and workbook settings: set, read by openpyxl when it writes the stemlijst.
_.print_title_rows
_.fitToWidth
_.creator
# sqlite3.Connection: set, read by the driver.
_.isolation_level
# ORM columns kept in the schema (written by migrations and by older stores; read by no query yet).
counts_json
old_start
old_end
media_type
# ORM columns named only in SQL text (storage.search_index joins search_text on it).
unit_id
# Qt virtual methods, called by Qt.
_.filterAcceptsRow
_.columnCount
_.headerData
_.sectionSizeFromContents
_.paintSection
_.paintEvent
_.eventFilter
# Kept on the QApplication so Qt's translators live as long as it does.
_._raadsviewer_translators
# Module __getattr__ (PEP 562): raadsviewer.ui.svc loads the services on first use.
__getattr__
# Domain helper the search index uses to name amendments ("A3").
amendment_label
# Test-framework names: pytest hooks and fixtures, HTMLParser and ConfigParser hooks, fakes' methods.
pytest_sessionfinish
pytest_generate_tests
pytest_runtest_makereport
pytest_terminal_summary
exitstatus
pytestmark
qapp
x_display
_.tempdir
_.handle_starttag
note_kw
_.delete_or_restore
_.colleague_merges
test_offline_factions_and_clerks_agree
_.nullable
_.ondelete
_short
_.delete_password
_.pure
_.scripts
_.optionxform
unexpected_message_boxes_fail
keep_the_application_font
# ORM class of a table the search index writes and reads with plain SQL (storage.search_index).
SearchTextRow
# QAbstractTextDocumentLayout.PaintContext: set, read by Qt's document layout when it draws a PDF page.
_.clip
# A module's __dir__ (PEP 562): called by dir() on raadsviewer.domain.model, which lists the names it loads later.
__dir__
# QAbstractItemModel.canFetchMore/fetchMore: called by Qt when a list scrolls to the last row a model handed it.
_.canFetchMore
_.fetchMore
# python-docx: a style property set in a test (two styles made each other's base), read by python-docx.
_.base_style
# python-docx: a paragraph's indentation set in a test (sub-points set in with the ruler), read by Word.
_.left_indent
_.first_line_indent
# html.parser.HTMLParser's events: called by the parser as it reads a page (domain.html_text).
_.handle_startendtag
_.handle_endtag
_.handle_data
