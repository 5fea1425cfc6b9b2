"""Demo rows around a client: deals with line items and stage history, tasks, activities."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from typing import Any, TypeVar

from crm_desktop.services.demo import words
from crm_desktop.services.normalize import fold

Row = dict[str, Any]
T = TypeVar("T")
DAY = 86400.0
CENT = Decimal("0.01")
_DEAL_KINDS = ("Поставка", "Заказ", "Проект", "Договор")
_DISCOUNTS = (Decimal(0), Decimal(5), Decimal(10), Decimal(15))
_QTY_RANGE = {"м": (10, 500), "час": (1, 40), "кг": (1, 50), "упак": (1, 50), "мес": (1, 12)}


@dataclass(frozen=True, slots=True)
class PipelineRef:
    id: int
    name: str
    open_stages: tuple[int, ...]
    won: int
    lost: int


@dataclass(frozen=True, slots=True)
class Refs:
    """Ids the generated rows point at, loaded once before the batches."""

    now: datetime
    managers: tuple[int, ...]
    head: int
    channels: tuple[int, ...]
    loss_reasons: tuple[int, ...]
    products: tuple[tuple[int, str, str, Decimal, Decimal | None], ...]
    pipelines: tuple[PipelineRef, ...]


def ts(value: float) -> int:
    """A timestamp column value: whole epoch seconds (UTC). Rows keep these plain ints, which
    writer.py turns into what each backend stores (much cheaper than datetime objects)."""
    return int(value)


def deal_search_text(title: str) -> str:
    """What DealService stores in deals.search_text: the folded title."""
    return fold(title)


def line_amount(quantity: Decimal, price: Decimal, discount_pct: Decimal) -> Decimal:
    """A line item's total: quantity × price less the discount, rounded to kopecks."""
    return (quantity * price * (100 - discount_pct) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


class RowBuffer:
    """Rows of one batch per table, with ids assigned from `next_ids`."""

    TABLES = ("clients", "contacts", "contact_methods", "deals", "deal_items",
              "deal_stage_changes", "tasks", "activities")

    def __init__(self, rng: random.Random, refs: Refs, next_ids: dict[str, int]) -> None:
        self._rng, self._refs, self._ids = rng, refs, dict(next_ids)
        self._rows: dict[str, list[Row]] = {name: [] for name in self.TABLES}
        self._now = refs.now.timestamp()
        self._random = rng.random
        self._cumulative: dict[tuple[int, ...], list[int]] = {}

    def tables(self) -> dict[str, list[Row]]:
        return self._rows

    # Faster than Random.choice/randrange/choices (which showed at the top of the profile);
    # still deterministic for a given seed.
    def _pick(self, seq: Sequence[T]) -> T:
        return seq[int(self._random() * len(seq))]

    def _int(self, low: int, high: int) -> int:
        """low <= n < high."""
        return low + int(self._random() * (high - low))

    def _weighted(self, population: Sequence[T], weights: tuple[int, ...]) -> T:
        cumulative = self._cumulative.get(weights)
        if cumulative is None:
            cumulative = self._cumulative[weights] = list(accumulate(weights))
        return population[bisect(cumulative, self._random() * cumulative[-1])]

    def _id(self, table: str) -> int:
        value = self._ids[table]
        self._ids[table] = value + 1
        return value

    def _deals(self, client: Row, contact_id: int | None, created: float) -> list[tuple[int, str]]:
        """Deals of one client; sets client['open_deals_amount']. Returns (id, outcome)."""
        result: list[tuple[int, str]] = []
        open_total = Decimal(0)
        for _ in range(self._weighted((0, 1, 2, 3), (55, 30, 10, 5))):
            deal_id, outcome, amount = self._deal(client, contact_id, created)
            result.append((deal_id, outcome))
            if outcome == "open":
                open_total += amount
        client["open_deals_amount"] = open_total
        return result

    def _deal(self, client: Row, contact_id: int | None,
              created: float) -> tuple[int, str, Decimal]:
        rng, refs = self._rng, self._refs
        pipeline = refs.pipelines[0] if rng.random() < 0.65 else self._pick(refs.pipelines)
        stages = pipeline.open_stages
        roll = rng.random()
        outcome = "open" if roll < 0.5 else "won" if roll < 0.8 else "lost"
        if outcome == "won":
            path = (*stages, pipeline.won)
        else:
            path = stages[:self._int(1, len(stages) + 1)]
            if outcome == "lost":
                path = (*path, pipeline.lost)
        steps = [rng.uniform(0.3, 12) * DAY for _ in path[1:]]
        span = self._now - created - sum(steps)
        start = created + rng.uniform(0, span) if span > 0 else self._now - sum(steps) - DAY
        deal_id = self._id("deals")
        manager = client["manager_id"]
        moment, previous = start, None
        for stage, step in zip(path, [0.0, *steps], strict=True):
            moment += step
            if previous is not None:
                self._rows["deal_stage_changes"][-1]["left_at"] = ts(moment)
            self._rows["deal_stage_changes"].append({
                "id": self._id("deal_stage_changes"), "deal_id": deal_id,
                "from_stage_id": previous, "to_stage_id": stage, "changed_at": ts(moment),
                "changed_by_id": manager, "left_at": None,
            })
            previous = stage
        amount = self._items(deal_id)
        closed = outcome != "open"
        expected = datetime.fromtimestamp(
            moment + rng.uniform(5, 90) * DAY if not closed else moment, UTC).date()
        title = f"{self._pick(_DEAL_KINDS)} — {client['name']}"[:300]
        self._rows["deals"].append({
            "id": deal_id, "title": title, "search_text": deal_search_text(title),
            "client_id": client["id"], "contact_id": contact_id,
            "pipeline_id": pipeline.id, "stage_id": path[-1], "manager_id": manager,
            "channel_id": client["channel_id"], "amount": amount, "currency": "RUB",
            "expected_close_on": expected, "stage_entered_at": ts(moment),
            "closed_at": ts(moment) if closed else None,
            "loss_reason_id": self._pick(refs.loss_reasons) if outcome == "lost" else None,
            "loss_comment": None, "note": None, "version": 1, "created_at": ts(start),
            "updated_at": ts(moment), "created_by_id": manager,
        })
        return deal_id, outcome, amount

    def _items(self, deal_id: int) -> Decimal:
        rng = self._rng
        total = Decimal(0)
        count = self._weighted((1, 2, 3, 4), (40, 30, 20, 10))
        for position, (product_id, name, unit, price, vat) in enumerate(
                rng.sample(self._refs.products, count)):
            low, high = _QTY_RANGE.get(unit, (1, 20))
            quantity = Decimal(self._int(low, high + 1))
            discount = _DISCOUNTS[0] if rng.random() < 0.7 else self._pick(_DISCOUNTS)
            total += line_amount(quantity, price, discount)
            self._rows["deal_items"].append({
                "id": self._id("deal_items"), "deal_id": deal_id, "product_id": product_id,
                "position": position, "name": name, "quantity": quantity, "unit": unit,
                "price": price, "discount_pct": discount, "vat_rate": vat,
            })
        return total

    def _tasks(self, client_id: int, manager: int, deal_ids: list[int]) -> None:
        rng, refs = self._rng, self._refs
        for _ in range(self._weighted((0, 1, 2), (30, 45, 25))):
            due = self._now + rng.uniform(-30, 30) * DAY
            created = min(due, self._now) - rng.uniform(1, 10) * DAY
            if due < self._now:
                status = "done" if rng.random() < 0.55 else "open"  # open ones are overdue
            else:
                status = "open" if rng.random() < 0.85 else "in_progress"
            done_at = due - rng.uniform(0, 2) * DAY if status == "done" else None
            self._rows["tasks"].append({
                "id": self._id("tasks"), "title": self._pick(words.TASK_TITLES),
                "description": None, "assignee_id": manager, "client_id": client_id,
                "deal_id": self._pick(deal_ids) if deal_ids and rng.random() < 0.4 else None,
                "project_id": None, "status": status,
                "priority": self._weighted(("low", "normal", "high"), (20, 60, 20)),
                "due_at": ts(due), "remind_at": ts(due - 3600) if rng.random() < 0.3 else None,
                "reminded_at": None, "started_at": ts(created) if status == "in_progress" else None,
                "completed_at": ts(max(done_at, created)) if done_at else None,
                "is_automatic": False, "rule_id": None, "version": 1, "created_at": ts(created),
                "updated_at": ts(created), "created_by_id": refs.head if rng.random() < 0.3
                else manager,
            })

    def _activities(self, client: Row, contact_ids: list[int | None], deal_ids: list[int],
                    created: float) -> None:
        rng = self._rng
        earliest = max(created, self._now - 365 * DAY)
        last = None
        for _ in range(self._weighted((1, 2, 3, 4, 5, 6), (15, 25, 25, 18, 10, 7))):
            at = rng.uniform(earliest, self._now - 600)
            last = at if last is None or at > last else last
            kind = self._weighted(("call", "email", "meeting", "note"), (45, 25, 15, 15))
            row = {
                "id": self._id("activities"), "kind": kind, "client_id": client["id"],
                "contact_id": self._pick(contact_ids), "occurred_at": ts(at),
                "deal_id": self._pick(deal_ids) if deal_ids and rng.random() < 0.3 else None,
                "duration_seconds": None, "outcome": None, "subject": None, "body": None,
                "version": 1, "created_at": ts(at), "updated_at": ts(at),
                "created_by_id": client["manager_id"],
            }
            if kind == "call":
                outcome = self._pick(words.CALL_OUTCOMES)
                answered = outcome not in ("Не ответил", "Занято")
                row.update(outcome=outcome, duration_seconds=self._int(20, 1501) if answered
                           else 0, subject=self._pick(("Исходящий звонок", "Входящий звонок")))
            elif kind == "meeting":
                row.update(subject=self._pick(words.MEETING_SUBJECTS),
                           duration_seconds=self._pick((1800, 3600, 5400, 7200)))
            elif kind == "email":
                row.update(subject=self._pick(words.EMAIL_SUBJECTS))
            else:
                row.update(body=self._pick(words.NOTES))
            self._rows["activities"].append(row)
        client["last_contact_at"] = ts(last) if last is not None else None
