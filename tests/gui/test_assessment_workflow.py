"""The whole path a specialist takes, driven through the window as a user would: a new child
(with the mistakes a form must catch), an assessment started from a suggested template, 30
categories rated by keyboard for two informants, a disagreement resolved, a narrative,
finishing, the profile and its comparison with an earlier assessment. Screenshots of every
screen go to test-output/ for people to look at."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from app.gui.assessment_panel import AssessmentPanel, FinishDialog
from app.gui.main_window import MainWindow
from app.gui.record_dialogs import ChildDialog
from app.pesel import pesel_for
from app.services.assessments import AssessmentInput, AssessmentsService, results
from app.storage.database import Database
from forms.registry import TemplateRegistry
from icf.bundled import load_bundled
from icf.components import Component

BIRTH = date(2014, 3, 3)
PESEL = pesel_for(BIRTH, "M", 41)


def _dialog(window: MainWindow, name: str) -> QDialog:
    found = window.findChild(QDialog, name)
    assert found is not None and found.isVisible(), name
    return found


def _field(dialog: QDialog, key: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, f"field_{key}")
    assert widget is not None
    return widget


def _error(dialog: QDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def _save(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the Save button is the default


def _rate(qtbot, panel: AssessmentPanel, values: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Type one value per row from the top: activities get performance then capacity (the
    capacity one better), environmental factors a facilitator when the value is odd."""
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.rating_model.index(0, 2))
    for row, value in enumerate(values):
        code = panel.rating_model.rows[row].code
        component = Component.of(code)
        if component is Component.ENVIRONMENTAL_FACTORS and value % 2:
            qtbot.keyClicks(table, "+")
        qtbot.keyClicks(table, str(value))
        if component is Component.ACTIVITIES_PARTICIPATION:
            qtbot.keyClicks(table, str(max(0, value - 1)))
        assert table.currentIndex().row() == row + 1, code


def _earlier_assessment(db: Database, child_id: int) -> None:
    """A final assessment of the same child a year before, rated higher (more difficulty)."""
    template = TemplateRegistry(load_bundled()).get("klasy-4-8")
    service = AssessmentsService(db, "earlier")
    earlier = service.create(
        child_id,
        AssessmentInput(
            "school_functional",
            template.id,
            template.version,
            date.today() - timedelta(days=365),
            informants=[("specialist", None)],
        ),
    )
    for item in template.items()[:30]:
        component = Component.of(item.code)
        value = 3 if component is not Component.ENVIRONMENTAL_FACTORS else 2
        service.save_rating(earlier.id, f"{item.code}.{value}", "specialist")
    view = service.get(earlier.id)
    service.finalise(earlier.id, view.version)


