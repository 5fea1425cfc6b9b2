"""Clients (companies and private persons), their contact people and contact methods."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    false,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, Versioned, str_enum
from crm_desktop.models.enums import ClientKind, ClientStatus, ContactMethodKind


class Channel(Versioned, Base):
    """Acquisition channel: contextual ads, referral, exhibition..."""

    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(server_default="0")
    is_active: Mapped[bool] = mapped_column(server_default=true())


class ChannelSpend(Base):
    """Money spent on a channel in one month (for cost per lead / per sale)."""

    __tablename__ = "channel_spend"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    month: Mapped[date]
    amount: Mapped[Decimal]

    __table_args__ = (Index("uq_channel_spend_month", "channel_id", "month", unique=True),)


class Tag(Versioned, Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


client_tags = Table(
    "client_tags",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

client_shares = Table(
    "client_shares",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Client(Versioned, Base):
    """A company (legal entity) or a private person."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ClientKind] = mapped_column(str_enum(ClientKind, "client_kind"))
    name: Mapped[str] = mapped_column(String(300))
    # casefolded, ё→е, legal form stripped: sorting and keyset paging use (sort_key, id)
    sort_key: Mapped[str] = mapped_column(String(300))
    # name + phones digits + e-mails + INN, normalised; trigram-indexed by the migration
    search_text: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[ClientStatus] = mapped_column(
        str_enum(ClientStatus, "client_status"), server_default=ClientStatus.LEAD.value
    )
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"))
    # private person
    last_name: Mapped[str | None] = mapped_column(String(100))
    first_name: Mapped[str | None] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    birthday: Mapped[date | None]
    # company requisites
    legal_form: Mapped[str | None] = mapped_column(String(20))
    full_legal_name: Mapped[str | None] = mapped_column(String(500))
    inn: Mapped[str | None] = mapped_column(String(12))
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15))
    bik: Mapped[str | None] = mapped_column(String(9))
    bank_name: Mapped[str | None] = mapped_column(String(300))
    bank_account: Mapped[str | None] = mapped_column(String(20))
    corr_account: Mapped[str | None] = mapped_column(String(20))
    legal_address: Mapped[str | None] = mapped_column(String(500))
    actual_address: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    annual_turnover: Mapped[Decimal | None]
    employee_count: Mapped[int | None]
    website: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    # denormalised for the million-row list (kept by the services)
    main_phone: Mapped[str | None] = mapped_column(String(32))
    main_email: Mapped[str | None] = mapped_column(String(254))
    last_contact_at: Mapped[datetime | None]
    open_deals_amount: Mapped[Decimal] = mapped_column(server_default="0")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    # all phones/e-mails/messengers of the client and of its contact people
    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tags)

    __table_args__ = (
        Index("ix_clients_sort", "sort_key", "id"),
        Index("ix_clients_manager_sort", "manager_id", "sort_key", "id"),
        Index("ix_clients_status_sort", "status", "sort_key", "id"),
        Index("ix_clients_channel_sort", "channel_id", "sort_key", "id"),
        Index("ix_clients_industry_sort", "industry", "sort_key", "id"),
        Index("ix_clients_kind_sort", "kind", "sort_key", "id"),
        Index("ix_clients_inn", "inn", "id"),
        Index("ix_clients_phone", "main_phone", "id"),
        Index("ix_clients_email", "main_email", "id"),
        Index("ix_clients_city", "city", "id"),
        Index("ix_clients_open_amount", "open_deals_amount", "id"),
        Index("ix_clients_ogrn", "ogrn"),
        Index("ix_clients_last_contact", "last_contact_at", "id"),
        Index("ix_clients_created", "created_at", "id"),
    )


class Contact(Versioned, Base):
    """A contact person of a client."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    last_name: Mapped[str | None] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(300))
    sort_key: Mapped[str] = mapped_column(String(300), index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[date | None]
    is_primary: Mapped[bool] = mapped_column(server_default=false())
    note: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="contacts")
    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class ContactMethod(Base):
    """A phone, e-mail or messenger of a client or of one of its contact people."""

    __tablename__ = "contact_methods"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactMethodKind] = mapped_column(
        str_enum(ContactMethodKind, "contact_method_kind")
    )
    messenger: Mapped[str | None] = mapped_column(String(30))  # telegram, whatsapp, viber...
    value: Mapped[str] = mapped_column(String(254))  # as the user typed it
    normalized: Mapped[str] = mapped_column(String(254))  # E.164, lower-cased e-mail, handle
    is_primary: Mapped[bool] = mapped_column(server_default=false())
    position: Mapped[int] = mapped_column(server_default="0")

    client: Mapped[Client] = relationship(back_populates="methods")
    contact: Mapped[Contact | None] = relationship(back_populates="methods")

    __table_args__ = (Index("ix_contact_methods_lookup", "kind", "normalized"),)


class Favorite(Base):
    """A client starred by a user."""

    __tablename__ = "favorites"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
