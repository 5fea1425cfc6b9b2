"""The funnel's per-deal summaries (revision 0014): tables, triggers and the set-wise fill.

`deal_funnels` holds a row per deal and pipeline: when the deal first entered the pipeline
(its cohort), the stages it has entered and the stages it was lost from, as sets written
",6,7,9," (order of arrival; "," is empty), and the deal's loss reason, manager and channel.
`deal_stage_stays` holds a row per deal and stage: the seconds of its ended stays there added
up (a reopened deal comes back), with the deal's cohort, manager and channel beside them.

`stage_stay_months` adds those stays up per stage, month of the cohort (UTC), manager and
channel (0: none): the average time in stage over whole months reads a few thousand rows
instead of every deal's stay.

Triggers keep all three in step with every stage move (any writer: services, imports, the demo
generator, direct SQL) and with a deal's new manager or channel. Seconds are whole, rounded
per stay, the same in the triggers and in the fill.
"""

from __future__ import annotations

TABLES = ("deal_funnels", "deal_stage_stays", "stage_stay_months")

# the row of an ended stay, made before its seconds are added
_SQLITE_STAY_ROW = """    INSERT OR IGNORE INTO deal_stage_stays
        (deal_id, stage_id, seconds, cohort_at, manager_id, channel_id)
        SELECT NEW.deal_id, NEW.to_stage_id, 0, f.cohort_at, f.manager_id, f.channel_id
        FROM deal_funnels f
        WHERE NEW.left_at IS NOT NULL AND f.deal_id = NEW.deal_id
          AND f.pipeline_id = (SELECT pipeline_id FROM stages WHERE id = NEW.to_stage_id);
"""

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER deal_funnel_move AFTER INSERT ON deal_stage_changes BEGIN
    INSERT OR IGNORE INTO deal_funnels
        (deal_id, pipeline_id, cohort_at, entered, lost_from, loss_reason_id, manager_id,
         channel_id)
        SELECT NEW.deal_id, s.pipeline_id, NEW.changed_at, ',', ',', d.loss_reason_id,
               d.manager_id, d.channel_id
        FROM stages s JOIN deals d ON d.id = NEW.deal_id WHERE s.id = NEW.to_stage_id;
    UPDATE deal_funnels SET
        cohort_at = min(cohort_at, NEW.changed_at),
        entered = CASE WHEN instr(entered, ',' || NEW.to_stage_id || ',') THEN entered
                       ELSE entered || NEW.to_stage_id || ',' END,
        lost_from = CASE WHEN NEW.from_stage_id IS NULL
                              OR (SELECT kind FROM stages WHERE id = NEW.to_stage_id) <> 'lost'
                              OR instr(lost_from, ',' || NEW.from_stage_id || ',') THEN lost_from
                         ELSE lost_from || NEW.from_stage_id || ',' END
        WHERE deal_id = NEW.deal_id
          AND pipeline_id = (SELECT pipeline_id FROM stages WHERE id = NEW.to_stage_id);
    UPDATE deal_stage_stays SET cohort_at = NEW.changed_at
        WHERE deal_id = NEW.deal_id AND cohort_at > NEW.changed_at
          AND stage_id IN (SELECT id FROM stages WHERE pipeline_id =
                           (SELECT pipeline_id FROM stages WHERE id = NEW.to_stage_id));
{_SQLITE_STAY_ROW}    UPDATE deal_stage_stays
        SET seconds = seconds + CAST(round(
            (julianday(NEW.left_at) - julianday(NEW.changed_at)) * 86400) AS INTEGER)
        WHERE NEW.left_at IS NOT NULL AND deal_id = NEW.deal_id AND stage_id = NEW.to_stage_id;
END""",
    f"""CREATE TRIGGER deal_funnel_stay_ends AFTER UPDATE OF left_at ON deal_stage_changes
WHEN NEW.left_at IS NOT OLD.left_at BEGIN
{_SQLITE_STAY_ROW}    UPDATE deal_stage_stays
        SET seconds = seconds
            + coalesce(CAST(round((julianday(NEW.left_at) - julianday(NEW.changed_at)) * 86400)
                            AS INTEGER), 0)
            - coalesce(CAST(round((julianday(OLD.left_at) - julianday(OLD.changed_at)) * 86400)
                            AS INTEGER), 0)
        WHERE deal_id = NEW.deal_id AND stage_id = NEW.to_stage_id;
