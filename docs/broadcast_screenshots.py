"""Screenshots of the broadcast lists (issue 12), for docs/make_screenshots.py: the composer,
a broadcast being sent (live progress) and its report with the channel post's link.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py broadcasts
    QT_QPA_PLATFORM=offscreen python docs/broadcast_screenshots.py    (the same, alone)

Writes docs/broadcast-composer.png, docs/broadcast-progress.png, docs/broadcast-report.png.
The demo network's list people subscribe (one leaves, one blocks the account), forty
more subscribe in six languages, and a lead composes an emergency in three languages,
for the list and the demo's channel; the sending is slowed (lists.rate) so that the
progress can be caught halfway.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from deskclient.app import build_desk  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.net.demo import DEMO_CHANNEL, DemoNetwork  # noqa: E402
from deskclient.resources import sample_file  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.broadcast_report import BroadcastsWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
KEYWORDS = {"it": "MI ISCRIVO", "ca": "M'APUNTO", "es": "ME SUSCRIBO", "eu": "HARPIDETZEN NAIZ",
            "fr": "JE M'INSCRIS", "en": "SUBSCRIBE"}
SHARES = ("it",) * 12 + ("ca",) * 12 + ("es",) * 6 + ("eu",) * 4 + ("fr",) * 4 + ("en",) * 2
TEXTS = {
    "it": "**Allerta meteo arancione**: vento forte fino alle 18. Evitate i sentieri e seguite le "
          "[indicazioni della Protezione civile](https://example.org/protezione-civile).",
    "ca": "**Alerta meteorològica taronja**: vent fort fins a les 18 h. Eviteu els camins i seguiu les "
          "[indicacions de Protecció Civil](https://example.org/proteccio-civil).",
    "fr": "**Vigilance orange** : vent fort jusqu'à 18 h. Évitez les sentiers et suivez les "
          "[consignes de la Protection civile](https://example.org/protection-civile).",
}


def lead_config(tmp: str):
    """A team lead's desk (the role, like the name, only from IT's system config)."""
    system = Path(tempfile.mkdtemp(prefix="screenshot-xdg"))
    (system / "deskclient").mkdir()
    (system / "deskclient" / "config.toml").write_text('[agent]\nname = "anna"\nrole = "lead"\n')
    os.environ["XDG_CONFIG_DIRS"] = str(system)
    return load_config(overrides={"paths.data_dir": tmp, "retention.purge_in_app": False, "lists.rate": 6,
                                  "languages.default": "it"})


async def until(condition, timeout: float = 30.0, what: str = "") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"screenshot scene: {what or condition} did not happen")
        await asyncio.sleep(0.05)


async def shoot_broadcasts(app: QApplication) -> list[Path]:
    app.setQuitOnLastWindowClosed(False)  # as the app runs: a closed dialog ends nothing
    with tempfile.TemporaryDirectory() as tmp:
        config = lead_config(tmp)
        demo = DemoNetwork(pace=0.01, answer_delay=60, templates=config["templates"])
        desk = build_desk(config, lambda c: demo.gateway(config, c))
        bridge = EventBridge(desk.bus)
        await desk.start()
        await desk.gateway.wait_online()
        broadcasts = desk.broadcasts
        try:
            demo._spawn(demo._play_lists())  # the list's people: one leaves, one blocks the account
            await asyncio.wait_for(demo.lists_done.wait(), 30)
            for n, language in enumerate(SHARES):
                user = demo.server.add_user(f"Subscriber {n}", user_id=9000 + n)
                demo.server.user_sends(user, demo.account, KEYWORDS[language])
            await until(lambda: broadcasts.subscriber_counts().total == 6 + len(SHARES), what="the subscriptions")
            await until(lambda: not broadcasts.store.list_sends_due(desk.clock.now())[0], what="the confirmations")
            # Earlier ones in the list: a channel post alone, and one for tomorrow evening.
            await broadcasts.compose({"it": "Il nuovo sportello online è aperto."}, [], channel=DEMO_CHANNEL)
            await broadcasts.compose({"it": "Domani sera concerto in piazza alle 21.", "ca": "Demà, concert a la "
                                      "plaça a les 21 h."}, ["Events"], send_at=desk.clock.now() + timedelta(days=1))

            window = BroadcastsWindow(broadcasts, desk.rules.calendar.tz, bridge)
            window.resize(1320, 820)
            window.show()
            composer = window.open_composer()
            composer.resize(900, 780)
            for language, text in TEXTS.items():
                composer.set_text(language, text)
            composer.texts.setCurrentIndex(list(broadcasts.languages).index("it"))
            for topic in ("Emergencies", "Town information"):
                composer.topic_boxes[topic].setChecked(True)
            composer.set_file(sample_file("certificat.pdf"))
            composer.channel_box.setChecked(True)
            composer.channel_name.setText(f"@{DEMO_CHANNEL}")
            await composer.refresh_preview()
            await asyncio.sleep(0.5)
            composer.grab().save(str(OUT / "broadcast-composer.png"))

            broadcast_id = await composer.submit()
            window.select(broadcast_id)

            def halfway():
                f = broadcasts.broadcast(broadcast_id).figures
                return f.total and 0.35 * f.total <= f.settled <= 0.7 * f.total

            await until(halfway, what="the broadcast halfway")
            await asyncio.sleep(0.3)  # the progress event reached the window
            window.grab().save(str(OUT / "broadcast-progress.png"))

            await until(lambda: broadcasts.broadcast(broadcast_id).state == "done", timeout=60, what="all sent")
            post = broadcasts.channels
            await until(lambda: post.channel_post(broadcast_id).link is not None, what="the channel post")
            await asyncio.sleep(0.5)
            window.select(broadcast_id)
            await asyncio.sleep(0.3)
            window.grab().save(str(OUT / "broadcast-report.png"))
            window.close()
        finally:
            await demo.stop()
            await desk.stop()
            bridge.deleteLater()
    return [OUT / f"broadcast-{name}.png" for name in ("composer", "progress", "report")]


if __name__ == "__main__":
    import qasync

    application = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(loop)
    with loop:
        saved = loop.run_until_complete(shoot_broadcasts(application))
    application.shutdown()
    print("saved " + ", ".join(map(str, saved)))
