"""Polish of the everyday lists at a laptop's 1280 px: the client table beside the feed shows
name, type, INN and phone whole; the feed never hides an entry's time behind a long client
name; the pipeline picker has its chevron."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from crm_desktop.services.enums import ActivityKind
from crm_desktop.services.feed import FeedItem, FeedKind
from crm_desktop.ui.clients.columns import KEYS
from crm_desktop.ui.clients.formatting import datetime_text
from crm_desktop.ui.feed import FeedPanel
from crm_desktop.ui.search.delegate import ItemRole, elide_keeping_tail
from tests.test_ui_settings_page import open_window, runners  # noqa: F401 - fixture
from tests.ui_look import russian

__all__ = ["russian"]  # a fixture the tests below use

CELL_PADDING = 2 * 8  # #clientTable::item { padding: 0 8px } in app.qss



def test_at_1280_px_the_client_table_shows_type_inn_and_phone_whole_beside_the_feed(
        qtbot, runners, sqlite_url, russian):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "ivanova", "manager")
    window.show_section("clients")
    page = window.clients_page
    qtbot.waitUntil(lambda: page.feed.isVisible() and page.table.isVisible())
    table = page.table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    metrics = table.fontMetrics()
    typical = {"kind": "Частное лицо", "inn": "775009619944", "phone": "+7 495 671-76-47"}
    for key, text in typical.items():
        column = KEYS.index(key)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= viewport, f"{key} is cut by the feed ({right} > {viewport})"
        needed = metrics.horizontalAdvance(text) + CELL_PADDING + margin
        assert header.sectionSize(column) >= needed, f"{text!r} would end in …"


def _entry(client_name: str, at: datetime) -> FeedItem:
    return FeedItem(kind=FeedKind.ACTIVITY, at=at, client_id=7, client_name=client_name,
                    author="Иванова Мария Сергеевна", text="Исходящий звонок",
                    activity_kind=ActivityKind.CALL, deal_title=None)


def test_a_feed_entry_keeps_its_time_apart_from_the_client_name(qtbot):
    panel = FeedPanel(_StubCtx())  # type: ignore[arg-type] - describing reads no services
    qtbot.addWidget(panel)
    at = datetime(2026, 11, 26, 9, 5, tzinfo=UTC)
    item = panel._item(_entry("ООО «Фарминжиниринг-Северо-Запад Холдинг»", at))
    assert item.data(ItemRole.DETAIL) == "ООО «Фарминжиниринг-Северо-Запад Холдинг»"
    assert item.data(ItemRole.DETAIL_TAIL) == datetime_text(at)


def test_a_long_name_gives_way_to_the_time(qapp):
    metrics = QFontMetrics(QFont())
    when = "26.11.2026 19:57"
    narrow = metrics.horizontalAdvance(f"ООО «Созвездие» · {when}") - 20
    shown = elide_keeping_tail(metrics, "ООО «Созвездие»", when, narrow)
    assert shown.endswith(f"… · {when}")
    assert metrics.horizontalAdvance(shown) <= narrow
    roomy = elide_keeping_tail(metrics, "ООО «Созвездие»", when, 1000)
    assert roomy == f"ООО «Созвездие» · {when}"
    assert elide_keeping_tail(metrics, "", when, 1000) == when


def test_the_pipeline_picker_has_the_apps_chevron(qtbot, runners, sqlite_url,  # noqa: F811
                                                  russian):
    window = open_window(qtbot, runners, sqlite_url, "ivanova", "manager")
    window.show_section("deals")
    combo = window.deals_page.pipeline_combo
    assert combo.styleSheet() == ""  # the chevron comes from app.qss (test_ui_pickers_look.py)
    assert combo.toolTip() == "Воронка"


class _StubCtx:
    """Just enough of a UiContext for a FeedPanel that is never refreshed."""

    services = None
    reads = None
    writes = None


def test_the_deal_list_gives_the_title_the_room_and_names_managers_like_the_board(
        qtbot, runners, sqlite_url, russian):  # noqa: F811
    from decimal import Decimal

    from sqlalchemy import update

    from crm_desktop.db import make_engine
    from crm_desktop.models import User
    from crm_desktop.services.client_dto import ClientData
    from crm_desktop.services.deal_dto import DealData

    window = open_window(qtbot, runners, sqlite_url, "ivanova", "manager")
    services = window._ctx.services
    client = services.clients.create(ClientData(name="ООО «Балтснаб-Север»")).id
    pipeline = services.reference.pipelines()[0]
    services.deals.create(DealData(title="Заказ — ООО «Балтснаб-Север»", client_id=client,
                                   pipeline_id=pipeline.id, amount=Decimal("502730")))
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(update(User).values(full_name="Смирнов Олег Петрович"))
    engine.dispose()
    window.show_section("deals")
    page = window.deals_page
    qtbot.waitUntil(lambda: page.pipeline_combo.count() > 0, timeout=5000)
    page.list_button.click()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1, timeout=5000)
    model, header = page.list_model, page.list_view.horizontalHeader()
    manager = model.index(0, 4)
    assert manager.data() == "Смирнов О."
    assert manager.data(Qt.ItemDataRole.ToolTipRole) == "Смирнов Олег Петрович"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Заказ — ООО «Балтснаб-Север»"
    title = page.list_view.fontMetrics().horizontalAdvance("Заказ — ООО «Балтснаб-Север»")
    assert header.sectionSize(0) >= title + 2 * 8


def test_the_feed_gives_way_at_1280_px_only(qtbot, runners, sqlite_url, russian):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "ivanova", "manager")
    window.show_section("clients")
    feed = window.clients_page.feed
    qtbot.waitUntil(lambda: feed.isVisible() and feed.width() == 280)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: feed.width() == 330)
    window.clients_page.splitter.moveSplitter(900, 1)  # the user drags: that width stays
    dragged = feed.width()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.clients_page.width() < 1100)
    assert feed.width() == dragged
