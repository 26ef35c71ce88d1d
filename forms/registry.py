"""All shipped templates, every released version, and which one suits a child."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from forms.errors import FormsError
from forms.loader import load_template
from forms.model import Template
from icf.classification import Classification

ROOT = Path(__file__).resolve().parent.parent / "resources" / "forms"


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


class TemplateRegistry:
    def __init__(self, classification: Classification, root: Path = ROOT) -> None:
        self.classification = classification
        self.root = root

    @cached_property
    def _all(self) -> dict[tuple[str, str], Template]:
        templates = {}
        for path in sorted(self.root.glob("*/*.toml")):
            template = load_template(path, self.classification)
            templates[template.key] = template
        return templates

    def versions(self, template_id: str) -> list[Template]:
        found = [t for (tid, _), t in self._all.items() if tid == template_id]
        return sorted(found, key=lambda t: version_key(t.version))

    def latest(self) -> list[Template]:
        """The newest version of each template, ordered by age band then id."""
        newest: dict[str, Template] = {}
        for template in self._all.values():
            current = newest.get(template.id)
            if current is None or version_key(template.version) > version_key(current.version):
                newest[template.id] = template
        return sorted(newest.values(), key=lambda t: (t.age_min, t.age_max, t.id))

    def get(self, template_id: str, version: str | None = None) -> Template:
        if version is None:
            versions = self.versions(template_id)
            if versions:
                return versions[-1]
        elif (template_id, version) in self._all:
            return self._all[(template_id, version)]
        raise FormsError("template_unknown", id=template_id, version=version or "—")

    def suggest(self, age_years: int, kind: str | None = None) -> list[Template]:
        """Templates for a child of this age (and kind of assessment), best fit first: the
        narrowest age band that contains the age."""
        fitting = [
            t for t in self.latest() if t.fits_age(age_years) and (kind is None or t.kind == kind)
        ]
        return sorted(fitting, key=lambda t: (t.age_max - t.age_min, t.id))
