"""The funnel's per-deal summaries follow the stage history and the deals, whoever writes
them (triggers), and the migration's fill gives the same rows; on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, select, text, update

from crm_desktop.migrations import funnel_0014
from crm_desktop.models import (
    Deal,
    DealFunnel,
    DealStageChange,
    DealStageStay,
    Pipeline,
    StageStayMonth,
    deal_shares,
)
from crm_desktop.services.deals import DealService
from crm_desktop.services.reports import ReportFilter, ReportService
from crm_desktop.services.reports.funnel_figures import stage_set
from tests.factories import make_world
from tests.test_report_support import DAY, MOMENT, Office, build_office, nov


@pytest.fixture
def office(engine) -> Office:
    return build_office(make_world(engine))


def _summaries(office: Office) -> tuple[list[tuple], list[tuple], list[tuple]]:
    with office.world.sessions() as session:
        funnels = [(r.deal_id, r.pipeline_id, r.cohort_at.replace(tzinfo=None),
                    stage_set(r.entered), stage_set(r.lost_from), r.manager_id, r.channel_id)
                   for r in session.scalars(select(DealFunnel))]
        stays = [(r.deal_id, r.stage_id, r.seconds, r.cohort_at.replace(tzinfo=None),
                  r.manager_id, r.channel_id) for r in session.scalars(select(DealStageStay))]
        months = [(r.stage_id, r.month, r.manager_id, r.channel_id, r.deals, r.seconds)
                  for r in session.scalars(select(StageStayMonth))]
    return sorted(funnels), sorted(stays), sorted(months)


def _stays(office: Office, deal: str) -> dict[int, int]:
    with office.world.sessions() as session:
        rows = session.execute(select(DealStageStay.stage_id, DealStageStay.seconds)
                               .where(DealStageStay.deal_id == office.deals[deal]))
        return {stage: seconds for stage, seconds in rows}


def _entered(report, name: str) -> int:
    return next(s.entered for s in report.stages if s.name == name)


def test_the_migrations_fill_gives_what_the_triggers_keep(office):
    kept = _summaries(office)
    s = office.stages
    assert (office.deals["d6"], office.pipeline_id) in {row[:2] for row in kept[0]}
    d6 = next(row for row in kept[0] if row[0] == office.deals["d6"])
    assert (d6[3], d6[4]) == ({s["A"], s["L"], s["B"]}, {s["A"]})  # lost from A, reopened
    assert _stays(office, "d6") == {s["A"]: 3 * DAY, s["L"]: 7 * DAY}  # 1 + 2 days in A
    assert (s["A"], date(2026, 11, 1), office.boris.user_id, office.channels["ref"], 3,
            (3 + 3 + 2) * DAY) in kept[2]  # boris's A in November: d3 3, d6 1 + 2, d7 2 days
    with office.world.sessions.begin() as session:
        dialect = session.get_bind().dialect.name
        for statement in funnel_0014.drop_trigger_statements(dialect):
            session.execute(text(statement))
        for table in (StageStayMonth, DealStageStay, DealFunnel):
            session.execute(delete(table))
        for statement in [*funnel_0014.fill_statements(dialect),
                          *funnel_0014.trigger_statements(dialect)]:
            session.execute(text(statement))
    assert _summaries(office) == kept


def test_a_move_through_the_service_enters_the_stage_and_ends_the_stay(office):
    deals = DealService(office.world.sessions, office.admin)
    d9 = office.deals["d9"]
    deals.move(d9, office.stages["B"], deals.get(d9).version)
    with office.world.sessions() as session:
        entered = session.scalar(select(DealFunnel.entered).where(DealFunnel.deal_id == d9))
    assert stage_set(entered or "") == {office.stages["A"], office.stages["B"]}
    assert _stays(office, "d9")[office.stages["A"]] > 20 * DAY  # from Nov 2 until now
    report = ReportService(office.world.sessions, office.admin, lambda: MOMENT)
    assert _entered(report.funnel(office.november()), "Переговоры") == 7


def test_a_new_manager_takes_the_deal_and_its_stays_along(office):
    reports = ReportService(office.world.sessions, office.admin, lambda: MOMENT)
    annas = office.november(manager_id=office.anna.user_id)
    assert reports.funnel(annas).stages[0].reached == 6
    with office.world.sessions.begin() as session:
        session.execute(update(Deal).where(Deal.id == office.deals["d8"])
                        .values(manager_id=office.boris.user_id))
    assert reports.funnel(annas).stages[0].reached == 5
    borises = replace(annas, manager_id=office.boris.user_id)
    stages = {s.name: s for s in reports.funnel(borises).stages}
    # boris: d3, d6, d7, d10 and now d8, whose 7 days in A come along
    assert stages["Квалификация"].reached == 5
    assert stages["Квалификация"].median_seconds == 3 * DAY  # 2 (d7), 3 (d3), 3 (d6), 7 (d8)


def test_a_deal_counts_in_the_period_it_entered_the_pipeline(office):
    reports = ReportService(office.world.sessions, office.admin, lambda: MOMENT)
    moscow = {"pipeline_id": office.pipeline_id, "utc_offset_minutes": 180}
    october = ReportFilter(date(2026, 10, 1), date(2026, 10, 31), **moscow)
    november = ReportFilter(date(2026, 11, 1), date(2026, 11, 30), **moscow)
    # d12 entered on Oct 20 and was won on Nov 1 at 02:00 in Moscow: October's cohort
    assert [_entered(reports.funnel(october), n) for n in ("Квалификация", "Выиграна")] == [1, 1]
    assert _entered(reports.funnel(november), "Выиграна") == 4  # d1, d2, d3, d13
    # a move written later with an earlier time moves the deal (and its stays) to October
    with office.world.sessions.begin() as session:
        session.add(DealStageChange(deal_id=office.deals["d13"], to_stage_id=office.stages["A"],
                                    changed_at=datetime(2026, 10, 10, tzinfo=UTC),
                                    left_at=nov(14)))
    assert _entered(reports.funnel(november), "Выиграна") == 3
    assert _entered(reports.funnel(october), "Выиграна") == 2
    with office.world.sessions() as session:
        cohorts = set(session.scalars(select(DealStageStay.cohort_at)
                                      .where(DealStageStay.deal_id == office.deals["d13"])))
    assert {c.replace(tzinfo=None) for c in cohorts} == {datetime(2026, 10, 10)}
    # 35 days (Oct 10 - Nov 14) + 1 day (Nov 14 - 15) in A
    assert _stays(office, "d13") == {office.stages["A"]: 36 * DAY}


def test_a_corrected_end_of_stay_corrects_the_seconds(office):
    d1 = office.deals["d1"]
    with office.world.sessions.begin() as session:
        session.execute(update(DealStageChange)
                        .where(DealStageChange.deal_id == d1,
                               DealStageChange.to_stage_id == office.stages["B"])
                        .values(left_at=nov(5)))
    assert _stays(office, "d1")[office.stages["B"]] == 2 * DAY  # Nov 3 - 5 instead of - 10


def test_with_no_pipeline_chosen_the_funnel_shows_where_most_deals_came_in(office):
    reports = ReportService(office.world.sessions, office.admin, lambda: MOMENT)
    assert reports.funnel(office.november(pipeline_id=None)).pipeline == "Тест"
    quiet = reports.funnel(ReportFilter(date(2020, 1, 1), date(2020, 12, 31)))
    with office.world.sessions() as session:
        first = session.scalar(select(Pipeline.name).where(Pipeline.is_archived.is_(False))
                               .order_by(Pipeline.position, Pipeline.id).limit(1))
    assert quiet.is_empty and quiet.pipeline == first != "Тест"


def test_time_in_stage_adds_up_whole_months_the_days_around_them_and_shared_deals(office):
    with office.world.sessions.begin() as session:
        session.execute(insert(deal_shares).values(deal_id=office.deals["d13"],
                                                   user_id=office.gleb.user_id))
    reports = ReportService(office.world.sessions, office.gleb, lambda: MOMENT)
    half_october = ReportFilter(date(2026, 10, 15), date(2026, 11, 30),
                                pipeline_id=office.pipeline_id)
    a = reports.funnel(half_october).stages[0]
    # November from the monthly sums: d1..d5 1..5 days, d6 3, d7 2, d8 7 (the team's) and
    # d13 1 (vera's, shared with gleb); October 15-31 from the deals: d12 Oct 20 - Oct 31 23:00
    d12 = 11 * DAY + 23 * 3600
    assert a.average_seconds == round((28 * DAY + d12) / 10)
    assert a.median_seconds == 3 * DAY  # 1 1 2 2 3 | 3 4 5 7 11.96
    moscow = replace(half_october, utc_offset_minutes=180)  # no whole UTC month: all per deal
    assert reports.funnel(moscow).stages[0].average_seconds == a.average_seconds


def test_a_deleted_deal_leaves_the_summaries_and_the_monthly_sums(office):
    deals = DealService(office.world.sessions, office.admin)
    d8 = office.deals["d8"]
    deals.delete(d8, deals.get(d8).version)
    funnels, stays, months = _summaries(office)
    assert d8 not in {row[0] for row in funnels} | {row[0] for row in stays}
    expected: dict[tuple, list[int]] = {}
    for _deal, stage, seconds, cohort, manager, channel in stays:
        key = (stage, cohort.date().replace(day=1), manager or 0, channel or 0)
        expected.setdefault(key, [0, 0])
        expected[key][0] += 1
        expected[key][1] += seconds
    assert months == sorted((*key, n, s) for key, (n, s) in expected.items())
    report = ReportService(office.world.sessions, office.admin, lambda: MOMENT)
    a = report.funnel(office.november()).stages[0]
    assert a.reached == 10  # d1..d7, d9, d10 and d13 (admin sees vera's)
    assert a.average_seconds == round((1 + 2 + 3 + 4 + 5 + 3 + 2 + 1) * DAY / 8)
