"""What the agent may send a WhatsApp citizen now: free text inside the 24-hour window,
only an approved template outside it (domain/customer_window.py). The composer asks
here to say the window is closed (and since when) and to offer the templates; a reply
written anyway is refused here, before it is queued (the outbox would fail it)."""

from __future__ import annotations

from ..domain.channels import WHATSAPP
from ..domain.clock import Clock
from ..domain.customer_window import LIST_USES, CustomerWindow, customer_window, has_window
from ..errors import NotAllowed
from ..store.records import AgentRecord, TicketRow
from ..store.repository import TicketStore
from .runner import StoreRunner


class CustomerWindows:
    def __init__(self, store: TicketStore, runner: StoreRunner, clock: Clock, outbox) -> None:
        self.store = store
        self.runner = runner
        self.clock = clock
        self.outbox = outbox  # its `templates` are the configured ones ([whatsapp.templates])

    def window(self, ticket: TicketRow) -> CustomerWindow | None:
        """The ticket's citizen's window now; None on a channel without one (Telegram,
        read from the row: no query). Two short indexed reads: fine on the GUI thread."""
        if ticket.channel != WHATSAPP:
            return None
        account, last = self.store.ticket_channel(ticket.id)
        return customer_window(last, self.clock.now()) if has_window(account) else None

    def _choices(self) -> dict[str, str]:
        """{use: approved template's name}: this process's `[whatsapp.templates]`, or,
        on a team workstation without a WhatsApp config (docs/deploy.md 8), those the
        service sends with, as its node row publishes them. The service's outbox picks
        the template by the use, so the two agree. Reads the store: not the GUI thread."""
        if self.outbox.templates:
            return {use: choice.name for use, choice in self.outbox.templates.items()}
        return self.store.service_templates()

    def templates(self) -> list[str]:
        """The uses an agent may pick when the window is closed, as configured (the
        lists' own are the broadcast sender's). Reads the store (TicketPanel.read)."""
        return sorted(use for use in self._choices() if use not in LIST_USES)

    async def check_reply(self, ticket_id: int) -> None:
        """Raises NotAllowed when a free reply cannot reach the ticket's citizen."""
        account, last = await self.runner.run(self.store.ticket_channel, ticket_id)
        if has_window(account) and not customer_window(last, self.clock.now()).open:
            raise NotAllowed("More than 24 hours have passed since the citizen last wrote: on WhatsApp only "
                               "an approved template reaches them now.")

    async def send_template(self, ticket_id: int, use: str, agent: AgentRecord, text: str = "") -> int:
        """Queue the template configured for `use` (its "text" parameter: `text`); the
        thread shows it under the template's name."""
        name = (await self.runner.run(self._choices)).get(use)
        if name is None:
            raise NotAllowed("No approved template is configured for that.")
        message_id = await self.runner.run(self.store.add_reply, ticket_id, text or f"[{name}]", agent,
                                           notice=use)
        self.outbox.kick()
        return message_id
