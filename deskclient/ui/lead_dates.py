"""The lead window's date filters: a date edit that can also say "any" (its minimum,
shown as a word), and the day it holds, None for "any"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

ANY_DATE = QDate(2000, 1, 1)


def any_date_edit() -> QDateEdit:
    """A date that can also be "any" (its minimum, shown as a word)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("LeadWindow", "any"))
    edit.setDate(ANY_DATE)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def chosen_day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == ANY_DATE else date(value.year(), value.month(), value.day())
