"""Two users issuing at once (two threads, each with its own connection) on SQLite and
PostgreSQL: consecutive numbers, none given twice, none skipped."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from crm_desktop.models import InvoiceCounter
from crm_desktop.services.errors import EditConflict
from crm_desktop.services.invoices import InvoiceService
from tests.test_invoice_support import invoice_world


@pytest.fixture
def world(engine):
    return invoice_world(engine)


def run_together(*jobs):  # type: ignore[no-untyped-def]
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def wrapped(job):  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_two_users_issuing_at_once_get_consecutive_numbers(world):
    today = lambda: date(2026, 11, 26)  # noqa: E731
    users = (InvoiceService(world.sessions, world.anna, today),
             InvoiceService(world.sessions, world.head, today))
    drafts = {u: [u.create_from_deal(world.deal.id) for _ in range(6)] for u in users}
    numbers: list[int] = []

    def issue_all(invoices: InvoiceService) -> None:
        for draft in drafts[invoices]:
            issued = invoices.issue(draft.row.id, draft.row.version)
            numbers.append(issued.row.number or 0)

    assert run_together(*(lambda u=u: issue_all(u) for u in users)) == []
    assert sorted(numbers) == list(range(1, 13))
    with world.sessions() as session:
        assert session.get_one(InvoiceCounter, 2026).last_number == 12


def test_issuing_one_draft_twice_at_once_uses_one_number(world):
    anna = InvoiceService(world.sessions, world.anna, lambda: date(2026, 11, 26))
    head = InvoiceService(world.sessions, world.head, lambda: date(2026, 11, 26))
    draft = anna.create_from_deal(world.deal.id)
    errors = run_together(lambda: anna.issue(draft.row.id, draft.row.version),
                          lambda: head.issue(draft.row.id, draft.row.version))
    assert len(errors) == 1 and isinstance(errors[0], EditConflict)
    assert anna.get(draft.row.id).row.number == 1
    with world.sessions() as session:
        counter = session.scalar(select(InvoiceCounter.last_number))
    assert counter == 1  # the loser's increment was rolled back with its transaction