END""",
    """CREATE TRIGGER deal_funnel_owner AFTER UPDATE OF manager_id, channel_id, loss_reason_id
ON deals WHEN NEW.manager_id IS NOT OLD.manager_id OR NEW.channel_id IS NOT OLD.channel_id
              OR NEW.loss_reason_id IS NOT OLD.loss_reason_id BEGIN
    UPDATE deal_funnels SET manager_id = NEW.manager_id, channel_id = NEW.channel_id,
                            loss_reason_id = NEW.loss_reason_id
        WHERE deal_id = NEW.id;
    UPDATE deal_stage_stays SET manager_id = NEW.manager_id, channel_id = NEW.channel_id
        WHERE deal_id = NEW.id;
END""",
)

_SQLITE_MONTH = "substr({row}.cohort_at, 1, 8) || '01'"


def _sqlite_month_key(row: str) -> str:
    return (f"stage_id = {row}.stage_id AND month = {_SQLITE_MONTH.format(row=row)} "
            f"AND manager_id = coalesce({row}.manager_id, 0) "
            f"AND channel_id = coalesce({row}.channel_id, 0)")


def _sqlite_add(row: str, sign: str) -> str:
    return (f"INSERT OR IGNORE INTO stage_stay_months "
            f"(stage_id, month, manager_id, channel_id, deals, seconds) "
            f"VALUES ({row}.stage_id, {_SQLITE_MONTH.format(row=row)}, "
            f"coalesce({row}.manager_id, 0), coalesce({row}.channel_id, 0), 0, 0);\n"
            f"    UPDATE stage_stay_months SET deals = deals {sign} 1, "
            f"seconds = seconds {sign} {row}.seconds WHERE {_sqlite_month_key(row)};\n"
            f"    DELETE FROM stage_stay_months WHERE {_sqlite_month_key(row)} AND deals = 0;")


SQLITE_MONTH_TRIGGERS = (
    f"CREATE TRIGGER stage_stay_months_insert AFTER INSERT ON deal_stage_stays BEGIN\n"
    f"    {_sqlite_add('NEW', '+')}\nEND",
    f"CREATE TRIGGER stage_stay_months_update AFTER UPDATE ON deal_stage_stays BEGIN\n"
    f"    {_sqlite_add('OLD', '-')}\n    {_sqlite_add('NEW', '+')}\nEND",
    f"CREATE TRIGGER stage_stay_months_delete AFTER DELETE ON deal_stage_stays BEGIN\n"
    f"    {_sqlite_add('OLD', '-')}\nEND",
)

_PG_MONTH = "(date_trunc('month', {row}.cohort_at AT TIME ZONE 'UTC'))::date"

POSTGRESQL_FUNCTIONS = (
    r"""CREATE FUNCTION crm_funnel_move() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        pipe integer;
        lost_move boolean;
        delta bigint := 0;
    BEGIN
        SELECT pipeline_id, kind = 'lost' INTO pipe, lost_move
          FROM stages WHERE id = NEW.to_stage_id;
        IF TG_OP = 'INSERT' THEN
            INSERT INTO deal_funnels AS f
                (deal_id, pipeline_id, cohort_at, entered, lost_from, loss_reason_id,
                 manager_id, channel_id)
            SELECT NEW.deal_id, pipe, NEW.changed_at, ',' || NEW.to_stage_id || ',',
                   CASE WHEN lost_move AND NEW.from_stage_id IS NOT NULL
                        THEN ',' || NEW.from_stage_id || ',' ELSE ',' END,
                   d.loss_reason_id, d.manager_id, d.channel_id
              FROM deals d WHERE d.id = NEW.deal_id
            ON CONFLICT (deal_id, pipeline_id) DO UPDATE SET
                cohort_at = least(f.cohort_at, EXCLUDED.cohort_at),
                entered = CASE WHEN position(EXCLUDED.entered IN f.entered) > 0 THEN f.entered
                               ELSE f.entered || substr(EXCLUDED.entered, 2) END,
                lost_from = CASE WHEN EXCLUDED.lost_from = ','
                                      OR position(EXCLUDED.lost_from IN f.lost_from) > 0
                                 THEN f.lost_from
                                 ELSE f.lost_from || substr(EXCLUDED.lost_from, 2) END;
            UPDATE deal_stage_stays SET cohort_at = NEW.changed_at
             WHERE deal_id = NEW.deal_id AND cohort_at > NEW.changed_at
               AND stage_id IN (SELECT id FROM stages WHERE pipeline_id = pipe);
        ELSIF OLD.left_at IS NOT NULL THEN
            delta := - round(extract(epoch FROM OLD.left_at - OLD.changed_at))::bigint;
        END IF;
        IF NEW.left_at IS NOT NULL THEN
            delta := delta + round(extract(epoch FROM NEW.left_at - NEW.changed_at))::bigint;
        END IF;
        IF NEW.left_at IS NOT NULL OR delta <> 0 THEN
            INSERT INTO deal_stage_stays AS s
                (deal_id, stage_id, seconds, cohort_at, manager_id, channel_id)
            SELECT NEW.deal_id, NEW.to_stage_id, delta, f.cohort_at, f.manager_id, f.channel_id
              FROM deal_funnels f WHERE f.deal_id = NEW.deal_id AND f.pipeline_id = pipe
            ON CONFLICT (deal_id, stage_id) DO UPDATE SET seconds = s.seconds + EXCLUDED.seconds;
        END IF;
        RETURN NULL;
    END $$""",
    r"""CREATE FUNCTION crm_stay_months() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            UPDATE stage_stay_months SET deals = deals - 1, seconds = seconds - OLD.seconds
             WHERE stage_id = OLD.stage_id AND month = {old_month}
               AND manager_id = coalesce(OLD.manager_id, 0)
               AND channel_id = coalesce(OLD.channel_id, 0);
            DELETE FROM stage_stay_months
             WHERE stage_id = OLD.stage_id AND month = {old_month}
               AND manager_id = coalesce(OLD.manager_id, 0)
               AND channel_id = coalesce(OLD.channel_id, 0) AND deals = 0;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO stage_stay_months AS m
                (stage_id, month, manager_id, channel_id, deals, seconds)
            VALUES (NEW.stage_id, {new_month}, coalesce(NEW.manager_id, 0),
                    coalesce(NEW.channel_id, 0), 1, NEW.seconds)
            ON CONFLICT (stage_id, month, manager_id, channel_id) DO UPDATE
                SET deals = m.deals + 1, seconds = m.seconds + EXCLUDED.seconds;
        END IF;
        RETURN NULL;
    END $$""".format(old_month=_PG_MONTH.format(row="OLD"), new_month=_PG_MONTH.format(row="NEW")),
    r"""CREATE FUNCTION crm_funnel_owner() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        UPDATE deal_funnels SET manager_id = NEW.manager_id, channel_id = NEW.channel_id,
                                loss_reason_id = NEW.loss_reason_id
         WHERE deal_id = NEW.id;
        UPDATE deal_stage_stays SET manager_id = NEW.manager_id, channel_id = NEW.channel_id
         WHERE deal_id = NEW.id;
        RETURN NULL;
    END $$""",
)

POSTGRESQL_TRIGGERS = (
    "CREATE TRIGGER deal_funnel_move AFTER INSERT ON deal_stage_changes "
    "FOR EACH ROW EXECUTE FUNCTION crm_funnel_move()",
    "CREATE TRIGGER deal_funnel_stay_ends AFTER UPDATE OF left_at ON deal_stage_changes "
    "FOR EACH ROW WHEN (NEW.left_at IS DISTINCT FROM OLD.left_at) "
    "EXECUTE FUNCTION crm_funnel_move()",
    "CREATE TRIGGER deal_funnel_owner AFTER UPDATE OF manager_id, channel_id, loss_reason_id "
    "ON deals FOR EACH ROW WHEN (NEW.manager_id IS DISTINCT FROM OLD.manager_id "
    "OR NEW.channel_id IS DISTINCT FROM OLD.channel_id "
    "OR NEW.loss_reason_id IS DISTINCT FROM OLD.loss_reason_id) "
    "EXECUTE FUNCTION crm_funnel_owner()",
    "CREATE TRIGGER stage_stay_months AFTER INSERT OR UPDATE OR DELETE ON deal_stage_stays "
    "FOR EACH ROW EXECUTE FUNCTION crm_stay_months()",
)
TRIGGERS = {"deal_funnel_move": "deal_stage_changes",
            "deal_funnel_stay_ends": "deal_stage_changes", "deal_funnel_owner": "deals",
            "stage_stay_months": "deal_stage_stays"}
SQLITE_TRIGGERS_ON = {**TRIGGERS, "stage_stay_months_insert": "deal_stage_stays",
                      "stage_stay_months_update": "deal_stage_stays",
                      "stage_stay_months_delete": "deal_stage_stays"}


def _set(dialect: str, column: str) -> str:
    """The distinct values of `column` in a group as a set ",a,b,"; "," when there are none."""
    if dialect == "postgresql":
        return f"',' || coalesce(string_agg(DISTINCT ({column})::text, ',') || ',', '')"
    return f"',' || coalesce(group_concat(DISTINCT {column}) || ',', '')"


def _seconds(dialect: str) -> str:
    if dialect == "postgresql":
        return "round(extract(epoch FROM c.left_at - c.changed_at))::bigint"
    return "CAST(round((julianday(c.left_at) - julianday(c.changed_at)) * 86400) AS INTEGER)"


def fill_statements(dialect: str) -> list[str]:
    """Both tables from the whole stage history, set-wise (empty tables expected)."""
    lost_from = "CASE WHEN s.kind = 'lost' THEN c.from_stage_id END"
    month = (_PG_MONTH if dialect == "postgresql" else _SQLITE_MONTH).format(row="s")
    return [
        "INSERT INTO deal_funnels (deal_id, pipeline_id, cohort_at, entered, lost_from, "
        "loss_reason_id, manager_id, channel_id) "
        f"SELECT c.deal_id, s.pipeline_id, min(c.changed_at), {_set(dialect, 'c.to_stage_id')}, "
        f"{_set(dialect, lost_from)}, d.loss_reason_id, d.manager_id, d.channel_id "
        "FROM deal_stage_changes c JOIN stages s ON s.id = c.to_stage_id "
        "JOIN deals d ON d.id = c.deal_id "
        "GROUP BY c.deal_id, s.pipeline_id, d.loss_reason_id, d.manager_id, d.channel_id",
        "INSERT INTO deal_stage_stays "
        "(deal_id, stage_id, seconds, cohort_at, manager_id, channel_id) "
        f"SELECT c.deal_id, c.to_stage_id, sum({_seconds(dialect)}), f.cohort_at, "
        "f.manager_id, f.channel_id "
        "FROM deal_stage_changes c JOIN stages s ON s.id = c.to_stage_id "
        "JOIN deal_funnels f ON f.deal_id = c.deal_id AND f.pipeline_id = s.pipeline_id "
        "WHERE c.left_at IS NOT NULL "
        "GROUP BY c.deal_id, c.to_stage_id, f.cohort_at, f.manager_id, f.channel_id",
        "INSERT INTO stage_stay_months (stage_id, month, manager_id, channel_id, deals, seconds) "
        f"SELECT stage_id, {month}, coalesce(manager_id, 0), coalesce(channel_id, 0), count(*), "
        "sum(seconds) FROM deal_stage_stays s "
        f"GROUP BY stage_id, {month}, coalesce(manager_id, 0), coalesce(channel_id, 0)",
    ]


def trigger_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [*POSTGRESQL_FUNCTIONS, *POSTGRESQL_TRIGGERS]
    return [*SQLITE_TRIGGERS, *SQLITE_MONTH_TRIGGERS]


def drop_trigger_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [*(f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in TRIGGERS.items()),
                "DROP FUNCTION IF EXISTS crm_funnel_move()",
                "DROP FUNCTION IF EXISTS crm_funnel_owner()",
                "DROP FUNCTION IF EXISTS crm_stay_months()"]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS_ON]


def policy_statements(prefix: str, owner: str) -> list[str]:
    """Row-level security: a user whose role sees own (or team) records reads the rows of
    the deals managed by those users or shared with him, the rows the reports count (the
    rule on the copied manager, not a look-up of every deal: 3x faster for a head of sales).
    Nobody writes here but the triggers (SECURITY DEFINER, as the owner)."""
    def ident(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'
    out: list[str] = []
    for table in TABLES:
        rule = "manager_id = ANY ((SELECT crm_owner_ids())::integer[])"
        if table != "stage_stay_months":  # sums over deals: no share reaches into them
            rule += " OR deal_id = ANY ((SELECT crm_shared_deal_ids())::integer[])"
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY crm_owner ON {table} TO {ident(owner)} USING (true) WITH CHECK (true)",
            f"CREATE POLICY crm_see_all ON {table} TO {ident(prefix + '_see_all')} USING (true)",
            f"CREATE POLICY crm_scoped ON {table} TO {ident(prefix + '_see_scoped')} "
            f"USING ({rule})",
        ]
    return out
