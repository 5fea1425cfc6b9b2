"""Opening a client card whose timeline holds 1,000 activities (PERFORMANCE.md).

The first benchmark run gives one client 1,000 activities in the cached database (once); the
timed call is what the card loads: the card, the newest 50 activities, deals, tasks, documents.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select
from timing import Record, measure, percentile

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import Activity, ActivityKind, Client
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.workspace import Workspace, workspace_for

ACTIVITIES = 1_000


def _busy_client(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        client_id = session.scalar(select(func.min(Client.id)))
        have = session.scalar(select(func.count()).where(Activity.client_id == client_id)) or 0
        if have < ACTIVITIES:
            rng = random.Random(client_id)
            start = datetime(2025, 1, 1, tzinfo=UTC)
            session.execute(insert(Activity), [
                {"kind": rng.choice(list(ActivityKind)), "client_id": client_id,
                 "occurred_at": start + timedelta(hours=7 * i), "duration_seconds": 60 + i % 600,
                 "subject": f"Событие {i}", "version": 1}
                for i in range(ACTIVITIES - have)
            ])
        return int(client_id)


def card_records(url: str, backend: str, size: int, repeats: int) -> list[Record]:
    engine = make_engine(url)
    sessions = make_sessions(engine)
    try:
        client_id = _busy_client(sessions)
        bundle = ServiceBundle.for_workspace(
            Workspace(engine, sessions, workspace_for(engine, "admin").actor))

        def open_card() -> object:
            return (bundle.clients.get(client_id),
                    bundle.activities.timeline(client_id, limit=50),
                    bundle.deals.for_client(client_id),
                    bundle.tasks.for_record(client_id=client_id),
                    bundle.attachments.list(client_id=client_id))

        samples = measure([open_card], repeats)
        return [Record("card_open_1000_activities_service", backend, size,
                       percentile(samples, 50), percentile(samples, 95), None)]
    finally:
        engine.dispose()
