#!/usr/bin/env python3
"""Writes the seed corpora of the mbox, eml, whatsapp_zip, pdf, image and html fuzz targets.

Every seed is synthetic (.example domains, UK drama phone numbers). Run from the repository root:
    python3 fuzz/corpus/make_importer_seeds.py
"""
import io
import struct
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def write(target, name, data):
    (ROOT / target).mkdir(exist_ok=True)
    (ROOT / target / name).write_bytes(data if isinstance(data, bytes) else data.encode())


MESSAGE = (
    "From: Anna Example <anna@mail.example>\n"
    "To: ben@mail.example\n"
    "Subject: =?UTF-8?B?Q2Fmw6kgam9i?=\n"
    "Date: Thu, 12 Mar 2026 21:15:07 +0000\n"
    "Message-ID: <m1@mail.example>\n"
    "References: <m0@mail.example>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
    "--b1\nContent-Type: text/html; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<p>Caf=E9 job, call 07700 900123</p>\n"
    "--b1\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"../room.png\"\n"
    "Content-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUg==\n"
    "--b1\nContent-Type: message/rfc822\n\nFrom: x@mail.example\nSubject: fwd\n\ninner\n"
    "--b1--\n"
)


def email_seeds():
    write("eml", "multipart.eml", MESSAGE)
    write("eml", "plain.eml", "From: a@mail.example\nSubject: hi\nDate: not a date\n\nbody\n")
    write("eml", "headers_only.eml", "X-Nothing: 1\n")
    write("mbox", "three.mbox",
          "From a@mail.example Thu Mar 12 21:15:07 2026\n" + MESSAGE + "\n"
          "From b@mail.example Thu Mar 12 21:16:07 2026\nFrom: b@mail.example\nSubject: 2\n\n>From x\n\n"
          "From c@mail.example Thu Mar 12 21:17:07 2026\nSubject: cut\nContent-Type: multipart/mixed; "
          "boundary=z\n\n--z\nContent-Type: text/plain\n\nunterminated")
    write("mbox", "not_mbox.txt", "no From line here\n")


