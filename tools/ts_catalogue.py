"""Qt Linguist .ts catalogues: the Message record, reading, writing and merging them
(used by tools/i18n.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # <extracomment> for translators
    translation: list[str] = field(default_factory=list)  # one, or the plural forms
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    out: dict[tuple[str, str, str], Message] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            msg = Message(
                context=name,
                source=m.findtext("source") or "",
                comment=m.findtext("comment") or "",
                numerus=m.get("numerus") == "yes",
                translation=forms or [(tr.text or "") if tr is not None else ""],
                finished=kind == "",
            )
            for loc in m.iter("location"):
                msg.locations.append((loc.get("filename", ""), int(loc.get("line", "0"))))
            out[msg.key] = msg
    return out


def write_ts(path: Path, lang: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=_qt_language(lang), sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in by_context[name]:
            el = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else None
            el = el if el is not None else ET.SubElement(ctx, "message")
            for filename, line in m.locations:
                ET.SubElement(el, "location", filename=filename, line=str(line))
            ET.SubElement(el, "source").text = m.source
            if m.comment:
                ET.SubElement(el, "comment").text = m.comment
            if m.notes:
                ET.SubElement(el, "extracomment").text = "; ".join(m.notes)
            tr = ET.SubElement(el, "translation")
            done = m.finished and all(t.strip() for t in m.translation)
            if not done:
                tr.set("type", "unfinished")
            if m.numerus:
                for form in m.translation or [""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = m.translation[0] if m.translation else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _qt_language(lang: str) -> str:
    return {"de": "de_DE", "es": "es_ES", "en": "en_GB"}.get(lang, lang)


def merge(fresh: list[Message], old: dict[tuple[str, str, str], Message]) -> list[Message]:
    """Fresh messages, each carrying its old translation when it had one."""
    seen: dict[tuple[str, str, str], Message] = {}
    for m in fresh:
        if m.key in seen:  # same string found twice: one entry, all locations
            had = seen[m.key].locations
            had += [loc for loc in m.locations if loc not in had]  # lupdate and ast both saw it
            seen[m.key].notes += [n for n in m.notes if n not in seen[m.key].notes]
            continue
        prev = old.get(m.key)
        if prev is not None:
            m.translation, m.finished = prev.translation, prev.finished
        seen[m.key] = m
    return list(seen.values())
