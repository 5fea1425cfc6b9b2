"""Duplicate groups: rows of the file that share a key with each other or with a record
already in the base (for clients: the same INN, the same E.164 phone, the same e-mail).

Rows, keys and existing records are nodes of one union-find; a group is a connected part with
two rows or more, or with an existing record. What happens to a group is its policy."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, ContactMethod, ContactMethodKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.imports.rows import ParsedRow

CHUNK = 500  # values per IN (...) list: well under SQLite's parameter limit


class DuplicatePolicy(enum.StrEnum):
    SKIP = "skip"      # keep what is in the base (or the group's first row)
    UPDATE = "update"  # fill the empty fields of the existing card, add new phones and e-mails
    CREATE = "create"  # create a record for every row anyway


@dataclass(frozen=True, slots=True)
class Existing:
    """A record already in the base; its name only when the user may see it."""

    id: int
    name: str | None
    visible: bool


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Rows (table indexes, file order) that are one record; `keys` are what they share."""

    id: int
    rows: tuple[int, ...]
    existing: tuple[Existing, ...]
    keys: tuple[str, ...]

    @property
    def in_base(self) -> bool:
        return bool(self.existing)


KeysOf = Callable[[ParsedRow], Iterable[str]]
LookUp = Callable[[Session, list[str]], dict[str, set[int]]]
Describe = Callable[[Session, set[int]], dict[int, Existing]]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        root = self.parent.setdefault(node, node)
        while root != self.parent[root]:
            root = self.parent[root]
        while node != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_groups(session: Session, rows: Sequence[ParsedRow], keys_of: KeysOf, look_up: LookUp,
                describe: Describe) -> list[DuplicateGroup]:
    row_keys = {row.index: list(dict.fromkeys(keys_of(row))) for row in rows}
    counts: dict[str, int] = {}
    for keys in row_keys.values():
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    found = look_up(session, sorted(counts))
    # only keys shared by two rows or with a record in the base can join anything
    hot = {k for k, n in counts.items() if n > 1} | set(found)
    union = _Union()
    for index, keys in row_keys.items():
        for key in keys:
            if key in hot:
                union.join(f"r{index:09d}", "k" + key)
    for key, ids in found.items():
        for record_id in ids:
            union.join("k" + key, f"x{record_id:012d}")
    members: dict[str, list[str]] = {}
    for node in list(union.parent):
        if node[0] in "rx":
            members.setdefault(union.find(node), []).append(node)
    existing_ids = {int(n[1:]) for nodes in members.values() for n in nodes if n[0] == "x"}
    known = describe(session, existing_ids) if existing_ids else {}
    groups: list[DuplicateGroup] = []
    for nodes in members.values():
        row_ids = sorted(int(n[1:]) for n in nodes if n[0] == "r")
        records = sorted(int(n[1:]) for n in nodes if n[0] == "x")
        if not row_ids or (len(row_ids) < 2 and not records):
            continue
        shared = _shared_keys(row_ids, row_keys, found, set(records))
        groups.append(DuplicateGroup(0, tuple(row_ids),
                                     tuple(known[r] for r in records if r in known),
                                     tuple(shared)))
    groups.sort(key=lambda g: g.rows[0])
    return [DuplicateGroup(i + 1, g.rows, g.existing, g.keys) for i, g in enumerate(groups)]


def _shared_keys(row_ids: list[int], row_keys: dict[int, list[str]],
                 found: dict[str, set[int]], records: set[int]) -> list[str]:
    counts: dict[str, int] = {}
    for row_id in row_ids:
        for key in row_keys[row_id]:
            counts[key] = counts.get(key, 0) + 1
    return [k for k, n in counts.items() if n > 1 or found.get(k, set()) & records]


def chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


# -- clients ------------------------------------------------------------------------------------
def client_keys(row: ParsedRow) -> Iterable[str]:
    if row.values.get("inn"):
        yield f"inn:{row.values['inn']}"
    for _, e164 in row.phones:
        yield f"phone:{e164}"
    for _, email in row.emails:
        yield f"email:{email}"


def client_look_up(session: Session, keys: list[str]) -> dict[str, set[int]]:
    """Existing clients by INN (clients.inn) and by phone or e-mail (contact_methods: the
    client's own and its contact people's), through the indexes on those columns."""
    found: dict[str, set[int]] = {}
    by_kind: dict[str, list[str]] = {}
    for key in keys:
        kind, value = key.split(":", 1)
        by_kind.setdefault(kind, []).append(value)
    for values in chunks(by_kind.get("inn", [])):
        for client_id, inn in session.execute(
                select(Client.id, Client.inn).where(Client.inn.in_(values))):
            found.setdefault(f"inn:{inn}", set()).add(client_id)
    for kind, method in (("phone", ContactMethodKind.PHONE), ("email", ContactMethodKind.EMAIL)):
        for values in chunks(by_kind.get(kind, [])):
            query = select(ContactMethod.client_id, ContactMethod.normalized).where(
                ContactMethod.kind == method, ContactMethod.normalized.in_(values))
            for client_id, normalized in session.execute(query):
                found.setdefault(f"{kind}:{normalized}", set()).add(client_id)
    return found


def client_describer(actor: Actor) -> Describe:
    def describe(session: Session, ids: set[int]) -> dict[int, Existing]:
        result: dict[int, Existing] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start:start + CHUNK]
            visible = set(session.scalars(select(Client.id).where(
                Client.id.in_(part), actor.owner_filter(Client.manager_id, "client", Client.id))))
            for client_id, name in session.execute(
                    select(Client.id, Client.name).where(Client.id.in_(part))):
                shown = client_id in visible
                result[client_id] = Existing(client_id, name if shown else None, shown)
        return result
    return describe
