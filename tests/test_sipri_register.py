"""Reading SIPRI's trade register export: its encoding, flags, lists and damaged rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.errors import FactValidationError
from loaders.sipri import COLUMNS, is_trade_register, read_register

from .conftest import SEED_FACTS, SIPRI_REGISTER

REGISTER = read_register(SIPRI_REGISTER)


def deal(designation: str, supplier: str | None = None):
    return next(d for d in REGISTER.deals if d.designation == designation and supplier in (None, d.supplier))


def test_the_preamble_gives_the_date_the_data_was_generated():
    assert REGISTER.generated == dt.datetime(2026, 2, 3, 10, 15, 42)


def test_every_row_is_read_or_reported():
    assert REGISTER.rows == 30
    assert len(REGISTER.deals) == 29


def test_uncertainty_flags_belong_to_the_column_before_them():
    shahed = deal("Shahed-131")
    assert (shahed.order_year_uncertain, shahed.number_ordered_uncertain) == (True, False)
    assert shahed.number_delivered_uncertain is True
    abrams = deal("M-1A2 Abrams")
    assert (abrams.order_year_uncertain, abrams.number_ordered_uncertain) == (False, False)
    assert abrams.number_delivered_uncertain is True


def test_delivery_years_are_a_list_and_empty_before_any_delivery():
    assert deal("T-55").delivery_years == (1979, 1980, 1982, 1984)
    pending = deal("Rafale M")
    assert pending.delivery_years == () and pending.number_delivered == 0


def test_empty_figures_stay_unknown_rather_than_zero():
    shahed = deal("Shahed-136")
    assert shahed.number_ordered is None
    assert (shahed.tiv_per_unit, shahed.tiv_order, shahed.tiv_delivered) == (0.04, 0.0, 160.0)
    assert deal("Rafale M").tiv_delivered is None


def test_windows_1252_text_and_quoted_commas_are_read_whole():
    assert "(München)" in deal("Leopard-2A4").comments
    assert deal("RG-32 Scout").comments == "For UN peacekeeping forces in Mali, incl spares"


def test_a_line_break_inside_comments_does_not_split_the_row():
    cobra, engine = deal("Cobra-2"), deal("ship engine")
    assert cobra.comments == "Incl ambulance versions" and cobra.tiv_delivered == 15.0
    assert engine.comments == "MTU diesel engines for 3 frigates from Spain" and engine.tiv_order == 18.0
    assert REGISTER.rejoined == [cobra.line, engine.line]


def test_an_unreadable_row_is_reported_with_its_line_and_left_out():
    [problem] = REGISTER.problems
    assert (problem.line, problem.field) == (19, "Year of order")
    assert str(problem) == f"{SIPRI_REGISTER}:19: field Year of order: '19x5' is not a year"
    assert all(d.supplier != "United States" or d.recipient != "Chile" for d in REGISTER.deals)


def test_line_numbers_count_the_lines_of_the_file():
    lines = SIPRI_REGISTER.read_bytes().decode("cp1252").split("\n")
    fath = deal("Fath-360")
    assert lines[fath.line - 1].startswith("Russia,Iran,2023,,150,?,Fath-360,")


def test_a_register_is_recognised_by_its_content():
    assert is_trade_register(SIPRI_REGISTER)
    assert not is_trade_register(SEED_FACTS / "iran-denies-missiles-2024-09-10.yaml")
    assert not is_trade_register(SEED_FACTS / "no-such-file.csv")


def test_a_file_that_is_not_a_register_is_refused(tmp_path: Path):
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="cp1252")
    with pytest.raises(FactValidationError, match="not a SIPRI trade register"):
        read_register(path)


def test_a_register_with_other_columns_is_refused_naming_the_header_line(tmp_path: Path):
    text = SIPRI_REGISTER.read_bytes().decode("cp1252").replace(",Comments,", ",Remarks,")
    path = tmp_path / "changed.csv"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(FactValidationError) as info:
        read_register(path)
    assert info.value.problems[0].line == 12
    assert "expected the 16 columns" in str(info.value)


def test_the_header_has_three_flag_columns_named_by_a_space():
    assert [i for i, c in enumerate(COLUMNS) if c == " "] == [3, 5, 9]
