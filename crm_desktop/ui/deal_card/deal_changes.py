"""What changed in a deal since the form opened, for the shared conflict banner."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.deal_dto import DealData, DealItemData
from crm_desktop.services.deal_items import line_amount
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.ui.client_card.combos import OptionCombo
from crm_desktop.ui.client_card.formatting import money
from crm_desktop.ui.common.conflict_banner import Change, ConflictBanner, differences, show_value
from crm_desktop.ui.deal_card.deal_fields import DealFields

CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("DealConflict", "title"),
    "client_id": QT_TRANSLATE_NOOP("DealConflict", "client"),
    "contact_id": QT_TRANSLATE_NOOP("DealConflict", "contact person"),
    "manager_id": QT_TRANSLATE_NOOP("DealConflict", "manager"),
    "channel_id": QT_TRANSLATE_NOOP("DealConflict", "channel"),
    "amount": QT_TRANSLATE_NOOP("DealConflict", "amount"),
    "currency": QT_TRANSLATE_NOOP("DealConflict", "currency"),
    "expected_close_on": QT_TRANSLATE_NOOP("DealConflict", "expected close"),
    "note": QT_TRANSLATE_NOOP("DealConflict", "note"),
    "items": QT_TRANSLATE_NOOP("DealConflict", "products"),
}


def deal_changes(started: DealData, current: DealData, fields: DealFields) -> list[Change]:
    """Their changes (old → new); ids are shown by the names the form's pickers know."""
    combos: dict[str, OptionCombo] = {"contact_id": fields.contact_combo,
                                      "manager_id": fields.manager_combo,
                                      "channel_id": fields.channel_combo}

    def show(field: str, value: object) -> str:
        if field in combos:
            return combos[field].name_of(value)  # type: ignore[arg-type]
        if field == "client_id":
            return (fields.client_picker.text() if value == fields.client_picker.client_id
                    else f"#{value}")
        if field == "items":
            lines: tuple[DealItemData, ...] = value  # type: ignore[assignment]
            total = sum((line_amount(i) for i in lines), Decimal(0))
            return QCoreApplication.translate("DealConflict", "%n line(s), %1", "",
                                              len(lines)).replace("%1", money(total))
        return show_value(value)

    return differences(started, current, CAPTIONS,
                       lambda field: QCoreApplication.translate("DealConflict", CAPTIONS[field]),
                       show)


def deal_conflict_banner() -> ConflictBanner:
    return ConflictBanner(
        QCoreApplication.translate("DealConflict",
                                   "Someone else saved this deal while you were editing."),
        QCoreApplication.translate("DealConflict", "They changed nothing on this form (for "
                                   "example, only the stage); your edits do not collide with "
                                   "theirs."))
