"""The client form after a save whose answer was lost (the server committed, then the
connection died): the form keeps what was typed, says the save may have failed, and pressing
Save again leaves exactly one client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import make_world
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from ui_card_support import LEFT, Office, make_office, opener, shut_down, type_text

from crm_desktop.models import Client
from crm_desktop.services.change_feed import ConnectionLost
from crm_desktop.services.client_dto import ClientData
from crm_desktop.ui.client_card.card_window import ClientCardWindow
from crm_desktop.ui.client_card.opener import ClientCardOpener

__all__ = ["opener"]  # a fixture the tests below use


@pytest.fixture
def office(qapp, engine) -> Iterator[Office]:  # type: ignore[no-untyped-def]
    result = make_office(make_world(engine))
    yield result
    shut_down(result)


def lose_the_answer_of_the_next_client_save(office: Office) -> list[int]:
    """The next commit that wrote a client succeeds on the server; then the connection
    'breaks' before the form hears about it. Reads and other commits pass untouched."""
    lost: list[int] = []
    sessions = office.world.sessions

    def after_flush(session: Session, _context: object) -> None:
        if any(isinstance(o, Client) for o in (*session.new, *session.dirty)):
            session.info["wrote_client"] = True

    def after_commit(session: Session) -> None:
        if session.info.pop("wrote_client", False) and not lost:
            lost.append(1)
            raise ConnectionLost("server closed the connection unexpectedly")

    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "after_commit", after_commit)
    return lost


def clients(office: Office) -> list[tuple[int, str, str | None]]:
    with office.world.sessions() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(Client.id, Client.name, Client.city).order_by(Client.id))]


def new_form(qtbot, opener: ClientCardOpener) -> ClientCardWindow:  # type: ignore[no-untyped-def]
    opener.new_client()
    window = opener.new_windows()[-1]
    qtbot.waitUntil(lambda: window.form.fields.channel_combo.count() > 1, timeout=5000)
    return window


def press_save(qtbot, window: ClientCardWindow, *, fails: bool) -> str:  # type: ignore[no-untyped-def]
    signal = window.form.sig_save_failed if fails else window.form.sig_saved
    with qtbot.waitSignal(signal, timeout=10_000) as caught:
        qtbot.mouseClick(window.form.save_button, LEFT)
    return str(caught.args[0]) if fails else ""


def test_a_new_client_saved_again_after_a_lost_answer_exists_once(qtbot, opener, office):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    type_text(fields.edits["name"], "ООО Ромашка")
    type_text(fields.edits["city"], "Москва")
    lost = lose_the_answer_of_the_next_client_save(office)
    message = press_save(qtbot, window, fails=True)
    assert lost and len(clients(office)) == 1  # the server did commit it
    assert "may have failed" in message or "могло не пройти" in message
    assert window.form.form_error.isVisible() and window.form.form_error.text() == message
    assert fields.edits["name"].text() == "ООО Ромашка"  # nothing typed is lost
    assert window.client_id is None and window.form.save_button.isEnabled()
    press_save(qtbot, window, fails=False)  # the user presses Save again
    stored = clients(office)
    assert stored == [(window.client_id, "ООО Ромашка", "Москва")]
    # a new edit after the success is a new save (an update with its own key)
    fields.edits["city"].clear()
    type_text(fields.edits["city"], "Тверь")
    press_save(qtbot, window, fails=False)
    assert clients(office) == [(window.client_id, "ООО Ромашка", "Тверь")]


def test_an_edit_between_the_lost_answer_and_the_retry_is_saved_too(qtbot, opener, office):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    type_text(fields.edits["name"], "ООО Ромашка")
    lose_the_answer_of_the_next_client_save(office)
    press_save(qtbot, window, fails=True)
    type_text(fields.edits["city"], "Казань")  # typed while the connection was down
    press_save(qtbot, window, fails=False)
    assert clients(office) == [(window.client_id, "ООО Ромашка", "Казань")]
    assert not window.form.is_dirty()


def test_an_existing_client_saved_again_after_a_lost_answer_shows_no_conflict(
        qtbot, opener, office):
    card = office.services.clients.create(ClientData(name="ООО Опора", city="Москва"))
    opener.open(card.id)
    window = opener.window(card.id)
    assert window is not None
    qtbot.waitUntil(lambda: window.card is not None, timeout=5000)
    city = window.form.fields.edits["city"]
    city.clear()
    type_text(city, "Тверь")
    lose_the_answer_of_the_next_client_save(office)
    press_save(qtbot, window, fails=True)
    conflicts: list[object] = []
    window.form.sig_conflict_shown.connect(conflicts.append)
    press_save(qtbot, window, fails=False)
    assert not conflicts and not window.form.conflict.isVisible()
    assert office.services.clients.get(card.id).version == card.version + 1
    assert window.form.version == card.version + 1

