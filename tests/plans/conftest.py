from __future__ import annotations

import pytest

from icf.bundled import load_bundled
from icf.classification import Classification
from plans.rules import RuleBase, load_rules


@pytest.fixture(scope="session")
def classification() -> Classification:
    return load_bundled()


@pytest.fixture(scope="session")
def rules(classification: Classification) -> RuleBase:
    return load_rules(classification)
