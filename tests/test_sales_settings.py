"""Settings → Sales service: channel spend and sales targets per month, on both backends."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.reports import ReportFilter, ReportService
from crm_desktop.services.sales_settings import SalesSettingsService
from tests.factories import make_world


def test_spend_and_targets_are_saved_cleared_and_feed_the_reports(engine):
    world = make_world(engine)
    admin, anna = world.add_user("chief", "admin"), world.add_user("anna", "manager")
    service = SalesSettingsService(world.sessions, admin)
    month = service.month(date(2026, 11, 17))
    assert month.month == date(2026, 11, 1)
    channel = month.spend[0].id
    saved = service.save_month(date(2026, 11, 1), {channel: "12 500,50"},
                               {anna.user_id: Decimal("90000")})
    assert [r.amount for r in saved.spend if r.id == channel] == [Decimal("12500.50")]
    assert [r.amount for r in saved.targets if r.id == anna.user_id] == [Decimal("90000.00")]
    plan = ReportService(world.sessions, admin).plan_vs_fact(
        ReportFilter(date(2026, 11, 1), date(2026, 11, 30)))
    assert [(r.name, r.plan) for r in plan.rows] == [("Anna", Decimal("90000.00"))]
    cleared = service.save_month(date(2026, 11, 1), {channel: ""}, {})
    assert [r.amount for r in cleared.spend if r.id == channel] == [None]


def test_a_bad_amount_changes_nothing_and_managers_may_not_edit(engine):
    world = make_world(engine)
    admin, anna = world.add_user("chief", "admin"), world.add_user("anna", "manager")
    service = SalesSettingsService(world.sessions, admin)
    channel = service.month(date(2026, 11, 1)).spend[0].id
    with pytest.raises(ValidationError) as caught:
        service.save_month(date(2026, 11, 1), {channel: "100"}, {anna.user_id: "-5"})
    assert caught.value.field == f"target.{anna.user_id}"
    assert all(r.amount is None for r in service.month(date(2026, 11, 1)).spend)
    with pytest.raises(PermissionDenied):
        SalesSettingsService(world.sessions, anna).month(date(2026, 11, 1))
