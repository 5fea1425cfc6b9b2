"""The import use case: read a file, preview it, write all accepted rows in one transaction
(or nothing), report the rejected rows to a file. Qt-free; runs on a worker thread."""

from __future__ import annotations

import gc
import logging
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Channel, User
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import user_in_scope
from crm_desktop.services.imports import contact_import, deal_import, rejects
from crm_desktop.services.imports.client_writer import create_clients, update_clients
from crm_desktop.services.imports.dedupe import (
    DuplicatePolicy,
    client_describer,
    client_keys,
    client_look_up,
    find_groups,
)
from crm_desktop.services.imports.errors import MappingError, Problem
from crm_desktop.services.imports.fields import ImportEntity
from crm_desktop.services.imports.mapping import ColumnMapping
from crm_desktop.services.imports.preview import (
    ImportPreview,
    ImportProgress,
    Plan,
    parse_all,
    plan,
)
from crm_desktop.services.imports.reader import SheetTable, read_table
from crm_desktop.services.imports.rows import Refs, parse_client
from crm_desktop.services.normalize import fold

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Every data row ends up in exactly one of created / merged / skipped / rejected;
    `updated` counts the existing records that received data."""

    entity: ImportEntity
    file_name: str
    rows: int
    created: int
    updated: int
    merged: int
    skipped: int
    rejected: int
    warnings: int
    dry_run: bool
    reject_file: Path | None
    seconds: float


class ImportService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def read(self, path: Path, sheet: str | None = None) -> SheetTable:
        self._actor.require(Permission.IMPORT)
        with gc_paused():
            return read_table(path, sheet)

    def owner_id(self, login: str | None) -> int | None:
        """The user a login names, when the actor may make them responsible."""
        if not login:
            return self._actor.user_id or None
        with self._sessions() as session:
            user_id = session.scalar(select(User.id).where(User.login == login.strip().lower()))
            if user_id is None or not user_in_scope(session, self._actor, user_id):
                raise MappingError("bad_owner", name=login)
            return int(user_id)

    def preview(self, table: SheetTable, mapping: ColumnMapping, owner_id: int | None = None,
                progress: ImportProgress | None = None) -> ImportPreview:
        """Every row parsed and checked, and the duplicate groups; reads only."""
        self._actor.require(Permission.IMPORT)
        progress = progress or ImportProgress()
        owner = owner_id if owner_id is not None else (self._actor.user_id or None)
        with gc_paused(), self._sessions() as session:
            refs = self._refs(session, owner)
            if mapping.entity is ImportEntity.CLIENTS:
                parsed = parse_all(table, progress,
                                    lambda i, r: parse_client(i, r, mapping, refs))
                ok = [r for r in parsed if r.ok]
                groups = find_groups(session, ok, client_keys, client_look_up,
                                     client_describer(self._actor))
                context: dict[str, object] = {}
            elif mapping.entity is ImportEntity.CONTACTS:
                parsed, groups, context = contact_import.prepare(
                    session, self._actor, table, mapping, refs, progress)
            else:
                parsed, groups, context = deal_import.prepare(
                    session, self._actor, table, mapping, refs, progress)
        return ImportPreview(mapping.entity, table, mapping, tuple(parsed), tuple(groups),
                             owner, context)

    def run(self, preview: ImportPreview, policies: Mapping[int, DuplicatePolicy] | None = None,
            *, default: DuplicatePolicy | None = None, progress: ImportProgress | None = None,
            rejects_path: Path | None = None, describe: Callable[[Problem], str] | None = None,
            dry_run: bool = False) -> ImportResult:
        """All accepted rows in one transaction, or nothing (a cancel, an error, a dry run).
        The reject report is written only after the import went through."""
        self._actor.require(Permission.IMPORT)
        started = time.perf_counter()
        progress = progress or ImportProgress()
        with gc_paused():
            chosen = plan(preview, policies or {}, default)
        total = sum(len(g) for g in chosen.creates) + sum(len(r) for r in chosen.updates.values())
        done = 0

        def step(rows: int) -> None:
            nonlocal done
            done += rows
            progress.step(done, total)

        with gc_paused(), self._sessions() as session:
            transaction = session.begin()
            try:
                progress.step(0, total)
                self._write(session, preview, chosen, step)
                audit.record(session, self._actor, "import", preview.entity.value, None,
                             _audit_details(preview, chosen, dry_run))
            except BaseException:
                transaction.rollback()
                raise
            if dry_run:
                transaction.rollback()
            else:
                transaction.commit()
        reject_file = None
        if rejects_path is not None and preview.rejected:
            reject_file = _write_rejects(rejects_path, preview, describe or Problem.english)
        return ImportResult(preview.entity, preview.table.name, len(preview.rows),
                            len(chosen.creates), len(chosen.updates), chosen.merged,
                            len(chosen.skipped), preview.rejected, preview.warnings, dry_run,
                            reject_file, time.perf_counter() - started)

    def _write(self, session: Session, preview: ImportPreview, chosen: Plan,
               step: Callable[[int], None]) -> None:
        if preview.entity is ImportEntity.CLIENTS:
            create_clients(session, self._actor, chosen.creates, step)
            update_clients(session, self._actor, chosen.updates, step)
        elif preview.entity is ImportEntity.CONTACTS:
            contact_import.write(session, self._actor, preview, chosen, step)
        else:
            deal_import.write(session, self._actor, preview, chosen, step)

    def _refs(self, session: Session, owner_id: int | None) -> Refs:
        users: dict[str, int] = {}
        for user_id, login, full_name in session.execute(
                select(User.id, User.login, User.full_name).where(User.is_active.is_(True))):
            if user_in_scope(session, self._actor, user_id):
                users.setdefault(fold(login), user_id)
                users.setdefault(fold(full_name), user_id)
        channels = {fold(name): cid for cid, name in session.execute(
            select(Channel.id, Channel.name))}
        return Refs(owner_id, users, channels)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a big file's rows are built: the collector kept
    re-scanning the 100k parsed rows (2 s of 14 s CPU); reference counting still frees memory.
    Nested or concurrent uses leave the collector to the outermost one."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_rejects(path: Path, preview: ImportPreview,
                   describe: Callable[[Problem], str]) -> Path:
    """The import is already committed: a folder we may not write to must not hide that, so
    the report then goes to the temporary folder."""
    try:
        return rejects.write(path, preview, describe)
    except OSError:
        log.warning("cannot write the reject report next to the file; using the temp folder")
        return rejects.write(Path(tempfile.gettempdir()) / path.name, preview, describe)


def _audit_details(preview: ImportPreview, chosen: Plan, dry_run: bool) -> dict[str, object]:
    return {"file": preview.table.name, "rows": len(preview.rows),
            "created": len(chosen.creates), "updated": len(chosen.updates),
            "merged": chosen.merged, "skipped": len(chosen.skipped),
            "rejected": preview.rejected, "dry_run": dry_run}
