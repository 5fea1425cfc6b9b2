"""What an import would do, before anything is written: every row parsed with its problems,
the duplicate groups, and what happens to each row under the chosen policies."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crm_desktop.services.imports.dedupe import DuplicateGroup, DuplicatePolicy
from crm_desktop.services.imports.errors import ImportCancelled, Problem
from crm_desktop.services.imports.fields import ImportEntity
from crm_desktop.services.imports.mapping import ColumnMapping
from crm_desktop.services.imports.reader import SheetTable
from crm_desktop.services.imports.rows import ParsedRow


class ImportProgress:
    """A progress callback (done, total) and a cancel flag, shared between the thread that
    imports and the one that shows it. Qt-free: the UI binds it to a progress bar."""

    def __init__(self, callback: Callable[[int, int], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress; raises ImportCancelled once cancel() was called."""
        if self._cancel.is_set():
            raise ImportCancelled()
        if self._callback is not None:
            self._callback(done, total)
            if self._cancel.is_set():
                raise ImportCancelled()


PROGRESS_EVERY = 1000  # rows between progress reports while parsing


def parse_all(table: SheetTable, progress: ImportProgress,
              parse: Callable[[int, tuple[str, ...]], ParsedRow]) -> list[ParsedRow]:
    parsed = []
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, total)
        parsed.append(parse(index, row))
    return parsed


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Rows in file order (`rows[i]` is `table.rows[i]`) and the duplicate groups."""

    entity: ImportEntity
    table: SheetTable
    mapping: ColumnMapping
    rows: tuple[ParsedRow, ...]
    groups: tuple[DuplicateGroup, ...]
    owner_id: int | None
    context: dict[str, object] = field(default_factory=dict)

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def rejected(self) -> int:
        return len(self.rows) - self.accepted

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.rows if r.ok and r.problems)

    def problems_at(self, index: int) -> tuple[Problem, ...]:
        return self.rows[index].problems

    def default_policy(self, group: DuplicateGroup) -> DuplicatePolicy:
        """Rows matching a card already in the base are skipped; rows repeating each other
        inside the file become one record."""
        return DuplicatePolicy.SKIP if group.in_base else DuplicatePolicy.UPDATE


@dataclass(frozen=True, slots=True)
class Plan:
    """What happens to each accepted row: `creates` are lists of rows that become one new
    record (the first row's values, filled from the others), `updates` existing records."""

    creates: list[list[ParsedRow]]
    updates: dict[int, list[ParsedRow]]
    skipped: list[ParsedRow]

    @property
    def merged(self) -> int:
        return sum(len(rows) - 1 for rows in self.creates) + sum(
            len(rows) for rows in self.updates.values())


def plan(preview: ImportPreview, policies: Mapping[int, DuplicatePolicy],
         default: DuplicatePolicy | None = None) -> Plan:
    by_row = {i: g for g in preview.groups for i in g.rows}
    result = Plan([], {}, [])
    done: set[int] = set()
    for row in preview.rows:
        if not row.ok or row.index in done:
            continue
        group = by_row.get(row.index)
        if group is None:
            result.creates.append([row])
            continue
        policy = policies.get(group.id) or default or preview.default_policy(group)
        members = [preview.rows[i] for i in group.rows if preview.rows[i].ok]
        done.update(r.index for r in members)
        _apply(result, policy, group, members)
    return result


def _apply(result: Plan, policy: DuplicatePolicy, group: DuplicateGroup,
           members: list[ParsedRow]) -> None:
    if not members:
        return
    visible = [e for e in group.existing if e.visible]
    if policy is DuplicatePolicy.CREATE:
        result.creates.extend([r] for r in members)
    elif policy is DuplicatePolicy.SKIP:
        if group.in_base:
            result.skipped.extend(members)
        else:
            result.creates.append([members[0]])
            result.skipped.extend(members[1:])
    elif group.in_base:
        if visible:  # only a card the user may see can be updated
            result.updates.setdefault(visible[0].id, []).extend(members)
        else:
            result.skipped.extend(members)
    else:
        result.creates.append(members)
