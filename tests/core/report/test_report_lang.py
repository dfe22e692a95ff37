"""`overshare report --lang de|es`: the HTML and PDF text in the chosen language."""

from __future__ import annotations

from pathlib import Path

import pypdf

from app.cli import main
from app.core.i18n import Catalogue
from app.core.report.html import fill, translator


def test_translator_english_is_identity_and_falls_back_to_policy_text() -> None:
    assert translator("en")("Summary") == "Summary"
    de = translator("de")
    assert de("Summary") == "Zusammenfassung"
    assert de("X Privacy Policy") == Catalogue.load("de").policy("X Privacy Policy")
    assert de("no such sentence") == "no such sentence"
    assert fill("%2 of %1", "a", "b") == "b of a"


def test_demo_report_in_german_and_spanish(tmp_path: Path) -> None:
    for lang, heading, summary in (
        ("de", "Ihr Bericht zur Gefährdung durch KI-Training", "<h2>Zusammenfassung</h2>"),
        ("es", "Su informe de exposición al entrenamiento de IA", "<h2>Resumen</h2>"),
    ):
        out = tmp_path / f"r-{lang}.html"
        assert main(["report", "--demo", "-o", str(out), "--lang", lang]) == 0
        html = out.read_text(encoding="utf-8")
        assert f"<h1>{heading}</h1>" in html and summary in html
        assert "Your AI-training exposure report" not in html
        assert "Opt-out checklist" not in html
        assert "Items per year, split by" not in html  # the chart titles too


def test_pdf_in_german(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--demo", "-o", str(out), "--lang", "de", "--redacted"]) == 0
    first = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())  # tabs between words
    assert "Overshare-Gefährdungsbericht" in first and "Seite 1 von" in first
