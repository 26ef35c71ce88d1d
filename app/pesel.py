"""PESEL, the Polish national identification number, as a value object.

A PESEL has 11 digits ``YYMMDDZZZXQ``: the birth date (the century is encoded in the month),
a serial number ``ZZZX`` whose last digit is even for women and odd for men, and a control
digit ``Q``. A `Pesel` only exists if its number is well formed, so code that holds one never
has to check it again.

Messages never repeat the number itself: it is personal data and errors may end up in logs.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from icf.errors import ICFError

WEIGHTS: tuple[int, ...] = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
LENGTH = 11
SEXES: tuple[str, ...] = ("F", "M")
DIGITS = frozenset("0123456789")

#: first year of a century -> what is added to the month
CENTURY_OFFSETS: dict[int, int] = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}
FIRST_YEAR = 1800
LAST_YEAR = 2299

# fmt: off
PESEL_MESSAGES: dict[str, dict[str, str]] = {
    "pesel_empty": {
        "pl": "Nie podano numeru PESEL.",
        "en": "No PESEL number was given.",
    },
    "pesel_not_digits": {
        "pl": "Numer PESEL może zawierać tylko cyfry, a zawiera też: {chars}.",
        "en": "A PESEL number may contain only digits, but this one also contains: {chars}.",
    },
    "pesel_length": {
        "pl": "Numer PESEL składa się z 11 cyfr, a ten ma {count}.",
        "en": "A PESEL number has 11 digits, this one has {count}.",
    },
    "pesel_month": {
        "pl": "Numer PESEL zawiera niemożliwą datę urodzenia: miesiąc „{month}” nie istnieje "  # noqa: E501
              "(miesiąc zapisuje się jako 01–12 dla lat 1900–1999, 21–32 dla 2000–2099, "
              "41–52 dla 2100–2199, 61–72 dla 2200–2299 i 81–92 dla 1800–1899).",
        "en": "The PESEL number contains an impossible birth date: month “{month}” does not exist "  # noqa: E501
              "(the month is written as 01–12 for 1900–1999, 21–32 for 2000–2099, "
              "41–52 for 2100–2199, 61–72 for 2200–2299 and 81–92 for 1800–1899).",
    },
    "pesel_day": {
        "pl": "Numer PESEL zawiera niemożliwą datę urodzenia: dzień „{day}” nie istnieje, "
              "bo {month_name} {year} r. ma {days} dni.",
        "en": "The PESEL number contains an impossible birth date: day “{day}” does not exist, "
              "because {month_name} {year} has {days} days.",
    },
    "pesel_day_zero": {
        "pl": "Numer PESEL zawiera niemożliwą datę urodzenia: dzień „00” nie istnieje "
              "(dni miesiąca numeruje się od 01).",
        "en": "The PESEL number contains an impossible birth date: day “00” does not exist "
              "(days of the month are numbered from 01).",
    },
    "pesel_checksum": {
        "pl": "Cyfra kontrolna (ostatnia cyfra numeru PESEL) nie zgadza się z pozostałymi "
              "cyframi. Sprawdź, czy w numerze nie ma literówki.",
        "en": "The control digit (the last digit of the PESEL number) does not match the other "
              "digits. Check the number for a typo.",
    },
    "pesel_birth_date": {
        "pl": "Data urodzenia zapisana w numerze PESEL ({pesel_date}) różni się od podanej "
              "daty urodzenia ({given_date}).",
        "en": "The birth date in the PESEL number ({pesel_date}) differs from the birth date "
              "given ({given_date}).",
    },
    "pesel_sex": {
        "pl": "Numer PESEL wskazuje płeć {pesel_sex} (dziesiąta cyfra jest {parity}), "
              "a podano płeć {given_sex}.",
        "en": "The PESEL number indicates {pesel_sex} sex (the tenth digit is {parity}), "
              "but {given_sex} sex was given.",
    },
}
# fmt: on

MONTHS_PL_NOMINATIVE: tuple[str, ...] = (
    "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
    "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
)  # fmt: skip
MONTHS_PL_GENITIVE: tuple[str, ...] = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)  # fmt: skip

SEX_ADJECTIVE: dict[str, dict[str, str]] = {
    "F": {"pl": "żeńską", "en": "female"},
    "M": {"pl": "męską", "en": "male"},
}
PARITY: dict[str, dict[str, str]] = {
    "F": {"pl": "parzysta", "en": "even"},
    "M": {"pl": "nieparzysta", "en": "odd"},
}


class PeselError(ICFError, ValueError):
    """A PESEL number that is malformed or does not match the other personal data."""

    catalog = PESEL_MESSAGES


def _digits_count(count: int) -> dict[str, str]:
    """“3 cyfry” / “5 cyfr” / “1 cyfrę” with the Polish plural forms, and English."""
    if count == 1:
        polish = "cyfrę"
    elif count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        polish = "cyfry"
    else:
        polish = "cyfr"
    return {"pl": f"{count} {polish}", "en": f"{count} digit" + ("" if count == 1 else "s")}


def _char_names(chars: list[str]) -> dict[str, str]:
    names: dict[str, list[str]] = {"pl": [], "en": []}
    for char in chars:
        if char == " ":
            names["pl"].append("spację")
            names["en"].append("a space")
        elif char.isspace():
            names["pl"].append("biały znak")
            names["en"].append("a whitespace character")
        else:
            names["pl"].append(f"„{char}”")
            names["en"].append(f"“{char}”")
    return {lang: ", ".join(items) for lang, items in names.items()}


def _format_date(value: date) -> dict[str, str]:
    """5 marca 2015 r. / 5 March 2015."""
    return {
        "pl": f"{value.day} {MONTHS_PL_GENITIVE[value.month - 1]} {value.year} r.",
        "en": f"{value.day} {calendar.month_name[value.month]} {value.year}",
    }


def _control_digit(first_ten: str) -> int:
    total = sum(int(digit) * weight for digit, weight in zip(first_ten, WEIGHTS, strict=True))
    return (10 - total % 10) % 10


def _check_sex_value(sex: str) -> None:
    if sex not in SEXES:
        raise ValueError(f"sex must be 'F' or 'M', not {sex!r}")


def _decode_birth_date(digits: str) -> date:
    year_in_century = int(digits[0:2])
    coded_month = int(digits[2:4])
    day = int(digits[4:6])
    for century, offset in CENTURY_OFFSETS.items():
        if 1 <= coded_month - offset <= 12:
            year = century + year_in_century
            month = coded_month - offset
            break
    else:
        raise PeselError("pesel_month", month=digits[2:4])
    days = calendar.monthrange(year, month)[1]
    if day == 0:
        raise PeselError("pesel_day_zero")
    if day > days:
        month_name = {
            "pl": MONTHS_PL_NOMINATIVE[month - 1],
            "en": calendar.month_name[month],
        }
        raise PeselError("pesel_day", day=digits[4:6], month_name=month_name, year=year, days=days)
    return date(year, month, day)


@dataclass(frozen=True, slots=True)
class Pesel:
    """A well-formed PESEL number; constructing one with a bad number raises `PeselError`."""

    digits: str

    def __post_init__(self) -> None:
        digits = self.digits
        if not digits:
            raise PeselError("pesel_empty")
        bad = [char for char in dict.fromkeys(digits) if char not in DIGITS]
        if bad:
            raise PeselError("pesel_not_digits", chars=_char_names(bad))
        if len(digits) != LENGTH:
            raise PeselError("pesel_length", count=_digits_count(len(digits)))
        _decode_birth_date(digits)
        if _control_digit(digits[:10]) != int(digits[10]):
            raise PeselError("pesel_checksum")

    @classmethod
    def parse(cls, text: str, *, birth_date: date | None = None, sex: str | None = None) -> Pesel:
        """The PESEL in `text` (surrounding whitespace ignored), checked against the birth
        date and sex ("F" or "M") when they are known."""
        if sex is not None:
            _check_sex_value(sex)
        pesel = cls(text.strip())
        if birth_date is not None and pesel.birth_date != birth_date:
            raise PeselError(
                "pesel_birth_date",
                pesel_date=_format_date(pesel.birth_date),
                given_date=_format_date(birth_date),
            )
        if sex is not None and pesel.sex != sex:
            raise PeselError(
                "pesel_sex",
                pesel_sex=SEX_ADJECTIVE[pesel.sex],
                parity=PARITY[pesel.sex],
                given_sex=SEX_ADJECTIVE[sex],
            )
        return pesel

    @property
    def birth_date(self) -> date:
        return _decode_birth_date(self.digits)

    @property
    def sex(self) -> str:
        """Sex: "F" (the tenth digit is even) or "M" (odd)."""
        return "M" if int(self.digits[9]) % 2 else "F"

    def __str__(self) -> str:
        return self.digits


def pesel_for(birth_date: date, sex: str, serial: int) -> str:
    """A valid PESEL for the birth date and sex ("F"/"M"), for demo data and tests.

    `serial` (0–4999) numbers the 5000 PESELs of one date and sex: it gives the serial digits
    ZZZ (serial // 5) and the sex digit X (the (serial % 5)-th even or odd digit).
    """
    _check_sex_value(sex)
    if not FIRST_YEAR <= birth_date.year <= LAST_YEAR:
        raise ValueError(f"PESEL covers the years {FIRST_YEAR}–{LAST_YEAR}, not {birth_date.year}")
    if not 0 <= serial <= 4999:
        raise ValueError(f"serial must be between 0 and 4999, not {serial}")
    offset = CENTURY_OFFSETS[birth_date.year // 100 * 100]
    sex_digit = 2 * (serial % 5) + (1 if sex == "M" else 0)
    first_ten = (
        f"{birth_date.year % 100:02d}{birth_date.month + offset:02d}{birth_date.day:02d}"
        f"{serial // 5:03d}{sex_digit}"
    )
    return first_ten + str(_control_digit(first_ten))
