"""The citizen's side of the simulated Cloud API: what their phone sends the business
number, delivered to the desk as Meta's webhooks (entry[].changes[].value), signed.

Each method returns the message's wamid (for a later reply or reaction) once the
webhook was answered, and records the citizen's message as opening their 24-hour
window.
"""

from __future__ import annotations

import hashlib
import secrets


class CitizenSide:
    """Mixed into SimulatedCloudAPI (its clock, ids, media store, webhooks)."""

    def name_citizen(self, wa_id: str, name: str) -> None:
        """The profile name their WhatsApp shows the business."""
        self._names[wa_id] = name

    def _envelope(self, value: dict) -> dict:
        return {"object": "whatsapp_business_account", "entry": [{"id": self.business_account_id, "changes": [
            {"value": {"messaging_product": "whatsapp",
                       "metadata": {"display_phone_number": self.display_phone_number,
                                    "phone_number_id": self.phone_number_id}, **value},
             "field": "messages"}]}]}

    def citizen_message(self, wa_id: str, kind: str, content: dict | None, *, reply_to: str | None = None,
                        forwarded: bool = False, frequently_forwarded: bool = False) -> tuple[str, dict]:
        """A webhook payload for one citizen message, and its wamid (not delivered yet)."""
        wamid = "wamid." + secrets.token_urlsafe(24)
        message = {"from": wa_id, "id": wamid, "timestamp": str(int(self.clock.now().timestamp())), "type": kind}
        if content is not None:
            message[kind] = content
        context = {}
        if frequently_forwarded:
            context.update(forwarded=True, frequently_forwarded=True)
        elif forwarded:
            context["forwarded"] = True
        if reply_to:
            context.update({"from": self.display_phone_number, "id": reply_to})
        if context:
            message["context"] = context
        contact = {"profile": {"name": self._names.get(wa_id, f"Citizen {wa_id[-4:]}")}, "wa_id": wa_id}
        return wamid, self._envelope({"contacts": [contact], "messages": [message]})

    async def _citizen_sends(self, wa_id: str, kind: str, content: dict | None, **context) -> str:
        wamid, payload = self.citizen_message(wa_id, kind, content, **context)
        self._last_inbound[wa_id] = self.clock.now()
        await self.webhooks.deliver(payload)
        return wamid

    def _media_content(self, data: bytes, mime: str, name: str | None = None, **extra) -> dict:
        media_id = self.store_media(data, mime, name)
        return {"mime_type": mime, "sha256": hashlib.sha256(data).hexdigest(), "id": media_id, **extra}

    async def citizen_sends_text(self, wa_id: str, text: str, **context) -> str:
        """`context`: reply_to=<wamid>, forwarded=True or frequently_forwarded=True."""
        return await self._citizen_sends(wa_id, "text", {"body": text}, **context)

    async def citizen_sends_document(self, wa_id: str, data: bytes, filename: str, mime: str,
                                     caption: str = "", **context) -> str:
        extra = {"filename": filename, **({"caption": caption} if caption else {})}
        return await self._citizen_sends(wa_id, "document", self._media_content(data, mime, filename, **extra),
                                         **context)

    async def citizen_sends_image(self, wa_id: str, data: bytes, mime: str = "image/jpeg",
                                  caption: str = "", **context) -> str:
        extra = {"caption": caption} if caption else {}
        return await self._citizen_sends(wa_id, "image", self._media_content(data, mime, **extra), **context)

    async def citizen_sends_audio(self, wa_id: str, data: bytes, mime: str = "audio/ogg; codecs=opus",
                                  voice: bool = True) -> str:
        return await self._citizen_sends(wa_id, "audio", self._media_content(data, mime, voice=voice))

    async def citizen_sends_video(self, wa_id: str, data: bytes, caption: str = "") -> str:
        extra = {"caption": caption} if caption else {}
        return await self._citizen_sends(wa_id, "video", self._media_content(data, "video/mp4", **extra))

    async def citizen_sends_sticker(self, wa_id: str, data: bytes, animated: bool = False) -> str:
        return await self._citizen_sends(wa_id, "sticker", self._media_content(data, "image/webp", animated=animated))

    async def citizen_sends_location(self, wa_id: str, latitude: float, longitude: float,
                                     name: str = "", address: str = "") -> str:
        place = {"latitude": latitude, "longitude": longitude,
                 **({"name": name} if name else {}), **({"address": address} if address else {})}
        return await self._citizen_sends(wa_id, "location", place)

    async def citizen_sends_contact(self, wa_id: str, name: str, phone: str) -> str:
        first, _, last = name.partition(" ")
        card = {"name": {"formatted_name": name, "first_name": first, **({"last_name": last} if last else {})},
                "phones": [{"phone": phone, "type": "CELL"}]}
        wamid, payload = self.citizen_message(wa_id, "contacts", None)
        payload["entry"][0]["changes"][0]["value"]["messages"][0]["contacts"] = [card]
        self._last_inbound[wa_id] = self.clock.now()
        await self.webhooks.deliver(payload)
        return wamid

    async def citizen_reacts(self, wa_id: str, wamid: str, emoji: str) -> str:
        """A reaction to a message (theirs or the desk's); "" takes it away."""
        return await self._citizen_sends(wa_id, "reaction", {"message_id": wamid, "emoji": emoji})

    async def citizen_edits(self, wa_id: str, wamid: str, text: str) -> str:
        """The citizen changes the words of their earlier text message `wamid`."""
        return await self._citizen_sends(wa_id, "edit", {"original_message_id": wamid, "message": {
            "type": "text", "text": {"body": text}}})

    async def citizen_deletes(self, wa_id: str, wamid: str) -> str:
        """The citizen deletes their earlier message `wamid` for everyone."""
        return await self._citizen_sends(wa_id, "revoke", {"original_message_id": wamid})

    async def citizen_picks(self, wa_id: str, received, choice_id: str) -> str:
        """The citizen picks a row of a list (or a reply button) the desk sent them:
        WhatsApp's `interactive` reply, quoting the message that offered it."""
        row = next((c for c in received.choices if c[0] == choice_id), None)
        if row is None:
            raise ValueError("no such row or button in that message")
        reply_kind = "list_reply" if received.choices_button else "button_reply"
        chosen = {"id": row[0], "title": row[1], **({"description": row[2]} if row[2] else {})}
        return await self._citizen_sends(wa_id, "interactive", {"type": reply_kind, reply_kind: chosen},
                                         reply_to=received.wamid)

    async def citizen_reads(self, wa_id: str, received) -> None:
        """The citizen opened a message the desk sent them: its "read" status."""
        await self.deliver_status(wa_id, received, "read")

    async def deliver_status(self, wa_id: str, received, status: str, error: int | None = None) -> int:
        """A status webhook for a message the desk sent; the desk's first answer (0: no
        answer; Meta then retries)."""
        entry = {"id": received.wamid, "status": status, "timestamp": str(int(self.clock.now().timestamp())),
                 "recipient_id": wa_id}
        if received.callback_data is not None:
            entry["biz_opaque_callback_data"] = received.callback_data
        if error is not None:
            entry["errors"] = [{"code": error, "title": "Re-engagement message" if error == 131047 else "Failure",
                                "message": "Message failed to send", "error_data": {"details": "simulated"}}]
        return await self.webhooks.deliver(self._envelope({"statuses": [entry]}))
