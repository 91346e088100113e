"""Screenshots of the citizen panel, seen and typing, and a voice note playing in its
bubble (issue 15 items 9 and 10), for docs/make_screenshots.py:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py citizen
    QT_QPA_PLATFORM=offscreen python docs/citizen_screenshots.py    (the same, alone)

Writes docs/thread-citizen-panel.png (Pau Serra's second ticket: the panel beside the
thread with his earlier ticket and the team's notes, the agent's answer read by him,
"typing…" while he writes back) and docs/voice-note-inline.png (Iker's voice note
playing inside its bubble, a video below it with a frame and its length).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from deskclient.app import build_desk, build_rules  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.domain.clock import FrozenClock  # noqa: E402
from deskclient.net.demo import DemoNetwork  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.main_window import MainWindow  # noqa: E402
from deskclient.ui.thread_model import MessageRole  # noqa: E402

OUT = Path(__file__).resolve().parent
IKER = 1005


def agent_config(tmp: str):
    """agent.name only comes from the system config (IT's): a scratch one."""
    system = Path(tmp) / "xdg-system" / "deskclient"
    system.mkdir(parents=True)
    (system / "config.toml").write_text('[agent]\nname = "anna"\n')
    os.environ["XDG_CONFIG_DIRS"] = str(system.parent)
    os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "xdg-config")  # no remembered layout
    return load_config(overrides={"paths.data_dir": str(Path(tmp) / "data"), "retention.purge_in_app": False})


async def until(condition, timeout: float = 20.0, what: str = "") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"screenshot scene: {what or condition} did not happen")
        await asyncio.sleep(0.05)


def rows(window):
    model = window.thread_model
    return [model.index(r).data(MessageRole.ROW) for r in range(model.rowCount())]


async def open_desk(tmp: str, clock: FrozenClock, size: tuple[int, int]):
    config = agent_config(tmp)
    demo = DemoNetwork(pace=0.01, answer_delay=60, templates=config["templates"], clock=clock)
    desk = build_desk(config, lambda c: demo.gateway(config, c), clock=clock)
    window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
    window.resize(*size)
    window.show()
    await desk.start()
    await desk.gateway.wait_online()
    return config, demo, desk, window


async def close_desk(demo, desk, window) -> None:
    await demo.stop()
    window.shutdown()
    await desk.stop()
    window.close()


async def shoot_citizen_panel(app: QApplication) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        tz = ZoneInfo("Europe/Madrid")
        clock = FrozenClock(datetime(2026, 11, 23, 9, 12, tzinfo=tz))
        config, demo, desk, window = await open_desk(tmp, clock, (1400, 820))
        rules = build_rules(config)
        server, account = demo.server, demo.account
        pau = server.add_user("Pau", "Serra", username="pauserra", user_id=1201)
        key = str(account.id)
        try:
            server.user_sends(pau, account, "Bon dia, necessito el certificat d'empadronament per a la beca.")
            await until(lambda: desk.store.active_ticket_for(key, pau.id) is not None, what="the first ticket")
            first = desk.store.active_ticket_for(key, pau.id)
            await desk.desk.claim(first.id)
            await desk.desk.reply(first.id, "Bon dia Pau, el pot demanar a la seu electrònica; li arriba en 48 h.")
            await desk.desk.note(first.id, "Viu a Girona des d'octubre: el padró antic és de Reus.")
            await desk.desk.close(first.id)
            clock.advance(rules.closing.grace + timedelta(minutes=1))
            desk.store.finalize_expired(rules)

            clock.set(datetime(2026, 11, 26, 10, 4, tzinfo=tz))
            server.user_sends(pau, account, "Bon dia, el certificat encara no m'ha arribat i la beca es tanca divendres.")
            await until(lambda: (t := desk.store.active_ticket_for(key, pau.id)) is not None and t.id != first.id,
                        what="the second ticket")
            second = desk.store.active_ticket_for(key, pau.id)
            window.open_ticket(second.id)
            await until(lambda: window.ticket.ticket_id == second.id, what="the ticket shown")
            await desk.desk.claim(second.id)
            clock.advance(timedelta(minutes=3))
            await desk.desk.note(second.id, "Consultat amb padró: la sol·licitud està tramitada, s'envia avui.")
            clock.advance(timedelta(minutes=1))
            await desk.desk.reply(second.id, "Bon dia Pau, ja està tramitat: l'hi enviem avui per correu electrònic.")
            await until(lambda: any(m.kind == "out" and m.delivery == "sent" for m in rows(window)), what="sent")
            server.user_reads(pau, account)
            await until(lambda: any(m.seen for m in rows(window)), what="seen")
            server.user_types(pau, account)
            await until(lambda: window.ticket.typing.typing, what="typing")
            window.splitter.setSizes([470, 930])
            window.ticket.side_splitter.setSizes([640, 280])
            window.ticket.view.scrollToBottom()
            await asyncio.sleep(0.4)  # the loop paints (no processEvents inside a task)
            path = OUT / "thread-citizen-panel.png"
            window.ticket.grab().save(str(path))
            return path
        finally:
            await close_desk(demo, desk, window)


async def shoot_voice_note(app: QApplication) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(datetime(2026, 11, 26, 11, 40, tzinfo=ZoneInfo("Europe/Madrid")))
        _config, demo, desk, window = await open_desk(tmp, clock, (1400, 760))
        key = str(demo.account.id)
        try:
            demo.says(IKER, "Kaixo, ziurtagiria eskaera ez dabil. Laguntza nahi dut, mesedez.")
            demo.says(IKER, "", file="nota-veu.oga")
            demo.says(IKER, "Bideoan ikusten da arazoa.", file="video.mp4")
            await until(lambda: desk.store.active_ticket_for(key, IKER) is not None, what="the ticket")
            ticket = desk.store.active_ticket_for(key, IKER)
            window.open_ticket(ticket.id)
            await until(lambda: window.ticket.ticket_id == ticket.id, what="the ticket shown")
            await until(lambda: sum(1 for m in rows(window) if m.attachments and m.attachments[0].state == "done") == 2,
                        what="the files")
            media = window.ticket.media
            clip = next(m.attachments[0] for m in rows(window) if m.attachments and m.attachments[0].kind == "video")
            await until(lambda: clip.id in media._frames, what="the video's frame")
            voice = next(m.attachments[0] for m in rows(window) if m.attachments and m.attachments[0].kind == "audio")
            window.splitter.setSizes([470, 930])
            window.ticket.side_splitter.setSizes([660, 260])
            window.ticket.view.scrollToBottom()
            await asyncio.sleep(0.3)
            media.toggle(voice.id)
            await until(lambda: media.is_playing and media.player.position() >= 1300, what="playing", timeout=10)
            path = OUT / "voice-note-inline.png"
            window.ticket.grab().save(str(path))  # while it plays: the pause button, the second reached
            media.stop()
            return path
        finally:
            await close_desk(demo, desk, window)


async def shoot_citizen(app: QApplication) -> list[Path]:
    return [await shoot_citizen_panel(app), await shoot_voice_note(app)]


if __name__ == "__main__":
    import qasync

    application = QApplication(sys.argv[:1])
    event_loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(event_loop)
    with event_loop:
        saved = event_loop.run_until_complete(shoot_citizen(application))
    application.shutdown()
    print("saved " + ", ".join(map(str, saved)))
