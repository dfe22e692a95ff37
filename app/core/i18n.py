"""Translations without Qt: the GUI's catalogues (resources/i18n/*.ts) read with the stdlib.

For command-line output and reports. The GUI loads the compiled .qm files through Qt
instead (app/gui/i18n.py); both read the same sources, so a string is translated once.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from app.core.paths import resources_dir

LANGUAGES = ("en", "de", "es")  # English is the source language: no catalogue
CATALOGUES = ("overshare", "policy")
_PLACEHOLDER = re.compile(r"%(\d+)")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Finished translations of one language, by (context, English source)."""

    language: str = "en"
    messages: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, folder: Path | None = None) -> Catalogue:
        """The catalogue for `language` ("en" or unknown codes give the identity)."""
        code = language.replace("-", "_").split("_")[0].lower()
        if code not in LANGUAGES or code == "en":
            return cls("en")
        where = folder or resources_dir() / "i18n"
        messages: dict[tuple[str, str], tuple[str, ...]] = {}
        for name in CATALOGUES:
            path = where / f"{name}_{code}.ts"
            if path.exists():
                messages.update(_read(path))
        return cls(code, messages)

    def text(self, context: str, source: str, n: int | None = None) -> str:
        """The translation, or the English source when there is none."""
        forms = self.messages.get((context, source))
        if not forms:
            return source
        if n is None or len(forms) == 1:
            return forms[0]
        return forms[0] if n == 1 else forms[-1]  # de, es: singular / plural

    def policy(self, text: str) -> str:
        """A user-facing string from resources/policy/*.toml."""
        return self.text("policy", text)

    def step(self, text: str) -> str:
        """A user-facing string from resources/optouts/steps.toml."""
        return self.text("optouts", text)


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2, … (a translated template may order them differently), in one
    pass: a value that itself contains "%2" is left as it is."""

    def value(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else m.group(0)

    return _PLACEHOLDER.sub(value, template)


def _read(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type"):  # unfinished, vanished or obsolete
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) or (tr.text or "",)
            if all(forms) and not m.findtext("comment"):
                out[(name, m.findtext("source") or "")] = forms
    return out
