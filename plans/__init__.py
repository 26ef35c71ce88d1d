"""Support planning without Qt or a database: the rule base (data in `resources/rules/`),
the suggestion engine, intensity of support, goal attainment scaling and the comparison of
two assessments. Imports only `icf` (and the standard library)."""
