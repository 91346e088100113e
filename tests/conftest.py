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
    # Never the developer's own keyring: no backend, unless a test brings one.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
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


class TeamDatabase:
    """A test's team database: `team init` run in its schema with a prefix of its own, and
    real login roles for its people (trust authentication on 127.0.0.1), all dropped after."""

    def __init__(self, url: str, prefix: str, clock) -> None:
        self.url = url  # the superuser's (IT's) URL
        self.prefix = prefix
        self.clock = clock
        self.logins: list[str] = []

    def login(self, name: str) -> str:
        """The role name for `name` in this test (roles are global to the server)."""
        return f"{self.prefix}_{name}"

    def url_for(self, name: str) -> str:
        from urllib.parse import urlsplit, urlunsplit
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(netloc=f"{self.login(name)}@{parts.netloc.rpartition('@')[2]}"))

    def run(self, work):
        from deskclient.store.database import open_database
        opened = open_database(self.url)
        try:
            return work(opened.db)
        finally:
            opened.db.close()

    def add(self, name: str, lead: bool = False, service: bool = False, password: str | None = None) -> str:
        """`deskclient team add-agent`; returns the person's database URL."""
        from deskclient.store.team_roles import add_agent
        login = self.login(name)
        if login not in self.logins:
            self.logins.append(login)
        self.run(lambda db: add_agent(db, self.clock.now(), login, lead, service, password))
        return self.url_for(name)

    def remove(self, name: str) -> None:
        from deskclient.store.team_roles import remove_agent
        self.run(lambda db: remove_agent(db, self.clock.now(), self.login(name)))

    def drop(self) -> None:
        import psycopg
        groups = [f"{self.prefix}_{g}" for g in ("agent", "lead", "service")]
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            for role in self.logins + groups:
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                    conn.execute(f'DROP OWNED BY "{role}" CASCADE')
                    conn.execute(f'DROP ROLE "{role}"')


@pytest.fixture
def team_db(pg_url, clock):
    """A team database (PostgreSQL roles): `team_db.add("anna")` gives anna's URL."""
    from deskclient.store.team_roles import init_team
    team = TeamDatabase(pg_url, f"t{secrets.token_hex(4)}", clock)
    try:
        team.run(lambda db: init_team(db, team.prefix))
        yield team
    finally:
        team.drop()


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
