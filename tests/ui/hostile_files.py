"""Files a hostile or careless citizen could send, built in a test's tmp directory.

Each builder writes one file and returns its path. They are small on disk: the attacks
are in what the bytes declare (pixel counts, entities), not in their size.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from deskclient.resources import sample_file


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def huge_png(directory: Path, width: int = 50_000, height: int = 50_000,
             name: str = "huge.png") -> Path:
    """A valid-looking PNG that declares width × height RGBA pixels (a decompression bomb).

    The IHDR has a correct CRC, so a decoder believes it; the IDAT holds one tiny zlib
    stream, so a decoder that trusts the header allocates width × height × 4 bytes first.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    data = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + _png_chunk(b"IEND", b""))
    path = directory / name
    path.write_bytes(data)
    return path


def huge_bmp(directory: Path, width: int = 50_000, height: int = 50_000,
             name: str = "huge.bmp") -> Path:
    """A 24-bit BMP header declaring width × height pixels, with no pixel data at all."""
    row = (width * 3 + 3) & ~3
    image_size = row * height
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, image_size & 0xFFFFFFFF,
                       2835, 2835, 0, 0)
    header = struct.pack("<2sIHHI", b"BM", (54 + image_size) & 0xFFFFFFFF, 0, 0, 54)
    path = directory / name
    path.write_bytes(header + info)
    return path


def billion_laughs(directory: Path, name: str = "laughs.xml") -> Path:
    """Ten levels of entities, each ten times the last: 10^9 "lol"s if expanded (~3 GB)."""
    levels = ['<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        levels.append(f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">')
    text = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  ' + "\n  ".join(levels)
            + "\n]>\n<lolz>&lol9;</lolz>\n")
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def external_entity(directory: Path, target: Path | str = "/etc/passwd",
                    name: str = "xxe.xml") -> Path:
    """An XML whose entity points at a local file (XXE): a reader must not include it."""
    uri = target if isinstance(target, str) and "://" in target else Path(target).as_uri()
    text = ('<?xml version="1.0"?>\n<!DOCTYPE invoice [\n'
            f'  <!ENTITY secret SYSTEM "{uri}">\n]>\n'
            "<invoice><note>&secret;</note></invoice>\n")
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def truncated_copy(source: Path, directory: Path, fraction: float, name: str) -> Path:
    """The first `fraction` of `source`, as an interrupted download would leave it."""
    data = source.read_bytes()
    path = directory / name
    path.write_bytes(data[:int(len(data) * fraction)])
    return path


def truncated_pdf(directory: Path, fraction: float = 0.6) -> Path:
    return truncated_copy(sample_file("certificat.pdf"), directory, fraction, "certificat.pdf")


def disguised_zip(directory: Path, name: str = "foto.jpg") -> Path:
    """A ZIP archive (a real .docx) under an image's name."""
    path = directory / name
    path.write_bytes(sample_file("formulari.docx").read_bytes())
    return path


def empty_file(directory: Path, name: str) -> Path:
    path = directory / name
    path.write_bytes(b"")
    return path
