"""From a final assessment to a support plan and whether it worked, through the window: the
plan is made with suggestions and their reasons, suggestions are accepted, changed and
rejected, an own goal is added, a provider of the support network is chosen, a review with
a re-assessment is recorded, and the effects appear. Screenshots go to test-output/."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

from app.gui.main_window import MainWindow
from app.services.assessments import AssessmentsService
from app.services.directory import DirectoryService
from app.storage.database import Database
from tests.conftest import ROOT
from tests.plans.vignettes import KUBA
from tests.storage.plan_helpers import child_with_assessment

EXAMPLE_DIRECTORY = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"


def _finalise(db: Database, assessment_id: int) -> None:
    service = AssessmentsService(db, "t")
    service.finalise(assessment_id, service.get(assessment_id).version)


def test_an_assessment_becomes_a_plan_that_is_reviewed(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    DirectoryService(db, "t").import_file(EXAMPLE_DIRECTORY)
    child_id, first = child_with_assessment(db, KUBA)
    _finalise(db, first)
    # half a year later the attention difficulties are smaller
    better = replace(
        KUBA,
        ratings=tuple(
            (who, expr.replace(".3", ".1").replace(".2", ".1")) for who, expr in KUBA.ratings
        ),
    )
    _, second = child_with_assessment(db, better, date(2026, 4, 20), child_id=child_id)
    _finalise(db, second)
    db.close()
    window.database_url = str(records)
    window.show_children()

    assessment = window.open_assessment(first)
    assert assessment is not None and assessment.plan_button.isVisible()
    qtbot.mouseClick(assessment.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "createPlanDialog")
    assert dialog is not None and dialog.isVisible()
    area = dialog.findChild(QLineEdit, "field_area")
    area.setText("Zielonka")  # type: ignore[union-attr]
    dialog.grab().save(str(output_dir / "01-make-plan.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.plan_panels) == 1, timeout=5000)
    panel = next(iter(window.plan_panels.values()))
    assert window.tabs.currentWidget() is panel
    plan = panel.plan
    assert plan.kind == "ipet" and plan.pending, "suggestions wait for a decision"
    assert all(item.reasons for item in plan.pending)  # no suggestion without a rating
    assert "IPET" in panel.state.text()
    window.grab().save(str(output_dir / "02-plan-suggestions.png"))

    # the first suggested goal: its reasons name the ratings that triggered it
    goal = next(i for i in plan.pending if i.kind == "goal")
    _choose(panel, goal.id)
    reasons = panel.reasons.toPlainText()
    assert any(r["code"] in reasons for r in goal.reasons)
    panel.text.setPlainText("Kuba pracuje nad zadaniem przez 10 minut bez przypominania.")
    panel.target.setCurrentIndex(panel.target.findData(1))
    qtbot.keyClick(panel.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    changed = panel.item(goal.id)
    assert changed is not None and changed.status == "changed" and changed.target == 1
    assert changed.text.startswith("Kuba pracuje")

    # one suggestion rejected, the rest accepted
    other = next(i for i in panel.plan.pending if i.id != goal.id)
    _choose(panel, other.id)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.item(other.id).status == "rejected"  # type: ignore[union-attr]
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert not panel.plan.pending

    # an own goal, with a field left wrong first
    qtbot.mouseClick(panel.add_goal_button, Qt.MouseButton.LeftButton)
    goal_dialog = window.findChild(QDialog, "goalDialog")
    assert goal_dialog is not None and goal_dialog.isVisible()
    goal_dialog.findChild(QLineEdit, "field_category").setText("x999")  # type: ignore[union-attr]
    goal_dialog.findChild(QPlainTextEdit, "field_text").setPlainText(  # type: ignore[union-attr]
        "Kuba samodzielnie pakuje plecak na kolejny dzień."
    )
    target = goal_dialog.findChild(QComboBox, "field_target")
    target.setCurrentIndex(0)  # type: ignore[union-attr]
    baseline = goal_dialog.findChild(QComboBox, "field_baseline")
    baseline.setCurrentIndex(2)  # type: ignore[union-attr]
    qtbot.keyClick(goal_dialog, Qt.Key.Key_Return)
    assert goal_dialog.isVisible(), "a wrong code keeps the form open"
    goal_dialog.grab().save(str(output_dir / "03-own-goal-error.png"))
    goal_dialog.findChild(QLineEdit, "field_category").setText("d230")  # type: ignore[union-attr]
    qtbot.keyClick(goal_dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not goal_dialog.isVisible(), timeout=5000)
    own = [i for i in panel.plan.items if i.status == "own"]
    assert len(own) == 1 and own[0].category == "d230"

    # a provider of the support network for an accepted item, and a referral
    referred = None
    for item in panel.plan.items:
        if item.in_plan:
            _choose(panel, item.id)
            if panel.refer_button.isEnabled():
                referred = item.id
                break
    assert referred is not None, "the example directory has a provider for Kuba's needs"
    panel.providers.setCurrentRow(0)
    qtbot.mouseClick(panel.refer_button, Qt.MouseButton.LeftButton)
    assert panel.item(referred).referrals  # type: ignore[union-attr]
    window.grab().save(str(output_dir / "04-plan-with-referral.png"))

    # a review with the re-assessment: attainment suggested, T-score, effects
    panel.pages.setCurrentIndex(1)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    review = window.findChild(QDialog, "reviewDialog")
    assert review is not None and review.isVisible()
    assessments = review.findChild(QComboBox, "field_assessment")
    assessments.setCurrentIndex(assessments.findData(second))  # type: ignore[union-attr]
    review.findChild(QLineEdit, "field_reviewed_on").setText("28.04.2026")  # type: ignore[union-attr]
    review.grab().save(str(output_dir / "05-review.png"))
    qtbot.keyClick(review, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=5000)
    effects = panel.effect.toPlainText()
    assert "T" in effects and "28.04.2026" in effects
    assert panel.reviews.for_plan(panel.plan.id)[0].t_score is not None
    window.grab().save(str(output_dir / "06-effects.png"))

    # approved, the plan is in force and its documents are no longer drafts
    assert panel.approve_button.isEnabled()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.plan.status == "active" and not panel.approve_button.isVisible()

    # the plan and the evaluation report, previewed from memory and saved
    documents = panel.show_documents()
    qtbot.waitUntil(lambda: documents.document.pageCount() > 0, timeout=10000)
    qtbot.wait(1000)  # the view renders its pages in the background
    documents.grab().save(str(output_dir / "08-plan-document.png"))
    saved = tmp_path / "ipet.pdf"
    assert documents.save(saved)
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kuba pracuje nad zadaniem przez 10 minut bez przypominania." in " ".join(text.split())
    assert "WERSJA ROBOCZA" not in text
    documents.kind.setCurrentIndex(documents.kind.findData("evaluation"))
    qtbot.waitUntil(lambda: documents.document.pageCount() > 0, timeout=10000)
    evaluation = tmp_path / "ewaluacja.pdf"
    assert documents.save(evaluation)
    text = subprocess.run(
        ["pdftotext", str(evaluation), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "T" in text and "28.04.2026" in text or "28 kwietnia 2026" in text
    documents.accept()

    # the history lists every change
    panel.pages.setCurrentIndex(2)
    assert panel.history.count() >= 5
    window.grab().save(str(output_dir / "07-history.png"))


def _choose(panel, item_id: int) -> None:  # type: ignore[no-untyped-def]
    tree = panel.tree
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        for n in range(section.childCount()):
            node = section.child(n)
            if node.data(0, Qt.ItemDataRole.UserRole) == item_id:
                tree.setCurrentItem(node)
                return
    raise AssertionError(f"item {item_id} not in the tree")
