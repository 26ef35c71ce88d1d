"""Support plans: suggestions from an assessment (the rule base in `resources/rules/`), a plan
made of them that the specialist accepts, changes or rejects item by item, own goals and
actions, intensity of support, referrals to the local support network, review dates, and
the plan's history (a snapshot after every change).

The GUI's plan editor and the command line call this service:

    plans = PlansService(db, actor)
    proposal = plans.suggest(assessment_id)            # suggestions with reasons, intensity
    plan = plans.create_from_assessment(assessment_id, kind="ipet")
    plan = plans.decide(plan.id, item_id, "accept", plan.version)   # or "reject"
    plan = plans.change_item(plan.id, item_id, plan.version, ItemChanges(text=…, target=1))
    plan = plans.add_goal(plan.id, plan.version, GoalInput(category="d166", …))
    plan = plans.add_action(plan.id, plan.version, ActionInput(kind="sector", text=…))
    matches = plans.providers_for(item_id)             # from the directory, by need/age/area
    plan = plans.refer(plan.id, item_id, provider_id, plan.version)
    plans.history(plan.id); plans.revision(plan.id, 1)

Every change takes the plan version the user was editing and is refused if someone else
changed the plan in the meantime; each change bumps the version, stores a snapshot and
writes an audit entry (field names only).

A plan is part of its child's records: every reading and every change requires access to
the child (app.services.access.require_child), as the child's other records do.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.services.access import Actor, require_child, require_records
from app.services.common import NeedsClassification, audit, check_version, not_found, parse_date
from app.services.planning_errors import PlanningError
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.models import Assessment, Child, utcnow
from app.storage.plans_models import (
    ItemStatus,
    PlanItem,
    PlanKind,
    PlanReviewDate,
    PlanRevision,
    PlanStatus,
    Referral,
    SupportPlan,
    SupportProvider,
)
from icf.classification import Classification
from icf.i18n import current_language, pick
from plans.engine import Suggestion, suggest
from plans.gas import default_scale
from plans.intensity import GRADES, LEVELS, Intensity, combine, for_family, from_profile
from plans.profile import Profile
from plans.rules import RuleBase, load_rules
from plans.vocabulary import ADAPTATION_AREAS, HELP_FORMS, SECTORS, section_for, sections

Texts = dict[str, str]
KINDS = ("goal", "adaptation", "help", "parents", "sector", "action")

_FIELD = {
    "plan_kind": {"pl": "Rodzaj planu", "en": "Kind of plan"},
    "text": {"pl": "Treść", "en": "Text"},
    "category": {"pl": "Kategoria ICF", "en": "ICF category"},
    "baseline": {"pl": "Poziom wyjściowy", "en": "Baseline"},
    "target": {"pl": "Poziom docelowy", "en": "Target"},
    "deadline": {"pl": "Termin", "en": "Deadline"},
    "scale": {"pl": "Skala osiągnięcia celu", "en": "Goal attainment scale"},
    "decision": {"pl": "Decyzja", "en": "Decision"},
    "intensity": {"pl": "Intensywność wsparcia", "en": "Intensity of support"},
    "kind": {"pl": "Rodzaj pozycji", "en": "Kind of item"},
    "weight": {"pl": "Waga celu", "en": "Weight of the goal"},
    "period": {"pl": "Okres planu", "en": "Period of the plan"},
    "due_on": {"pl": "Termin przeglądu", "en": "Review date"},
}


def _invalid(name: str, pl: str, en: str) -> StorageError:
    return StorageError("invalid_value", field=_FIELD[name], reason={"pl": pl, "en": en})


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def school_year_end(day: date) -> date:
    """The last day of the school year (30 June) the day falls in or just before."""
    end = date(day.year, 6, 30)
    return end if day <= end else date(day.year + 1, 6, 30)


def review_schedule(kind: str, starts: date, ends: date) -> list[date]:
    """Review dates: a school plan (IPET) at the end of each semester (31 January, 15 June)
    and at least twice in every school year it covers; other plans every three months."""
    if kind != PlanKind.IPET.value:
        dates, step = [], 1
        while (day := add_months(starts, 3 * step)) < ends:
            dates.append(day)
            step += 1
        return [*dates, ends]
    dates = []
    for year in range(starts.year, ends.year + 1):
        for day in (date(year, 1, 31), date(year, 6, 15)):
            if starts < day <= ends:
                dates.append(day)
    # at least two reviews in each school year (1 September to 31 August) the plan covers
    year_start = date(starts.year - (starts.month < 9), 9, 1)
    while year_start <= ends:
        year_end = date(year_start.year + 1, 8, 31)
        lo, hi = max(starts, year_start), min(ends, year_end)
        inside = [d for d in dates if lo <= d <= hi]
        if len(inside) < 2 and lo < hi:
            middle = lo + (hi - lo) / 2
            for extra in (middle, hi):
                if len([d for d in dates if lo <= d <= hi]) >= 2:
                    break
                if extra not in dates and extra > starts:
                    dates.append(extra)
        year_start = date(year_start.year + 1, 9, 1)
    return sorted(set(dates))


@dataclass(frozen=True)
class ReferralView:
    id: int
    provider_id: int | None
    provider_name: str
    referred_on: date
    note: str | None


@dataclass(frozen=True)
class ItemView:
    id: int
    kind: str
    section: str
    status: str
    position: int
    text: str
    suggested_text: Texts | None
    suggestion_key: str | None
    rules: list[str]
    #: the triggering ratings: dicts with code, informant, expression, measure, value, condition
    reasons: list[dict[str, Any]]
    category: str | None
    baseline: int | None
    target: int | None
    deadline: date | None
    responsible_person: str | None
    responsible_institution: str | None
    methods: str | None
    scale: list[str] | None
    weight: float
    area: str | None
    form: str | None
    sector: str | None
    needs: list[str]
    referrals: list[ReferralView]
    version: int

    @property
    def in_plan(self) -> bool:
        """Accepted, changed or added by the specialist (what the plan document holds)."""
        return self.status in ("accepted", "changed", "own")

    @property
    def is_goal(self) -> bool:
        return self.kind == "goal"


@dataclass(frozen=True)
class PlanView:
    id: int
    child_id: int
    assessment_id: int | None
    kind: str
    status: str
    title: str
    starts_on: date
    ends_on: date
    suggested_intensity: str | None
    intensity: str | None
    intensity_reasons: list[Texts]
    family_motivation: str | None
    family_resources: str | None
    area: str | None
    items: list[ItemView]
    review_dates: list[tuple[date, int | None]]  # (due on, review id when done)
    version: int

    @property
    def pending(self) -> list[ItemView]:
        return [i for i in self.items if i.status == "suggested"]

    @property
    def goals(self) -> list[ItemView]:
        return [i for i in self.items if i.is_goal and i.in_plan]

    def sections(self, *, include_pending: bool = False) -> list[tuple[str, Texts, list[ItemView]]]:
        """The plan's sections in document order (an IPET's, or a family/intersectoral
        plan's) with their items; rejected items are never listed."""
        out = []
        for key, title in sections(self.kind).items():
            items = [
                i
                for i in self.items
                if i.section == key and (i.in_plan or (include_pending and i.status == "suggested"))
            ]
            out.append((key, title, items))
        return out


