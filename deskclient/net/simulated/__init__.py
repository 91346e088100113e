"""An in-process Telegram for tests and the demo, under the real TelegramClient."""

from .sender import SimulatedSender
from .server import SimFile, SimUser, SimulatedTelegram

__all__ = ["SimFile", "SimUser", "SimulatedSender", "SimulatedTelegram"]
