"""Every report against the hand-built office of test_report_support, figures worked out by
hand, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.reports import Grain, ReportFilter, ReportService
from tests.factories import make_world
from tests.test_report_support import DAY, MOMENT, Office, build_office

D = Decimal


@pytest.fixture
def office(engine) -> Office:
    return build_office(make_world(engine))


def reports(office: Office, who: str = "gleb") -> ReportService:
    return ReportService(office.world.sessions, getattr(office, who), lambda: MOMENT)


def test_funnel_counts_conversions_and_drop_off(office):
    report = reports(office).funnel(office.november())
    assert report.pipeline == "Тест"
    rows = {s.name: s for s in report.stages}
    assert [s.name for s in report.stages] == ["Квалификация", "Переговоры", "Выиграна",
                                               "Проиграна"]
    a, b, won, lost = (rows[n] for n in ("Квалификация", "Переговоры", "Выиграна", "Проиграна"))
    # 10 deals entered A (d6 twice: once), 6 got to B, 3 were won → 60 % and 50 %
    assert (a.entered, a.reached, a.to_next, a.to_won) == (10, 10, D("60.0"), D("30.0"))
    assert (b.entered, b.reached, b.to_next, b.to_won) == (6, 6, D("50.0"), D("50.0"))
    assert (won.entered, won.reached, won.to_next, won.to_won) == (3, 3, None, None)
    assert (lost.entered, lost.reached) == (4, 0)  # d4, d6 (reopened since), d7, d8
    # drop-off: A lost d6 (reopened: no reason kept), d7 (Дорого), d8 (Нет бюджета); B lost d4
    assert a.dropped == 3
    assert sorted((c.reason or "", c.deals) for c in a.losses) == [
        ("", 1), ("Дорого", 1), ("Нет бюджета", 1)]
    assert [(c.reason, c.deals) for c in b.losses] == [("Дорого", 1)]


def test_time_in_stage_adds_up_the_stays_of_a_reopened_deal(office):
    rows = {s.name: s for s in reports(office).funnel(office.november()).stages}
    # A: d1..d5 1,2,3,4,5 days; d6 1 day + (reopened) 2 days = 3; d7 2; d8 7 (d9, d10 still
    # there) → 1,2,2,3,3,4,5,7: average 27/8 = 3.375 days, median (3 + 3) / 2 = 3 days
    assert rows["Квалификация"].average_seconds == round(3.375 * DAY)
    assert rows["Квалификация"].median_seconds == 3 * DAY
    # B: d1 7, d2 4, d3 15, d4 3 (d5, d6 still there) → average 7.25, median (4 + 7) / 2
    assert rows["Переговоры"].average_seconds == round(7.25 * DAY)
    assert rows["Переговоры"].median_seconds == round(5.5 * DAY)
    assert rows["Выиграна"].average_seconds is None


def test_funnel_follows_the_manager_filter(office):
    rows = reports(office).funnel(office.november(manager_id=office.anna.user_id)).stages
    # anna: d1, d2, d4, d5, d8, d9 in A; d1, d2, d4, d5 in B; d1, d2 won
    assert [(s.reached, s.to_next) for s in rows[:3]] == [
        (6, D("66.7")), (4, D("50.0")), (2, None)]


def test_revenue_by_month_week_and_day(office):
    service = reports(office)
    month = service.revenue_by_period(office.november(pipeline_id=None), Grain.MONTH)
    assert [(p.period_start, p.deals, p.revenue) for p in month.points] == [
        (date(2026, 11, 1), 3, D("180000.50"))]
    assert month.average_check == D("60000.17")  # 180 000.50 / 3, half up
    week = service.revenue_by_period(office.november(), Grain.WEEK)
    assert [(p.period_start, p.revenue) for p in week.points] == [
        (date(2026, 11, 2), D("50000.50")), (date(2026, 11, 9), D("100000.00")),
        (date(2026, 11, 16), D("30000.00"))]
    day = service.revenue_by_period(office.november(), Grain.DAY)
    assert [p.period_start.day for p in day.points] == [8, 10, 20]


def test_revenue_days_are_local_days(office):
    moscow = office.november(utc_offset_minutes=180)
    month = reports(office).revenue_by_period(moscow, Grain.MONTH)
    # d12 was won on Oct 31 at 23:00 UTC, which is Nov 1 02:00 in Moscow
    assert (month.deals, month.revenue) == (4, D("181000.50"))


def test_revenue_by_manager_with_shares(office):
    report = reports(office).revenue_by_manager(office.november())
    assert [(r.name, r.deals, r.revenue, r.average_check, r.share) for r in report.rows] == [
        ("Anna", 2, D("150000.50"), D("75000.25"), D("83.3")),
        ("Boris", 1, D("30000.00"), D("30000.00"), D("16.7")),
    ]
    assert (report.deals, report.revenue) == (3, D("180000.50"))


def test_scope_hides_other_teams_and_admin_sees_all(office):
    admin = reports(office, "admin").revenue_by_manager(office.november())
    assert [(r.name, r.revenue) for r in admin.rows][-1] == ("Vera", D("7777.00"))
    with pytest.raises(PermissionDenied):
        reports(office, "anna").revenue_by_manager(office.november())


def test_revenue_by_channel_with_spend(office):
    rows = reports(office).revenue_by_channel(office.november()).rows
    got = [(r.name, r.leads, r.won, r.revenue, r.conversion, r.average_check, r.spend,
            r.cost_per_lead, r.cost_per_sale, r.return_on_spend) for r in rows]
    assert got == [
        # 4 leads (d1, d2, d4, d5), 2 won; spend 30 000 in November (October's not counted)
        ("Контекстная реклама", 4, 2, D("150000.50"), D("50.0"), D("75000.25"),
         D("30000.00"), D("7500.00"), D("15000.00"), D("400.0")),
        ("Рекомендация", 3, 1, D("30000.00"), D("33.3"), D("30000.00"), D("0.00"),
         None, None, None),
        ("Выставка", 0, 0, D("0.00"), None, None, D("5000.00"), None, None, D("-100.0")),
        (None, 3, 0, D("0.00"), D("0.0"), None, D("0.00"), None, None, None),
    ]


def test_plan_vs_fact(office):
    report = reports(office).plan_vs_fact(office.november())
    assert [(r.name, r.plan, r.fact, r.done) for r in report.rows] == [
        ("Anna", D("120000.00"), D("150000.50"), D("125.0")),
        ("Boris", D("60000.00"), D("30000.00"), D("50.0")),
    ]
    assert (report.plan, report.fact) == (D("180000.00"), D("180000.50"))


def test_top_products_round_each_line_half_up(office):
    report = reports(office).top_products(office.november())
    assert [(r.name, r.quantity, r.revenue, r.deals, r.share) for r in report.rows] == [
        ("Стол", D("3.000"), D("87000.00"), 2, D("48.3")),
        ("Стул", D("8.000"), D("53000.51"), 2, D("29.4")),  # 23 000.49 + 0.02 + 30 000
        ("Доставка", D("1.000"), D("40000.00"), 1, D("22.2")),
    ]
    assert report.revenue == D("180000.51")
    by_quantity = reports(office).top_products(office.november(), by_quantity=True)
    assert [r.name for r in by_quantity.rows] == ["Стул", "Стол", "Доставка"]


def test_loss_reasons(office):
    report = reports(office).loss_reasons(office.november())
    assert [(r.reason, r.deals, r.amount, r.share) for r in report.rows] == [
        ("Дорого", 2, D("25000.00"), D("66.7")), ("Нет бюджета", 1, D("1000.00"), D("33.3"))]
    assert (report.deals, report.amount) == (3, D("26000.00"))


def test_time_from_first_contact_to_first_sale(office):
    report = reports(office).time_to_first_sale(office.november(pipeline_id=None))
    # c1: call Oct 21 → Nov 10 = 20 days; c2: created Nov 1 → Nov 8 = 7; c3: Nov 2 → Nov 20 = 18
    assert (report.clients, report.average_days, report.median_days) == (
        3, D("15.0"), D("18.0"))
    assert [(b.up_to_days, b.clients) for b in report.buckets] == [
        (7, 1), (30, 2), (90, 0), (180, 0), (None, 0)]


def test_tasks_per_employee(office):
    rows = reports(office).task_discipline(office.november()).rows
    assert [(r.name, r.open, r.overdue, r.done, r.done_with_due, r.done_on_time, r.on_time)
            for r in rows] == [
        ("Anna", 2, 1, 3, 2, 1, D("50.0")),
        ("Boris", 1, 0, 0, 0, 0, None),
        ("Gleb", 0, 0, 0, 0, 0, None),
    ]


def test_clients_not_contacted(office):
    report = reports(office).not_contacted(office.november(), days=30)
    # c3 never (first), c2 since Oct 1 (56 days); c4's 30 days exactly are not "more than"
    assert report.total == 2
    assert [(r.name, r.days) for r in report.rows] == [("ООО c3", None), ("ООО c2", 56)]


def test_drill_down_lists_the_deals_behind_a_number(office):
    service = reports(office)
    b = office.stages["B"]
    stage = service.stage_deals(office.november(), b)
    assert sorted(d.title for d in stage) == [f"Сделка d{i}" for i in range(1, 7)]
    first = service.stage_deals(office.november(), office.stages["A"])  # the first stage too
    assert sorted(int(d.title.removeprefix("Сделка d")) for d in first) == list(range(1, 11))
    anna = service.manager_deals(office.november(), office.anna.user_id)
    assert [(d.title, d.amount) for d in anna] == [
        ("Сделка d1", D("100000.00")), ("Сделка d2", D("50000.50"))]


def test_an_empty_period_gives_empty_reports(office):
    service, empty = reports(office), ReportFilter(date(2020, 1, 1), date(2020, 12, 31),
                                                   pipeline_id=office.pipeline_id)
    funnel = service.funnel(empty)
    assert funnel.is_empty and [s.entered for s in funnel.stages] == [0, 0, 0, 0]
    for report in (service.revenue_by_period(empty), service.revenue_by_manager(empty),
                   service.revenue_by_channel(empty), service.plan_vs_fact(empty),
                   service.top_products(empty), service.loss_reasons(empty),
                   service.time_to_first_sale(empty)):
        assert report.is_empty, report


def test_a_reversed_period_is_refused(office):
    reversed_ = replace(office.november(), date_from=date(2026, 12, 1))
    with pytest.raises(ValidationError) as caught:
        reports(office).funnel(reversed_)
    assert caught.value.field == "date_to"
