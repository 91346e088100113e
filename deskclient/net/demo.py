"""A built-in demo network: simulated citizens behind the same Gateway as Telegram.

Citizens write in several languages, forward, reply to earlier messages, send accepted
and refused files (real samples from `resources/samples/`), get added to a group once,
and answer the agent. `deskclient --demo` runs the real app on it; tests drive it too.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from ..domain.clock import Clock
from ..domain.messages import (
    AddedToGroup, CitizenIdentity, ForwardOrigin, InboundMessage, IncomingFile, OutboundMessage,
    SentReceipt,
)
from ..resources import sample_file
from .gateway import ConnectionState, Gateway, GatewayListener, Offline

log = logging.getLogger("deskclient.net")

_MIME = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png", "bmp": "image/bmp",
         "xml": "application/xml", "oga": "audio/ogg", "mp4": "video/mp4",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@dataclass(frozen=True)
class Step:
    """One thing a simulated citizen does."""

    text: str = ""
    file: str | None = None  # a sample's file name
    forward_from: str | None = None
    reply_to_own: int | None = None  # index of the citizen's earlier message to quote


@dataclass
class DemoCitizen:
    identity: CitizenIdentity
    script: list[Step]
    thanks: list[str]  # answers to the agent, in order
    sent_ids: list[int] = field(default_factory=list)


def default_citizens() -> list[DemoCitizen]:
    def who(uid: int, name: str, lang: str, phone: str) -> CitizenIdentity:
        return CitizenIdentity(user_id=uid, name=name, username=None, phone=phone, language=None)

    return [
        DemoCitizen(who(1001, "Marta Puig", "ca", "+34600000001"), [
            Step("Bon dia, no puc signar la sol·licitud amb el certificat digital."),
            Step("Us adjunto el certificat que em demana el tràmit.", file="certificat.pdf"),
        ], ["Gràcies! Ara ja funciona."]),
        DemoCitizen(who(1002, "Javier López", "es", "+34600000002"), [
            Step("Hola, tengo un problema con el pago de la tasa de la solicitud."),
            Step("Pagament pendent: 45,00 €. Referència 2026/118.",
                 forward_from="Agència Tributària de Catalunya"),
            Step("¿Hay alguna novedad sobre esto?", reply_to_own=0),
            Step("Adjunto la factura electrónica.", file="factura.xml"),
        ], ["Perfecto, muchas gracias."]),
        DemoCitizen(who(1003, "Claire Martin", "fr", "+33600000003"), [
            Step("Bonjour, je voudrais savoir comment demander un certificat de résidence."),
            Step("Voici une photo de mon document.", file="foto.jpg"),
        ], ["Merci beaucoup pour votre aide."]),
        DemoCitizen(who(1004, "Giulia Rossi", "it", "+39300000004"), [
            Step("Buongiorno, non funziona il modulo di richiesta per il pagamento."),
            Step("Le mando il modulo compilato.", file="formulari.docx"),
            Step("Ecco la scansione invece.", file="escaneig.bmp"),
        ], ["Grazie mille!"]),
        DemoCitizen(who(1005, "Iker Etxeberria", "eu", "+34600000005"), [
            Step("Kaixo, ziurtagiria eskaera ez dabil. Laguntza nahi dut, mesedez."),
            Step("", file="nota-veu.oga"),
            Step("Bideoan ikusten da arazoa.", file="video.mp4"),
        ], ["Eskerrik asko!"]),
        DemoCitizen(who(1006, "Jordi Soler", "ca", "+34600000006"), [
            Step("Hola, el tràmit em dona aquest error quan faig el pagament.", file="captura.png"),
        ], ["Perfecte, gràcies."]),
    ]


class DemoGateway(Gateway):
    """Plays the citizens' scripts at `pace` seconds a step; answers agents after `answer_delay`."""

    label = "DEMO"

    def __init__(self, clock: Clock, pace: float = 4.0, answer_delay: float = 3.0,
                 citizens: list[DemoCitizen] | None = None, seed: int = 12,
                 group_invite: bool = True, play_script: bool = True) -> None:
        self.account = "demo"
        self.clock = clock
        self.pace = pace
        self.answer_delay = answer_delay
        self.citizens = {c.identity.user_id: c for c in (citizens or default_citizens())}
        self.group_invite = group_invite
        self.play_script = play_script
        self._random = random.Random(seed)
        self._ids = itertools.count(1)
        self._state = ConnectionState.OFFLINE
        self._listener: GatewayListener | None = None
        self._tasks: set[asyncio.Task] = set()
        self._files: dict[str, Path] = {}
        self.downloads: list[str] = []  # refs fetched, so tests can tell what was never downloaded
        self.received: dict[int, list[str]] = defaultdict(list)  # what each citizen got
        self.left_groups: list[int] = []
        self._random_ids: set[int] = set()
        self.script_done = asyncio.Event()

    @property
    def state(self) -> ConnectionState:
        return self._state

    def _set_state(self, state: ConnectionState) -> None:
        self._state = state
        if self._listener:
            self._listener.on_state(state)

    async def start(self, listener: GatewayListener) -> None:
        self._listener = listener
        self._set_state(ConnectionState.CONNECTING)
        self._set_state(ConnectionState.ONLINE)
        if self.play_script:
            self._spawn(self._play())

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._set_state(ConnectionState.OFFLINE)

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def go_offline(self) -> None:
        """Simulate a dropped connection (the outbox must wait)."""
        self._set_state(ConnectionState.OFFLINE)

    def go_online(self) -> None:
        self._set_state(ConnectionState.ONLINE)

    async def _play(self) -> None:
        """Interleave the citizens' scripts, as a busy morning would."""
        queues = [(c, list(c.script)) for c in self.citizens.values()]
        step_no = 0
        while any(steps for _, steps in queues):
            for citizen, steps in queues:
                if not steps:
                    continue
                await asyncio.sleep(self.pace * self._random.uniform(0.5, 1.5))
                await self._deliver(citizen, steps.pop(0))
                step_no += 1
                if step_no == 3 and self.group_invite:
                    await self._invite_to_group()
        self.script_done.set()

    async def _invite_to_group(self) -> None:
        assert self._listener is not None
        await self._listener.on_added_to_group(AddedToGroup(
            account=self.account, chat_id=-4000001, title="Veïns del barri", date=self.clock.now()))

    async def _deliver(self, citizen: DemoCitizen, step: Step) -> InboundMessage:
        assert self._listener is not None
        message = self.compose(citizen, step)
        await self._listener.on_message(message)
        return message

    def compose(self, citizen: DemoCitizen, step: Step) -> InboundMessage:
        now = self.clock.now()
        telegram_id = next(self._ids)
        file = None
        if step.file:
            path = sample_file(step.file)
            ref = f"demo:{telegram_id}"
            self._files[ref] = path
            ext = path.suffix.lstrip(".")
            file = IncomingFile(ref=ref, name=path.name, mime=_MIME.get(ext, "application/octet-stream"),
                                size=path.stat().st_size)
        reply_to = None
        if step.reply_to_own is not None and step.reply_to_own < len(citizen.sent_ids):
            reply_to = citizen.sent_ids[step.reply_to_own]
        citizen.sent_ids.append(telegram_id)
        forward = ForwardOrigin(step.forward_from, now - timedelta(days=2)) if step.forward_from else None
        return InboundMessage(account=self.account, citizen=citizen.identity, telegram_id=telegram_id,
                              date=now, text=step.text, forward=forward,
                              reply_to_telegram_id=reply_to, file=file)

    async def citizen_says(self, user_id: int, text: str = "", file: str | None = None,
                           forward_from: str | None = None, reply_to_own: int | None = None) -> InboundMessage:
        """Make a citizen write now (tests and the demo's own answers use this)."""
        return await self._deliver(self.citizens[user_id],
                                   Step(text, file, forward_from, reply_to_own))

    async def citizen_sends_file(self, user_id: int, path: Path, name: str, mime: str,
                                 caption: str = "", declared_size: int | None = None) -> InboundMessage:
        """Offer any file under any name (hostile ones included), as a real client could."""
        citizen = self.citizens[user_id]
        telegram_id = next(self._ids)
        ref = f"demo:{telegram_id}"
        self._files[ref] = path
        size = path.stat().st_size if declared_size is None else declared_size
        citizen.sent_ids.append(telegram_id)
        message = InboundMessage(account=self.account, citizen=citizen.identity, telegram_id=telegram_id,
                                 date=self.clock.now(), text=caption,
                                 file=IncomingFile(ref=ref, name=name, mime=mime, size=size))
        assert self._listener is not None
        await self._listener.on_message(message)
        return message

    async def redeliver(self, message: InboundMessage) -> None:
        """Deliver the same message again, as Telegram may after a reconnect."""
        assert self._listener is not None
        await self._listener.on_message(message)

    async def send(self, message: OutboundMessage, files_dir: Path) -> SentReceipt:
        if self._state is not ConnectionState.ONLINE:
            raise Offline("demo network is offline")
        citizen = self.citizens.get(message.citizen_user_id)
        if message.random_id not in self._random_ids:  # Telegram drops a repeated random_id
            self._random_ids.add(message.random_id)
            self.received[message.citizen_user_id].append(message.text)
            if citizen is not None and not message.automatic and citizen.thanks:
                answer = citizen.thanks.pop(0)
                self._spawn(self._answer_later(citizen, answer))
        return SentReceipt(telegram_id=next(self._ids), date=self.clock.now())

    async def _answer_later(self, citizen: DemoCitizen, text: str) -> None:
        await asyncio.sleep(self.answer_delay)
        await self._deliver(citizen, Step(text))

    async def download(self, file: IncomingFile, destination: Path, max_bytes: int) -> int:
        source = self._files[file.ref]
        self.downloads.append(file.ref)
        written = 0
        with source.open("rb") as src, destination.open("wb") as dst:
            while written <= max_bytes:
                block = src.read(min(1 << 16, max_bytes + 1 - written))
                if not block:
                    break
                dst.write(block)
                written += len(block)
        return written

    async def leave_group(self, chat_id: int) -> None:
        self.left_groups.append(chat_id)

    async def fetch_message_text(self, citizen_user_id: int, telegram_id: int) -> str | None:
        return None

    async def edit_sent(self, citizen_user_id: int, telegram_id: int, text: str) -> None:
        raise NotImplementedError

    async def delete_sent(self, citizen_user_id: int, telegram_ids: list[int]) -> None:
        raise NotImplementedError
