from hypothesis import given, strategies as st

from deskclient.domain.files import FilePolicy, sanitize_file_name, sniff
from deskclient.resources import sample_file

POLICY = FilePolicy(frozenset({"pdf", "jpg", "jpeg", "png", "bmp", "xml", "oga", "ogg", "mp4"}), 20 * 1024 * 1024)


def test_samples_sniff_as_what_their_names_say():
    expected = {"certificat.pdf": "pdf", "foto.jpg": "jpeg", "captura.png": "png", "escaneig.bmp": "bmp",
                "factura.xml": "xml", "nota-veu.oga": "ogg", "video.mp4": "mp4", "formulari.docx": "zip"}
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


@given(st.text(max_size=300))
def test_any_name_sanitises_to_a_plain_file_name(name):
    safe = sanitize_file_name(name, "pdf")
    assert safe and "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert all(ch.isprintable() for ch in safe)
    assert len(safe) <= 111
    assert safe not in (".", "..")
