"""Messy spreadsheets for the import tests, made here: the same client list as a cp1251 CSV
and as an xlsx with a merged title, a header merged over two phone columns, dates as dates,
an INN stored as a number and a formula with its computed value."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

from stdnum.ru import inn as stdnum_inn


def company_inn(n: int) -> str:
    base = f"77{n:07d}"
    return base + stdnum_inn.calc_company_check_digit(base)


INN_ROMASHKA = company_inn(1001)
INN_LUTIK = company_inn(1002)
INN_PETROV = company_inn(1003)
INN_FORMULA = company_inn(1004)
INN_ZERO = "0" + company_inn(5)[1:-1]  # starts with 0: Excel turns it into 9 digits
INN_ZERO += stdnum_inn.calc_company_check_digit(INN_ZERO)
EXISTING_PHONE = "+7 916 111-22-33"

HEADERS = ["Наименование", "ИНН", "КПП", "Телефон", "E-mail", "Контактное лицо", "Должность",
           "Город", "Источник", "Ответственный", "Комментарий", "Тип", "Дата рождения",
           "Сотрудников"]

# (cells by header, what the test expects of the row)
ROWS: list[tuple[dict[str, object], str]] = [
    ({"Наименование": "  ООО «Ромашка» ", "ИНН": INN_ROMASHKA, "КПП": "770701001",
      "Телефон": "8 (912) 345-67-89, +7 495 123-45-67", "E-mail": "INFO@Romashka.RU",
      "Контактное лицо": "Иванов Иван Иванович", "Должность": "Директор", "Город": "Москва",
      "Источник": "Выставка", "Ответственный": "anna",
      "Комментарий": "Перезвонить\nв понедельник", "Сотрудников": "12"}, "created"),
    ({"Наименование": "ООО Ромашка", "ИНН": INN_ROMASHKA, "Телефон": "8 912 345 67 89",
      "E-mail": "sales@romashka.ru", "Город": "Москва"}, "merged"),
    ({"Наименование": "АО Лютик", "ИНН": "77O7083893"}, "rejected: inn"),
    ({"Наименование": "ИП Петров", "ИНН": INN_PETROV, "Телефон": "позвонить после 18"},
     "rejected: phone"),
    ({"Наименование": "ЗАО Существующая", "Телефон": EXISTING_PHONE,
      "Город": "Казань"}, "in base"),
    ({"Наименование": "Сидоров Пётр Петрович", "Тип": "физлицо",
      "Дата рождения": datetime(1980, 2, 1)}, "created"),
    ({"Наименование": "Кузнецова Анна", "Тип": "Физ. лицо", "Дата рождения": "1985-03-04"},
     "created"),
    ({"Наименование": "Орлов Олег", "Тип": "физлицо", "Дата рождения": "05/06/1990"},
     "created"),
    ({"Наименование": "Смирнов Игорь", "Тип": "физлицо", "Дата рождения": "32.13.1990"},
     "rejected: date"),
    ({"Наименование": "ООО Широкая строка", "ИНН": company_inn(1005)}, "rejected: width"),
    ({"Наименование": "ООО Формула", "ИНН": INN_FORMULA, "Сотрудников": "=2*3"}, "created"),
    ({"Наименование": "ООО Ноль", "ИНН": INN_ZERO, "Ответственный": "nobody"},
     "created, warning"),
    ({"Телефон": "+7 903 000-00-01", "Город": "Тверь"}, "rejected: name"),
]
WIDE_ROW = 9  # index in ROWS of the row that spills over 200 columns


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    return str(value)


def write_csv(path: Path, *, encoding: str = "cp1251", delimiter: str = ";") -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Список клиентов на 01.10.2026"])
    writer.writerow(HEADERS)
    for index, (cells, _) in enumerate(ROWS):
        line = [_text(cells.get(h, "")) for h in HEADERS]
        line = ["6" if v == "=2*3" else v for v in line]
        if index == WIDE_ROW:
            line += [f"x{i}" for i in range(200 - len(line))]
        writer.writerow(line)
        if index == 4:
            writer.writerow([""] * len(HEADERS))  # a blank line is no row
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path) -> Path:
    """Title merged over the top; "Телефон" merged over two columns (a second phone column
    without its own header); dates as dates; an INN as a number; =2*3 with its value 6."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Клиенты"
    other = book.create_sheet("Прочее")
    other.append(["Наименование", "Город"])
    other.append(["ООО Другое", "Тула"])
    headers = HEADERS[:4] + [""] + HEADERS[4:]
    sheet.append(["Список клиентов на 01.10.2026"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    sheet.merge_cells(start_row=2, start_column=4, end_row=2, end_column=5)
    for index, (cells, _) in enumerate(ROWS):
        phones = str(cells.get("Телефон", "")).split(", ")
        line: list[object] = []
        for header in headers:
            value = cells.get(header, "") if header else (phones[1] if len(phones) > 1 else "")
            if header == "Телефон":
                value = phones[0]
            if header == "ИНН" and value == INN_ZERO:
                value = int(INN_ZERO)  # Excel drops the leading zero
            line.append(value if value != "" else None)
        if index == WIDE_ROW:
            line += [f"x{i}" for i in range(200 - len(line))]
        sheet.append(line)
    book.save(path)
    _set_cached_value(path, "2*3", "6")
    return path


def _set_cached_value(path: Path, formula: str, value: str) -> None:
    """openpyxl saves formulas without a computed value; Excel would store one."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    items[name] = items[name].replace(f"<f>{formula}</f><v />".encode(),
                                      f"<f>{formula}</f><v>{value}</v>".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in items.items():
            target.writestr(item, data)
