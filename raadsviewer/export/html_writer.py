"""HTML versions of the combined draft and of a single amendment.

Generated directly from the structured values with ``html.escape`` rather than from the
Markdown, so diffs get real colours (the same inline styles as the window's preview). The
documents are self-contained: one ``<style>`` block, no scripts, no external resources, so they
can be mailed, archived or opened offline without loading anything. The only Markdown rendered
is an amendment's toelichting, through markdown-it's "js-default" preset (raw HTML off) with
images switched off (an image would load an outside URL when the file is opened).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markdown_it import MarkdownIt

from raadsviewer.domain.amendments import CLOSED, amendment_diff, operative_text
from raadsviewer.domain.diff import diff_html, html_escape, strip_controls
from raadsviewer.domain.draft import (
    CombinedDraft,
    DraftAmendment,
    DraftNote,
    amendment_heading,
    labels,
    note_detail,
    principle_heading,
    status_line,
    submitter_line,
    tally_line,
    where_line,
)
from raadsviewer.domain.lines import cite_lines
from raadsviewer.domain.model import Amendment, AmendmentStatus
from raadsviewer.domain.rendering import markdown_paragraphs
from raadsviewer.words import N_, ByLanguage

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.45; color: #212121; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font-size: 1.1em; } h4 { font-size: 1em; margin-bottom: 0.3em; }
blockquote { margin: 0.5em 0; padding: 0.2em 1em; border-left: 4px solid #ccc; background: #fafafa; }
dl.fields dt { font-weight: bold; float: left; clear: left; width: 9em; } dl.fields dd { margin-left: 10em; }
.meta { color: #555; }
""".strip()

# The same draft on a dark screen (the window's dark theme): light text, darker quote blocks.
# Exported files always use CSS (they are printed and mailed).
DARK_CSS = """
body { color: #e8e8e8; } h2 { border-bottom-color: #555; }
blockquote { border-left-color: #666; background: #2a2a2a; }
.meta { color: #aaa; }
""".strip()

AMENDMENT_LABELS = ByLanguage(
    {
        "amendment": N_("Amendement"),
        "meeting": N_("Vergadering"),
        "agenda_item": N_("Agendapunt"),
        "betreft": N_("Betreft"),
        "where": N_("Plaats"),
        "intro": N_("De raad besluit het voorstel als volgt te wijzigen:"),
        "change": N_("Wijziging"),
        "rationale": N_("Toelichting"),
        "signers": N_("Indieners"),
    }
)


def _e(text: str) -> str:
    return html_escape(text)


def _paragraphs(text: str) -> str:
    """Plain text as paragraphs: blank lines separate them, single line breaks become <br>."""
    parts = [p.strip("\n") for p in strip_controls(text).split("\n\n")]
    return "".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in parts if p.strip())


def _page(title: str, body: list[str], lang: str, *, dark: bool = False) -> str:
    css = f"{CSS}\n{DARK_CSS}" if dark else CSS
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "nl"}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _amendment_html(item: DraftAmendment, lang: str, dark: bool = False) -> list[str]:
    t = labels(lang)
    out = [f"<h4>{_e(amendment_heading(item, lang))}</h4>", "<ul>"]
    out.append(f"<li>{_e(t['submitter'])}: {_e(submitter_line(item, lang))}</li>")
    out.append(f"<li>{_e(t['status'])}: {_e(status_line(item, lang))}</li>")
    if where := where_line(item, lang):
        out.append(f"<li>{_e(t['where'])}: {_e(where)}</li>")
    if item.tally is not None:
        out.append(f"<li>{_e(t['votes'])}: {_e(tally_line(item.tally, lang))}</li>")
    out.append(f"<li>{_e(t['operative'])}: {_e(item.operative)}</li>")
    out.append(f"<li>{_e(t['change'])}: {diff_html(item.diff, dark=dark)}</li>")
    out.append("</ul>")
    return out


def _closed_html(item: DraftAmendment, lang: str) -> str:
    return f"<li>{_e(amendment_heading(item, lang))} ({_e(item.amendment.faction_name)}): {_e(status_line(item, lang))}</li>"


def _notes_html(notes: Sequence[DraftNote], lang: str, orphaned: bool = False) -> list[str]:
    t = labels(lang)
    out: list[str] = []
    for note in notes:
        detail = note_detail(note, lang)
        intro = f"<strong>{_e(note.faction_name)}</strong> ({_e(detail)})"
        if orphaned and note.principle_number is not None:
            intro += ", " + _e(t["was_principle"].format(n=note.principle_number))
        if note.quote:
            intro += ", " + _e(t["at_quote"].format(quote=" ".join(note.quote.split())))
        paragraphs = "".join(f"<p>{_e(p)}</p>" for p in markdown_paragraphs(strip_controls(note.body)))
        out += [f"<p>{intro}:</p>", f"<blockquote>{paragraphs}</blockquote>"]  # as read, without its marks
    return out


