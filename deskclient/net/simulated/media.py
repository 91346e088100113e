"""What citizens send besides text and plain files, as Telegram's own TL objects: a
link preview (with a photo or a document in it), a location, a venue, a shared contact,
a poll, a dice, a game, stickers (.webp, animated .tgs, video .webm), a GIF sent as an
animation, a round video note, a kind of media the client does not know, and service
messages (a pin, a screenshot notice, a call).

A mixin of SimulatedTelegram: it uses `self.documents`, `self._ids`, `self._message_ids`,
`self.accounts`, `self._now()` and `self._log_and_push()`. Files inside these (a
sticker, an animation, a preview's document) are registered like any document, so a
client can download them. `media_of_kind()` builds one by name, for the operator of a
simulator process (JSON arguments).
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from telethon.tl import types

from ...resources import sample_file
from .accounts import DC_ID

if TYPE_CHECKING:
    from .accounts import SimUser

# An animated or video sticker's file when a test gives none: the first bytes of gzip
# (Lottie) and of Matroska (WebM). A static one's is the sample's real WebP image.
MOVING_STICKER_HEADS = {"tgs": b"\x1f\x8b\x08\x00 lottie", "webm": b"\x1a\x45\xdf\xa3 webm"}


class CitizenMedia:
    """Builders of media and service messages; `user_sends(…, media=…)` sends the media."""

    # -- files inside media ------------------------------------------------------------

    def _document(self, data: bytes, mime: str, attributes: list) -> types.Document:
        doc_id = next(self._ids)
        document = types.Document(id=doc_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                                  date=self._now(), mime_type=mime, size=len(data), dc_id=DC_ID,
                                  attributes=attributes)
        self.documents[doc_id] = (document, data)
        return document

    def _photo(self, data: bytes) -> types.Photo:
        photo_id = next(self._ids)
        photo = types.Photo(id=photo_id, access_hash=secrets.randbits(63), file_reference=b"ref",
                            date=self._now(), dc_id=DC_ID,
                            sizes=[types.PhotoSize(type="x", w=640, h=480, size=len(data))])
        self.documents[photo_id] = (photo, data)
        return photo

    # -- media ---------------------------------------------------------------------------

    def web_page(self, url: str, title: str = "", photo: bytes | None = None,
                 document: tuple[bytes, str, str] | None = None) -> types.MessageMediaWebPage:
        """Telegram's preview of a link in the text: a picture, or a document such as a
        .docx (data, name, mime) the page points to."""
        doc = None
        if document is not None:
            data, name, mime = document
            doc = self._document(data, mime, [types.DocumentAttributeFilename(name)])
        page = types.WebPage(id=next(self._ids), url=url, display_url=url.split("://", 1)[-1], hash=0,
                             type="document" if doc else "article", site_name=url.split("/")[2],
                             title=title or None, photo=self._photo(photo) if photo else None, document=doc)
        return types.MessageMediaWebPage(webpage=page)

    def location(self, latitude: float, longitude: float, live_period: int = 0):
        point = types.GeoPoint(long=longitude, lat=latitude, access_hash=secrets.randbits(63))
        if live_period:
            return types.MessageMediaGeoLive(geo=point, period=live_period)
        return types.MessageMediaGeo(geo=point)

    def venue(self, latitude: float, longitude: float, title: str, address: str) -> types.MessageMediaVenue:
        point = types.GeoPoint(long=longitude, lat=latitude, access_hash=secrets.randbits(63))
        return types.MessageMediaVenue(geo=point, title=title, address=address, provider="foursquare",
                                       venue_id="4b5a", venue_type="")

    def contact(self, first_name: str, last_name: str = "", phone: str = "",
                user_id: int = 0) -> types.MessageMediaContact:
        vcard = f"BEGIN:VCARD\nVERSION:3.0\nFN:{first_name} {last_name}\nTEL:{phone}\nEND:VCARD"
        return types.MessageMediaContact(phone_number=phone, first_name=first_name, last_name=last_name,
                                         vcard=vcard, user_id=user_id)

    def poll(self, question: str, options: list[str], quiz: bool = False) -> types.MessageMediaPoll:
        answers = [types.PollAnswer(text=types.TextWithEntities(option, []), option=bytes([n]))
                   for n, option in enumerate(options)]
        poll = types.Poll(id=next(self._ids), question=types.TextWithEntities(question, []), answers=answers,
                          hash=0, quiz=quiz or None)
        return types.MessageMediaPoll(poll=poll, results=types.PollResults())

    def dice(self, emoji: str = "🎲", value: int = 1) -> types.MessageMediaDice:
        return types.MessageMediaDice(value=value, emoticon=emoji)

    def game(self, title: str, short_name: str = "game") -> types.MessageMediaGame:
        game = types.Game(id=next(self._ids), access_hash=secrets.randbits(63), short_name=short_name,
                          title=title, description="", photo=self._photo(b"\xff\xd8\xff game"))
        return types.MessageMediaGame(game=game)

    def sticker(self, emoji: str, form: str = "webp", data: bytes | None = None) -> types.MessageMediaDocument:
        """`form`: "webp" (static; by default the sample sticker's real WebP image), "tgs"
        (animated, Lottie) or "webm" (video)."""
        if data is None:
            data = sample_file("sticker.webp").read_bytes() if form == "webp" else MOVING_STICKER_HEADS[form]
        mime = {"webp": "image/webp", "tgs": "application/x-tgsticker", "webm": "video/webm"}[form]
        attributes = [types.DocumentAttributeSticker(alt=emoji, stickerset=types.InputStickerSetEmpty()),
                      types.DocumentAttributeFilename(f"sticker.{form}")]
        if form == "webp":
            attributes.append(types.DocumentAttributeImageSize(w=512, h=512))
        else:
            attributes.append(types.DocumentAttributeVideo(duration=3, w=512, h=512))
        return types.MessageMediaDocument(document=self._document(data, mime, attributes))

    def animation(self, data: bytes, name: str = "") -> types.MessageMediaDocument:
        """A GIF as Telegram sends it: MP4 video, flagged animated, often still named .gif."""
        attributes = [types.DocumentAttributeVideo(duration=2, w=320, h=240, nosound=True),
                      types.DocumentAttributeAnimated()]
        if name:
            attributes.append(types.DocumentAttributeFilename(name))
        return types.MessageMediaDocument(document=self._document(data, "video/mp4", attributes))

    def video_note(self, data: bytes) -> types.MessageMediaDocument:
        """A round video message: MP4, no file name."""
        attributes = [types.DocumentAttributeVideo(duration=5, w=384, h=384, round_message=True)]
        return types.MessageMediaDocument(document=self._document(data, "video/mp4", attributes),
                                          round=True, video=True)

    def unsupported(self) -> types.MessageMediaUnsupported:
        """A kind of media newer than the client's layer."""
        return types.MessageMediaUnsupported()

    def media_of_kind(self, kind: str, body: bytes = b"", **fields):
        """One of the builders above by name (`body` is a file's bytes), for the operator."""
        if kind == "web_page":
            document = fields.pop("document_name", None)
            mime = fields.pop("document_mime", "application/octet-stream")
            photo = body if fields.pop("with_photo", False) else None
            return self.web_page(document=(body, document, mime) if document else None, photo=photo, **fields)
        if kind in ("sticker", "animation", "video_note") and body:
            fields["data"] = body
        builders = {"location": self.location, "venue": self.venue, "contact": self.contact,
                    "poll": self.poll, "dice": self.dice, "game": self.game, "sticker": self.sticker,
                    "animation": self.animation, "video_note": self.video_note,
                    "unsupported": self.unsupported}
        return builders[kind](**fields)

    # -- service messages --------------------------------------------------------------

    def user_acts(self, user: "SimUser", account: "SimUser", action, reply_to: int | None = None,
                  push: bool = True) -> types.MessageService:
        """A service message in the private chat, as the citizen's doing: `action` is a
        MessageAction (MessageActionPinMessage with `reply_to` the pinned message,
        MessageActionScreenshotTaken, MessageActionPhoneCall, …)."""
        message = types.MessageService(
            id=next(self._message_ids), peer_id=types.PeerUser(user.id), date=self._now(), action=action,
            out=False, from_id=types.PeerUser(user.id),
            reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to) if reply_to else None)
        acct = self.accounts[account.id]
        acct.messages[message.id] = message
        self._log_and_push(acct, types.UpdateNewMessage(message, 0, 1), [user], [], push)
        return message

    @staticmethod
    def action_of_kind(kind: str, **fields):
        """A MessageAction by name, for the operator: "pin", "screenshot", "call" (with
        `missed` or `duration`), "history_clear", "other" (one the desk has no words for)."""
        if kind == "pin":
            return types.MessageActionPinMessage()
        if kind == "screenshot":
            return types.MessageActionScreenshotTaken()
        if kind == "call":
            reason = (types.PhoneCallDiscardReasonMissed() if fields.get("missed")
                      else types.PhoneCallDiscardReasonHangup())
            return types.MessageActionPhoneCall(call_id=secrets.randbits(62), reason=reason,
                                                duration=fields.get("duration"))
        if kind == "history_clear":
            return types.MessageActionHistoryClear()
        if kind == "other":
            return types.MessageActionSuggestBirthday(birthday=types.Birthday(day=1, month=3))
        raise ValueError(f"no such simulated action: {kind}")
