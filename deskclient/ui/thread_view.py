"""A ticket's thread as chat bubbles: citizen left, agent right, automatic messages in the
middle, internal notes in yellow and labelled. Links inside a bubble (the reply quote,
a failed delivery, an attachment, an edited mark) are anchors the view turns into signals.
The bubbles' own words are in the window's language (context "ThreadView").

What a citizen sent besides text (a location, a contact, a sticker, …) is filed as a
readable form in the text (domain/message_content.py): a bubble draws a static
sticker's image when its WebP was kept and can be read (else its emoji large), and
turns the desk's own map links (coordinates into an OpenStreetMap address the desk
builds) into a link the view opens in the browser. A web address written in a
message (http://, https://, www.) is a link too, shown exactly as written (no hidden
target), opened in the browser; no other scheme is.

A bubble's words can be selected and copied (bubble_selection.py); its context menu
(message_menu.py) copies, quotes, edits or deletes.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, QUrl, Signal,
)
from PySide6.QtGui import (
    QDesktopServices, QGuiApplication, QImage, QPainter, QPainterPath, QPalette, QPen, QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..domain.files import FileKind
from ..domain.message_content import MAP_LINK, map_link
from ..store.records import AttachmentRow, MessageRow
from .formats import day, short_moment
from .labels import file_kind, file_refusal
from .sentences import reason_text
from .previews import PreviewUnavailable, format_size
from .previews.image import read_thumbnail
from .palette_colours import BubbleColours, bubble_colours
from .bubble_selection import paint_text
from .thread_model import MessageRole, delivery_shown

THUMB_SIDE = 160
MARGIN = 8
PAD = 8
MAX_SHARE = 0.72  # of the viewport width
STICKER = FileKind.STICKER.value
DOC_CACHE = 3000  # laid-out bubbles kept; a window of the thread is a few hundred

DELIVERY = {"queued": QT_TRANSLATE_NOOP("ThreadView", "queued"),
            "sent": QT_TRANSLATE_NOOP("ThreadView", "✓ sent"),
            "failed": QT_TRANSLATE_NOOP("ThreadView", "✗ not sent"),  # followed by a "retry" link
            "delivered": QT_TRANSLATE_NOOP("ThreadView", "✓✓ delivered"),  # on the citizen's phone (WhatsApp)
            "seen": QT_TRANSLATE_NOOP("ThreadView", "✓✓ seen")}  # sent, and read by the citizen
# A change of a sent message a workstation without a session queued for the service.
PENDING = {"edit": QT_TRANSLATE_NOOP("ThreadView", "edit pending"),
           "delete": QT_TRANSLATE_NOOP("ThreadView", "deletion pending")}


def bubble_html(message: MessageRow, citizen: str, tz: tzinfo, media=None) -> str:
    """The bubble's content as rich text with anchors: quote:, retry:, edit:, file:, history:
    (and play: for a voice note, with `media`, bubble_media.InlineMedia)."""
    e = html.escape
    who = {"in": citizen, "out": message.author_login or QCoreApplication.translate("ThreadView", "agent"),
           "system": QCoreApplication.translate("ThreadView", "Automatic message"),
           "note": QCoreApplication.translate("ThreadView", "Internal note · {0}").format(
               message.author_login or ""),
           }[message.kind]
    parts = [f"<div class='meta' style='font-size:small'><b>{e(who)}</b> · "
             f"{e(short_moment(message.created_at, tz))}</div>"]
    if message.forward_from:
        when = f" · {e(day(message.forward_date, tz))}" if message.forward_date else ""
        forwarded = e(QCoreApplication.translate("ThreadView", "Forwarded from {0}")).format(
            e(reason_text(message.forward_from)))  # WhatsApp's unnamed origin translated
        parts.append(f"<div class='accent' style='font-style:italic'>{forwarded}{when}</div>")
    if message.reply_quote or message.reply_to_channel_message_id:
        quoted = MAP_LINK.sub("🗺️", message.reply_quote or "")  # a quoted location: no long URL
        quote = e((quoted or QCoreApplication.translate("ThreadView", "an earlier message"))[:160])
        parts.append(f"<table cellspacing=0 cellpadding=2><tr><td class='bar'></td>"
                     f"<td><a href='quote:{message.reply_to_channel_message_id or 0}' "
                     f"class='meta' style='text-decoration:none'>{quote}</a></td></tr></table>")
    if message.text:
        drawn = next((a for a in message.attachments if a.kind == STICKER and a.kept), None)
        parts.append(_text_html(message.text, drawn))
    for attachment in message.attachments:
        if attachment.kind != STICKER:  # a sticker's image is drawn with its emoji, or not at all
            parts.append(_attachment_html(attachment, media))
    tags = []
    if message.edited_at:
        edited = e(QCoreApplication.translate("ThreadView", "edited"))
        tags.append(f"<a href='history:{message.id}' class='meta'>{edited}</a>")
    if message.deleted_at:
        tags.append(e(QCoreApplication.translate("ThreadView", "deleted") if message.kind == "out"
                      else QCoreApplication.translate("ThreadView", "deleted by the citizen")))
    if message.delivery:
        tags.append(e(QCoreApplication.translate("ThreadView", DELIVERY[delivery_shown(message)])))
        if message.delivery == "failed":
            retry = e(QCoreApplication.translate("ThreadView", "retry"))
            change = e(QCoreApplication.translate("ThreadView", "edit and send"))
            tags[-1] += f" — <a href='retry:{message.id}'>{retry}</a> · <a href='edit:{message.id}'>{change}</a>"
    if message.sent_as_template and message.delivery == "sent":  # outside WhatsApp's 24-hour window
        tags.append(e(QCoreApplication.translate("ThreadView", "as the approved template {0}").format(
            message.sent_as_template)))
    if message.pending_change in PENDING:  # the service has not made it on Telegram yet
        tags.append(e(QCoreApplication.translate("ThreadView", PENDING[message.pending_change])))
    if message.delivery == "failed" and message.failure:  # why Telegram (or the outbox) gave up
        reason = e(QCoreApplication.translate("ThreadView", "Reason: {0}")).format(e(reason_text(message.failure)))
        parts.append(f"<div class='error' style='font-size:small'>{reason}</div>")
    elif message.failure and message.kind == "out":  # a sent message's change Telegram refused for good
        parts.append(f"<div class='error' style='font-size:small'>{e(refused_change(message))}</div>")
    if tags:
        parts.append(f"<div class='meta' style='font-size:small' align=right>{' · '.join(tags)}</div>")
    return "".join(parts)


def refused_change(message: MessageRow) -> str:
    """Why the citizen still sees a sent message as it was (store/sent_changes.py records
    "The edit did not reach the citizen: <reason>"; the reason is Telegram's)."""
    reason = reason_text(message.failure.partition(": ")[2] or message.failure)
    if message.deleted_at:
        return QCoreApplication.translate("ThreadView", "The deletion did not reach the citizen: {0}").format(reason)
    return QCoreApplication.translate("ThreadView", "The edit did not reach the citizen: {0}").format(reason)


_STICKER = re.compile(r"(?P<emoji>\S{1,8}) \((?P<kind>(?:animated |video )?sticker)\)")


def _text_html(text: str, drawn: AttachmentRow | None = None) -> str:
    """A message's text as rich text: a sticker as its image (`drawn`, its kept WebP) or
    its emoji large, the desk's map links as "map:<lat>,<lon>" anchors, everything else
    escaped as it is."""
    e = html.escape
    sticker = _STICKER.fullmatch(text)
    if sticker and drawn is not None:
        return (f"<div><img src='thumb:{drawn.id}'><br><span class='meta' style='font-size:small'>"
                f"{e(sticker['emoji'])} {e(sticker['kind'])}</span></div>")
    if sticker:
        return (f"<div><span style='font-size:xx-large'>{e(sticker['emoji'])}</span><br>"
                f"<span class='meta' style='font-size:small'>{e(sticker['kind'])}</span></div>")
    out, at = [], 0
    for found in MAP_LINK.finditer(text):
        out.append(_linked(text[at:found.start()]))
        out.append(f"<a href='map:{found[1]},{found[2]}'>🗺️ openstreetmap.org</a>")
        at = found.end()
    out.append(_linked(text[at:]))
    return f"<div>{''.join(out).replace(chr(10), '<br>')}</div>"


# A web address as people write it: up to a space or an angle bracket, without the
# punctuation that ends a sentence after it.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'»”"


def _linked(text: str) -> str:
    """Escaped text whose web addresses are anchors to themselves."""
    e = html.escape
    out, at = [], 0
    for found in WEB_ADDRESS.finditer(text):
        address = found[0].rstrip(_TRAILING)
        if address.count("(") > address.count(")") and found[0][len(address):].startswith(")"):
            address += ")"  # a Wikipedia-style address keeps its closing bracket
        end = found.start() + len(address)
        target = address if "://" in address else f"https://{address}"
        out.append(e(text[at:found.start()]))
        out.append(f"<a href='{e(target)}'>{e(address)}</a>")
        at = end
    out.append(e(text[at:]))
    return "".join(out)


def web_url(anchor: str) -> QUrl | None:
    """The address of an anchor that is a web link (http or https only), else None."""
    url = QUrl(anchor)
    return url if url.scheme().lower() in ("http", "https") and url.host() else None


def map_url(anchor: str) -> QUrl:
    """The OpenStreetMap page of a "map:<lat>,<lon>" anchor, rebuilt from the numbers."""
    latitude, _, longitude = anchor.removeprefix("map:").partition(",")
    return QUrl(map_link(float(latitude), float(longitude)))


def _attachment_html(attachment: AttachmentRow, media=None) -> str:
    e = html.escape
    if attachment.state == "arriving":  # filed first, the file is fetched afterwards
        arriving = e(QCoreApplication.translate("ThreadView", "{0} · arriving…")).format(e(attachment.file_name))
        return f"<div class='meta'>{e(file_kind(attachment.kind))} · {arriving}</div>"
    if attachment.state == "failed":
        failed = e(QCoreApplication.translate("ThreadView", "{0}: the file could not be downloaded")).format(
            e(attachment.file_name))
        return f"<div class='error'>{failed}</div>"
    if not attachment.kept:
        refused = e(QCoreApplication.translate("ThreadView", "Refused file: {0} ({1})")).format(
            e(attachment.file_name), e(file_refusal(attachment.refusal or "")))
        return f"<div class='error'>{refused}</div>"
    if media is not None and attachment.kind in ("audio", "video"):  # played in the bubble, a frame
        return media.html(attachment)
    label = f"{e(attachment.file_name)} · {format_size(attachment.size)}"
    if attachment.kind == "image":
        return (f"<div><a href='file:{attachment.id}'><img src='thumb:{attachment.id}'></a><br>"
                f"<a href='file:{attachment.id}'>{label}</a></div>")
    return f"<div>{e(file_kind(attachment.kind))} · <a href='file:{attachment.id}'>{label}</a></div>"


class BubbleDelegate(QStyledItemDelegate):
    """Lays each message out once per width (cached) and paints it as a bubble.

    Signals: thumbnailWanted(attachment id, message id) — an image's file is not on this
    workstation yet (team mode): fetch it, then `clear_cache(message id)`; or call
    `thumbnail_unavailable` if it cannot be had."""

    thumbnailWanted = Signal(int, int)

    def __init__(self, cached_file: Callable[[AttachmentRow], Path | None], tz: tzinfo, citizen_name,
                 parent=None) -> None:
        super().__init__(parent)
        self._cached_file = cached_file  # the local copy of a kept file, or None
        self.tz = tz
        self._citizen_name = citizen_name  # callable: the model knows the ticket's citizen
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()  # least recently used first
        self._thumbs: dict[int, QImage] = {}
        self._undrawable: set[int] = set()  # attachments whose image could not be read or fetched
        self.selection = None  # (message id, start, end) the agent selected (bubble_selection.py)
        self.media = None  # bubble_media.InlineMedia: voice notes played here, videos' frames
        self.follow(QGuiApplication.palette(), QGuiApplication.font())

    def follow(self, palette: QPalette, font) -> None:
        """Paint with the view's palette and font (a high-contrast theme, the agent's own
        font size): laid-out bubbles are made again."""
        self.colours: BubbleColours = bubble_colours(palette)
        self.font = font
        self._css = (f".meta {{ color: {self.colours.meta}; }} .accent {{ color: {self.colours.accent}; }} "
                     f".error {{ color: {self.colours.error}; }} td.bar {{ background-color: {self.colours.accent}; }}")
        self.clear_cache()

    def clear_cache(self, message_id: int | None = None) -> None:
        if message_id is None:
            self._docs.clear()
        else:
            for key in [k for k in self._docs if k[0] == message_id]:
                del self._docs[key]

    def _thumbnail(self, attachment: AttachmentRow, message_id: int) -> QImage:
        if attachment.id not in self._thumbs:
            path = self._cached_file(attachment)
            if path is None:
                self.thumbnailWanted.emit(attachment.id, message_id)
                return _grey_box()  # until it is fetched
            try:
                image = read_thumbnail(path, THUMB_SIDE)
            except (PreviewUnavailable, OSError):
                image = _grey_box()
                self._undrawable.add(attachment.id)
            self._thumbs[attachment.id] = image
        return self._thumbs[attachment.id]

    def thumbnail_unavailable(self, attachment_id: int) -> None:
        self._thumbs[attachment_id] = _grey_box()
        self._undrawable.add(attachment_id)

    def _drawable(self, message: MessageRow) -> MessageRow:
        """The message without a sticker's image that cannot be drawn: its emoji stands
        alone rather than a grey box (an image that cannot be read keeps its box)."""
        kept = tuple(a for a in message.attachments if not (a.kind == STICKER and a.id in self._undrawable))
        return message if len(kept) == len(message.attachments) else replace(message, attachments=kept)

    def document(self, message: MessageRow, width: int) -> QTextDocument:
        # What can change in a stored message: its text (edited), deletion, delivery, a change pending,
        # seen; and what its voice note or video shows (playing, a frame taken).
        key = (message.id, width, message.edited_at, message.deleted_at, message.delivery,
               message.failure, message.pending_change, message.reply_quote, tuple((a.id, a.state, a.kept) for a in message.attachments),
               delivery_shown(message), message.sent_as_template, self.media.key(message) if self.media is not None else None)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
        else:
            while len(self._docs) >= DOC_CACHE:
                self._docs.popitem(last=False)
            doc = QTextDocument()
            doc.setDocumentMargin(PAD)
            doc.setDefaultFont(self.font)
            doc.setDefaultStyleSheet(self._css)  # the classes bubble_html uses, in the palette's colours
            for attachment in message.attachments:
                if attachment.kept and attachment.kind in ("image", STICKER):
                    doc.addResource(QTextDocument.ResourceType.ImageResource,
                                    QUrl(f"thumb:{attachment.id}"), self._thumbnail(attachment, message.id))
                elif attachment.kept and self.media is not None:
                    for url, image in self.media.resources(attachment, message.id):
                        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            doc.setHtml(bubble_html(self._drawable(message), self._citizen_name(), self.tz, self.media))
            doc.setTextWidth(width)
            doc.setTextWidth(min(width, doc.idealWidth() + 1))
            self._docs[key] = doc
        return doc

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        return max(160, int((option.rect.width() or 600) * MAX_SHARE))

    def bubble_rect(self, option: QStyleOptionViewItem, message: MessageRow) -> QRectF:
        doc = self.document(message, self._bubble_width(option))
        size = doc.size()
        rect = option.rect
        if message.kind == "out":
            left = rect.right() - MARGIN - size.width()
        elif message.kind == "system":
            left = rect.left() + (rect.width() - size.width()) / 2
        else:
            left = rect.left() + MARGIN
        return QRectF(left, rect.top() + MARGIN / 2, size.width(), size.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        message = index.data(MessageRole.ROW)
        if message is None:
            return QSize(0, 0)
        doc = self.document(message, self._bubble_width(option))
        return QSize(option.rect.width(), int(doc.size().height()) + MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        message = index.data(MessageRole.ROW)
        if message is None:
            return
        bubble = self.bubble_rect(option, message)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(bubble, 8, 8)
        painter.fillPath(path, self.colours.fill[message.kind])
        # The target of a quote jump, or the bubble the keyboard is on: in the highlight colour.
        marked = index.data(MessageRole.HIGHLIGHT) or option.state & QStyle.StateFlag.State_HasFocus
        painter.setPen(QPen(self.colours.highlight, 2.5) if marked else self.colours.border[message.kind])
        painter.drawPath(path)
        painter.translate(bubble.topLeft())
        paint_text(painter, self.document(message, self._bubble_width(option)), self.selection, message.id)
        painter.restore()

    def anchor_at(self, option: QStyleOptionViewItem, message: MessageRow, pos) -> str:
        point = QPointF(pos)
        bubble = self.bubble_rect(option, message)
        if not bubble.contains(point):
            return ""
        doc = self.document(message, self._bubble_width(option))
        return doc.documentLayout().anchorAt(point - bubble.topLeft())


def _grey_box() -> QImage:
    image = QImage(THUMB_SIDE, THUMB_SIDE // 2, QImage.Format.Format_RGB32)
    image.fill(QGuiApplication.palette().color(QPalette.ColorRole.Mid))  # a placeholder in the theme's grey
    return image


class ThreadView(QListView):
    """Signals: linkActivated(str) — "quote:<telegram id>", "retry:<message id>", "edit:<message id>",
    "file:<attachment id>", "history:<message id>"; nearTop() when scrolled to the top.
    A "map:<lat>,<lon>" link, and a web address in a message, open in the browser here
    (`open_url`, replaceable in tests), and are not emitted."""

    linkActivated = Signal(str)
    nearTop = Signal()

    def __init__(self, delegate: BubbleDelegate, parent=None) -> None:
        super().__init__(parent)
        self.bubbles = delegate
        self.setItemDelegate(delegate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Conversation"))
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # the bubbles stand out on it
        delegate.follow(self.palette(), self.font())
        self.verticalScrollBar().valueChanged.connect(lambda v: v == 0 and self.nearTop.emit())
        self.open_url = QDesktopServices.openUrl

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """A theme (high contrast) or font size changed on the desktop: bubbles follow."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.bubbles.follow(self.palette(), self.font())
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.bubbles.clear_cache()  # bubbles follow the viewport's width
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def _anchor(self, pos) -> str:
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        option = QStyleOptionViewItem()
        option.rect = self.visualRect(index)
        return self.bubbles.anchor_at(option, index.data(MessageRole.ROW), pos)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        anchor = self._anchor(event.position().toPoint())
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if anchor else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            anchor = self._anchor(event.position().toPoint())
            if anchor.startswith("map:"):
                self.open_url(map_url(anchor))
                return
            if web_url(anchor) is not None:
                self.open_url(web_url(anchor))
                return
            if anchor:
                self.linkActivated.emit(anchor)
                return
        super().mouseReleaseEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            anchor = self._anchor(event.pos())
            if anchor.startswith("history:"):
                self.setToolTip(self.tr("Click to see the earlier text"))
            elif anchor.startswith("map:"):
                self.setToolTip(map_url(anchor).toString())
            elif web_url(anchor) is not None:
                self.setToolTip(web_url(anchor).toString())
            else:
                self.setToolTip("")
        return super().viewportEvent(event)
