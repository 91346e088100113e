#!/usr/bin/env bash
# Regenerates the sample attachments that a simulated citizen sends to the
# citizen-service desk (see README.md in this directory).
#
# Usage:
#   ./make_samples.sh            # regenerate every sample, then verify it
#   ./make_samples.sh --check    # only verify the existing samples
#
# Requirements: bash, python3 (stdlib only for generation, PySide6 for the
# sticker), ffmpeg/ffprobe (with libx264, aac, libopus), espeak-ng,
# ImageMagick 6 (`convert`).
# Optional: set PYTHON to an interpreter with PySide6 (e.g. the project venv)
# to also check the PDF with QtPdf and the images with QImage:
#   PYTHON=/work/venv/bin/python ./make_samples.sh
#
# Output is deterministic-ish: no timestamps, fixed ZIP dates, bitexact
# ffmpeg muxing, stripped image metadata. Byte-identical output across
# different tool versions is NOT guaranteed (encoders change).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
cd "$HERE"

need() { command -v "$1" >/dev/null 2>&1 || { echo "missing tool: $1" >&2; exit 1; }; }

generate() {
    for t in "$PYTHON" ffmpeg ffprobe espeak-ng convert; do need "$t"; done
    local tmp
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' RETURN

    # ------------------------------------------------------------------ PDF
    # Two-page PDF written by hand: Helvetica (standard 14 font, not
    # embedded) with WinAnsiEncoding, so "·" and "à" are single cp1252 bytes
    # and the text is extractable. Cross-reference offsets are computed.
    "$PYTHON" - certificat.pdf <<'PY'
import sys

def pdf_str(text):
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

def page_stream(lines):
    # lines: list of (font_size, y, text)
    out = []
    for size, y, text in lines:
        out.append(b"BT /F1 %d Tf 72 %d Td " % (size, y) + pdf_str(text) + b" Tj ET")
    return b"\n".join(out) + b"\n"

pages = [
    [(20, 770, "Sol·licitud de certificat digital"),
     (12, 740, "Servei d'Atenció Ciutadana"),
     (11, 710, "El sotasignat sol·licita l'emissió d'un certificat digital"),
     (11, 694, "de persona física per als tràmits electrònics municipals."),
     (11, 664, "Document de mostra generat per a proves de deskclient.")],
    [(16, 770, "Pàgina 2: dades del sol·licitant"),
     (11, 740, "Nom: Joan Garcia i Puig"),
     (11, 724, "DNI: 00000000T (fictici)"),
     (11, 708, "Adreça: Carrer Major, 1, 08001 Barcelona"),
     (11, 692, "Telèfon: 600 000 000")],
]

title = "Sol·licitud de certificat digital"
title_hex = b"<" + ("\ufeff" + title).encode("utf-16-be").hex().upper().encode() + b">"

objs = {}
n_pages = len(pages)
page_ids = [4 + 2 * i for i in range(n_pages)]
objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
           + b"] /Count %d >>" % n_pages)
objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
for pid, lines in zip(page_ids, pages):
    stream = page_stream(lines)
    objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pid + 1))
    objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
info_id = max(objs) + 1
objs[info_id] = b"<< /Title " + title_hex + b" /Producer (deskclient make_samples.sh) >>"

out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = {}
for oid in sorted(objs):
    offsets[oid] = len(out)
    out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
xref_pos = len(out)
size = max(objs) + 1
out += b"xref\n0 %d\n" % size
out += b"0000000000 65535 f \n"
for oid in range(1, size):
    out += b"%010d 00000 n \n" % offsets[oid]
out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (size, info_id, xref_pos))
with open(sys.argv[1], "wb") as f:
    f.write(out)
PY

    # ----------------------------------------------------------------- DOCX
    # Minimal WordprocessingML package: [Content_Types].xml, _rels/.rels,
    # word/document.xml (+ docProps/core.xml and its relationship).
    # Fixed ZIP timestamps so the file is reproducible.
    "$PYTHON" - formulari.docx <<'PY'
import sys, zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
content_types = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')
rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '</Relationships>')
core = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<dc:title>Formulari de sol·licitud</dc:title><dc:creator>deskclient make_samples.sh</dc:creator>'
    '</cp:coreProperties>')

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def para(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

body = "".join([
    para("Formulari de sol·licitud", bold=True, size=32),
    para("Ajuntament de Sant Martí — Servei d'Atenció Ciutadana"),
    para("Nom i cognoms: Joan Garcia i Puig"),
    para("DNI: 00000000T (fictici)"),
    para("Tràmit: sol·licitud de certificat digital"),
    para("Data: 15/01/2025"),
    para("Signatura: ____________________"),
])
document = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}"><w:body>{body}'
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
    '</w:sectPr></w:body></w:document>')

