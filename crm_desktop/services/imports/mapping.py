"""Which column goes into which field: guessed from the headers, changed by the user, saved
under a name for the next file of the same shape.

Saved mappings are JSON files (one per name) in the user's data folder: every role that may
import can save them, on PostgreSQL too, where only administrators may write the `settings`
table. The same file is what `crm-admin import --mapping FILE.json` reads:

    {"entity": "clients", "columns": {"Наименование": "name", "ИНН": "inn", "Тел.": "phone"}}

Columns are matched by header (compared folded, so "ИНН" fits "инн"); headers not listed are
not imported.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.services.imports.errors import MappingError
from crm_desktop.services.imports.fields import FIELDS, ImportEntity, header_key

_UNSAFE = re.compile(r"[^\w\- ]+")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """`fields[i]` is the field key of column i, or None: the column is not imported."""

    entity: ImportEntity
    fields: tuple[str | None, ...]

    def columns_of(self, key: str) -> tuple[int, ...]:
        return self.index().get(key, ())

    def index(self) -> dict[str, tuple[int, ...]]:
        """Field key → its columns (cached: read for every cell of every row)."""
        return _index(self.fields)

    def has(self, key: str) -> bool:
        return key in self.fields

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        fields = list(self.fields)
        fields[column] = key
        return ColumnMapping(self.entity, tuple(fields))

    def to_json(self, headers: tuple[str, ...]) -> dict[str, Any]:
        return {"entity": self.entity.value,
                "columns": {h: f for h, f in zip(headers, self.fields, strict=False) if f}}


@functools.lru_cache(maxsize=32)
def _index(fields: tuple[str | None, ...]) -> dict[str, tuple[int, ...]]:
    result: dict[str, tuple[int, ...]] = {}
    for column, key in enumerate(fields):
        if key is not None:
            result[key] = (*result.get(key, ()), column)
    return result


def guess(entity: ImportEntity, headers: tuple[str, ...]) -> ColumnMapping:
    """Exact synonyms first, then headers starting with one ("Телефон рабочий"); a field that
    takes one column gets the first that fits."""
    fields = FIELDS[entity]
    keys = [header_key(h) for h in headers]
    chosen: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for exact in (True, False):
        for index, key in enumerate(keys):
            if chosen[index] is not None or not key:
                continue
            for field in fields:
                if field.key in taken and not field.multi:
                    continue
                if _fits(key, field.synonyms, exact):
                    chosen[index] = field.key
                    taken.add(field.key)
                    break
    return ColumnMapping(entity, tuple(chosen))


def _fits(key: str, synonyms: tuple[str, ...], exact: bool) -> bool:
    if exact:
        return key in synonyms
    words = key.split()
    return any(len(s) >= 3 and (words[: len(s.split())] == s.split()) for s in synonyms)


def from_json(data: object, headers: tuple[str, ...], name: str = "") -> ColumnMapping:
    """A saved mapping applied to this file's headers."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingError("bad_file", name=name, detail='no "columns" object')
    try:
        entity = ImportEntity(data.get("entity", ImportEntity.CLIENTS.value))
    except ValueError as exc:
        raise MappingError("bad_file", name=name, detail=f"entity {data.get('entity')!r}") from exc
    known = {f.key for f in FIELDS[entity]}
    wanted = {header_key(str(h)): f for h, f in data["columns"].items()}
    bad = sorted(str(f) for f in wanted.values() if f not in known)
    if bad:
        raise MappingError("bad_file", name=name, detail="unknown fields " + ", ".join(bad))
    return ColumnMapping(entity, tuple(wanted.get(header_key(h)) for h in headers))


def read_mapping_file(path: Path, headers: tuple[str, ...]) -> ColumnMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise MappingError("bad_file", name=path.name, detail=str(exc)) from exc
    return from_json(data, headers, path.name)


class MappingStore:
    """Named mappings as JSON files in one folder."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def names(self, entity: ImportEntity) -> list[str]:
        if not self._folder.is_dir():
            return []
        result = []
        for path in sorted(self._folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("entity") == entity.value:
                result.append(str(data.get("name") or path.stem))
        return sorted(result, key=str.casefold)

    def save(self, name: str, mapping: ColumnMapping, headers: tuple[str, ...]) -> Path:
        clean = name.strip()
        if not clean:
            raise MappingError("unknown", name=name)
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._path(clean)
        data = {"name": clean, **mapping.to_json(headers)}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    def load(self, name: str, headers: tuple[str, ...]) -> ColumnMapping:
        path = self._path(name.strip())
        if not path.exists():
            raise MappingError("unknown", name=name)
        return read_mapping_file(path, headers)

    def _path(self, name: str) -> Path:
        stem = _UNSAFE.sub("_", name).strip() or "mapping"
        return self._folder / f"{stem[:80]}.json"
