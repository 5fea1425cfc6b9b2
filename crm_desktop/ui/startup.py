"""From a database URL to a signed-in Workspace: open, first run, sign in, explain failures.

On a workstation's very first start (nothing says where the data is) the connection dialog asks:
the company's server, or work locally; the answer goes to the per-user config file.
SQLite (the embedded file): an empty file gets the schema, a database without users gets the
first-run dialog. PostgreSQL is never created or upgraded here: an empty, older or newer schema
and an unreachable server are explained and the program exits with a non-zero code — unless
the user may choose the database (it is not fixed by the administrator, --db or the
environment): then the connection dialog opens with the explanation, to retry or change it.
"""

from __future__ import annotations

import enum
import logging
from functools import partial
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from crm_desktop import config
from crm_desktop.services import connection_check, embedded, workspace
from crm_desktop.services.errors import (
    AccountDisabled,
    AuthenticationFailed,
    ConfigurationError,
    CrmError,
    DatabaseUnavailable,
    SchemaMismatch,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import errors
from crm_desktop.ui.connection.dialog import ConnectionDialog
from crm_desktop.ui.first_run import FirstRunDialog
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ExitCode(enum.IntEnum):
    OK = 0  # also: the user closed the sign-in dialog
    UNEXPECTED = 1  # a bug or an unforeseen failure (logged with its traceback)
    CONFIGURATION = 2  # not a usable database address
    UNAVAILABLE = 3  # cannot connect / open the database
    SCHEMA = 4  # empty, older or newer schema on PostgreSQL (or an old SQLite file)
    NOT_SIGNED_IN = 5  # non-interactive start (--screenshot) could not sign in
    SCREENSHOT = 6  # the screenshot could not be written


class StartupAborted(Exception):
    """Startup ends without a workspace; `code` is the process exit code."""

    def __init__(self, code: ExitCode) -> None:
        super().__init__(code.name)
        self.code = code


class _ChooseDatabase(Exception):
    """Back to the connection dialog: asked for in the sign-in dialog, or the server failed."""

    def __init__(self, problem: CrmError | None = None, code: ExitCode = ExitCode.OK) -> None:
        super().__init__(code.name)
        self.problem, self.code = problem, code


class Startup:
    """Runs the start-up dialogs; `run()` returns a Workspace or raises StartupAborted.

    `interactive=False` (the --screenshot mode) never waits for the user: where a dialog
    would be needed, startup is aborted with a logged reason. `first_setup` (default: decided
    from the config files) asks where the data is before anything else.
    """

    def __init__(self, url: str, runner: TaskRunner, *, user: str | None = None,
                 password: str | None = None, interactive: bool = True,
                 first_setup: bool | None = None) -> None:
        self.url, self._runner = url, runner
        self._user, self._password, self._interactive = user, password, interactive
        self.location = url
        self._notice = ""
        if first_setup is None:
            first_setup = config.needs_first_setup(url)
        self._first_setup = interactive and first_setup
        self._may_choose = interactive and (first_setup or config.user_may_choose_database(url))

    def run(self) -> Workspace:
        try:
            return self._run_choosing()
        except StartupAborted:
            raise
        except Exception as exc:  # noqa: BLE001 - explained to the user instead of a traceback
            self._fatal(exc, ExitCode.UNEXPECTED)

    def _run_choosing(self) -> Workspace:
        if self._first_setup:
            self._choose_database(None, ExitCode.OK)
        while True:
            try:
                return self._run()
            except _ChooseDatabase as back:
                self._choose_database(back.problem, back.code)

    def _choose_database(self, problem: CrmError | None, code: ExitCode) -> None:
        """The connection dialog; the choice is stored in the per-user config file.
        Cancelling it ends the program with `code` (the problem that led here, if any)."""
        dialog = ConnectionDialog(
            self._runner, self._check_connection, local_url=config.default_sqlite_url(),
            local_location=str(config.default_sqlite_path()),
            current_url="" if self._first_setup and problem is None else self.url,
            problem=errors.error_text(problem) if problem is not None else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            log.info("connection dialog closed")
            raise StartupAborted(code)
        self.url, self._first_setup = dialog.chosen_url, False
        if dialog.login and not self._user:
            self._user = dialog.login
        try:
            path = config.write_user_config({"database_url": self.url})
            log.info("database address saved in %s", path)
        except OSError as exc:  # this session still uses it; the next start asks again
            log.warning("cannot save the database address: %s", exc)

    @staticmethod
    def _check_connection(url: str, login: str, password: str) -> object:
        return connection_check.check_server(url, user=login, password=password)  # worker

    def _run(self) -> Workspace:
        try:
            backend, self.location = embedded.describe_location(self.url)
        except ConfigurationError as exc:
            self._fatal(exc, ExitCode.CONFIGURATION)
        if backend == "sqlite":
            self._prepare_sqlite()
        else:
            self._probe_postgres()
        error = ""
        if self._user and self._password:
            try:
                return self._login_now(self._user, self._password)
            except (AuthenticationFailed, AccountDisabled) as exc:
                log.warning("automatic sign-in as the given user failed")
                if not self._interactive:
                    raise StartupAborted(ExitCode.NOT_SIGNED_IN) from exc
                error = errors.error_text(exc)
        if not self._interactive:
            log.error("cannot sign in without a dialog: give --user and CRM_PASSWORD")
            raise StartupAborted(ExitCode.NOT_SIGNED_IN)
        return self._login_dialog(error)

    # -- opening ------------------------------------------------------------------------------
    def _prepare_sqlite(self) -> None:
        try:
            database = embedded.LocalDatabase(self.url)
        except DatabaseUnavailable as exc:
            self._fatal(exc, ExitCode.UNAVAILABLE)
        try:
            try:
                database.ensure_schema()
            except SchemaMismatch as exc:
                self._fatal(exc, ExitCode.SCHEMA)
            if not database.has_users():
                self._first_run(database)
        finally:
            database.close()

    def _probe_postgres(self) -> None:
        """Fail early on an unreachable server or a wrong schema, if the URL lets us look."""
        try:
            embedded.probe_server(self.url)
        except SchemaMismatch as exc:
            self._problem(exc, ExitCode.SCHEMA)
        except DatabaseUnavailable as exc:
            self._problem(exc, ExitCode.UNAVAILABLE)

    def _problem(self, exc: CrmError, code: ExitCode) -> NoReturn:
        """A server that cannot be used: back to the connection dialog when the user may
        choose another, else explained and fatal."""
        if self._may_choose:
            log.warning("cannot use the server: %s", type(exc).__name__)
            raise _ChooseDatabase(self._plain(exc), code)
        self._fatal(exc, code)

    def _plain(self, exc: CrmError) -> CrmError:
        """The connection check's plain words for a server failure, when it has them."""
        if isinstance(exc, SchemaMismatch):
            return connection_check.ConnectionProblem(
                f"schema_{exc.code}", database=self.location.rsplit("/", 1)[-1])
        plain = connection_check.explain_failure(self.url, str(exc.params.get("detail", "")))
        return exc if plain.code == "failed" else plain

    # -- first run ----------------------------------------------------------------------------
    def _first_run(self, database: embedded.LocalDatabase) -> None:
        if not self._interactive:
            log.error("the database has no users; start the program without --screenshot")
            raise StartupAborted(ExitCode.NOT_SIGNED_IN)
        generate, password = database.demo_generator()
        hint = QCoreApplication.translate(
            "Startup", "Demo users are created; sign in as \"admin\" with the password \"%1\"."
        ).replace("%1", password) if generate else ""
        dialog = FirstRunDialog(self._runner, database.create_admin, generate, hint)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise StartupAborted(ExitCode.OK)
        if dialog.created_login:
            self._user, self._password = dialog.created_login, dialog.password()
        elif dialog.demo_generated:
            self._user, self._password = "admin", None
            self._notice = hint

    # -- signing in ---------------------------------------------------------------------------
    def _login_now(self, login_name: str, password: str) -> Workspace:
        try:
            return workspace.login(self.url, login_name, password)
        except SchemaMismatch as exc:
            self._fatal(exc, ExitCode.SCHEMA)
        except DatabaseUnavailable as exc:
            self._fatal(exc, ExitCode.UNAVAILABLE)

    def _login_dialog(self, error: str) -> Workspace:
        dialog = LoginDialog(self._runner, partial(workspace.login, self.url),
                             location=self.location, login_name=self._user or "",
                             notice=self._notice, error=error,
                             can_change_server=self._may_choose)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.change_server_requested:
            raise _ChooseDatabase()
        if isinstance(dialog.fatal_error, SchemaMismatch):
            self._problem(dialog.fatal_error, ExitCode.SCHEMA)
        if isinstance(dialog.fatal_error, DatabaseUnavailable):
            self._problem(dialog.fatal_error, ExitCode.UNAVAILABLE)
        if not accepted or not isinstance(dialog.workspace, Workspace):
            log.info("sign-in cancelled")
            raise StartupAborted(ExitCode.OK)
        return dialog.workspace

    def _fatal(self, exc: BaseException, code: ExitCode) -> NoReturn:
        detail = exc.english() if isinstance(exc, CrmError) else "see the traceback"
        log.error("cannot start: %s (%s)", type(exc).__name__, detail)
        translate = QCoreApplication.translate
        hint = translate("Startup", "Database: %1").replace("%1", self.location)
        if isinstance(exc, DatabaseUnavailable):
            hint = translate("Startup", "Check that the database server is running and "
                             "reachable from this computer, then start the program "
                             "again.") + "\n\n" + hint
        if self._interactive:  # --screenshot never waits for a click: the log must do
            errors.show_fatal(None, translate("Startup", "Cannot open the database"), exc, hint)
        raise StartupAborted(code)

