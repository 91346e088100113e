"""A forwarded WhatsApp message: WhatsApp never names where it came from, so the desk
says "another chat" — in the window's language, on the bubble, in the copied text and
to a screen reader (the records keep the English, as they keep other reasons)."""

from __future__ import annotations

import pytest

from deskclient.net.whatsapp.inbound import inbound_message
from deskclient.ui.accessibility import spoken_message
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.thread_model import describe
from deskclient.ui.thread_view import bubble_html
from tests.conftest import MADRID

pytestmark = pytest.mark.gui

ACCOUNT = "whatsapp:106540352242922"


def forwarded(clock, wamid: str, **context) -> dict:
    return {"from": "34611222333", "id": wamid, "timestamp": str(int(clock.now().timestamp())),
            "type": "text", "text": {"body": "Pagament pendent: 45,00 €"}, "context": context}


@pytest.mark.parametrize(("language", "forward", "origin"), [
    ("es", {"forwarded": True}, "otro chat"),
    ("fr", {"forwarded": True}, "une autre discussion"),
    ("it", {"forwarded": True, "frequently_forwarded": True}, "un'altra chat (inoltrato molte volte)"),
])
def test_the_unnamed_origin_in_the_windows_language(qapp, store, rules, clock, language, forward, origin):
    value = {"contacts": [{"wa_id": "34611222333", "profile": {"name": "Marta"}}]}
    filed = store.ingest(inbound_message(ACCOUNT, value, forwarded(clock, "wamid.F1", **forward)), rules)
    [message] = [m for m in store.thread(filed.ticket_id) if m.kind == "in"]
    assert message.forward_from.startswith("another chat")  # the records keep the English
    installed = install_translators(qapp, language)
    try:
        bubble = bubble_html(message, "Marta", MADRID)
        copied = describe(message, "Marta", MADRID)
        spoken = spoken_message(message, "Marta", MADRID)
    finally:
        uninstall_translators(qapp, installed)
    for shown in (bubble, copied, spoken):
        assert origin in shown.replace("&#x27;", "'"), shown
        assert "another chat" not in shown
