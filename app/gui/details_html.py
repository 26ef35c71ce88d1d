"""Render an entry's details (from `app.entry_details`) as HTML for a QTextBrowser."""

from __future__ import annotations

from html import escape

from app.entry_details import EntryDetails, label


def render(view: EntryDetails) -> str:
    parts = []
    if view.path:
        crumbs = " › ".join(
            f'<a href="icf:{escape(code)}">{escape(code)}</a> {escape(title)}'
            for code, title in view.path
        )
        parts.append(f'<p style="color:#555">{crumbs}</p>')
    parts.append(f"<h2>{escape(view.code)}&nbsp;&nbsp;{escape(view.title)}</h2>")
    if view.other_title:
        parts.append(f'<p style="color:#555"><i>{escape(view.other_title)}</i></p>')
    parts.append(f"<p><b>{escape(view.kind)}</b></p>")
    for note in view.notes:
        parts.append(f'<p style="color:#555">{escape(note)}</p>')
    for name, text in view.sections:
        body = "<br>".join(escape(line) for line in text.splitlines())
        parts.append(f"<h3>{escape(name)}</h3><p>{body}</p>")
    if view.qualifiers:
        parts.append(f"<h3>{escape(view.qualifiers_label)}</h3>")
        for scale in view.qualifiers:
            rows = "".join(
                f"<tr><td align='right'><b>{value}</b></td><td>&nbsp;{escape(text)}</td></tr>"
                for value, text in scale.values
            )
            parts.append(
                f"<p><i>{escape(scale.label)}</i></p><table cellspacing='2'>{rows}</table>"
            )
    if view.children:
        parts.append(f"<h3>{escape(view.children_label)}</h3>")
        items = "".join(
            f'<li><a href="icf:{escape(code)}">{escape(code)}</a> {escape(title)}</li>'
            for code, title in view.children
        )
        parts.append(f"<ul>{items}</ul>")
    if view.hint:
        parts.append(f'<p style="color:#666"><i>{escape(view.hint)}</i></p>')
    return "\n".join(parts)


def render_welcome(lang: str) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in label("welcome", lang).splitlines())
    return f"<h2>{escape(label('welcome_title', lang))}</h2>{paragraphs}"
