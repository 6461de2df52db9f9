"""Human-readable renderings of a ``crosscheck/brief/1`` document.

Article text is untrusted: Markdown viewers render raw HTML, so ``<``, ``>``
and ``&`` from articles are written as entities, and Markdown's own markup
characters at the start of a line are escaped so a title cannot become a link.
"""

from __future__ import annotations

import re
from typing import Any


def md_escape(text: str | None) -> str:
    if not text:
        return ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|])", r"\\\1", text)
    return re.sub(r"^([#>+-])", r"\\\1", text, flags=re.M)


def to_markdown(document: dict[str, Any]) -> str:
    lines: list[str] = []
    for story in document["stories"]:
        lines.append(f"# {md_escape(story['headline'])}")
        span = " – ".join(d for d in (story.get("first_date"), story.get("last_date")) if d)
        lines.append(f"_{len(story['articles'])} article(s)" + (f", {span}_" if span else "_"))
        lines.append("")
        if story["brief"]:
            lines.append("## Brief")
            for sentence in story["brief"]:
                lines.append(f"- {md_escape(sentence['text'])} [{', '.join(sentence['sources'])}]")
            lines.append("")
        if story["findings"]:
            lines.append("## Findings")
            for f in story["findings"]:
                lines.append(f"- **{f['status']}** ({f['kind']}): {md_escape(f['note'])}")
            lines.append("")
        if story["timeline"]:
            lines.append("## Timeline")
            for entry in story["timeline"]:
                lines.append(f"- {entry['date']}: {md_escape(entry['text'])}")
            lines.append("")
        lines.append("## Sources")
        for a in story["articles"]:
            meta = ", ".join(md_escape(x) for x in (a.get("outlet"), a["published"], a["byline"]) if x)
            lines.append(f"- `{a['id']}` {md_escape(a['title'] or '(untitled)')}"
                         + (f" ({meta})" if meta else "") + f" — {md_escape(a['origin'])}")
        lines.append("")
    return "\n".join(lines)