@dataclass(frozen=True)
class Proposal:
    """What the rule base suggests for an assessment, before any plan exists."""

    assessment_id: int
    child_id: int
    age: int
    suggestions: list[Suggestion]
    intensity: Intensity


@dataclass(frozen=True)
class RevisionView:
    number: int
    at: Any
    actor: str
    change: Texts


@dataclass
class ItemChanges:
    """Fields to change on an item; None leaves a field as it is."""

    text: str | None = None
    category: str | None = None
    baseline: int | None = None
    target: int | None = None
    deadline: date | str | None = None
    responsible_person: str | None = None
    responsible_institution: str | None = None
    methods: str | None = None
    scale: list[str] | None = None
    weight: float | None = None


@dataclass
class GoalInput:
    category: str
    text: str
    baseline: int
    target: int
    deadline: date | str | None = None
    responsible_person: str | None = None
    responsible_institution: str | None = None
    methods: str | None = None
    scale: list[str] | None = None
    weight: float = 1.0


@dataclass
class ActionInput:
    kind: str  # adaptation, help, parents, sector, action
    text: str
    area: str | None = None
    form: str | None = None
    sector: str | None = None
    needs: list[str] = field(default_factory=list)
    responsible_person: str | None = None
    responsible_institution: str | None = None
    deadline: date | str | None = None


