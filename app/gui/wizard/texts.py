"""Plain words for the wizard: confidence levels, answers, step kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PLATFORM_ORDER = ("x", "linkedin", "facebook", "instagram", "threads")
WIZARD_PLATFORMS = ("x", "linkedin", "facebook", "instagram")  # Threads comes with Instagram


def _t(text: str) -> str:
    return QCoreApplication.translate("wizard", text)


def confidence_words(level: str) -> str:
    return {
        "confirmed": _t("Confirmed: the platform's own pages say so."),
        "secondary": _t(
            "Reported by reliable secondary sources; the platform's own page could not be checked."
        ),
        "unconfirmed": _t(
            "Not confirmed: this comes from a third-party audit or an inference. "
            "Check what you see."
        ),
    }.get(level, level)


def answer_words(answer: str | None) -> str:
    return {
        "done": _t("Done"),
        "not_now": _t("Not now"),
        "not_available": _t("Not available to me"),
        None: _t("Not answered"),
    }.get(answer, answer or "")


def kind_words(kind: str) -> str:
    return {
        "setting": _t("A setting you can change"),
        "objection": _t("A request you can send"),
        "alternative": _t("Something you can do instead"),
        "notice": _t("What the platform does not let you change"),
    }.get(kind, kind)
