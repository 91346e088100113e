"""A transcript's words in each language the window or a citizen may read
(services/transcript_labels.py), and the PDF text layer's repair (services/pdf_text.py)."""

import re

from deskclient.services.pdf_text import _Pdf, emoji_codes
from deskclient.services.transcript_labels import _KINDS, _WORDS, LANGUAGES, TranscriptWords, transcript_language
from deskclient.ui.i18n import LANGUAGES as WINDOW_LANGUAGES


def test_every_word_in_every_language_with_its_placeholders():
    assert set(WINDOW_LANGUAGES) <= set(LANGUAGES)
    for english, words in {**_WORDS, **_KINDS}.items():
        assert len(words) == len(LANGUAGES) - 1, english
        for word in words:
            assert word and sorted(re.findall(r"{\d}", word)) == sorted(re.findall(r"{\d}", english)), word


def test_the_readers_language_and_a_fallback():
    assert TranscriptWords("ca")("Ticket {0}", "2026-000001") == "Consulta 2026-000001"
    assert TranscriptWords("es").file_kind("image") == "imagen"
    assert TranscriptWords("en")("Opened") == "Opened"
    assert transcript_language(None, "pt", "ca_ES") == "ca"
    assert transcript_language("de") == "en"


def test_emoji_become_private_codes_and_back():
    codes = emoji_codes()
    private = codes.to_private("Gràcies 🙏😀 👨‍👩‍👧 ❤️ ☺ \ue000")
    assert all(ch not in private for ch in "🙏😀❤") and "☺" in private  # a text-style one stays text
    assert private.endswith("\ufffd")  # a Private Use character the citizen sent names nothing
    assert "".join(codes.texts.get(ch, ch) for ch in private) == "Gràcies 🙏😀 👨‍👩‍👧 ❤️ ☺ \ufffd"


def qt_like_pdf(cmap: bytes) -> bytes:
    """A minimal PDF shaped as QPdfWriter writes one: a font's ToUnicode, a classic xref."""
    objects = [b"<< /Type /Catalog >>", b"<< /Type /Font /ToUnicode 3 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<<\n/Size 4\n/Root 1 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_the_text_layer_names_emoji_and_arabic_letters_in_an_appended_update():
    codes = emoji_codes()
    pray = next(code for code, text in codes.texts.items() if text == "🙏")
    cmap = (b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0041> <%04X> <FEE3> ]\nendbfrange\n"
            % ord(pray))
    original = qt_like_pdf(cmap)
    repaired = codes.restore(original)
    assert repaired.startswith(original)  # Qt's bytes untouched, an update appended
    stream = _Pdf(repaired).stream(3)  # the update's object 3, decompressed
    assert b"<0002> <D83DDE4F>" in stream and b"<0003> <0645>" in stream and b"<0001> <0041>" in stream
    assert codes.restore(qt_like_pdf(b"1 beginbfrange\n<0001> <0001> <0041>\nendbfrange\n")) == \
        qt_like_pdf(b"1 beginbfrange\n<0001> <0001> <0041>\nendbfrange\n")  # nothing to change
