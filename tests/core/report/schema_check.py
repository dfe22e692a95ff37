"""A small JSON Schema checker for the keywords resources/report.schema.json uses
(type incl. lists and null, const, enum, required, properties, additionalProperties,
items, minItems, pattern, local $ref), so the test needs no extra dependency."""

from __future__ import annotations

import re
from typing import Any

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
    "integer": int,
    "number": (int, float),
}


def _type_ok(value: Any, t: str) -> bool:
    if t in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[t])


def errors(value: Any, node: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    while "$ref" in node:
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    out: list[str] = []
    types = node.get("type")
    if types is not None:
        tl = types if isinstance(types, list) else [types]
        if not any(_type_ok(value, t) for t in tl):
            return [f"{path}: {value!r} is not {types}"]
    if "const" in node and value != node["const"]:
        out.append(f"{path}: {value!r} != {node['const']!r}")
    if "enum" in node and value not in node["enum"]:
        out.append(f"{path}: {value!r} not in enum")
    if isinstance(value, str) and "pattern" in node and not re.search(node["pattern"], value):
        out.append(f"{path}: {value!r} does not match {node['pattern']}")
    if isinstance(value, list):
        if len(value) < node.get("minItems", 0):
            out.append(f"{path}: too few items")
        for i, v in enumerate(value):
            out += errors(v, node.get("items", {}), root, f"{path}[{i}]")
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key in node.get("required", ()):
            if key not in value:
                out.append(f"{path}: missing {key}")
        extra = node.get("additionalProperties", True)
        for key, v in value.items():
            if key in props:
                out += errors(v, props[key], root, f"{path}.{key}")
            elif extra is False:
                out.append(f"{path}: unexpected {key}")
            elif isinstance(extra, dict):
                out += errors(v, extra, root, f"{path}.{key}")
    return out
