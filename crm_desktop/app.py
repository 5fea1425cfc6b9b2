"""crm-desktop, the GUI: the composition root.

Parses the command line, configures logging, creates the QApplication, installs translators and
the theme, runs the start-up dialogs (open the database, first run, sign in) and shows the main
window, handing it the services it needs.

    crm-desktop [--db URL] [--user LOGIN] [--lang ru|en] [--section KEY] [--screenshot PATH]
                [--size WIDTHxHEIGHT] [--debug]

With --user and the password in $CRM_PASSWORD the sign-in dialog is skipped. --screenshot renders
the main window to a PNG after start-up and exits (works with QT_QPA_PLATFORM=offscreen);
--section opens a section other than Clients first (e.g. `--section deals` for the board);
--size sets the window's size (1280x800 unless given), which is also the screenshot's size.
The hidden --measure-startup (benchmarks/startup.py) signs in like --screenshot, prints the time
from process start until the client list's first page is painted (ui/startup_probe.py), and exits.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QEventLoop,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from crm_desktop import config
from crm_desktop.services import report_replica, workspace
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.change_feed import ChangeFeed
from crm_desktop.services.embedded import describe_location
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import errors, i18n, startup_probe, theme
from crm_desktop.ui.automation.scheduler import install_automation_scheduler
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.gc_guard import GuiThreadGarbageCollector
from crm_desktop.ui.live.wiring import install_live_updates
from crm_desktop.ui.main_window import MainWindow, SessionInfo, role_label
from crm_desktop.ui.protection.clipboard_guard import guarded
from crm_desktop.ui.sections import SECTIONS
from crm_desktop.ui.session_lock.session_lock import protect_session
from crm_desktop.ui.startup import ExitCode, Startup, StartupAborted
from crm_desktop.ui.startup_probe import StartupClock
from crm_desktop.ui.tasks import Runners, make_runners

log = logging.getLogger(__name__)

LOG_FILE = "crm-desktop.log"
SCREENSHOT_WAIT_MS = 15_000


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="On-premise desktop CRM.")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $CRM_DATABASE_URL, the config files, "
                             "or the embedded SQLite file)")
    parser.add_argument("--user", metavar="LOGIN",
                        help="sign in as LOGIN; with $CRM_PASSWORD set, skip the sign-in dialog")
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help="interface language (default: the config file's, else ru)")
    parser.add_argument("--screenshot", metavar="PATH", type=Path,
                        help="save the main window as PNG after start-up and exit")
    parser.add_argument("--section", choices=[s.key for s in SECTIONS],
                        help="the section shown first (default: clients); with --screenshot, "
                             "the section rendered")
    parser.add_argument("--size", metavar="WIDTHxHEIGHT", type=_window_size,
                        help="the window's size in pixels, e.g. 1920x1080 (default: 1280x800)")
    parser.add_argument("--debug", action="store_true", help="log debug messages")
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _window_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() \
            or not (640 <= int(width) <= 7680 and 480 <= int(height) <= 4320):
        raise argparse.ArgumentTypeError(f"expected a size like 1280x800, not {text!r}")
    return int(width), int(height)


def configure_logging(debug: bool) -> list[logging.Handler]:
    """A rotating file in the log folder plus warnings on stderr; returns the added handlers."""
    level = logging.DEBUG if debug else logging.INFO
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    try:
        folder = config.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"))
    except OSError as exc:
        print(f"crm-desktop: cannot write the log file: {exc}", file=sys.stderr)  # noqa: T201
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if debug else logging.WARNING)
    handlers.append(console)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(fmt)
        root.addHandler(handler)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return handlers


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """Uncaught exceptions (e.g. in a slot) end in the log and a short dialog; the app goes on."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is not None:
        errors.show_unexpected(QApplication.activeWindow(), exc)
    else:
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))