def draft_to_html(draft: CombinedDraft, *, dark: bool = False) -> str:
    """The combined draft as one self-contained HTML document (same sections as the Markdown);
    ``dark`` for showing it on a dark screen."""
    lang = draft.lang
    t = labels(lang)
    title = t["title"].format(title=draft.dossier_title)
    body = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(t["generated"].format(when=draft.generated_at.strftime(t["when"])))}</p>',
    ]
    for p in draft.principles:
        body += [
            f"<h2>{_e(principle_heading(p, lang))}</h2>",
            f"<h3>{_e(t['original'])}</h3>",
            f"<blockquote>{_paragraphs(p.text)}</blockquote>",
        ]
        if p.text_after is not None:
            body += [f"<h3>{_e(t['after'])}</h3>", f"<blockquote>{_paragraphs(p.text_after)}</blockquote>"]
        if p.adopted:
            body.append(f"<h3>{_e(t['adopted'])}</h3>")
            for item in p.adopted:
                body += _amendment_html(item, lang, dark)
        if p.pending:
            body.append(f"<h3>{_e(t['pending'])}</h3>")
            for item in p.pending:
                body += _amendment_html(item, lang, dark)
        if p.closed:
            body += [f"<h3>{_e(t['closed'])}</h3>", "<ul>", *(_closed_html(i, lang) for i in p.closed), "</ul>"]
        if p.positions:
            body += [f"<h3>{_e(t['positions'])}</h3>", "<ul>"]
            for pos in p.positions:
                line = f"{t[f'stance:{pos.stance}']}: {', '.join(pos.factions)}"
                if pos.shared:
                    line += f" ({t['shared'].format(n=len(pos.factions))})"
                body.append(f"<li>{_e(line)}</li>")
            body.append("</ul>")
        if p.notes:
            body += [f"<h3>{_e(t['notes'])}</h3>", *_notes_html(p.notes, lang)]
    if draft.other_amendments or draft.other_notes:
        body.append(f"<h2>{_e(t['other'])}</h2>")
        for item in draft.other_amendments:
            if AmendmentStatus(item.amendment.status) in CLOSED:
                body += ["<ul>", _closed_html(item, lang), "</ul>"]
            else:
                body += _amendment_html(item, lang, dark)
        body += _notes_html(draft.other_notes, lang)
    if draft.orphaned_amendments or draft.orphaned_notes:
        body.append(f"<h2>{_e(t['orphaned'])}</h2>")
        for item in draft.orphaned_amendments:
            if AmendmentStatus(item.amendment.status) in CLOSED:
                body += ["<ul>", _closed_html(item, lang), "</ul>"]
            else:
                body += _amendment_html(item, lang, dark)
        body += _notes_html(draft.orphaned_notes, lang, orphaned=True)
    return _page(title, body, lang, dark=dark)


def safe_markdown(text: str) -> str:
    """User Markdown as HTML that can do no harm: no raw HTML, no images, no unsafe link schemes."""
    md = MarkdownIt("js-default")
    md.disable("image")

    # Text and code go through the same escaping as everything else (no bare "=" either).
    def text_rule(self, tokens, idx, options, env):  # type: ignore[no-untyped-def]
        return html_escape(tokens[idx].content)

    def code_inline(self, tokens, idx, options, env):  # type: ignore[no-untyped-def]
        return f"<code>{html_escape(tokens[idx].content)}</code>"

    def code_block(self, tokens, idx, options, env):  # type: ignore[no-untyped-def]
        return f"<pre><code>{html_escape(tokens[idx].content)}</code></pre>\n"

    md.add_render_rule("text", text_rule)
    md.add_render_rule("code_inline", code_inline)
    md.add_render_rule("code_block", code_block)
    md.add_render_rule("fence", code_block)
    return str(md.render(strip_controls(text)))


def amendment_to_html(
    amendment: Amendment,
    meeting: str,
    agenda_item: str,
    signers: Mapping[str, Sequence[str]] | None = None,
    *,
    lang: str = "nl",
    parent: Amendment | None = None,
    lines: tuple[int, int] | None = None,
) -> str:
    """The council-ready document of one amendment, as handed to the clerk.

    ``signers`` maps faction name to the members who sign for it; by default the submitting
    faction with its author, then each co-signing faction without names. ``lines`` are the lines
    of the framework the amendment changes ("regel 12-14").
    """
    t = AMENDMENT_LABELS["en" if lang == "en" else "nl"]
    if signers is None:
        signers = {amendment.faction_name: [amendment.author] if amendment.author else []}
        signers.update({name: [] for name in amendment.cosigners if name not in signers})
    title = f"{t['amendment']} {amendment.label}: {' '.join(strip_controls(amendment.title).split())}"
    body = [
        f"<h1>{_e(title)}</h1>",
        '<dl class="fields">',
        *([f"<dt>{t['meeting']}</dt><dd>{_e(meeting)}</dd>"] if meeting.strip() else []),
        *([f"<dt>{t['agenda_item']}</dt><dd>{_e(agenda_item)}</dd>"] if agenda_item.strip() else []),
        f"<dt>{t['betreft']}</dt><dd>{_e(amendment.betreft)}</dd>",
        *([f"<dt>{t['where']}</dt><dd>{_e(cite_lines(lines, lang))}</dd>"] if lines else []),
        "</dl>",
        f"<p>{t['intro']}</p>",
        f"<blockquote><p>{_e(operative_text(amendment, lang, parent=parent))}</p></blockquote>",
        f"<p><em>{t['change']}:</em> {diff_html(amendment_diff(amendment))}</p>",
        f"<h2>{t['rationale']}</h2>",
        safe_markdown(amendment.rationale),
        f"<h2>{t['signers']}</h2>",
        "<ul>",
    ]
    for faction, members in signers.items():
        names = ", ".join(m for m in members if m.strip())
        body.append(f"<li><strong>{_e(faction)}</strong>{': ' + _e(names) if names else ''}</li>")
    body.append("</ul>")
    return _page(title, body, lang)
