"""The ICF browser window, driven offscreen the way a user would; screenshots are saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.gui.main_window import MainWindow
from app.settings import Settings


def shoot(window: MainWindow, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def test_type_a_query_select_a_result_and_see_details(
    window: MainWindow, qtbot, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    browser = window.browser
    assert window.windowTitle() == "ICF Assess — klasyfikacja ICF"
    assert "pozycj" in browser.status.text()
    shoot(window, output_dir, "1-start")

    browser.search_field.setFocus()
    qtbot.keyClicks(browser.search_field, "uwag podziel")
    assert browser.stack.currentWidget() is browser.results
    first = browser.results_model.data(browser.results_model.index(0, 0))
    assert first.startswith("b1402")
    assert "wynik" in browser.status.text()

    qtbot.keyClick(browser.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(browser.search_field, Qt.Key.Key_Return)
    assert browser.current_code == "b1402"
    html = browser.details.toPlainText()
    assert "b1402" in html and "Podzielność uwagi" in html
    assert "Dividing attention" in html
    assert "Kwalifikatory" in html and "umiarkowane upośledzenie" in html
    shoot(window, output_dir, "2-search-uwag-podziel")

    # clearing the search returns to the tree with the chosen entry selected
    qtbot.keyClick(browser.search_field, Qt.Key.Key_Escape)
    assert browser.stack.currentWidget() is browser.tree
    assert browser.tree_model.entry(browser.tree.currentIndex()).code == "b1402"  # type: ignore[union-attr]
    shoot(window, output_dir, "3-tree")


def test_search_ignores_diacritics_and_finds_codes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = window.browser
    qtbot.keyClicks(browser.search_field, "czytanie")
    codes = [browser.results_model.code(r) for r in range(browser.results_model.rowCount())]
    assert codes[0] == "d166"
    browser.search_field.clear()
    qtbot.keyClicks(browser.search_field, "d16")
    codes = [browser.results_model.code(r) for r in range(browser.results_model.rowCount())]
    assert codes[0] == "d160" and all(c.startswith("d16") for c in codes)
    browser.search_field.clear()
    qtbot.keyClicks(browser.search_field, "xyzzy")
    assert browser.results_model.rowCount() == 0
    assert browser.status.text() == "Nic nie znaleziono"


def test_switch_to_english_and_back(window: MainWindow, qtbot, output_dir: Path) -> None:  # type: ignore[no-untyped-def]
    browser = window.browser
    browser.show_code("e310")
    window.language_actions["en"].trigger()
    # Qt delivers the language change as an event: wait for the window to retranslate
    qtbot.waitUntil(lambda: window.windowTitle() == "ICF Assess — ICF classification")
    assert window.file_menu.title() == "&File"
    text = browser.details.toPlainText()
    assert "Immediate family" in text and "Facilitator" in text
    assert Settings.load().language == "en"
    shoot(window, output_dir, "english-e310")
    window.language_actions["pl"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Plik")
    assert "Najbliższa rodzina" in browser.details.toPlainText()


def test_import_of_a_broken_file_shows_a_clear_error(
    window: MainWindow, qtbot, tmp_path: Path, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.xml"
    broken.write_text("<ClaML><Class code='b1'>", encoding="utf-8")
    run = window.import_claml([broken])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "messageBox") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "messageBox")
    assert "Nie można zaimportować pliku broken.xml" in box.text()
    assert "Niczego nie zaimportowano" in box.text()
    assert box.grab().save(str(output_dir / "import-error-message.png"))
    box.close()
    assert run.wait()
    assert not window.service.imported_path.exists()


def test_import_claml_files_adds_definitions_to_the_details(
    window: MainWindow, qtbot, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    folder = Path(__file__).resolve().parent.parent / "icf" / "claml_files"
    run = window.import_claml([folder / "icf_pl.xml", folder / "icf_en.xml"])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "messageBox") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "messageBox")
    assert "Zaimportowano" in box.text()
    box.close()
    assert run.wait()
    window.browser.show_code("b110")
    text = window.browser.details.toPlainText()
    assert "Definicja" in text and "Ogólne funkcje umysłowe" in text
    assert "Nie obejmuje" in text
    shoot(window, output_dir, "after-import-b110")
