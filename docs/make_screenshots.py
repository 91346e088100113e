#!/usr/bin/env python3
"""Screenshots for the README: the real window on the demo network, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py

Writes docs/main-window.png (a busy queue), docs/thread.png (a forward and a reply
quote), docs/pdf-preview.png and docs/lead-statistics.png (four weeks of closed tickets
charted in the lead's window).
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

import qasync  # noqa: E402

from deskclient.app import build_desk, build_rules, open_store  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.domain.clock import FrozenClock  # noqa: E402
from deskclient.domain.messages import CitizenIdentity, InboundMessage  # noqa: E402
from deskclient.domain.tickets import Role  # noqa: E402
from deskclient.net.demo import DemoNetwork  # noqa: E402
from deskclient.services.lead_tools import build_lead_tools  # noqa: E402
from deskclient.services.runner import StoreRunner  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.lead_window import LeadWindow  # noqa: E402
from deskclient.ui.main_window import MainWindow  # noqa: E402
from deskclient.ui.thread_model import MessageRole  # noqa: E402

OUT = Path(__file__).resolve().parent
NAMES = ["Núria Vila", "Pere Roca", "Aitor Zubiri", "Lucía Gómez", "Marco Bianchi", "Anna Ferrer",
         "Josep Serra", "Carmen Ruiz", "Mikel Arana", "Laura Costa", "Oriol Pons", "Elena Sanz"]
QUESTIONS = ["No em deixa pagar la taxa amb targeta.", "¿Dónde descargo el justificante?",
             "El certificat digital ha caducat, què faig?", "Non riesco ad accedere al servizio.",
             "Quin és l'horari de la finestreta?", "Necessito canviar les dades del sol·licitant."]


async def shoot(app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(overrides={"paths.data_dir": tmp, "agent.name": "anna"})
        demo = DemoNetwork(pace=0.01, answer_delay=0.2, templates=config["templates"])
        desk = build_desk(config, lambda c: demo.gateway(config, c))
        window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
        window.resize(1360, 820)
        window.show()
        await desk.start()
        await desk.gateway.wait_online()
        demo.play()
        await demo.script_done.wait()
        account = str(demo.account.id)
        busy = [InboundMessage(account=account, telegram_id=900_000 + n,
                               citizen=CitizenIdentity(5000 + n, NAMES[n % len(NAMES)]),
                               date=desk.clock.now(), text=QUESTIONS[n % len(QUESTIONS)])
                for n in range(24)]
        await asyncio.gather(*(desk.ingest.on_message(m) for m in busy))
        await asyncio.sleep(1.0)
        javier = desk.store.active_ticket_for(account, 1002)
        window.select_ticket(javier.id)
        await desk.desk.claim(javier.id)
        await desk.desk.set_category(javier.id, "Payment problems")
        window.composer.edit.setPlainText("Bon dia Javier, ja hem localitzat el pagament. Li confirmem avui.")
        window.composer.send_button.click()
        await asyncio.sleep(1.0)
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))

        model, view = window.thread_model, window.ticket.view
        forward = next(r for r in range(model.rowCount()) if model.index(r).data(MessageRole.ROW).forward_from)
        view.scrollTo(model.index(forward), view.ScrollHint.PositionAtTop)
        app.processEvents()
        window.ticket.grab().save(str(OUT / "thread.png"))

        marta = desk.store.active_ticket_for(account, 1001)
        window.select_ticket(marta.id)
        pdf = next(a.id for m in desk.store.thread(marta.id) for a in m.attachments if a.kind == "pdf")
        preview = window.ticket.open_attachment(pdf)
        preview.resize(760, 900)
        await asyncio.sleep(0.5)
        app.processEvents()
        preview.grab().save(str(OUT / "pdf-preview.png"))
        preview.close()
        await demo.stop()
        window.shutdown()  # the window lets go first, as when the app closes
        await desk.stop()
        window.close()


def seed_closed_tickets(store, rules, clock: FrozenClock, categories: list[str], start: datetime,
                        days: int) -> None:
    """Working days of tickets answered (now and then past the SLA) and closed for good."""
    rng = random.Random(7)
    agents = [store.ensure_agent(login, login.title(), Role.AGENT) for login in ("anna", "pere", "nuria")]
    categories = [*categories, None]
    number = 0
    for day in range(days):
        opening = start + timedelta(days=day)
        if opening.weekday() >= 5:
            continue
        clock.set(opening)
        for _ in range(rng.randint(2, 8)):
            number += 1
            who = CitizenIdentity(7000 + number, NAMES[number % len(NAMES)])
            ticket = store.ingest(InboundMessage("demo", who, number, clock.now(), QUESTIONS[number % len(QUESTIONS)]),
                                  rules).ticket_id
            agent = agents[rng.randrange(len(agents))]
            late = rng.random() < (0.25 if agent.login == "pere" else 0.08)
            clock.advance(timedelta(minutes=rng.randint(130, 240) if late else rng.randint(3, 55)))
            store.claim(ticket, agent)
            store.set_category(ticket, categories[rng.randrange(len(categories))], agent)
            store.add_reply(ticket, "Bon dia, ja està resolt.", agent)
            store.close_ticket(ticket, agent, rules)
            clock.advance(rules.closing.grace + timedelta(minutes=1))
            store.finalize_expired(rules)


async def shoot_lead_statistics(app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(overrides={"paths.data_dir": tmp})
        rules = build_rules(config)
        start = datetime(2026, 11, 2, 8, 30, tzinfo=ZoneInfo(config["hours.timezone"]))  # a Monday
        clock = FrozenClock(start)
        store = open_store(config, clock)
        runner = StoreRunner()
        seed_closed_tickets(store, rules, clock, config["tickets.categories"], start, days=26)
        lead, citizens = build_lead_tools(config, store, runner, rules, clock,
                                          store.ensure_agent("lia", "Lia", Role.LEAD))
        window = LeadWindow(lead, citizens, store.agents(), config["tickets.categories"])
        window.resize(1280, 940)
        window.show()
        window.tabs.setCurrentIndex(1)
        await window._statistics()
        app.processEvents()
        window.grab().save(str(OUT / "lead-statistics.png"))
        window.close()
        runner.shutdown()
        store.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(app))
        loop.run_until_complete(shoot_lead_statistics(app))
    app.shutdown()
    print(f"saved {OUT / 'main-window.png'}, {OUT / 'thread.png'}, {OUT / 'pdf-preview.png'}, "
          f"{OUT / 'lead-statistics.png'}")


if __name__ == "__main__":
    main()
