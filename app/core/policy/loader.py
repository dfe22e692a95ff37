"""Read policy TOML files, validate them against schema.json, and build a PolicySet."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from app.core.paths import resources_dir
from app.core.policy.model import (
    Document,
    PolicySet,
    Rule,
    SettingCond,
    SettingDef,
    VisibilityOverride,
)
from app.core.policy.schema import PolicyError, load_schema, validate


def default_policy_dir() -> Path:
    """The newest verified policy update in the data dir if newer than the shipped bundle,
    else the bundled resources/policy (see installed.py)."""
    from app.core.policy.installed import active_bundle  # it imports this module

    return active_bundle().directory


def load_policy_set(directory: Path | None = None) -> PolicySet:
    """Load every *.toml in `directory` (default: default_policy_dir()).

    Raises PolicyError with a one-sentence message naming the file and the problem when a
    file is unreadable, breaks the schema, or refers to an unknown document or setting.
    An installed update that fails to load gives way to the shipped policies.
    """
    if directory is None:
        folder = default_policy_dir()
        shipped = resources_dir() / "policy"
        if folder != shipped:
            try:
                return _load_folder(folder)
            except PolicyError:
                folder = shipped
        return _load_folder(folder)
    return _load_folder(directory)


def _load_folder(folder: Path) -> PolicySet:
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        raise PolicyError(f"No policy files (*.toml) were found in {folder}.")
    schema = load_schema()
    docs: dict[str, Document] = {}
    settings: dict[str, SettingDef] = {}
    rules: list[Rule] = []
    overrides: list[VisibilityOverride] = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise PolicyError(f"Policy file {path.name} cannot be read: {exc}.") from exc
        validate(data, schema, path.name)
        for raw in data["documents"]:
            _add_unique(docs, raw["id"], _document(raw), path.name, "document")
        for raw in data.get("settings", ()):
            _add_unique(settings, raw["key"], _setting(raw), path.name, "setting")
        overrides.extend(_override(raw) for raw in data.get("visibility_overrides", ()))
        rules.extend(_rule(raw, path.name) for raw in data["rules"])
    pset = PolicySet(
        documents=docs,
        rules=tuple(rules),
        settings=settings,
        overrides=tuple(overrides),
        directory=str(folder),
    )
    check_references(pset)
    # A rule without its own effective_from takes the date of the document that introduced it.
    dated = tuple(
        replace(r, effective_from=docs[r.document].effective_from)
        if r.effective_from == date.min
        else r
        for r in rules
    )
    return replace(pset, rules=dated)


def check_references(pset: PolicySet) -> None:
    """Cross-file checks the schema cannot express."""
    seen: set[str] = set()
    for doc in pset.documents.values():
        if doc.supersedes and doc.supersedes not in pset.documents:
            raise PolicyError(
                f"Policy document {doc.id} supersedes unknown document {doc.supersedes}."
            )
        if doc.effective_to and doc.effective_to < doc.effective_from:
            raise PolicyError(f"Policy document {doc.id} ends before it starts.")
    for rule in pset.rules:
        where = f"Policy file {rule.source_file}, rule {rule.id}"
        if rule.id in seen:
            raise PolicyError(f"{where}: the rule id is used twice.")
        seen.add(rule.id)
        for ref in (rule.document, rule.still_in):
            if ref and ref not in pset.documents:
                raise PolicyError(f"{where}: refers to unknown document {ref}.")
        for cond in rule.settings:
            for key in (cond.key, cond.only_if):
                if key and key not in pset.settings:
                    raise PolicyError(f"{where}: refers to unknown setting {key}.")
        active = [o for o in rule.outcomes if o not in ("not_used", "unclear")]
        if active and not rule.use_started and rule.opt_out_effect != "none_available":
            raise PolicyError(f"{where}: an opt-out rule needs use_started.")
        if rule.effective_to and rule.effective_to < rule.effective_from:
            raise PolicyError(f"{where}: effective_to is before effective_from.")


def _add_unique(table: dict[str, Any], key: str, value: Any, fname: str, what: str) -> None:
    if key in table:
        raise PolicyError(f"Policy file {fname}: {what} {key} is defined twice.")
    table[key] = value


def _document(raw: dict[str, Any]) -> Document:
    return Document(
        id=raw["id"],
        platform=raw["platform"],
        title=raw["title"],
        version_label=raw["version_label"],
        effective_from=raw["effective_from"],
        source_urls=tuple(raw["source_urls"]),
        archive_ref=raw["archive_ref"],
        last_verified=raw["last_verified"],
        kind=raw.get("kind", "policy"),
        announced=raw.get("announced"),
        announced_precision=raw.get("announced_precision", "day"),
        effective_to=raw.get("effective_to"),
        supersedes=raw.get("supersedes"),
        controller_by_region=dict(raw.get("controller_by_region", {})),
        note=raw.get("note", ""),
    )


def _setting(raw: dict[str, Any]) -> SettingDef:
    return SettingDef(
        key=raw["key"],
        platform=raw["platform"],
        label=raw["label"],
        protective=raw["protective"] == "on",
        default=raw["default"],
        default_confidence=raw["default_confidence"],
        action=raw["action"],
        url=raw.get("url", ""),
        default_by_region=dict(raw.get("default_by_region", {})),
        regions=tuple(raw.get("regions", ("ALL",))),
        in_opt_out_all=raw.get("in_opt_out_all", True),
        note=raw.get("note", ""),
    )


def _override(raw: dict[str, Any]) -> VisibilityOverride:
    return VisibilityOverride(
        platforms=tuple(raw["platforms"]),
        item_kinds=tuple(raw["item_kinds"]),
        becomes=raw["becomes"],
        source=raw["source"],
        when_target=raw.get("when_target"),
        when_field=tuple(raw.get("when_field", ())),
    )


def _cond(raw: dict[str, Any]) -> SettingCond:
    return SettingCond(
        key=raw["key"],
        regions=tuple(raw.get("regions", ("ALL",))),
        platforms=tuple(raw.get("platforms", ())),
        uncertain=raw.get("uncertain", False),
        only_if=raw.get("only_if"),
        note=raw.get("note", ""),
    )


def _rule(raw: dict[str, Any], fname: str) -> Rule:
    cond: dict[str, Any] = raw.get("conditions", {})
    start: date | None = raw.get("effective_from")
    return Rule(
        id=raw["id"],
        document=raw["document"],
        clause_summary=raw["clause_summary"],
        confidence=raw["confidence"],
        platforms=tuple(raw.get("platforms", ())),
        item_kinds=tuple(raw["item_kinds"]),
        outcomes=tuple(raw["outcomes"]),
        regions=tuple(raw.get("region_scope", ("ALL",))),
        regions_except=tuple(raw.get("region_except", ())),
        recipients=tuple(raw.get("recipients", ())),
        opt_out_effect=raw["opt_out_effect"],
        user_actions=tuple(raw.get("user_actions", ())),
        effective_from=start or date.min,  # replaced by the document's date below
        effective_to=raw.get("effective_to"),
        still_in=raw.get("still_in"),
        use_started=dict(raw.get("use_started", {})),
        use_started_uncertain=tuple(raw.get("use_started_uncertain", ())),
        use_ended=raw.get("use_ended"),
        visibility=tuple(cond.get("visibility", ())),
        age=cond.get("age_at_item", "any"),
        minor_caveat=cond.get("minor_caveat", ""),
        created_from=cond.get("created_from"),
        created_to=cond.get("created_before"),
        attr_true=cond.get("attr_true"),
        attr_false=cond.get("attr_false"),
        settings=tuple(_cond(c) for c in cond.get("settings", ())),
        secondary_sources=tuple(raw.get("secondary_sources", ())),
        note=raw.get("note", ""),
        source_file=fname,
    )
