"""The local support network directory: institutions and services of the county (education,
health, social welfare, NGOs), their role in the network, who and where they serve, and the
ICF chapters or categories their services address. Import and export as XLSX or CSV (an
import is checked completely and lands entirely or not at all), and matching providers to
an action of a plan by need, age and area.

The directory holds no child's data: every signed-in role reads, searches, matches and
exports it; adding, changing, removing and importing is for a coordinator or an
administrator.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.services.access import Actor, Role, gate, require
from app.services.common import NeedsClassification, audit, check_version, not_found
from app.services.planning_errors import PlanningError
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.plans_models import NetworkRole, Sector, SupportProvider
from icf.classification import Classification, Kind
from icf.text import fold
from plans.vocabulary import ROLES, SECTORS

#: the columns of an import/export file: key, Polish header, English header
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "Nazwa", "Name"),
    ("sector", "Sektor", "Sector"),
    ("role", "Rola w sieci", "Role"),
    ("address", "Adres", "Address"),
    ("area", "Obszar działania", "Area"),
    ("phone", "Telefon", "Phone"),
    ("email", "E-mail", "E-mail"),
    ("website", "Strona www", "Website"),
    ("opening_hours", "Godziny otwarcia", "Opening hours"),
    ("age_min", "Wiek od", "Age from"),
    ("age_max", "Wiek do", "Age to"),
    ("icf", "Kody ICF", "ICF codes"),
    ("services", "Usługi", "Services"),
)
REQUIRED = ("name", "sector", "role", "address", "area", "icf")
LIMITS = {
    "name": 300,
    "address": 500,
    "area": 200,
    "phone": 100,
    "email": 200,
    "website": 300,
    "opening_hours": 300,
    "services": 4000,
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
#: an area that covers the whole county
COUNTY_WIDE = "*"


def _aliases() -> dict[str, str]:
    found: dict[str, str] = {}
    for key, pl, en in COLUMNS:
        for name in (key, pl, en):
            found[fold(name)] = key
    return found


def _choices(values: Mapping[str, Mapping[str, str]], extra: Mapping[str, str]) -> dict[str, str]:
    found = {fold(k): k for k in values}
    for key, texts in values.items():
        for text in texts.values():
            found[fold(text)] = key
    found.update({fold(k): v for k, v in extra.items()})
    return found


_SECTOR = _choices(
    SECTORS,
    {
        "edukacja": "education",
        "zdrowie": "health",
        "ochrona zdrowia": "health",
        "pomoc spoleczna": "social_welfare",
        "social welfare": "social_welfare",
        "ngo": "ngo",
        "organizacja pozarzadowa": "ngo",
    },
)
_ROLE = _choices(ROLES, {"koordynujaca": "coordinating", "wspierajaca": "supporting"})
_ROLE.update({"wspolpracujaca": "cooperating"})


@dataclass
class ProviderInput:
    name: str
    sector: str
    role: str
    address: str
    area: str
    icf: str | Sequence[str]
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    opening_hours: str | None = None
    age_min: int | str | None = 0
    age_max: int | str | None = 25
    services: str | None = None


@dataclass(frozen=True)
class ProviderView:
    id: int
    name: str
    sector: str
    role: str
    address: str
    area: str
    phone: str | None
    email: str | None
    website: str | None
    opening_hours: str | None
    age_min: int
    age_max: int
    icf: tuple[str, ...]
    services: str | None
    version: int

    def serves_age(self, age: int) -> bool:
        return self.age_min <= age <= self.age_max

    @property
    def areas(self) -> list[str]:
        """The folded areas served (several separated by “,” or “;”)."""
        return [fold(a).strip() for a in re.split(r"[;,]", self.area) if a.strip()]

    @property
    def county_wide(self) -> bool:
        return COUNTY_WIDE in self.areas

    def serves_area(self, area: str) -> bool:
        return self.county_wide or fold(area).strip() in self.areas


@dataclass(frozen=True)
class ProviderMatch:
    provider: ProviderView
    score: int
    #: the needs (ICF codes) the provider addresses
    matched: tuple[str, ...]
    reasons: tuple[dict[str, str], ...] = ()


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    rows: int = 0


@dataclass
class _Row:
    number: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _view(p: SupportProvider) -> ProviderView:
    return ProviderView(
        p.id,
        p.name,
        p.sector.value,
        p.role.value,
        p.address,
        p.area,
        p.phone,
        p.email,
        p.website,
        p.opening_hours,
        p.age_min,
        p.age_max,
        tuple(p.icf.split()),
        p.services,
        p.version,
    )


def addresses(provider_codes: Iterable[str], need: str) -> bool:
    """Whether a provider addressing `provider_codes` covers the need `need` (a chapter
    covers its categories; a category covers its finer categories and its chapter's need)."""
    return any(need.startswith(code) or code.startswith(need) for code in provider_codes)


class DirectoryService(NeedsClassification):
    def __init__(
        self, db: Database, actor: str | Actor, classification: Classification | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self._classification = classification

    # --- who may: reading for everyone signed in, changes for a coordinator or an administrator

    def _reader(self, session: Any) -> None:
        gate(session, self.actor)

    def _editor(self) -> None:
        """Refused before any input is checked: the directory is the coordinator's job."""
        with self.db.session() as session:
            require(session, self.actor, Role.COORDINATOR, Role.ADMINISTRATOR, what="directory")

    # --- checking -----------------------------------------------------------------------

    def _check(self, data: ProviderInput) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """Normalised values and every problem found (Polish, English)."""
        problems: list[tuple[str, str]] = []
        values: dict[str, Any] = {}
        raw = {
            "name": data.name,
            "sector": data.sector,
            "role": data.role,
            "address": data.address,
            "area": data.area,
            "phone": data.phone,
            "email": data.email,
            "website": data.website,
            "opening_hours": data.opening_hours,
            "services": data.services,
        }
        for key, value in raw.items():
            text = " ".join(str(value).split()) if value is not None else ""
            if key in REQUIRED and not text:
                pl, en = _header(key)
                problems.append((f"brak pola „{pl}”", f"the field “{en}” is missing"))
                continue
            if len(text) > LIMITS.get(key, 300):
                pl, en = _header(key)
                problems.append(
                    (
                        f"„{pl}”: najwyżej {LIMITS[key]} znaków",
                        f"“{en}”: at most {LIMITS[key]} characters",
                    )
                )
            values[key] = text or None
        if values.get("sector"):
            sector = _SECTOR.get(fold(values["sector"]))
            if sector is None:
                problems.append(
                    (
                        f"nieznany sektor „{values['sector']}” (oświata, ochrona zdrowia, "
                        "pomoc społeczna, organizacja pozarządowa, inne)",
                        f"unknown sector “{values['sector']}” (education, health, "
                        "social_welfare, ngo, other)",
                    )
                )
            values["sector"] = sector
        if values.get("role"):
            role = _ROLE.get(fold(values["role"]))
            if role is None:
                problems.append(
                    (
                        f"nieznana rola „{values['role']}” (koordynujący, wspierający, "
                        "współpracujący)",
                        f"unknown role “{values['role']}” (coordinating, supporting, cooperating)",
                    )
                )
            values["role"] = role
        if values.get("email") and not _EMAIL.fullmatch(values["email"]):
            problems.append(
                (f"nieprawidłowy e-mail „{values['email']}”", f"invalid e-mail “{values['email']}”")
            )
        ages = []
        for key, default, pl, en in (
            ("age_min", 0, "wiek od", "age from"),
            ("age_max", 25, "wiek do", "age to"),
        ):
            value = getattr(data, key)
            if value is None or str(value).strip() == "":
                ages.append(default)
                continue
            try:
                number = int(float(str(value).strip().replace(",", ".")))
                if str(value).strip() not in (str(number), f"{number}.0", f"{number},0"):
                    raise ValueError
            except ValueError:
                problems.append(
                    (
                        f"{pl}: „{value}” nie jest liczbą lat",
                        f"{en}: “{value}” is not a number of years",
                    )
                )
                ages.append(default)
                continue
            if not 0 <= number <= 25:
                problems.append(
                    (f"{pl}: {number} poza zakresem 0–25", f"{en}: {number} outside 0-25")
                )
            ages.append(number)
        values["age_min"], values["age_max"] = ages
        if ages[0] > ages[1]:
            problems.append(
                (
                    f"wiek od ({ages[0]}) jest większy niż wiek do ({ages[1]})",
                    f"age from ({ages[0]}) is greater than age to ({ages[1]})",
                )
            )
        codes = data.icf.split() if isinstance(data.icf, str) else list(data.icf)
        codes = [c.strip().strip(",;").lower() for c in re.split(r"[\s,;]+", " ".join(codes))]
        codes = [c for c in codes if c]
        if not codes:
            problems.append(("brak pola „Kody ICF”", "the field “ICF codes” is missing"))
        for code in codes:
            entry = self.classification.get(code)
            if entry is None or entry.kind not in (Kind.CHAPTER, Kind.CATEGORY):
                problems.append(
                    (
                        f"„{code}” nie jest rozdziałem ani kategorią ICF",
                        f"“{code}” is not an ICF chapter or category",
                    )
                )
        values["icf"] = " ".join(dict.fromkeys(codes))
        return values, problems

    def _refuse(self, problems: list[tuple[str, str]]) -> StorageError:
        return StorageError(
            "invalid_value",
            field={"pl": "Instytucja", "en": "Provider"},
            reason={
                "pl": "; ".join(p for p, _ in problems),
                "en": "; ".join(e for _, e in problems),
            },
        )

    # --- records ------------------------------------------------------------------------

    def add(self, data: ProviderInput) -> ProviderView:
        self._editor()
        values, problems = self._check(data)
        if problems:
            raise self._refuse(problems)
        with self.db.session() as session:
            provider = SupportProvider(**_columns(values))
            session.add(provider)
            session.flush()
            audit(session, self.actor, "create", "support_provider", provider.id, list(values))
            return _view(provider)

    def update(self, provider_id: int, expected_version: int, data: ProviderInput) -> ProviderView:
        self._editor()
        values, problems = self._check(data)
        if problems:
            raise self._refuse(problems)
        with self.db.session() as session:
            provider = session.get(SupportProvider, provider_id)
            if provider is None:
                raise not_found("provider")
            check_version(expected_version, provider.version, "provider")
            changed = []
            for key, value in _columns(values).items():
                if getattr(provider, key) != value:
                    setattr(provider, key, value)
                    changed.append(key)
            session.flush()
            if changed:
                audit(session, self.actor, "update", "support_provider", provider.id, changed)
            return _view(provider)

    def remove(self, provider_id: int) -> None:
        self._editor()
        with self.db.session() as session:
            provider = session.get(SupportProvider, provider_id)
            if provider is None:
                raise not_found("provider")
            session.delete(provider)
            audit(session, self.actor, "delete", "support_provider", provider_id)

    def get(self, provider_id: int) -> ProviderView:
        with self.db.session() as session:
            self._reader(session)
            provider = session.get(SupportProvider, provider_id)
            if provider is None:
                raise not_found("provider")
            return _view(provider)

    def all(self) -> list[ProviderView]:
        with self.db.session() as session:
            self._reader(session)
            rows = session.scalars(
                select(SupportProvider).order_by(SupportProvider.search_key, SupportProvider.id)
            ).all()
            return [_view(p) for p in rows]

    def search(
        self,
        text: str | None = None,
        *,
        sector: str | None = None,
        area: str | None = None,
        code: str | None = None,
        age: int | None = None,
    ) -> list[ProviderView]:
        """Providers whose name, area or services contain every word of `text` (case and
        Polish letters ignored), optionally of a sector, serving an area, an ICF code, an age."""
        words = fold(text or "").split()
        with self.db.session() as session:
            self._reader(session)
            query = select(SupportProvider)
            for word in words:
                query = query.where(SupportProvider.search_key.contains(word))
            if sector:
                query = query.where(SupportProvider.sector == Sector(sector))
            rows = session.scalars(query.order_by(SupportProvider.search_key)).all()
            found = [_view(p) for p in rows]
        if area:
            found = [p for p in found if p.serves_area(area)]
        if code:
            found = [p for p in found if addresses(p.icf, code)]
        if age is not None:
            found = [p for p in found if p.serves_age(age)]
        return found

    def match(
        self,
        needs: Sequence[str],
        *,
        age: int | None = None,
        area: str | None = None,
        sector: str | None = None,
        limit: int = 10,
    ) -> list[ProviderMatch]:
        """Providers for an action: addressing at least one of the needs (ICF codes), serving
        the child's age and area (an area `*` is county-wide). Ranked by how many needs they
        address and how precisely (a category beats a chapter), then the sector asked for,
        then local before county-wide."""
        results = []
        for provider in self.all():
            if age is not None and not provider.serves_age(age):
                continue
            if area and not provider.serves_area(area):
                continue
            matched = tuple(n for n in needs if addresses(provider.icf, n))
            if not matched:
                continue
            score = 0
            for need in matched:
                exact = any(need.startswith(c) and len(c) >= 4 for c in provider.icf)
                score += 3 if exact else 1
            reasons = [
                {
                    "pl": f"zajmuje się: {', '.join(matched)}",
                    "en": f"addresses: {', '.join(matched)}",
                }
            ]
            if sector and provider.sector == sector:
                score += 2
                reasons.append({"pl": "właściwy sektor", "en": "the sector asked for"})
            if area and not provider.county_wide:
                score += 1
                reasons.append(
                    {"pl": f"działa w: {provider.area}", "en": f"serves: {provider.area}"}
                )
            if age is not None:
                reasons.append(
                    {
                        "pl": f"wiek {provider.age_min}–{provider.age_max} lat",
                        "en": f"ages {provider.age_min}-{provider.age_max}",
                    }
                )
            results.append(ProviderMatch(provider, score, matched, tuple(reasons)))
        results.sort(key=lambda m: (-m.score, fold(m.provider.name)))
        return results[:limit]

    # --- files --------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportSummary:
        """Add the file's providers (an existing entry with the same name and address is
        updated). Every row is checked first; any broken row refuses the whole file."""
        self._editor()
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise PlanningError("directory_format", file=path.name)
        try:
            table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
        except PlanningError:
            raise
        except Exception as exc:  # a damaged workbook or unreadable text
            raise PlanningError(
                "directory_file",
                file=path.name,
                reason={
                    "pl": f"plik jest uszkodzony lub nieczytelny ({type(exc).__name__})",
                    "en": f"the file is damaged or unreadable ({type(exc).__name__})",
                },
            ) from exc
        header, *body = table if table else [[]]
        aliases = _aliases()
        keys = [aliases.get(fold(str(h or "")).strip()) for h in header]
        missing = [k for k in REQUIRED if k not in keys]
        if missing:
            names_pl = ", ".join(_header(k)[0] for k in missing)
            names_en = ", ".join(_header(k)[1] for k in missing)
            raise PlanningError(
                "directory_file",
                file=path.name,
                reason={"pl": f"brak kolumn: {names_pl}", "en": f"missing columns: {names_en}"},
            )
        rows: list[_Row] = []
        seen: dict[tuple[str, str], int] = {}
        for offset, cells in enumerate(body):
            number = offset + 2
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            record = {k: cells[i] if i < len(cells) else None for i, k in enumerate(keys) if k}
            data = ProviderInput(
                name=str(record.get("name") or ""),
                sector=str(record.get("sector") or ""),
                role=str(record.get("role") or ""),
                address=str(record.get("address") or ""),
                area=str(record.get("area") or ""),
                icf=str(record.get("icf") or ""),
                phone=_text(record.get("phone")),
                email=_text(record.get("email")),
                website=_text(record.get("website")),
                opening_hours=_text(record.get("opening_hours")),
                age_min=record.get("age_min"),
                age_max=record.get("age_max"),
                services=_text(record.get("services")),
            )
            values, problems = self._check(data)
            row = _Row(number, values, problems)
            identity = (fold(values.get("name") or ""), fold(values.get("address") or ""))
            if identity in seen and values.get("name"):
                row.problems.append(
                    (
                        f"ta sama instytucja co w wierszu {seen[identity]}",
                        f"the same provider as in row {seen[identity]}",
                    )
                )
            seen.setdefault(identity, number)
            rows.append(row)
        broken = [r for r in rows if r.problems]
        if broken:
            raise PlanningError(
                "directory_rows",
                file=path.name,
                rows={
                    "pl": "\n".join(
                        f"wiersz {r.number}: " + "; ".join(p for p, _ in r.problems) for r in broken
                    ),
                    "en": "\n".join(
                        f"row {r.number}: " + "; ".join(e for _, e in r.problems) for r in broken
                    ),
                },
            )
        summary = ImportSummary(rows=len(rows))
        with self.db.session() as session:
            existing = {
                (fold(p.name), fold(p.address)): p
                for p in session.scalars(select(SupportProvider)).all()
            }
            for row in rows:
                columns = _columns(row.values)
                found = existing.get((fold(columns["name"]), fold(columns["address"])))
                if found is None:
                    session.add(SupportProvider(**columns))
                    summary.added += 1
                else:
                    for key, value in columns.items():
                        setattr(found, key, value)
                    summary.updated += 1
            session.flush()
            audit(session, self.actor, "import", "support_provider", None, ["rows"])
        return summary

    def export(self, path: Path, lang: str = "pl") -> Path:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise PlanningError("directory_format", file=path.name)
        header = [pl if lang == "pl" else en for _, pl, en in COLUMNS]
        body = []
        for p in self.all():
            body.append(
                [
                    p.name,
                    SECTORS[p.sector][lang],
                    ROLES[p.role][lang],
                    p.address,
                    p.area,
                    p.phone or "",
                    p.email or "",
                    p.website or "",
                    p.opening_hours or "",
                    p.age_min,
                    p.age_max,
                    " ".join(p.icf),
                    p.services or "",
                ]
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=";")
            writer.writerow(header)
            writer.writerows(body)
            path.write_text(buffer.getvalue(), encoding="utf-8-sig")
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "Sieć wsparcia" if lang == "pl" else "Support network"
            sheet.append(header)
            for line in body:
                sheet.append(line)
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"  # text typed by someone, never a formula
            sheet.freeze_panes = "A2"
            book.save(path)
        return path


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _header(key: str) -> tuple[str, str]:
    for k, pl, en in COLUMNS:
        if k == key:
            return pl, en
    return key, key


def _columns(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": values["name"],
        "search_key": fold(f"{values['name']} {values['area']} {values.get('services') or ''}")[
            :600
        ],
        "sector": Sector(values["sector"]),
        "role": NetworkRole(values["role"]),
        "address": values["address"],
        "area": values["area"],
        "phone": values.get("phone"),
        "email": values.get("email"),
        "website": values.get("website"),
        "opening_hours": values.get("opening_hours"),
        "age_min": values["age_min"],
        "age_max": values["age_max"],
        "icf": values["icf"],
        "services": values.get("services"),
    }


def _read_csv(path: Path) -> list[list[Any]]:
    text = path.read_text(encoding="utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
