"""Language for the GUI: which catalogues to load, pseudo-localisation, policy/opt-out text.

The language is `overshare --lang CODE` or OVERSHARE_LANG when set (workshops, tests), else
Settings.language, else the first system UI language we ship; English needs no catalogue.
"pseudo" is a test language that accents and lengthens every string so truncation and
overflow show in screenshots.

Policy and opt-out data are English in resources/policy and resources/optouts; show them through
policy_text() and step_text(), which look them up in policy_<lang>.qm (tools/i18n.py).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.core.paths import resources_dir
from app.core.policy import PolicySet, Tag
from app.core.policy.explain import explain_in

SHIPPED = ("de", "es")  # catalogues in resources/i18n; English is the source language
PSEUDO = "pseudo"
CATALOGUES = ("overshare", "policy")

_installed: list[QTranslator] = []
_language = "en"
_forced: str | None = None  # `overshare --lang CODE`: this run only, nothing saved


def policy_text(text: str) -> str:
    """A user-facing string from resources/policy/*.toml in the current language."""
    return QCoreApplication.translate("policy", text) if text else text


def step_text(text: str) -> str:
    """A user-facing string from resources/optouts/steps.toml in the current language."""
    return QCoreApplication.translate("optouts", text) if text else text


def current_language() -> str:
    """The language installed by install_translators: "en", a SHIPPED code or "pseudo"."""
    return _language


def force_language(code: str | None) -> None:
    """Use `code` for this run whatever Settings say (workshops on borrowed laptops)."""
    global _forced
    _forced = code


def resolve_language(setting: str | None) -> str:
    wanted = _forced or os.environ.get("OVERSHARE_LANG") or setting
    if wanted:
        code = wanted.replace("-", "_").split("_")[0].lower()
        return code if code in (*SHIPPED, PSEUDO) else "en"
    for ui in QLocale.system().uiLanguages():
        code = ui.replace("-", "_").split("_")[0].lower()
        if code in SHIPPED or code == "en":
            return code
    return "en"


def install_translators(setting: str | None = None) -> str:
    """(Re)install Qt's and our translators for the resolved language; returns its code.

    Widgets created afterwards are in the new language; existing ones keep their text.
    """
    global _language
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    lang = resolve_language(setting)
    if lang == PSEUDO:
        _install(PseudoTranslator(app))
    elif lang in SHIPPED:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _install(qt)
        folder = str(resources_dir() / "i18n")
        for name in CATALOGUES:
            ours = QTranslator(app)
            if ours.load(f"{name}_{lang}", folder):
                _install(ours)
    QLocale.setDefault(QLocale(lang) if lang in SHIPPED else QLocale.system())
    _language = lang
    return lang


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


# ---------------------------------------------------------------- pseudo-localisation

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: markup, entities, placeholders, URLs and the letter after a mnemonic &.
_KEEP = re.compile(
    r"<[^>]*>|&[a-zA-Z#0-9]+;|&&|&.|%L?\d+|%n|\{[^{}]*\}|https?://\S+|[a-z]+\.[a-z]{2,}/\S*"
)


def pseudo(text: str) -> str:
    """The text with accented letters and ~40% more length, markup and placeholders intact."""
    if not text:
        return text
    out, pos = [], 0
    for m in _KEEP.finditer(text):
        out.append(text[pos : m.start()].translate(_ACCENTED))
        out.append(m.group())
        pos = m.end()
    out.append(text[pos:].translate(_ACCENTED))
    extra = max(2, round(len(text) * 0.4))
    pad = " ".join("~" * min(5, extra - i) for i in range(0, extra, 5))  # wraps like words
    return f"[{''.join(out)} {pad}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with pseudo(source): for checking layouts, not for reading."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or source in ("QT_LAYOUT_DIRECTION", "LTR"):
            return ""
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


# ---------------------------------------------------------------- tag explanations


def tag_explanation(tag: Tag, policy_set: PolicySet) -> str:
    """The tag's explanation in the current language.

    The classifier writes its paragraph in English; other languages get the same facts from
    the translated policy text (the clause, its document and version, the rule's note) and
    the translated status, reasons (tag.reasons) and source confidence.
    """
    english = tag.explanation
    if tag.action:
        english = english.replace(f" What you can do: {tag.action}.", "")
    if _language == "en":
        return english
    return explain_in(tag, policy_set, QCoreApplication.translate)
