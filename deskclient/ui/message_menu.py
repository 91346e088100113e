"""What an agent does with one message of the thread, from its context menu (right
click, the Menu key or Shift+F10 on the current bubble), as in Telegram Desktop:

- Copy (the words selected in the bubble, else its whole text; Ctrl+C too), Copy link;
- Reply, quoting it (the citizen's Telegram shows the quote);
- Edit or Delete the agent's own sent message — DeskService makes the change on Telegram,
  or has the service make it on a workstation without a session; the bubble then reads
  "edited" (click it for the earlier text) or "deleted", and the citizen's Telegram
  marks the message "edited" or removes it;
- Edit and send again a message Telegram refused; Show earlier text of an edited one;
- Open each of its files, Send again a refused message: what a click on the bubble's
  links does, for an agent on the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QStyleOptionViewItem
from qasync import asyncSlot

from ..domain.bidi import isolate
from ..domain.channels import TELEGRAM
from ..store.records import MessageRow
from .bubble_selection import BubbleSelection
from .thread_model import MessageRole
from .thread_view import web_url


class MessageActions(QObject):
    """The thread's context menu and Ctrl+C, for a TicketPanel (its desk, view, model,
    composer, `_act`, `edit_failed`, `show_history`)."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.view = panel.view
        self.selection = BubbleSelection(self.view)
        panel.model.modelReset.connect(self.selection.clear)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.view)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.activated.connect(self.copy_current)
        # Shift+F10, for keyboards without a Menu key: only Windows turns it into a context
        # menu event by itself.
        menu_key = QShortcut(QKeySequence("Shift+F10"), self.view)
        menu_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        menu_key.activated.connect(self.menu_for_current)
        self.menu: QMenu | None = None

    # -- which message ---------------------------------------------------------------

    def _message_at(self, pos: QPoint) -> tuple[MessageRow | None, str]:
        """The message under `pos` (viewport coordinates) and the link under it, if any."""
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None, ""
        option = QStyleOptionViewItem()
        option.rect = self.view.visualRect(index)
        message = index.data(MessageRole.ROW)
        return message, self.view.bubbles.anchor_at(option, message, pos)

    def current_message(self) -> MessageRow | None:
        index = self.view.currentIndex()
        return index.data(MessageRole.ROW) if index.isValid() else None

    def is_mine(self, message: MessageRow) -> bool:
        return message.kind == "out" and message.author_login == self.panel.desk.agent.login

    def can_change(self, message: MessageRow) -> bool:
        """An own message the citizen has: sent, on Telegram (WhatsApp's Cloud API can
        neither edit nor delete a message once sent), not deleted."""
        return (self.is_mine(message) and message.delivery == "sent" and message.channel_message_id is not None
                and message.deleted_at is None and self.panel.composer.edit.isEnabled()
                and self.panel.channel == TELEGRAM)

    # -- the menu ----------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ContextMenu:
            if event.reason() == QContextMenuEvent.Reason.Keyboard or watched is self.view:
                message, link = self.current_message(), ""
                rect = self.view.visualRect(self.view.currentIndex())
                where = self.view.viewport().mapToGlobal(rect.center() if rect.isValid() else QPoint(8, 8))
            else:
                message, link = self._message_at(event.pos())
                if message is not None:
                    self.view.setCurrentIndex(self.panel.model.index(self.view.indexAt(event.pos()).row()))
                where = event.globalPos()
            if message is not None:
                self.show_menu(message, link, where)
            return True
        return False

    def menu_for_current(self) -> None:
        """The current bubble's menu, beside it (the keyboard's way in)."""
        message = self.current_message()
        if message is not None:
            rect = self.view.visualRect(self.view.currentIndex())
            self.show_menu(message, "", self.view.viewport().mapToGlobal(rect.center()))

    def build_menu(self, message: MessageRow, link: str = "") -> QMenu:
        """The actions that apply to `message` (and to the link clicked in it)."""
        menu = QMenu(self.view)
        menu.setObjectName("messageMenu")
        selected = self.selection.selected_text() if self.selection.selection \
            and self.selection.selection[0] == message.id else ""
        menu.addAction(self.tr("&Copy selection") if selected else self.tr("&Copy text"),
                       lambda: self.copy(message, selected)).setObjectName("copy")
        url = web_url(link) if link else None
        if url is not None:
            menu.addAction(self.tr("Copy &link"), lambda: self._to_clipboard(url.toString())).setObjectName("copyLink")
        # The bubble's links, for the keyboard too: its files open, a refused send retries.
        for attachment in (a for a in message.attachments if a.kept and a.state not in ("arriving", "failed")):
            menu.addAction(self.tr("&Open {0}").format(attachment.file_name.replace("&", "&&")),
                           lambda a=attachment.id: self.panel.open_attachment(a)).setObjectName("openFile")
        if message.delivery == "failed" and message.kind == "out":
            menu.addAction(self.tr("Send a&gain"), lambda: self.panel._retry(message.id)).setObjectName("retry")
        if message.channel_message_id is not None and message.kind != "note" and message.deleted_at is None \
                and self.panel.composer.edit.isEnabled():
            menu.addAction(self.tr("&Reply quoting this message"), lambda: self.quote(message)).setObjectName("quote")
        if self.can_change(message):
            menu.addSeparator()
            menu.addAction(self.tr("&Edit…"), lambda: self.edit(message)).setObjectName("edit")
            menu.addAction(self.tr("&Delete for the citizen too…"),
                           lambda: self.confirm_delete(message)).setObjectName("delete")
        elif self.is_mine(message) and message.delivery == "failed":
            menu.addSeparator()
            menu.addAction(self.tr("&Edit and send again…"),
                           lambda: self.panel.edit_failed(message.id)).setObjectName("editFailed")
        if message.edited_at:
            menu.addAction(self.tr("Show &earlier text"),
                           lambda: self.panel.show_history(message.id)).setObjectName("history")
        return menu

    def show_menu(self, message: MessageRow, link: str, where: QPoint) -> None:
        self.menu = self.build_menu(message, link)
        self.menu.popup(where)

    # -- the actions -------------------------------------------------------------------

    def copy_current(self) -> None:
        """Ctrl+C: the selected words, else the current message's text."""
        selected = self.selection.selected_text()
        if selected:
            self._to_clipboard(selected)
        elif self.current_message() is not None:
            self.copy(self.current_message())

    def copy(self, message: MessageRow, selected: str = "") -> None:
        self._to_clipboard(selected or message.text or "\n".join(a.file_name for a in message.attachments))

    def _to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def author(self, message: MessageRow) -> str:
        if message.kind == "in":
            return self.panel.model.citizen_name
        if message.kind == "system":
            return self.tr("automatic message")
        return isolate(message.author_login or "")

    def quote(self, message: MessageRow) -> None:
        self.panel.composer.quote(message, self.author(message))

    def edit(self, message: MessageRow) -> QInputDialog:
        """The text to change, in a box that does not block the loop; OK changes it."""
        dialog = QInputDialog(self.view)
        dialog.setObjectName("editSent")
        dialog.setWindowTitle(self.tr("Edit message"))
        dialog.setLabelText(self.tr("The citizen sees the new text in place, marked “edited”:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(message.text)
        dialog.textValueSelected.connect(lambda text: self._edited(message.id, text))
        dialog.open()
        self._dialog = dialog
        return dialog

    @asyncSlot(int, str)
    async def _edited(self, message_id: int, text: str) -> None:
        await self.panel._act(self.panel.desk.edit_sent(message_id, text))

    def confirm_delete(self, message: MessageRow) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete message"),
                          self.tr("Delete this message for {0} too? The ticket's record keeps it, "
                                  "marked deleted.").format(self.panel.model.citizen_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.view)
        box.setObjectName("confirmDeleteSent")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # it cannot be undone
        box.buttonClicked.connect(lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
                                  and self._delete(message.id))
        box.open()
        self._dialog = box
        return box

    @asyncSlot(int)
    async def _delete(self, message_id: int) -> None:
        await self.panel._act(self.panel.desk.delete_sent(message_id))
