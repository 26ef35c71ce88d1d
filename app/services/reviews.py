"""Reviews of support plans and whether the support worked.

    reviews = ReviewsService(db, actor)
    reviews.due(today, within_days=30)          # review dates coming up or overdue
    reviews.suggest_levels(plan_id, assessment_id)   # attainment suggested by a re-assessment
    review = reviews.record(plan_id, "2027-01-29", {goal_item_id: 0, …}, assessment_id=…)
    review.t_score                              # Kiresuk–Sherman goal attainment T-score
    reviews.effectiveness(plan_id)              # goals, qualifier changes, what to change next
    reviews.changes(before_assessment_id, after_assessment_id)

A school plan (IPET) is reviewed at least twice a school year (see plans.review_schedule);
recording a review closes the earliest open review date, if it falls no later than 60 days
after the review (a review held early counts for the date it was planned for).

Reviews belong to the child's records: each needs access to the plan's child, and `due`
lists only the plans of the children the actor may see.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.services.access import Actor, require_child, require_records, visible_children
from app.services.common import audit, not_found, parse_date
from app.services.planning_errors import PlanningError
from app.services.plans import PlansService
from app.storage.database import Database
from app.storage.models import Assessment, Child
from app.storage.plans_models import (
    GoalAttainment,
    ItemStatus,
    PlanItem,
    PlanReview,
    PlanReviewDate,
    SupportPlan,
)
from icf.classification import Classification
from icf.i18n import current_language
from plans.change import CategoryChange, GoalOutcome, Summary, changes, summarise
from plans.gas import LEVELS, level_from_qualifier, t_score

Texts = dict[str, str]
_IN_PLAN = (ItemStatus.ACCEPTED, ItemStatus.CHANGED, ItemStatus.OWN)


@dataclass(frozen=True)
class DueReview:
    plan_id: int
    child_id: int
    child_name: str
    plan_title: str
    plan_kind: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class AttainmentView:
    item_id: int
    text: str
    category: str | None
    level: int
    weight: float
    comment: str | None


@dataclass(frozen=True)
class ReviewView:
    id: int
    plan_id: int
    reviewed_on: date
    assessment_id: int | None
    t_score: float | None
    notes: str | None
    attainments: list[AttainmentView]
    summary: dict[str, Any]


@dataclass
class Effectiveness:
    plan_id: int
    review: ReviewView | None
    t_score: float | None
    goals: list[GoalOutcome] = field(default_factory=list)
    changes: list[CategoryChange] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)


def _review_view(review: PlanReview, items: Mapping[int, PlanItem]) -> ReviewView:
    return ReviewView(
        review.id,
        review.plan_id,
        review.reviewed_on,
        review.assessment_id,
        review.t_score,
        review.notes,
        [
            AttainmentView(
                a.item_id,
                items[a.item_id].text if a.item_id in items else "",
                items[a.item_id].category if a.item_id in items else None,
                a.level,
                a.weight,
                a.comment,
            )
            for a in review.attainments
        ],
        json.loads(review.summary) if review.summary else {},
    )


class ReviewsService:
    def __init__(
        self, db: Database, actor: str | Actor, classification: Classification | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self.plans = PlansService(db, actor, classification)

    def due(self, today: date | None = None, within_days: int = 30) -> list[DueReview]:
        """Open review dates up to `within_days` ahead, overdue ones included, of plans that
        are not closed; earliest first."""
        today = today or date.today()
        horizon = today + timedelta(days=within_days)
        with self.db.session() as session:
            visible = visible_children(require_records(session, self.actor))
            query = (
                select(PlanReviewDate, SupportPlan, Child)
                .join(SupportPlan, SupportPlan.id == PlanReviewDate.plan_id)
                .join(Child, Child.id == SupportPlan.child_id)
                .where(
                    PlanReviewDate.review_id.is_(None),
                    PlanReviewDate.due_on <= horizon,
                    SupportPlan.status != "closed",
                )
                .order_by(PlanReviewDate.due_on, SupportPlan.id)
            )
            if visible is not None:
                query = query.where(visible)
            rows = session.execute(query).all()
            return [
                DueReview(
                    plan.id,
                    child.id,
                    f"{child.given_names} {child.surname}",
                    plan.title,
                    plan.kind.value,
                    when.due_on,
                    when.due_on < today,
                )
                for when, plan, child in rows
            ]

    def suggest_levels(self, plan_id: int, assessment_id: int) -> dict[int, int]:
        """Attainment levels a re-assessment suggests for the plan's goals (from the new
        qualifier of each goal's category against its baseline and target)."""
        plan = self.plans.get(plan_id)
        with self.db.session() as session:
            profile, assessment = self.plans.profile(session, assessment_id)
            if assessment.child_id != plan.child_id:
                raise PlanningError("other_child", assessment=assessment_id)
        levels = {}
        for goal in plan.goals:
            if goal.category is None or goal.baseline is None or goal.target is None:
                continue
            value = profile.value(goal.category)
            if value is not None:
                levels[goal.id] = level_from_qualifier(goal.baseline, goal.target, value)
        return levels

    def record(
        self,
        plan_id: int,
        reviewed_on: date | str,
        levels: Mapping[int, int],
        *,
        assessment_id: int | None = None,
        comments: Mapping[int, str] | None = None,
        notes: str | None = None,
    ) -> ReviewView:
        """A review: the attainment (−2…+2) of the plan's goals, the T-score, and the summary
        of changes against the plan's assessment when a re-assessment is given."""
        day = parse_date(reviewed_on, "assessed_on")
        assert day is not None
        comments = comments or {}
        for level in levels.values():
            if level not in LEVELS:
                raise PlanningError("bad_level", level=level)
        with self.db.session() as session:
            plan = self._plan(
                session,
                plan_id,
                selectinload(SupportPlan.items),
                selectinload(SupportPlan.review_dates),
            )
            items = {i.id: i for i in plan.items}
            for item_id in levels:
                item = items.get(item_id)
                if item is None:
                    raise PlanningError("item_not_in_plan")
                if item.kind != "goal" or item.status not in _IN_PLAN:
                    raise PlanningError("not_a_goal", item=item_id)
            if not levels:
                raise PlanningError("no_goals_rated")
            if assessment_id is not None:
                other = session.get(Assessment, assessment_id)
                if other is None:
                    raise not_found("assessment")
                if other.child_id != plan.child_id:
                    raise PlanningError("other_child", assessment=assessment_id)
            ordered = sorted(levels)
            score = t_score([levels[i] for i in ordered], [items[i].weight for i in ordered])
            review = PlanReview(
                plan_id=plan.id,
                reviewed_on=day,
                assessment_id=assessment_id,
                t_score=round(score, 2),
                notes=(notes or "").strip() or None,
                actor=str(self.actor)[:200],
                attainments=[
                    GoalAttainment(
                        item_id=i,
                        level=levels[i],
                        weight=items[i].weight,
                        comment=(comments.get(i) or "").strip() or None,
                    )
                    for i in ordered
                ],
            )
            session.add(review)
            session.flush()
            effect = self._effect(session, plan, {i: levels[i] for i in ordered}, assessment_id)
            review.summary = json.dumps(
                {
                    "improved": effect.summary.improved,
                    "not_improved": effect.summary.not_improved,
                    "next_plan": effect.summary.next_plan,
                    "changes": [asdict(c) for c in effect.changes],
                },
                ensure_ascii=False,
            )
            open_dates = [d for d in plan.review_dates if d.review_id is None]
            if open_dates:
                earliest = min(open_dates, key=lambda d: d.due_on)
                if earliest.due_on <= day + timedelta(days=60):
                    earliest.review_id = review.id
            session.flush()
            audit(
                session,
                self.actor,
                "review",
                "support_plan",
                plan.id,
                ["attainments", "t_score"] + (["assessment_id"] if assessment_id else []),
            )
            return _review_view(review, items)

    def _plan(self, session: Any, plan_id: int, *options: Any) -> SupportPlan:
        """The plan, if the actor may work with its child's records."""
        require_records(session, self.actor)
        plan = session.scalar(
            select(SupportPlan).where(SupportPlan.id == plan_id).options(*options)
        )
        if plan is None:
            raise not_found("plan")
        require_child(session, self.actor, plan.child_id)
        return plan

    def _effect(
        self,
        session: Any,
        plan: SupportPlan,
        levels: Mapping[int, int],
        assessment_id: int | None,
    ) -> Effectiveness:
        lang = current_language()
        goals = [
            GoalOutcome(item.text, item.category, levels.get(item.id))
            for item in plan.items
            if item.kind == "goal" and item.status in _IN_PLAN
        ]
        category_changes: list[CategoryChange] = []
        if assessment_id is not None and plan.assessment_id is not None:
            before, _ = self.plans.profile(session, plan.assessment_id)
            after, _ = self.plans.profile(session, assessment_id)
            category_changes = changes(before, after)
        classification = self.plans.classification

        def title(code: str) -> str:
            entry = classification.get(code)
            return entry.title_in(lang) if entry else ""

        return Effectiveness(
            plan.id, None, None, goals, category_changes, summarise(category_changes, goals, title)
        )

    def for_plan(self, plan_id: int) -> list[ReviewView]:
        with self.db.session() as session:
            plan = self._plan(session, plan_id, selectinload(SupportPlan.items))
            items = {i.id: i for i in plan.items}
            reviews = session.scalars(
                select(PlanReview)
                .where(PlanReview.plan_id == plan_id)
                .options(selectinload(PlanReview.attainments))
                .order_by(PlanReview.reviewed_on, PlanReview.id)
            ).all()
            return [_review_view(r, items) for r in reviews]

    def effectiveness(self, plan_id: int) -> Effectiveness:
        """The latest review's goals and T-score, the qualifier changes against the plan's
        assessment, and what improved, what did not and what the next plan should change."""
        reviews = self.for_plan(plan_id)
        latest = reviews[-1] if reviews else None
        with self.db.session() as session:
            plan = self._plan(session, plan_id, selectinload(SupportPlan.items))
            levels = {a.item_id: a.level for a in latest.attainments} if latest else {}
            effect = self._effect(session, plan, levels, latest.assessment_id if latest else None)
        effect.review = latest
        effect.t_score = latest.t_score if latest else None
        return effect

    def changes(self, before_assessment_id: int, after_assessment_id: int) -> list[CategoryChange]:
        """Category by category, how the settled qualifiers changed between two assessments
        of the same child."""
        with self.db.session() as session:
            before, a = self.plans.profile(session, before_assessment_id)
            after, b = self.plans.profile(session, after_assessment_id)
            if a.child_id != b.child_id:
                raise PlanningError("other_child", assessment=after_assessment_id)
        return changes(before, after)
