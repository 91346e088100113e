"""File previews on real widgets (offscreen): the samples citizens send, and hostile files."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from deskclient.domain.files import FileKind
from deskclient.resources import sample_file
from deskclient.ui.previews import ImagePreview, OtherPreview, PreviewWidget, open_preview
from deskclient.ui.previews.xml_text import MAX_LINES
from tests.ui import hostile_files

pytestmark = pytest.mark.gui

TOO_LARGE = "The image is 50,000 × 50,000 pixels, too large to preview safely."
DAMAGED_PDF = "This PDF is damaged or incomplete and cannot be shown."
ENTITIES = ("This XML file declares its own entities, a feature used to attack XML readers, "
            "so it is not shown.")


def show(qtbot, path, kind, size=(900, 700)) -> PreviewWidget:
    preview = open_preview(path, kind)
    qtbot.addWidget(preview)
    preview.resize(*size)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def assert_still_responsive(qtbot) -> None:
    """The event loop runs: a zero timer fires and a short wait returns."""
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.wait(10)
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)


def ink(image: QImage, background: QColor, tolerance: int = 40, step: int = 2) -> int:
    """How many (sampled) pixels differ clearly from `background`."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - background.red()) + abs(pixel.green() - background.green())
                    + abs(pixel.blue() - background.blue())) > tolerance:
                count += 1
    return count


# -- the real samples ----------------------------------------------------------------------

def test_pdf_sample_shows_pages_text_and_finds(qtbot):
    preview = show(qtbot, sample_file("certificat.pdf"), "pdf")

    assert preview.error == ""
    assert preview.page_count == 2
    assert preview.page_count_label.text() == "of 2"
    assert "Sol·licitud de certificat digital" in preview.page_text(0)
    assert "Pàgina 2: dades del sol·licitant" in preview.page_text(1)

    preview.find("certificat")
    qtbot.waitUntil(lambda: preview.hit_count >= 1, timeout=5000)
    qtbot.waitUntil(lambda: preview.hits_label.text().endswith("matches"), timeout=5000)
    preview.find("no such words anywhere")
    qtbot.waitUntil(lambda: preview.hits_label.text() == "No matches", timeout=5000)
    assert preview.hit_count == 0

    preview.next_page()
    qtbot.waitUntil(lambda: preview.current_page == 1, timeout=2000)
    assert preview.page_box.value() == 2
    assert not preview.next_page_action.isEnabled()
    preview.previous_page()
    qtbot.waitUntil(lambda: preview.current_page == 0, timeout=2000)

    fitted = preview.zoom
    preview.zoom_in()
    assert preview.zoom == pytest.approx(fitted * 1.25, rel=0.01)
    preview.fit_width()
    assert preview.zoom == pytest.approx(fitted, rel=0.01)


def test_pdf_page_is_drawn_not_blank(qtbot):
    preview = show(qtbot, sample_file("certificat.pdf"), "pdf")

    page = preview.render_page(0, width=600)
    assert page.width() == 600 and page.height() == round(600 * 842 / 595)
    assert ink(page, QColor("white")) > 100  # the title and the paragraph, in black

    # and the view itself, once its renderer has delivered: black text (the view's own
    # background is mid-grey, the page white, so only glyphs are this dark)
    qtbot.waitUntil(lambda: ink(preview.view.viewport().grab().toImage(), QColor("white"),
                                tolerance=600, step=3) > 20, timeout=5000)


@pytest.mark.parametrize(("name", "width", "height"), [
    ("foto.jpg", 640, 480), ("captura.png", 320, 240), ("escaneig.bmp", 200, 150),
])
def test_image_samples_show_at_their_size_and_zoom(qtbot, name, width, height):
    preview = show(qtbot, sample_file(name), "image")

    assert preview.error == ""
    assert (preview.image_size.width(), preview.image_size.height()) == (width, height)
    assert preview.size_label.text() == f"{width} × {height} px"
    assert preview.is_fit and preview.zoom == 1.0  # all fit in 900 × 700 without shrinking
    assert ink(preview.canvas.grab().toImage(), QColor("white")) > 50

    preview.zoom_in()
    assert preview.zoom == pytest.approx(1.25)
    assert preview.canvas.width() == round(width * 1.25)
    assert preview.zoom_label.text() == "125%"
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom == pytest.approx(0.8)
    preview.fit_to_window()
    assert preview.zoom == 1.0


