"""The data model: institutions, specialists, children, guardians, cases, assessments,
informants, ratings and the audit trail (SQLAlchemy 2 typed ORM).

Every table is created by an Alembic migration (`app/storage/migrations`); a test runs the
migrations from empty to head on SQLite and PostgreSQL and compares the result with these
models. Ratings keep the ICF coded expression in its canonical text form (`d166.2_1`),
which the grammar parses back to the same value, so nothing of a qualifier is lost.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so that migrations are the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[StrEnum], name: str) -> Enum:
    # stored as text with a CHECK constraint: portable, readable in a dump, easy to extend
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class InstitutionKind(StrEnum):
    COUNSELLING_CENTRE = "counselling_centre"
    PRESCHOOL = "preschool"
    SCHOOL = "school"
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AssessmentKind(StrEnum):
    SCHOOL_FUNCTIONAL = "school_functional"  # OFU
    WOPFU = "wopfu"
    COUNSELLING_DIAGNOSIS = "counselling_diagnosis"
    REVIEW = "review"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class InformantRole(StrEnum):
    TEACHER = "teacher"
    PARENT = "parent"
    SPECIALIST = "specialist"
    STUDENT = "student"


#: the rating the specialist settles on from the informants' ratings
CONSENSUS = "consensus"


class RatingSource(StrEnum):
    OBSERVATION = "observation"
    INTERVIEW = "interview"
    TEST = "test"
    DOCUMENTS = "documents"


class Institution(Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[InstitutionKind] = mapped_column(_enum(InstitutionKind, "institution_kind"))
    address: Mapped[str | None] = mapped_column(String(500))
    regon: Mapped[str | None] = mapped_column(String(14))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Specialist(Base):
    __tablename__ = "specialists"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200))
    surname: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str | None] = mapped_column(String(200))
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institutions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    institution: Mapped[Institution | None] = relationship()


class Child(Base):
    __tablename__ = "children"
    __table_args__ = (
        Index("ix_children_search_key", "search_key"),
        Index("ix_children_school_key", "school_key"),
        Index("ix_children_birth_date", "birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200))
    surname: Mapped[str] = mapped_column(String(200))
    #: folded "surname given names" (lower case, no diacritics) for search and sorting
    search_key: Mapped[str] = mapped_column(String(400))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(_enum(Sex, "sex"))
    pesel: Mapped[str | None] = mapped_column(String(11), unique=True)
    school: Mapped[str | None] = mapped_column(String(300))
    #: folded school name (lower case, no diacritics): SQL's lower() misses Polish letters
    school_key: Mapped[str | None] = mapped_column(String(300))
    class_name: Mapped[str | None] = mapped_column(String(50))
    languages: Mapped[str | None] = mapped_column(String(200))
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institutions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="child", cascade="all, delete-orphan", order_by="Guardian.id"
    )
    cases: Mapped[list[Case]] = relationship(
        back_populates="child", cascade="all, delete-orphan", order_by="Case.opened_on"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="child",
        cascade="all, delete-orphan",
        order_by="(Assessment.assessed_on, Assessment.id)",
    )

    __mapper_args__ = {"version_id_col": version}


class Guardian(Base):
    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))

    child: Mapped[Child] = relationship(back_populates="guardians")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    referred_by: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(Text)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CaseStatus] = mapped_column(
        _enum(CaseStatus, "case_status"), default=CaseStatus.OPEN
    )
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("specialists.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    child: Mapped[Child] = relationship(back_populates="cases")
    responsible: Mapped[Specialist | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[AssessmentKind] = mapped_column(_enum(AssessmentKind, "assessment_kind"))
    template_id: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[AssessmentStatus] = mapped_column(
        _enum(AssessmentStatus, "assessment_status"), default=AssessmentStatus.DRAFT
    )
    #: the final assessment this one amends (a new version of it)
    amends_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), index=True
    )
    strengths: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    difficulties: Mapped[str | None] = mapped_column(Text)
    personal_factors: Mapped[str | None] = mapped_column(Text)
    abilities: Mapped[str | None] = mapped_column(Text)
    barriers: Mapped[str | None] = mapped_column(Text)
    support_so_far: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    conclusions: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    child: Mapped[Child] = relationship(back_populates="assessments")
    authors: Mapped[list[AssessmentAuthor]] = relationship(
        cascade="all, delete-orphan", order_by="AssessmentAuthor.id"
    )
    informants: Mapped[list[Informant]] = relationship(
        cascade="all, delete-orphan", order_by="Informant.id"
    )
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        order_by="(Rating.code, Rating.informant)",
    )

    __mapper_args__ = {"version_id_col": version}


class AssessmentAuthor(Base):
    __tablename__ = "assessment_authors"
    __table_args__ = (UniqueConstraint("assessment_id", "specialist_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialists.id", ondelete="CASCADE"))

    specialist: Mapped[Specialist] = relationship()


class Informant(Base):
    __tablename__ = "informants"
    __table_args__ = (UniqueConstraint("assessment_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[InformantRole] = mapped_column(_enum(InformantRole, "informant_role"))
    #: who, in words the team uses ("wychowawczyni", "mama"); optional
    description: Mapped[str | None] = mapped_column(String(200))


class Rating(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("assessment_id", "code", "informant"),
        CheckConstraint(
            "informant IN ('teacher', 'parent', 'specialist', 'student', 'consensus')",
            name="informant",
        ),
        Index("ix_ratings_code", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: indexed by the unique constraint below, whose first column it is
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    #: the category code, e.g. d166
    code: Mapped[str] = mapped_column(String(8))
    #: the coded expression in canonical form, e.g. d166.2_1 (parsed by icf.grammar)
    expression: Mapped[str] = mapped_column(String(16))
    #: the first qualifier (extent/performance/barrier or facilitator strength) for statistics
    first_qualifier: Mapped[int | None] = mapped_column(Integer)
    facilitator: Mapped[bool] = mapped_column(default=False)
    #: an informant role, or "consensus" for the rating the specialist settled on
    informant: Mapped[str] = mapped_column(String(16))
    source: Mapped[RatingSource | None] = mapped_column(_enum(RatingSource, "rating_source"))
    evidence: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")

    __mapper_args__ = {"version_id_col": version}


class QuestionnaireExport(Base):
    """A questionnaire workbook handed out: its random token ties a returned file to this
    database, this assessment and this informant (ids alone repeat across databases)."""

    __tablename__ = "questionnaire_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    informant: Mapped[str] = mapped_column(String(16))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    """Who created or changed which record and when. Holds no personal data: the entity and
    its id, the action, and the names of changed fields (never their values)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str | None] = mapped_column(Text)


from app.storage import plans_models as _plans_models  # noqa: E402,F401 - issue 7 tables
from app.storage import privacy_models  # noqa: E402, F401 - accounts, access, audit chain (issue 9)