def _loads(text: str | None, default: Any) -> Any:
    return json.loads(text) if text else default


def _item_view(item: PlanItem) -> ItemView:
    return ItemView(
        id=item.id,
        kind=item.kind,
        section=item.section,
        status=item.status.value,
        position=item.position,
        text=item.text,
        suggested_text=_loads(item.suggested_text, None),
        suggestion_key=item.suggestion_key,
        rules=_loads(item.rules, []),
        reasons=_loads(item.reasons, []),
        category=item.category,
        baseline=item.baseline,
        target=item.target,
        deadline=item.deadline,
        responsible_person=item.responsible_person,
        responsible_institution=item.responsible_institution,
        methods=item.methods,
        scale=_loads(item.scale, None),
        weight=item.weight,
        area=item.area,
        form=item.form,
        sector=item.sector,
        needs=_loads(item.needs, []),
        referrals=[
            ReferralView(r.id, r.provider_id, r.provider_name, r.referred_on, r.note)
            for r in item.referrals
        ],
        version=item.version,
    )


def _plan_view(plan: SupportPlan) -> PlanView:
    return PlanView(
        id=plan.id,
        child_id=plan.child_id,
        assessment_id=plan.assessment_id,
        kind=plan.kind.value,
        status=plan.status.value,
        title=plan.title,
        starts_on=plan.starts_on,
        ends_on=plan.ends_on,
        suggested_intensity=plan.suggested_intensity,
        intensity=plan.intensity,
        intensity_reasons=_loads(plan.intensity_reasons, []),
        family_motivation=plan.family_motivation,
        family_resources=plan.family_resources,
        area=plan.area,
        items=[_item_view(i) for i in plan.items],
        review_dates=[(d.due_on, d.review_id) for d in plan.review_dates],
        version=plan.version,
    )


def snapshot(view: PlanView) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return json.dumps(plain(asdict(view)), ensure_ascii=False, sort_keys=True)


_WHOLE = (
    selectinload(SupportPlan.items).selectinload(PlanItem.referrals),
    selectinload(SupportPlan.review_dates),
)


