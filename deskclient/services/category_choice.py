"""A citizen's press of a category button under a bot account's opening message (issue
14 item 5; the question and its answers: domain/category_choice.py, the records:
store/citizen_choices.py). A numbered answer from a user account's citizen is filed with
the message itself, in the store's ingest.
"""

from __future__ import annotations

from ..domain.messages import ButtonPress
from ..domain.rules import DeskRules
from ..store.repository import TicketStore
from .runner import StoreRunner


async def answer_button(store: TicketStore, runner: StoreRunner, rules: DeskRules,
                        press: ButtonPress) -> str | None:
    """File the citizen's ticket under the category the button names, if its question is
    still open; the short answer the citizen sees (None: a button not ours, or a ticket
    no longer active)."""
    question = rules.category_question
    category = question.button(press.data) if question is not None else None
    if category is None:
        return None
    language, chosen = await runner.run(store.citizen_pressed_category, press.account,
                                        press.citizen_address, press.channel_message_id, category)
    if language is None:
        return None
    return question.chosen(category, language) if chosen else question.already(language)