def test_image_fits_a_small_window_and_zooms_with_ctrl_wheel(qtbot):
    preview = show(qtbot, sample_file("foto.jpg"), "image", size=(400, 360))
    viewport = preview.scroll_area.viewport()
    assert preview.zoom < 1.0
    assert preview.canvas.width() <= viewport.width()
    assert preview.canvas.height() <= viewport.height()

    fitted = preview.zoom
    center = QPointF(viewport.rect().center())
    wheel = QWheelEvent(center, viewport.mapToGlobal(center), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom == pytest.approx(fitted * 1.25)
    assert not preview.is_fit

    preview.resize(300, 300)  # the agent's resize no longer refits: they chose a zoom
    qtbot.wait(10)
    assert preview.zoom == pytest.approx(fitted * 1.25)


def test_xml_sample_is_indented_coloured_and_keeps_accents(qtbot):
    preview = show(qtbot, sample_file("factura.xml"), "xml")

    assert preview.error == "" and preview.notice == ""
    lines = preview.pretty_text.splitlines()
    assert len(lines) > 50  # the sample is a single line
    assert lines[0] == '<?xml version="1.0" encoding="UTF-8"?>'
    assert "    <SchemaVersion>3.2.2</SchemaVersion>" in lines
    assert sum(line.startswith("      <") for line in lines) > 10
    assert "<CorporateName>Serveis Tècnics Pérez i Associats, S.L.</CorporateName>" \
        in preview.pretty_text
    assert "Revisió tècnica de la instal·lació elèctrica" in preview.text
    assert preview.editor.isReadOnly()

    block = preview.editor.document().findBlockByNumber(2)  # "  <FileHeader>"
    colours = {f.format.foreground().color().name() for f in block.layout().formats()}
    assert "#1a5fb4" in colours  # tag names are coloured


def test_long_xml_is_cut_with_a_notice(qtbot, tmp_path):
    items = "".join(f'<item n="{i}"><name>Article {i}</name></item>' for i in range(30_000))
    path = tmp_path / "llarg.xml"
    path.write_text(f"<items>{items}</items>", encoding="utf-8")

    started = time.monotonic()
    preview = show(qtbot, path, "xml")
    assert time.monotonic() - started < 3

    assert preview.error == ""
    assert preview.notice.startswith("Showing the first ")
    assert " of 1.4 MB (20,000 lines)." in preview.notice
    assert preview.message_label.isVisible()
    assert preview.editor.blockCount() == MAX_LINES


def test_malformed_xml_is_shown_raw_with_the_error_line(qtbot, tmp_path):
    path = tmp_path / "trencat.xml"
    path.write_text("<factura>\n  <import>24,20</factura>\n", encoding="utf-8")

    preview = show(qtbot, path, "xml")

    assert preview.error == ""
    assert preview.notice.startswith("This XML is not well-formed (line 2, column ")
    assert "mismatched tag" in preview.notice
    assert preview.text == "<factura>\n  <import>24,20</factura>"
    assert preview.pretty_text == ""


@pytest.mark.parametrize(("name", "kind", "duration", "label"), [
    ("nota-veu.oga", "audio", 3000, "0:00 / 0:03"),
    ("video.mp4", "video", 2000, "0:00 / 0:02"),
])
def test_media_samples_report_duration(qtbot, name, kind, duration, label):
    preview = show(qtbot, sample_file(name), kind)

    qtbot.waitUntil(lambda: preview.duration_ms > 0, timeout=10_000)
    assert preview.duration_ms == pytest.approx(duration, abs=300)
    assert preview.time_text == label
    assert preview.seek_slider.maximum() == preview.duration_ms
    assert preview.error == ""


def test_video_plays_pauses_and_seeks(qtbot):
    preview = show(qtbot, sample_file("video.mp4"), "video")
    qtbot.waitUntil(lambda: preview.duration_ms > 0, timeout=10_000)
    # before Play, the first frame is on screen and nothing runs
    qtbot.waitUntil(lambda: preview.frame_size == QSize(160, 120), timeout=5000)
    assert not preview.is_playing and preview.position_ms == 0

    preview.play_button.click()
    qtbot.waitUntil(lambda: preview.position_ms > 200, timeout=5000)
    assert preview.play_button.text() == "Pause"
    preview.play_button.click()
    qtbot.waitUntil(lambda: not preview.is_playing, timeout=2000)
    assert preview.play_button.text() == "Play"

    preview.seek(1500)
    qtbot.waitUntil(lambda: preview.time_text == "0:01 / 0:02", timeout=5000)
    assert preview.seek_slider.value() == preview.position_ms


# -- hostile and broken files --------------------------------------------------------------

def open_hostile(qtbot, path, kind) -> PreviewWidget:
    """Open it, insist it took little time, and that the loop still runs afterwards."""
    started = time.monotonic()
    preview = show(qtbot, path, kind)
    assert time.monotonic() - started < 2
    assert_still_responsive(qtbot)
    assert preview.message_label.isVisible()
    assert preview.message_label.text() == preview.error
    assert not preview.body.isVisible() and not preview.toolbar.isVisible()
    assert preview.file_toolbar.isVisible()  # Save as… stays, to keep the evidence
    return preview


@pytest.mark.parametrize("build", [hostile_files.huge_png, hostile_files.huge_bmp])
def test_image_declaring_50000_by_50000_pixels_is_refused_before_decoding(qtbot, tmp_path,
                                                                         build):
    preview = open_hostile(qtbot, build(tmp_path), "image")

    assert preview.error == TOO_LARGE
    assert preview.image_size.isEmpty()
    assert not preview.open_with_action.isEnabled()
    assert preview.save_as_action.isEnabled()


def test_billion_laughs_is_refused_without_expanding(qtbot, tmp_path):
    preview = open_hostile(qtbot, hostile_files.billion_laughs(tmp_path), "xml")

    assert preview.error == ENTITIES
    assert "lollol" not in preview.text
    assert not preview.open_with_action.isEnabled()


@pytest.mark.parametrize("target", ["tmp-secret", "/etc/passwd"])
def test_external_entity_is_never_read(qtbot, tmp_path, target):
    if target == "tmp-secret":
        target = tmp_path / "secret.txt"
        target.write_text("SECRET-7f3a9c: the agent's private notes", encoding="utf-8")
    preview = open_hostile(qtbot, hostile_files.external_entity(tmp_path, target), "xml")

    assert preview.error == ENTITIES
    shown = preview.text + preview.error + preview.notice
    assert "SECRET-7f3a9c" not in shown
    assert "root:" not in shown


def test_truncated_pdf_says_it_is_damaged(qtbot, tmp_path):
    preview = open_hostile(qtbot, hostile_files.truncated_pdf(tmp_path, 0.6), "pdf")

    assert preview.error == DAMAGED_PDF
    assert preview.page_count == 0
    assert not preview.find_edit.isVisible()


def test_zip_named_jpg_is_not_decoded_as_an_image(qtbot, tmp_path):
    preview = open_hostile(qtbot, hostile_files.disguised_zip(tmp_path, "foto.jpg"), "image")

    assert preview.error == "This file is not a JPEG image (it looks like a ZIP archive)."
    assert preview.image_size.isEmpty()
    assert not preview.open_with_action.isEnabled()


@pytest.mark.parametrize(("kind", "name"), [
    ("pdf", "buit.pdf"), ("image", "buit.jpg"), ("image", "buit.png"), ("xml", "buit.xml"),
    ("audio", "buit.oga"), ("video", "buit.mp4"), ("other", "buit.docx"),
])
def test_empty_file_says_so(qtbot, tmp_path, kind, name):
    preview = open_hostile(qtbot, hostile_files.empty_file(tmp_path, name), kind)

    assert preview.error == "The file is empty."
    assert preview.open_with_action.isEnabled()  # empty is not dangerous


@pytest.mark.qt_log_ignore("qt.multimedia.ffmpeg", "Could not open media")
def test_audio_that_is_not_playable_says_so(qtbot, tmp_path):
    path = tmp_path / "nota.oga"
    path.write_bytes(b"OggS" + bytes(range(256)) * 8)  # an Ogg signature, then noise

    preview = show(qtbot, path, "audio")

    qtbot.waitUntil(lambda: preview.error != "", timeout=10_000)
    assert preview.error == "This audio file is damaged or in a format that cannot be played."
    assert preview.message_label.isVisible()
    assert_still_responsive(qtbot)


def test_video_kind_with_pdf_content_is_refused(qtbot, tmp_path):
    path = tmp_path / "video.mp4"
    path.write_bytes(sample_file("certificat.pdf").read_bytes())

    preview = open_hostile(qtbot, path, "video")

    assert preview.error == "This file is not an MP4 video (it looks like a PDF document)."


# -- the actions every preview has --------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [
    ("certificat.pdf", "pdf"), ("foto.jpg", "image"), ("factura.xml", "xml"),
    ("formulari.docx", "other"),
])
def test_save_to_copies_the_file_byte_for_byte(qtbot, tmp_path, name, kind):
    preview = show(qtbot, sample_file(name), kind)
    destination = tmp_path / f"copia-{name}"

    with qtbot.waitSignal(preview.saved, timeout=1000) as saved:
        preview.save_to(destination)

    assert saved.args == [str(destination)]
    assert destination.read_bytes() == sample_file(name).read_bytes()
    assert preview.save_as_action in preview.file_toolbar.actions()
    assert preview.open_with_action in preview.file_toolbar.actions()
    assert preview.file_toolbar.widgetForAction(preview.save_as_action).text() == "Save as…"


def test_kind_may_be_a_file_kind_and_unknown_kinds_get_no_preview(qtbot):
    image = show(qtbot, sample_file("captura.png"), FileKind.IMAGE)
    unknown = show(qtbot, sample_file("captura.png"), "spreadsheet")

    assert isinstance(image, ImagePreview) and image.image_size == QSize(320, 240)
    assert isinstance(unknown, OtherPreview) and "no preview" in unknown.summary_label.text()


def test_other_files_show_name_size_and_what_to_do(qtbot):
    preview = show(qtbot, sample_file("formulari.docx"), "other")

    assert preview.error == ""
    text = preview.summary_label.text()
    assert text.startswith("formulari.docx\n1.6 KB\n")
    assert "no preview" in text and "Open with…" in text
