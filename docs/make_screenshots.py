#!/usr/bin/env python3
"""Screenshots for the README: the real window on the demo network, offscreen.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py

Writes docs/main-window.png (a busy queue), docs/thread.png (a forward and a reply
quote), docs/pdf-preview.png, docs/lead-statistics.png (four weeks of closed tickets
charted in the lead's window) and docs/lead-audit.png (the audit log's action filter open,
`make_screenshots.py lead-audit` alone); and, for the always-on desk: docs/thread-arriving.png (a
citizen's file filed before it is downloaded), docs/thread-failed.png (a reply Telegram
refused, with its reason, "retry" and "edit and send"), docs/thread-kinds.png (a
location, a venue, a shared contact, a poll, stickers and a pinned-message notice), docs/status-database.png (the
status bar while the database refuses writes), docs/workstation-no-session.png (a team
workstation without a Telegram session beside a `serve` node, on PostgreSQL) and
docs/main-window-eu.png, -fr.png, -it.png (the agent's window in Basque, French and Italian;
`make_screenshots.py languages` shoots these alone); docs/broadcast-composer.png,
-progress.png and -report.png (the broadcast lists: docs/broadcast_screenshots.py;
`make_screenshots.py broadcasts` shoots these alone); docs/canned-manager.png and
docs/canned-completion.png (a lead's canned replies, an agent typing `/ho` in the composer:
docs/canned_screenshots.py; `make_screenshots.py canned` shoots these alone);
docs/thread-citizen-panel.png and docs/voice-note-inline.png (the citizen panel beside the
thread with "seen" and "typing…", a voice note playing in its bubble:
docs/citizen_screenshots.py; `make_screenshots.py citizen` shoots these alone).

The last one needs a PostgreSQL database to make a scratch schema in, named by
DESKCLIENT_SCREENSHOT_PG_URL or DESKCLIENT_TEST_PG_URL (postgresql://user@host/db); without
one it is skipped.
"""

from __future__ import annotations

import asyncio
import os
import random
import secrets
import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import qasync  # noqa: E402
from telethon.tl import types  # noqa: E402

from deskclient.app import build_desk, build_rules, open_store  # noqa: E402
from deskclient.config import load_config  # noqa: E402
from deskclient.domain.clock import FrozenClock  # noqa: E402
from deskclient.domain.messages import CitizenIdentity, InboundMessage  # noqa: E402
from deskclient.domain.tickets import Role  # noqa: E402
from deskclient.net.demo import DemoCitizen, DemoNetwork  # noqa: E402
from deskclient.net.no_session import NullGateway  # noqa: E402
from deskclient.resources import sample_file  # noqa: E402
from deskclient.services.lead_tools import build_lead_tools  # noqa: E402
from deskclient.services.runner import StoreRunner  # noqa: E402
from deskclient.ui.bridge import EventBridge  # noqa: E402
from deskclient.ui.i18n import install_translators, uninstall_translators  # noqa: E402
from deskclient.ui.lead_window import LeadWindow  # noqa: E402
from deskclient.ui.main_window import MainWindow  # noqa: E402
from deskclient.ui.thread_model import MessageRole  # noqa: E402

OUT = Path(__file__).resolve().parent
NAMES = ["Núria Vila", "Pere Roca", "Aitor Zubiri", "Lucía Gómez", "Marco Bianchi", "Anna Ferrer",
         "Josep Serra", "Carmen Ruiz", "Mikel Arana", "Laura Costa", "Oriol Pons", "Elena Sanz"]
QUESTIONS = ["No em deixa pagar la taxa amb targeta.", "¿Dónde descargo el justificante?",
             "El certificat digital ha caducat, què faig?", "Non riesco ad accedere al servizio.",
             "Quin és l'horari de la finestreta?", "Necessito canviar les dades del sol·licitant."]


