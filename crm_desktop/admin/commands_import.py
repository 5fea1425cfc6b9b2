"""crm-admin import clients|contacts|deals FILE: the import engine from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crm_desktop.admin.common import PASSWORD_ENV, add_db_option, login_as, owner_engine
from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.imports import (
    DuplicatePolicy,
    ImportEntity,
    ImportPreview,
    ImportProgress,
    ImportResult,
    ImportService,
    MappingError,
    guess,
)
from crm_desktop.services.imports.mapping import read_mapping_file
from crm_desktop.services.imports.rejects import reason

SHOWN_REJECTS = 20


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import", help="import clients, contact people or deals from .xlsx or .csv",
        description="Import FILE (.xlsx, or .csv in UTF-8 or Windows-1251 with ; , or TAB) in "
                    "one transaction: every accepted row or nothing. Columns are matched by "
                    "their headers (Наименование, ИНН, Телефон, E-mail, ...) or by --mapping. "
                    "Rows with bad cells are rejected and listed; --rejects writes them to a "
                    "file with a reason column, to fix and import again. The import is recorded "
                    "in the audit log.")
    parser.add_argument("entity", choices=[e.value for e in ImportEntity],
                        help="what the rows are")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--mapping", type=Path, metavar="FILE.json",
                        help='columns to fields: {"entity": "clients", "columns": '
                             '{"Наименование": "name", "ИНН": "inn"}} (the wizard saves these)')
    parser.add_argument("--owner", metavar="LOGIN",
                        help="responsible manager of rows without one (default: the user)")
    parser.add_argument("--on-duplicate", choices=[p.value for p in DuplicatePolicy],
                        default=DuplicatePolicy.SKIP.value,
                        help="rows matching a record in the base (same INN, phone or e-mail) or "
                             "each other: skip them (default), update the existing record "
                             "(fill empty fields, add phones and e-mails), or create anyway")
    parser.add_argument("--rejects", type=Path, metavar="OUT",
                        help="write the rejected rows with a reason column (in FILE's format)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check everything and print the counts, write nothing")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: first)")
    parser.add_argument("--user", metavar="LOGIN",
                        help=f"act as this CRM user (password from ${PASSWORD_ENV}, else a "
                             "prompt): their import right and scope apply; default: the "
                             "database owner")
    add_db_option(parser)
    parser.set_defaults(handler=cmd_import)


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[ImportService]:
    if args.user:
        workspace = login_as(args, args.user)
        try:
            yield ImportService(workspace.sessions, workspace.actor)
        finally:
            workspace.close()
        return
    engine = owner_engine(args)
    try:
        yield ImportService(make_sessions(engine), system_actor())
    finally:
        engine.dispose()


def _progress() -> ImportProgress:
    if not sys.stderr.isatty():
        return ImportProgress()

    def show(done: int, total: int) -> None:
        print(f"\rrows: {done:,} / {total:,}", end="\n" if done == total else "",
              file=sys.stderr, flush=True)
    return ImportProgress(show)


def cmd_import(args: argparse.Namespace) -> int:
    entity = ImportEntity(args.entity)
    with _service(args) as service:
        table = service.read(args.file, args.sheet)
        mapping = (read_mapping_file(args.mapping, table.headers) if args.mapping
                   else guess(entity, table.headers))
        if mapping.entity is not entity:
            raise MappingError("bad_file", name=args.mapping.name,
                               detail=f"it maps {mapping.entity.value}, not {entity.value}")
        owner = service.owner_id(args.owner)
        preview = service.preview(table, mapping, owner, _progress())
        result = service.run(preview, default=DuplicatePolicy(args.on_duplicate),
                             progress=_progress(), rejects_path=args.rejects,
                             dry_run=args.dry_run)
    _print_result(result, preview)
    return 0


def _print_result(result: ImportResult, preview: ImportPreview) -> None:
    mapped = [f"{h} → {f}" for h, f in zip(preview.table.headers, preview.mapping.fields,
                                            strict=False) if f]
    print("Columns: " + ", ".join(mapped))
    verb = "Would import" if result.dry_run else "Imported"
    print(f"{verb} {result.entity.value} from {result.file_name} ({result.rows:,} rows): "
          f"imported {result.created:,}, updated {result.updated:,}, merged {result.merged:,}, "
          f"skipped {result.skipped:,}, rejected {result.rejected:,}"
          + (f"; {result.warnings:,} with warnings" if result.warnings else "")
          + f" ({result.seconds:.1f} s).")
    if result.dry_run:
        print("Dry run: nothing was written.")
    shown = [r for r in preview.rows if not r.ok][:SHOWN_REJECTS]
    for row in shown:
        number = preview.table.row_numbers[row.index]
        print(f"  row {number}: {reason(preview, row.index, lambda p: p.english())}")
    if result.rejected > len(shown):
        print(f"  ... and {result.rejected - len(shown):,} more rejected rows")
    if result.reject_file is not None:
        print(f"Rejected rows with the reasons: {result.reject_file}")
