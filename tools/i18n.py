"""Translation sources and compiled catalogues in resources/i18n/.

    python tools/i18n.py update    # re-extract strings into the .ts files, keeping translations
    python tools/i18n.py release   # compile every translated .ts to .qm (pyside6-lrelease)

`update` writes, for each language in LANGUAGES (and the untranslated English template "en"):
  overshare_<lang>.ts  GUI strings: pyside6-lupdate over app/gui, plus strings held in tables
                       and passed to tr() at run time (TABLES below; lupdate cannot see those);
  policy_<lang>.ts     user-facing text of resources/policy/*.toml (context "policy") and
                       resources/optouts/steps.toml (context "optouts"), keyed by the English text.
A translation is kept whenever its (context, source, comment) is still extracted, so
translators' work survives any number of re-runs; strings no longer in the code are dropped.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from ts_catalogue import Message, merge, read_ts, write_ts  # tools/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
GUI = ROOT / "app" / "gui"
LANGUAGES = ("de", "es")
TEMPLATE = "en"  # the English source catalogue: every entry untranslated, not compiled

# (file, table or "call:<function>", context, tuple index or None): strings kept in constants
# and translated at run time. None takes dict values / plain strings; an index takes that
# element of each row; "call:f" takes the literal first argument of every call to f;
# "return:f" every string literal that function f returns. (Calls to module helpers like
# `def _t(text): return QCoreApplication.translate("ctx", text)` are found without a table.)
TABLES: tuple[tuple[str, str, str, int | None], ...] = (
    ("app/gui/widgets/labels.py", "_PLATFORMS", "labels", None),
    ("app/gui/widgets/labels.py", "_REGIONS", "labels", None),
    ("app/gui/widgets/labels.py", "_OUTCOMES", "labels", None),
    ("app/gui/widgets/labels.py", "_STATUSES", "labels", None),
    ("app/gui/widgets/labels.py", "_BUCKETS", "labels", None),
    ("app/gui/models/labels.py", "KINDS", "labels", None),
    ("app/gui/models/labels.py", "VISIBILITIES", "labels", None),
    ("app/gui/models/labels.py", "CONFIDENCE", "labels", None),
    ("app/gui/models/labels.py", "ACTIONS", "labels", None),
    ("app/gui/models/item_columns.py", "HEADERS", "ItemsModel", None),
    ("app/gui/main_window.py", "return:describe_session", "MainWindow", None),
    ("app/gui/dialogs/settings_dialog.py", "LANGUAGES", "SettingsDialog", 1),
    ("app/gui/dialogs/settings_dialog.py", "THEMES", "SettingsDialog", 1),
    ("app/core/storage/db.py", "MODE_DESCRIPTIONS", "SettingsDialog", None),
    ("app/gui/dialogs/export_dialog.py", "FORMATS", "ExportDialog", 1),
    ("app/gui/widgets/item_filter_bar.py", "FACETS", "ItemFilterBar", 2),
    ("app/gui/widgets/tag_card.py", "_TRI_WORDS", "TagCard", None),
    ("app/gui/pages/welcome_page.py", "COACHING", "WelcomePage", 2),
    ("app/gui/pages/health_page.py", "_REASONS", "HealthPage", 1),
    ("app/core/report/html.py", "call:t", "report", None),
    ("app/core/report/language.py", "WORDS", "report", None),
    ("app/core/report/pdf.py", "call:t", "report", None),
    ("app/core/report/svg.py", "call:t", "report", None),
    ("app/core/report/model.py", "CATEGORY_TITLES", "report", None),
    ("app/core/report/model.py", "OUTCOME_LABELS", "report", None),
    ("app/core/report/model.py", "STATUS_LABELS", "report", None),
    ("app/core/report/model.py", "USED_LABELS", "report", None),
    ("app/core/report/model.py", "CHECK_LABELS", "report", None),
    ("app/core/policy/reasons.py", "TEMPLATES", "reasons", None),
    ("app/core/policy/reasons.py", "WORDS", "reasons", None),
    ("app/core/policy/explain.py", "STATUS_TEXT", "explain", None),
    ("app/core/policy/explain.py", "MAY_TEXT", "explain", None),
    ("app/core/policy/explain.py", "CONFIDENCE_TEXT", "explain", None),
    ("app/core/policy/explain.py", "PHRASES", "i18n", None),
)

# lupdate names the context of `var.tr(...)` after the variable; Qt looks it up under the
# object's class. (file, variable) -> class.
RECEIVERS = {
    ("app/gui/menus.py", "w"): "MainWindow",
    ("app/gui/dialogs/passphrase_dialog.py", "box"): "QMessageBox",
}

POLICY_FIELDS = {
    "documents": ("title", "note"),
    "settings": ("label", "note"),
    "rules": ("clause_summary", "note", "minor_caveat", "recipients"),
}
STEP_FIELDS = ("title", "covers", "does_not_cover", "web_path", "mobile_path", "alternatives")


# ---------------------------------------------------------------- extraction


def lupdate_messages() -> list[Message]:
    tool = _tool("pyside6-lupdate")
    files = sorted(str(p) for p in GUI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "gui.ts"
        subprocess.run([tool, *files, "-locations", "absolute", "-ts", str(ts)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        msgs = list(read_ts(ts).values())
    for m in msgs:  # lupdate writes locations relative to the .ts file, i.e. to tmp
        m.locations = [(_rel(Path(tmp) / f), line) for f, line in m.locations]
        for filename, _line in m.locations:
            fixed = RECEIVERS.get((filename.removeprefix("../../"), m.context))
            if fixed:
                m.context = fixed
        where = ROOT / m.locations[0][0].removeprefix("../../") if m.locations else None
        if where and where.exists() and f"{m.context}.tr(" in where.read_text(encoding="utf-8"):
            print(f"i18n: WARNING: {m.context}.tr(...) in {where.relative_to(ROOT)}: add the "
                  "variable's class to RECEIVERS in tools/i18n.py")  # fmt: skip
    return msgs


def _rel(path: Path) -> str:
    """A location relative to resources/i18n/, as lupdate writes them."""
    try:
        return "../../" + path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def table_messages() -> list[Message]:
    out: list[Message] = []
    for rel, name, context, index in TABLES:
        path = ROOT / rel
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _table_strings(tree, name, index):
            out.append(Message(context, str(node.value), locations=[(_rel(path), node.lineno)]))
    return out


def _table_strings(tree: ast.Module, name: str, index: int | None) -> list[ast.Constant]:
    if name.startswith("call:"):
        fn = name.removeprefix("call:")
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        named = [c for c in calls if isinstance(c.func, ast.Name) and c.func.id == fn]
        return [s for c in named if c.args for s in _strings([c.args[0]])]
    if name.startswith("return:"):
        fn = name.removeprefix("return:")
        defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == fn]
        returns = [r for d in defs for r in ast.walk(d) if isinstance(r, ast.Return)]
        return _strings([r.value for r in returns if r.value is not None])
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id == name):
            continue
        if isinstance(value, ast.Dict):
            items = [v for v in value.values if v is not None]
        elif isinstance(value, (ast.Tuple, ast.List)):
            items = list(value.elts)
        else:
            raise SystemExit(f"i18n: {name} is not a dict, tuple or list.")
        if index is not None:
            items = [e.elts[index] for e in items if isinstance(e, (ast.Tuple, ast.List))]
        return _strings(items)
    raise SystemExit(f"i18n: table {name} not found; update TABLES in tools/i18n.py.")


def _strings(nodes: list[ast.expr]) -> list[ast.Constant]:
    return [n for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def ast_messages() -> list[Message]:
    """self.tr("…") and QCoreApplication.translate("ctx", "…") calls lupdate can miss
    (inside f-strings, for example); duplicates of lupdate's findings merge away."""
    out: list[Message] = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translate_wrappers(tree)
        for cls, call in _calls_in_classes(tree, None):
            func = call.func
            if isinstance(func, ast.Name) and func.id in wrappers:  # _t("…") -> its context
                first = _strings(list(call.args[:1]))
                if first:
                    loc = [(_rel(path), first[0].lineno)]
                    out.append(Message(wrappers[func.id], str(first[0].value), locations=loc))
                continue
            if not isinstance(func, ast.Attribute):
                continue
            args = _strings(list(call.args[:2]))
            if func.attr == "tr" and cls and call.args and args and args[0] is call.args[0]:
                context = cls if _is_self(func.value) else ""
                source = args[0]
            elif func.attr == "translate" and len(args) == 2 and len(call.args) >= 2:
                context, source = str(args[0].value), args[1]
            else:
                continue
            if context:
                numerus = len(call.args) >= 3
                loc = [(_rel(path), source.lineno)]
                out.append(Message(context, str(source.value), numerus=numerus, locations=loc))
    return out


