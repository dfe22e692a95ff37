"""Import an archive and classify it the way the report does, for independent checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.importing import ImportJob
from app.core.inventory_view import inventory_to_dict
from app.core.models import Item
from app.core.policy import Classifier, SettingState, UserContext, load_policy_set, summarise
from app.core.policy.summary import ExposureSummary

PSET = load_policy_set()
AS_OF = date(2026, 11, 26)


def context(region: str | None = "EU") -> UserContext:
    return UserContext(
        region=region,
        settings={"x.grok_data_sharing": SettingState(False, date(2025, 1, 10))},
        as_of=AS_OF,
    )


def load(
    path: Path, region: str | None = "EU"
) -> tuple[list[Item], Classifier, dict, ExposureSummary]:
    job = ImportJob([path])
    items = job.run()
    c = Classifier(PSET, context(region))
    summary = summarise((it, c.classify(it)) for it in items)
    return items, c, inventory_to_dict(job.inventory), summary
