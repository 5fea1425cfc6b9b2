"""Reading import files: encodings, delimiters, quoted line breaks, sheets, and every file that
cannot be imported at all with its clear message (no database needed)."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest
from test_import_support import write_xlsx

from crm_desktop.services.imports import ImportFileError, read_table, sheet_names
from crm_desktop.services.imports import reader as reader_module
from crm_desktop.services.imports.cells import _russian_e164, inn, parse_date, phones
from crm_desktop.services.normalize import phone_e164

CSV_TEXT = ('Компания;Телефон;Комментарий\n'
            '"ООО ""Ёлка""";8 912 345-67-89;"две\nстроки; с точкой с запятой"\n')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_encoding_and_delimiter_are_detected(tmp_path, encoding, delimiter):
    text = CSV_TEXT.replace(";", delimiter) if delimiter != ";" else CSV_TEXT
    text = text.replace(f"две\nстроки{delimiter} с", "две\nстроки; с")
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.headers == ("Компания", "Телефон", "Комментарий")
    assert table.rows == (('ООО "Ёлка"', "8 912 345-67-89", "две\nстроки; с точкой с запятой"),)
    assert table.delimiter == delimiter and table.encoding == encoding
    assert table.row_numbers == (2,)


def test_xlsx_values_never_formulas_and_sheets(tmp_path):
    path = write_xlsx(tmp_path / "c.xlsx")
    assert sheet_names(path) == ("Клиенты", "Прочее")
    table = read_table(path)
    assert table.sheet == "Клиенты" and table.file_format == "xlsx"
    # the merged title row is skipped; "Телефон" merged over two columns names both
    assert table.headers[3:5] == ("Телефон", "Телефон (2)")
    formula_row = next(r for r in table.rows if r[0] == "ООО Формула")
    assert formula_row[table.headers.index("Сотрудников")] == "6"
    assert table.row_numbers[0] == 3
    other = read_table(path, "Прочее")
    assert other.sheet == "Прочее" and other.rows == (("ООО Другое", "Тула"),)
    with pytest.raises(ImportFileError) as err:
        read_table(path, "Нет такого")
    assert err.value.code == "no_sheet"


def _code(path: Path) -> str:
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    return err.value.code


def test_files_that_cannot_be_imported(tmp_path, monkeypatch):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _code(empty) == "empty"
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    assert _code(blank) == "empty"
    header_only = tmp_path / "header.csv"
    header_only.write_text("Наименование;ИНН\n", encoding="utf-8")
    assert _code(header_only) == "no_rows"
    binary = tmp_path / "photo.csv"
    rng = random.Random(1)
    binary.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    assert _code(binary) == "not_table"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert _code(old) == "old_excel"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not a workbook")
    assert _code(fake) == "not_table"
    big = tmp_path / "big.csv"
    with big.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # a 50 MB CSV (sparse: nothing is written)
    with pytest.raises(ImportFileError) as err:
        read_table(big)
    assert err.value.code == "too_big" and err.value.params["size"] == 50
    assert "50 MB; at most 32 MB" in err.value.english()
    assert _code(tmp_path / "missing.csv") == "missing"

    locked = tmp_path / "locked.xlsx"
    write_xlsx(locked)

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "The process cannot access the file")
    monkeypatch.setattr(Path, "open", refuse)
    assert _code(locked) == "locked"


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_ROWS", 5)
    path = tmp_path / "long.csv"
    path.write_text("Имя;Город\n" + "".join(f"А{i};Б\n" for i in range(10)), encoding="utf-8")
    assert _code(path) == "too_many_rows"


def test_headerless_first_rows_and_empty_header_cells(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Выгрузка из 1С"])
    sheet.append([None])
    sheet.append(["ИНН", None, "Наименование"])
    sheet.append(["7707083893", "x", "ООО Тест"])
    path = tmp_path / "h.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ("ИНН", "ИНН (2)", "Наименование")
    assert table.row_numbers == (4,)


def test_cells_rules():
    assert phones("8 (912) 345-67-89; +7 495 123 45 67 или 8-800-555-35-35") == [
        ("8 (912) 345-67-89", "+79123456789"), ("+7 495 123 45 67", "+74951234567"),
        ("8-800-555-35-35", "+78005553535")]
    assert inn("274062111") == "0274062111"  # a number that lost its leading zero
    assert [str(parse_date(v, "d")) for v in ("01.02.1980", "1980-02-01", "01/02/1980",
                                             "01.02.80", "29252")] == ["1980-02-01"] * 5
    for sample in ("+7 912 345-67-89", "8 912 345 67 89", "9123456789", "+7 (3012) 12-34-56",
                   "8 800 555 35 35", "+7 912 345-67-8", "+1 212 555 0100"):
        assert _russian_e164(sample) in (None, phone_e164(sample))