class PlansService(NeedsClassification):
    def __init__(
        self,
        db: Database,
        actor: str | Actor,
        classification: Classification | None = None,
        rules: RuleBase | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self._classification = classification
        self._rules = rules

    @property
    def rules(self) -> RuleBase:
        if self._rules is None:
            self._rules = load_rules(self.classification)
        return self._rules

    # --- suggestions --------------------------------------------------------------------

    def profile(self, session: Session, assessment_id: int) -> tuple[Profile, Assessment]:
        """The assessment's settled ratings (the actor must have access to its child)."""
        assessment = session.scalar(
            select(Assessment)
            .where(Assessment.id == assessment_id)
            .options(selectinload(Assessment.ratings))
        )
        if assessment is None:
            raise not_found("assessment")
        require_child(session, self.actor, assessment.child_id)
        child = session.get(Child, assessment.child_id)
        assert child is not None
        age = age_on(child.birth_date, assessment.assessed_on)
        profile = Profile.build(age, [(r.informant, r.expression) for r in assessment.ratings])
        return profile, assessment

    def suggest(
        self,
        assessment_id: int,
        *,
        motivation: str | None = None,
        resources: str | None = None,
    ) -> Proposal:
        """Suggestions with their reasons and the suggested intensity (for the family too,
        when its motivation and resources are given)."""
        family = self._family(motivation, resources)
        with self.db.session() as session:
            profile, assessment = self.profile(session, assessment_id)
            child_id = assessment.child_id
        return Proposal(
            assessment_id,
            child_id,
            profile.age,
            suggest(profile, self.rules),
            combine(from_profile(profile), family),
        )

    @staticmethod
    def _family(motivation: str | None, resources: str | None) -> Intensity | None:
        if motivation is None and resources is None:
            return None
        if motivation not in GRADES or resources not in GRADES:
            raise _invalid(
                "intensity",
                "motywacja i zasoby rodziny: low, medium lub high (niska, średnia, wysoka)",
                "the family's motivation and resources: low, medium or high",
            )
        return for_family(motivation, resources)  # type: ignore[arg-type]

    # --- plans --------------------------------------------------------------------------

    def create_from_assessment(
        self,
        assessment_id: int,
        kind: str = "ipet",
        *,
        title: str | None = None,
        starts_on: date | str | None = None,
        ends_on: date | str | None = None,
        area: str | None = None,
        motivation: str | None = None,
        resources: str | None = None,
        lang: str | None = None,
    ) -> PlanView:
        """A draft plan holding every suggestion as an item waiting for a decision."""
        try:
            plan_kind = PlanKind(kind)
        except ValueError:
            raise _invalid(
                "plan_kind",
                f"nieznany rodzaj planu „{kind}” (ipet, family, intersectoral)",
                f"unknown kind of plan “{kind}” (ipet, family, intersectoral)",
            ) from None
        lang = lang or current_language()
        proposal = self.suggest(assessment_id, motivation=motivation, resources=resources)
        starts = parse_date(starts_on, "opened_on", required=False) or date.today()
        if ends_on is not None:
            ends = parse_date(ends_on, "closed_on")
        elif plan_kind is PlanKind.IPET:
            ends = school_year_end(starts)
        else:
            ends = add_months(starts, 12 if proposal.intensity.level == "intensive" else 5)
        assert ends is not None
        if ends <= starts:
            raise _invalid(
                "period",
                "koniec planu musi być późniejszy niż jego początek",
                "the plan must end after it starts",
            )
        default_title = {
            PlanKind.IPET: {
                "pl": "Indywidualny program edukacyjno-terapeutyczny",
                "en": "Individual education and therapy programme",
            },
            PlanKind.FAMILY: {"pl": "Plan wsparcia rodziny", "en": "Family support plan"},
            PlanKind.INTERSECTORAL: {
                "pl": "Międzysektorowy plan wsparcia",
                "en": "Intersectoral support plan",
            },
        }[plan_kind]
        with self.db.session() as session:
            assessment = session.get(Assessment, assessment_id)
            assert assessment is not None
            plan = SupportPlan(
                child_id=assessment.child_id,
                assessment_id=assessment_id,
                kind=plan_kind,
                status=PlanStatus.DRAFT,
                title=(title or "").strip()[:300] or pick(default_title, lang),
                starts_on=starts,
                ends_on=ends,
                suggested_intensity=proposal.intensity.level,
                intensity=proposal.intensity.level,
                intensity_reasons=json.dumps(proposal.intensity.reasons, ensure_ascii=False),
                family_motivation=motivation,
                family_resources=resources,
                area=(area or "").strip()[:200] or None,
            )
            for position, s in enumerate(proposal.suggestions):
                item = self._item_from(s, plan_kind.value, starts, position, lang)
                if item.deadline is not None and item.deadline > ends:
                    item.deadline = ends  # no goal outlives its plan
                plan.items.append(item)
            for day in review_schedule(plan_kind.value, starts, ends):
                plan.review_dates.append(PlanReviewDate(due_on=day))
            session.add(plan)
            session.flush()
            change = {
                "pl": f"Utworzono plan z oceny; propozycje: {len(proposal.suggestions)}",
                "en": f"Plan created from the assessment; suggestions: {len(proposal.suggestions)}",
            }
            return self._saved(session, plan, "create", ["kind", "items", "intensity"], change)

    @staticmethod
    def _item_from(
        s: Suggestion, plan_kind: str, starts: date, position: int, lang: str
    ) -> PlanItem:
        reasons = [
            {
                "code": t.code,
                "informant": t.informant,
                "expression": t.expression,
                "measure": t.measure,
                "value": t.value,
                "condition": t.condition,
            }
            for t in s.triggers
        ]
        scale = s.scale[lang] if s.scale else None
        return PlanItem(
            kind=s.kind,
            section=section_for(plan_kind, s.kind, s.area),
            status=ItemStatus.SUGGESTED,
            position=position,
            suggestion_key=s.key,
            rules=json.dumps(s.rules),
            reasons=json.dumps(reasons, ensure_ascii=False),
            suggested_text=json.dumps(s.text, ensure_ascii=False),
            text=pick(s.text, lang),
            category=s.category,
            baseline=s.baseline,
            target=s.target,
            deadline=add_months(starts, s.months) if s.months else None,
            methods=pick(s.methods, lang) if s.methods else None,
            scale=json.dumps(scale, ensure_ascii=False) if scale else None,
            weight=1.0,
            area=s.area,
            form=s.form,
            sector=s.sector,
            needs=json.dumps(s.needs),
        )

    def _saved(
        self,
        session: Session,
        plan: SupportPlan,
        action: str,
        fields: list[str],
        change: Texts,
        entity: str = "support_plan",
        entity_id: int | None = None,
    ) -> PlanView:
        """Store a snapshot of the plan as its next revision and write the audit entry."""
        session.flush()
        session.refresh(plan)
        view = _plan_view(plan)
        number = (
            session.scalar(
                select(func.max(PlanRevision.number)).where(PlanRevision.plan_id == plan.id)
            )
            or 0
        ) + 1
        session.add(
            PlanRevision(
                plan_id=plan.id,
                number=number,
                actor=str(self.actor)[:200],
                change=json.dumps(change, ensure_ascii=False),
                snapshot=snapshot(view),
            )
        )
        audit(session, self.actor, action, entity, entity_id or plan.id, fields)
        return view

    def get(self, plan_id: int) -> PlanView:
        with self.db.session() as session:
            require_records(session, self.actor)
            plan = session.scalar(
                select(SupportPlan).where(SupportPlan.id == plan_id).options(*_WHOLE)
            )
            if plan is None:
                raise not_found("plan")
            require_child(session, self.actor, plan.child_id)
            return _plan_view(plan)

    def for_child(self, child_id: int) -> list[PlanView]:
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            plans = session.scalars(
                select(SupportPlan)
                .where(SupportPlan.child_id == child_id)
                .options(*_WHOLE)
                .order_by(SupportPlan.starts_on, SupportPlan.id)
            ).all()
            return [_plan_view(p) for p in plans]

    def _plan(self, session: Session, plan_id: int, *, for_update: bool = False) -> SupportPlan:
        """The plan, if the actor may work with its child's records."""
        require_records(session, self.actor)
        plan = session.get(SupportPlan, plan_id, with_for_update=for_update)
        if plan is None:
            raise not_found("plan")
        require_child(session, self.actor, plan.child_id)
        return plan

    def _editable(self, session: Session, plan_id: int, expected_version: int) -> SupportPlan:
        plan = self._plan(session, plan_id, for_update=True)
        check_version(expected_version, plan.version, "plan")
        if plan.status is PlanStatus.CLOSED:
            raise PlanningError("plan_closed")
        return plan

    @staticmethod
    def _item(plan: SupportPlan, item_id: int) -> PlanItem:
        for item in plan.items:
            if item.id == item_id:
                return item
        raise PlanningError("item_not_in_plan")

    @staticmethod
    def _touch(plan: SupportPlan) -> None:
        plan.updated_at = utcnow()  # bumps the plan's version: one version per change

    def decide(self, plan_id: int, item_id: int, decision: str, expected_version: int) -> PlanView:
        """Accept or reject an item (a suggestion, or undo an earlier decision)."""
        statuses = {"accept": ItemStatus.ACCEPTED, "reject": ItemStatus.REJECTED}
        if decision not in statuses:
            raise _invalid(
                "decision",
                f"nieznana decyzja „{decision}” (accept, reject)",
                f"unknown decision “{decision}” (accept, reject)",
            )
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            item = self._item(plan, item_id)
            if item.status is ItemStatus.OWN and decision == "accept":
                pass
            else:
                item.status = statuses[decision]
            self._touch(plan)
            word = {"accept": ("Przyjęto", "Accepted"), "reject": ("Odrzucono", "Rejected")}
            change = {
                "pl": f"{word[decision][0]}: {_short(item.text)}",
                "en": f"{word[decision][1]}: {_short(item.text)}",
            }
            return self._saved(session, plan, decision, ["status"], change, "plan_item", item.id)

    def accept_all(self, plan_id: int, expected_version: int) -> PlanView:
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            count = 0
            for item in plan.items:
                if item.status is ItemStatus.SUGGESTED:
                    item.status = ItemStatus.ACCEPTED
                    count += 1
            self._touch(plan)
            change = {
                "pl": f"Przyjęto wszystkie oczekujące propozycje ({count})",
                "en": f"Accepted all pending suggestions ({count})",
            }
            return self._saved(session, plan, "accept", ["status"], change)

    def change_item(
        self, plan_id: int, item_id: int, expected_version: int, changes: ItemChanges
    ) -> PlanView:
        """Change an item's wording or details; a suggestion becomes 'changed' (accepted
        with changes), the suggested wording stays for comparison."""
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            item = self._item(plan, item_id)
            values = self._checked_changes(item, changes)
            changed = [k for k, v in values.items() if getattr(item, k) != v]
            for key in changed:
                setattr(item, key, values[key])
            if changed and item.status in (
                ItemStatus.SUGGESTED,
                ItemStatus.ACCEPTED,
                ItemStatus.REJECTED,
            ):
                item.status = ItemStatus.CHANGED
            self._touch(plan)
            change = {
                "pl": f"Zmieniono ({', '.join(changed) or 'bez zmian'}): {_short(item.text)}",
                "en": f"Changed ({', '.join(changed) or 'nothing'}): {_short(item.text)}",
            }
            return self._saved(session, plan, "update", changed, change, "plan_item", item.id)

    def _checked_changes(self, item: PlanItem, changes: ItemChanges) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if changes.text is not None:
            text = " ".join(changes.text.split())
            if not text:
                raise StorageError("required", field=_FIELD["text"])
            values["text"] = text[:4000]
        for key in ("responsible_person", "responsible_institution", "methods"):
            value = getattr(changes, key)
            if value is not None:
                values[key] = value.strip()[: 4000 if key == "methods" else 300] or None
        if changes.deadline is not None:
            values["deadline"] = parse_date(changes.deadline, "opened_on")
        if changes.category is not None:
            values["category"] = self._category(changes.category)
        for key in ("baseline", "target"):
            value = getattr(changes, key)
            if value is not None:
                values[key] = _qualifier(key, value)
        if changes.scale is not None:
            values["scale"] = json.dumps(_scale(changes.scale), ensure_ascii=False)
        if changes.weight is not None:
            values["weight"] = _weight(changes.weight)
        if item.kind == "goal":
            baseline = values.get("baseline", item.baseline)
            target = values.get("target", item.target)
            _check_goal(baseline, target)
            if (
                ("baseline" in values or "target" in values)
                and "scale" not in values
                and baseline is not None
                and target is not None
            ):
                if item.scale is None or item.suggested_text is not None:
                    lang = current_language()
                    values["scale"] = json.dumps(
                        default_scale(baseline, target)[lang], ensure_ascii=False
                    )
        return values

    def _category(self, code: str) -> str:
        code = (code or "").strip()
        entry = self.classification.get(code)
        if entry is None or not entry.is_category:
            raise _invalid(
                "category",
                f"„{code}”: takiej kategorii nie ma w klasyfikacji ICF",
                f"“{code}”: there is no such category in the ICF classification",
            )
        return code

    def add_goal(self, plan_id: int, expected_version: int, goal: GoalInput) -> PlanView:
        """The specialist's own goal, with the same parts as a suggested one."""
        category = self._category(goal.category)
        text = " ".join((goal.text or "").split())
        if not text:
            raise StorageError("required", field=_FIELD["text"])
        baseline = _qualifier("baseline", goal.baseline)
        target = _qualifier("target", goal.target)
        _check_goal(baseline, target)
        lang = current_language()
        scale = _scale(goal.scale) if goal.scale else default_scale(baseline, target)[lang]
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            deadline = parse_date(goal.deadline, "opened_on", required=False) or plan.ends_on
            item = PlanItem(
                kind="goal",
                section=section_for(plan.kind.value, "goal"),
                status=ItemStatus.OWN,
                position=len(plan.items),
                text=text[:4000],
                category=category,
                baseline=baseline,
                target=target,
                deadline=deadline,
                responsible_person=(goal.responsible_person or "").strip()[:200] or None,
                responsible_institution=(goal.responsible_institution or "").strip()[:300] or None,
                methods=(goal.methods or "").strip()[:4000] or None,
                scale=json.dumps(scale, ensure_ascii=False),
                weight=_weight(goal.weight),
                needs=json.dumps([category]),
            )
            plan.items.append(item)
            self._touch(plan)
            session.flush()
            change = {
                "pl": f"Dodano własny cel: {_short(text)}",
                "en": f"Own goal added: {_short(text)}",
            }
            return self._saved(
                session,
                plan,
                "create",
                ["category", "text", "baseline", "target"],
                change,
                "plan_item",
                item.id,
            )

    def add_action(self, plan_id: int, expected_version: int, action: ActionInput) -> PlanView:
        """The specialist's own adaptation, form of help, support for parents, another
        sector's action, or any other action."""
        if action.kind not in KINDS or action.kind == "goal":
            raise _invalid(
                "kind",
                f"nieznany rodzaj działania „{action.kind}” "
                "(adaptation, help, parents, sector, action)",
                f"unknown kind of action “{action.kind}” "
                "(adaptation, help, parents, sector, action)",
            )
        text = " ".join((action.text or "").split())
        if not text:
            raise StorageError("required", field=_FIELD["text"])
        if action.kind == "adaptation" and action.area not in ADAPTATION_AREAS:
            raise _invalid(
                "kind",
                f"obszar dostosowania: {', '.join(ADAPTATION_AREAS)}",
                f"adaptation area: {', '.join(ADAPTATION_AREAS)}",
            )
        if action.kind == "help" and action.form not in HELP_FORMS:
            raise _invalid(
                "kind",
                f"forma pomocy: {', '.join(HELP_FORMS)}",
                f"form of help: {', '.join(HELP_FORMS)}",
            )
        if action.kind == "sector" and action.sector not in SECTORS:
            raise _invalid("kind", f"sektor: {', '.join(SECTORS)}", f"sector: {', '.join(SECTORS)}")
        needs = []
        for code in action.needs:
            entry = self.classification.get(code.strip())
            if entry is None:
                raise _invalid(
                    "category", f"nieznany kod ICF „{code}”", f"unknown ICF code “{code}”"
                )
            needs.append(code.strip())
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            item = PlanItem(
                kind=action.kind,
                section=section_for(plan.kind.value, action.kind, action.area),
                status=ItemStatus.OWN,
                position=len(plan.items),
                text=text[:4000],
                area=action.area if action.kind == "adaptation" else None,
                form=action.form if action.kind == "help" else None,
                sector=action.sector if action.kind == "sector" else None,
                needs=json.dumps(needs),
                responsible_person=(action.responsible_person or "").strip()[:200] or None,
                responsible_institution=(action.responsible_institution or "").strip()[:300]
                or None,
                deadline=parse_date(action.deadline, "opened_on", required=False),
                weight=1.0,
            )
            plan.items.append(item)
            self._touch(plan)
            session.flush()
            change = {
                "pl": f"Dodano działanie: {_short(text)}",
                "en": f"Action added: {_short(text)}",
            }
            return self._saved(
                session, plan, "create", ["kind", "text"], change, "plan_item", item.id
            )

    def set_intensity(
        self,
        plan_id: int,
        expected_version: int,
        level: str,
        *,
        motivation: str | None = None,
        resources: str | None = None,
    ) -> PlanView:
        """The specialist's decision on the intensity (the suggestion stays recorded); with
        the family's motivation and resources the suggestion is recomputed."""
        if level not in LEVELS:
            raise _invalid(
                "intensity",
                f"poziom: {', '.join(LEVELS)}",
                f"level: {', '.join(LEVELS)}",
            )
        family = self._family(motivation, resources)
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            fields = ["intensity"]
            if family is not None and plan.assessment_id is not None:
                profile, _ = self.profile(session, plan.assessment_id)
                combined = combine(from_profile(profile), family)
                plan.suggested_intensity = combined.level
                plan.intensity_reasons = json.dumps(combined.reasons, ensure_ascii=False)
                plan.family_motivation, plan.family_resources = motivation, resources
                fields += ["family_motivation", "family_resources", "suggested_intensity"]
            plan.intensity = level
            self._touch(plan)
            change = {
                "pl": f"Intensywność wsparcia: {LEVELS[level]['pl']}",
                "en": f"Intensity of support: {LEVELS[level]['en']}",
            }
            return self._saved(session, plan, "update", fields, change)

    def set_status(self, plan_id: int, expected_version: int, status: str) -> PlanView:
        try:
            new = PlanStatus(status)
        except ValueError:
            raise _invalid("decision", "draft, active, closed", "draft, active, closed") from None
        with self.db.session() as session:
            plan = self._plan(session, plan_id, for_update=True)
            check_version(expected_version, plan.version, "plan")
            plan.status = new
            self._touch(plan)
            change = {"pl": f"Stan planu: {new.value}", "en": f"Plan status: {new.value}"}
            return self._saved(session, plan, "update", ["status"], change)

    def add_review_date(self, plan_id: int, expected_version: int, due_on: date | str) -> PlanView:
        day = parse_date(due_on, "opened_on")
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            plan.review_dates.append(PlanReviewDate(due_on=day))
            self._touch(plan)
            change = {"pl": f"Dodano termin przeglądu {day}", "en": f"Review date {day} added"}
            return self._saved(session, plan, "update", ["review_dates"], change)

    # --- providers and referrals --------------------------------------------------------

    def providers_for(self, item_id: int, limit: int = 10) -> list[Any]:
        """Providers from the directory for an item: by its needs, the child's age and the
        plan's area (see DirectoryService.match)."""
        from app.services.directory import DirectoryService

        with self.db.session() as session:
            require_records(session, self.actor)
            item = session.get(PlanItem, item_id)
            if item is None:
                raise not_found("plan_item")
            plan = self._plan(session, item.plan_id)
            child = session.get(Child, plan.child_id)
            assert child is not None
            needs = _loads(item.needs, []) or ([item.category] if item.category else [])
            age = age_on(child.birth_date, date.today())
            area, sector = plan.area, item.sector
        return DirectoryService(self.db, self.actor, self._classification).match(
            needs, age=age, area=area, sector=sector, limit=limit
        )

    def refer(
        self,
        plan_id: int,
        item_id: int,
        provider_id: int,
        expected_version: int,
        *,
        referred_on: date | str | None = None,
        note: str | None = None,
    ) -> PlanView:
        """Record a referral of the child (for this item) to a provider of the directory."""
        day = parse_date(referred_on, "opened_on", required=False) or date.today()
        with self.db.session() as session:
            plan = self._editable(session, plan_id, expected_version)
            item = self._item(plan, item_id)
            provider = session.get(SupportProvider, provider_id)
            if provider is None:
                raise not_found("provider")
            item.referrals.append(
                Referral(
                    provider_id=provider.id,
                    provider_name=provider.name,
                    referred_on=day,
                    note=(note or "").strip()[:4000] or None,
                )
            )
            self._touch(plan)
            change = {
                "pl": f"Skierowanie do: {provider.name}",
                "en": f"Referral to: {provider.name}",
            }
            return self._saved(session, plan, "refer", ["referrals"], change, "plan_item", item.id)

    # --- history ------------------------------------------------------------------------

    def history(self, plan_id: int) -> list[RevisionView]:
        with self.db.session() as session:
            self._plan(session, plan_id)
            rows = session.scalars(
                select(PlanRevision)
                .where(PlanRevision.plan_id == plan_id)
                .order_by(PlanRevision.number)
            ).all()
            if not rows:
                raise not_found("plan")
            return [RevisionView(r.number, r.at, r.actor, json.loads(r.change)) for r in rows]

    def revision(self, plan_id: int, number: int) -> dict[str, Any]:
        """The plan as it was after change `number` (a dict like PlanView's fields)."""
        with self.db.session() as session:
            self._plan(session, plan_id)
            row = session.scalar(
                select(PlanRevision).where(
                    PlanRevision.plan_id == plan_id, PlanRevision.number == number
                )
            )
            if row is None:
                raise not_found("plan")
            return json.loads(row.snapshot)


def _short(text: str, length: int = 80) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _qualifier(name: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 4:
        raise _invalid(
            name, f"kwalifikator 0–4 (podano {value})", f"a qualifier 0-4 ({value} given)"
        )
    return value


def _check_goal(baseline: int | None, target: int | None) -> None:
    if baseline is not None and target is not None and target > baseline:
        raise _invalid(
            "target",
            f"poziom docelowy ({target}) nie może oznaczać większej trudności "
            f"niż wyjściowy ({baseline})",
            f"the target ({target}) cannot mean more difficulty than the baseline ({baseline})",
        )


def _scale(levels: list[str]) -> list[str]:
    cleaned = [" ".join((s or "").split()) for s in levels]
    if len(cleaned) != 5 or not all(cleaned):
        raise _invalid(
            "scale",
            "pięć opisanych poziomów: −2, −1, 0, +1, +2",
            "five described levels: −2, −1, 0, +1, +2",
        )
    return cleaned


def _weight(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1
    if not 0 < number <= 10:
        raise _invalid("weight", "liczba większa od 0, najwyżej 10", "a number above 0, at most 10")
    return number
