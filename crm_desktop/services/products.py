"""The products catalogue: SKU, name, unit, price, VAT rate, stock; a picker search."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Product
from crm_desktop.services import validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import check_version, stamp_created, stamp_updated, writing
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, AlreadyExists, NotFound, ValidationError
from crm_desktop.services.normalize import fold

VAT_RATES = (Decimal("20"), Decimal("10"), Decimal("0"), None)  # None: без НДС
BAD_VAT = QT_TRANSLATE_NOOP("Errors", 'VAT is 20%, 10%, 0% or "no VAT".')
BAD_STOCK = QT_TRANSLATE_NOOP("Errors", "Enter the quantity in stock, e.g. 12 or 2.5.")
SKU = QT_TRANSLATE_NOOP("Errors", "SKU")
CATALOGUE_SCAN_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class ProductData:
    sku: str
    name: str
    price: Decimal
    unit: str = "шт"
    vat_rate: Decimal | None = Decimal("20")
    stock_qty: Decimal = Decimal("0")
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class ProductRow:
    id: int
    data: ProductData
    version: int


def _row(p: Product) -> ProductRow:
    data = ProductData(p.sku, p.name, p.price, p.unit, p.vat_rate, p.stock_qty, p.is_active)
    return ProductRow(p.id, data, p.version)


def _validate(data: ProductData) -> ProductData:
    vat = None if data.vat_rate is None else Decimal(data.vat_rate)
    if vat not in VAT_RATES:
        raise ValidationError("vat_rate", BAD_VAT)
    try:
        stock = Decimal(str(data.stock_qty).replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError("stock_qty", BAD_STOCK) from exc
    if stock < 0:
        raise ValidationError("stock_qty", validation.NEGATIVE)
    return ProductData(
        validation.require_text(data.sku, field="sku", limit=64),
        validation.require_text(data.name, field="name", limit=300),
        validation.money(data.price, field="price"),
        validation.require_text(data.unit, field="unit", limit=20),
        vat,
        stock,
        bool(data.is_active),
    )


class ProductService:
    """Everyone may read the catalogue; editing it needs the manage-pipelines permission
    (the sales set-up role)."""

    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def create(self, data: ProductData) -> ProductRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        checked = _validate(data)
        try:
            with self._sessions.begin() as session:
                product = Product(
                    sku=checked.sku,
                    name=checked.name,
                    price=checked.price,
                    unit=checked.unit,
                    vat_rate=checked.vat_rate,
                    stock_qty=checked.stock_qty,
                    is_active=checked.is_active,
                )
                stamp_created(product, self._actor)
                session.add(product)
                session.flush()
                return _row(product)
        except IntegrityError as exc:
            raise AlreadyExists(what=SKU, value=checked.sku) from exc

    def update(self, product_id: int, data: ProductData, seen_version: int) -> ProductRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        checked = _validate(data)
        try:
            with writing(self._sessions, "product", product_id) as session:
                product = session.get(Product, product_id)
                if product is None:
                    raise NotFound("product", product_id)
                check_version(product, seen_version, "product", product_id)
                product.sku, product.name, product.price = checked.sku, checked.name, checked.price
                product.unit, product.vat_rate = checked.unit, checked.vat_rate
                product.stock_qty, product.is_active = checked.stock_qty, checked.is_active
                stamp_updated(product, self._actor)
                session.flush()
                return _row(product)
        except IntegrityError as exc:
            raise AlreadyExists(what=SKU, value=checked.sku) from exc

    def set_active(self, product_id: int, active: bool) -> ProductRow:
        """Archive a product (no longer offered in deals; existing lines keep it) or restore it."""
        self._actor.require(Permission.MANAGE_PIPELINES)
        with writing(self._sessions, "product", product_id) as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFound("product", product_id)
            product.is_active = active
            stamp_updated(product, self._actor)
            session.flush()
            return _row(product)

    def search(
        self, text: str = "", limit: int = 30, *, include_inactive: bool = False
    ) -> list[ProductRow]:
        """Active products (with `include_inactive`, archived ones too) whose SKU or name
        contains the text, any case, ё = е.

        A catalogue holds hundreds to a few thousand items, so matching happens here with the
        same folding as client search (SQLite's LIKE would not fold Cyrillic, PITFALLS #5).
        """
        term = fold(text)
        with self._sessions() as session:
            query = select(Product).order_by(Product.is_active.desc(), Product.name, Product.id)
            if not include_inactive:
                query = query.where(Product.is_active.is_(True))
            found = []
            for product in session.scalars(query.limit(CATALOGUE_SCAN_LIMIT)):
                if not term or term in fold(product.name) or term in fold(product.sku):
                    found.append(_row(product))
                    if len(found) >= limit:
                        break
            return found
