"""Pages of the client list kept by absolute position, and reading a few of them on a worker.

A page is PAGE_SIZE rows at rows [n * PAGE_SIZE, (n + 1) * PAGE_SIZE). The cache holds at most
`limit` pages and forgets the least recently used ones, so memory does not grow with scrolling.
Pages are read with keysets (STYLE.md §4): from the cursor of the page before when it is known,
otherwise from the cursor `ClientListService.seek` finds through the index (a far jump).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_list import ClientListService
from crm_desktop.services.client_sort import ClientSort, Cursor
from crm_desktop.services.favorites import FavoriteService

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[ClientRow]
    cursor: Cursor | None
    """Pass to `sorted_page` for the next page; None: the list ends in this page."""
    starred: frozenset[int]


class PageCache:
    """Pages by number, least recently used first; plain Python, GUI thread only."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._starred: set[int] = set()

    def clear(self) -> None:
        self._pages.clear()
        self._starred.clear()

    def __contains__(self, number: object) -> bool:
        return number in self._pages

    def __len__(self) -> int:
        return len(self._pages)

    def numbers(self) -> list[int]:
        return sorted(self._pages)

    def page(self, number: int) -> Page | None:
        return self._pages.get(number)

    def rows_of(self, number: int) -> list[ClientRow]:
        """The rows of page `number` if it is here (without making it recently used)."""
        page = self._pages.get(number)
        return page.rows if page is not None else []

    def row(self, row: int) -> ClientRow | None:
        """The row at this position if its page is here (which makes the page recently used)."""
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            return None
        self._pages.move_to_end(number)
        return page.rows[offset] if offset < len(page.rows) else None

    def put(self, number: int, page: Page) -> list[int]:
        """Keep `page` as page `number`; returns the numbers of the pages evicted for it."""
        old = self._pages.pop(number, None)
        if old is not None:
            self._starred.difference_update(r.id for r in old.rows)
        self._pages[number] = page
        self._starred.difference_update(r.id for r in page.rows)
        self._starred |= page.starred
        evicted = []
        while len(self._pages) > self.limit:
            gone_number, gone = self._pages.popitem(last=False)
            self._starred.difference_update(r.id for r in gone.rows)
            evicted.append(gone_number)
        return evicted

    def loaded_count(self) -> int:
        return sum(len(p.rows) for p in self._pages.values())

    def find(self, client_id: int) -> int:
        """The position of this client among the loaded rows, or -1."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page.rows):
                if row.id == client_id:
                    return number * PAGE_SIZE + offset
        return -1

    def is_starred(self, client_id: int) -> bool:
        return client_id in self._starred

    def set_starred(self, client_id: int, starred: bool) -> None:
        if starred:
            self._starred.add(client_id)
        else:
            self._starred.discard(client_id)

    def cursors_before(self, numbers: Iterable[int]) -> dict[int, Cursor | None]:
        """For each page whose predecessor is loaded: the cursor that page ended with."""
        return {n: prev.cursor for n in numbers if (prev := self._pages.get(n - 1)) is not None}


def read_pages(
    client_list: ClientListService,
    favorites: FavoriteService,
    sort: ClientSort,
    flt: ClientFilter,
    numbers: Iterable[int],
    before: dict[int, Cursor | None],
) -> dict[int, Page]:
    """Read these pages (worker thread). `before[n]` is the cursor page n-1 ended with, when
    the caller has that page; pages read here chain too; the others start with a seek."""
    result: dict[int, Page] = {}
    for number in sorted(set(numbers)):
        after: Cursor | None = None
        if number > 0:
            if number - 1 in result or number in before:
                known = result[number - 1] if number - 1 in result else None
                after = known.cursor if known is not None else before[number]
                if after is None:  # the list ended before this page
                    result[number] = Page([], None, frozenset())
                    continue
            else:
                after = client_list.seek(sort, flt, number * PAGE_SIZE)
        rows, cursor = client_list.sorted_page(sort, flt, after, PAGE_SIZE)
        starred = favorites.ids([r.id for r in rows])
        result[number] = Page(rows, cursor, frozenset(starred))
    return result
