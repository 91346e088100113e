"""A Telegram for tests and the demo, under the real TelegramClient: in-process
(SimulatedSender) or in its own process on a unix socket (RemoteSender)."""

from .operator import SimulatorError, SimulatorOperator, prepare_session, start_simulator
from .remote import RemoteSender
from .sender import SimulatedSender
from .server import SimFile, SimUser, SimulatedTelegram

__all__ = ["RemoteSender", "SimFile", "SimUser", "SimulatedSender", "SimulatedTelegram",
           "SimulatorError", "SimulatorOperator", "prepare_session", "start_simulator"]