parts = [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
         ("docProps/core.xml", core), ("word/document.xml", document)]
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for name, data in parts:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data.encode("utf-8"))
PY

    # ------------------------------------------------------------------ XML
    # Facturae-like invoice on a single line (no indentation) so that a
    # pretty printer has something to do. UTF-8 with accented text.
    "$PYTHON" - factura.xml <<'PY'
import sys
xml = (
 '<?xml version="1.0" encoding="UTF-8"?>'
 '<fe:Facturae xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml">'
 '<FileHeader><SchemaVersion>3.2.2</SchemaVersion><Modality>I</Modality><InvoiceIssuerType>EM</InvoiceIssuerType>'
 '<Batch><BatchIdentification>B-2025-0001</BatchIdentification><InvoicesCount>1</InvoicesCount>'
 '<TotalInvoicesAmount><TotalAmount>24.20</TotalAmount></TotalInvoicesAmount>'
 '<TotalOutstandingAmount><TotalAmount>24.20</TotalAmount></TotalOutstandingAmount>'
 '<TotalExecutableAmount><TotalAmount>24.20</TotalAmount></TotalExecutableAmount>'
 '<InvoiceCurrencyCode>EUR</InvoiceCurrencyCode></Batch></FileHeader>'
 '<Parties><SellerParty><TaxIdentification><PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode>'
 '<TaxIdentificationNumber>B00000000</TaxIdentificationNumber></TaxIdentification>'
 '<LegalEntity><CorporateName>Serveis Tècnics Pérez i Associats, S.L.</CorporateName>'
 '<AddressInSpain><Address>Carrer de la Indústria, 12</Address><PostCode>08025</PostCode><Town>Barcelona</Town>'
 '<Province>Barcelona</Province><CountryCode>ESP</CountryCode></AddressInSpain></LegalEntity></SellerParty>'
 '<BuyerParty><TaxIdentification><PersonTypeCode>F</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode>'
 '<TaxIdentificationNumber>00000000T</TaxIdentificationNumber></TaxIdentification>'
 '<Individual><Name>Joan</Name><FirstSurname>Garcia</FirstSurname><SecondSurname>Puig</SecondSurname>'
 '<AddressInSpain><Address>Carrer Major, 1</Address><PostCode>08001</PostCode><Town>Barcelona</Town>'
 '<Province>Barcelona</Province><CountryCode>ESP</CountryCode></AddressInSpain></Individual></BuyerParty></Parties>'
 '<Invoices><Invoice><InvoiceHeader><InvoiceNumber>2025-017</InvoiceNumber><InvoiceSeriesCode>A</InvoiceSeriesCode>'
 '<InvoiceDocumentType>FC</InvoiceDocumentType><InvoiceClass>OO</InvoiceClass></InvoiceHeader>'
 '<InvoiceIssueData><IssueDate>2025-01-15</IssueDate><InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>'
 '<TaxCurrencyCode>EUR</TaxCurrencyCode><LanguageName>ca</LanguageName></InvoiceIssueData>'
 '<TaxesOutputs><Tax><TaxTypeCode>01</TaxTypeCode><TaxRate>21.00</TaxRate><TaxableBase><TotalAmount>20.00</TotalAmount></TaxableBase>'
 '<TaxAmount><TotalAmount>4.20</TotalAmount></TaxAmount></Tax></TaxesOutputs>'
 '<InvoiceTotals><TotalGrossAmount>20.00</TotalGrossAmount><TotalGrossAmountBeforeTaxes>20.00</TotalGrossAmountBeforeTaxes>'
 '<TotalTaxOutputs>4.20</TotalTaxOutputs><TotalTaxesWithheld>0.00</TotalTaxesWithheld><InvoiceTotal>24.20</InvoiceTotal>'
 '<TotalOutstandingAmount>24.20</TotalOutstandingAmount><TotalExecutableAmount>24.20</TotalExecutableAmount></InvoiceTotals>'
 '<Items><InvoiceLine><ItemDescription>Revisió tècnica de la instal·lació elèctrica (còpia per a l\'Ajuntament)</ItemDescription>'
 '<Quantity>1.0</Quantity><UnitOfMeasure>01</UnitOfMeasure><UnitPriceWithoutTax>20.00</UnitPriceWithoutTax>'
 '<TotalCost>20.00</TotalCost><GrossAmount>20.00</GrossAmount>'
 '<TaxesOutputs><Tax><TaxTypeCode>01</TaxTypeCode><TaxRate>21.00</TaxRate><TaxableBase><TotalAmount>20.00</TotalAmount></TaxableBase>'
 '<TaxAmount><TotalAmount>4.20</TotalAmount></TaxAmount></Tax></TaxesOutputs></InvoiceLine></Items>'
 '<AdditionalData><InvoiceAdditionalInformation>Factura de mostra, dades fictícies. Pagament per transferència.</InvoiceAdditionalInformation></AdditionalData>'
 '</Invoice></Invoices></fe:Facturae>\n')
