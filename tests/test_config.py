"""The workstation's config files and `crm-admin config show|set|unset [--machine]`."""

from __future__ import annotations

import json

import pytest
from conftest_cli import assert_one_error_line, run

from crm_desktop import config


@pytest.fixture(autouse=True)
def config_files(monkeypatch, tmp_path):
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "user" / "config.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine" / "config.json"))
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)
    monkeypatch.delenv("CRM_REPORTS_URL", raising=False)
    return tmp_path


def stored(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_set_writes_the_user_file_and_keeps_other_keys(capsys):
    config.write_user_config({"language": "en"})
    result = run(capsys, "config", "set", "database_url", "postgresql://dbserver:5432/crm")
    assert result.code == 0, result
    assert stored(config.user_config_path()) == {
        "language": "en", "database_url": "postgresql://dbserver:5432/crm"}
    resolved = config.resolve_database_url()
    assert (resolved.url, resolved.source) == ("postgresql://dbserver:5432/crm", "user config")
    assert not list(config.user_config_path().parent.glob("*.tmp"))


def test_the_machine_file_wins_and_set_says_so(capsys):
    assert run(capsys, "config", "set", "database_url", "postgresql://main/crm",
               "--machine").code == 0
    result = run(capsys, "config", "set", "database_url", "sqlite:////tmp/mine.sqlite3")
    assert result.code == 0
    assert "machine config wins" in result.err
    assert config.resolve_database_url().url == "postgresql://main/crm"
    assert not config.user_may_choose_database()
    shown = run(capsys, "config", "show")
    assert "database_url = postgresql://main/crm  (machine config)" in shown.out


def test_unset_removes_only_that_key(capsys):
    config.write_user_config({"language": "en", "reports_url": "postgresql://replica/crm"})
    result = run(capsys, "config", "unset", "reports_url")
    assert result.code == 0, result
    assert stored(config.user_config_path()) == {"language": "en"}
    assert config.resolve_reports_url() is None
    again = run(capsys, "config", "unset", "reports_url")
    assert again.code == 0 and "was not set" in again.out


def test_show_hides_passwords_and_names_the_sources(capsys, monkeypatch):
    config.write_user_config({"reports_url": "postgresql://u:secret@replica/crm"})
    monkeypatch.setenv("CRM_DATABASE_URL", "postgresql://o:hunter2@dbserver/crm")
    result = run(capsys, "config", "show")
    assert result.code == 0
    assert "secret" not in result.out and "hunter2" not in result.out
    assert "(environment)" in result.out and "(user config)" in result.out
    assert "(none)" in result.out  # no machine-wide file


@pytest.mark.parametrize(("argv", "expected", "code"), [
    (("database_url", "mysql://x/crm"), "Unsupported database type", 3),
    (("reports_url", "sqlite:////tmp/x.sqlite3"), "PostgreSQL", 1),
    (("language", "de"), "language must be one of", 1),
])
def test_bad_values_are_refused_and_nothing_is_written(capsys, argv, expected, code):
    line = assert_one_error_line(run(capsys, "config", "set", *argv), code)
    assert expected in line
    assert not config.user_config_path().exists()


def test_unknown_key_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, "config", "set", "colour", "blue")
    assert exit_info.value.code == 2


def test_a_password_in_the_address_is_warned_about(capsys):
    result = run(capsys, "config", "set", "database_url", "postgresql://u:pw@dbserver/crm")
    assert result.code == 0
    assert "password" in result.err


def test_machine_file_that_cannot_be_written(capsys, config_files):
    blocker = config_files / "machine"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    line = assert_one_error_line(
        run(capsys, "config", "set", "language", "en", "--machine"), 1)
    assert "machine" in line


def test_first_setup_is_needed_only_when_nothing_says_where_the_data_is(monkeypatch):
    default = config.default_sqlite_url()
    assert config.needs_first_setup(default)
    assert not config.needs_first_setup("sqlite:////elsewhere.sqlite3")
    monkeypatch.setenv("CRM_DATABASE_URL", default)
    assert not config.needs_first_setup(default)
    monkeypatch.delenv("CRM_DATABASE_URL")
    config.default_sqlite_path().parent.mkdir(parents=True)
    config.default_sqlite_path().write_bytes(b"")  # worked locally before: do not ask
    assert not config.needs_first_setup(default)


def test_unreadable_file_is_ignored(caplog):
    config.user_config_path().parent.mkdir(parents=True)
    config.user_config_path().write_text("{not json", encoding="utf-8")
    assert config.resolve_database_url().source == "default"
    assert "ignoring unreadable config" in caplog.text
