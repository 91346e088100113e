"""In team mode the retention purge is the service's (issue 11): a lead's login is not
offered "Purge now" (a sentence says when the service purges), may still preview it,
and is refused at the service layer; the service's login purges. A single desk's lead
keeps the button."""

from __future__ import annotations

import pytest

from deskclient.app import build_desk
from deskclient.config import load_config
from deskclient.errors import NotAllowed
from deskclient.net.no_session import NullGateway
from deskclient.ui.lead_window import LeadWindow

pytestmark = pytest.mark.gui


def settings(tmp_path, url: str, name: str):
    return load_config(overrides={"paths.data_dir": str(tmp_path / name), "database.url": url,
                                  "telegram.session": "none", "retention.purge_in_app": False,
                                  "retention.purge_hour": "04:15"})


def buttons(window) -> set[str]:
    from PySide6.QtWidgets import QPushButton
    return {b.text() for b in window.findChildren(QPushButton)}


@pytest.mark.postgres
def test_a_leads_login_previews_the_services_purge_but_does_not_run_it(qloop, qtbot, tmp_path, team_db, clock):
    async def scenario():
        lead = build_desk(settings(tmp_path, team_db.add("lia", lead=True), "lia"), lambda c: NullGateway(),
                          clock=clock, mode="window")
        try:
            assert lead.lead.purge_is_the_services
            window = LeadWindow(lead.lead, lead.citizens, lead.store.agents(), [])
            qtbot.addWidget(window)
            assert "P&urge now…" not in buttons(window) and "&Preview the purge" in buttons(window)
            assert window.purge_now.text() == ("The service purges daily at 04:15 (Europe/Madrid time); "
                                               "each purge is in the audit log.")
            report = await window._purge(dry_run=True)
            assert report.dry_run and window.purge_result.text().startswith("Preview: ")

            with pytest.raises(NotAllowed) as refused:
                await lead.lead.purge()
            assert str(refused.value) == ("The service purges daily at 04:15 (Europe/Madrid time); "
                                          "a team lead may preview the purge but not run it.")
            trail = team_db.run(lambda db: db.execute_sql(
                "SELECT detail FROM audit_event WHERE action = 'refused'").fetchall())
            assert ("run the retention purge: the service's in team mode",) in trail
        finally:
            await lead.stop()

        service = build_desk(settings(tmp_path, team_db.add("server", service=True), "server"),
                             lambda c: NullGateway(), clock=clock, mode="serve")
        try:
            assert not service.lead.purge_is_the_services  # its login purges (daily, the duty's job)
        finally:
            await service.stop()

    qloop.run_until_complete(scenario())


def test_a_single_desks_lead_keeps_purge_now(qtbot, lead_scene):
    assert not lead_scene.lead.purge_is_the_services
    window = LeadWindow(lead_scene.lead, lead_scene.citizens, lead_scene.store.agents(), [])
    qtbot.addWidget(window)
    assert "P&urge now…" in buttons(window)


@pytest.mark.postgres
def test_the_purge_command_deletes_only_as_the_service(tmp_path, team_db, capsys):
    from deskclient.cli import main
    lia = team_db.add("lia", lead=True)
    assert main(["--database-url", lia, "--set", f"paths.data_dir={tmp_path / 'lia'}", "purge"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "deletes as the desk's service" in err and "daily at 03:00" in err
    assert main(["--database-url", lia, "--set", f"paths.data_dir={tmp_path / 'lia'}", "purge", "--dry-run"]) == 0
    service = team_db.add("server", service=True)
    assert main(["--database-url", service, "--set", f"paths.data_dir={tmp_path / 'srv'}", "purge"]) == 0
