"""The one place where service events become Qt signals (a problem's sentence in the
window's language)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services.broadcasts import BroadcastProgressed, SubscribersChanged
from ..services.events import (
    ConnectionChanged, EventBus, Problem, ProblemCleared, PurgeProgressed, SendingPaused, StoreChanged,
)
from ..store.records import TYPING, TYPING_STOPPED
from .sentences import reason_text


class EventBridge(QObject):
    """Signals: storeChanged(Change), connectionChanged(str), sendingPaused(int), problem(str),
    lastingProblem(str) (stays until problemCleared(str)), purgeProgressed(stage, done, total),
    broadcastProgressed(broadcast_id, state, BroadcastFigures), subscribersChanged(),
    citizenTyping(ticket_id, typing) (the citizen of that ticket types or stopped: a store
    announcement, but nothing stored changed, so not a storeChanged)."""

    storeChanged = Signal(object)
    connectionChanged = Signal(str)
    sendingPaused = Signal(int)
    problem = Signal(str)
    lastingProblem = Signal(str)
    problemCleared = Signal(str)
    purgeProgressed = Signal(str, int, int)
    broadcastProgressed = Signal(int, str, object)
    subscribersChanged = Signal()
    citizenTyping = Signal(int, bool)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus.subscribe(self._on_event)

    def _on_event(self, event) -> None:
        if isinstance(event, StoreChanged) and event.change.kind in (TYPING, TYPING_STOPPED):
            self.citizenTyping.emit(event.change.ticket_id, event.change.kind == TYPING)
        elif isinstance(event, StoreChanged):
            self.storeChanged.emit(event.change)
        elif isinstance(event, ConnectionChanged):
            self.connectionChanged.emit(event.state.value)
        elif isinstance(event, SendingPaused):
            self.sendingPaused.emit(event.seconds)
        elif isinstance(event, Problem):
            (self.lastingProblem if event.lasting else self.problem).emit(reason_text(event.text))
        elif isinstance(event, ProblemCleared):
            self.problemCleared.emit(reason_text(event.text))
        elif isinstance(event, PurgeProgressed):
            self.purgeProgressed.emit(event.stage, event.done, event.total)
        elif isinstance(event, BroadcastProgressed):
            self.broadcastProgressed.emit(event.broadcast_id, event.state, event.figures)
        elif isinstance(event, SubscribersChanged):
            self.subscribersChanged.emit()
