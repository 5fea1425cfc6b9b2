"""«Проверить подключение»: real failures against the local PostgreSQL, and the mapping of the
server messages that the test server (trust authentication) cannot produce."""

from __future__ import annotations

import socket

import pytest
from conftest import pg_url
from sqlalchemy import text
from sqlalchemy.engine import make_url

from crm_desktop import schema
from crm_desktop.db import make_engine
from crm_desktop.services import connection_check
from crm_desktop.services.connection_check import ConnectionProblem, check_server, explain
from crm_desktop.services.errors import ValidationError


def problem_code(url: str, **login: str) -> str:
    with pytest.raises(ConnectionProblem) as info:
        check_server(url, timeout=3, **login)
    return info.value.code


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_migrated_database_passes(postgres_url):
    report = check_server(postgres_url, user="postgres")
    assert report.login_checked and report.server_version
    assert report.location.endswith("/" + make_url(postgres_url).database)


def test_closed_port(postgres_url):
    url = make_url(postgres_url).set(port=free_port()).render_as_string(hide_password=False)
    with pytest.raises(ConnectionProblem) as info:
        check_server(url, user="postgres", timeout=3)
    assert info.value.code == "port_closed"
    assert str(make_url(url).port) in info.value.english()


def test_missing_database(postgres_url):
    assert problem_code(pg_url("crm_no_such_database_here"), user="postgres") == \
        "database_missing"


def test_missing_role(postgres_url):
    assert problem_code(postgres_url, user="nobody_of_ours_xyz", password="x") == "role_missing"


def test_empty_database(empty_postgres_url):
    assert problem_code(empty_postgres_url, user="postgres") == "schema_empty"


@pytest.mark.parametrize(("revision", "expected"), [
    ("ffff_newer", "schema_newer"), ("0001", "schema_older")])
def test_schema_older_or_newer(postgres_url, revision, expected):
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()
    assert revision != schema.head_revision()
    assert problem_code(postgres_url, user="postgres") == expected


def test_without_a_login_a_refusal_still_proves_the_server_answers(postgres_url):
    """No credentials given: the OS user's name is tried; a refusal means host and port work."""
    report = check_server(postgres_url.replace("postgres@", "nobody_of_ours_xyz@"))
    assert not report.login_checked


# The test server trusts every local connection, so it never asks for a password and never
# says "password authentication failed", and an unknown host or a silent one would need a
# network this machine does not have. The messages below are what libpq / psycopg print.
SERVER = make_url("postgresql+psycopg://ivanova@dbserver:5433/crm")


@pytest.mark.parametrize(("message", "sqlstate", "expected"), [
    ('connection failed: connection to server at "10.0.0.5", port 5433 failed: FATAL:  '
     'password authentication failed for user "ivanova"', "28P01", "wrong_password"),
    ("connection failed: fe_sendauth: no password supplied", None, "wrong_password"),
    ('connection failed: FATAL:  role "ivanova" does not exist', "28000", "role_missing"),
    ('connection failed: FATAL:  role "ivanova" is not permitted to log in', "28000",
     "disabled"),
    ('connection failed: FATAL:  database "crm" does not exist', "3D000", "database_missing"),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "ivanova", database "crm", '
     "no encryption", "28000", "not_allowed"),
    ('FATAL:  permission denied for database "crm"', "42501", "not_allowed"),
    ('connection failed: could not translate host name "dbserver" to address: Name or '
     "service not known", None, "unknown_host"),
    ("failed to resolve host 'dbserver': [Errno -2] Name or service not known", None,
     "unknown_host"),
    ("connection timeout expired", None, "unreachable"),
    ('connection failed: connection to server at "10.0.0.5", port 5433 failed: No route to '
     "host", None, "unreachable"),
    ('connection to server at "10.0.0.5", port 5433 failed: Connection refused\n\tIs the '
     "server running on that host and accepting TCP/IP connections?", None, "port_closed"),
    ("FATAL:  the database system is starting up", "57P03", "busy"),
    ("FATAL:  sorry, too many clients already", "53300", "busy"),
    ("SSL SYSCALL error: EOF detected", None, "failed"),
])
def test_server_messages_are_put_in_plain_words(message, sqlstate, expected):
    problem = explain(message, sqlstate, SERVER)
    assert problem.code == expected
    text_ = problem.english()
    assert "{" not in text_
    if expected == "port_closed":
        assert "5433" in text_ and "dbserver" in text_
    if expected == "failed":
        assert "SSL SYSCALL" in text_


def test_server_url_and_its_parts():
    url = connection_check.server_url(" dbserver ", 5433, "crm")
    assert url == "postgresql://dbserver:5433/crm"
    assert connection_check.server_parts(url) == ("dbserver", 5433, "crm")
    assert connection_check.server_parts("sqlite:////tmp/x.sqlite3") is None
    for args, field in ((("", 5432, "crm"), "host"), (("h", 5432, " "), "database"),
                        (("h", 0, "crm"), "port")):
        with pytest.raises(ValidationError) as info:
            connection_check.server_url(*args)
        assert info.value.field == field
