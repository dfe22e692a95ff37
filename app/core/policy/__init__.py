"""Policy data and the exposure classifier (public API; others code against these names)."""

from app.core.policy.classifier import Classifier, classify
from app.core.policy.context import SettingState, UserContext, normalise_region, opt_out_everything
from app.core.policy.loader import default_policy_dir, load_policy_set
from app.core.policy.model import (
    NOT_COVERED,
    OUTCOMES,
    REGIONS,
    Document,
    PolicySet,
    Rule,
    SettingDef,
    Status,
    Tag,
    Tri,
)
from app.core.policy.schema import PolicyError
from app.core.policy.summary import (
    ExposureSummary,
    SummaryBuilder,
    render_exposure,
    summarise,
)

__all__ = [
    "NOT_COVERED",
    "OUTCOMES",
    "REGIONS",
    "Classifier",
    "Document",
    "ExposureSummary",
    "PolicyError",
    "PolicySet",
    "Rule",
    "SettingDef",
    "SettingState",
    "Status",
    "SummaryBuilder",
    "Tag",
    "Tri",
    "UserContext",
    "classify",
    "default_policy_dir",
    "load_policy_set",
    "normalise_region",
    "opt_out_everything",
    "render_exposure",
    "summarise",
]
