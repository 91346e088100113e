"""A sent message's edit or deletion made on a workstation without a session waits for the
service: its bubble says "edit pending" or "deletion pending" until Telegram has it, and
a change Telegram refused for good says why the citizen still sees the message as it was."""

from __future__ import annotations

import pytest

from deskclient.domain.tickets import Role
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.thread_view import bubble_html
from tests.conftest import MADRID
from tests.factories import citizen, inbound


def sent_reply(store, rules, clock, text: str, channel_message_id: int) -> tuple[int, object]:
    anna = store.ensure_agent("anna", "Anna", Role.AGENT)
    ticket_id = store.ingest(inbound(citizen(), clock.now()), rules).ticket_id
    reply_id = store.add_reply(ticket_id, text, anna)
    store.mark_sent(reply_id, channel_message_id, clock.now())
    return reply_id, anna


def bubble(store, message_id: int) -> str:
    return bubble_html(store.message(message_id), "Marta", MADRID)


def test_a_pending_edit_then_done(store, rules, clock):
    reply_id, anna = sent_reply(store, rules, clock, "Primera versió", 9001)
    assert "pending" not in bubble(store, reply_id)
    store.queue_own_edit(reply_id, "Segona versió", anna)
    assert store.message(reply_id).pending_change == "edit"
    html = bubble(store, reply_id)
    assert "Segona versió" in html and "edit pending" in html and "✓ sent" in html
    [change] = store.pending_sent_changes(clock.now())
    store.sent_change_done(change)
    assert "pending" not in bubble(store, reply_id)


def test_a_pending_deletion_then_refused_for_good(store, rules, clock):
    reply_id, anna = sent_reply(store, rules, clock, "Una resposta", 9002)
    store.queue_own_deletion(reply_id, anna)
    html = bubble(store, reply_id)
    assert "deletion pending" in html and "deleted" in html
    [change] = store.pending_sent_changes(clock.now())
    store.sent_change_refused(change, "MESSAGE_DELETE_FORBIDDEN", None)
    html = bubble(store, reply_id)
    assert "pending" not in html
    assert "The deletion did not reach the citizen: MESSAGE_DELETE_FORBIDDEN" in html
    assert "Reason:" not in html and "retry" not in html  # it was delivered: nothing to send again


def test_a_refused_edit_says_why(store, rules, clock):
    reply_id, anna = sent_reply(store, rules, clock, "Primera versió", 9003)
    store.queue_own_edit(reply_id, "Segona versió", anna)
    [change] = store.pending_sent_changes(clock.now())
    store.sent_change_refused(change, "Telegram does not know this citizen for the service account", None)
    assert ("The edit did not reach the citizen: Telegram does not know this citizen for the service account"
            in bubble(store, reply_id))


@pytest.mark.gui
@pytest.mark.parametrize("language, pending, refused", [
    ("ca", "edició pendent", "La modificació no ha arribat a la persona: X"),
    ("es", "edición pendiente", "La modificación no ha llegado al ciudadano: X"),
])
def test_in_the_windows_language(qapp, store, rules, clock, language, pending, refused):
    reply_id, anna = sent_reply(store, rules, clock, "Primera versió", 9004)
    store.queue_own_edit(reply_id, "Segona versió", anna)
    installed = install_translators(qapp, language)
    try:
        assert pending in bubble(store, reply_id)
        [change] = store.pending_sent_changes(clock.now())
        store.sent_change_refused(change, "X", None)
        assert refused in bubble(store, reply_id)
    finally:
        uninstall_translators(qapp, installed)
