"""Settings → Company: our own requisites, printed as the supplier on every invoice."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import CompanyProfile
from crm_desktop.services import audit, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import check_version, stamp_updated, writing
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.invoice_dto import CompanyData, CompanyProfileRow, Party
from crm_desktop.services.invoice_totals import VAT_RATES

PROFILE_ID = 1
BIK_FIRST = QT_TRANSLATE_NOOP("Errors", "Enter the bank's BIK first: the account is checked "
                                        "against it.")
BAD_VAT_RATE = QT_TRANSLATE_NOOP("Errors", "The VAT rate is 20%, 10%, 0% or no VAT.")


def _validated(data: CompanyData) -> CompanyData:
    bik = validation.bik(data.bik)
    for field in ("bank_account", "corr_account"):
        if getattr(data, field) and not bik:
            raise ValidationError(field, BIK_FIRST)
    phone = (data.phone or "").strip()
    email = (data.email or "").strip()
    vat = None if data.default_vat_rate is None else Decimal(data.default_vat_rate)
    if vat not in VAT_RATES:
        raise ValidationError("default_vat_rate", BAD_VAT_RATE)
    return CompanyData(
        name=validation.require_text(data.name, field="name", limit=300),
        full_legal_name=validation.optional_text(data.full_legal_name, field="full_legal_name",
                                                 limit=500),
        inn=validation.inn(data.inn),
        kpp=validation.kpp(data.kpp),
        ogrn=validation.ogrn(data.ogrn),
        bank_name=validation.optional_text(data.bank_name, field="bank_name", limit=300),
        bik=bik,
        bank_account=validation.bank_account(data.bank_account, bik),
        corr_account=validation.bank_account(data.corr_account, bik, field="corr_account",
                                             correspondent=True),
        legal_address=validation.optional_text(data.legal_address, field="legal_address",
                                               limit=500),
        actual_address=validation.optional_text(data.actual_address, field="actual_address",
                                                limit=500),
        phone=validation.phone(phone)[0] if phone else None,
        email=validation.email(email)[0] if email else None,
        director_name=validation.optional_text(data.director_name, field="director_name",
                                               limit=200),
        accountant_name=validation.optional_text(data.accountant_name, field="accountant_name",
                                                 limit=200),
        default_vat_rate=vat,
    )


def profile_data(profile: CompanyProfile) -> CompanyData:
    return CompanyData(**{f: getattr(profile, f) for f in CompanyData.__dataclass_fields__})


def supplier_party(profile: CompanyProfile) -> Party:
    """How the supplier is printed: the full legal name if given, the legal address."""
    return Party(
        name=profile.full_legal_name or profile.name,
        inn=profile.inn,
        kpp=profile.kpp,
        address=profile.legal_address or profile.actual_address,
        phone=profile.phone,
        bank_name=profile.bank_name,
        bik=profile.bik,
        bank_account=profile.bank_account,
        corr_account=profile.corr_account,
        director_name=profile.director_name,
        accountant_name=profile.accountant_name,
    )


def load_profile(session: Session) -> CompanyProfile:
    return session.get_one(CompanyProfile, PROFILE_ID)


class CompanyService:
    """Anyone may read the profile (it is printed on invoices); only administrators edit it."""

    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def get(self) -> CompanyProfileRow:
        with self._sessions() as session:
            profile = load_profile(session)
            return CompanyProfileRow(profile_data(profile), profile.version)

    def update(self, data: CompanyData, seen_version: int) -> CompanyProfileRow:
        self._actor.require(Permission.MANAGE_USERS)
        clean = _validated(data)
        with writing(self._sessions, "company", PROFILE_ID) as session:
            profile = load_profile(session)
            check_version(profile, seen_version, "company", PROFILE_ID)
            for field in CompanyData.__dataclass_fields__:
                setattr(profile, field, getattr(clean, field))
            stamp_updated(profile, self._actor)
            session.flush()
            audit.record(session, self._actor, "update", "company", PROFILE_ID)
            return CompanyProfileRow(profile_data(profile), profile.version)
