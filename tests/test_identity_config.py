"""Who the agent is on a single desk is IT's to say: `agent.name` and `agent.role` come
from the system config file only (issue 11); anything the user controls is refused."""

from __future__ import annotations

import pytest

from deskclient.cli import main
from deskclient.config import load_config
from deskclient.errors import ConfigError
from tests.conftest import it_sets


def test_the_system_config_sets_the_role(tmp_path):
    path = it_sets(tmp_path, name="lia", role="lead")
    config = load_config()
    assert (config["agent.name"], config["agent.role"]) == ("lia", "lead")
    assert config.origin("agent.role") == str(path)


@pytest.mark.parametrize("key", ["agent.role", "agent.name"])
def test_a_flag_asking_for_it_is_refused_in_one_line(tmp_path, key):
    with pytest.raises(ConfigError) as refused:
        load_config(overrides={key: "lead"})
    where = tmp_path / "xdg-system" / "deskclient" / "config.toml"
    assert str(refused.value) == f"command line: {key} is set by IT in {where}, not here"


def test_the_user_file_and_the_environment_are_refused(tmp_path):
    user_file = tmp_path / "xdg-config" / "deskclient" / "config.toml"
    user_file.parent.mkdir(parents=True)
    user_file.write_text('[agent]\nrole = "lead"\n')
    with pytest.raises(ConfigError, match="agent.role is set by IT"):
        load_config()
    user_file.write_text("")
    with pytest.raises(ConfigError, match="environment DESKCLIENT_AGENT_ROLE: agent.role is set by IT"):
        load_config(environ={"DESKCLIENT_AGENT_ROLE": "lead"})
    other = tmp_path / "mine.toml"
    other.write_text('[agent]\nname = "boss"\n')
    with pytest.raises(ConfigError, match="agent.name is set by IT"):
        load_config(config_file=other)


def test_even_what_the_system_file_already_says_cannot_be_repeated_by_the_user(tmp_path):
    it_sets(tmp_path, role="lead")
    with pytest.raises(ConfigError):
        load_config(overrides={"agent.role": "lead"})


def test_the_command_line_says_so_in_one_line_without_a_traceback(tmp_path, capsys):
    assert main(["--set", "agent.role=lead", "config", "show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("deskclient: command line: agent.role is set by IT in ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_single_desk_agent_is_who_the_system_config_says_and_a_change_is_audited(tmp_path, clock):
    from deskclient.services.identity import desk_agent
    from deskclient.store.database import open_database
    from deskclient.store.repository import TicketStore
    store = TicketStore(open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}"), clock)
    try:
        it_sets(tmp_path, name="lia")
        assert (desk_agent(store, load_config(), "both").login, store.agents()[0].role) == ("lia", "agent")
        it_sets(tmp_path, name="lia", role="lead")
        assert desk_agent(store, load_config(), "both").role == "lead"
        assert [(a, d) for _, a, _, d in store.audit_trail()] == [
            ("role_changed", "lia: agent → lead (system config)")]
    finally:
        store.close()
