"""Load and check the opt-out step definitions; pick the ones that apply to a region."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from app.core.paths import resources_dir

PLATFORM_DOMAINS = {
    "x": ("x.com", "twitter.com"),
    "linkedin": ("linkedin.com",),
    "facebook": ("facebook.com", "meta.com"),
    "instagram": ("instagram.com", "meta.com", "facebook.com"),
    "threads": ("threads.net", "threads.com", "instagram.com"),
}
KINDS = ("setting", "objection", "alternative", "notice")
CONFIDENCE = ("confirmed", "secondary", "unconfirmed")
_REQUIRED = ("id", "platform", "title", "regions", "covers", "does_not_cover", "url",
             "source_url", "confidence")  # fmt: skip


class StepsError(ValueError):
    """The step data is broken; the message names the file, the step and the field."""


@dataclass(frozen=True, slots=True)
class OptOutStep:
    id: str
    platform: str
    setting: str  # policy setting key an answer feeds, or "" for advice only
    kind: str
    title: str
    regions: tuple[str, ...]
    covers: str
    does_not_cover: str
    web_path: str
    mobile_path: str
    url: str
    source_url: str
    confidence: str
    last_verified: str

    def applies_to(self, region: str | None) -> bool:
        if self.regions == ("ALL",):
            return True
        if self.regions[0] == "NOT":
            return region not in self.regions[1:]  # unknown region: shown, it may apply
        return region is None or region in self.regions


def _domain_ok(url: str, platform: str) -> bool:
    host = urlparse(url).hostname or ""
    return urlparse(url).scheme == "https" and any(
        host == d or host.endswith("." + d) for d in PLATFORM_DOMAINS[platform]
    )


def _parse(raw: dict[str, object], name: str, last_verified: str) -> OptOutStep:
    sid = str(raw.get("id", "?"))
    for key in _REQUIRED:
        if not raw.get(key):
            raise StepsError(f"Opt-out file {name}: step {sid} has no {key}.")
    platform = str(raw["platform"])
    if platform not in PLATFORM_DOMAINS:
        raise StepsError(f"Opt-out file {name}: step {sid} has unknown platform {platform!r}.")
    setting = str(raw.get("setting", ""))
    kind = str(raw.get("kind", "setting" if setting else "alternative"))
    if kind not in KINDS:
        raise StepsError(f"Opt-out file {name}: step {sid} has unknown kind {kind!r}.")
    if raw["confidence"] not in CONFIDENCE:
        raise StepsError(f"Opt-out file {name}: step {sid} has bad confidence.")
    for field in ("url", "source_url"):
        if not _domain_ok(str(raw[field]), platform):
            raise StepsError(
                f"Opt-out file {name}: step {sid} {field} is not an https address on "
                f"{platform}'s own domain."
            )
    regions = raw["regions"]
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        raise StepsError(f"Opt-out file {name}: step {sid} regions must be a list of codes.")
    return OptOutStep(
        id=sid, platform=platform, setting=setting, kind=kind, title=str(raw["title"]),
        regions=tuple(regions), covers=str(raw["covers"]),
        does_not_cover=str(raw["does_not_cover"]), web_path=str(raw.get("web_path", "")),
        mobile_path=str(raw.get("mobile_path", "")), url=str(raw["url"]),
        source_url=str(raw["source_url"]), confidence=str(raw["confidence"]),
        last_verified=str(raw.get("last_verified", last_verified)),
    )  # fmt: skip


def load_steps(directory: Path | None = None) -> list[OptOutStep]:
    folder = directory or resources_dir() / "optouts"
    steps: list[OptOutStep] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise StepsError(f"Opt-out file {path.name} is not valid TOML ({exc}).") from exc
        verified = str(data.get("last_verified", ""))
        steps.extend(_parse(raw, path.name, verified) for raw in data.get("steps", []))
    ids = [s.id for s in steps]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise StepsError(f"Opt-out steps have duplicate ids: {', '.join(sorted(dupes))}.")
    return steps


def steps_for(
    steps: Iterable[OptOutStep], region: str | None, platforms: Iterable[str] | None = None
) -> list[OptOutStep]:
    """The steps that apply to a region (all when the region is unknown), for some platforms."""
    wanted = set(platforms) if platforms is not None else None
    if wanted is not None and "instagram" in wanted:
        wanted.add("threads")  # Threads data comes inside the Instagram export
    return [
        s for s in steps
        if s.applies_to(region) and (wanted is None or s.platform in wanted)
    ]  # fmt: skip
