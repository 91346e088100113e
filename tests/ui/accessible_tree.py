"""Walking a window as a screen reader does: through Qt's QAccessible interfaces, not the
widgets, so that what is checked is what Orca or NVDA would be told."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabBar

Role = QAccessible.Role
NAME, VALUE = QAccessible.Text.Name, QAccessible.Text.Value

# What an agent can act on or type into; items of a table or list are its data, read
# as text (their own check), and a combo box's popup list belongs to the combo box.
INTERACTIVE = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
               Role.SpinBox, Role.Slider, Role.Dial, Role.PageTab, Role.PageTabList, Role.Table,
               Role.List, Role.Tree, Role.ButtonMenu, Role.ButtonDropDown, Role.MenuItem, Role.Link}
NOT_WALKED_INTO = {Role.ComboBox, Role.Table, Role.List, Role.Tree}


def interfaces(widget):
    """Every accessible interface under `widget`'s, depth first (not into the items of a
    view or the popup of a combo box)."""
    stack = [QAccessible.queryAccessibleInterface(widget)]
    while stack:
        iface = stack.pop()
        yield iface
        if iface.role() in NOT_WALKED_INTO:
            continue
        for n in reversed(range(iface.childCount())):
            child = iface.child(n)
            if child is not None and child.isValid():
                stack.append(child)


def describe(iface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    kind = type(obj).__name__ if obj is not None else "item"
    return f"{iface.role().name} {kind}{'#' + name if name else ''} value={iface.text(VALUE)!r}"


def unnamed_controls(widget) -> list[str]:
    """Interactive controls a screen reader would announce without a name, or with only
    their current value as a name (a combo box says its choice, a tab bar its current
    tab, not what they choose)."""
    found = []
    for iface in interfaces(widget):
        if iface.role() not in INTERACTIVE:
            continue
        name = iface.text(NAME).strip()
        obj = iface.object()
        by_value = isinstance(obj, (QComboBox, QAbstractSpinBox, QTabBar)) and not obj.accessibleName()
        if not name or by_value:
            found.append(describe(iface))
    return found