def zip_bytes(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


CHAT = ("12/03/2026, 21:15 - Anna: IMG-20260312-WA0001.jpg (file attached)\n"
        "12/03/2026, 21:16 - Ben: <attached: 00000002-PHOTO-2026-03-12-21-16-00.jpg>\n"
        "13/03/2026, 09:00 - Ben: call 07700 900123\nsecond line\n")


def zip_seeds():
    write("whatsapp_zip", "android.zip",
          zip_bytes([("WhatsApp Chat with Anna.txt", CHAT), ("IMG-20260312-WA0001.jpg", b"\xff\xd8\xff\xe0x")]))
    write("whatsapp_zip", "ios_traversal.zip",
          zip_bytes([("_chat.txt", CHAT), ("../../00000002-PHOTO-2026-03-12-21-16-00.jpg", b"x")]))
    whole = zip_bytes([("_chat.txt", CHAT * 20)])
    write("whatsapp_zip", "cut.zip", whole[: len(whole) // 2])
    write("whatsapp_zip", "no_chat.zip", zip_bytes([("photo.jpg", b"x")]))


def pdf(pages, info=True):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>"]
    n = len(pages)
    font = 3 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>")
    for i, text in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        content = f"BT /F1 12 Tf 20 150 Td ({text}) Tj ET"
        objs.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append("<< /Title (Synthetic) /Author (Anna Example) /CreationDate (D:20260312211507Z) >>")
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R"
    out += f" /Info {len(objs)} 0 R" if info else ""
    out += f" >>\nstartxref\n{xref}\n%%EOF\n"
    return out


def pdf_seeds():
    write("pdf", "two_pages.pdf", pdf(["Room ready, call 07700 900123", "Second page"]))
    write("pdf", "no_xref.pdf", pdf(["text"]).split("xref")[0])
    write("pdf", "empty_page.pdf", pdf([""], info=False))


def exif_tiff():
    """A little-endian TIFF with IFD0 (Make, Model, ExifIFD, GPS IFD), an Exif IFD
    (DateTimeOriginal, BodySerialNumber) and a GPS IFD (latitude, longitude)."""
    entries0, entries_exif, entries_gps = [], [], []
    data = bytearray()
    base = 8

    def ascii_entry(tag, text):
        return (tag, 2, text.encode() + b"\0")

    def rational_entry(tag, values):
        return (tag, 5, b"".join(struct.pack("<II", a, b) for a, b in values))

    entries0 = [ascii_entry(0x010F, "Canon"), ascii_entry(0x0110, "Canon EOS 5D")]
    entries_exif = [ascii_entry(0x9003, "2026:03:12 21:15:07"), ascii_entry(0xA431, "123456789012")]
    entries_gps = [ascii_entry(0x0001, "N"), rational_entry(0x0002, [(51, 1), (30, 1), (2637, 100)]),
                   ascii_entry(0x0003, "W"), rational_entry(0x0004, [(0, 1), (7, 1), (3954, 100)])]

    def ifd_size(entries):
        return 2 + 12 * len(entries) + 4

    off0 = base
    off_exif = off0 + ifd_size(entries0) + 24  # two pointer entries added below
    off_gps = off_exif + ifd_size(entries_exif)
    data_start = off_gps + ifd_size(entries_gps)
    blobs = bytearray()

    def pack(entries, extra=()):
        nonlocal blobs
        out = bytearray(struct.pack("<H", len(entries) + len(extra)))
        for tag, typ, value in sorted(list(entries) + list(extra)):
            size = {2: 1, 4: 4, 5: 8}[typ]
            count = len(value) // size if typ != 4 else 1
            if typ == 4:
                out += struct.pack("<HHII", tag, typ, 1, value)
            elif len(value) <= 4:
                out += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\0")
            else:
                out += struct.pack("<HHII", tag, typ, count, data_start + len(blobs))
                blobs += value
        return out + struct.pack("<I", 0)

    ifd0 = pack(entries0, [(0x8769, 4, off_exif), (0x8825, 4, off_gps)])
    ifd_exif = pack(entries_exif)
    ifd_gps = pack(entries_gps)
    return b"II*\0" + struct.pack("<I", off0) + ifd0 + ifd_exif + ifd_gps + bytes(blobs)


def minimal_jpeg(app1=b""):
    # SOI, optional APP1, then a baseline 8x8 greyscale image (one DC-only block) and EOI.
    dqt = b"\xff\xdb\x00\x43\x00" + bytes([1] * 64)
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    dht_dc = b"\xff\xc4\x00\x14\x00" + bytes([1] + [0] * 15) + b"\x00"
    dht_ac = b"\xff\xc4\x00\x14\x10" + bytes([1] + [0] * 15) + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    scan = b"\x00"  # DC diff category 0, then EOB
    return b"\xff\xd8" + app1 + dqt + sof + dht_dc + dht_ac + sos + scan + b"\xff\xd9"


def image_seeds():
    tiff = exif_tiff()
    app1 = b"\xff\xe1" + struct.pack(">H", len(tiff) + 8) + b"Exif\0\0" + tiff
    write("image", "exif_gps_serial.jpg", minimal_jpeg(app1))
    write("image", "no_exif.jpg", minimal_jpeg())
    broken = bytearray(minimal_jpeg(app1))
    broken[30:40] = b"\xff" * 10
    write("image", "broken_exif.jpg", bytes(broken))
    write("image", "tiny.png", b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" +
          struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0) +
          struct.pack(">I", zlib.crc32(b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))))


def html_seeds():
    write("html", "page.html", "<!DOCTYPE html><html><head><title>Ad</title><style>p{}</style></head>"
          "<body><h1>Anna</h1><p>New&nbsp;in town, call <b>07700 900123</b></p><ul><li>a<li>b</ul>")
    write("html", "nested.html", "<div>" * 2000 + "deep" + "<table><tr><td>x")
    write("html", "charset.html", b"<meta charset=iso-8859-1><p>caf\xe9</p>")


if __name__ == "__main__":
    email_seeds()
    zip_seeds()
    pdf_seeds()
    image_seeds()
    html_seeds()
