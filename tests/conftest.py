"""Shared fixtures: real config, a frozen clock, real stores on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402

from deskclient.app import build_rules  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.domain.clock import FrozenClock  # noqa: E402
from deskclient.store.database import open_database  # noqa: E402
from deskclient.store.repository import TicketStore  # noqa: E402

MADRID = ZoneInfo("Europe/Madrid")
PG_URL = os.environ.get("DESKCLIENT_TEST_PG_URL")


def local(*args) -> datetime:
    """A Europe/Madrid wall-clock moment, as a service page would state it."""
    return datetime(*args, tzinfo=MADRID)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """No test reads the developer's own config or writes into their home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg-system"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    for key in list(os.environ):
        if key.startswith("DESKCLIENT_") and key != "DESKCLIENT_TEST_PG_URL":
            monkeypatch.delenv(key)


def it_sets(tmp_path, **agent: str):
    """Write what IT puts in the system config (/etc/xdg/deskclient/config.toml, here the
    test's XDG_CONFIG_DIRS): the only place `agent.name` and `agent.role` are read from."""
    path = tmp_path / "xdg-system" / "deskclient" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[agent]\n" + "".join(f'{key} = "{value}"\n' for key, value in agent.items()))
    return path


@pytest.fixture
def config(tmp_path):
    it_sets(tmp_path, name="anna")
    # The daily purge has tests of its own; elsewhere it would add audit events at random.
    return load_config(overrides={"paths.data_dir": str(tmp_path / "data"),
                                  "retention.purge_in_app": False})


@pytest.fixture
def rules(config):
    return build_rules(config)


@pytest.fixture
def clock():
    return FrozenClock(local(2026, 11, 23, 10, 0))  # a Monday morning, desk open


def pg_schema_url() -> tuple[str, str]:
    schema = f"t_{secrets.token_hex(5)}"
    sep = "&" if "?" in PG_URL else "?"
    return schema, f"{PG_URL}{sep}schema={schema}"


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL schema for one test, dropped afterwards."""
    if not PG_URL:
        pytest.skip("DESKCLIENT_TEST_PG_URL is not set: no PostgreSQL to test against")
    import psycopg

    schema, url = pg_schema_url()
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield url
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(database_url, clock):
    store = TicketStore(open_database(database_url), clock, workstation="ws-test")
    yield store
    store.close()
