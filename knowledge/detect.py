"""Content-type detection: what a file is, judged from its bytes; the name only breaks ties."""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from pathlib import PureWindowsPath

import charset_normalizer

from knowledge.types import UnsupportedType

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN = "text/markdown"
HTML = "text/html"
TEXT = "text/plain"

SUPPORTED = "PDF, Word (DOCX), Markdown, HTML and plain text"

MB = 1024 * 1024
# Enough of the file to judge whether it is text without scanning all 25 MB.
_SAMPLE = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_KINDS = {".md": "Markdown", ".markdown": "Markdown", ".html": "HTML", ".htm": "HTML"}
_MAGIC = (
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", "a rich-text (RTF) file"),
)
_ZIP_KINDS = (("xl/", "an Excel workbook"), ("ppt/", "a PowerPoint presentation"))
_HTML_START = re.compile(r"^\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_ANY_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?/?>")


def base_name(filename: str) -> str:
    """The file's base name as the coach saw it (browsers may send a full path)."""
    return PureWindowsPath(filename).name or "the file"


def _extension(filename: str) -> str:
    """The lower-case extension, with its dot, or ""."""
    return PureWindowsPath(filename).suffix.lower()


def _looks_like_text(text: str) -> bool:
    """True unless the sample is littered with control characters or decoding failures."""
    sample = text[:_SAMPLE]
    bad = sum(ch == "\ufffd" or unicodedata.category(ch) == "Cc" for ch in sample)
    # Whitespace controls are text; anything else above 2% means binary or a wrong decoding.
    whitespace = sum(sample.count(ch) for ch in "\t\n\r\f\v")
    return bad - whitespace <= len(sample) * 0.02


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16, recognised by NULs in every other byte (Latin-script text)."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    half = max(len(sample) // 2, 1)
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > 0.4 * half and even_nuls == 0:
        codec = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> str | None:
    """The text in `data` (BOM, then UTF-8, then detected encoding), or None if it is binary."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _looks_like_text(text) else None
    if b"\x00" in data[:_SAMPLE]:
        decoded = _utf16_without_bom(data)
    else:
        try:
            # Strict UTF-8 first: it is the common case and detectors misjudge short UTF-8.
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data).best()
            decoded = str(best) if best is not None else None
    return decoded if decoded is not None and _looks_like_text(decoded) else None


def _unsupported(what: str) -> UnsupportedType:
    """An UnsupportedType that also says which formats do work."""
    return UnsupportedType(f"{what}; Lodestar can read {SUPPORTED} files")


def _zip_type(data: bytes, filename: str) -> str:
    """DOCX if the archive holds a Word document, otherwise UnsupportedType naming it."""
    name = base_name(filename)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        if _extension(filename) == ".docx":
            return DOCX  # a damaged Word file: the loader reports it as unreadable
        raise _unsupported(f"{name} looks like a damaged ZIP archive") from None
    if "word/document.xml" in names:
        return DOCX
    kind = next(
        (what for prefix, what in _ZIP_KINDS if any(n.startswith(prefix) for n in names)),
        "a ZIP archive, not a Word document",
    )
    raise _unsupported(f"{name} is {kind}")


def _binary_error(data: bytes, filename: str) -> UnsupportedType:
    """The error for binary content, in the words a coach would use."""
    name, ext = base_name(filename), _extension(filename)
    what = next((what for magic, what in _MAGIC if data.startswith(magic)), "")
    if what:
        return _unsupported(f"{name} looks like {what}")
    if ext in _TEXT_KINDS or ext in ("", ".txt"):
        kind = _TEXT_KINDS.get(ext, "text")
        return UnsupportedType(
            f"{name} looks like binary data (not text), so it cannot be read as {kind}"
        )
    return _unsupported(f"{name} is not a supported file type")


def sniff(data: bytes, filename: str) -> tuple[str, str | None]:
    """The content type of `data` and, for text formats, its decoded text."""
    ext = _extension(filename)
    # The extension breaks a tie: some writers put junk before the header, which readers allow.
    if data.startswith(b"%PDF-") or (ext == ".pdf" and b"%PDF-" in data[:1024]):
        return PDF, None
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_type(data, filename), None
    if any(data.startswith(magic) for magic, _ in _MAGIC):
        raise _binary_error(data, filename)
    text = decode_text(data)
    if text is None:
        raise _binary_error(data, filename)
    head = text[:_SAMPLE].lstrip("\ufeff")
    tagged = ext in (".html", ".htm") and _ANY_TAG.search(head) is not None
    if tagged or _HTML_START.match(head):
        return HTML, text
    if ext in (".md", ".markdown"):
        return MARKDOWN, text
    return TEXT, text


def detect_content_type(data: bytes, filename: str) -> str:
    """The content type judged from the bytes first; the extension only breaks ties."""
    return sniff(data, filename)[0]