def desk_config(agent: str, **overrides):
    """The config of a scene's desk: `agent.name` may only come from the system config
    (IT's), so it is written to one in a scratch XDG_CONFIG_DIRS, as the tests do."""
    system = Path(tempfile.mkdtemp(prefix="screenshot-xdg"))
    (system / "deskclient").mkdir()
    (system / "deskclient" / "config.toml").write_text(f'[agent]\nname = "{agent}"\n')
    os.environ["XDG_CONFIG_DIRS"] = str(system)
    return load_config(overrides=overrides)


async def shoot(app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = desk_config("anna", **{"paths.data_dir": tmp})
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
        busy = [InboundMessage(account=account, channel_message_id=900_000 + n,
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


def lead_scene(tmp: str, days: int):
    """A desk with `days` of closed tickets from a Monday, and a lead's window over it:
    (window, lead, citizens, clock, store, runner)."""
    config = load_config(overrides={"paths.data_dir": tmp})
    rules = build_rules(config)
    start = datetime(2026, 11, 2, 8, 30, tzinfo=ZoneInfo(config["hours.timezone"]))  # a Monday
    clock = FrozenClock(start)
    store = open_store(config, clock)
    runner = StoreRunner()
    seed_closed_tickets(store, rules, clock, config["tickets.categories"], start, days=days)
    lead, citizens = build_lead_tools(config, store, runner, rules, clock,
                                      store.ensure_agent("lia", "Lia", Role.LEAD))
    window = LeadWindow(lead, citizens, store.agents(), config["tickets.categories"])
    return window, lead, citizens, clock, store, runner


async def shoot_lead_statistics(app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        window, _lead, _citizens, _clock, store, runner = lead_scene(tmp, days=26)
        window.resize(1280, 940)
        window.show()
        window.tabs.setCurrentIndex(1)
        await window._statistics()
        app.processEvents()
        window.grab().save(str(OUT / "lead-statistics.png"))
        window.close()
        runner.shutdown()
        store.close()


async def shoot_lead_audit(app: QApplication) -> None:
    """docs/lead-audit.png: the audit log after a lead's morning, its action filter open
    (every audited action by its name, in alphabetical order)."""
    with tempfile.TemporaryDirectory() as tmp:
        window, lead, citizens, clock, store, runner = lead_scene(tmp, days=3)
        window.resize(1280, 780)
        window.show()
        clock.set(datetime(2026, 11, 5, 9, 12, tzinfo=clock.now().tzinfo))  # the lead's morning
        window.search_text.setText("certificat")
        await window.start_search()
        window.hits_view.selectRow(0)
        window.open_transcript()
        await window._tasks["transcript"]
        await lead.export_transcripts(window.selected_ticket_ids(), "pdf")
        await lead.statistics(None, None)
        [found, *_] = await citizens.find("Pere")
        await citizens.correct(found.id, phone="+34 600 111 333")
        await window._purge(dry_run=True)
        window.tabs.setCurrentIndex(2)
        await window._audit()
        window.audit_action.showPopup()
        for _ in range(5):  # the popup is a window of its own: the screen holds both
            app.processEvents()
            await asyncio.sleep(0.05)
        area = window.geometry()
        app.primaryScreen().grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(
            str(OUT / "lead-audit.png"))
        window.audit_action.hidePopup()
        window.close()
        runner.shutdown()
        store.close()


# -- the always-on desk ------------------------------------------------------------------

CAPTION = (
    "Bon dia Marta. Li adjunto la guia pas a pas per signar la sol·licitud amb el certificat "
    "digital. Abans de començar, comprovi que el certificat és vigent: obri el navegador, vagi a "
    "Configuració > Privadesa i seguretat > Certificats i miri la data de caducitat. Si ha caducat, "
    "l'ha de renovar a la web de l'entitat que el va emetre abans de continuar. Després, entri al "
    "tràmit amb el mateix navegador, ompli el formulari i, a la pantalla de signatura, triï l'opció "
    "«Signar amb certificat». Si el navegador no li mostra cap certificat, tanqui'l del tot, "
    "torni'l a obrir i repeteixi el pas; de vegades cal instal·lar l'aplicació AutoFirma, que "
    "trobarà enllaçada a la mateixa pàgina. Un cop signada, la sol·licitud queda registrada i rebrà "
    "el justificant per correu electrònic en uns minuts; si no li arriba, revisi la carpeta de "
    "correu brossa. Si després de seguir aquests passos encara no pot signar, respongui aquest "
    "missatge amb una captura de l'error i el número de la sol·licitud i ho mirarem amb l'equip "
    "tècnic. Gràcies per la paciència.")


async def until(condition, timeout: float = 20.0, what: str = "") -> None:
    """Wait (letting Qt and the loop run) until `condition()` is true."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"screenshot scene: {what or condition} did not happen")
        await asyncio.sleep(0.05)


def last_row(window):
    model = window.thread_model
    return model.index(model.rowCount() - 1).data(MessageRole.ROW) if model.rowCount() else None


async def open_demo_desk(tmp: str, size: tuple[int, int], agent: str = "anna", purge_in_app: bool = True):
    config = desk_config(agent, **{"paths.data_dir": tmp, "retention.purge_in_app": purge_in_app})
    demo = DemoNetwork(pace=0.01, answer_delay=60, templates=config["templates"])
    desk = build_desk(config, lambda c: demo.gateway(config, c))
    window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
    window.resize(*size)
    window.show()
    await desk.start()
    await desk.gateway.wait_online()
    return config, demo, desk, window


async def close_demo_desk(demo, desk, window) -> None:
    await demo.stop()
    window.shutdown()
    await desk.stop()
    window.close()


async def show_citizen(window, desk, demo, user_id: int):
    account = str(demo.account.id)
    await until(lambda: desk.store.active_ticket_for(account, user_id) is not None, what="the ticket")
    ticket = desk.store.active_ticket_for(account, user_id)
    await until(lambda: window.select_ticket(ticket.id), what="the ticket in the queue")
    await until(lambda: window.ticket.ticket_id == ticket.id, what="the ticket shown")
    return ticket


async def shoot_arriving_and_failed(app: QApplication) -> None:
    """A citizen's photo filed while its download is held back (the bubble says
    "arriving…"), then a file reply whose caption Telegram refused."""
    with tempfile.TemporaryDirectory() as tmp:
        _config, demo, desk, window = await open_demo_desk(tmp, (1180, 760))
        intake = desk.ingest.fetcher.intake
        downloads = asyncio.Event()
        receive = intake.receive

        async def held_back(offered, month):  # a slow download: the message is filed first
            await downloads.wait()
            return await receive(offered, month)

        intake.receive = held_back
        demo.says(1003, "Bonjour, je voudrais savoir comment demander un certificat de résidence.")
        claire = await show_citizen(window, desk, demo, 1003)
        await desk.desk.claim(claire.id)
        await desk.desk.reply(claire.id, "Bonjour Claire, envoyez-nous une photo de votre pièce d'identité, "
                                         "s'il vous plaît.")
        await until(lambda: last_row(window) and last_row(window).delivery == "sent", what="the reply sent")
        demo.says(1003, "Voici une photo de mon document.", file="foto.jpg")
        await until(lambda: any(a.state == "arriving" for a in last_row(window).attachments),
                    what="the photo shown arriving")
        demo.says(1003, "Elle est un peu floue, je peux en envoyer une autre si besoin.")
        await until(lambda: last_row(window).text.startswith("Elle est"), what="the next message")
        await asyncio.sleep(0.3)
        window.ticket.view.scrollToBottom()
        await asyncio.sleep(0.2)  # the loop paints (no processEvents inside a task)
        window.ticket.grab().save(str(OUT / "thread-arriving.png"))
        downloads.set()
        await desk.ingest.fetcher.wait_idle()
        photo = next(m.id for m in desk.store.thread(claire.id) if m.attachments)
        await until(lambda: any(r.id == photo and r.attachments[0].state == "done"
                                for r in (window.thread_model.index(i).data(MessageRole.ROW)
                                          for i in range(window.thread_model.rowCount()))),
                    what="the photo arrived")

        # A file reply whose caption Telegram refuses (MEDIA_CAPTION_TOO_LONG). The desk
        # checks the 1,024-character limit when the agent sends, so the reply goes into the
        # store directly, as one queued before that check existed would be.
        demo.says(1001, "Bon dia, no puc signar la sol·licitud amb el certificat digital.")
        marta = await show_citizen(window, desk, demo, 1001)
        await desk.desk.claim(marta.id)
        guide = Path(tmp) / "guia-signatura.pdf"
        shutil.copyfile(sample_file("certificat.pdf"), guide)
        stored = intake.keep_outgoing(guide, f"{desk.clock.now():%Y-%m}")
        desk.store.add_reply(marta.id, CAPTION, desk.desk.agent, stored)
        desk.outbox.kick()
        await until(lambda: last_row(window) and last_row(window).delivery == "failed", what="the refusal")
        await asyncio.sleep(0.3)
        window.ticket.view.scrollToBottom()
        await asyncio.sleep(0.2)  # the loop paints (no processEvents inside a task)
        window.ticket.grab().save(str(OUT / "thread-failed.png"))
        await close_demo_desk(demo, desk, window)


async def shoot_database_problem(app: QApplication) -> None:
    """A single desk whose SQLite file another program keeps locked: the citizens'
    messages wait, and the status bar says so until the lock goes."""
    with tempfile.TemporaryDirectory() as tmp:
        config, demo, desk, window = await open_demo_desk(tmp, (960, 700), purge_in_app=False)
        demo.says(1002, "Hola, tengo un problema con el pago de la tasa de la solicitud.")
        javier = await show_citizen(window, desk, demo, 1002)
        await until(lambda: window.thread_model.rowCount() >= 2, what="the opening notice")
        locker = sqlite3.connect(config.database_url.removeprefix("sqlite:///"), timeout=10)
        locker.execute("BEGIN IMMEDIATE")  # a backup tool, say, holding the write lock
        for user_id, text in ((1002, "¿Hay alguna novedad sobre esto?"),
                              (1004, "Buongiorno, non funziona il modulo di richiesta per il pagamento."),
                              (1006, "Hola, el tràmit em dona aquest error quan faig el pagament.")):
            demo.says(user_id, text)
        bar = window.statusBar()
        # The store runs one call at a time and each waits the lock out for a few seconds
        # before it gives up: the count in the status bar grows to 3 within about 30 s.
        await until(lambda: bar.currentMessage().startswith("The database refuses writes (locked); 3 "),
                    timeout=60, what="the lasting problem, with all three messages waiting")
        await asyncio.sleep(0.5)  # the loop paints (no processEvents inside a task)
        window.grab(QRect(0, bar.y() - 2, window.width(), bar.height() + 2)).save(str(OUT / "status-database.png"))
        locker.rollback()
        locker.close()
        await until(lambda: len(desk.store.thread(javier.id)) >= 3, timeout=40, what="the waiting message filed")
        await close_demo_desk(demo, desk, window)


async def shoot_message_kinds(app: QApplication) -> None:
    """What citizens send besides text and files, each shown for what it is: a
    location and a venue with their map links, a contact, a poll, a static sticker
    drawn as its image and an animated one as its emoji, a pin (with the pinned
    message quoted). Emoji need a colour emoji font
    (Debian: fonts-noto-color-emoji)."""
    with tempfile.TemporaryDirectory() as tmp:
        _config, demo, desk, window = await open_demo_desk(tmp, (1400, 1330))
        server, account = demo.server, demo.account
        jordi = demo.citizens[1006].user
        first = server.user_sends(jordi, account, "Bon dia, m'he perdut anant a l'oficina d'atenció ciutadana. "
                                                  "Soc aquí:", media=server.location(41.38506, 2.17340))
        ticket = await show_citizen(window, desk, demo, 1006)
        server.user_sends(jordi, account, media=server.venue(41.38745, 2.16994, "Oficina d'Atenció Ciutadana",
                                                             "Plaça de Catalunya, 1, Barcelona"))
        await desk.desk.claim(ticket.id)
        await until(lambda: len(desk.store.thread(ticket.id)) >= 3, what="the venue filed")
        await desk.desk.reply(ticket.id, "Bon dia Jordi, l'oficina és a dos carrers. Qui l'acompanya avui?")
        await until(lambda: any(m.delivery == "sent" for m in desk.store.thread(ticket.id) if m.kind == "out"),
                    what="the reply sent")
        server.user_sends(jordi, account, "La meva germana, el seu telèfon:",
                          media=server.contact("Núria", "Vila", "34612345678"))
        server.user_sends(jordi, account, media=server.poll("Quan puc anar-hi?", ["Avui a la tarda", "Demà"]))
        server.user_acts(jordi, account, types.MessageActionPinMessage(), reply_to=first.id)
        server.user_sends(jordi, account, media=server.sticker("😀", "webp"))  # the sample's image
        server.user_sends(jordi, account, media=server.sticker("👍", "tgs"))
        await until(lambda: len(desk.store.thread(ticket.id)) >= 10 and window.thread_model.rowCount() >= 10
                    and all(a.kept for m in desk.store.thread(ticket.id) for a in m.attachments),
                    what="the stickers, the static one's image kept")
        await asyncio.sleep(0.3)
        window.ticket.side_splitter.setSizes([700, 260])  # the thread wide, the citizen panel beside it
        model, view = window.thread_model, window.ticket.view
        located = next(r for r in range(model.rowCount()) if model.index(r).data(MessageRole.ROW).text.startswith("Bon"))
        view.scrollTo(model.index(located), view.ScrollHint.PositionAtTop)
        await asyncio.sleep(0.2)  # the loop paints (no processEvents inside a task)
        window.ticket.grab().save(str(OUT / "thread-kinds.png"))
        await close_demo_desk(demo, desk, window)


def scratch_pg_url() -> tuple[str, str, str] | None:
    """(base url, schema, url of the schema) for the team scene, or None."""
    base = os.environ.get("DESKCLIENT_SCREENSHOT_PG_URL") or os.environ.get("DESKCLIENT_TEST_PG_URL")
    if not base:
        return None
    schema = f"shots_{secrets.token_hex(4)}"
    return base, schema, f"{base}{'&' if '?' in base else '?'}schema={schema}"


async def shoot_workstation_without_session(app: QApplication) -> bool:
    """A team on PostgreSQL: a `serve` node holds the Telegram session (demo network) and
    the duty; a workstation with `telegram.session = "none"` shows the service's
    connection, files nothing itself, and its reply is sent by the service."""
    found = scratch_pg_url()
    if found is None:
        print("no DESKCLIENT_SCREENSHOT_PG_URL / DESKCLIENT_TEST_PG_URL: workstation-no-session.png skipped")
        return False
    import psycopg

    base, schema, url = found
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            common = {"paths.data_dir": tmp, "database.url": url}
            served = desk_config("service", **common, **{"service.node": "server-1"})
            demo = DemoNetwork(pace=0.01, answer_delay=0.5, templates=served["templates"])
            service = build_desk(served, lambda c: demo.gateway(served, c), mode="serve")
            await service.start()
            await service.gateway.wait_online()
            await until(lambda: service.holds_duty, what="the service's duty")
            config = desk_config("pere", **common, **{"telegram.session": "none", "service.node": "ws-pere"})
            desk = build_desk(config, lambda c: NullGateway())
            window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
            window.resize(1360, 720)
            window.show()
            await desk.start()
            await until(lambda: window.connection_label.text().endswith("online"), what="service: online")
            for user_id, text in ((1001, "Bon dia, no puc signar la sol·licitud amb el certificat digital."),
                                  (1003, "Bonjour, je voudrais savoir comment demander un certificat de résidence."),
                                  (1005, "Kaixo, ziurtagiria eskaera ez dabil. Laguntza nahi dut, mesedez."),
                                  (1002, "Hola, tengo un problema con el pago de la tasa de la solicitud.")):
                demo.says(user_id, text)
            account = str(demo.account.id)
            await until(lambda: desk.store.active_ticket_for(account, 1002) is not None, what="filed by the service")
            javier = desk.store.active_ticket_for(account, 1002)
            await until(lambda: window.select_ticket(javier.id), what="the ticket in the workstation's queue")
            await until(lambda: window.ticket.ticket_id == javier.id, what="the ticket shown")
            await desk.desk.claim(javier.id)
            window.composer.edit.setPlainText("Hola Javier, ¿nos indica el número de referencia del pago?")
            window.composer.send_button.click()
            await until(lambda: last_row(window) and last_row(window).kind == "out"
                        and last_row(window).delivery == "sent", what="the reply sent by the service")
            await asyncio.sleep(0.5)
            await asyncio.sleep(0.2)  # the loop paints (no processEvents inside a task)
            window.grab().save(str(OUT / "workstation-no-session.png"))
            await demo.stop()
            window.shutdown()
            await desk.stop()
            await service.stop()
            window.close()  # the last window closed stops the loop
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return True


# -- the window in the desks' own languages ----------------------------------------------

SPEAKING = {  # language: the deployment's categories, citizens and what they write, a reply
    "eu": (["Ordainketa-arazoak", "Zalantza funtzionalak", "Ziurtagiri digitala"],
           ["Miren Etxeberria", "Iñaki Goikoetxea", "Ane Zubizarreta", "Jon Agirre", "Maite Urrutia"],
           ["Kaixo, ezin dut tasa txartelarekin ordaindu.", "Non deskargatu dezaket ordainagiria?",
            "Ziurtagiri digitala iraungi zait. Zer egin behar dut?", "Zein da bulegoaren ordutegia?"],
           "Egun on, Miren. Ordainketa aurkitu dugu; gaur bertan baieztatuko dizugu."),
    "fr": (["Problèmes de paiement", "Questions fonctionnelles", "Certificat numérique"],
           ["Claire Martin", "Julien Moreau", "Sophie Bernard", "Luc Dubois", "Camille Laurent"],
           ["Bonjour, je n'arrive pas à payer la taxe par carte bancaire.", "Où puis-je télécharger le justificatif ?",
            "Mon certificat numérique a expiré, que dois-je faire ?", "Quels sont les horaires du guichet ?"],
           "Bonjour Madame Martin, nous avons retrouvé votre paiement. Nous vous le confirmons aujourd'hui."),
    "it": (["Problemi di pagamento", "Dubbi funzionali", "Certificato digitale"],
           ["Giulia Rossi", "Marco Bianchi", "Francesca Romano", "Luca Ferrari", "Chiara Esposito"],
           ["Buongiorno, non riesco a pagare la tassa con la carta.", "Dove posso scaricare la ricevuta?",
            "Il mio certificato digitale è scaduto, cosa devo fare?", "Qual è l'orario dello sportello?"],
           "Buongiorno signora Rossi, abbiamo trovato il pagamento. Glielo confermiamo oggi."),
}


async def shoot_languages(app: QApplication, languages=("eu", "fr", "it")) -> None:
    """The agent's window in Basque, French and Italian (docs/main-window-<language>.png):
    a few tickets in the queue, one claimed, categorised and answered."""
    for language in languages:
        categories, names, questions, reply = SPEAKING[language]
        translators = install_translators(app, language)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                config = desk_config("anna", **{"paths.data_dir": tmp, "tickets.categories": categories,
                                                "languages.default": language})
                demo = DemoNetwork(pace=0.01, answer_delay=60, templates=config["templates"])
                desk = build_desk(config, lambda c: demo.gateway(config, c))
                window = MainWindow(desk.desk, EventBridge(desk.bus), desk.gateway.label)
                window.resize(1360, 760)
                window.show()
                await desk.start()
                await desk.gateway.wait_online()
                account = str(demo.account.id)
                for n, name in enumerate(names):  # citizens of the simulated Telegram: notices reach them
                    first_name, last_name = name.split(" ", 1)
                    user = demo.server.add_user(first_name, last_name, phone=f"+3460010{n:04d}", user_id=8000 + n)
                    demo.citizens[user.id] = DemoCitizen(user, [], [])
                    demo.says(user.id, questions[n % len(questions)])
                await until(lambda: desk.store.active_ticket_for(account, 8000 + len(names) - 1) is not None,
                            what="the tickets")
                first = desk.store.active_ticket_for(account, 8000)
                await until(lambda: window.select_ticket(first.id), what="the ticket in the queue")
                await desk.desk.claim(first.id)
                await desk.desk.set_category(first.id, categories[0])
                window.composer.edit.setPlainText(reply)
                window.composer.send_button.click()
                await asyncio.sleep(1.5)  # the loop runs Qt's events meanwhile (no processEvents in a task)
                window.grab().save(str(OUT / f"main-window-{language}.png"))
                await close_demo_desk(demo, desk, window)
        finally:
            uninstall_translators(app, translators)


def main() -> None:
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    if sys.argv[1:] == ["languages"]:  # the window in Basque, French and Italian alone
        with loop:
            loop.run_until_complete(shoot_languages(app))
        app.shutdown()
        print("saved " + ", ".join(str(OUT / f"main-window-{lang}.png") for lang in SPEAKING))
        return
    if sys.argv[1:] == ["broadcasts"]:  # the broadcast lists' windows alone
        from broadcast_screenshots import shoot_broadcasts
        with loop:
            saved = loop.run_until_complete(shoot_broadcasts(app))
        app.shutdown()
        print("saved " + ", ".join(map(str, saved)))
        return
    if sys.argv[1:] == ["canned"]:  # canned replies: the lead's manager, the / completion
        from canned_screenshots import shoot_canned
        with loop:
            saved = loop.run_until_complete(shoot_canned(app))
        app.shutdown()
        print("saved " + ", ".join(map(str, saved)))
        return
    if sys.argv[1:] == ["citizen"]:  # the citizen panel, seen and typing, a voice note playing
        from citizen_screenshots import shoot_citizen
        with loop:
            saved = loop.run_until_complete(shoot_citizen(app))
        app.shutdown()
        print("saved " + ", ".join(map(str, saved)))
        return
    if sys.argv[1:] == ["lead-audit"]:  # one scene alone
        with loop:
            loop.run_until_complete(shoot_lead_audit(app))
        app.shutdown()
        print(f"saved {OUT / 'lead-audit.png'}")
        return
    if sys.argv[1:] == ["thread-kinds"]:  # one scene alone
        with loop:
            loop.run_until_complete(shoot_message_kinds(app))
        app.shutdown()
        print(f"saved {OUT / 'thread-kinds.png'}")
        return
    with loop:
        loop.run_until_complete(shoot(app))
        loop.run_until_complete(shoot_lead_statistics(app))
        loop.run_until_complete(shoot_lead_audit(app))
        loop.run_until_complete(shoot_arriving_and_failed(app))
        loop.run_until_complete(shoot_message_kinds(app))
        loop.run_until_complete(shoot_database_problem(app))
        team = loop.run_until_complete(shoot_workstation_without_session(app))
        loop.run_until_complete(shoot_languages(app))
        from broadcast_screenshots import shoot_broadcasts
        loop.run_until_complete(shoot_broadcasts(app))
        from canned_screenshots import shoot_canned
        loop.run_until_complete(shoot_canned(app))
        from citizen_screenshots import shoot_citizen
        loop.run_until_complete(shoot_citizen(app))
    app.shutdown()
    names = ["main-window", "thread", "pdf-preview", "lead-statistics", "lead-audit", "thread-arriving", "thread-failed",
             "thread-kinds", "status-database", *(["workstation-no-session"] if team else []),
             *(f"main-window-{lang}" for lang in SPEAKING), "broadcast-composer", "broadcast-progress",
             "broadcast-report", "canned-manager", "canned-completion",
             "thread-citizen-panel", "voice-note-inline"]
    print("saved " + ", ".join(str(OUT / f"{name}.png") for name in names))


if __name__ == "__main__":
    main()
