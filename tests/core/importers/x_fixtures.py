"""Builders for tiny synthetic X archives written into tmp_path (format: archive-formats.md §1)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

ACCOUNT_ID = "1000"


def js(global_name: str, records: list[Any], *, compact: bool = False) -> bytes:
    """A data file as X writes it: `window.YTD.<name>.part0 = [ … ]`, pretty with " : "."""
    if not records:
        return f"window.YTD.{global_name} = [ ]".encode()
    if compact:
        body = json.dumps(records, separators=(",", ":"), ensure_ascii=False)
    else:
        body = json.dumps(records, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{global_name} = {body}".encode()


def manifest(files: dict[str, int], user: str = "someone") -> bytes:
    types = {
        name: {"files": [{"fileName": name, "globalName": "YTD.x.part0", "count": str(n)}]}
        for name, n in files.items()
    }
    body = {
        "userInfo": {"accountId": ACCOUNT_ID, "userName": user, "displayName": "Some One"},
        "archiveInfo": {"generationDate": "2026-03-06T13:15:31.187Z", "isPartialArchive": False},
        "dataTypes": types,
    }
    return b"window.__THAR_CONFIG = " + json.dumps(body, indent=2).encode()


def tweet(
    tid: str, text: str = "hello world", when: str = "Fri Mar 06 13:02:05 +0000 2026",
    *, wrapped: bool = True, edits: list[str] | None = None, **extra: Any,
) -> dict[str, Any]:  # fmt: skip
    t: dict[str, Any] = {
        "id_str": tid, "id": tid, "created_at": when, "full_text": text, "retweeted": False,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "lang": "en",
    }  # fmt: skip
    if edits is not None:
        t["edit_info"] = {"initial": {"editTweetIds": edits, "editsRemaining": "4"}}
    t.update(extra)
    return {"tweet": t} if wrapped else t


def write_zip(path: Path, members: dict[str, bytes], top: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(top + name, data)
    return path


def write_folder(root: Path, members: dict[str, bytes]) -> Path:
    for name, data in members.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def zip_tree(path: Path, root: Path, top: str = "") -> Path:
    """Zip every file under root (e.g. a public sample read in place) into path."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(root.rglob("*")):
            if f.is_file():
                zf.write(f, top + f.relative_to(root).as_posix())
    return path
