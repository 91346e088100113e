"""The service account's Telegram login, for the login dialog; every login is audited."""

from __future__ import annotations

from ..net.login import LoginFlow
from ..store.records import AgentRecord
from ..store.repository import TicketStore
from .runner import StoreRunner


class AccountService:
    """Thin on purpose: LoginFlow does the talking; this records who logged in and how
    (never the phone number)."""

    def __init__(self, flow: LoginFlow, store: TicketStore, runner: StoreRunner, agent: AgentRecord) -> None:
        self._flow = flow
        self._store = store
        self._runner = runner
        self._agent = agent

    async def _audited(self, method: str, name: str) -> str:
        await self._runner.run(self._store.audit, "telegram_login", self._agent, f"by {method}")
        return name

    async def send_code(self, phone: str) -> None:
        await self._flow.send_code(phone)

    async def enter_code(self, code: str) -> str:
        return await self._audited("phone code", await self._flow.enter_code(code))

    async def enter_password(self, password: str) -> str:
        return await self._audited("phone code and password", await self._flow.enter_password(password))

    async def qr_url(self) -> str:
        return await self._flow.qr_url()

    async def qr_wait(self) -> str:
        return await self._audited("QR code", await self._flow.qr_wait())

    async def bot_token(self, token: str) -> str:
        return await self._audited("bot token", await self._flow.bot_token(token))

    async def log_out(self) -> None:
        await self._flow.log_out()
        await self._runner.run(self._store.audit, "telegram_logout", self._agent, "")
