"""A small sales office built by hand for the report tests; every figure the tests expect is
worked out in the comments next to the data.

Pipeline «Тест»: A → B → Выиграна (won), Проиграна (lost). Period: November 2026 (UTC).
Team «Продажи»: head gleb, managers anna and boris; vera is in no team (gleb cannot see her).

deal  manager channel  path (day of November 2026 at 00:00 UTC unless said)         amount
d1    anna    ctx      A 2 → B 3 → won 10                                            100 000.00
d2    anna    ctx      A 2 → B 4 → won 8                                              50 000.50
d3    boris   ref      A 2 → B 5 → won 20                                             30 000.00
d4    anna    ctx      A 2 → B 6 → lost 9 (Дорого)                                    20 000.00
d5    anna    ctx      A 2 → B 7                                                       1 000.00
d6    boris   ref      A 2 → lost 3 → reopened A 10 → B 12                             1 000.00
d7    boris   ref      A 2 → lost 4 (Дорого)                                           5 000.00
d8    anna    —        A 2 → lost 9 (Нет бюджета)                                      1 000.00
d9    anna    —        A 2                                                             1 000.00
d10   boris   —        A 2                                                             1 000.00
d12   boris   —        A Oct 20 → won Oct 31 23:00 UTC (Nov 1 02:00 in Moscow)         1 000.00
d13   vera    —        A 14 → won 15                                                   7 777.00
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.models import (
    Activity,
    ActivityKind,
    Channel,
    ChannelSpend,
    Client,
    ClientKind,
    Deal,
    DealItem,
    DealStageChange,
    LossReason,
    Pipeline,
    Product,
    SalesTarget,
    Stage,
    StageKind,
    Task,
    TaskStatus,
)
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import ReportFilter
from tests.factories import World

NOVEMBER = ReportFilter(date(2026, 11, 1), date(2026, 11, 30))
MOMENT = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
DAY = 86400


def nov(day: int, hour: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


@dataclass
class Office:
    world: World
    admin: Actor
    gleb: Actor
    anna: Actor
    boris: Actor
    vera: Actor
    pipeline_id: int
    stages: dict[str, int]
    deals: dict[str, int]
    channels: dict[str, int]
    reasons: dict[str, int]
    clients: dict[str, int]

    def november(self, **changes: object) -> ReportFilter:
        values: dict[str, object] = {"pipeline_id": self.pipeline_id, **changes}
        return ReportFilter(NOVEMBER.date_from, NOVEMBER.date_to, **values)


PATHS = {  # deal: (manager, channel, client, amount, [(stage, when)], loss reason)
    "d1": ("anna", "ctx", "c1", "100000.00", [("A", nov(2)), ("B", nov(3)), ("W", nov(10))], None),
    "d2": ("anna", "ctx", "c2", "50000.50", [("A", nov(2)), ("B", nov(4)), ("W", nov(8))], None),
    "d3": ("boris", "ref", "c3", "30000.00", [("A", nov(2)), ("B", nov(5)), ("W", nov(20))], None),
    "d4": ("anna", "ctx", "c4", "20000.00", [("A", nov(2)), ("B", nov(6)), ("L", nov(9))],
           "Дорого"),
    "d5": ("anna", "ctx", "c4", "1000.00", [("A", nov(2)), ("B", nov(7))], None),
    "d6": ("boris", "ref", "c4", "1000.00",
           [("A", nov(2)), ("L", nov(3)), ("A", nov(10)), ("B", nov(12))], None),
    "d7": ("boris", "ref", "c4", "5000.00", [("A", nov(2)), ("L", nov(4))], "Дорого"),
    "d8": ("anna", None, "c4", "1000.00", [("A", nov(2)), ("L", nov(9))], "Нет бюджета"),
    "d9": ("anna", None, "c4", "1000.00", [("A", nov(2))], None),
    "d10": ("boris", None, "c4", "1000.00", [("A", nov(2))], None),
    "d12": ("boris", None, "c4", "1000.00",
            [("A", datetime(2026, 10, 20, tzinfo=UTC)),
             ("W", datetime(2026, 10, 31, 23, tzinfo=UTC))], None),
    "d13": ("vera", None, "c5", "7777.00", [("A", nov(14)), ("W", nov(15))], None),
}
CLIENTS = {  # client: (manager, created, last contact)
    "c1": ("anna", datetime(2026, 10, 31, tzinfo=UTC), nov(25)),
    "c2": ("anna", nov(1), datetime(2026, 10, 1, tzinfo=UTC)),
    "c3": ("boris", nov(2), None),
    "c4": ("anna", nov(1), datetime(2026, 10, 27, 12, tzinfo=UTC)),
    "c5": ("vera", nov(1), None),
}


def _pipeline(session) -> tuple[int, dict[str, int]]:
    pipeline = Pipeline(name="Тест", position=9)
    session.add(pipeline)
    session.flush()
    stages = {}
    for position, (key, name, kind) in enumerate(
            [("A", "Квалификация", StageKind.OPEN), ("B", "Переговоры", StageKind.OPEN),
             ("W", "Выиграна", StageKind.WON), ("L", "Проиграна", StageKind.LOST)]):
        stage = Stage(pipeline_id=pipeline.id, name=name, kind=kind, position=position)
        session.add(stage)
        session.flush()
        stages[key] = stage.id
    return pipeline.id, stages


def _clients(session, users: dict[str, Actor], channels: dict[str, int]) -> dict[str, int]:
    ids = {}
    for key, (manager, created, contacted) in CLIENTS.items():
        client = Client(kind=ClientKind.COMPANY, name=f"ООО {key}", sort_key=key,
                        manager_id=users[manager].user_id, created_at=created,
                        last_contact_at=contacted,
                        channel_id=channels["ctx"] if key == "c1" else None)
        session.add(client)
        session.flush()
        ids[key] = client.id
    # c1 was first contacted before it was entered: 20 days before its first sale (Nov 10)
    session.add(Activity(kind=ActivityKind.CALL, client_id=ids["c1"],
                         occurred_at=datetime(2026, 10, 21, tzinfo=UTC)))
    return ids


def _deals(session, office_ids: dict[str, object]) -> dict[str, int]:
    users, stages = office_ids["users"], office_ids["stages"]
    channels, reasons = office_ids["channels"], office_ids["reasons"]
    clients = office_ids["clients"]
    ids = {}
    for key, (manager, channel, client, amount, path, reason) in PATHS.items():
        last_stage, last_at = path[-1]
        closed = last_at if last_stage in ("W", "L") else None
        deal = Deal(title=f"Сделка {key}", client_id=clients[client],
                    pipeline_id=office_ids["pipeline"], stage_id=stages[last_stage],
                    manager_id=users[manager].user_id,
                    channel_id=channels[channel] if channel else None,
                    amount=Decimal(amount), stage_entered_at=last_at, closed_at=closed,
                    created_at=path[0][1],
                    loss_reason_id=reasons[reason] if reason else None)
        session.add(deal)
        session.flush()
        ids[key] = deal.id
        previous = None
        ends = [when for _stage, when in path[1:]] + [None]  # a stay ends with the next move
        for (stage, when), left_at in zip(path, ends, strict=True):
            session.add(DealStageChange(deal_id=deal.id, from_stage_id=previous,
                                        to_stage_id=stages[stage], changed_at=when,
                                        left_at=left_at))
            previous = stages[stage]
    return ids


def _items(session, deals: dict[str, int]) -> None:
    table = Product(sku="T-1", name="Стол", price=Decimal("30000.00"))
    chair = Product(sku="T-2", name="Стул", price=Decimal("7666.83"))
    session.add_all([table, chair])
    session.flush()
    lines = [  # deal, product, name, quantity, price, discount
        ("d1", table.id, "Стол", "2", "30000.00", "0"),          # 60 000.00
        ("d1", None, "Доставка", "1", "40000.00", "0"),          # 40 000.00
        ("d2", table.id, "Стол", "1", "30000.00", "10"),         # 27 000.00
        ("d2", chair.id, "Стул", "3", "7666.83", "0"),           # 23 000.49
        ("d2", chair.id, "Стул", "1", "0.03", "50"),             # 1.5 kopecks → 0.02
        ("d3", chair.id, "Стул", "4", "7500.00", "0"),           # 30 000.00
        ("d4", table.id, "Стол", "10", "2000.00", "0"),          # lost: not counted
    ]
    for position, (deal, product, name, qty, price, discount) in enumerate(lines):
        session.add(DealItem(deal_id=deals[deal], product_id=product, name=name, position=position,
                             quantity=Decimal(qty), price=Decimal(price),
                             discount_pct=Decimal(discount)))


def _plans_and_spend(session, users: dict[str, Actor], channels: dict[str, int]) -> None:
    for login, month, amount in [("anna", date(2026, 11, 1), "120000.00"),
                                 ("anna", date(2026, 10, 1), "99999.00"),
                                 ("boris", date(2026, 11, 1), "60000.00"),
                                 ("vera", date(2026, 11, 1), "10000.00")]:
        session.add(SalesTarget(user_id=users[login].user_id, month=month,
                                amount=Decimal(amount)))
    for channel, month, amount in [("ctx", date(2026, 11, 1), "30000.00"),
                                   ("ctx", date(2026, 10, 1), "99999.00"),
                                   ("expo", date(2026, 11, 1), "5000.00")]:
        session.add(ChannelSpend(channel_id=channels[channel], month=month,
                                 amount=Decimal(amount)))


def _tasks(session, users: dict[str, Actor]) -> None:
    anna, boris = users["anna"].user_id, users["boris"].user_id
    rows = [  # assignee, status, due, completed
        (anna, TaskStatus.OPEN, nov(20), None),              # overdue at MOMENT
        (anna, TaskStatus.OPEN, datetime(2026, 12, 1, tzinfo=UTC), None),
        (anna, TaskStatus.DONE, nov(11), nov(10)),           # on time
        (anna, TaskStatus.DONE, nov(11), nov(12)),           # late
        (anna, TaskStatus.DONE, None, nov(13)),              # no due time
        (boris, TaskStatus.IN_PROGRESS, None, None),
        (boris, TaskStatus.DONE, datetime(2026, 10, 31, tzinfo=UTC),
         datetime(2026, 10, 30, tzinfo=UTC)),                 # before the period
    ]
    for n, (assignee, status, due, completed) in enumerate(rows):
        session.add(Task(title=f"Задача {n}", assignee_id=assignee, status=status, due_at=due,
                         completed_at=completed))


def build_office(world: World) -> Office:
    users = {
        "admin": world.add_user("chief", "admin"),
        "gleb": world.add_user("gleb", "head", "Продажи"),
        "anna": world.add_user("anna", "manager", "Продажи"),
        "boris": world.add_user("boris", "manager", "Продажи"),
        "vera": world.add_user("vera", "manager"),
    }
    with world.sessions.begin() as session:
        pipeline, stages = _pipeline(session)
        names = dict(session.execute(select(Channel.name, Channel.id)).all())
        channels = {"ctx": names["Контекстная реклама"], "ref": names["Рекомендация"],
                    "expo": names["Выставка"]}
        reasons = dict(session.execute(select(LossReason.name, LossReason.id)).all())
        clients = _clients(session, users, channels)
        deals = _deals(session, {"users": users, "stages": stages, "channels": channels,
                                 "reasons": reasons, "clients": clients, "pipeline": pipeline})
        _items(session, deals)
        _plans_and_spend(session, users, channels)
        _tasks(session, users)
    return Office(world, users["admin"], users["gleb"], users["anna"], users["boris"],
                  users["vera"], pipeline, stages, deals, channels, reasons, clients)
