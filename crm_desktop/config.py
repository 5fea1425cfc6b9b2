"""Where things live on a workstation and which database to open.

Database URL resolution (first wins): an explicit --db URL, $CRM_DATABASE_URL, the machine-wide
config file, the per-user config file, the default SQLite file in the user's data directory.
The machine-wide file is the IT administrator's (pre-deployed with the client); the per-user one
is written by the program (the first-start question) and by `crm-admin config set`.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "crm-desktop"
APP_AUTHOR = "crm-desktop"
CONFIG_FILE_NAME = "config.json"
# every key a config file may hold, with what it means (crm-admin config show lists them)
KEYS = {
    "database_url": "the database: sqlite:////path/crm.sqlite3 or postgresql://server:5432/crm",
    "reports_url": "a read-only standby for reports (PostgreSQL), e.g. postgresql://replica/crm",
    "language": "the interface language: ru or en",
}
LANGUAGES = ("ru", "en")
Scope = Literal["user", "machine"]


def data_dir() -> Path:
    return Path(os.environ.get("CRM_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(os.environ.get("CRM_LOG_DIR") or platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def user_config_path() -> Path:
    override = os.environ.get("CRM_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / CONFIG_FILE_NAME


def machine_config_path() -> Path:
    override = os.environ.get("CRM_MACHINE_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / CONFIG_FILE_NAME


def default_sqlite_path() -> Path:
    return data_dir() / "crm.sqlite3"


def default_sqlite_url() -> str:
    return f"sqlite:///{default_sqlite_path()}"


@dataclass(frozen=True, slots=True)
class ResolvedUrl:
    url: str
    source: str  # "argument", "environment", "machine config", "user config", "default"


def read_config(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable config %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def config_path(scope: Scope) -> Path:
    return machine_config_path() if scope == "machine" else user_config_path()


def update_config(path: Path, values: dict[str, Any] | None = None,
                  remove: tuple[str, ...] = ()) -> Path:
    """Set and remove keys of the config file at `path`, keeping the others. Written to a
    temporary file and renamed, so a crash or a full disk never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    merged = read_config(path) | (values or {})
    for key in remove:
        merged.pop(key, None)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_user_config(values: dict[str, Any]) -> Path:
    return update_config(user_config_path(), values)


@dataclass(frozen=True, slots=True)
class ConfigValue:
    key: str
    value: str
    source: str  # "environment", "machine config", "user config"


def effective_config() -> dict[str, ConfigValue]:
    """The value in force for each key that is set anywhere (the machine-wide file wins)."""
    found: dict[str, ConfigValue] = {}
    for path, source in ((user_config_path(), "user config"),
                         (machine_config_path(), "machine config")):
        for key, value in read_config(path).items():
            if isinstance(value, str) and value:
                found[key] = ConfigValue(key, value, source)
    for key, variable in (("database_url", "CRM_DATABASE_URL"), ("reports_url", "CRM_REPORTS_URL")):
        if os.environ.get(variable):
            found[key] = ConfigValue(key, os.environ[variable], "environment")
    return found


def resolve_reports_url() -> str | None:
    """Where report queries go: $CRM_REPORTS_URL, else `reports_url` from the config files;
    None means the main database."""
    value = effective_config().get("reports_url")
    return value.value if value else None


def needs_first_setup(url: str) -> bool:
    """True on a workstation's very first start: nothing says where the data is (no --db, no
    $CRM_DATABASE_URL, no config file names a database) and no local database exists yet."""
    resolved = resolve_database_url()
    return (resolved.source == "default" and resolved.url == url
            and not default_sqlite_path().exists())


def user_may_choose_database(url: str | None = None) -> bool:
    """Whether the user's own choice of database would take effect: not when the administrator
    fixed it in the machine-wide file or the environment sets it, nor when the program was
    given another address (`url`, e.g. from --db) than the one the config files lead to."""
    resolved = resolve_database_url()
    return resolved.source in ("user config", "default") and url in (None, resolved.url)


def resolve_database_url(explicit: str | None = None) -> ResolvedUrl:
    if explicit:
        return ResolvedUrl(explicit, "argument")
    env = os.environ.get("CRM_DATABASE_URL")
    if env:
        return ResolvedUrl(env, "environment")
    for path, source in (
        (machine_config_path(), "machine config"),
        (user_config_path(), "user config"),
    ):
        url = read_config(path).get("database_url")
        if isinstance(url, str) and url:
            return ResolvedUrl(url, source)
    return ResolvedUrl(default_sqlite_url(), "default")


@dataclass(frozen=True, slots=True)
class ConnectionSummary:
    """What Settings → Connection shows about this workstation (no passwords in it)."""

    url: str  # the database in use, password hidden
    source: str  # as ResolvedUrl.source; "argument" also covers an address given on start
    reports_url: str | None
    machine_config: Path
    user_config: Path
    log_folder: Path
    may_change: bool
    # whether the reports did open on the standby at sign-in (None: not known, e.g. before)
    reports_on_standby: bool | None = None


def connection_summary(url_in_use: str) -> ConnectionSummary:
    resolved = resolve_database_url()
    source = resolved.source if resolved.url == url_in_use else "argument"
    return ConnectionSummary(url_in_use, source, resolve_reports_url(), machine_config_path(),
                             user_config_path(), log_dir(),
                             user_may_choose_database(url_in_use))
