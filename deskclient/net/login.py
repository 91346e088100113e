"""Logging the service account in, step by step, with plain sentences for every failure.

Phone → code → (two-step password); or a QR code scanned from a phone already logged in;
or a bot token. Each step is a coroutine the login dialog awaits without blocking.
Telethon is imported where a step needs it, not with this module: the window builds its
login flow before its first paint, and the gateway (net/late_gateway.py) later.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import LoginError, PasswordNeeded

if TYPE_CHECKING:
    from .telethon_gateway import TelethonGateway

log = logging.getLogger("deskclient.net")

QR_SECONDS = 30.0


def _plain(exc: BaseException) -> LoginError:
    from telethon import errors
    if isinstance(exc, errors.PhoneCodeInvalidError):
        return LoginError("That code is not right. Check the code Telegram sent and try again.")
    if isinstance(exc, errors.PhoneCodeExpiredError):
        return LoginError("That code has expired. Ask for a new code.")
    if isinstance(exc, (errors.PhoneNumberInvalidError, errors.PhoneNumberUnoccupiedError)):
        return LoginError("Telegram does not know this phone number. Check it, with its country code.")
    if isinstance(exc, errors.PasswordHashInvalidError):
        return LoginError("Wrong password. Try again.")
    if isinstance(exc, errors.AccessTokenInvalidError):
        return LoginError("The bot token is not valid. Copy it again from @BotFather.")
    if isinstance(exc, errors.FloodWaitError):
        return LoginError("Telegram asks to wait {seconds} seconds before trying again.", seconds=exc.seconds)
    if isinstance(exc, (OSError, ConnectionError)):
        return LoginError("Cannot reach Telegram. Check the network and try again.")
    if isinstance(exc, errors.RPCError):
        return LoginError("Telegram refused the login ({code}).", code=exc.message)
    raise exc


class LoginFlow:
    def __init__(self, gateway: TelethonGateway) -> None:
        self.gateway = gateway
        self._phone: str | None = None
        self._qr = None

    @property
    def _client(self):
        if self.gateway.client is None or not self.gateway.client.is_connected():
            raise LoginError("Not connected to Telegram yet. Wait a moment and try again.")
        return self.gateway.client

    def _done(self, user) -> str:
        self.gateway.logged_in()
        log.info("logged in")
        return user.first_name or user.username or "account"

    async def send_code(self, phone: str) -> None:
        phone = phone.strip().replace(" ", "")
        try:
            await self._client.send_code_request(phone)
        except Exception as exc:  # mapped to a sentence, or re-raised if unexpected
            raise _plain(exc) from None
        self._phone = phone

    async def enter_code(self, code: str) -> str:
        """Returns the account's name; raises PasswordNeeded for two-step accounts."""
        from telethon import errors, functions
        if self._phone is None:
            raise LoginError("Ask for a code first.")
        try:
            user = await self._client.sign_in(self._phone, code.strip())
        except errors.SessionPasswordNeededError:
            hint = None
            try:
                hint = (await self._client(functions.account.GetPasswordRequest())).hint
            except errors.RPCError:
                pass
            raise PasswordNeeded(hint) from None
        except Exception as exc:
            raise _plain(exc) from None
        return self._done(user)

    async def enter_password(self, password: str) -> str:
        try:
            user = await self._client.sign_in(password=password)
        except Exception as exc:
            raise _plain(exc) from None
        return self._done(user)

    async def qr_url(self) -> str:
        """A `tg://login?token=…` URL to show as a QR code; call `qr_wait` next."""
        try:
            self._qr = await self._client.qr_login()
        except Exception as exc:
            raise _plain(exc) from None
        return self._qr.url

    async def qr_wait(self, timeout: float = QR_SECONDS) -> str:
        """Wait for the scan. Our own timeout: Telethon's default trusts this machine's
        clock against the token's expiry, and a skewed clock would fail at once."""
        from telethon import errors
        try:
            user = await self._qr.wait(timeout)
        except TimeoutError:
            raise LoginError("The QR code expired. Show a new one and scan it again.") from None
        except errors.SessionPasswordNeededError:
            raise PasswordNeeded(None) from None
        except Exception as exc:
            raise _plain(exc) from None
        return self._done(user)

    async def bot_token(self, token: str) -> str:
        try:
            user = await self._client.sign_in(bot_token=token.strip())
        except Exception as exc:
            raise _plain(exc) from None
        return self._done(user)

    async def log_out(self) -> None:
        try:
            await self._client.log_out()
        except Exception as exc:
            raise _plain(exc) from None
        await self.gateway.logged_out()
