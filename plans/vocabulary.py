"""The fixed lists plans are written in: forms of psychological-pedagogical help (the Polish
regulation's list, DOMAIN.md §3), areas of adaptation, sectors, kinds of suggestion, and
the sections of an IPET and of a family / intersectoral support plan."""

from __future__ import annotations

Texts = dict[str, str]

#: forms of psychological-pedagogical help in preschools and schools (and revalidation
#: classes for a student with a statement of special educational needs)
HELP_FORMS: dict[str, Texts] = {
    "rozwijajace-uzdolnienia": {
        "pl": "zajęcia rozwijające uzdolnienia",
        "en": "classes developing talents",
    },
    "rozwijajace-umiejetnosci-uczenia": {
        "pl": "zajęcia rozwijające umiejętności uczenia się",
        "en": "classes developing learning skills",
    },
    "dydaktyczno-wyrownawcze": {
        "pl": "zajęcia dydaktyczno-wyrównawcze",
        "en": "compensatory classes",
    },
    "korekcyjno-kompensacyjne": {
        "pl": "zajęcia korekcyjno-kompensacyjne",
        "en": "corrective-compensatory classes",
    },
    "logopedyczne": {"pl": "zajęcia logopedyczne", "en": "speech therapy"},
    "emocjonalno-spoleczne": {
        "pl": "zajęcia rozwijające kompetencje emocjonalno-społeczne",
        "en": "classes developing emotional and social competences",
    },
    "terapeutyczne": {
        "pl": "inne zajęcia o charakterze terapeutycznym",
        "en": "other therapeutic classes",
    },
    "doradztwo-zawodowe": {
        "pl": "zajęcia z zakresu doradztwa zawodowego",
        "en": "career guidance classes",
    },
    "zindywidualizowana-sciezka": {
        "pl": "zindywidualizowana ścieżka kształcenia",
        "en": "individualised learning path",
    },
    "porady-konsultacje": {
        "pl": "porady i konsultacje",
        "en": "advice and consultations",
    },
    "warsztaty": {"pl": "warsztaty", "en": "workshops"},
    "rewalidacja": {"pl": "zajęcia rewalidacyjne", "en": "revalidation classes"},
}

#: what an adaptation changes
ADAPTATION_AREAS: dict[str, Texts] = {
    "requirements": {"pl": "wymagania edukacyjne", "en": "educational requirements"},
    "methods": {"pl": "metody i formy pracy", "en": "methods and forms of work"},
    "organisation": {"pl": "organizacja i warunki nauki", "en": "organisation and conditions"},
    "assessment": {"pl": "warunki sprawdzania wiedzy", "en": "conditions of assessment"},
}

#: sectors of the local support network (also the directory's sectors)
SECTORS: dict[str, Texts] = {
    "education": {"pl": "oświata", "en": "education"},
    "health": {"pl": "ochrona zdrowia", "en": "health care"},
    "social_welfare": {"pl": "pomoc społeczna", "en": "social welfare"},
    "ngo": {"pl": "organizacja pozarządowa", "en": "NGO"},
    "other": {"pl": "inne", "en": "other"},
}

#: roles in the network (MWM model)
ROLES: dict[str, Texts] = {
    "coordinating": {"pl": "koordynujący", "en": "coordinating"},
    "supporting": {"pl": "wspierający", "en": "supporting"},
    "cooperating": {"pl": "współpracujący", "en": "cooperating"},
}

SUGGESTION_KINDS: dict[str, Texts] = {
    "goal": {"pl": "cel", "en": "goal"},
    "adaptation": {"pl": "dostosowanie", "en": "adaptation"},
    "help": {"pl": "forma pomocy psychologiczno-pedagogicznej", "en": "form of help"},
    "parents": {"pl": "wsparcie rodziców", "en": "support for parents"},
    "sector": {"pl": "działanie innego sektora", "en": "action of another sector"},
    "action": {"pl": "działanie", "en": "action"},
}

#: sections of an IPET (DOMAIN.md §3) in document order, and where each kind goes
IPET_SECTIONS: dict[str, Texts] = {
    "goals": {"pl": "Cele i zadania (kategorie ICF)", "en": "Goals (ICF categories)"},
    "requirements": {
        "pl": "Zakres i sposób dostosowania wymagań edukacyjnych",
        "en": "Adaptation of educational requirements",
    },
    "integrated_actions": {
        "pl": "Zintegrowane działania nauczycieli i specjalistów; formy i metody pracy",
        "en": "Integrated actions of teachers and specialists; forms and methods of work",
    },
    "help_forms": {
        "pl": "Formy, okres i wymiar pomocy psychologiczno-pedagogicznej",
        "en": "Forms, duration and extent of psychological-pedagogical help",
    },
    "parents": {
        "pl": "Działania wspierające rodziców",
        "en": "Support for the parents",
    },
    "cooperation": {
        "pl": "Współpraca z poradnią, ochroną zdrowia, pomocą społeczną i organizacjami",
        "en": "Cooperation with the counselling centre, health care, social welfare and NGOs",
    },
    "conditions": {
        "pl": "Dostosowanie warunków kształcenia (w tym sprzęt i środki dydaktyczne)",
        "en": "Adaptation of the conditions of education (incl. equipment and aids)",
    },
}

FAMILY_SECTIONS: dict[str, Texts] = {
    "goals": {"pl": "Cele wsparcia dziecka (kategorie ICF)", "en": "Goals for the child"},
    "child_support": {"pl": "Wsparcie dziecka", "en": "Support for the child"},
    "school": {"pl": "Dostosowania w przedszkolu lub szkole", "en": "Adaptations at school"},
    "parents": {"pl": "Wsparcie rodziny i rodziców", "en": "Support for the family"},
    "cooperation": {"pl": "Działania innych sektorów", "en": "Actions of other sectors"},
}

_ADAPTATION_SECTION = {
    "requirements": "requirements",
    "assessment": "requirements",
    "methods": "integrated_actions",
    "organisation": "conditions",
}


def section_for(plan_kind: str, kind: str, area: str | None = None) -> str:
    """The section of a plan of `plan_kind` an item of `kind` (and adaptation `area`) goes to."""
    if plan_kind == "ipet":
        if kind == "goal":
            return "goals"
        if kind == "adaptation":
            return _ADAPTATION_SECTION.get(area or "", "integrated_actions")
        if kind == "help":
            return "help_forms"
        if kind == "parents":
            return "parents"
        if kind == "sector":
            return "cooperation"
        return "integrated_actions"
    return {
        "goal": "goals",
        "adaptation": "school",
        "help": "child_support",
        "parents": "parents",
        "sector": "cooperation",
    }.get(kind, "child_support")


def sections(plan_kind: str) -> dict[str, Texts]:
    return IPET_SECTIONS if plan_kind == "ipet" else FAMILY_SECTIONS
