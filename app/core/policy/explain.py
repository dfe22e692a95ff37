"""Plain-language, one-paragraph explanations for tags (English; the GUI may translate)."""

from __future__ import annotations

from app.core.i18n import fill
from app.core.policy.decide import Eval
from app.core.policy.model import Document, PolicySet, Rule, Status, Tag, Tri
from app.core.policy.reasons import POLICY, Translate, render

OUTCOME_TEXT = {
    "trains_platform_ai": "may be used to train the platform's own AI models",
    "shared_with_affiliate_for_ai_training": "may be shared with a company in the same group "
    "to train its AI models",
    "shared_with_third_parties_may_train_ai": "may be shared with third parties who may train "
    "their own AI models",
    "included_in_models_offered_to_third_parties": "may end up in AI models the platform makes "
    "available to other companies",
    "licensed_or_syndicated": "may be licensed or made available to other companies",
    "used_for_ads_personalization": "may be used to personalise ads and content",
    "shared_with_affiliates_for_ads": "may be shared with a company in the same group for "
    "advertising",
    "used_for_safety_ai_only": "may be used only for safety (harmful-content detection) AI",
    "copied_to_federated_servers": "may be copied to other (fediverse) servers",
    "not_used": "is not used for this purpose",
    "unclear": "may or may not be used: the policy is silent or unclear",
}

CONFIDENCE_TEXT = {
    "confirmed": "confirmed from the platform's own text or a regulator",
    "secondary": "reported by several press outlets, not read in the platform's own text",
    "unconfirmed": "unconfirmed: single or contradictory sources",
}

STATUS_TEXT = {
    Status.ALLOWED_NOW: "The current policy and your settings allow this now.",
    Status.BLOCKED_BY_SETTINGS: "Your settings stop this from now on.",
    Status.NOT_USED: "This is not happening now under this clause.",
    Status.UNCERTAIN: "Whether this happens now is uncertain.",
}

MAY_TEXT = {
    Tri.TRUE: "It may already have been used: opt-outs only stop future use.",
    Tri.FALSE: "It has not been used this way as far as the sources say.",
    Tri.UNCERTAIN: "Whether it has already been used is uncertain.",
}


def explain(rule: Rule, outcome: str, doc: Document, intro: Document, ev: Eval) -> str:
    """One paragraph naming the clause, its document, source URL and effective date."""
    status, may, reasons, action = ev.status, ev.may, ev.reasons, ev.action
    url = doc.source_urls[0]
    since = f"in force since {rule.effective_from.isoformat()}"
    if rule.effective_to:
        since = f"in force {rule.effective_from.isoformat()} to {rule.effective_to.isoformat()}"
    parts = [
        f'Under "{rule.clause_summary}" ({doc.title}, version {doc.version_label}, {since}; '
        f"{url}), this item {OUTCOME_TEXT.get(outcome, outcome)}.",
    ]
    if intro.id != doc.id:
        parts.append(f"The clause first appeared in {intro.title} ({intro.version_label}).")
    if rule.recipients and outcome not in ("not_used", "unclear"):
        parts.append(f"Recipients: {', '.join(rule.recipients)}.")
    if outcome not in ("not_used", "unclear"):
        parts.append(STATUS_TEXT.get(status, ""))
        parts.append(MAY_TEXT[may])
    if reasons:
        parts.append("Uncertain because " + "; ".join(map(str, reasons)) + ".")
    if action:
        parts.append(f"What you can do: {action}.")
    parts.append(
        f"Source confidence: {CONFIDENCE_TEXT[rule.confidence]}; last verified "
        f"{doc.last_verified.isoformat()}."
    )
    return " ".join(p for p in parts if p)


def explain_not_covered(platform: str, kind: str) -> str:
    return (
        f"No clause in the loaded policies speaks about {kind.replace('_', ' ')} items on "
        f"{platform}, so we cannot say whether they are used for AI training or shared. "
        "This is a gap in our research, not a sign that the item is safe."
    )


# The translated explanation (explain_in) is assembled from these and the tables above.
PHRASES = {
    "clause": "Clause: “%1” (%2, version %3).",
    "uncertain": "Uncertain because %1.",
    "confidence": "Source confidence: %1; last verified %2.",
    "not_covered": "No clause in the loaded policies speaks about this kind of item, so we "
    "cannot say whether it is used for AI training or shared. This is a gap in our research, "
    "not a sign that the item is safe.",
}


def explain_in(tag: Tag, policy_set: PolicySet, tr: Translate) -> str:
    """The tag's explanation in the language of `tr` (context "i18n", "explain", "policy",
    "reasons"): the clause, its document and version, the rule's note, the status, the
    reasons it is uncertain and the source confidence. English callers use tag.explanation."""

    def pol(text: str) -> str:
        return tr(POLICY, text) if text else text

    rule = policy_set.rule(tag.rule)
    if rule is None:
        return tr("i18n", PHRASES["not_covered"])
    doc = policy_set.documents.get(tag.policy) or policy_set.current_document(rule)
    clause = (pol(rule.clause_summary), pol(doc.title), doc.version_label)
    parts = [fill(tr("i18n", PHRASES["clause"]), *clause)]
    parts += [pol(rule.note), pol(rule.minor_caveat)]
    if tag.outcome not in ("not_used", "unclear"):
        parts.append(_explain(tr, STATUS_TEXT.get(tag.status, "")))
        parts.append(_explain(tr, MAY_TEXT.get(tag.may_already_have_been_used, "")))
    shown = {rule.note, rule.minor_caveat}
    reasons = [
        render(r, tr)
        for r in tag.reasons
        if not (r.code == POLICY and dict(r.params).get("text") in shown)
    ]
    if any(reasons):
        parts.append(fill(tr("i18n", PHRASES["uncertain"]), "; ".join(filter(None, reasons))))
    confidence = _explain(tr, CONFIDENCE_TEXT.get(rule.confidence, ""))
    verified = doc.last_verified.isoformat()
    parts.append(fill(tr("i18n", PHRASES["confidence"]), confidence, verified))
    return " ".join(p for p in parts if p)


def _explain(tr: Translate, text: str) -> str:
    return tr("explain", text) if text else text
