"""The templates shipped in resources/forms: valid, deliberate in size, never silently edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.model import Informant
from forms.registry import ROOT, TemplateRegistry
from forms.release import digest, released
from icf.classification import Classification

FILES = sorted(ROOT.glob("*/*.toml"))
EXPECTED = {
    "wwr-0-3",
    "przedszkole-3-6",
    "klasy-1-3",
    "klasy-4-8",
    "ponadpodstawowa-15-24",
    "ofu",
    "wopfu",
    "ppp-diagnoza",
}


@pytest.fixture(scope="module")
def shipped(classification: Classification) -> TemplateRegistry:
    return TemplateRegistry(classification)


def test_every_promised_template_is_shipped(shipped: TemplateRegistry) -> None:
    assert {t.id for t in shipped.latest()} >= EXPECTED


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_each_template_is_valid_and_deliberately_sized(
    path: Path, shipped: TemplateRegistry
) -> None:
    template = shipped.get(path.parent.name, path.stem)
    items = template.items()
    assert 40 <= len(items) <= 90, f"{template.id}: {len(items)} items"
    codes = [item.code for item in items]
    assert len(set(codes)) == len(codes), "a category asked twice in one template"
    for item in items:
        for informant in template.informants:
            if informant is not Informant.SPECIALIST:
                assert item.wording[informant]["pl"]
        assert all(item.guidance[level]["pl"] for level in range(5))
    assert any(n.required for n in template.narratives)


def test_released_templates_are_never_edited_in_place() -> None:
    recorded = released()
    for path in FILES:
        key = f"{path.parent.name}/{path.stem}"
        assert key in recorded, f"{key} is not recorded: run python -m forms.release"
        assert recorded[key] == digest(path), (
            f"{key} changed after its release: put the change in a new version file"
        )


def test_suggestions_by_age(shipped: TemplateRegistry) -> None:
    assert shipped.suggest(1)[0].id == "wwr-0-3"
    assert shipped.suggest(5)[0].id == "przedszkole-3-6"
    assert shipped.suggest(8, "school_functional")[0].id == "klasy-1-3"
    assert shipped.suggest(12, "school_functional")[0].id == "klasy-4-8"
    assert shipped.suggest(17, "school_functional")[0].id == "ponadpodstawowa-15-24"
    assert [t.id for t in shipped.suggest(12, "wopfu")] == ["wopfu"]


def test_the_wopfu_template_holds_what_the_regulation_requires(shipped: TemplateRegistry) -> None:
    wopfu = shipped.get("wopfu")
    narratives = {n.id: n for n in wopfu.narratives}
    for required in (
        "needs",
        "strengths",
        "interests",
        "abilities",
        "difficulties",
        "barriers",
        "support_so_far",
    ):
        assert required in narratives, required
        assert narratives[required].required, required


def test_the_ofu_template_covers_the_six_areas(shipped: TemplateRegistry) -> None:
    assert len(shipped.get("ofu").sections) == 6


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_every_shipped_template_makes_questionnaires_that_come_back(
    template_id: str, shipped: TemplateRegistry, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from forms.answers import answers_for
    from forms.questionnaire import FIRST_ROW, SHEET_ITEMS, read_questionnaire, write_questionnaire

    template = shipped.get(template_id)
    for informant in template.informants:
        if informant is Informant.SPECIALIST:
            continue
        path = write_questionnaire(
            tmp_path / f"{informant.value}.xlsx",
            template,
            informant,
            7,
            "Dziecko Testowe, klasa 1a",
        )
        wb = load_workbook(path)
        ws = wb[SHEET_ITEMS]
        for row, item in enumerate(template.items(), start=FIRST_ROW):
            assert ws.cell(row=row, column=3).value == item.wording[informant]["pl"]
            ws.cell(row=row, column=4, value=answers_for(item.form, informant)[1].label)
        wb.save(path)
        returned = read_questionnaire(path, shipped.get)
        assert len(returned.answered) == len(template.items())
