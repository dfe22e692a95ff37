"""LinkedIn articles: one HTML file per article under Articles/ (title, dates, body text)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from app.core.importers.linkedin_items import LiState
from app.core.models import Item, ItemKind, SourceRef, Visibility

ARTICLE_PATH = re.compile(r"(^|/)articles/.+\.html?$", re.IGNORECASE)
MAX_ARTICLE_BYTES = 16 << 20
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "tr"}
_SKIP = {"script", "style", "head"}
_STAMP = re.compile(r"^(Created|Published) on (.+)$", re.IGNORECASE)
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?)")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.link = ""
        self._skip = 0
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "h1":
            self._in_h1 = True
        elif tag == "a" and self._in_h1 and not self.link:
            self.link = dict(attrs).get("href") or ""
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_h1 and not self.title:
            self.title = data.strip()
        self.parts.append(data)


def article_item(data: bytes, name: str, ref: SourceRef, st: LiState) -> Item:
    """The article as one item; raises UnicodeDecodeError for text that is not UTF-8."""
    parser = _Text()
    parser.feed(data.decode("utf-8-sig"))
    parser.close()
    lines = [ln.strip() for ln in "".join(parser.parts).splitlines()]
    stamps: dict[str, str] = {}
    body: list[str] = []
    for ln in lines:
        if m := _STAMP.match(ln):
            stamps[m.group(1).lower()] = m.group(2)
        elif ln and ln != parser.title:
            body.append(ln)
    title = parser.title or name.rsplit(".", 1)[0]
    m = _NAME_DATE.match(name)
    date = stamps.get("published") or stamps.get("created") or (m.group(1) if m else "")
    if "published" in stamps:
        vis, basis = Visibility.PUBLIC, "a published LinkedIn article is public"
    else:
        vis, basis = Visibility.UNKNOWN, "no publication date in the file: possibly a draft"
    text = title + ("\n\n" + "\n".join(body) if body else "")
    attrs: dict[str, object] = {"title": title}
    key = ("article", parser.link or title, stamps.get("created", date))
    return st.make(ItemKind.ARTICLE, key, date, vis, basis, text, ref, parser.link, attrs)