def test_from_a_new_child_to_a_final_assessment_and_its_profile(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    Database.open(records).close()
    window.database_url = str(records)
    window.show_children()
    children = window.children_panel
    qtbot.waitUntil(lambda: children.buttons["newChild"].isEnabled(), timeout=5000)

    # --- a new child: first with mistakes, each shown at its field -----------------------
    qtbot.mouseClick(children.buttons["newChild"], Qt.MouseButton.LeftButton)
    dialog = _dialog(window, "childDialog")
    assert isinstance(dialog, ChildDialog)
    _field(dialog, "surname").setText("Żółkiewski")
    qtbot.keyClicks(_field(dialog, "pesel"), "1234")
    qtbot.keyClicks(_field(dialog, "birth_date"), "31.02.2014")
    _save(qtbot, dialog)
    assert dialog.isVisible()  # nothing stored, the form stays open
    assert "wymagane" in _error(dialog, "given_names")
    assert "nie istnieje" in _error(dialog, "birth_date")
    assert _error(dialog, "pesel") and _error(dialog, "sex")
    dialog.grab().save(str(output_dir / "01-child-form-errors.png"))

    _field(dialog, "given_names").setText("Stanisław")
    _field(dialog, "birth_date").clear()
    _field(dialog, "pesel").clear()
    qtbot.keyClicks(_field(dialog, "pesel"), PESEL)
    _field(dialog, "pesel").editingFinished.emit()  # a valid PESEL fills date and sex
    assert _field(dialog, "birth_date").text() == "03.03.2014"
    _field(dialog, "school").setText("Szkoła Podstawowa nr 7 w Chełmie")
    qtbot.keyClicks(_field(dialog, "class_name"), "6b")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert children.current_record is not None
    child = children.current_record.child
    assert (child.given_names, child.surname, child.pesel) == ("Stanisław", "Żółkiewski", PESEL)
    assert "Stanisław Żółkiewski" in children.record.toPlainText()

    db = children.database()
    assert db is not None
    _earlier_assessment(db, child.id)
    children.show_child(child.id)
    window.grab().save(str(output_dir / "02-child-record.png"))

    # --- starting: the template for a 12-year-old comes first ---------------------------
    qtbot.mouseClick(children.buttons["startAssessment"], Qt.MouseButton.LeftButton)
    start = _dialog(window, "startAssessmentDialog")
    templates = start.widgets["template"]  # type: ignore[attr-defined]
    assert templates.currentData() == ("klasy-4-8", "1.0")
    for role in ("teacher", "parent"):
        start.informant_boxes[role].setChecked(True)  # type: ignore[attr-defined]
    start.grab().save(str(output_dir / "03-start-assessment.png"))
    _save(qtbot, start)
    qtbot.waitUntil(lambda: len(window.assessment_panels) == 1, timeout=5000)
    panel = next(iter(window.assessment_panels.values()))
    assert window.tabs.currentWidget() is panel
    assert panel.template is not None and panel.template.id == "klasy-4-8"

    # --- 30 categories by keyboard, for the teacher and then the parent ------------------
    teacher = [(n * 7) % 5 for n in range(30)]
    parent = list(teacher)
    parent[4] = 4 if teacher[4] <= 1 else 0  # one disagreement (2 or more apart)
    panel.informant_box.setCurrentIndex(panel.informant_box.findData("teacher"))
    _rate(qtbot, panel, teacher)
    window.grab().save(str(output_dir / "04-rating-teacher.png"))
    panel.informant_box.setCurrentIndex(panel.informant_box.findData("parent"))
    _rate(qtbot, panel, parent)

    # undo and redo the parent's last rating (an activity: two keystrokes), stored each time
    last = panel.rating_model.rows[29].code
    strokes = 2 if last.startswith("d") else 1
    for _ in range(strokes):
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("parent", last) not in panel.ratings
    assert last not in AssessmentsService(db, "c").get(panel.view.id).ratings_by("parent")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(strokes):
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, redo)
    assert ("parent", last) in panel.ratings

    stored = AssessmentsService(db, "check").get(panel.view.id)
    assert len(stored.ratings_by("teacher")) == 30 and len(stored.ratings_by("parent")) == 30
    first_d = next(r for r in panel.rating_model.rows[:30] if r.code.startswith("d"))
    d_value = teacher[panel.rating_model.rows.index(first_d)]
    assert stored.ratings_by("teacher")[first_d.code].expression.qualifiers == (
        d_value,
        max(0, d_value - 1),
    )

    # --- the evidence for one rating -----------------------------------------------------
    panel.table.setCurrentIndex(panel.rating_model.index(0, 2))
    panel.evidence.setText("obserwacja na lekcji matematyki")
    panel.evidence.editingFinished.emit()
    assert stored_evidence(db, panel.view.id, "parent", panel.rating_model.rows[0].code) == (
        "obserwacja na lekcji matematyki"
    )

    # --- a disagreement, resolved in the consensus column --------------------------------
    panel.pages.setCurrentIndex(1)
    model = panel.comparison_model
    disputed = [n for n, row in enumerate(model.rows) if row.disagreement]
    assert [model.rows[n].code for n in disputed] == [panel.rating_model.rows[4].code]
    window.grab().save(str(output_dir / "05-informants-side-by-side.png"))
    row = disputed[0]
    panel.comparison.setCurrentIndex(model.index(row, model.consensus_column))
    qtbot.keyClicks(panel.comparison, "2")
    assert model.rows[row].consensus is not None and model.rows[row].consensus.first == 2
    assert panel.accept_all_suggestions() == 0  # all others agree: nothing left to accept
    window.grab().save(str(output_dir / "06-disagreement-resolved.png"))

    # --- a narrative -------------------------------------------------------------------
    panel.pages.setCurrentIndex(2)
    strengths = panel.narrative_edits["strengths"]
    strengths.setFocus()
    qtbot.keyClicks(strengths, "Chetnie pomaga innym, dobrze liczy w pamieci.")
    qtbot.waitUntil(
        lambda: (
            AssessmentsService(db, "c").get(panel.view.id).narratives["strengths"] or ""
        ).endswith("pamieci."),
        timeout=5000,
    )
    window.grab().save(str(output_dir / "07-narratives.png"))

    # --- finishing: what is missing, marked deliberately, then final ---------------------
    qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    finish = _dialog(window, "finishDialog")
    assert isinstance(finish, FinishDialog)
    assert not finish.final_button.isEnabled()
    unrated = len(panel.template.items()) - 30
    assert finish.missing.count() == unrated + len(
        [n for n in panel.template.narratives if n.required and n.id != "strengths"]
    )
    finish.grab().save(str(output_dir / "08-finish-check.png"))
    qtbot.mouseClick(finish.mark8, Qt.MouseButton.LeftButton)
    for narrative in panel.template.narratives:
        if narrative.required and narrative.id != "strengths":
            panel.narrative_edits[narrative.id].setPlainText("Opis uzupełniony przez zespół.")
    panel.save_narratives()
    finish.refresh()
    assert finish.final_button.isEnabled()
    qtbot.mouseClick(finish.final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not finish.isVisible(), timeout=5000)
    final = AssessmentsService(db, "c").get(panel.view.id)
    assert final.is_final
    assert len(results(final)) == len(panel.template.items())
    assert panel.amend_button.isVisible() and not panel.finish_button.isVisible()
    assert panel.narrative_edits["strengths"].isReadOnly()
    qtbot.keyClicks(panel.table, "3")  # a final assessment does not change
    assert AssessmentsService(db, "c").get(panel.view.id).ratings == final.ratings

    # --- the profile, compared with the assessment of a year ago -------------------------
    panel.pages.setCurrentIndex(3)
    assert panel.compare_with.currentData() is not None  # the earlier one, chosen at once
    assert len(panel.chart.rows) == len(panel.template.items())
    changes = panel.changes.toPlainText()
    assert panel.chart.earlier and "→" in changes
    window.grab().save(str(output_dir / "09-profile-compared.png"))

    # --- documents: previewed from memory, saved where the user says ----------------------
    documents = panel.show_documents()
    qtbot.waitUntil(lambda: documents.document.pageCount() > 0, timeout=10000)
    assert documents.pdf_bytes.startswith(b"%PDF")
    qtbot.wait(1500)  # the view renders its pages in the background
    documents.grab().save(str(output_dir / "10-document-preview.png"))
    summary = tmp_path / "podsumowanie.pdf"
    assert documents.save(summary)
    text = subprocess.run(
        ["pdftotext", str(summary), "-"], capture_output=True, text=True, check=True
    ).stdout
    for narrative in panel.template.narratives:  # every narrative written is in the summary
        if narrative.required or narrative.id == "strengths":
            assert narrative.title["pl"].split()[0] in text, narrative.id
    documents.kind.setCurrentIndex(documents.kind.findData("parents"))
    qtbot.waitUntil(lambda: documents.document.pageCount() > 0, timeout=10000)
    saved = tmp_path / "dla-rodzicow.pdf"
    assert documents.save(saved)
    text = subprocess.run(
        ["pdftotext", "-layout", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Stanisław" in text and "d1" not in text  # plain words, no codes, for a parent
    workbook = tmp_path / "oceny.xlsx"
    assert documents.save_workbook(workbook)
    assert load_workbook(workbook).sheetnames
    documents.accept()

    # --- amending makes a new draft version in a tab of its own --------------------------
    new_id = panel.make_amendment()
    assert new_id is not None and window.assessment_panels[new_id].view.amends_id == final.id
    assert not window.assessment_panels[new_id].view.is_final
    QApplication.processEvents()


def stored_evidence(db: Database, assessment_id: int, informant: str, code: str) -> str | None:
    view = AssessmentsService(db, "c").get(assessment_id)
    return view.ratings_by(informant)[code].evidence
