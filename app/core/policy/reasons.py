"""Why a tag is uncertain, as a code plus parameters, so every language can show it.

decide.py and classifier.py build Reason values; str(reason) is the English fragment the
explanations have always held. tools/i18n.py extracts TEMPLATES and WORDS into the catalogues
(context "reasons"); render() fills a translated template with translated words. Qt-free: the
caller passes its translate function (Qt's in the GUI, Catalogue.text elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]  # (context, English) -> text in the chosen language

CONTEXT = "reasons"
POLICY = "policy"  # code of a reason that is policy text (a rule's note or caveat)

TEMPLATES = {
    "visibility_unknown": "the archive does not say who could see this item; it counts only "
    "if it was {visibility} (answer: who could see it)",
    "age_unknown": "the rule depends on whether you were {band} when the item was made "
    "(answer: your birth year, and the item's date)",
    "date_window": "the item's date is unknown and the clause covers a date window",
    "policy_silent": "the policy is silent or contradictory about this kind of data",
    "default_unconfirmed": "the default of '{setting}' in your region is not confirmed "
    "(answer: is it {state}?)",
    "setting_undocumented": "it is not documented whether '{setting}' stops this use",
    "depends_on": "this depends on '{setting}' (answer: is it so?)",
    "unconfirmed": "this clause is unconfirmed (single or contradictory sources)",
    "start_unknown": "when this use began has not been researched",
    "date_unknown": "the item's date is unknown (answer: when was it made?)",
    "when_changed": "tell us when you changed {key} to settle whether this was used",
    "start_approximate": "the start date of this use ({start}) is approximate",
    "regions_only": "this clause applies only in {regions} (answer: where you live)",
    "region_depends": "the answer depends on where you live (answer: your region)",
    "not_covered": "no rule in the loaded policies covers this kind of item",
    "either": "{first} or {second}",
}

# Words put into templates: setting states, age bands and the visibilities rules name.
WORDS = {
    "on": "on",
    "off": "off",
    ">=18": "18 or older",
    "<18": "under 18",
    "public": "public",
    "protected": "protected",
    "followers": "followers",
    "friends": "friends",
    "private": "private",
    "connections": "connections",
}

Param = tuple[str, str | tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason code (a TEMPLATES key, or POLICY with param "text") and its parameters.

    Parameters by name: "setting" and "text" are policy text; "state", "band" and each of
    "visibility" are WORDS keys; "regions" are region codes; the rest are shown as given.
    """

    code: str
    params: tuple[Param, ...] = ()

    def __str__(self) -> str:
        return render(self, _english)


def reason(code: str, **params: str | tuple[str, ...]) -> Reason:
    return Reason(code, tuple(params.items()))


def note(text: str) -> Reason:
    """A reason that is policy text as written in resources/policy."""
    return Reason(POLICY, (("text", text),))


def render(r: Reason, tr: Translate) -> str:
    """The reason in the language of `tr`."""
    values = dict(r.params)
    if r.code == POLICY:
        text = values.get("text", "")
        return tr(POLICY, text) if isinstance(text, str) and text else ""
    filled = {name: _value(name, v, tr) for name, v in values.items()}
    english = TEMPLATES[r.code]
    try:
        return tr(CONTEXT, english).format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return english.format(**filled)


def _value(name: str, value: str | tuple[str, ...], tr: Translate) -> str:
    if isinstance(value, tuple):
        if name == "regions":
            return ", ".join(value)
        words = [tr(CONTEXT, WORDS[v]) if v in WORDS else v for v in value]
        out = words[0] if words else ""
        for w in words[1:]:
            out = render(reason("either", first=out, second=w), tr)
        return out
    if name == "setting":
        return tr(POLICY, value)
    if name in ("state", "band") and value in WORDS:
        return tr(CONTEXT, WORDS[value])
    return value


def _english(_context: str, text: str) -> str:
    return text
