from hypothesis import given, strategies as st

from deskclient.domain.files import FileKind, FilePolicy, sanitize_file_name, sniff
from deskclient.resources import sample_file

POLICY = FilePolicy(frozenset({"pdf", "jpg", "jpeg", "png", "bmp", "xml", "oga", "ogg", "mp4"}), 20 * 1024 * 1024)


def test_samples_sniff_as_what_their_names_say():
    expected = {"certificat.pdf": "pdf", "foto.jpg": "jpeg", "captura.png": "png", "escaneig.bmp": "bmp",
                "factura.xml": "xml", "nota-veu.oga": "ogg", "video.mp4": "mp4", "formulari.docx": "zip",
                "sticker.webp": "webp"}
    for name, kind in expected.items():
        assert sniff(sample_file(name).read_bytes()[:4096]) == kind, name


def test_offer_checks_type_and_declared_size():
    assert POLICY.check_offer("a.PDF", "application/pdf", 100).accepted
    assert POLICY.check_offer("", "audio/ogg", 100).extension == "oga"  # voice notes come unnamed
    assert not POLICY.check_offer("a.docx", "", 100).accepted
    assert not POLICY.check_offer("a.xlsx", "", 100).accepted
    assert not POLICY.check_offer("a.exe", "", 100).accepted
    refused = POLICY.check_offer("a.pdf", "application/pdf", 20 * 1024 * 1024 + 1)
    assert not refused.accepted and "limit" in refused.reason


def test_content_must_match_the_name():
    offer = POLICY.check_offer("foto.jpg", "image/jpeg", 10)
    assert not POLICY.check_content(offer, b"PK\x03\x04rest-of-a-zip", 20).accepted
    assert POLICY.check_content(offer, sample_file("foto.jpg").read_bytes()[:4096], 10430).accepted


def test_a_stickers_image_is_never_refused_only_kept_when_it_is_one():
    """A sticker is no citizen's file: the desk's accepted types (no .webp here) and size
    do not apply; Telegram's limit for a sticker (WebP, 512 KB) says whether it is kept."""
    webp = sample_file("sticker.webp").read_bytes()
    assert not POLICY.check_offer("sticker_5.webp", "image/webp", len(webp)).accepted  # as a citizen's file
    offer = POLICY.check_offer("sticker_5.webp", "image/webp", len(webp), sticker=True)
    assert offer.accepted and offer.kind == FileKind.STICKER and POLICY.limit_for(offer) == 512 * 1024
    assert POLICY.check_content(offer, webp[:4096], len(webp)).accepted
    assert not POLICY.check_content(offer, sample_file("foto.jpg").read_bytes()[:4096], 10430).accepted
    assert not POLICY.check_offer("sticker_6.webp", "image/webp", 512 * 1024 + 1, sticker=True).accepted
    tiny = FilePolicy(frozenset({"pdf"}), 1000)  # a desk taking only small PDFs
    assert tiny.check_content(tiny.check_offer("s.webp", "image/webp", len(webp), sticker=True),
                              webp[:4096], len(webp)).accepted


@given(st.text(max_size=300))
def test_any_name_sanitises_to_a_plain_file_name(name):
    safe = sanitize_file_name(name, "pdf")
    assert safe and "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert all(ch.isprintable() for ch in safe)
    assert len(safe) <= 111
    assert safe not in (".", "..")
