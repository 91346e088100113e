"""The demo network: simulated citizens on the SimulatedTelegram, under the real gateway.

`deskclient --demo` runs the production path end to end — TelethonGateway, a real
TelegramClient, its update handling — with a simulated Telegram underneath. Citizens
write in several languages, forward, reply to earlier messages, send accepted and
refused files (real samples from `resources/samples/`), add the account to a group
once, and answer the agent (reading the answer first, then typing).

The broadcast list works too (issue 12 item 7): a few people write the list's keywords in
their languages (one for emergencies only), one of them leaves again, and one blocks the
account after subscribing, so the first broadcast's report has a failure and someone
taken off the list. The account administers a channel, @demo012, for channel posts.
With `whatsapp` set (app.demo_network does), seed 002's citizens write on WhatsApp meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import secrets
from dataclasses import dataclass, field

from telethon.crypto import AuthKey
from telethon.sessions import MemorySession

from ..config import Config
from ..domain.clock import Clock
from ..resources import sample_file
from .client_factory import simulated_client_factory
from .simulated import SimFile, SimUser, SimulatedTelegram
from .telethon_gateway import TelethonGateway

log = logging.getLogger("deskclient.net")

MIME = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png", "bmp": "image/bmp",
        "xml": "application/xml", "oga": "audio/ogg", "mp4": "video/mp4",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


# Seconds, as Telegram's audio and video attributes give them (the bubble shows them).
DURATIONS = {"nota-veu.oga": 3, "video.mp4": 2}


def sample(name: str) -> SimFile:
    path = sample_file(name)
    ext = path.suffix.lstrip(".")
    return SimFile(path.read_bytes(), name, MIME.get(ext, "application/octet-stream"),
                   voice=ext == "oga", photo=False, duration=DURATIONS.get(name, 0))


@dataclass(frozen=True)
class Step:
    """One thing a simulated citizen does."""

    text: str = ""
    file: str | None = None  # a sample's file name
    forward_from: str | None = None
    reply_to_own: int | None = None  # index of the citizen's earlier message to quote


@dataclass
class DemoCitizen:
    user: SimUser
    script: list[Step]
    thanks: list[str]  # answers to the agent, in order
    sent_ids: list[int] = field(default_factory=list)


SCRIPTS: list[tuple[int, str, str, str, list[Step], list[str]]] = [
    (1001, "Marta", "Puig", "+34600000001", [
        Step("Bon dia, no puc signar la sol·licitud amb el certificat digital."),
        Step("Us adjunto el certificat que em demana el tràmit.", file="certificat.pdf"),
    ], ["Gràcies! Ara ja funciona."]),
    (1002, "Javier", "López", "+34600000002", [
        Step("Hola, tengo un problema con el pago de la tasa de la solicitud."),
        Step("Pagament pendent: 45,00 €. Referència 2026/118.", forward_from="Agència Tributària de Catalunya"),
        Step("¿Hay alguna novedad sobre esto?", reply_to_own=0),
        Step("Adjunto la factura electrónica.", file="factura.xml"),
    ], ["Perfecto, muchas gracias."]),
    (1003, "Claire", "Martin", "+33600000003", [
        Step("Bonjour, je voudrais savoir comment demander un certificat de résidence."),
        Step("Voici une photo de mon document.", file="foto.jpg"),
    ], ["Merci beaucoup pour votre aide."]),
    (1004, "Giulia", "Rossi", "+39300000004", [
        Step("Buongiorno, non funziona il modulo di richiesta per il pagamento."),
        Step("Le mando il modulo compilato.", file="formulari.docx"),
        Step("Ecco la scansione invece.", file="escaneig.bmp"),
    ], ["Grazie mille!"]),
    (1005, "Iker", "Etxeberria", "+34600000005", [
        Step("Kaixo, ziurtagiria eskaera ez dabil. Laguntza nahi dut, mesedez."),
        Step("", file="nota-veu.oga"),
        Step("Bideoan ikusten da arazoa.", file="video.mp4"),
    ], ["Eskerrik asko!"]),
    (1006, "Jordi", "Soler", "+34600000006", [
        Step("Hola, el tràmit em dona aquest error quan faig el pagament.", file="captura.png"),
    ], ["Perfecte, gràcies."]),
]


# The list's people (not the desk's citizens: they write no tickets and answer nothing):
# (user id, first name, last name, what they do in order). "MI CANCELLO" leaves again;
# BLOCKS blocks the service account (a broadcast to them fails and takes them off the list).
BLOCKS = "<blocks the account>"
LIST_SCRIPTS: list[tuple[int, str, str, list[str]]] = [
    (2001, "Giulia", "Bianchi", ["MI ISCRIVO"]),
    (2002, "Pau", "Ferrer", ["M'apunto emergències"]),
    (2003, "Ane", "Arrieta", ["Harpidetzen naiz"]),
    (2004, "Claire", "Dubois", ["Je m'inscris"]),
    (2005, "Luca", "Neri", ["MI ISCRIVO EVENTI", "MI CANCELLO"]),
    (2006, "Marco", "Galli", ["Mi iscrivo", BLOCKS]),
    (2007, "Núria", "Vila", ["EM SUBSCRIC"]),
]
DEMO_CHANNEL = "demo012"


class DemoNetwork:
    """A SimulatedTelegram with a logged-in service account and scripted citizens."""

    label = "DEMO"

    def __init__(self, pace: float = 4.0, answer_delay: float = 3.0, seed: int = 12,
                 templates: dict[str, dict[str, str]] | None = None, clock: Clock | None = None) -> None:
        # Message ids start high and random, as a long-lived account's would: a second
        # demo run never collides with the first one's stored messages.
        self.server = SimulatedTelegram(first_message_id=secrets.randbelow(10**9) + 10**6, clock=clock)
        self.account = self.server.add_account("+34600000000", "012 Demo")
        self.citizens: dict[int, DemoCitizen] = {}
        for user_id, first, last, phone, script, thanks in SCRIPTS:
            user = self.server.add_user(first, last, phone=phone, user_id=user_id)
            self.citizens[user_id] = DemoCitizen(user, list(script), list(thanks))
        self.neighbour = self.server.add_user("Pere", "Vidal", user_id=1099)
        self.list_people = {user_id: (self.server.add_user(first, last, user_id=user_id), list(steps))
                            for user_id, first, last, steps in LIST_SCRIPTS}
        self.channel = self.server.add_channel("012 Demo", DEMO_CHANNEL, admins=(self.account,))
        self.pace = pace
        self.answer_delay = answer_delay
        self._random = random.Random(seed)
        self._auth_key = AuthKey(secrets.token_bytes(256))
        self.server.authorize(self._auth_key.key_id, self.account)
        self._automatic = _automatic_patterns(templates or {})
        self.server.on_delivered = self._on_delivered
        self._tasks: set[asyncio.Task] = set()
        self.script_done = asyncio.Event()
        self.lists_done = asyncio.Event()
        self.whatsapp = None  # whatsapp_sim/demo.WhatsAppDemo: the demo's WhatsApp citizens

    def session(self) -> MemorySession:
        """An already logged-in session: the demo asks for no phone or code."""
        session = MemorySession()
        session.set_dc(2, "127.0.0.1", 443)
        session.auth_key = AuthKey(self._auth_key.key)
        return session

    def gateway(self, config: Config, clock: Clock) -> TelethonGateway:
        factory = simulated_client_factory(self.server, config, session_factory=self.session)
        gateway = TelethonGateway(factory, clock, label=self.label)
        gateway.reconnect_delay = 0.2
        return gateway

    # -- what citizens do -------------------------------------------------------------

    def says(self, user_id: int, text: str = "", file: str | None = None,
             forward_from: str | None = None, reply_to_own: int | None = None) -> int:
        """A citizen writes now; returns the Telegram message id."""
        citizen = self.citizens[user_id]
        reply_to = None
        if reply_to_own is not None and reply_to_own < len(citizen.sent_ids):
            reply_to = citizen.sent_ids[reply_to_own]
        message = self.server.user_sends(citizen.user, self.account, text,
                                         file=sample(file) if file else None,
                                         forward_from=forward_from, reply_to=reply_to)
        citizen.sent_ids.append(message.id)
        return message.id

    def received(self, user_id: int) -> list[str]:
        return self.server.received_by(self.account, self.citizens[user_id].user)

    def invite_to_group(self) -> int:
        return self.server.add_to_group(self.account, self.neighbour, "Veïns del barri").id

    def play(self) -> None:
        """Play every citizen's script, interleaved, as a busy morning would, and the
        list's people subscribing (and one leaving, one blocking the account) meanwhile."""
        self._spawn(self._play())
        self._spawn(self._play_lists())
        if self.whatsapp is not None:
            self.whatsapp.play()

    async def _play_lists(self) -> None:
        queues = [(user, list(steps)) for user, steps in self.list_people.values()]
        while any(steps for _, steps in queues):
            for user, steps in queues:
                if not steps:
                    continue
                await asyncio.sleep(self.pace * self._random.uniform(0.8, 2.0))
                step = steps.pop(0)
                if step == BLOCKS:
                    for _ in range(200):  # after the confirmation came: the next broadcast fails
                        if self.server.received_by(self.account, user):
                            break
                        await asyncio.sleep(0.05)
                    self.server.user_blocks(user, self.account)
                else:
                    self.server.user_sends(user, self.account, step)
        self.lists_done.set()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.whatsapp is not None:
            await self.whatsapp.stop()

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _play(self) -> None:
        queues = [(c, list(c.script)) for c in self.citizens.values()]
        done = 0
        while any(steps for _, steps in queues):
            for citizen, steps in queues:
                if steps:
                    await asyncio.sleep(self.pace * self._random.uniform(0.5, 1.5))
                    step = steps.pop(0)
                    self.says(citizen.user.id, step.text, step.file, step.forward_from, step.reply_to_own)
                    done += 1
                    if done == 3:
                        self.invite_to_group()
        self.script_done.set()

    def _on_delivered(self, user: SimUser, text: str) -> None:
        citizen = self.citizens.get(user.id)
        if citizen is None or not citizen.thanks or self._is_automatic(text):
            return
        answer = citizen.thanks.pop(0)
        self._spawn(self._answer_later(citizen, answer))

    async def _answer_later(self, citizen: DemoCitizen, text: str) -> None:
        """The citizen reads the agent's answer (the agent sees "seen"), types a while
        ("typing…"), then answers."""
        await asyncio.sleep(self.answer_delay / 3)
        self.server.user_reads(citizen.user, self.account)
        self.server.user_types(citizen.user, self.account)
        await asyncio.sleep(self.answer_delay * 2 / 3)
        self.says(citizen.user.id, text)

    def _is_automatic(self, text: str) -> bool:
        return any(pattern.fullmatch(text) for pattern in self._automatic)


def _automatic_patterns(templates: dict[str, dict[str, str]]) -> tuple[re.Pattern, ...]:
    """Every automatic message as a pattern, so demo citizens answer only people."""
    patterns = []
    for texts in templates.values():
        for template in texts.values():
            parts = re.split(r"\{[^}]*\}", template)
            patterns.append(re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL))
    return tuple(patterns)
