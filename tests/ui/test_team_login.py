"""A team workstation signs in as its agent's own PostgreSQL login (issue 11): the whole
day's work through build_desk on real roles (a missing grant shows here), the password
the server asks for (again after a wrong one), a login that may not work here, and an
agent removed by IT while working."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from deskclient.app import build_desk, telegram_network
from deskclient.config import load_config
from deskclient.errors import AccessRevoked, NotAllowed
from deskclient.services.identity import NO_LONGER, NotOnThisDesk
from deskclient.store.database import open_database
from deskclient.store.repository import TicketStore
from deskclient.ui.bridge import EventBridge
from deskclient.ui.database_login import DatabasePasswordDialog, log_out_when_removed, open_desk
from deskclient.ui.main_window import MainWindow
from tests.factories import citizen, inbound
from tests.waiting import until

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


def workstation(tmp_path, url: str):
    """A team workstation's settings: no Telegram session, the agent's database URL."""
    config = load_config(overrides={"paths.data_dir": str(tmp_path / "ws"), "database.url": url,
                                    "telegram.session": "none", "retention.purge_in_app": False})
    settings, factory, _ = telegram_network(config)
    return settings, factory


def a_citizen_writes(team_db, rules, clock, user_id: int = 77) -> int:
    """Filed as the service files it (the superuser's connection here)."""
    store = TicketStore(open_database(team_db.url), clock)
    try:
        return store.ingest(inbound(citizen(user_id), clock.now(), "Bon dia"), rules).ticket_id
    finally:
        store.close()


@pytest.fixture(autouse=True)
def dialogs_alone_do_not_quit(qapp):
    """As run_gui sets it: closing the password dialog (the only window) ends nothing."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def visible(kind, name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.objectName() == name and w.isVisible()), None)


def test_an_agent_login_works_the_whole_flow_through_the_window(qtbot, qloop, tmp_path, team_db, rules, clock):
    url = team_db.add("anna")
    ticket_id = a_citizen_writes(team_db, rules, clock)

    async def scenario():
        settings, factory = workstation(tmp_path, url)
        desk = build_desk(settings, factory, clock=clock)
        assert desk.mode == "window" and desk.desk.agent.login == team_db.login("anna")
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
        qtbot.addWidget(window)
        window.show()
        await desk.start()
        try:
            await until(lambda: window.select_ticket(ticket_id))
            await desk.desk.thread_opened(ticket_id)
            await desk.desk.mark_read(ticket_id)
            await desk.desk.claim(ticket_id)
            await desk.desk.set_category(ticket_id, settings["tickets.categories"][0])
            reply = await desk.desk.reply(ticket_id, "Li enviem les instruccions.")
            await desk.desk.note(ticket_id, "Cal revisar el certificat.")
            await desk.desk.close(ticket_id)
            assert desk.store.message(reply).delivery == "queued"  # the service sends it
            assert desk.store.ticket(ticket_id).status == "closing"
            assert await desk.desk.queue_counts()
            with pytest.raises(NotAllowed):  # the lead's tools: refused by the service layer …
                await desk.lead.audit_log(__import__("deskclient.store.lead_records",
                                                     fromlist=["AuditFilter"]).AuditFilter())
        finally:
            window.shutdown()
            await desk.stop()
        lia = TicketStore(open_database(team_db.url), clock)
        try:  # … and every step was audited, by anna's own login
            done = [(a, who) for _, a, who, _ in lia.audit_trail() if who == team_db.login("anna")]
        finally:
            lia.close()
        assert ("login", team_db.login("anna")) in done and ("claim", team_db.login("anna")) in done
        assert ("close", team_db.login("anna")) in done

    qloop.run_until_complete(scenario())


def test_a_login_neither_agent_nor_lead_is_told_and_the_window_does_not_start(qtbot, qloop, tmp_path, team_db,
                                                                             clock):
    stranger = team_db.login("stranger")
    team_db.logins.append(stranger)
    team_db.run(lambda db: db.execute_sql(f'CREATE ROLE "{stranger}" LOGIN'))

    async def scenario():
        settings, factory = workstation(tmp_path, team_db.url_for("stranger"))
        opening = qloop.create_task(open_desk(settings, lambda c: build_desk(c, factory, clock=clock)))
        await until(lambda: visible(QMessageBox, "cannotStart") is not None)
        box = visible(QMessageBox, "cannotStart")
        assert "neither an agent nor a team lead of this desk, so the desk does not start" in box.text()
        box.close()
        with pytest.raises(NotOnThisDesk):
            await opening

    qloop.run_until_complete(scenario())


def test_a_wrong_password_gets_a_plain_sentence_and_another_try(qtbot, qloop, tmp_path, team_db, clock):
    from tests.pg_password import PasswordProxy
    team_db.add("anna")
    login = team_db.login("anna")
    proxy = PasswordProxy({login: "correct horse"})

    async def scenario():
        settings, factory = workstation(tmp_path, proxy.url(team_db.url, login))
        opening = qloop.create_task(open_desk(settings, lambda c: build_desk(c, factory, clock=clock)))
        await until(lambda: visible(DatabasePasswordDialog, "databasePassword") is not None)
        dialog = visible(DatabasePasswordDialog, "databasePassword")
        assert dialog.error_label.text() == ""  # asked, not yet wrong
        assert login in dialog.prompt.text()
        dialog.password_edit.setText("battery staple")
        dialog.accept()
        await until(lambda: (d := visible(DatabasePasswordDialog, "databasePassword")) is not None
                    and d is not dialog)
        again = visible(DatabasePasswordDialog, "databasePassword")
        assert again.error_label.text() == "That password was not accepted. Try again."
        again.password_edit.setText("correct horse")
        again.accept()
        desk = await opening
        try:
            assert desk.desk.agent.login == login and proxy.refused == 1
        finally:
            await desk.stop()

    try:
        qloop.run_until_complete(scenario())
    finally:
        proxy.close()


def test_an_agent_removed_while_working_is_logged_out_at_the_next_action(qtbot, qloop, tmp_path, team_db,
                                                                        rules, clock):
    url = team_db.add("anna")
    ticket_id = a_citizen_writes(team_db, rules, clock)

    async def scenario():
        settings, factory = workstation(tmp_path, url)
        desk = build_desk(settings, factory, clock=clock)
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label, desk.account)
        qtbot.addWidget(window)
        removed = log_out_when_removed(desk.bus, window)
        window.show()
        await desk.start()
        try:
            team_db.remove("anna")
            with pytest.raises(AccessRevoked, match=r"^You are no longer an agent of this desk \(ask IT\)\.$"):
                await desk.desk.claim(ticket_id)
            await until(lambda: visible(QMessageBox, "loggedOut") is not None)
            box = visible(QMessageBox, "loggedOut")
            assert box.text() == NO_LONGER and removed == [NO_LONGER]
            box.close()
            await until(lambda: not window.isVisible())  # logged out: the window closed for good
        finally:
            window.shutdown()
            await desk.stop()

    qloop.run_until_complete(scenario())


class MemoryKeyring:
    """A keyring backend in memory (keyring's API), standing for the desktop's."""

    priority = 1

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def set_password(self, service, name, password):
        self.kept[(service, name)] = password

    def delete_password(self, service, name):
        del self.kept[(service, name)]


def test_a_remembered_password_is_not_asked_again_and_a_stale_one_is_forgotten(qtbot, qloop, tmp_path, team_db,
                                                                                clock, monkeypatch):
    from tests.pg_password import PasswordProxy
    from deskclient.services import identity
    team_db.add("anna")
    login = team_db.login("anna")
    proxy = PasswordProxy({login: "first"})
    ring = MemoryKeyring()
    monkeypatch.setattr(identity, "_keyring", lambda: ring)

    async def start(answer: str | None, remember: bool = True):
        settings, factory = workstation(tmp_path, proxy.url(team_db.url, login))
        opening = qloop.create_task(open_desk(settings, lambda c: build_desk(c, factory, clock=clock)))
        if answer is not None:
            await until(lambda: visible(DatabasePasswordDialog, "databasePassword") is not None)
            dialog = visible(DatabasePasswordDialog, "databasePassword")
            assert dialog.remember_box.isVisibleTo(dialog)
            dialog.password_edit.setText(answer)
            dialog.remember_box.setChecked(remember)
            dialog.accept()
        desk = await opening
        await desk.stop()

    async def scenario():
        await start("first")
        assert list(ring.kept.values()) == ["first"]
        await start(None)  # from the keyring: no dialog
        proxy.passwords[login] = "second"  # changed by IT meanwhile
        await start("second", remember=False)  # the stale one was refused, forgotten, asked
        assert ring.kept == {}

    try:
        qloop.run_until_complete(scenario())
    finally:
        proxy.close()
