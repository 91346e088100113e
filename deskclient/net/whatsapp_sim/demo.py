"""WhatsApp in `--demo`: scripted citizens on the simulated Cloud API, under the real
gateway and webhook.

Aragón's support centre (seed 002) on a busy morning: citizens write in Spanish, send a
PDF (accepted) and a DOCX (refused), forward a notice, share where they are and a
relative's contact, reply to their own earlier message, send a voice note; offered the
categories to pick from (tickets.category_choice), they pick one; when an agent answers, they read it, then thank them or react with 👍. The composition root
starts it, makes the gateway from `settings()`, serves the desk's webhook and gives
its URL to `deliver_to`.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from itertools import zip_longest

from ...domain.clock import Clock
from ...resources import sample_file
from ..demo import MIME, _automatic_patterns
from ..whatsapp.settings import WhatsAppSettings
from .background import Background
from .server import Received, SimulatedCloudAPI

REACT = "👍"  # an answer that is a reaction to the agent's message, not words


@dataclass(frozen=True)
class Step:
    """One thing a demo citizen does: words, a sample file (sent under `name`), a
    forward, a reply to their own n-th message, a place or a contact."""

    text: str = ""
    file: str | None = None
    name: str | None = None
    forwarded: bool = False
    reply_to_own: int | None = None
    place: tuple[float, float, str, str] | None = None  # latitude, longitude, name, address
    contact: tuple[str, str] | None = None  # name, phone


@dataclass
class DemoCitizen:
    wa_id: str
    script: list[Step]
    answers: list[str]  # to the agent, in order (REACT: a 👍 on the agent's message)
    sent: list[str] = field(default_factory=list)  # wamids


SCRIPTS: list[tuple[str, str, list[Step], list[str]]] = [
    ("34611000001", "Lucía Gómez", [
        Step("Buenos días, no consigo presentar la solicitud de la ayuda al alquiler."),
        Step("Les adjunto el justificante que me piden.", file="certificat.pdf", name="justificante.pdf"),
    ], ["¡Gracias! Ya la he podido presentar."]),
    ("34611000002", "Álvaro Martín", [
        Step("Hola, me ha llegado este aviso y no sé si es vuestro."),
        Step("Pago pendiente: 45,00 €. Referencia 2026/118.", forwarded=True),
        Step("Les mando el formulario relleno.", file="formulari.docx", name="formulario.docx"),
        Step("Perdón, aquí va en PDF.", file="certificat.pdf", name="formulario.pdf"),
    ], [REACT]),
    ("34611000003", "Pilar Aznar", [
        Step("¿La oficina de atención presencial es esta?"),
        Step(place=(41.64893, -0.88912, "Edificio Pignatelli", "Paseo María Agustín 36, Zaragoza")),
        Step("¿Y abren por la tarde?", reply_to_own=0),
    ], ["Muchas gracias."]),
    ("34611000004", "Jorge Lanuza", [
        Step(file="nota-veu.oga"),
        Step("Es el teléfono de mi madre, por si tienen que llamarla:"),
        Step(contact=("Ana Lanuza", "+34 622 000 004")),
    ], [REACT]),
]


class WhatsAppDemo:
    """A simulated business number with scripted citizens."""

    label = "DEMO WhatsApp"

    def __init__(self, clock: Clock, pace: float = 4.0, answer_delay: float = 3.0, seed: int = 16,
                 templates: dict[str, dict[str, str]] | None = None) -> None:
        self.sim = SimulatedCloudAPI(clock, phone_number_id="100000000000016", display_phone_number="34976000016")
        self.sim.on_received = self._on_received
        self.citizens = {wa_id: DemoCitizen(wa_id, list(script), list(answers))
                         for wa_id, name, script, answers in SCRIPTS}
        for wa_id, name, _, _ in SCRIPTS:
            self.sim.name_citizen(wa_id, name)
        self.pace = pace
        self.answer_delay = answer_delay
        self._random = random.Random(seed)
        self._automatic = _automatic_patterns(templates or {})
        self._background = Background()
        self.script_done = asyncio.Event()

    async def start(self, webhook_url: str | None = None) -> None:
        """Serve the simulated Graph API (before the gateway is made: its settings name
        the port); the desk's webhook URL now or later (`deliver_to`)."""
        await self.sim.start(webhook_url=webhook_url)

    def deliver_to(self, webhook_url: str) -> None:
        self.sim.webhooks.url = webhook_url

    def settings(self) -> WhatsAppSettings:
        return self.sim.settings(verify_token="demo-verify-token")

    def approve_template(self, name: str, language: str, parameters: int = 0) -> None:
        """The demo number has the deployment's templates approved."""
        self.sim.approve_template(name, language, parameters)

    def play(self) -> None:
        self._background.spawn(self._play())

    async def stop(self) -> None:
        await self._background.cancel()
        await self.sim.stop()

    async def _play(self) -> None:
        """Each citizen's first step, then each one's second, and so on."""
        citizens = list(self.citizens.values())
        for steps in zip_longest(*(citizen.script for citizen in citizens)):
            for citizen, step in zip(citizens, steps):
                if step is not None:
                    await asyncio.sleep(self.pace * self._random.uniform(0.5, 1.5))
                    citizen.sent.append(await self.does(citizen, step))
        self.script_done.set()

    async def does(self, citizen: DemoCitizen, step: Step) -> str:
        """The citizen's step, sent now; its wamid."""
        sim, wa_id = self.sim, citizen.wa_id
        if step.place is not None:
            return await sim.citizen_sends_location(wa_id, *step.place)
        if step.contact is not None:
            return await sim.citizen_sends_contact(wa_id, *step.contact)
        if step.file is None:
            quoted = citizen.sent[step.reply_to_own] if step.reply_to_own is not None else None
            return await sim.citizen_sends_text(wa_id, step.text, reply_to=quoted, forwarded=step.forwarded)
        data = sample_file(step.file).read_bytes()
        mime = MIME[step.file.rpartition(".")[2]]
        if mime.startswith("audio/"):
            return await sim.citizen_sends_audio(wa_id, data, mime=mime)
        if mime.startswith("image/"):
            return await sim.citizen_sends_image(wa_id, data, mime=mime, caption=step.text)
        if mime.startswith("video/"):
            return await sim.citizen_sends_video(wa_id, data, caption=step.text)
        return await sim.citizen_sends_document(wa_id, data, step.name or step.file, mime, caption=step.text)

    def _on_received(self, wa_id: str, received: Received) -> None:
        citizen = self.citizens.get(wa_id)
        if citizen is not None and received.choices:  # the opening's categories: they pick one
            self._background.spawn(self._pick_later(citizen, received))
            return
        if citizen is None or not citizen.answers or received.type == "template":
            return
        if received.type == "text" and any(p.fullmatch(received.text) for p in self._automatic):
            return  # an automatic message: citizens answer people
        self._background.spawn(self._answer_later(citizen, received, citizen.answers.pop(0)))

    async def _pick_later(self, citizen: DemoCitizen, received: Received) -> None:
        await asyncio.sleep(self.answer_delay / 2)
        choice = self._random.choice(received.choices)[0]
        citizen.sent.append(await self.sim.citizen_picks(citizen.wa_id, received, choice))

    async def _answer_later(self, citizen: DemoCitizen, received: Received, answer: str) -> None:
        await asyncio.sleep(self.answer_delay / 3)
        await self.sim.citizen_reads(citizen.wa_id, received)
        await asyncio.sleep(self.answer_delay * 2 / 3)
        if answer == REACT:
            await self.sim.citizen_reacts(citizen.wa_id, received.wamid, REACT)
        else:
            citizen.sent.append(await self.sim.citizen_sends_text(citizen.wa_id, answer))
