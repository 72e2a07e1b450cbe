"""Markdown from others renders inert; previews drop the marks."""

from __future__ import annotations

from raadsviewer.domain.rendering import is_safe_link, markdown_to_html, plain_preview


def test_raw_html_and_unsafe_links_are_inert() -> None:
    html = markdown_to_html(
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) "
        "[b](file:///etc/passwd) ![c](/dev/zero) [d](https://example.org)"
    )
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html and 'href="file' not in html
    assert 'href="https://example.org"' in html
    assert "&lt;script&gt;" in html


def test_safe_link_allow_list() -> None:
    assert is_safe_link("https://x.nl") and is_safe_link("mailto:griffie@x.nl") and is_safe_link(" HTTP://x")
    assert not is_safe_link("file:///etc/passwd") and not is_safe_link("javascript:x") and not is_safe_link("/etc")


def test_plain_preview_drops_markdown_marks() -> None:
    assert plain_preview("De toegang moet **onafhankelijk** blijven") == "De toegang moet onafhankelijk blijven"
    assert plain_preview("# Kop\n\n- *een* punt met [link](https://x.nl)") == "Kop een punt met link"
    assert plain_preview("5 * 3 = 15 en snake_case") == "5 * 3 = 15 en snake_case"


def test_plain_with_ranges_moves_the_hits_onto_what_a_reader_sees() -> None:
    from raadsviewer.domain.rendering import plain_with_ranges

    text = "De **toegang** moet [onafhankelijk](https://example.org) blijven.\n- *ook* voor jongeren"
    start = text.index("toegang")
    link = text.index("onafhankelijk")
    ook = text.index("ook")
    plain, ranges = plain_with_ranges(text, [(start, start + 7), (link, link + 13), (ook, ook + 3)])
    assert plain == "De toegang moet onafhankelijk blijven.\nook voor jongeren"
    assert [plain[a:b] for a, b in ranges] == ["toegang", "onafhankelijk", "ook"]


def test_escape_makes_the_same_entities_as_the_standard_library() -> None:
    import html

    from raadsviewer.domain.rendering import escape

    for text in (
        "",
        "plain",
        "a < b & c > d",
        "\"quoted\" and 'single'",
        "&amp; already",
        "<script>x</script>",
        "ë€\x00",
    ):
        assert escape(text) == html.escape(text), text