with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write(xml)
PY

    # --------------------------------------------------------------- images
    # ImageMagick 6; -strip and excluded PNG time chunks keep them stable.
    # foto.jpg: 640x480 "landscape": sky gradient, sun, hills, a house.
    convert -size 640x480 gradient:'#4a90d9-#cfe8f7' \
        -fill '#ffd23f' -stroke '#f0a000' -strokewidth 3 -draw 'circle 520,100 520,150' \
        -stroke none -fill '#3f8f3f' -draw 'ellipse 160,520 360,200 0,360' \
        -fill '#2e7d32' -draw 'ellipse 520,540 300,220 0,360' \
        -fill '#f5e6c8' -draw 'rectangle 250,280 390,400' \
        -fill '#b03a2e' -draw 'polygon 235,285 320,210 405,285' \
        -fill '#6d4c41' -draw 'rectangle 305,330 335,400' \
        -fill '#90caf9' -stroke '#5d4037' -strokewidth 2 -draw 'rectangle 265,300 295,325' \
        -draw 'rectangle 350,300 380,325' \
        -strip -sampling-factor 4:2:0 -quality 82 foto.jpg

    # captura.png: 320x240 mock "screenshot" of an app window (no fonts needed).
    convert -size 320x240 xc:'#eceff1' \
        -fill '#1565c0' -draw 'rectangle 0,0 319,23' \
        -fill '#ef5350' -draw 'circle 304,11 304,16' \
        -fill '#ffca28' -draw 'circle 288,11 288,16' \
        -fill '#66bb6a' -draw 'circle 272,11 272,16' \
        -fill '#ffffff' -draw 'rectangle 8,8 120,15' \
        -fill '#cfd8dc' -draw 'rectangle 0,24 79,239' \
        -fill '#90a4ae' -draw 'rectangle 8,36 70,44' -draw 'rectangle 8,54 62,62' -draw 'rectangle 8,72 66,80' \
        -fill '#ffffff' -stroke '#b0bec5' -draw 'roundrectangle 90,36 310,110 6,6' \
        -stroke none -fill '#455a64' -draw 'rectangle 100,48 260,54' -draw 'rectangle 100,62 290,68' -draw 'rectangle 100,76 220,82' \
        -fill '#e53935' -stroke '#b71c1c' -draw 'roundrectangle 90,122 310,170 6,6' \
        -stroke none -fill '#ffffff' -draw 'rectangle 100,134 280,140' -draw 'rectangle 100,148 240,154' \
        -fill '#1565c0' -draw 'roundrectangle 230,200 310,228 4,4' \
        -strip -define png:exclude-chunks=date,time -define png:compression-level=9 \
        PNG24:captura.png

    # escaneig.bmp: 200x150 8-bit palette BMP, a greyish "scanned" page
    # with text-like bars and a stamp.
    convert -size 200x150 xc:'#9e9e9e' \
        -fill '#f4f1ea' -draw 'polygon 18,6 186,4 188,146 16,148' \
        -fill '#3a3a3a' \
        -draw 'rectangle 32,16 120,22' \
        -draw 'rectangle 32,34 170,37' -draw 'rectangle 32,42 165,45' -draw 'rectangle 32,50 172,53' \
        -draw 'rectangle 32,58 150,61' -draw 'rectangle 32,72 168,75' -draw 'rectangle 32,80 160,83' \
        -draw 'rectangle 32,88 110,91' \
        -fill none -stroke '#2a4d8f' -strokewidth 2 -draw 'circle 140,120 140,136' \
        -stroke '#3a3a3a' -strokewidth 1 -draw 'line 36,128 100,124' \
        -strip -type Palette -colors 64 -compress None BMP3:escaneig.bmp

    # ---------------------------------------------------------- voice note
    # espeak-ng (Catalan voice) -> WAV, padded/trimmed to exactly 3.0 s,
    # encoded as Opus in Ogg (.oga), mono 24 kb/s.
    espeak-ng -v ca -s 160 -w "$tmp/veu.wav" "Bon dia, adjunto el certificat digital."
    ffmpeg -hide_banner -loglevel error -y -i "$tmp/veu.wav" \
        -af 'apad=whole_dur=3,atrim=duration=3' -ac 1 -ar 48000 \
        -c:a libopus -b:a 24k -application voip \
        -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
        -metadata title='Nota de veu' \
        nota-veu.oga

    # ---------------------------------------------------------------- video
    # 2 s testsrc 160x120@25 + 440 Hz sine; H.264 (yuv420p) + AAC, faststart.
    ffmpeg -hide_banner -loglevel error -y \
        -f lavfi -i 'testsrc=size=160x120:rate=25:duration=2' \
        -f lavfi -i 'sine=frequency=440:sample_rate=44100:duration=2' \
        -map 0:v -map 1:a \
        -c:v libx264 -preset medium -crf 30 -pix_fmt yuv420p -threads 1 \
        -c:a aac -b:a 48k -ac 1 \
        -shortest -movflags +faststart \
        -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
        video.mp4

    # -------------------------------------------------------------- sticker
    # sticker.webp: a static Telegram sticker (512x512 WebP with transparency,
    # a smiling face in a white outline), drawn with QPainter and written by
    # Qt's WebP plugin (PYTHON must have PySide6 for this one).
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$PYTHON" - sticker.webp <<'PY'
import sys
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

