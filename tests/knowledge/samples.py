"""Builds the sample files the knowledge tests read; nothing binary is committed."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Sequence

import docx
from pypdf import PdfReader, PdfWriter

# A page is a list of text lines; None draws a filled rectangle instead (a "scanned" page).
PageSpec = Sequence[str] | None


def _pdf_escape(text: str) -> str:
    """Escape a string for a PDF literal string (parentheses and backslashes)."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content_stream(lines: PageSpec) -> bytes:
    """The drawing operators for one page: one text line per row, or a bare rectangle."""
    if lines is None:
        return b"0.5 g 72 72 400 600 re f"
    ops = ["BT", "/F1 12 Tf", "16 TL", "72 740 Td"]
    for line in lines:
        ops.append(f"({_pdf_escape(line)}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def make_pdf(pages: Sequence[PageSpec], title: str = "") -> bytes:
    """A minimal valid PDF 1.4: catalog, page tree, Helvetica, one content stream per page."""
    n = len(pages)
    font_id = 3
    first_page_id = 4
    info_id = first_page_id + 2 * n
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        font_id: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = " ".join(f"{first_page_id + 2 * i} 0 R" for i in range(n))
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    for i, lines in enumerate(pages):
        page_id, content_id = first_page_id + 2 * i, first_page_id + 2 * i + 1
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        stream = _content_stream(lines)
        objects[content_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects[info_id] = f"<< /Title ({_pdf_escape(title)}) >>".encode("latin-1")
    return _serialise_pdf(objects, root_id=1, info_id=info_id)


def _serialise_pdf(objects: dict[int, bytes], root_id: int, info_id: int) -> bytes:
    """Write numbered objects, the cross-reference table and the trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for obj_id in sorted(objects):
        offsets[obj_id] = out.tell()
        out.write(b"%d 0 obj\n" % obj_id + objects[obj_id] + b"\nendobj\n")
    xref_at = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for obj_id in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[obj_id])
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (size, root_id, info_id, xref_at)
    )
    return out.getvalue()


RUNNING_HEADER = "Lodestar Coaching Method - Practitioner Guide"
RUNNING_FOOTER = "Confidential - for enrolled coaches only"

PAGE_BODIES: list[list[str]] = [
    [
        "Chapter 1. Anchoring habits",
        "Every new habit needs an anchor: something the client already does",
        "each day without thinking. We are build-",
        "ing on what is already automatic.",
    ],
    [
        "Chapter 2. Reflection loops",
        "At the end of each week the client writes three lines about what",
        "worked. Healthy self-esteem grows from noticing small wins.",
    ],
    [
        "Chapter 3. Accountability",
        "The coach checks in twice a week. Missed check-ins are not failures;",
        "they are data about the anchor.",
    ],
    [
        "Chapter 4. Review",
        "After six weeks, review which anchors held and which need a new cue.",
    ],
]


def text_pdf(pages: int = 4) -> bytes:
    """A text PDF whose pages repeat a running header, a footer and a page number."""
    specs: list[PageSpec] = []
    for i, body in enumerate(PAGE_BODIES[:pages], start=1):
        specs.append([RUNNING_HEADER, *body, RUNNING_FOOTER, f"Page {i} of {pages}"])
    return make_pdf(specs, title="Practitioner Guide")


def scanned_pdf() -> bytes:
    """A PDF whose only page is a drawing, as a scan without OCR looks to a text extractor."""
    return make_pdf([None])


def mixed_pdf() -> bytes:
    """A PDF with a text page, a blank (drawn) page and another text page."""
    return make_pdf([["First page text about anchors."], None, ["Third page text on review."]])


def encrypted_pdf(password: str = "s3cret") -> bytes:
    """A text PDF protected by a user password (RC4, which pypdf does without `cryptography`)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def owner_only_encrypted_pdf() -> bytes:
    """A PDF with only an owner password (permissions): it opens without a password."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_pdf() -> bytes:
    """A PDF header followed by garbage: the file was cut short and overwritten."""
    return text_pdf()[:9] + bytes(range(256)) * 4


def truncated_pdf() -> bytes:
    """The first 40% of a valid PDF, as an interrupted download leaves it."""
    data = text_pdf()
    return data[: len(data) * 2 // 5]


def sample_docx() -> bytes:
    """A Word document with a title, headings, paragraphs and a table."""
    document = docx.Document()
    document.core_properties.title = "Anchor Method"
    document.add_heading("Anchor Method", level=0)
    document.add_paragraph("An introduction before any heading.")
    document.add_heading("Getting started", level=1)
    document.add_paragraph("Pick one existing routine as the anchor.")
    document.add_paragraph("Attach the new habit right after it.")
    document.add_heading("Tracking", level=2)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Week"
    table.cell(0, 1).text = "Check-ins"
    table.cell(1, 0).text = "One"
    table.cell(1, 1).text = "Twice"
    document.add_paragraph("Review the table each Friday.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_without_document() -> bytes:
    """A ZIP archive that is not a Word document (no word/document.xml)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes/readme.txt", "just a zipped note")
    return out.getvalue()


def xlsx_like() -> bytes:
    """A ZIP laid out like an Excel workbook."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


MARKDOWN = """---
title: The Anchor Method
tags: [habits, coaching]
---

Some words before the first header.

# Method

The method has two parts.

## Anchor it

Pick a routine the client already has.

```python
# not a header: this is inside a code fence
anchor = "coffee"
```

### Small steps ###

Start with two minutes.

## Review

Look back each week.

# Appendix

Extra reading.
"""

HTML = """<!DOCTYPE html>
<html>
<head>
  <title>Reflection Loops</title>
  <style>body { color: red; }</style>
  <script>var tracking = "SCRIPT-NOISE";</script>
</head>
<body>
  <header><a href="/">SITE-HEADER-NOISE</a></header>
  <nav><ul><li>NAV-NOISE Home</li><li>About</li></ul></nav>
  <main>
    <article>
      <header><h1>Reflection Loops</h1></header>
      <p>Each week the client
         writes <b>three</b> lines.</p>
      <h2>Why it works</h2>
      <p>Noticing small wins builds momentum.<br>It also builds trust.</p>
      <ul><li>Wins</li><li>Lessons</li></ul>
      <form><input name="q"><button>FORM-NOISE</button></form>
      <aside>ASIDE-NOISE related posts</aside>
      <h2>How to start</h2>
      <pre>step 1
step 2</pre>
      <!-- COMMENT-NOISE -->
      <noscript>NOSCRIPT-NOISE</noscript>
      <svg><text>SVG-NOISE</text></svg>
    </article>
  </main>
  <footer>FOOTER-NOISE copyright</footer>
</body>
</html>
"""

ACCENTED_PARAGRAPH = (
    "Le café du coin est un lieu où la cliente, un peu naïve, relit son résumé "
    "chaque matin. Elle note ses réussites, ses échecs et ce qu'elle a appris "
    "pendant la semaine écoulée. Son coach lui demande d'être précise et honnête.\n\n"
    "Deuxième paragraphe : les habitudes se construisent à partir de petites étapes."
)


def binary_bytes(size: int = 2048) -> bytes:
    """Deterministic random bytes with NULs, like an image or an archive."""
    rng = random.Random(7)
    return b"\x00\x01" + bytes(rng.randrange(256) for _ in range(size))


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes([0, 0, 0, 16] * 2) + b"\x08\x06\0\0\0"
