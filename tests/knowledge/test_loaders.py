"""Loaders: type detection by content, each format's sections, and every bad input's message."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from knowledge import loaders
from knowledge.detect import decode_text, detect_content_type
from knowledge.loaders import (
    DOCX,
    HTML,
    LOADERS,
    MARKDOWN,
    PDF,
    TEXT,
    DocxLoader,
    HtmlLoader,
    MarkdownLoader,
    PdfLoader,
    TextLoader,
    load_file,
)
from knowledge.types import LoadError, TooLarge, UnsupportedType
from tests.knowledge import samples

MB = 1024 * 1024
LIMIT = 25 * MB


def load(data: bytes, filename: str) -> loaders.LoadedDocument:
    """load_file with the default 25 MB limit."""
    return load_file(data, filename, max_bytes=LIMIT)


# --- the sample generator itself -------------------------------------------------------------


def test_generated_pdf_is_valid_and_pypdf_extracts_its_text() -> None:
    reader = PdfReader(io.BytesIO(samples.text_pdf()))
    assert len(reader.pages) == 4
    first = reader.pages[0].extract_text()
    assert samples.RUNNING_HEADER in first
    assert "Chapter 1. Anchoring habits" in first
    assert "Page 1 of 4" in first


# --- content-type detection ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (samples.text_pdf(), "guide.pdf", PDF),
        (samples.text_pdf(), "notes.txt", PDF),
        (samples.text_pdf(), "no-extension", PDF),
        (samples.sample_docx(), "method.docx", DOCX),
        (samples.sample_docx(), "method.md", DOCX),
        (samples.HTML.encode(), "page.html", HTML),
        (samples.HTML.encode(), "page.txt", HTML),
        (b"<p>Hello <b>there</b></p>", "snippet.htm", HTML),
        (b"<p>Hello</p> is how you write a paragraph", "tags.txt", TEXT),
        (b"No tags in here at all.", "plain.html", TEXT),
        (samples.MARKDOWN.encode(), "method.md", MARKDOWN),
        (samples.MARKDOWN.encode(), "method.markdown", MARKDOWN),
        (samples.MARKDOWN.encode(), "method.txt", TEXT),
        (b"Just some notes.", "notes", TEXT),
        (b"Just some notes.", "notes.weird", TEXT),
    ],
)
def test_detect_content_type_reads_the_content_first(
    data: bytes, filename: str, expected: str
) -> None:
    assert detect_content_type(data, filename) == expected


def test_pdf_named_txt_is_loaded_as_pdf_with_pages() -> None:
    doc = load(samples.text_pdf(), "notes.txt")
    assert doc.content_type == PDF
    assert [s.page for s in doc.sections] == [1, 2, 3, 4]


@pytest.mark.parametrize("filename", ["notes.md", "notes.txt", "notes", "page.html"])
def test_binary_renamed_as_text_says_it_is_binary(filename: str) -> None:
    kind = {"notes.md": "Markdown", "page.html": "HTML"}.get(filename, "text")
    with pytest.raises(UnsupportedType) as caught:
        detect_content_type(samples.binary_bytes(), filename)
    assert str(caught.value) == (
        f"{filename} looks like binary data (not text), so it cannot be read as {kind}"
    )


@pytest.mark.parametrize(
    ("data", "filename", "phrase"),
    [
        (samples.PNG_HEADER + samples.binary_bytes(), "photo.png", "photo.png looks like an image"),
        (samples.PNG_HEADER + samples.binary_bytes(), "notes.md", "notes.md looks like an image"),
        (samples.binary_bytes(), "budget.xlsx", "budget.xlsx is not a supported file type"),
        (samples.xlsx_like(), "budget.xlsx", "budget.xlsx is an Excel workbook"),
        (samples.zip_without_document(), "method.docx", "is a ZIP archive, not a Word document"),
        (b"PK\x03\x04broken", "archive.zip", "archive.zip looks like a damaged ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "old.doc", "an older Office file"),
    ],
)
def test_unsupported_content_names_the_formats_that_work(
    data: bytes, filename: str, phrase: str
) -> None:
    with pytest.raises(UnsupportedType) as caught:
        load(data, filename)
    message = str(caught.value)
    assert phrase in message
    assert "PDF, Word (DOCX), Markdown, HTML and plain text" in message


def test_unsupported_type_is_a_load_error() -> None:
    with pytest.raises(LoadError):
        load(samples.binary_bytes(), "notes.md")


def test_filename_with_a_browser_path_is_reported_by_its_base_name() -> None:
    with pytest.raises(UnsupportedType, match=r"^notes\.md looks like binary"):
        load(samples.binary_bytes(), "C:\\fakepath\\notes.md")


# --- size and emptiness ----------------------------------------------------------------------


def test_too_large_reports_size_and_limit_in_mb() -> None:
    data = b"x" * int(31.2 * MB)
    with pytest.raises(TooLarge) as caught:
        load_file(data, "report.pdf", max_bytes=LIMIT)
    assert str(caught.value) == "report.pdf is 31.2 MB; the limit is 25 MB"


def test_a_file_just_over_the_limit_never_reads_as_equal_to_it() -> None:
    with pytest.raises(TooLarge, match=r"is 25\.1 MB; the limit is 25 MB"):
        load_file(b"x" * (LIMIT + 1), "report.txt", max_bytes=LIMIT)


def test_a_file_at_the_limit_is_accepted() -> None:
    data = b"word " * (MB // 5)
    doc = load_file(data, "big.txt", max_bytes=len(data))
    assert doc.sections[0].text.startswith("word word")


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n  ", "  \n\u00a0 ".encode("utf-16"), b"\xef\xbb\xbf \n"]
)
def test_empty_or_blank_file_is_rejected(data: bytes) -> None:
    with pytest.raises(LoadError, match=r"^empty file"):
        load(data, "empty.txt")


def test_markdown_with_only_front_matter_has_no_text() -> None:
    with pytest.raises(LoadError, match=r"^no extractable text in only-meta\.md"):
        load(b"---\ntitle: Nothing else\n---\n", "only-meta.md")


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_sections_carry_1_based_page_numbers_and_title() -> None:
    doc = PdfLoader().load(samples.text_pdf())
    assert doc.content_type == PDF
    assert doc.title == "Practitioner Guide"
    assert [s.page for s in doc.sections] == [1, 2, 3, 4]
    assert "Chapter 3. Accountability" in doc.sections[2].text


def test_load_file_returns_cleaned_pdf_text_without_headers_or_footers() -> None:
    doc = load(samples.text_pdf(), "guide.pdf")
    assert doc.sections[0].text.startswith("Chapter 1. Anchoring habits")
    for section in doc.sections:
        assert samples.RUNNING_HEADER not in section.text
        assert samples.RUNNING_FOOTER not in section.text
        assert "Page" not in section.text
    assert "We are building on what is already automatic." in doc.sections[0].text


def test_scanned_pdf_without_text_is_rejected() -> None:
    with pytest.raises(LoadError) as caught:
        load(samples.scanned_pdf(), "scan.pdf")
    assert str(caught.value) == "no extractable text, OCR not supported"


def test_pdf_keeps_text_pages_and_skips_a_blank_one() -> None:
    doc = load(samples.mixed_pdf(), "mixed.pdf")
    assert [s.page for s in doc.sections] == [1, 3]
    assert doc.sections[1].text == "Third page text on review."


def test_password_protected_pdf_is_rejected() -> None:
    with pytest.raises(LoadError) as caught:
        load(samples.encrypted_pdf(), "locked.pdf")
    assert str(caught.value) == "encrypted PDF: remove the password and upload it again"


def test_pdf_with_only_an_owner_password_opens_without_one() -> None:
    doc = load(samples.owner_only_encrypted_pdf(), "restricted.pdf")
    assert len(doc.sections) == 4
    assert "Chapter 2. Reflection loops" in doc.sections[1].text


@pytest.mark.parametrize("data", [samples.corrupt_pdf(), samples.truncated_pdf()])
def test_corrupt_pdf_is_a_load_error_not_a_crash(data: bytes) -> None:
    with pytest.raises(LoadError, match=r"^not a readable PDF: "):
        load(data, "broken.pdf")


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_headings_start_sections_and_tables_are_kept() -> None:
    doc = DocxLoader().load(samples.sample_docx())
    assert doc.content_type == DOCX
    assert doc.title == "Anchor Method"
    assert [s.title for s in doc.sections] == ["Anchor Method", "Getting started", "Tracking"]
    assert doc.sections[0].text == "An introduction before any heading."
    started = doc.sections[1].text
    assert (
        started
        == "Pick one existing routine as the anchor.\n\nAttach the new habit right after it."
    )
    tracking = doc.sections[2].text
    assert "Week | Check-ins\nOne | Twice" in tracking
    assert tracking.endswith("Review the table each Friday.")
    assert all(s.page is None for s in doc.sections)


def test_damaged_docx_is_a_load_error() -> None:
    truncated = samples.sample_docx()[:2000]
    assert detect_content_type(truncated, "method.docx") == DOCX
    with pytest.raises(LoadError, match=r"^not a readable Word document"):
        load(truncated, "method.docx")


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_sections_follow_the_header_path() -> None:
    doc = MarkdownLoader().load(samples.MARKDOWN.encode())
    titles = [s.title for s in doc.sections]
    assert titles == [
        "",
        "Method",
        "Method > Anchor it",
        "Method > Anchor it > Small steps",
        "Method > Review",
        "Appendix",
    ]
    assert doc.title == "The Anchor Method"  # from the front matter
    assert doc.sections[0].text == "Some words before the first header."
    assert doc.sections[3].text == "Start with two minutes."


def test_markdown_drops_front_matter_and_keeps_code_fences() -> None:
    doc = MarkdownLoader().load(samples.MARKDOWN.encode())
    everything = "\n".join(s.text for s in doc.sections)
    assert "tags:" not in everything
    anchor = doc.sections[2].text
    assert "```python\n# not a header: this is inside a code fence\n" in anchor
    assert 'anchor = "coffee"\n```' in anchor


def test_markdown_title_falls_back_to_the_first_h1() -> None:
    doc = MarkdownLoader().load(b"Intro line\n\n# First\ntext\n## Sub\nmore\n# Second\nend\n")
    assert doc.title == "First"
    assert [s.title for s in doc.sections] == ["", "First", "First > Sub", "Second"]


def test_markdown_hashtag_without_space_is_not_a_header() -> None:
    doc = MarkdownLoader().load(b"#habits are #small\n\nNo header here.")
    assert len(doc.sections) == 1
    assert doc.sections[0].text.startswith("#habits are #small")


# --- HTML ------------------------------------------------------------------------------------


def test_html_noise_is_removed() -> None:
    doc = HtmlLoader().load(samples.HTML.encode())
    everything = "\n".join(s.text for s in doc.sections)
    for noise in ("SCRIPT", "color: red", "SITE-HEADER", "NAV-NOISE", "FORM-NOISE", "ASIDE"):
        assert noise not in everything
    for noise in ("COMMENT-NOISE", "NOSCRIPT-NOISE", "SVG-NOISE", "FOOTER-NOISE"):
        assert noise not in everything


def test_html_headings_start_sections_and_text_keeps_its_shape() -> None:
    doc = HtmlLoader().load(samples.HTML.encode())
    assert doc.title == "Reflection Loops"
    assert [s.title for s in doc.sections] == ["Reflection Loops", "Why it works", "How to start"]
    assert doc.sections[0].text == "Each week the client writes three lines."
    assert doc.sections[1].text == (
        "Noticing small wins builds momentum.\nIt also builds trust.\n\nWins\nLessons"
    )
    assert doc.sections[2].text == "step 1\nstep 2"


def test_html_title_falls_back_to_the_first_h1() -> None:
    doc = HtmlLoader().load(b"<body><h1>Goals</h1><p>Set one.</p><h2>Why</h2><p>Focus.</p>")
    assert doc.title == "Goals"
    assert [(s.title, s.text) for s in doc.sections] == [("Goals", "Set one."), ("Why", "Focus.")]


def test_deeply_nested_html_does_not_overflow() -> None:
    html = "<div>" * 5000 + "deep text" + "</div>" * 5000
    doc = load(html.encode(), "deep.html")
    assert doc.sections[0].text == "deep text"


# --- plain text and encodings ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_encodings_are_decoded(encoding: str) -> None:
    data = samples.ACCENTED_PARAGRAPH.encode(encoding)
    doc = load(data, "notes.txt")
    assert doc.content_type == TEXT
    assert len(doc.sections) == 1
    text = doc.sections[0].text
    assert text == samples.ACCENTED_PARAGRAPH
    assert "café" in text and "naïve" in text and "résumé" in text


def test_latin1_text_is_decoded() -> None:
    data = samples.ACCENTED_PARAGRAPH.encode("latin-1")
    assert decode_text(data) == samples.ACCENTED_PARAGRAPH


def test_text_loader_keeps_paragraphs_in_one_section() -> None:
    raw = "First paragraph.\n\nSecond paragraph.\n"
    doc = TextLoader().load(raw.encode())
    assert [s.text for s in doc.sections] == [raw]  # cleaning is clean_document's job
    assert doc.sections[0].title == ""
    assert doc.sections[0].page is None


def test_utf8_bom_is_not_part_of_the_text() -> None:
    doc = load("\ufeffHello coach".encode(), "hello.md")
    assert doc.sections[0].text == "Hello coach"


def test_decode_text_returns_none_for_binary() -> None:
    assert decode_text(samples.binary_bytes()) is None
    assert decode_text(b"\x01\x02\x03\x04" * 100) is None


def test_every_supported_type_has_a_loader() -> None:
    assert set(LOADERS) == {PDF, DOCX, MARKDOWN, HTML, TEXT}
    assert isinstance(LOADERS[PDF], PdfLoader)
