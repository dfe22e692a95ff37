"""Qt-free catalogues: the same .ts sources the GUI compiles, read with the stdlib."""

from __future__ import annotations

from pathlib import Path

from app.core.i18n import Catalogue
from app.core.optouts.steps import load_steps
from app.core.policy import load_policy_set


def test_english_is_the_identity() -> None:
    cat = Catalogue.load("en")
    assert cat.policy("X Privacy Policy") == "X Privacy Policy"
    assert Catalogue.load("fr").text("MainWindow", "Dashboard") == "Dashboard"


def test_german_policy_and_step_text() -> None:
    cat = Catalogue.load("de-DE")
    assert cat.language == "de"
    assert cat.policy("X Privacy Policy") == "X-Datenschutzrichtlinie"
    assert cat.step("Object to AI training under GDPR Article 21") == (
        "Widerspruch gegen KI-Training nach Art. 21 DSGVO"
    )
    assert cat.text("MainWindow", "Dashboard") == "Übersicht"
    assert cat.text("MainWindow", "not a string we have") == "not a string we have"


def test_every_policy_and_step_string_has_german() -> None:
    cat = Catalogue.load("de")
    pset = load_policy_set()
    texts = [r.clause_summary for r in pset.rules] + [d.title for d in pset.documents.values()]
    texts += [s.label for s in pset.settings.values()]
    assert all(cat.policy(t) != t or t in ("X", "Meta", "LinkedIn") for t in texts)
    for step in load_steps():
        for t in (step.title, step.covers, step.does_not_cover, step.web_path):
            assert not t or cat.step(t) != t, t


def test_unfinished_entries_are_ignored_and_plurals_pick_a_form(tmp_path: Path) -> None:
    (tmp_path / "overshare_de.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE">
<context><name>C</name>
<message><source>Done</source><translation>Fertig</translation></message>
<message><source>Draft</source><translation type="unfinished">Entwurf</translation></message>
<message numerus="yes"><source>%n files</source><translation>
<numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    cat = Catalogue.load("de", tmp_path)
    assert cat.text("C", "Done") == "Fertig"
    assert cat.text("C", "Draft") == "Draft"
    assert cat.text("C", "%n files", 1) == "%n Datei"
    assert cat.text("C", "%n files", 3) == "%n Dateien"
