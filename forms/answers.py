"""The answers an informant chooses from in a questionnaire, in plain Polish, and the ICF
qualifier each one stands for.

Informants rate what they see in everyday life, so their answer to an activity item is its
performance (the first qualifier of a `d` code); the specialist adds capacity. For an
environmental factor they say whether it helps (facilitator, `+`) or hinders (barrier, `.`).
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.model import Informant, QualifierForm
from icf.grammar import CodedExpression


@dataclass(frozen=True)
class Answer:
    label: str  # what the informant sees in the drop-down, e.g. "2 – umiarkowana trudność"
    value: int
    facilitator: bool = False

    def expression(self, code: str) -> CodedExpression:
        return CodedExpression.of(code, self.value, facilitator=self.facilitator)


_DIFFICULTY = (
    Answer("0 – nie ma trudności", 0),
    Answer("1 – niewielka trudność", 1),
    Answer("2 – umiarkowana trudność", 2),
    Answer("3 – duża trudność", 3),
    Answer("4 – nie jest w stanie tego zrobić", 4),
    Answer("8 – nie wiem, trudno powiedzieć", 8),
    Answer("9 – nie dotyczy", 9),
)

_DIFFICULTY_STUDENT = (
    Answer("0 – to dla mnie łatwe", 0),
    Answer("1 – zwykle łatwe, czasem trudniejsze", 1),
    Answer("2 – czasem trudne", 2),
    Answer("3 – często bardzo trudne", 3),
    Answer("4 – nie umiem / nie mogę", 4),
    Answer("8 – nie wiem", 8),
)

_ENVIRONMENT = (
    Answer("+4 – bardzo pomaga", 4, True),
    Answer("+3 – wyraźnie pomaga", 3, True),
    Answer("+2 – pomaga", 2, True),
    Answer("+1 – trochę pomaga", 1, True),
    Answer("0 – ani nie pomaga, ani nie przeszkadza", 0),
    Answer("1 – trochę przeszkadza", 1),
    Answer("2 – przeszkadza", 2),
    Answer("3 – wyraźnie przeszkadza", 3),
    Answer("4 – bardzo przeszkadza", 4),
    Answer("8 – nie wiem", 8),
)

_ENVIRONMENT_STUDENT = (
    Answer("+3 – bardzo mi pomaga", 3, True),
    Answer("+2 – pomaga mi", 2, True),
    Answer("+1 – trochę mi pomaga", 1, True),
    Answer("0 – ani nie pomaga, ani nie przeszkadza", 0),
    Answer("1 – trochę mi przeszkadza", 1),
    Answer("2 – przeszkadza mi", 2),
    Answer("3 – bardzo mi przeszkadza", 3),
    Answer("8 – nie wiem", 8),
)


def answers_for(form: QualifierForm, informant: Informant) -> tuple[Answer, ...]:
    student = informant is Informant.STUDENT
    if form is QualifierForm.BARRIER_FACILITATOR:
        return _ENVIRONMENT_STUDENT if student else _ENVIRONMENT
    return _DIFFICULTY_STUDENT if student else _DIFFICULTY


def answer_by_label(form: QualifierForm, informant: Informant, text: str) -> Answer | None:
    """The answer whose label the cell holds; also accepts just its number (`2`, `+3`)."""
    cleaned = " ".join(str(text).split())
    options = answers_for(form, informant)
    for answer in options:
        if cleaned == answer.label:
            return answer
    head = cleaned.split(" ", 1)[0].replace("–", "").strip()
    for answer in options:
        number = answer.label.split(" ", 1)[0]
        if head and head == number:
            return answer
    return None
