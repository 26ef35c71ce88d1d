"""Support plans, their items and history, reviews with goal attainment, and the local
support network directory (issue 7). Imported at the end of `app.storage.models` so that
Alembic and the schema test see these tables.

Texts of suggestions and reasons are stored as JSON text ({"pl": …, "en": …}); a plan's
history keeps a JSON snapshot of the whole plan at every version.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models import Base, _enum, utcnow


class PlanKind(StrEnum):
    IPET = "ipet"  # school plan with the IPET structure
    FAMILY = "family"  # family support plan
    INTERSECTORAL = "intersectoral"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class ItemStatus(StrEnum):
    SUGGESTED = "suggested"  # waiting for the specialist's decision
    ACCEPTED = "accepted"
    CHANGED = "changed"  # accepted with changes
    REJECTED = "rejected"
    OWN = "own"  # added by the specialist


class Sector(StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    SOCIAL_WELFARE = "social_welfare"
    NGO = "ngo"
    OTHER = "other"


class NetworkRole(StrEnum):
    COORDINATING = "coordinating"
    SUPPORTING = "supporting"
    COOPERATING = "cooperating"


class SupportPlan(Base):
    __tablename__ = "support_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[PlanKind] = mapped_column(_enum(PlanKind, "plan_kind"))
    status: Mapped[PlanStatus] = mapped_column(
        _enum(PlanStatus, "plan_status"), default=PlanStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    #: the suggested level (universal / targeted / intensive) and the one the specialist chose
    suggested_intensity: Mapped[str | None] = mapped_column(String(16))
    intensity: Mapped[str | None] = mapped_column(String(16))
    #: JSON list of {"pl", "en"} reasons
    intensity_reasons: Mapped[str | None] = mapped_column(Text)
    family_motivation: Mapped[str | None] = mapped_column(String(8))
    family_resources: Mapped[str | None] = mapped_column(String(8))
    area: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="(PlanItem.position, PlanItem.id)",
    )
    review_dates: Mapped[list[PlanReviewDate]] = relationship(
        cascade="all, delete-orphan", order_by="PlanReviewDate.due_on"
    )

    __mapper_args__ = {"version_id_col": version}


class PlanItem(Base):
    """A goal, adaptation, form of help, support for parents or another sector's action."""

    __tablename__ = "plan_items"
    __table_args__ = (
        CheckConstraint("baseline IS NULL OR (baseline BETWEEN 0 AND 4)", name="baseline"),
        CheckConstraint("target IS NULL OR (target BETWEEN 0 AND 4)", name="target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("support_plans.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    section: Mapped[str] = mapped_column(String(32))
    status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus, "plan_item_status"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: the suggestion's key (goal:d166, help:logopedyczne, …) and the rules that made it
    suggestion_key: Mapped[str | None] = mapped_column(String(100))
    rules: Mapped[str | None] = mapped_column(Text)  # JSON list
    #: JSON list of the triggering ratings (code, informant, expression, condition)
    reasons: Mapped[str | None] = mapped_column(Text)
    #: the suggested wording as the rule had it (JSON {"pl","en"}) and the plan's wording
    suggested_text: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(8))
    baseline: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[int | None] = mapped_column(Integer)
    deadline: Mapped[date | None] = mapped_column(Date)
    responsible_person: Mapped[str | None] = mapped_column(String(200))
    responsible_institution: Mapped[str | None] = mapped_column(String(300))
    methods: Mapped[str | None] = mapped_column(Text)
    #: JSON list of five level descriptions −2 … +2 (goals)
    scale: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    area: Mapped[str | None] = mapped_column(String(32))  # adaptation area
    form: Mapped[str | None] = mapped_column(String(40))  # form of help
    sector: Mapped[str | None] = mapped_column(String(20))
    #: JSON list of ICF codes a provider must address (directory matching)
    needs: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[SupportPlan] = relationship(back_populates="items")
    referrals: Mapped[list[Referral]] = relationship(
        cascade="all, delete-orphan", order_by="Referral.id"
    )

    __mapper_args__ = {"version_id_col": version}


class PlanRevision(Base):
    """The plan as it was after each change: the history the specialist can look back at."""

    __tablename__ = "plan_revisions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plans.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    #: what changed, in words ({"pl","en"} JSON) and the snapshot (JSON)
    change: Mapped[str] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text)


class PlanReviewDate(Base):
    __tablename__ = "plan_review_dates"
    __table_args__ = (Index("ix_plan_review_dates_due_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("support_plans.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_reviews.id", ondelete="SET NULL")
    )


class PlanReview(Base):
    __tablename__ = "plan_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("support_plans.id", ondelete="CASCADE"), index=True
    )
    reviewed_on: Mapped[date] = mapped_column(Date)
    #: the re-assessment the review compares with the plan's assessment
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL")
    )
    t_score: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    #: JSON: the effectiveness summary computed at the review
    summary: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    attainments: Mapped[list[GoalAttainment]] = relationship(
        cascade="all, delete-orphan", order_by="GoalAttainment.id"
    )


class GoalAttainment(Base):
    __tablename__ = "goal_attainments"
    __table_args__ = (
        UniqueConstraint("review_id", "item_id"),
        CheckConstraint("level BETWEEN -2 AND 2", name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("plan_reviews.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    comment: Mapped[str | None] = mapped_column(Text)


class SupportProvider(Base):
    """An institution or service of the local intersectoral support network."""

    __tablename__ = "support_providers"
    __table_args__ = (
        UniqueConstraint("name", "address"),
        CheckConstraint("age_min <= age_max", name="age_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    #: folded name and area for search (no diacritics, lower case)
    search_key: Mapped[str] = mapped_column(String(600), index=True)
    sector: Mapped[Sector] = mapped_column(_enum(Sector, "provider_sector"))
    role: Mapped[NetworkRole] = mapped_column(_enum(NetworkRole, "network_role"))
    address: Mapped[str] = mapped_column(String(500))
    area: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    opening_hours: Mapped[str | None] = mapped_column(String(300))
    age_min: Mapped[int] = mapped_column(Integer, default=0)
    age_max: Mapped[int] = mapped_column(Integer, default=25)
    #: ICF chapters or categories the services address, space-separated (e.g. "b1 d166 e310")
    icf: Mapped[str] = mapped_column(Text)
    services: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), index=True
    )
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_providers.id", ondelete="SET NULL"), index=True
    )
    #: the provider's name when referred (stays readable if the entry is later removed)
    provider_name: Mapped[str] = mapped_column(String(300))
    referred_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
