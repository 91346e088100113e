"""A lead links the open ticket's citizen to another one as the same person (issue 16:
someone who writes on Telegram and on WhatsApp is two citizens until a lead says so).
The lead types a ticket number of the other citizen; LeadService.link_citizens checks the
role, links and audits. A link made in error is undone (Lead > Unlink citizen…): the open
ticket's citizen is a person of their own again. Non-modal dialogs: the desk keeps
working meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..errors import UserFacingError
from .place_tasks import in_background


def link_open_citizen(window: QMainWindow, lead) -> QInputDialog | QMessageBox:
    """Ask for the other citizen's ticket number (the open ticket's citizen is the first)."""
    ticket_id = window.ticket.ticket_id
    if ticket_id is None:
        return _tell(window, QCoreApplication.translate("CitizenLinks",
                                                        "Open a ticket of one of the two citizens first."))
    dialog = QInputDialog(window)
    dialog.setObjectName("linkCitizensDialog")
    dialog.setWindowTitle(QCoreApplication.translate("CitizenLinks", "Link citizens"))
    dialog.setLabelText(QCoreApplication.translate(
        "CitizenLinks", "The same person's ticket number on the other channel (e.g. 2026-000123):"))
    dialog.textValueSelected.connect(lambda number: in_background(_link(window, lead, ticket_id, number)))
    dialog.open()
    return dialog


async def _link(window: QMainWindow, lead, ticket_id: int, number: str) -> None:
    try:
        first, other = await lead.link_citizens(ticket_id, number)
    except UserFacingError as exc:
        _tell(window, str(exc), QMessageBox.Icon.Warning)
        return
    window.ticket.refresh()  # the panel now reads both citizens' tickets and notes
    _tell(window, QCoreApplication.translate("CitizenLinks", "{0} and {1} are one person now: each one's panel "
                                             "shows the other's tickets and notes.").format(first, other))


def unlink_open_citizen(window: QMainWindow, lead) -> QMessageBox:
    """Ask before the open ticket's citizen stops being one person with the others."""
    ticket_id = window.ticket.ticket_id
    if ticket_id is None:
        return _tell(window, QCoreApplication.translate("CitizenLinks",
                                                        "Open a ticket of the citizen to unlink first."),
                     title=QCoreApplication.translate("CitizenLinks", "Unlink citizen"))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("CitizenLinks", "Unlink citizen"),
                      QCoreApplication.translate("CitizenLinks", "This ticket's citizen is then a person of their own "
                                                 "again: their panel shows only their own tickets and notes, and a "
                                                 "data-subject request covers only them."),
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("unlinkCitizenConfirm")
    unlink = box.addButton(QCoreApplication.translate("CitizenLinks", "Unlink"), QMessageBox.ButtonRole.AcceptRole)
    unlink.clicked.connect(lambda: in_background(_unlink(window, lead, ticket_id)))
    box.open()
    return box


async def _unlink(window: QMainWindow, lead, ticket_id: int) -> None:
    try:
        name = await lead.unlink_citizen(ticket_id)
    except UserFacingError as exc:
        _tell(window, str(exc), QMessageBox.Icon.Warning, QCoreApplication.translate("CitizenLinks", "Unlink citizen"))
        return
    window.ticket.refresh()
    _tell(window, QCoreApplication.translate("CitizenLinks", "{0} is a citizen of their own again.").format(name),
          title=QCoreApplication.translate("CitizenLinks", "Unlink citizen"))


def _tell(window: QMainWindow, text: str, icon=QMessageBox.Icon.Information, title: str = "") -> QMessageBox:
    box = QMessageBox(icon, title or QCoreApplication.translate("CitizenLinks", "Link citizens"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("linkCitizensResult")
    box.open()
    return box
