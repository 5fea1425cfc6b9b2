"""Where things live on a workstation and which database to open.

Database URL resolution (first wins): an explicit --db URL, $CRM_DATABASE_URL, the machine-wide
config file, the per-user config file, the default SQLite file in the user's data directory.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "crm-desktop"
APP_AUTHOR = "crm-desktop"
CONFIG_FILE_NAME = "config.json"


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


def write_user_config(values: dict[str, Any]) -> Path:
    path = user_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    merged = read_config(path) | values
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(merged, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


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
