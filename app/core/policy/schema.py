"""Validate policy files against resources/policy/schema.json without extra dependencies.

Only the JSON Schema keywords that schema.json uses are interpreted: type, enum, required,
properties, additionalProperties, propertyNames, items, minItems, minLength, pattern,
format=date and local $ref. TOML dates arrive as datetime.date, so format=date asks for one.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from app.core.errors import OvershareError
from app.core.paths import resources_dir

Schema = dict[str, Any]


class PolicyError(OvershareError):
    """A policy file is missing, unreadable or breaks the schema; the app refuses it."""

    code = "bad_policy"


def schema_path() -> Path:
    return resources_dir() / "policy" / "schema.json"


@cache
def load_schema(path: Path | None = None) -> Schema:
    """The bundled schema (never one from an update bundle: updates must fit this app)."""
    p = path or schema_path()
    try:
        data: Schema = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PolicyError(f"The policy schema {p} cannot be read: {exc}.") from exc
    return data


def validate(data: Any, schema: Schema, label: str) -> None:
    """Raise PolicyError naming `label` and the path of the first problem found."""
    problem = _check(data, schema, schema, "")
    if problem is not None:
        where, what = problem
        raise PolicyError(f"Policy file {label} is invalid at {where or '(top)'}: {what}.")


def _resolve(node: Schema, root: Schema) -> Schema:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise PolicyError(f"The policy schema uses an unsupported reference {ref}.")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
}


def _type_ok(value: Any, node: Schema) -> bool:
    expected = node.get("type")
    if expected is None:
        return True
    if node.get("format") == "date":
        return isinstance(value, date) and not isinstance(value, datetime)
    if expected == "integer" and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[expected])


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check(value: Any, node: Schema, root: Schema, path: str) -> tuple[str, str] | None:
    node = _resolve(node, root)
    if not _type_ok(value, node):
        want = "a date (YYYY-MM-DD, unquoted)" if node.get("format") == "date" else node["type"]
        return path, f"expected {want}, found {_show(value)}"
    if "enum" in node and value not in node["enum"]:
        choices = ", ".join(str(c) for c in node["enum"])
        return path, f"{_show(value)} is not one of: {choices}"
    if isinstance(value, str):
        if len(value) < node.get("minLength", 0):
            return path, "must not be empty"
        pattern = node.get("pattern")
        if pattern and not re.search(pattern, value):
            return path, f"{_show(value)} does not match the pattern {pattern}"
    if isinstance(value, list):
        if len(value) < node.get("minItems", 0):
            return path, f"needs at least {node['minItems']} entries"
        if "items" in node:
            for i, element in enumerate(value):
                problem = _check(element, node["items"], root, f"{path}[{i}]")
                if problem:
                    return problem
    if isinstance(value, dict):
        return _check_object(value, node, root, path)
    return None


def _check_object(
    value: dict[str, Any], node: Schema, root: Schema, path: str
) -> tuple[str, str] | None:
    props: dict[str, Schema] = node.get("properties", {})
    extra = node.get("additionalProperties", True)
    if extra is False:  # a misspelt field explains a "missing" one, so report it first
        for key in value:
            if key not in props:
                sub = f"{path}.{key}" if path else key
                return sub, f"unknown field '{key}' (allowed: {', '.join(props)})"
    for key in node.get("required", ()):
        if key not in value:
            return path, f"the required field '{key}' is missing"
    names = node.get("propertyNames")
    for key, element in value.items():
        sub = f"{path}.{key}" if path else key
        if names is not None:
            problem = _check(key, names, root, sub)
            if problem:
                return sub, f"key {problem[1]}"
        if key in props:
            problem = _check(element, props[key], root, sub)
        elif isinstance(extra, dict):
            problem = _check(element, extra, root, sub)
        else:
            problem = None
        if problem:
            return problem
    return None
