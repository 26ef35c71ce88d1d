"""Questionnaires for informants: export workbooks for an assessment (one or a whole class)
and import returned ones, each file entirely or not at all."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.services.access import Actor
from app.services.assessments import AssessmentsService
from app.services.children import ChildrenService
from app.services.common import audit
from app.storage.database import Database
from app.storage.models import QuestionnaireExport
from forms.errors import FormsError, QuestionnaireError
from forms.model import Informant
from forms.questionnaire import read_questionnaire, write_questionnaire
from forms.registry import TemplateRegistry
from icf.errors import ICFError

ROLE_LABELS = {"teacher": "nauczyciel", "parent": "rodzic", "student": "uczen"}


@dataclass(frozen=True)
class ImportResult:
    path: Path
    assessment_id: int | None
    informant: str | None
    answered: int
    unanswered: int
    error: ICFError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def _refuse(path: Path, pl: str, en: str) -> QuestionnaireError:
    return QuestionnaireError("questionnaire_refused", file=path.name, reason={"pl": pl, "en": en})


class QuestionnairesService:
    def __init__(self, db: Database, actor: str | Actor, registry: TemplateRegistry) -> None:
        self.db = db
        self.actor = actor
        self.registry = registry
        self.assessments = AssessmentsService(db, actor, registry.classification)
        self.children = ChildrenService(db, actor)

    def export(self, assessment_id: int, informant: str, path: Path) -> Path:
        assessment = self.assessments.get(assessment_id)
        if informant not in {r for r, _ in assessment.informants} or informant not in ROLE_LABELS:
            raise QuestionnaireError(
                "questionnaire_export_failed",
                file=path.name,
                reason={
                    "pl": f"informator „{informant}” nie bierze udziału w tej ocenie",
                    "en": f"the informant “{informant}” is not part of this assessment",
                },
            )
        role = Informant(informant)
        template = self.registry.get(assessment.template_id, assessment.template_version)
        child = self.children.get(assessment.child_id).child
        label = f"{child.given_names} {child.surname}"
        if child.class_name or child.school:
            label += ", " + ", ".join(
                x
                for x in (child.class_name and f"klasa/grupa {child.class_name}", child.school)
                if x
            )
        token = secrets.token_hex(16)
        with self.db.session() as session:
            session.add(
                QuestionnaireExport(assessment_id=assessment_id, informant=informant, token=token)
            )
            audit(session, self.actor, "export", "assessment", assessment_id, [informant])
        return write_questionnaire(path, template, role, assessment_id, label, token)

    def export_batch(self, assessment_ids: list[int], informant: str, folder: Path) -> list[Path]:
        """One workbook per assessment (e.g. a whole class), named by the child's initials
        and the assessment number."""
        paths = []
        for assessment_id in assessment_ids:
            assessment = self.assessments.get(assessment_id)
            child = self.children.get(assessment.child_id).child
            # initials only: files get mailed around, a full name in the name is not needed
            stem = _safe(f"{child.given_names[:1]}{child.surname[:1]}")
            role = ROLE_LABELS.get(informant, informant)
            name = f"kwestionariusz-{role}-{stem}-{assessment_id}.xlsx"
            paths.append(self.export(assessment_id, informant, folder / name))
        return paths

    def import_file(self, path: Path, assessment_id: int | None = None) -> ImportResult:
        """Import one returned workbook; `assessment_id` (when given) must be the file's."""
        returned = read_questionnaire(path, self.registry.get)
        meta = returned.meta
        with self.db.session() as session:
            handed_out = (
                session.scalar(
                    select(QuestionnaireExport).where(QuestionnaireExport.token == meta.token)
                )
                if meta.token
                else None
            )
            if handed_out is None or (handed_out.assessment_id, handed_out.informant) != (
                meta.assessment_id,
                meta.informant.value,
            ):
                raise _refuse(
                    path,
                    "ten kwestionariusz nie został przygotowany w tej bazie danych dla tej oceny "
                    "(pochodzi z innej bazy albo dotyczy innego dziecka)",
                    "this questionnaire was not prepared in this database for this assessment "
                    "(it comes from another database or concerns another child)",
                )
        if assessment_id is not None and meta.assessment_id != assessment_id:
            raise _refuse(
                path,
                "kwestionariusz dotyczy innej oceny (innego dziecka)",
                "the questionnaire belongs to another assessment (another child)",
            )
        try:
            assessment = self.assessments.get(meta.assessment_id)
        except ICFError as exc:
            raise _refuse(
                path,
                "nie ma w bazie oceny, do której należy ten kwestionariusz",
                "the assessment this questionnaire belongs to is not in the database",
            ) from exc
        if (assessment.template_id, assessment.template_version) != (
            meta.template_id,
            meta.template_version,
        ):
            raise _refuse(
                path,
                f"kwestionariusz powstał według szablonu {meta.template_id} "
                f"{meta.template_version}, a ocena używa {assessment.template_id} "
                f"{assessment.template_version}",
                f"the questionnaire follows template {meta.template_id} "
                f"{meta.template_version}, the assessment uses "
                f"{assessment.template_id} {assessment.template_version}",
            )
        answered = returned.answered
        self.assessments.import_ratings(
            meta.assessment_id,
            meta.informant.value,
            [(a.expression, a.comment) for a in answered if a.expression is not None],
            source="interview" if meta.informant is Informant.PARENT else "observation",
            cleared=[a.code for a in returned.answers if a.expression is None],
        )
        return ImportResult(
            path,
            meta.assessment_id,
            meta.informant.value,
            len(answered),
            len(returned.answers) - len(answered),
            None,
        )

    def import_folder(self, folder: Path) -> list[ImportResult]:
        """Import every .xlsx in a folder; each file wholly or not at all. A summary per file."""
        results = []
        for path in sorted(folder.glob("*.xlsx")):
            try:
                results.append(self.import_file(path))
            except (FormsError, ICFError) as exc:
                results.append(ImportResult(path, None, None, 0, 0, exc))
        return results


def _safe(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_")
