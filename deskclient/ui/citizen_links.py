"""A lead links the open ticket's citizen to another one as the same person (issue 16:
someone who writes on Telegram and on WhatsApp is two citizens until a lead says so).
The lead types a ticket number of the other citizen; LeadService.link_citizens checks the
role, links and audits. Non-modal dialogs: the desk keeps working meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..errors import UserFacingError
from .place_tasks import in_background


def tr(text: str) -> str:
    return QCoreApplication.translate("CitizenLinks", text)


def link_open_citizen(window: QMainWindow, lead) -> QInputDialog | QMessageBox:
    """Ask for the other citizen's ticket number (the open ticket's citizen is the first)."""
    ticket_id = window.ticket.ticket_id
    if ticket_id is None:
        return _tell(window, tr("Open a ticket of one of the two citizens first."))
    dialog = QInputDialog(window)
    dialog.setObjectName("linkCitizensDialog")
    dialog.setWindowTitle(tr("Link citizens"))
    dialog.setLabelText(tr("The same person's ticket number on the other channel (e.g. 2026-000123):"))
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
    _tell(window, tr("{0} and {1} are one person now: each one's panel shows the other's tickets "
                     "and notes.").format(first, other))


def _tell(window: QMainWindow, text: str, icon=QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, tr("Link citizens"), text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("linkCitizensResult")
    box.open()
    return box