app = QGuiApplication(sys.argv)
image = QImage(512, 512, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
p = QPainter(image)
p.setRenderHint(QPainter.RenderHint.Antialiasing)
p.setPen(QPen(QColor("white"), 18))
p.setBrush(QColor("#ffc83d"))
p.drawEllipse(QRectF(56, 56, 400, 400))
p.setPen(Qt.PenStyle.NoPen)
p.setBrush(QColor("#5b3a1a"))
p.drawEllipse(QRectF(170, 170, 48, 72))
p.drawEllipse(QRectF(294, 170, 48, 72))
smile = QPainterPath(QPointF(160, 300))
smile.cubicTo(QPointF(200, 390), QPointF(312, 390), QPointF(352, 300))
smile.closeSubpath()
p.setBrush(QColor("#5b3a1a"))
p.drawPath(smile)
p.setBrush(QColor("#ff7a8a"))
p.drawEllipse(QRectF(120, 260, 56, 34))
p.drawEllipse(QRectF(336, 260, 56, 34))
p.end()
assert image.save(sys.argv[1], "WEBP", 80)
PY
}

check() {
    local rc=0
    echo "== sizes"
    ls -l certificat.pdf foto.jpg captura.png escaneig.bmp factura.xml nota-veu.oga video.mp4 formulari.docx sticker.webp \
        | awk '{printf "  %-16s %7d bytes\n", $9, $5}'
    echo "== media (ffprobe)"
    for f in nota-veu.oga video.mp4; do
        printf '  %-16s ' "$f"
        ffprobe -v error -show_entries format=duration:stream=codec_name,width,height,pix_fmt,sample_rate \
            -of compact=p=0:nk=0 "$f" | tr '\n' ' '
        echo
    done
    echo "== structure (python stdlib)"
    "$PYTHON" - <<'PY' || rc=1
import sys, zipfile, xml.dom.minidom
ok = True
doc = xml.dom.minidom.parse("factura.xml")
print("  factura.xml      well-formed, root", doc.documentElement.tagName,
      "| lines:", open("factura.xml", encoding="utf-8").read().count("\n"))
with zipfile.ZipFile("formulari.docx") as z:
    assert z.testzip() is None
    names = z.namelist()
    for req in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if req not in names:
            print("  formulari.docx missing", req); ok = False
    for n in names:
        xml.dom.minidom.parseString(z.read(n))
    print("  formulari.docx   zip ok, parts:", ", ".join(names))
pdf = open("certificat.pdf", "rb").read()
print("  certificat.pdf   header", pdf[:8], "| %%EOF at end:", pdf.rstrip().endswith(b"%%EOF"))
sys.exit(0 if ok else 1)
PY
    if "$PYTHON" -c 'import PySide6' 2>/dev/null; then
        echo "== Qt (QtPdf / QImage)"
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$PYTHON" - <<'PY' || rc=1
import sys
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication(sys.argv)
ok = True
doc = QPdfDocument()
err = doc.load("certificat.pdf")
n = doc.pageCount()
texts = [doc.getAllText(i).text() for i in range(n)]
exp = ["Sol·licitud de certificat digital", "Pàgina 2: dades del sol·licitant"]
print("  certificat.pdf   load:", err.name, "| pageCount:", n)
for i, e in enumerate(exp):
    hit = i < n and e in texts[i]
    ok &= hit
    print(f"    page {i+1} contains {e!r}: {hit}")
ok &= n == 2
for name, (w, h) in {"foto.jpg": (640, 480), "captura.png": (320, 240), "escaneig.bmp": (200, 150),
                     "sticker.webp": (512, 512)}.items():
    img = QImage(name)
    good = not img.isNull() and (img.width(), img.height()) == (w, h)
    ok &= good
    print(f"  {name:<16} {img.width()}x{img.height()} depth={img.depth()} format={img.format().name} ok={good}")
sys.exit(0 if ok else 1)
PY
    else
        echo "== Qt checks skipped (PYTHON=$PYTHON has no PySide6)"
    fi
    return $rc
}

case "${1:-}" in
    --check) check ;;
    "") generate; check ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