@contextmanager
def installed_hooks() -> Iterator[None]:
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    previous_handler = qInstallMessageHandler(_qt_message)
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def choose_language(explicit: str | None) -> str:
    if explicit:
        return explicit
    configured = config.read_config(config.user_config_path()).get("language")
    return configured if configured in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    clock = StartupClock()
    clock.mark("main")
    handlers = configure_logging(args.debug)
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName(config.APP_NAME)
        app.setOrganizationName(config.APP_AUTHOR)
        language = choose_language(args.lang)
        log.info("crm-desktop starting (language %s)", language)
        previous_locale = QLocale()
        with installed_hooks():
            translators = i18n.install_translators(app, language)
            theme.apply_theme(app)
            collector = GuiThreadGarbageCollector(app)
            runners = make_runners()
            clock.mark("app_ready")
            try:
                return _run(app, args, runners, clock)
            finally:
                runners.wait()
                collector.stop()
                i18n.remove_translators(app, translators)
                QLocale.setDefault(previous_locale)
    finally:
        root = logging.getLogger()
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()


def _run(app: QApplication, args: argparse.Namespace, runners: Runners,
         clock: StartupClock) -> int:
    resolved = config.resolve_database_url(args.db)
    log.info("database address from: %s", resolved.source)
    password = os.environ.get("CRM_PASSWORD") if args.user else None
    startup = Startup(resolved.url, runners.writes, user=args.user, password=password,
                      interactive=args.screenshot is None and not args.measure_startup)
    try:
        ws = startup.run()
    except StartupAborted as exc:
        return int(exc.code)
    clock.mark("signed_in")
    standby = report_replica.open_for(ws.engine, config.resolve_reports_url())
    try:
        window = build_main_window(ws, runners, standby, url=startup.url)
        window.refresh_overview()
        if args.size is not None:
            window.resize(*args.size)
        if args.section:
            window.show_section(args.section)
        clock.mark("window_built")
        if args.screenshot is not None:
            return save_screenshot(window, runners, args.screenshot)
        if args.measure_startup:
            return startup_probe.measure(window, clock)
        window.show()
        return app.exec()
    finally:
        runners.wait()
        if standby is not None:
            standby.dispose()
        ws.close()


def build_main_window(ws: Workspace, runners: Runners, reports_engine: Engine | None = None,
                      *, url: str | None = None) -> MainWindow:
    """The main window wired to the signed-in user's services.

    `reports_engine`: the read-only standby the reports run on (`reports_url`), owned and
    disposed by the caller; None runs them on the main database. `url`: the address the
    workspace was opened with, for Settings → Connection (default: the engine's)."""
    actor = ws.actor
    stored = None if actor.role_key in ("admin", "head", "manager", "readonly") \
        else workspace.role_names(ws.engine).get(actor.role_key)
    shown_url = ws.engine.url.render_as_string(hide_password=True)
    backend, location = describe_location(shown_url)
    connection = replace(config.connection_summary(url or shown_url),
                         reports_on_standby=reports_engine is not None)
    info = SessionInfo(actor.full_name, actor.login, role_label(actor.role_key, stored),
                       backend, location, str(config.log_dir()), connection)
    bundle = ServiceBundle.for_workspace(
        ws, report_replica.reports_sessions(ws.sessions, reports_engine))
    ctx = UiContext(bundle, runners.reads, runners.writes)
    window = protect_session(guarded(MainWindow(info, ctx), actor), ctx)
    install_live_updates(window, ctx, ChangeFeed(ws.engine), window.connection_bar)
    install_automation_scheduler(window, ctx).sig_notices.connect(window.tasks.add_notices)
    return window


def save_screenshot(window: MainWindow, runners: Runners, path: Path) -> int:
    """Show the window, let its first data arrive, render it to `path` as PNG."""
    window.show()
    if not runners.reads.is_idle():
        loop = QEventLoop()
        runners.reads.sig_idle_changed.connect(lambda idle: loop.quit() if idle else None)
        QTimer.singleShot(SCREENSHOT_WAIT_MS, loop.quit)
        loop.exec()
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        log.error("could not write the screenshot %s", path)
        return int(ExitCode.SCREENSHOT)
    log.info("screenshot saved to %s", path)
    window.close()
    return int(ExitCode.OK)


if __name__ == "__main__":
    raise SystemExit(main())
