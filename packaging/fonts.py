#!/usr/bin/env python3
"""Builds resources/fonts/: the fonts transcripts (PDF) are set in, whatever the workstation has.

A transcript may hold any script a citizen writes in and any emoji. The PDF writer (Qt)
embeds the fonts it draws with, so we ship subsets of Noto (SIL Open Font License 1.1,
see resources/fonts/OFL.txt) and register them for the PDF only (services/pdf_fonts.py):

- Noto Sans Regular and Bold (Debian's fonts-noto-core): Latin, Greek, Cyrillic.
- Noto Sans Arabic Regular and Bold (fonts-noto-core): Arabic, Persian, Urdu.
- Noto Sans CJK SC Regular (Debian's fonts-noto-cjk), subset to the ideographs of GB 2312,
  Big5 level 1 and JIS X 0208 level 1, the Hangul of KS X 1001, kana and CJK punctuation;
  a rarer character falls back to the workstation's fonts.
- Noto Emoji, the monochrome outline font (PyPI's manimgx-fonts, which ships Noto's file
  unmodified), made static at weight 400. Every emoji sequence it draws as one glyph also
  gets a Private Use code point and a glyph of its own: the PDF's text layer, which Qt
  writes for the Basic Multilingual Plane only, can then be mapped back to the emoji
  (resources/fonts/emoji-pua.tsv; services/pdf_text.py).

Families are renamed ("… Transcript") so that they never stand in for a system font of the
same name in the window. Run from the top of the repository, with fontTools, uharfbuzz
and emoji installed (build tools only, not dependencies of the app):

    python -m pip install fonttools uharfbuzz emoji
    python packaging/fonts.py            # downloads the sources into build/fonts-src/

The sources come from Debian (`apt-get download`) and PyPI (`pip download`).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
SRC = ROOT / "build" / "fonts-src"
DEBS = ("fonts-noto-core", "fonts-noto-cjk")
EMOJI_WHEEL = "manimgx-fonts==2026.9.26.post1"
SUFFIX = " Transcript"
PUA_START, PUA_END = 0xE000, 0xF8FF


def fetch() -> Path:
    """Download and unpack the sources once; returns the unpacked tree."""
    tree = SRC / "tree"
    if tree.is_dir():
        return tree
    SRC.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *DEBS], cwd=SRC, check=True)
    for deb in sorted(SRC.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(SRC), EMOJI_WHEEL],
                   check=True)
    with zipfile.ZipFile(next(SRC.glob("manimgx_fonts-*.whl"))) as wheel:
        wheel.extractall(tree / "wheel")
    return tree


def codes(*ranges: tuple[int, int]) -> set[int]:
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def double_byte(encoding: str, rows: range, cells) -> set[int]:
    """The characters of a legacy double-byte character set (its common repertoire)."""
    found = set()
    for row in rows:
        for cell in cells:
            try:
                text = bytes([row, cell]).decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(ord(text))
    return found


def rename(font, family: str) -> None:
    """New family names (1, 3, 4, 6, 16), keeping the copyright and licence records."""
    table = font["name"]
    style = table.getDebugName(2) or "Regular"
    postscript = family.replace(" ", "") + "-" + style.replace(" ", "")
    for record in list(table.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = f"{family} {style}" if style != "Regular" else family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};deskclient"
    table.removeNames(nameID=25)  # a variable font's prefix, gone with the axes


def subset(font, unicodes: set[int], out: Path, family: str) -> None:
    from fontTools import subset as ftsubset

    options = ftsubset.Options()
    options.layout_features = ["*"]  # Arabic joining, marks, kerning
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.glyph_names = False
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    rename(font, family)
    font.recalcTimestamp = False  # the source's dates: the same bytes at every build
    font.save(out)


def emoji_font(tree: Path) -> list[tuple[int, str]]:
    """The static Noto Emoji with a Private Use code point (and glyph) per sequence it
    draws as one glyph; returns [(code point, sequence)]."""
    import emoji
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent
    from fontTools.varLib import instancer

    source = next((tree / "wheel").rglob("NotoEmoji*.ttf"))
    font = instancer.instantiateVariableFont(TTFont(source), {"wght": 400})
    font.recalcTimestamp = False  # the source's dates: the same bytes at every build
    static = SRC / "NotoEmoji-static.ttf"
    font.save(static)

    shaper = hb.Font(hb.Face(hb.Blob.from_file_path(str(static))))
    order = font.getGlyphOrder()
    cmap = font.getBestCmap()
    invisible = {cmap.get(c) for c in (0x20, 0xFE0E, 0xFE0F, 0x200D)}  # VS16 shapes to a space

    def one_glyph(text: str) -> str | None:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(shaper, buffer, {})
        glyphs = [order[i.codepoint] for i in buffer.glyph_infos]
        drawn = [g for g in glyphs if g not in invisible]
        return drawn[0] if len(drawn) == 1 and drawn[0] != ".notdef" else None

    # Sequences, any emoji beyond the BMP, and the BMP's emoji-presentation characters
    # (⌚, ✅): what Qt would draw from a colour font. A text-style character (☺, ↔, ©)
    # stays text, drawn from the fonts in order.
    def wanted(text: str) -> bool:
        if len(text) > 1 or ord(text) >= 0x10000:
            return True
        data = emoji.EMOJI_DATA.get(text)
        return bool(data) and data.get("status") == emoji.STATUS["fully_qualified"]

    sequences: dict[str, str] = {}
    candidates = set(emoji.EMOJI_DATA)
    candidates |= {s.replace("\ufe0f", "") for s in emoji.EMOJI_DATA}
    candidates |= {chr(c) for c in cmap if c >= 0x10000 and not 0xE0000 <= c <= 0xE007F}
    candidates = {text for text in candidates if text and wanted(text)}
    for text in sorted(candidates, key=lambda s: (len(s), s)):
        if glyph := one_glyph(text):
            sequences[text] = glyph

    glyf, hmtx = font["glyf"], font["hmtx"]
    # A glyph the BMP already names (❤ for "❤️") would be named so in the PDF: Qt's text
    # layer takes the lowest code point of a glyph. Such sequences get a glyph of their own.
    used: set[str] = {glyph for code, glyph in cmap.items() if code < PUA_START}
    table: list[tuple[int, str]] = []
    new_cmap: dict[int, str] = {}
    code = PUA_START
    for text, glyph in sequences.items():
        if code > PUA_END:
            raise SystemExit("more emoji sequences than Private Use code points")
        name = glyph
        if glyph in used:  # a glyph of its own, so that the PDF's text says which sequence
            name = f"pua{code:04X}"
            copy = Glyph()
            component = GlyphComponent()
            component.glyphName, component.x, component.y, component.flags = glyph, 0, 0, 0x4  # ROUND_XY_TO_GRID
            copy.numberOfContours, copy.components = -1, [component]
            glyf.glyphs[name] = copy
            font.glyphOrder.append(name)
            hmtx.metrics[name] = hmtx.metrics[glyph]
            if "vmtx" in font:
                font["vmtx"].metrics[name] = font["vmtx"].metrics[glyph]
        used.add(glyph)
        new_cmap[code] = name
        table.append((code, text))
        code += 1
    glyf.glyphOrder = font.glyphOrder
    for sub in font["cmap"].tables:
        if sub.isUnicode():
            sub.cmap.update({c: g for c, g in new_cmap.items() if sub.format != 0})
    font.setGlyphOrder(font.glyphOrder)
    font["post"].formatType = 3.0  # no glyph names: smaller
    rename(font, "Noto Emoji" + SUFFIX)
    font.save(OUT / "NotoEmoji-Regular.ttf")
    return table


def main() -> int:
    try:
        import emoji  # noqa: F401
        import fontTools  # noqa: F401
        import uharfbuzz  # noqa: F401
    except ImportError:
        print("needs: python -m pip install fonttools uharfbuzz emoji", file=sys.stderr)
        return 2
    from fontTools.ttLib import TTCollection, TTFont

    tree = fetch()
    OUT.mkdir(parents=True, exist_ok=True)
    noto = tree / "usr/share/fonts/truetype/noto"
    latin = codes((0x20, 0x7E), (0xA0, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x1C80, 0x1C8F),
                  (0x1E00, 0x1FFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x218F),
                  (0x2190, 0x21FF), (0x2C60, 0x2C7F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F),
                  (0xA720, 0xA7FF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD))
    arabic = codes((0x20, 0x7E), (0xA0, 0xA0), (0x600, 0x6FF), (0x750, 0x77F), (0x870, 0x8FF),
                   (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0x200C, 0x200F), (0x25CC, 0x25CC))
    for weight in ("Regular", "Bold"):
        subset(TTFont(noto / f"NotoSans-{weight}.ttf"), latin, OUT / f"NotoSans-{weight}.ttf",
               "Noto Sans" + SUFFIX)
        subset(TTFont(noto / f"NotoSansArabic-{weight}.ttf"), arabic, OUT / f"NotoSansArabic-{weight}.ttf",
               "Noto Sans Arabic" + SUFFIX)
    cjk = (double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
           | double_byte("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
           | double_byte("euc_jp", range(0xA1, 0xD0), range(0xA1, 0xFF))
           | double_byte("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
           | codes((0x20, 0x7E), (0x3000, 0x312F), (0x3130, 0x318F), (0xFF00, 0xFFEF)))
    collection = TTCollection(tree / "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    simplified = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    subset(simplified, cjk, OUT / "NotoSansSC-Regular.otf", "Noto Sans SC" + SUFFIX)
    table = emoji_font(tree)
    with open(OUT / "emoji-pua.tsv", "w", encoding="ascii") as fh:
        fh.write("# Private Use code point in NotoEmoji-Regular.ttf<TAB>the emoji sequence it draws "
                 "(code points in hex); written by packaging/fonts.py\n")
        for code, text in table:
            fh.write(f"{code:04X}\t{' '.join(f'{ord(c):X}' for c in text)}\n")
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
