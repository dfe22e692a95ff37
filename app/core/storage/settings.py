"""User settings: typed, saved atomically as JSON in the config dir, never archive content.

A crash while saving leaves the previous file intact (temp file + fsync + rename). A file
that cannot be read is moved aside, reported through `Settings.problem`, and replaced by
defaults; it is never dropped silently.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import orjson

from app.core import paths
from app.core.storage.files import write_atomic

log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"
SETTINGS_VERSION = 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ANSWERS = ("done", "not_now", "not_available")  # opt-out wizard answers


@dataclass(slots=True)
class OptOut:
    """One recorded opt-out choice: value, the day it was made, the policy version seen."""

    value: bool
    date: str  # YYYY-MM-DD
    policy_version: str | None = None


@dataclass(slots=True)
class OptOutAnswer:
    """The wizard's answer to one opt-out step: done | not_now | not_available, and when."""

    answer: str
    date: str  # YYYY-MM-DD
    policy_version: str | None = None


@dataclass(slots=True)
class Settings:
    region: str | None = None
    birth_year: int | None = None
    language: str | None = None  # None: follow the system
    theme: str = "system"
    optouts: dict[str, OptOut] = field(default_factory=dict)
    optout_answers: dict[str, OptOutAnswer] = field(default_factory=dict)  # by step id
    check_updates_at_start: bool = False
    window_state: dict[str, Any] = field(default_factory=dict)
    # Not saved: why the file on disk could not be used, for the front end to show.
    problem: str | None = field(default=None, compare=False)


class SettingsFormatError(ValueError):
    pass


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise SettingsFormatError(what)


def to_json(s: Settings) -> bytes:
    data = asdict(s)
    data.pop("problem")
    data["version"] = SETTINGS_VERSION
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)


def from_json(raw: bytes) -> Settings:
    """Parse and validate; unknown keys are ignored, wrong types raise SettingsFormatError."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise SettingsFormatError("not valid JSON") from exc
    _check(isinstance(data, dict), "not a JSON object")
    _check(isinstance(data.get("version", 1), int), "bad version")
    _check(data.get("version", 1) <= SETTINGS_VERSION, "written by a newer Overshare")
    out = Settings()
    names = {f.name for f in fields(Settings)} - {"problem", "optouts", "optout_answers"}
    types: dict[str, tuple[type, ...]] = {
        "region": (str, type(None)),
        "birth_year": (int, type(None)),
        "language": (str, type(None)),
        "theme": (str,),
        "check_updates_at_start": (bool,),
        "window_state": (dict,),
    }
    for name in names:
        if name in data:
            value = data[name]
            ok = isinstance(value, types[name]) and not (
                name == "birth_year" and isinstance(value, bool)
            )
            _check(ok, f"'{name}' has the wrong type")
            setattr(out, name, value)
    optouts = data.get("optouts", {})
    _check(isinstance(optouts, dict), "'optouts' is not an object")
    for key, entry in optouts.items():
        _check(isinstance(entry, dict), f"opt-out '{key}' is not an object")
        value, date, version = entry.get("value"), entry.get("date"), entry.get("policy_version")
        _check(isinstance(value, bool), f"opt-out '{key}' has no true/false value")
        _check(isinstance(date, str) and bool(_DATE.match(date)), f"opt-out '{key}' has a bad date")
        _check(version is None or isinstance(version, str), f"opt-out '{key}' has a bad version")
        out.optouts[key] = OptOut(value, date, version)
    answers = data.get("optout_answers", {})  # absent in files from before the wizard
    _check(isinstance(answers, dict), "'optout_answers' is not an object")
    for key, entry in answers.items():
        _check(isinstance(entry, dict), f"answer '{key}' is not an object")
        answer, date, version = entry.get("answer"), entry.get("date"), entry.get("policy_version")
        _check(answer in ANSWERS, f"answer '{key}' is not one of {', '.join(ANSWERS)}")
        _check(isinstance(date, str) and bool(_DATE.match(date)), f"answer '{key}' has a bad date")
        _check(version is None or isinstance(version, str), f"answer '{key}' has a bad version")
        out.optout_answers[key] = OptOutAnswer(answer, date, version)
    return out


class SettingsStore(Protocol):
    def load(self) -> Settings: ...
    def save(self, settings: Settings) -> None: ...


class FileSettingsStore:
    """Settings in a JSON file (by default <config dir>/settings.json)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()

    def load(self) -> Settings:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            return Settings(problem=f"{self.path.name} could not be read ({exc.strerror}).")
        try:
            return from_json(raw)
        except SettingsFormatError as exc:
            kept = self._keep_aside()
            where = f"; it was kept as {kept.name}" if kept else ""
            message = f"{self.path.name} was damaged ({exc}) and was reset to defaults{where}."
            log.warning("%s", message)
            return Settings(problem=message)

    def _keep_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
        except OSError:
            return None
        return target

    def save(self, settings: Settings) -> None:
        write_atomic(self.path, to_json(settings))


class MemorySettingsStore:
    """Settings kept in memory only (ephemeral/workshop mode): nothing touches the disk."""

    def __init__(self, initial: Settings | None = None) -> None:
        self._raw = to_json(initial or Settings())

    def load(self) -> Settings:
        return from_json(self._raw)

    def save(self, settings: Settings) -> None:
        self._raw = to_json(settings)


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_NAME


def load_settings(path: Path | None = None) -> Settings:
    return FileSettingsStore(path).load()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    FileSettingsStore(path).save(settings)


def remove_settings_files() -> None:
    """Delete the settings file and any damaged copies kept aside."""
    folder = paths.config_dir()
    for p in folder.glob(f"{SETTINGS_NAME}*"):
        with contextlib.suppress(OSError):
            p.unlink()
    for p in folder.glob(f".{SETTINGS_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            p.unlink()
