"""PESEL numbers: parsing, refusals in Polish and English, building numbers for demo data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.pesel import Pesel, PeselError, pesel_for
from icf.errors import ICFError
from icf.i18n import set_language

# Checked by hand: weights 1 3 7 9 1 3 7 9 1 3, control = (10 - sum mod 10) mod 10.
KNOWN_VALID = [
    # 4+12+0+45+1+12+0+9+3+15 = 101 -> 9
    ("44051401359", date(1944, 5, 14), "M"),
    # 1+15+14+27+0+15+7+18+3+12 = 112 -> 8; month 23 = March 2000s
    ("15230512348", date(2015, 3, 5), "F"),
    # 9+27+63+18+3+3+0+0+0+3 = 126 -> 4; month 92 = December 1800s
    ("99923100014", date(1899, 12, 31), "M"),
    # 2+12+14+18+2+27+0+0+0+0 = 75 -> 5; month 22 = February 2000s, leap year
    ("24222900005", date(2024, 2, 29), "F"),
    # 0+0+56+9+0+3+0+0+0+0 = 68 -> 2; month 81 = January 1800s
    ("00810100002", date(1800, 1, 1), "F"),
    # 5+0+28+54+1+15+0+0+2+3 = 108 -> 2; month 46 = June 2100s
    ("50461500212", date(2150, 6, 15), "M"),
    # 9+27+49+18+3+3+63+81+9+24 = 286 -> 4; month 72 = December 2200s
    ("99723199984", date(2299, 12, 31), "F"),
]


def refusal(text: str, *, birth_date: date | None = None, sex: str | None = None) -> PeselError:
    with pytest.raises(PeselError) as info:
        Pesel.parse(text, birth_date=birth_date, sex=sex)
    return info.value


# --- valid numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "birth_date", "sex"), KNOWN_VALID)
def test_known_valid_numbers(text: str, birth_date: date, sex: str) -> None:
    pesel = Pesel.parse(text)
    assert pesel.birth_date == birth_date
    assert pesel.sex == sex
    assert str(pesel) == text
    assert Pesel.parse(text, birth_date=birth_date, sex=sex) == pesel


@pytest.mark.parametrize(("text", "birth_date", "sex"), KNOWN_VALID)
def test_pesel_for_builds_the_known_numbers(text: str, birth_date: date, sex: str) -> None:
    serial = int(text[6:9]) * 5 + int(text[9]) // 2
    assert pesel_for(birth_date, sex, serial) == text


def test_surrounding_whitespace_is_ignored() -> None:
    assert str(Pesel.parse("  44051401359\t\n")) == "44051401359"


def test_is_an_immutable_value() -> None:
    pesel = Pesel.parse("44051401359")
    assert pesel == Pesel("44051401359")
    assert hash(pesel) == hash(Pesel("44051401359"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        pesel.digits = "15230512348"  # type: ignore[misc]


def test_constructor_refuses_invalid_numbers_too() -> None:
    with pytest.raises(PeselError):
        Pesel("44051401358")


def test_error_is_a_bilingual_icf_error_and_a_value_error() -> None:
    error = refusal("")
    assert isinstance(error, ICFError)
    assert isinstance(error, ValueError)
    set_language("en")
    assert str(error) == "No PESEL number was given."
    set_language("pl")
    assert str(error) == "Nie podano numeru PESEL."


# --- century encoding boundaries ------------------------------------------------------


@pytest.mark.parametrize(
    ("birth_date", "month_digits"),
    [
        (date(1800, 1, 1), "81"),
        (date(1899, 12, 31), "92"),
        (date(1900, 1, 1), "01"),
        (date(1999, 12, 31), "12"),
        (date(2000, 1, 1), "21"),
        (date(2099, 12, 31), "32"),
        (date(2100, 1, 1), "41"),
        (date(2199, 12, 31), "52"),
        (date(2200, 1, 1), "61"),
        (date(2299, 12, 31), "72"),
        (date(2024, 2, 29), "22"),
    ],
)
def test_century_boundaries(birth_date: date, month_digits: str) -> None:
    text = pesel_for(birth_date, "F", 7)
    assert text[:2] == f"{birth_date.year % 100:02d}"
    assert text[2:4] == month_digits
    assert Pesel.parse(text).birth_date == birth_date


def with_control_digit(first_ten: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(d) * w for d, w in zip(first_ten, weights, strict=True))
    return first_ten + str((10 - total % 10) % 10)


def test_29_february_of_a_common_year_is_refused() -> None:
    error = refusal(with_control_digit("2322290000"))  # 29.02.2023
    assert error.key == "pesel_day"
    assert error.message("pl") == (
        "Numer PESEL zawiera niemożliwą datę urodzenia: dzień „29” nie istnieje, "
        "bo luty 2023 r. ma 28 dni."
    )
    assert error.message("en") == (
        "The PESEL number contains an impossible birth date: day “29” does not exist, "
        "because February 2023 has 28 days."
    )


def test_1900_was_not_a_leap_year_but_2000_was() -> None:
    assert refusal(with_control_digit("0002290000")).key == "pesel_day"
    assert Pesel.parse(with_control_digit("0022290000")).birth_date == date(2000, 2, 29)


def test_31_of_a_30_day_month_is_refused() -> None:
    error = refusal(with_control_digit("1524310000"))  # 31.04.2015
    assert "kwiecień 2015 r. ma 30 dni" in error.message("pl")
    assert "April 2015 has 30 days" in error.message("en")


# --- every refusal in both languages ----------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty(text: str) -> None:
    error = refusal(text)
    assert error.key == "pesel_empty"
    assert error.message("pl") == "Nie podano numeru PESEL."
    assert error.message("en") == "No PESEL number was given."


@pytest.mark.parametrize(
    ("text", "polish", "english"),
    [
        ("4405140135", "10 cyfr", "10 digits"),
        ("440514013590", "12 cyfr", "12 digits"),
        ("4", "1 cyfrę", "1 digit"),
        ("440", "3 cyfry", "3 digits"),
        ("44051401359440514013594", "23 cyfry", "23 digits"),
        ("440514013594405", "15 cyfr", "15 digits"),
        ("4405140135944", "13 cyfr", "13 digits"),
    ],
)
def test_wrong_length_says_how_many_digits(text: str, polish: str, english: str) -> None:
    error = refusal(text)
    assert error.key == "pesel_length"
    assert error.message("pl") == f"Numer PESEL składa się z 11 cyfr, a ten ma {polish}."
    assert error.message("en") == f"A PESEL number has 11 digits, this one has {english}."


@pytest.mark.parametrize(
    ("text", "polish", "english"),
    [
        ("4405140135X", "„X”", "“X”"),
        ("440-514-013-59", "„-”", "“-”"),
        ("44051 401359", "spację", "a space"),
        ("44 05-14 01359", "spację, „-”", "a space, “-”"),
        ("4405140135٩", "„٩”", "“٩”"),  # an Arabic-Indic nine is not a PESEL digit
        ("PESEL", "„P”, „E”, „S”, „L”", "“P”, “E”, “S”, “L”"),
    ],
)
def test_non_digits_are_named(text: str, polish: str, english: str) -> None:
    error = refusal(text)
    assert error.key == "pesel_not_digits"
    assert error.message("pl") == (
        f"Numer PESEL może zawierać tylko cyfry, a zawiera też: {polish}."
    )
    assert error.message("en") == (
        f"A PESEL number may contain only digits, but this one also contains: {english}."
    )


IMPOSSIBLE_MONTHS = ["00", "13", "20", "33", "40", "53", "60", "73", "80", "93", "99"]


@pytest.mark.parametrize("month", IMPOSSIBLE_MONTHS)
def test_impossible_month(month: str) -> None:
    error = refusal(with_control_digit(f"15{month}050000"))
    assert error.key == "pesel_month"
    assert error.message("pl") == (
        f"Numer PESEL zawiera niemożliwą datę urodzenia: miesiąc „{month}” nie istnieje "
        "(miesiąc zapisuje się jako 01–12 dla lat 1900–1999, 21–32 dla 2000–2099, "
        "41–52 dla 2100–2199, 61–72 dla 2200–2299 i 81–92 dla 1800–1899)."
    )
    assert error.message("en") == (
        f"The PESEL number contains an impossible birth date: month “{month}” does not exist "
        "(the month is written as 01–12 for 1900–1999, 21–32 for 2000–2099, "
        "41–52 for 2100–2199, 61–72 for 2200–2299 and 81–92 for 1800–1899)."
    )


def test_day_zero() -> None:
    error = refusal(with_control_digit("1523000000"))
    assert error.key == "pesel_day_zero"
    assert error.message("pl") == (
        "Numer PESEL zawiera niemożliwą datę urodzenia: dzień „00” nie istnieje "
        "(dni miesiąca numeruje się od 01)."
    )
    assert error.message("en") == (
        "The PESEL number contains an impossible birth date: day “00” does not exist "
        "(days of the month are numbered from 01)."
    )


def test_day_past_the_end_of_the_month() -> None:
    error = refusal(with_control_digit("1523320000"))  # 32.03.2015
    assert error.key == "pesel_day"
    assert error.message("pl") == (
        "Numer PESEL zawiera niemożliwą datę urodzenia: dzień „32” nie istnieje, "
        "bo marzec 2015 r. ma 31 dni."
    )
    assert error.message("en") == (
        "The PESEL number contains an impossible birth date: day “32” does not exist, "
        "because March 2015 has 31 days."
    )


@pytest.mark.parametrize("wrong", ["44051401350", "44051401358", "15230512347"])
def test_wrong_control_digit_does_not_reveal_the_right_one(wrong: str) -> None:
    error = refusal(wrong)
    assert error.key == "pesel_checksum"
    assert error.params == {}
    assert error.message("pl") == (
        "Cyfra kontrolna (ostatnia cyfra numeru PESEL) nie zgadza się z pozostałymi cyframi. "
        "Sprawdź, czy w numerze nie ma literówki."
    )
    assert error.message("en") == (
        "The control digit (the last digit of the PESEL number) does not match the other "
        "digits. Check the number for a typo."
    )


def test_messages_do_not_repeat_the_number() -> None:
    for text in ["44051401350", "4405140135", "4405140135X", with_control_digit("1513050000")]:
        error = refusal(text)
        for lang in ("pl", "en"):
            assert text not in error.message(lang)


def test_birth_date_must_match() -> None:
    error = refusal("15230512348", birth_date=date(2015, 5, 3))
    assert error.key == "pesel_birth_date"
    assert error.message("pl") == (
        "Data urodzenia zapisana w numerze PESEL (5 marca 2015 r.) różni się od podanej "
        "daty urodzenia (3 maja 2015 r.)."
    )
    assert error.message("en") == (
        "The birth date in the PESEL number (5 March 2015) differs from the birth date "
        "given (3 May 2015)."
    )


def test_birth_date_in_another_century_is_a_mismatch() -> None:
    error = refusal("15230512348", birth_date=date(1915, 3, 5))
    assert "(5 marca 2015 r.)" in error.message("pl")
    assert "(5 marca 1915 r.)" in error.message("pl")


def test_sex_must_match() -> None:
    error = refusal("15230512348", sex="M")
    assert error.key == "pesel_sex"
    assert error.message("pl") == (
        "Numer PESEL wskazuje płeć żeńską (dziesiąta cyfra jest parzysta), a podano płeć męską."
    )
    assert error.message("en") == (
        "The PESEL number indicates female sex (the tenth digit is even), but male sex was given."
    )
    error = refusal("44051401359", sex="F")
    assert error.message("pl") == (
        "Numer PESEL wskazuje płeć męską (dziesiąta cyfra jest nieparzysta), a podano płeć żeńską."
    )
    assert error.message("en") == (
        "The PESEL number indicates male sex (the tenth digit is odd), but female sex was given."
    )


def test_malformed_number_is_reported_before_a_mismatch() -> None:
    error = refusal("44051401350", birth_date=date(2000, 1, 1), sex="F")
    assert error.key == "pesel_checksum"


def test_a_sex_other_than_f_or_m_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="'F' or 'M'") as info:
        Pesel.parse("44051401359", sex="K")
    assert not isinstance(info.value, PeselError)
    with pytest.raises(ValueError, match="'F' or 'M'"):
        pesel_for(date(2015, 1, 1), "m", 0)


# --- pesel_for ----------------------------------------------------------------------------


@pytest.mark.parametrize("serial", [-1, 5000])
def test_pesel_for_refuses_serials_out_of_range(serial: int) -> None:
    with pytest.raises(ValueError, match="serial"):
        pesel_for(date(2015, 1, 1), "F", serial)


@pytest.mark.parametrize("birth_date", [date(1799, 12, 31), date(2300, 1, 1)])
def test_pesel_for_refuses_dates_pesel_cannot_encode(birth_date: date) -> None:
    with pytest.raises(ValueError, match="1800–2299"):
        pesel_for(birth_date, "F", 0)


def test_pesel_for_gives_5000_distinct_numbers_per_date_and_sex() -> None:
    numbers = {pesel_for(date(2016, 9, 1), "M", serial) for serial in range(5000)}
    assert len(numbers) == 5000
    assert all(Pesel.parse(n, birth_date=date(2016, 9, 1), sex="M") for n in numbers)


dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2299, 12, 31))
sexes = st.sampled_from(["F", "M"])
serials = st.integers(min_value=0, max_value=4999)


@given(dates, sexes, serials)
def test_round_trip(birth_date: date, sex: str, serial: int) -> None:
    text = pesel_for(birth_date, sex, serial)
    assert len(text) == 11 and text.isdigit()
    pesel = Pesel.parse(text, birth_date=birth_date, sex=sex)
    assert pesel.birth_date == birth_date
    assert pesel.sex == sex
    assert str(pesel) == text


@given(dates, sexes, serials, st.integers(min_value=0, max_value=10), st.integers(1, 9))
def test_any_single_digit_typo_is_caught(
    birth_date: date, sex: str, serial: int, position: int, shift: int
) -> None:
    text = pesel_for(birth_date, sex, serial)
    digit = (int(text[position]) + shift) % 10
    typo = text[:position] + str(digit) + text[position + 1 :]
    with pytest.raises(PeselError):
        Pesel.parse(typo)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_any_eleven_digits_parse_or_are_refused_cleanly(text: str) -> None:
    try:
        pesel = Pesel.parse(text)
    except PeselError as error:
        assert error.key in {"pesel_month", "pesel_day", "pesel_day_zero", "pesel_checksum"}
    else:
        serial = int(text[6:9]) * 5 + int(text[9]) // 2
        assert pesel_for(pesel.birth_date, pesel.sex, serial) == text


@given(st.text(max_size=20))
def test_any_text_parses_or_is_refused_with_a_pesel_error(text: str) -> None:
    try:
        Pesel.parse(text)
    except PeselError as error:
        assert error.message("pl") and error.message("en")
