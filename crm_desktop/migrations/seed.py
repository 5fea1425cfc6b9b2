"""Reference data every new database starts with (built-in roles, pipelines, channels...).

Used by revision 0001. Do not change what it inserts; add a new revision instead.
Names are Russian: they are data the office edits, not interface strings.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

ROLE_FLAGS = (
    "can_edit",
    "can_export",
    "can_copy",
    "can_print",
    "can_import",
    "can_delete",
    "can_manage_users",
    "can_manage_pipelines",
    "can_view_reports",
)

# key, name, scope, flags in ROLE_FLAGS order
BUILTIN_ROLES = [
    ("admin", "Администратор", "all", (1, 1, 1, 1, 1, 1, 1, 1, 1)),
    ("head", "Руководитель", "team", (1, 1, 1, 1, 1, 1, 0, 1, 1)),
    ("manager", "Менеджер", "own", (1, 0, 0, 1, 0, 0, 0, 0, 0)),
    ("readonly", "Только чтение", "own", (0, 0, 0, 0, 0, 0, 0, 0, 0)),
]

CHANNELS = [
    "Контекстная реклама",
    "Таргетированная реклама",
    "Рекомендация",
    "Блог",
    "Выставка",
    "Холодный звонок",
    "Сайт",
    "Другое",
]

LOSS_REASONS = [
    "Дорого",
    "Выбрали конкурента",
    "Нет бюджета",
    "Не дозвонились",
    "Потребность отпала",
    "Не устроили сроки",
    "Другое",
]

# pipeline name, forbid_skip, [(stage name, kind, probability, is_key)]
PIPELINES = [
    (
        "Квалификация",
        False,
        [
            ("Новый лид", "open", 10, False),
            ("Первичный контакт", "open", 20, False),
            ("Потребность выявлена", "open", 40, True),
            ("Квалифицирован", "won", 100, False),
            ("Не подходит", "lost", 0, False),
        ],
    ),
    (
        "Новые клиенты",
        True,
        [
            ("Первичный контакт", "open", 10, False),
            ("Презентация", "open", 30, False),
            ("Коммерческое предложение", "open", 50, True),
            ("Переговоры", "open", 70, False),
            ("Счёт выставлен", "open", 90, False),
            ("Успешно реализовано", "won", 100, False),
            ("Закрыто и не реализовано", "lost", 0, False),
        ],
    ),
    (
        "Постоянные клиенты",
        False,
        [
            ("Повторный запрос", "open", 30, False),
            ("Коммерческое предложение", "open", 60, True),
            ("Счёт выставлен", "open", 90, False),
            ("Успешно реализовано", "won", 100, False),
            ("Закрыто и не реализовано", "lost", 0, False),
        ],
    ),
]


def insert() -> None:
    conn = op.get_bind()
    meta = sa.MetaData()
    roles = sa.Table("roles", meta, autoload_with=conn)
    channels = sa.Table("channels", meta, autoload_with=conn)
    loss_reasons = sa.Table("loss_reasons", meta, autoload_with=conn)
    pipelines = sa.Table("pipelines", meta, autoload_with=conn)
    stages = sa.Table("stages", meta, autoload_with=conn)
    company = sa.Table("company_profile", meta, autoload_with=conn)

    op.bulk_insert(
        roles,
        [
            {"key": key, "name": name, "scope": scope, "is_builtin": True, "version": 1}
            | {flag: bool(v) for flag, v in zip(ROLE_FLAGS, flags, strict=True)}
            for key, name, scope, flags in BUILTIN_ROLES
        ],
    )
    op.bulk_insert(
        channels,
        [{"name": name, "position": i, "is_active": True} for i, name in enumerate(CHANNELS)],
    )
    op.bulk_insert(
        loss_reasons,
        [{"name": name, "position": i, "is_active": True} for i, name in enumerate(LOSS_REASONS)],
    )
    for p_pos, (p_name, forbid_skip, stage_rows) in enumerate(PIPELINES):
        pipeline_id = conn.execute(
            pipelines.insert()
            .values(
                name=p_name, position=p_pos, forbid_skip=forbid_skip, is_archived=False, version=1
            )
            .returning(pipelines.c.id)
        ).scalar_one()
        op.bulk_insert(
            stages,
            [
                {
                    "pipeline_id": pipeline_id,
                    "name": name,
                    "kind": kind,
                    "position": s_pos,
                    "probability": prob,
                    "is_key": key,
                    "required_fields": [],
                    "is_archived": False,
                    "version": 1,
                }
                for s_pos, (name, kind, prob, key) in enumerate(stage_rows)
            ],
        )
    op.bulk_insert(company, [{"id": 1, "name": "", "version": 1}])
