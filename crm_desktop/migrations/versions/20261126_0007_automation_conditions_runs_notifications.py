"""Automation rules: conditions, several actions, on-error policy; fired runs; notifications

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

`automation_runs` records which (rule, record, period) a time-based rule already fired for, so
`run_scheduled` creates nothing twice. `automation_notifications` holds the in-app notices the
"notify a user" action leaves. Three example rules are added, switched off (issue 5, point 7).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

EXAMPLE_PIPELINE = "Новые клиенты"
EXAMPLE_STAGE = "Успешно реализовано"
EXAMPLE_NAMES = (
    "Сделка закрыта → собрать заказ",
    "7 дней без активности → позвонить клиенту",
    "День рождения завтра → поздравить",
)


def upgrade() -> None:
    op.create_table(
        "automation_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("fired_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.ForeignKeyConstraint(["rule_id"], ["automation_rules.id"],
                                name=op.f("fk_automation_runs_rule_id_automation_rules"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_runs")),
    )
    op.create_index("uq_automation_runs_firing", "automation_runs",
                    ["rule_id", "record_kind", "record_id", "period"], unique=True)
    op.create_table(
        "automation_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_automation_notifications_client_id_clients"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"],
                                name=op.f("fk_automation_notifications_deal_id_deals"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["rule_id"], ["automation_rules.id"],
                                name=op.f("fk_automation_notifications_rule_id_automation_rules"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_automation_notifications_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_notifications")),
    )
    op.create_index("ix_automation_notifications_user", "automation_notifications",
                    ["user_id", "shown_at", "id"], unique=False)
    with op.batch_alter_table("automation_rules") as batch:
        batch.add_column(sa.Column("conditions", sa.JSON(), server_default="{}", nullable=False))
        batch.add_column(sa.Column("actions", sa.JSON(), server_default="[]", nullable=False))
        batch.add_column(sa.Column("on_error", sa.String(length=10), server_default="rollback",
                                   nullable=False))
    _add_example_rules()


def _add_example_rules() -> None:
    bind = op.get_bind()
    stage = bind.execute(sa.text(
        "SELECT s.pipeline_id, s.id FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
        "WHERE p.name = :p AND s.name = :s"), {"p": EXAMPLE_PIPELINE, "s": EXAMPLE_STAGE}).first()
    rules = sa.table(
        "automation_rules", sa.column("name", sa.String), sa.column("is_active", sa.Boolean),
        sa.column("trigger", sa.String), sa.column("trigger_params", sa.JSON),
        sa.column("action", sa.String), sa.column("action_params", sa.JSON),
        sa.column("conditions", sa.JSON), sa.column("actions", sa.JSON),
        sa.column("on_error", sa.String),
    )

    def task(title: str, assignee: str, due_in: int, unit: str) -> dict[str, object]:
        return {"kind": "create_task", "title": title, "assignee": assignee, "user_id": None,
                "role_key": "head" if assignee == "role_head" else None, "due_in": due_in,
                "due_unit": unit}

    rows = [
        (EXAMPLE_NAMES[0], "deal_stage_entered",
         {"pipeline_id": stage[0], "stage_id": stage[1]} if stage else {},
         task("Собрать заказ по сделке «{deal.title}» ({client.name})", "role_head", 1, "days")),
        (EXAMPLE_NAMES[1], "deal_idle", {"days": 7},
         task("Позвонить {client.name} по сделке «{deal.title}»", "deal_manager", 4, "hours")),
        (EXAMPLE_NAMES[2], "client_birthday", {"days": 1},
         task("Поздравить с днём рождения: {contact.name} ({client.name})", "client_manager",
              1, "days")),
    ]
    op.bulk_insert(rules, [
        {"name": name, "is_active": False, "trigger": trigger, "trigger_params": params,
         "action": action["kind"], "action_params": {}, "conditions": {}, "actions": [action],
         "on_error": "skip"}
        for name, trigger, params, action in rows
        if trigger != "deal_stage_entered" or params
    ])


def downgrade() -> None:
    op.get_bind().execute(
        sa.text("DELETE FROM automation_rules WHERE created_by_id IS NULL AND name IN :names")
        .bindparams(sa.bindparam("names", expanding=True)),
        {"names": list(EXAMPLE_NAMES)},
    )
    with op.batch_alter_table("automation_rules") as batch:
        batch.drop_column("on_error")
        batch.drop_column("actions")
        batch.drop_column("conditions")
    op.drop_index("ix_automation_notifications_user", table_name="automation_notifications")
    op.drop_table("automation_notifications")
    op.drop_index("uq_automation_runs_firing", table_name="automation_runs")
    op.drop_table("automation_runs")
