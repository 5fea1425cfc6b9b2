"""CompanyService: administrators edit our requisites; INN/KPP/OGRN, BIK and the account
control keys are checked; a stale form is a conflict."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from crm_desktop.services import validation
from crm_desktop.services.company import BAD_VAT_RATE, BIK_FIRST, CompanyService
from crm_desktop.services.errors import EditConflict, PermissionDenied, ValidationError
from tests.factories import make_world
from tests.test_invoice_support import COMPANY


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    return w


def test_round_trip_with_normalised_input(world):
    company = CompanyService(world.sessions, world.admin)
    first = company.get()
    assert first.data.name == "" and first.version == 1
    typed = replace(COMPANY, inn=" 7707 083893 ", bank_account="4070-2810-9380-0001-2345",
                    email="  info@romashka.ru ", default_vat_rate=Decimal("10"))
    saved = company.update(typed, first.version)
    assert saved.data.inn == "7707083893"
    assert saved.data.bank_account == "40702810938000012345"
    assert saved.data.email == "info@romashka.ru"
    assert saved.data.default_vat_rate == Decimal("10")
    assert company.get() == saved and saved.version == 2
    assert CompanyService(world.sessions, world.head).get() == saved


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"name": " "}, "name", validation.REQUIRED),
    ({"inn": "7707083894"}, "inn", validation.BAD_INN),
    ({"kpp": "7736"}, "kpp", validation.BAD_KPP),
    ({"ogrn": "1027700132196"}, "ogrn", validation.BAD_OGRN),
    ({"bik": "123456789"}, "bik", validation.BAD_BIK),
    ({"bank_account": "40702810038000012345"}, "bank_account", validation.BAD_ACCOUNT_KEY),
    ({"bank_account": "4070281093800001234"}, "bank_account", validation.BAD_ACCOUNT),
    ({"corr_account": "30101810500000000225"}, "corr_account", validation.BAD_ACCOUNT_KEY),
    ({"bik": None}, "bank_account", BIK_FIRST),
    ({"phone": "12"}, "phone", validation.BAD_PHONE),
    ({"email": "info@"}, "email", validation.BAD_EMAIL),
    ({"default_vat_rate": Decimal("18")}, "default_vat_rate", BAD_VAT_RATE),
])
def test_bad_requisites_are_refused_field_by_field(world, changes, field, message):
    company = CompanyService(world.sessions, world.admin)
    with pytest.raises(ValidationError) as err:
        company.update(replace(COMPANY, **changes), company.get().version)
    assert (err.value.field, err.value.message) == (field, message)
    assert company.get().data.name == ""


def test_only_user_managers_edit_and_stale_forms_conflict(world):
    company = CompanyService(world.sessions, world.admin)
    with pytest.raises(PermissionDenied):
        CompanyService(world.sessions, world.anna).update(COMPANY, 1)
    company.update(COMPANY, 1)
    with pytest.raises(EditConflict):
        company.update(replace(COMPANY, name="Другая"), 1)
    assert company.get().data.name == "Ромашка"
