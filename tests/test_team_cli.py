"""`deskclient team`, as IT runs it: init, add-agent, remove-agent, list; each failure is
one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import secrets

import pytest

from deskclient.cli import main
from tests.conftest import TeamDatabase


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("deskclient: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err.strip()


def test_team_needs_the_team_database(capsys):
    assert main(["team", "list"]) == 2
    assert "manages the roles of a team's PostgreSQL database" in one_line_error(capsys)


@pytest.mark.postgres
def test_init_add_list_and_remove(pg_url, clock, capsys):
    team = TeamDatabase(pg_url, f"t{secrets.token_hex(4)}", clock)
    it = ["--database-url", pg_url, "team"]
    try:
        assert main([*it, "list"]) == 2
        assert "no team yet: run `deskclient team init` first" in one_line_error(capsys)
        assert main([*it, "init", "--prefix", team.prefix]) == 0
        assert f"{team.prefix}_agent" in capsys.readouterr().out
        assert main([*it, "init"]) == 0  # again, as after an upgrade: the recorded prefix
        assert main([*it, "init", "--prefix", "other"]) == 2
        assert f"uses the prefix '{team.prefix}'" in one_line_error(capsys)

        team.logins += [team.login("anna"), team.login("lia"), team.login("srv")]
        assert main([*it, "add-agent", team.login("anna")]) == 0
        assert main([*it, "add-agent", team.login("lia"), "--lead"]) == 0
        assert main([*it, "add-agent", team.login("srv"), "--service"]) == 0
        out = capsys.readouterr().out
        assert f"{team.login('lia')} is a team lead (new login role)" in out
        assert f"{team.login('srv')} is the service's login" in out

        assert main([*it, "remove-agent", team.login("anna")]) == 0
        assert main([*it, "list"]) == 0
        listed = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:]}
        assert listed[team.login("lia")] == ["lead", "yes"]
        assert listed[team.login("srv")] == ["service", "yes"]
        assert listed[team.login("anna")] == ["—", "removed"]

        # An agent is not allowed to make people, and is told so in one line.
        assert main(["--database-url", team.url_for("lia"), "team", "add-agent", "mallory"]) == 2
        assert "needs a PostgreSQL role that may create roles" in one_line_error(capsys)
        assert main([*it, "add-agent", "bad name; DROP TABLE x"]) == 2
        assert "is not a usable login name" in one_line_error(capsys)
    finally:
        team.drop()


@pytest.mark.postgres
def test_the_command_line_takes_libpqs_password_or_says_how_to_give_one(pg_url, clock, capsys, monkeypatch):
    from tests.pg_password import PasswordProxy
    proxy = PasswordProxy({"postgres": "it-secret"})
    try:
        url = proxy.url(pg_url, "postgres")
        monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script, a systemd unit
        assert main(["--database-url", url, "team", "list"]) == 2
        err = one_line_error(capsys)
        assert "asks for the password of postgres" in err and "PGPASSWORD" in err
        monkeypatch.setenv("PGPASSWORD", "wrong")
        assert main(["--database-url", url, "status"]) == 2
        assert "did not accept the password of postgres" in one_line_error(capsys)
        monkeypatch.setenv("PGPASSWORD", "it-secret")  # libpq's own means, as for psql
        assert main(["--database-url", url, "team", "list"]) == 2  # reached: no team in this schema
        assert "no team yet" in one_line_error(capsys)
    finally:
        proxy.close()
