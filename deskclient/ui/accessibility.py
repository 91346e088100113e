"""What a screen reader is told, and fonts that follow the agent's own size: EN 301 549,
which a public body's software for its staff must meet.

The thread's bubbles are painted, not widgets: Qt's accessibility for item views reads
each row's Qt.AccessibleTextRole as its name and Qt.AccessibleDescriptionRole as its
description (QAccessibleTableCell), so ThreadModel answers those with `spoken_message`
(who, when, the words, the files, what became of it) and `message_state` (the delivery
and changes alone). Sentences, not glyphs: "✓" or "┃" read aloud are noise.

Sizes are relative to the application's font (which the desktop sets from the agent's
settings): `scaled_font` for a heading, never a pixel size in a style sheet.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from ..store.records import AttachmentRow, MessageRow
from .formats import short_moment
from .labels import file_kind, file_refusal
from .previews import format_size
from .sentences import reason_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def author(message: MessageRow, citizen_name: str) -> str:
    if message.kind == "in":
        return citizen_name
    if message.kind == "out":
        return message.author_login or translate("Accessibility", "agent")
    if message.kind == "system":
        return translate("Accessibility", "automatic message")
    return translate("Accessibility", "internal note by {0}").format(message.author_login or "")


def _attachment(attachment: AttachmentRow) -> str:
    if attachment.state == "arriving":
        return translate("Accessibility", "Attached: {0} (arriving…)").format(attachment.file_name)
    if attachment.state == "failed":
        return translate("Accessibility", "{0}: the file could not be downloaded").format(attachment.file_name)
    if not attachment.kept:
        return translate("Accessibility", "Refused file: {0} ({1})").format(
            attachment.file_name, file_refusal(attachment.refusal or ""))
    return translate("Accessibility", "Attached: {0}").format(
        f"{file_kind(attachment.kind)} {attachment.file_name}, {format_size(attachment.size)}")


def message_state(message: MessageRow) -> str:
    """What became of a message, in words: sent, queued, not sent and why, edited,
    deleted, a change waiting for the service ("" for a citizen's plain message)."""
    tags = []
    if message.delivery == "sent":
        # seen: the citizen read it
        tags.append(translate("Accessibility", "seen") if message.seen else
                    translate("Accessibility", "delivered") if message.delivered else translate("Accessibility", "sent"))
        if message.sent_as_template:  # outside WhatsApp's 24-hour window
            tags.append(translate("Accessibility", "as the approved template {0}").format(message.sent_as_template))
    elif message.delivery == "queued":
        tags.append(translate("Accessibility", "queued"))
    elif message.delivery == "failed":
        tags.append(translate("Accessibility", "not sent"))
        if message.failure:
            tags.append(translate("Accessibility", "Reason: {0}").format(reason_text(message.failure)))
    if message.edited_at:
        tags.append(translate("Accessibility", "edited"))
    if message.deleted_at:
        tags.append(translate("Accessibility", "deleted") if message.kind == "out"
                    else translate("Accessibility", "deleted by the citizen"))
    if message.pending_change == "edit":
        tags.append(translate("Accessibility", "edit pending"))
    elif message.pending_change == "delete":
        tags.append(translate("Accessibility", "deletion pending"))
    if message.failure and message.delivery != "failed" and message.kind == "out":
        reason = reason_text(message.failure.partition(": ")[2] or message.failure)
        tags.append((translate("Accessibility", "The deletion did not reach the citizen: {0}") if message.deleted_at
                     else translate("Accessibility", "The edit did not reach the citizen: {0}")).format(reason))
    return ", ".join(tags)


def spoken_message(message: MessageRow, citizen_name: str, tz: tzinfo) -> str:
    """One bubble as a screen reader says it: "Marta Puig, 23/11 10:02: Bon dia. Attached:
    PDF certificat.pdf, 12 KB. sent"."""
    parts = [f"{author(message, citizen_name)}, {short_moment(message.created_at, tz)}:"]
    if message.forward_from:
        parts.append(translate("Accessibility", "Forwarded from {0}").format(reason_text(message.forward_from)) + ".")
    if message.reply_quote or message.reply_to_channel_message_id:
        quote = message.reply_quote or translate("Accessibility", "an earlier message")
        parts.append(translate("Accessibility", "Quoting: {0}").format(quote[:160]) + ".")
    if message.text:
        parts.append(message.text)
    parts += [_attachment(a) + "." for a in message.attachments]
    state = message_state(message)
    if state:
        parts.append(state)
    return " ".join(parts)


def scaled_font(base: QFont, factor: float = 1.0, bold: bool = False) -> QFont:
    """`base` (the widget's font, which follows the desktop's) scaled by `factor`, in
    points or in pixels, whichever the base is given in."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold or font.bold())
    return font
