"""What can go wrong with an import file or run, as data (translated only by the UI or CLI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError


class ImportFileError(CrmError):
    """The file cannot be read as a table at all: nothing is imported."""

    MESSAGES = {
        "missing": QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."),
        "empty": QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."),
        "no_rows": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} has a header but no rows under it."),
        "not_table": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is not a spreadsheet: open an .xlsx or .csv file."),
        "old_excel": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is in the old Excel format (.xls): save it as .xlsx or "
                      "CSV in Excel and import that."),
        "locked": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is open in another program or locked: close it there "
                      "and try again."),
        "too_big": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is too big ({size} MB; at most {limit} MB): split it "
                      "into several files."),
        "too_many_rows": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} has more than {limit} rows: split it into several files."),
        "no_sheet": QT_TRANSLATE_NOOP("Errors", 'The workbook has no sheet "{sheet}".'),
        "unreadable": QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {detail}"),
    }

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        super().__init__(self.MESSAGES[code], **params)


class ImportCancelled(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was written.")


class MappingError(CrmError):
    MESSAGES = {
        "required": QT_TRANSLATE_NOOP("Errors", 'Choose the column for "{field}".'),
        "bad_file": QT_TRANSLATE_NOOP("Errors", "The mapping file {name} cannot be used: {detail}"),
        "unknown": QT_TRANSLATE_NOOP("Errors", 'There is no saved mapping "{name}".'),
        "bad_owner": QT_TRANSLATE_NOOP("Errors", 'There is no user "{name}" in your scope.'),
    }

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        super().__init__(self.MESSAGES[code], **params)


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem with one cell (`column` is the file's column index, -1: the whole row).
    Errors reject the row; warnings only drop the value (the row is imported without it)."""

    column: int
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False

    def english(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message
