"""The report's language: fixed text and policy text through the catalogue (context "report")."""

from __future__ import annotations

from collections.abc import Callable

from app.core.i18n import Catalogue

Tr = Callable[[str], str]  # English -> the report's language


def same(text: str) -> str:
    return text


# Codes the report prints as words (their English is the code itself).
WORDS = {
    "true": "true",
    "false": "false",
    "uncertain": "uncertain",
    "read": "read",
    "skipped": "skipped",
    "unknown": "unknown",
    "failed": "failed",
    "undated": "undated",
    "an account choice, not an opt-out": "an account choice, not an opt-out",
    "no action is documented": "no action is documented",
}


def translator(language: str | Catalogue) -> Tr:
    """Fixed report text in `language` (a code, or its loaded catalogue), then policy text
    (clauses, documents, settings)."""
    cat = language if isinstance(language, Catalogue) else Catalogue.load(language)
    if cat.language == "en":
        return same

    def t(text: str) -> str:
        found = cat.text("report", text)
        return found if found != text else cat.policy(text)

    return t
