"""Network faults as the user sees them: the non-blocking "no connection" bar comes and goes
with the server, and a save that failed on a lost connection keeps the form and can be
repeated."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from crm_desktop.db import make_engine
from crm_desktop.services.change_feed import ChangeFeed, ConnectionLost
from crm_desktop.services.client_dto import ClientData
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.live.connection_bar import ConnectionBar
from crm_desktop.ui.live.hub import LiveUpdates
from crm_desktop.ui.tasks import make_runners
from tests.conftest import PG_ADMIN_URL
from tests.ui_card_support import LEFT, close_windows, office, type_text

__all__ = ["office"]  # fixtures the tests below use


def end_listeners(db_url: str) -> int:
    """What a restarted server or a failover does to the listener: its backend goes away."""
    database = db_url.rsplit("/", 1)[-1]
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.scalars(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND query ILIKE 'LISTEN%'"), {"db": database}).all())
    finally:
        admin.dispose()


@pytest.fixture
def hub_and_bar(qtbot, engine) -> Iterator[tuple[LiveUpdates, ConnectionBar]]:
    runners = make_runners()
    hub = LiveUpdates(ChangeFeed(engine), runners.reads)
    window = QWidget()  # the main window: shown, with the bar hidden inside it
    bar = ConnectionBar(window)
    qtbot.addWidget(window)
    window.show()
    bar.attach(hub)
    yield hub, bar
    hub.stop()
    runners.wait()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_bar_shows_while_the_listener_is_cut_off_and_goes_when_it_is_back(
        qtbot, hub_and_bar, db_url):
    hub, bar = hub_and_bar
    assert not bar.isVisible()
    hub.start()
    qtbot.waitUntil(lambda: end_listeners(db_url) == 1, timeout=5000)
    with qtbot.waitSignal(hub.sig_connection_lost, timeout=3000):
        pass
    assert bar.isVisible() and not hub.connected
    assert "переподключение" in bar.title.text() or "reconnecting" in bar.title.text()
    with qtbot.waitSignal(hub.sig_connection_restored, timeout=5000), \
            qtbot.waitSignal(hub.sig_resync, timeout=5000):
        pass  # reconnects by itself (backoff) and asks everyone to re-read what they show
    assert not bar.isVisible() and hub.connected


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_polling_failures_show_the_bar_and_retry_now_reconnects(qtbot, hub_and_bar,
                                                                monkeypatch):
    hub, bar = hub_and_bar
    feed: ChangeFeed = hub._feed  # noqa: SLF001 - the feed the hub was built with
    real_poll, broken = feed.poll, [True]

    def poll(after: int):  # type: ignore[no-untyped-def]
        if broken[0]:
            raise ConnectionLost("the file share is gone")
        return real_poll(after)

    monkeypatch.setattr(feed, "poll", poll)
    with qtbot.waitSignal(hub.sig_connection_lost, timeout=4000):
        hub.start()
    assert bar.isVisible()
    broken[0] = False
    with qtbot.waitSignal(hub.sig_connection_restored, timeout=3000):
        qtbot.mouseClick(bar.retry_button, LEFT)
    assert not bar.isVisible()


def test_a_save_lost_on_the_way_keeps_the_form_and_can_be_repeated(qtbot, office,
                                                                   monkeypatch):
    stored = office.services.clients.create(ClientData(name="ООО Ромашка", city="Москва"))
    host = QWidget()
    qtbot.addWidget(host)
    opener = ClientCardOpener(office.ctx, host)
    opener.open(stored.id)
    card = opener.window(stored.id)
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=5000)
    clients = office.services.clients
    real_update, calls = clients.update, []

    def update(client_id, data, seen_version, request_key=None):  # type: ignore[no-untyped-def]
        calls.append(seen_version)
        if len(calls) == 1:
            raise ConnectionLost("server closed the connection unexpectedly")
        return real_update(client_id, data, seen_version, request_key)

    monkeypatch.setattr(clients, "update", update)
    city = card.form.fields.edits["city"]
    city.clear()
    type_text(city, "Тверь")
    with qtbot.waitSignal(card.form.sig_save_failed, timeout=3000) as failed:
        qtbot.mouseClick(card.form.save_button, Qt.MouseButton.LeftButton)
    assert "connection" in failed.args[0].lower() or "связи" in failed.args[0].lower()
    assert city.text() == "Тверь" and card.form.is_dirty()  # nothing typed is lost
    assert card.form.save_button.isEnabled()
    with qtbot.waitSignal(card.form.sig_saved, timeout=3000):
        qtbot.mouseClick(card.form.save_button, Qt.MouseButton.LeftButton)
    assert calls == [stored.version, stored.version]
    saved = clients.get(stored.id)
    assert (saved.data.city, saved.version) == ("Тверь", stored.version + 1)
    assert replace(saved.data, city="Москва") == stored.data
    close_windows(opener)
