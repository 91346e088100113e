"""`deskclient doctor`: real folders, real SQLite files and real sockets, no network."""

from __future__ import annotations

import socket
from datetime import datetime, timezone

import pytest

from deskclient import doctor
from deskclient.config import load_config
from deskclient.doctor import Severity
from deskclient.errors import ConfigError
from deskclient.domain.clock import FrozenClock
from deskclient.store.database import open_database
from deskclient.store.migrations import LATEST
from deskclient.store.repository import TicketStore
from tests.conftest import it_sets


def make_config(tmp_path, **overrides):
    it_sets(tmp_path, name="anna")
    values = {"paths.data_dir": str(tmp_path / "data")}
    values.update({key.replace("__", "."): value for key, value in overrides.items()})
    return load_config(overrides=values)


def server_config(tmp_path, port, **overrides):
    """A workstation set up for a local test server: address, key and API credentials."""
    key = tmp_path / "server.pem"
    key.write_text("-----BEGIN RSA PUBLIC KEY-----\n…\n-----END RSA PUBLIC KEY-----\n")
    values = dict(telegram__server="127.0.0.1", telegram__port=str(port),
                  telegram__rsa_key_file=str(key), telegram__api_id="12345",
                  telegram__api_hash="0123456789abcdef")
    values.update(overrides)
    return make_config(tmp_path, **values)


def only(findings, severity=None):
    assert len(findings) == 1, findings
    if severity is not None:
        assert findings[0].severity is severity, findings[0]
    return findings[0]


def assert_actionable(finding):
    assert finding.is_problem and finding.fix, finding


@pytest.fixture
def listening_port():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


@pytest.fixture
def closed_port():
    with socket.socket() as probe:  # bound, never listening: connections are refused
        probe.bind(("127.0.0.1", 0))
        yield probe.getsockname()[1]


@pytest.fixture
def private_data_dir(config):
    config.data_dir.mkdir(mode=0o700)
    config.data_dir.chmod(0o700)
    return config.data_dir


# --- Telegram server ------------------------------------------------------------------


def test_listening_server_is_reachable(tmp_path, listening_port):
    config = server_config(tmp_path, listening_port)
    finding = only(doctor.check_telegram_server(config, timeout=1), Severity.OK)
    assert f"127.0.0.1:{listening_port}" in finding.summary


def test_closed_port_is_an_error_with_a_fix(tmp_path, closed_port):
    config = server_config(tmp_path, closed_port)
    finding = only(doctor.check_telegram_server(config, timeout=1), Severity.ERROR)
    assert "connection refused" in finding.summary
    assert_actionable(finding)


