"""Screenshots of the everyday screens, for looking at the UI as a user would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/ui_screenshots.py \
        --db sqlite:////tmp/demo.sqlite3 --out /tmp/shots [--user ivanova] [--size 1280x800 ...]

The database needs demo data (`crm-admin demo --clients 400`; users have the password
demo1234). Writes, per size: the client list with search text typed, a client card on each tab,
the deals board of the pipeline with the most open deals, a deal card with line items, the
activity feed, the main window's header, and the sign-in, first-run and connection dialogs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services import workspace
from crm_desktop.ui import i18n, theme
from crm_desktop.ui.tasks import Runners, make_runners


def wait(runners: Runners, until: Callable[[], bool] | None = None, seconds: float = 10) -> None:
    """Let the event loop run until the read and write runners are idle (and `until` holds)."""
    end = time.monotonic() + seconds
    settled = 0
    while time.monotonic() < end:
        QApplication.processEvents()
        idle = runners.reads.is_idle() and runners.writes.is_idle()
        if idle and (until is None or until()):
            settled += 1
            if settled > 5:
                break
        else:
            settled = 0
        time.sleep(0.02)
    QApplication.processEvents()


def save(widget: QWidget, path: Path, rect: QRect | None = None) -> None:
    pixmap = widget.grab(rect) if rect is not None else widget.grab()
    pixmap.save(str(path), "PNG")
    print(path)  # noqa: T201 - a script


def shoot(url: str, user: str, out: Path, sizes: list[tuple[int, int]]) -> None:
    from crm_desktop.app import build_main_window
    from crm_desktop.ui.connection.dialog import ConnectionDialog
    from crm_desktop.ui.first_run import FirstRunDialog
    from crm_desktop.ui.login_dialog import LoginDialog

    runners = make_runners()
    ws = workspace.login(url, user, "demo1234")
    window = build_main_window(ws, runners)
    window.refresh_overview()
    for width, height in sizes:
        tag = f"{width}x{height}"
        window.resize(width, height)
        window.show()
        wait(runners)
        save(window, out / f"header_{tag}.png", QRect(0, 0, width, 120))
        window.search.setText("ром")
        window.search_popup.search_now("ром")
        wait(runners)
        save(window, out / f"clients_search_{tag}.png")
        window.search.clear()
        window.search_popup.hide()
        wait(runners)
        save(window, out / f"clients_{tag}.png")
        feed = window.clients_page.feed
        save(feed, out / f"feed_{tag}.png")
        _shoot_deals(window, runners, out, tag)
        _shoot_client_card(window, runners, out, tag, (width, height))
        _shoot_deal_card(window, runners, out, tag, (width, height))
    login = LoginDialog(runners.writes, lambda *_a: None, location=url.rsplit("/", 1)[-1],
                        login_name=user, can_change_server=True)
    login.show()
    wait(runners)
    save(login, out / "login.png")
    first = FirstRunDialog(runners.writes, lambda *_a: None, lambda: None, "")
    first.show()
    wait(runners)
    save(first, out / "first_run.png")
    connection = ConnectionDialog(runners.writes, lambda *_a: None, local_url="sqlite:///x",
                                  local_location=str(Path.home() / "crm.sqlite3"))
    connection.show()
    wait(runners)
    save(connection, out / "connection.png")
    for dialog in (login, first, connection):
        dialog.close()
    window.close()
    runners.wait()
    ws.close()


def _shoot_deals(window, runners: Runners, out: Path, tag: str) -> None:  # noqa: ANN001
    page = window.deals_page
    window.show_section("deals")
    wait(runners, lambda: page.pipeline_combo.count() > 0)
    best, best_count = 0, -1
    for index in range(page.pipeline_combo.count()):
        page.pipeline_combo.setCurrentIndex(index)
        wait(runners)
        count = sum(s.count for s in page.summaries)
        if count > best_count:
            best, best_count = index, count
    page.pipeline_combo.setCurrentIndex(best)
    wait(runners)
    save(window, out / f"deals_board_{tag}.png")
    page.list_button.click()
    wait(runners)
    save(window, out / f"deals_list_{tag}.png")
    page.board_button.click()
    wait(runners)
    window.show_section("clients")


def _first_card(window):  # noqa: ANN001, ANN202
    from crm_desktop.ui.deals.card_model import CardRole

    for column in window.deals_page.board.columns.values():
        if column.model.rowCount():
            return column.model.index(0, 0).data(CardRole.CARD)
    raise RuntimeError("no deal on the board")


def _first_client_with_deals(window) -> int:  # noqa: ANN001
    return int(_first_card(window).client_id)


def _first_deal(window) -> int:  # noqa: ANN001
    return int(_first_card(window).id)


def _shoot_client_card(window, runners: Runners, out: Path, tag: str,  # noqa: ANN001
                       size: tuple[int, int]) -> None:
    client_id = _first_client_with_deals(window)
    window.card_opener.open(client_id)
    card = window.card_opener.window(client_id)
    card.resize(*size)
    wait(runners)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        wait(runners)
        save(card, out / f"client_card_{index}_{tag}.png")
    card.discard_and_close()
    wait(runners)


def _shoot_deal_card(window, runners: Runners, out: Path, tag: str,  # noqa: ANN001
                     size: tuple[int, int]) -> None:
    deal_id = _first_deal(window)
    window.deal_opener.open(deal_id)
    card = window.deal_opener.window(deal_id)
    card.resize(*size)
    wait(runners)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        wait(runners)
        save(card, out / f"deal_card_{index}_{tag}.png")
    card.discard_and_close()
    wait(runners)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--user", default="ivanova")
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--size", action="append", default=[])
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.size] or [(1280, 800), (1366, 768)]
    app = QApplication(sys.argv[:1])
    translators = i18n.install_translators(app, args.lang)
    theme.apply_theme(app)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        shoot(args.db, args.user, args.out, sizes)  # type: ignore[arg-type]
    finally:
        i18n.remove_translators(app, translators)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