def _translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions `def f(text): return QCoreApplication.translate("ctx", text)`."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.args.args):
            continue
        param = node.args.args[0].arg
        for ret in (r for r in ast.walk(node) if isinstance(r, ast.Return)):
            call = ret.value
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and _strings([call.args[0]])
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                found[node.name] = str(_strings([call.args[0]])[0].value)
    return found


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _calls_in_classes(node: ast.AST, cls: str | None) -> list[tuple[str | None, ast.Call]]:
    found: list[tuple[str | None, ast.Call]] = []
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            found.append((cls, child))
        found += _calls_in_classes(child, inner)
    return found


def data_messages() -> list[Message]:
    """Policy and opt-out text, keyed by context + English text; notes say where it is used."""
    out: list[Message] = []
    for path in sorted((ROOT / "resources" / "policy").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for section, fields in POLICY_FIELDS.items():
            for entry in data.get(section, []):
                ident = entry.get("id") or entry.get("key", "?")
                for f in fields:
                    values = entry.get(f) or []
                    for text in [values] if isinstance(values, str) else values:
                        out.append(_data_msg("policy", text, path, f"{ident} {f}"))
                for cond in entry.get("conditions", {}).get("settings", []):
                    if cond.get("note"):
                        out.append(_data_msg("policy", cond["note"], path, f"{ident} condition"))
    steps = ROOT / "resources" / "optouts" / "steps.toml"
    for entry in tomllib.loads(steps.read_text(encoding="utf-8")).get("steps", []):
        for f in STEP_FIELDS:
            values = entry.get(f) or []
            for text in [values] if isinstance(values, str) else values:
                out.append(_data_msg("optouts", text, steps, f"{entry['id']} {f}"))
    return out


def _data_msg(context: str, text: str, path: Path, note: str) -> Message:
    return Message(context, text, notes=[f"{path.name}: {note}"])


# ---------------------------------------------------------------- commands


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    gui = lupdate_messages() + ast_messages() + table_messages()
    data = data_messages()
    for lang in (*LANGUAGES, TEMPLATE):
        for stem, fresh in (("overshare", gui), ("policy", data)):
            path = I18N / f"{stem}_{lang}.ts"
            old = read_ts(path) if lang != TEMPLATE else {}
            msgs = merge([_copy(m) for m in fresh], old)
            for m in msgs:
                if m.numerus and not m.finished:
                    m.translation = [""] * _plural_forms(lang)
            write_ts(path, lang, msgs)
            done = sum(1 for m in msgs if m.finished)
            print(f"{path.relative_to(ROOT)}: {len(msgs)} strings, {done} translated")


def _copy(m: Message) -> Message:
    return Message(m.context, m.source, m.comment, m.numerus, list(m.locations), list(m.notes))


def _plural_forms(lang: str) -> int:
    return 2  # de, es and en all have one/other


def release(out_dir: Path = I18N) -> list[Path]:
    tool = _tool("pyside6-lrelease")
    made = []
    for lang in LANGUAGES:
        for stem in ("overshare", "policy"):
            ts = I18N / f"{stem}_{lang}.ts"
            qm = out_dir / f"{stem}_{lang}.qm"
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            made.append(qm)
    return made


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"i18n: {name} not found (it comes with PySide6).")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for qm in release():
            print(f"{qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
