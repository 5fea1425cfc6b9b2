"""Autogenerate a new Alembic revision from the ORM model (usage: make migration MSG="...").

Upgrades a scratch SQLite database to head, compares it with the models and writes a dated
revision file into crm_desktop/migrations/versions/. Review it, and make sure it also runs on
PostgreSQL (the test suite upgrades and downgrades on both).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from alembic import command

from crm_desktop import schema
from crm_desktop.db import make_engine


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        schema.upgrade(engine)
        number = len(schema.known_revisions()) + 1
        rev_id = f"{number:04d}"
        with engine.begin() as conn:
            config = schema._config(conn)
            config.set_main_option("file_template", f"{date.today():%Y%m%d}_%%(rev)s_%%(slug)s")
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        sys.exit('usage: make migration MSG="what changes"')
    main(sys.argv[1])