def test_offline_never_contacts_the_server(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("--offline opened a connection")
    monkeypatch.setattr(socket, "create_connection", no_network)
    config = server_config(tmp_path, 9)
    finding = only(doctor.check_telegram_server(config, timeout=1, offline=True), Severity.INFO)
    assert "not checked (--offline)" in finding.summary


def test_test_server_without_its_key_is_flagged(tmp_path, listening_port):
    config = server_config(tmp_path, listening_port, telegram__rsa_key_file="")
    problems = [f for f in doctor.check_telegram_server(config, timeout=1) if f.is_problem]
    assert len(problems) == 1 and "rsa_key_file" in problems[0].fix


def test_default_server_is_telegram_dc2(config):
    assert doctor.telegram_address(config) == ("149.154.167.50", 443, False)


def test_missing_api_credentials_are_flagged(tmp_path, listening_port):
    config = server_config(tmp_path, listening_port, telegram__api_id="0", telegram__api_hash="")
    problems = [f for f in doctor.check_telegram_server(config, timeout=1) if f.is_problem]
    assert len(problems) == 1 and "my.telegram.org" in problems[0].fix


# --- data folder and session file -----------------------------------------------------


def test_missing_data_dir_is_reported_not_created(config):
    finding = only(doctor.check_data_dir(config), Severity.INFO)
    assert "created (mode 700) at first start" in finding.summary
    assert not config.data_dir.exists()


def test_private_data_dir_and_session_pass(private_data_dir, config):
    session = private_data_dir / "telegram.session"
    session.write_bytes(b"x")
    session.chmod(0o600)
    finding = only(doctor.check_data_dir(config), Severity.OK)
    assert "Telegram session present" in finding.summary


def test_world_readable_session_file_is_flagged(private_data_dir, config):
    session = private_data_dir / "telegram.session"
    session.write_bytes(b"x")
    session.chmod(0o644)
    finding = only(doctor.check_data_dir(config), Severity.ERROR)
    assert str(session) in finding.summary and "644" in finding.summary
    assert finding.fix == f"chmod 600 {session}"


def test_group_readable_data_dir_is_flagged(private_data_dir, config):
    private_data_dir.chmod(0o750)
    finding = only(doctor.check_data_dir(config), Severity.ERROR)
    assert finding.fix == f"chmod 700 {private_data_dir}"


def test_data_dir_that_is_a_file_is_flagged(config):
    config.data_dir.write_text("")
    assert_actionable(only(doctor.check_data_dir(config), Severity.ERROR))


# --- database -------------------------------------------------------------------------


def test_missing_sqlite_file_is_info_and_nothing_is_created(config):
    finding = only(doctor.check_database(config), Severity.INFO)
    assert "no database yet" in finding.summary
    assert not config.data_dir.exists()


def test_migrated_sqlite_database_is_ok(private_data_dir, config, clock):
    TicketStore(open_database(config.database_url), clock).close()
    finding = only(doctor.check_database(config), Severity.OK)
    assert f"schema version {LATEST} (latest)" in finding.summary


def test_database_newer_than_this_deskclient_is_an_error(private_data_dir, config, clock):
    store = TicketStore(open_database(config.database_url), clock)
    store.m.SchemaVersion.create(version=LATEST + 1, applied_at=clock.now())
    store.close()
    finding = only(doctor.check_database(config), Severity.ERROR)
    assert "upgrade deskclient" in finding.fix


@pytest.mark.parametrize("url", ["postgresql://desk:s3cret@[db.example.org/desk",
                                 "postgresql://desk:s3cret@db.example.org:54x2/desk"])
def test_an_unreadable_database_url_is_said_plainly_without_its_password(tmp_path, url):
    it_config = load_config(overrides={"paths.data_dir": str(tmp_path / "data"), "database.url": url})
    finding = only(doctor.check_database(it_config), Severity.ERROR)
    assert "database URL cannot be read" in finding.summary and "s3cret" not in finding.summary
    assert "Report this as a bug" not in finding.fix


def test_empty_sqlite_file_is_not_migrated_by_the_doctor(private_data_dir, config):
    path = private_data_dir / "deskclient.sqlite3"
    path.touch()
    finding = only(doctor.check_database(config), Severity.INFO)
    assert "created at first start" in finding.summary
    db = open_database(config.database_url).db
    assert db.get_tables() == []
    db.close()


def test_damaged_database_is_an_error_and_left_alone(private_data_dir, config):
    path = private_data_dir / "deskclient.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    finding = only(doctor.check_database(config), Severity.ERROR)
    assert "not a SQLite database" in finding.summary and "backup" in finding.fix
    assert path.read_bytes() == b"garbage" * 1000


@pytest.mark.postgres
def test_migrated_postgresql_database_is_ok(tmp_path, pg_url, clock):
    config = make_config(tmp_path, database__url=pg_url)
    finding = only(doctor.check_database(config), Severity.INFO)
    assert "no tables yet" in finding.summary  # a fresh schema: the doctor does not migrate
    TicketStore(open_database(pg_url), clock).close()
    finding = only(doctor.check_database(config), Severity.OK)
    assert finding.summary.startswith("PostgreSQL") and f"schema version {LATEST}" in finding.summary


def test_unreachable_postgresql_is_an_error(tmp_path, closed_port):
    config = make_config(tmp_path, database__url=f"postgresql://desk:secret@127.0.0.1:{closed_port}/desk")
    finding = only(doctor.check_database(config), Severity.ERROR)
    assert "Cannot reach the database" in finding.summary and "secret" not in finding.summary
    assert_actionable(finding)


# --- disk, clock, formatting ----------------------------------------------------------


def test_low_disk_space_is_a_warning(config):
    finding = only(doctor.check_disk_space(config.data_dir, min_free_bytes=1 << 60), Severity.WARNING)
    assert_actionable(finding)
    only(doctor.check_disk_space(config.data_dir, min_free_bytes=1), Severity.OK)


def test_clock_and_time_zone(config, tmp_path, monkeypatch):
    monkeypatch.setattr(doctor, "_ntp_synchronised", lambda: None)  # the host's NTP is not ours
    now = FrozenClock(datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)).now()
    assert "10:00 in Europe/Madrid" in only(doctor.check_clock(config, now), Severity.OK).summary
    stale = datetime(2001, 1, 1, tzinfo=timezone.utc)
    assert_actionable(only(doctor.check_clock(config, stale), Severity.ERROR))
    with pytest.raises(ConfigError, match="option 'hours.timezone'"):  # refused as the config loads
        make_config(tmp_path, hours__timezone="Mars/Olympus_Mons")


