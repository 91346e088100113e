"""PDF previews through QtPdf (PDFium): pages, zoom, and find with a count of matches.

QtPdf does not run PDF JavaScript or fetch anything, and a document that PDFium cannot
open (truncated, damaged, password-protected) becomes a sentence, not an exception.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from ...domain.files import sniff
from .base import PreviewUnavailable, PreviewWidget, not_what_it_says, read_head

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0
SEARCH_DELAY_MS = 250  # wait for the agent to stop typing before searching


class PdfPreview(PreviewWidget):
    """A PDF with page navigation, zoom (fit width by default) and find.

    Find is incremental: QPdfSearchModel searches page by page on the event loop, and
    `hit_count` grows as it goes (the label beside the search box follows it).
    """

    kind = "pdf"

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self._search_index = -1

        self.view = QPdfView(self.body)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setSearchModel(self.search_model)
        self.body_layout.addWidget(self.view)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._on_page_changed)

        self._build_toolbar()
        self.search_model.countChanged.connect(self._update_hits)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS,
                                    timeout=self._run_search)

    def _build_toolbar(self) -> None:
        self.previous_page_action = self.add_action(
            QAction("◀", self, shortcut=QKeySequence(Qt.Key.Key_PageUp),
                    toolTip=self.tr("Previous page"), triggered=self.previous_page))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageBox")
        self.page_box.setRange(1, 1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setToolTip(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.toolbar.addWidget(self.page_box)
        self.page_count_label = QLabel(self.tr("of {0}").format(0))
        self.page_count_label.setStyleSheet("padding:0 6px;")
        self.toolbar.addWidget(self.page_count_label)
        self.next_page_action = self.add_action(
            QAction("▶", self, shortcut=QKeySequence(Qt.Key.Key_PageDown),
                    toolTip=self.tr("Next page"), triggered=self.next_page))
        self.toolbar.addSeparator()
        self.zoom_out_action = self.add_action(
            QAction("−", self, shortcut=QKeySequence.StandardKey.ZoomOut, toolTip=self.tr("Zoom out"),
                    triggered=self.zoom_out))
        self.zoom_in_action = self.add_action(
            QAction("+", self, shortcut=QKeySequence.StandardKey.ZoomIn, toolTip=self.tr("Zoom in"),
                    triggered=self.zoom_in))
        self.fit_width_action = self.add_action(
            QAction(self.tr("Fit width"), self, shortcut=QKeySequence("Ctrl+0"),
                    toolTip=self.tr("Fit the page width to the window (Ctrl+0)"),
                    triggered=self.fit_width))
        self.toolbar.addSeparator()
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("Find in document…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(220)
        self.find_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.find_edit.returnPressed.connect(self._on_find_return)
        self.toolbar.addWidget(self.find_edit)
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitsLabel")
        self.hits_label.setMinimumWidth(80)
        self.hits_label.setStyleSheet("color:#555;padding:0 6px;")
        self.toolbar.addWidget(self.hits_label)
        self.find_action = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find,
                                   triggered=self._focus_find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)
        self.next_hit_action = self.add_action(
            QAction("↓", self, shortcut=QKeySequence.StandardKey.FindNext,
                    toolTip=self.tr("Next match"), triggered=self.next_hit))
        self.previous_hit_action = self.add_action(
            QAction("↑", self, shortcut=QKeySequence.StandardKey.FindPrevious,
                    toolTip=self.tr("Previous match"), triggered=self.previous_hit))

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        head, _ = read_head(self.path)
        if sniff(head) != "pdf":
            raise not_what_it_says(QT_TRANSLATE_NOOP("Previews", "a PDF document"), head)
        error = self.document.load(str(self.path))
        if error == QPdfDocument.Error.IncorrectPassword:
            raise PreviewUnavailable(self.tr("This PDF is protected by a password and cannot be shown."))
        if (error != QPdfDocument.Error.None_
                or self.document.status() != QPdfDocument.Status.Ready
                or self.document.pageCount() < 1):
            raise PreviewUnavailable(self.tr("This PDF is damaged or incomplete and cannot be shown."))
        self.page_box.setRange(1, self.page_count)
        self.page_count_label.setText(self.tr("of {0}").format(self.page_count))
        self._update_page_actions()

    def release(self) -> None:
        self._search_timer.stop()
        self.document.close()

    # -- pages ---------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """0-based, like QtPdf."""
        return self.navigator.currentPage()

    def page_text(self, page: int) -> str:
        """The page's text as PDFium extracts it, lines joined by newlines."""
        text = self.document.getAllText(page).text()
        return text.replace("\r\n", "\n")

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count and page != self.current_page:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _on_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_page_actions()

    def _update_page_actions(self) -> None:
        self.previous_page_action.setEnabled(self.current_page > 0)
        self.next_page_action.setEnabled(self.current_page < self.page_count - 1)

    def render_page(self, page: int, width: int = 600) -> QImage:
        """Page `page` drawn on white paper, `width` pixels wide (QtPdf leaves it transparent)."""
        points = self.document.pagePointSize(page)
        size = QSize(width, max(1, round(width * points.height() / max(points.width(), 1))))
        rendered = self.document.render(page, size)
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return paper

    # -- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The zoom in effect (1.0 = the page's size at the screen's DPI), also when fitted."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(self.current_page, 0))
        page_width = points.width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return max(MIN_ZOOM, available / page_width) if page_width > 0 else 1.0

    def set_zoom(self, zoom: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- find ----------------------------------------------------------------------------

    @property
    def hit_count(self) -> int:
        """Matches found so far for the current search (the search runs page by page)."""
        return self.search_model.count()

    def find(self, text: str) -> None:
        """Search now (the search box waits for the agent to stop typing)."""
        self.find_edit.blockSignals(True)
        self.find_edit.setText(text)
        self.find_edit.blockSignals(False)
        self._run_search()

    def _run_search(self) -> None:
        self._search_timer.stop()
        self._search_index = -1
        self.search_model.setSearchString(self.find_edit.text().strip())
        self._update_hits()

    def _update_hits(self) -> None:
        if not self.search_model.searchString():
            self.hits_label.setText("")
            return
        count = self.hit_count
        if count == 0:
            self.hits_label.setText(self.tr("No matches"))
        else:
            self.hits_label.setText(self.tr("1 match") if count == 1 else self.tr("{0} matches").format(f"{count:,}"))
        if count and self._search_index < 0:
            self.show_hit(0)

    def show_hit(self, index: int) -> None:
        """Highlight match `index` and scroll to it."""
        if not 0 <= index < self.hit_count:
            return
        self._search_index = index
        self.view.setCurrentSearchResultIndex(index)
        result = self.search_model.resultAtIndex(index)
        self.navigator.jump(result.page(), result.location(), self.navigator.currentZoom())

    def next_hit(self) -> None:
        if self.hit_count:
            self.show_hit((self._search_index + 1) % self.hit_count)

    def previous_hit(self) -> None:
        if self.hit_count:
            self.show_hit((self._search_index - 1) % self.hit_count)

    def _on_find_return(self) -> None:
        if self._search_timer.isActive() or (
                self.search_model.searchString() != self.find_edit.text().strip()):
            self._run_search()
        else:
            self.next_hit()

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
