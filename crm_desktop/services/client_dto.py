"""Data the client services take and return (frozen, Qt-free, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from crm_desktop.models import ClientKind, ClientStatus, ContactMethodKind


@dataclass(frozen=True, slots=True)
class MethodData:
    """A phone, e-mail or messenger as entered."""

    kind: ContactMethodKind
    value: str
    messenger: str | None = None


@dataclass(frozen=True, slots=True)
class ClientData:
    """Editable fields of a client; phones/e-mails/messengers belong to the client itself."""

    kind: ClientKind = ClientKind.COMPANY
    name: str = ""
    status: ClientStatus = ClientStatus.LEAD
    manager_id: int | None = None
    channel_id: int | None = None
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    birthday: date | None = None
    legal_form: str | None = None
    full_legal_name: str | None = None
    inn: str | None = None
    kpp: str | None = None
    ogrn: str | None = None
    bik: str | None = None
    bank_name: str | None = None
    bank_account: str | None = None
    corr_account: str | None = None
    legal_address: str | None = None
    actual_address: str | None = None
    city: str | None = None
    industry: str | None = None
    annual_turnover: Decimal | None = None
    employee_count: int | None = None
    website: str | None = None
    note: str | None = None
    methods: tuple[MethodData, ...] = ()


@dataclass(frozen=True, slots=True)
class MethodRow:
    id: int
    kind: ContactMethodKind
    value: str
    normalized: str
    messenger: str | None
    is_primary: bool


@dataclass(frozen=True, slots=True)
class ContactData:
    first_name: str = ""
    last_name: str | None = None
    middle_name: str | None = None
    position: str | None = None
    birthday: date | None = None
    is_primary: bool = False
    note: str | None = None
    methods: tuple[MethodData, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    client_id: int
    full_name: str
    first_name: str
    last_name: str | None
    middle_name: str | None
    position: str | None
    birthday: date | None
    is_primary: bool
    note: str | None
    methods: tuple[MethodRow, ...]
    version: int


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list."""

    id: int
    kind: ClientKind
    name: str
    sort_key: str
    inn: str | None
    status: ClientStatus
    manager_id: int | None
    main_phone: str | None
    main_email: str | None
    city: str | None
    channel_id: int | None
    last_contact_at: datetime | None
    open_deals_amount: Decimal
    version: int


@dataclass(frozen=True, slots=True)
class ClientCard:
    """Everything the card shows about a client except timelines (loaded separately)."""

    id: int
    data: ClientData
    contacts: tuple[ContactRow, ...]
    client_methods: tuple[MethodRow, ...]
    sort_key: str
    last_contact_at: datetime | None
    open_deals_amount: Decimal
    created_at: datetime
    updated_at: datetime
    version: int
    tags: tuple[tuple[int, str], ...] = ()  # (tag id, name)
    is_favorite: bool = False
    manager_name: str | None = None
    channel_name: str | None = None