def test_format_puts_a_fix_under_each_problem_and_sets_the_exit_code():
    findings = [doctor.Finding("Disk space", Severity.OK, "90 GB free"),
                doctor.Finding("Data folder", Severity.ERROR, "/d is open to other users", "chmod 700 /d")]
    text = doctor.format_findings(findings)
    lines = text.splitlines()
    assert lines[1].startswith("FAIL  Data folder  /d is open")
    assert lines[2].strip() == "Fix: chmod 700 /d"
    assert lines[-1] == "1 problem found: see the Fix lines above."
    assert doctor.exit_code(findings) == 1
    assert doctor.exit_code(findings[:1]) == 0
    assert doctor.format_findings(findings[:1]).endswith("No problems found.")


def test_missing_libraries_map_to_debian_packages():
    ldd = ("\tlibxcb-cursor.so.0 => not found\n"
           "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
           "\tlibXrandr.so.2 => not found\n"
           "\tlibweird.so.9 => not found\n")
    missing = doctor.parse_ldd(ldd)
    assert missing == ["libXrandr.so.2", "libweird.so.9", "libxcb-cursor.so.0"]
    fix = doctor.apt_fix(missing)
    assert fix.startswith("sudo apt-get install libxcb-cursor0 libxrandr2")
    assert "apt-file search libweird.so.9" in fix


# --- Qt probes (in this process, offscreen) -------------------------------------------


def test_qt_probes_on_this_machine(qapp):
    platform = doctor.check_qt_platform({"QT_QPA_PLATFORM": "offscreen"})
    assert platform[0].severity is Severity.OK and "'offscreen'" in platform[0].summary
    for finding in doctor.check_fonts() + doctor.check_media_backend():
        assert finding.severity is not Severity.ERROR or finding.fix, finding


def test_unknown_platform_plugin_is_an_error():
    finding = only(doctor.check_qt_platform({"QT_QPA_PLATFORM": "nosuchplatform"}), Severity.ERROR)
    assert "offscreen" in finding.fix  # lists the plugins that exist


def test_whole_run_on_a_prepared_workstation(tmp_path, qapp, listening_port, clock, monkeypatch):
    monkeypatch.setattr(doctor, "_ntp_synchronised", lambda: None)
    config = server_config(tmp_path, listening_port)
    config.data_dir.mkdir(mode=0o700)
    TicketStore(open_database(config.database_url), clock).close()
    findings = doctor.run_doctor(config, connect_timeout=1, min_free_bytes=1,
                                 environ={"QT_QPA_PLATFORM": "offscreen"}, clock=clock)
    by_check = {}
    for finding in findings:
        by_check.setdefault(finding.check, []).append(finding)
    assert set(by_check) == {"Config", "Qt platform", "Fonts", "Media", "Database", "Data folder",
                             "Disk space", "Telegram", "WhatsApp", "Clock", "Templates", "Logs"}
    assert [f.severity for f in by_check["WhatsApp"]] == [Severity.INFO]  # off: not configured
    for name in ("Database", "Data folder", "Disk space", "Telegram", "Clock", "Templates"):
        assert [f.severity for f in by_check[name]] == [Severity.OK], by_check[name]
    assert all(f.fix for f in findings if f.is_problem)
    assert "command line" in by_check["Config"][0].summary
