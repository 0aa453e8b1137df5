"""File loaders: extract titled sections of text from a file whose type `detect` judged."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator, Mapping

import docx
from bs4 import BeautifulSoup, CData, Tag
from bs4.element import NavigableString, PageElement
from docx.table import Table
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from knowledge.cleaning import clean_document, normalise_text
from knowledge.detect import (
    DOCX,
    HTML,
    MARKDOWN,
    MB,
    PDF,
    TEXT,
    base_name,
    decode_text,
    sniff,
)
from knowledge.types import LoadedDocument, Loader, LoadError, Section, TooLarge
from safety.injection import hidden_element

ENCRYPTED_PDF = "encrypted PDF: remove the password and upload it again"
NO_TEXT_PDF = "no extractable text, OCR not supported"


class _SectionBuilder:
    """Collects text under the current heading and closes a Section when a new one starts."""

    def __init__(self) -> None:
        """Start with an untitled section for text before the first heading."""
        self.sections: list[Section] = []
        self._title = ""
        self._parts: list[str] = []

    def add(self, text: str) -> None:
        """Append text to the current section."""
        self._parts.append(text)

    def start(self, title: str) -> None:
        """Close the current section and open one under `title`."""
        self.flush()
        self._title = title

    def flush(self) -> None:
        """Close the current section if it has any text."""
        text = normalise_text("".join(self._parts))
        if text:
            self.sections.append(Section(text=text, title=self._title))
        self._parts = []


class PdfLoader:
    """PDF via pypdf: one Section per page that has text, numbered from 1."""

    def load(self, data: bytes) -> LoadedDocument:
        """Extract each page's text; refuse encrypted, damaged and text-less (scanned) files."""
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise LoadError(ENCRYPTED_PDF)
            sections = [
                Section(text=page.extract_text() or "", page=number)
                for number, page in enumerate(reader.pages, start=1)
            ]
            title = str(reader.metadata.title or "") if reader.metadata else ""
        except LoadError:
            raise
        except (FileNotDecryptedError, DependencyError):
            # DependencyError: AES needs the optional `cryptography` package to even try.
            raise LoadError(ENCRYPTED_PDF) from None
        except Exception as exc:
            # pypdf raises many error types on malformed input; all mean the same to a coach.
            raise LoadError(f"not a readable PDF: the file may be damaged ({exc})") from exc
        pages = [section for section in sections if section.text.strip()]
        if not pages:
            raise LoadError(NO_TEXT_PDF)
        return LoadedDocument(content_type=PDF, sections=pages, title=title.strip())


_HEADING_STYLE = re.compile(r"^(?:heading ?[1-9]|title)$", re.IGNORECASE)


class DocxLoader:
    """Word (.docx) via python-docx: headings and the Title style start Sections."""

    def load(self, data: bytes) -> LoadedDocument:
        """Extract paragraphs and tables in document order."""
        try:
            document = docx.Document(io.BytesIO(data))
            builder = _SectionBuilder()
            first_title = ""
            for block in document.iter_inner_content():
                if isinstance(block, Table):
                    builder.add(_table_text(block) + "\n\n")
                    continue
                style = block.style
                names = (style.name or "", style.style_id or "") if style is not None else ()
                if any(_HEADING_STYLE.match(n) for n in names) and block.text.strip():
                    builder.start(block.text.strip())
                    if not first_title and "title" in (n.lower() for n in names):
                        first_title = block.text.strip()
                else:
                    builder.add(block.text + "\n\n")
            builder.flush()
            title = document.core_properties.title or first_title
        except Exception as exc:
            # python-docx surfaces zip, XML and package errors alike for a damaged file.
            reason = f"not a readable Word document: the file may be damaged ({exc})"
            raise LoadError(reason) from exc
        return LoadedDocument(content_type=DOCX, sections=builder.sections, title=title.strip())


def _table_text(table: Table) -> str:
    """A table as one line per row, cells separated by " | " (merged cells once)."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            # python-docx repeats a merged cell once per grid column it spans.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        rows.append(" | ".join(cells))
    return "\n".join(rows)


class _TextFormat:
    """A format read from decoded text; load_file passes the text it already decoded."""

    def load(self, data: bytes) -> LoadedDocument:
        """Decode the bytes, then parse the text."""
        text = decode_text(data)
        if text is None:
            raise LoadError("the file looks like binary data (not text)")
        return self.from_text(text)

    def from_text(self, text: str) -> LoadedDocument:
        """Parse decoded text."""
        raise NotImplementedError


class TextLoader(_TextFormat):
    """Plain text in any encoding charset-normalizer recognises: one Section."""

    def from_text(self, text: str) -> LoadedDocument:
        """Keep the text whole; paragraphs stay separated by blank lines."""
        return LoadedDocument(content_type=TEXT, sections=[Section(text=text.lstrip("\ufeff"))])


_FRONT_MATTER_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
# A header line (groups 1-2) or a code fence line (group 3), found in one pass over the text.
_MD_LINE = re.compile(r"^ {0,3}(?:(#{1,6})(?:[ \t]+(.*))?|(`{3,}|~{3,}).*)$", re.MULTILINE)


class MarkdownLoader(_TextFormat):
    """Markdown split on ATX headers; a Section's title is its header path ("A > B")."""

    def from_text(self, text: str) -> LoadedDocument:
        """Drop front matter, then split on headers outside code fences."""
        body, title = _front_matter(text.lstrip("\ufeff").replace("\r\n", "\n"))
        builder = _SectionBuilder()
        path: list[tuple[int, str]] = []
        fence, done = "", 0
        for line in _MD_LINE.finditer(body):
            marker = line.group(3)
            if marker and (not fence or marker.startswith(fence)):
                # A fence closes with the same character, at least as long as it opened.
                fence = "" if fence else marker
            if marker or fence:
                continue  # fences stay in the text; a "#" inside one is code, not a header
            builder.add(body[done : line.start()])
            done = line.end()
            level, heading = len(line.group(1)), _header_text(line.group(2) or "")
            path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, heading)]
            builder.start(" > ".join(t for _, t in path if t))
            if level == 1 and not title:
                title = heading
        builder.add(body[done:])
        builder.flush()
        return LoadedDocument(content_type=MARKDOWN, sections=builder.sections, title=title)


def _front_matter(text: str) -> tuple[str, str]:
    """The text without a leading YAML front matter block, and the block's `title:` if any."""
    lines = text.split("\n") if text.startswith("---") else [""]
    for i, line in enumerate(lines[1:] if lines[0].strip() == "---" else [], start=1):
        if line.strip() in ("---", "..."):
            found = _FRONT_MATTER_TITLE.search("\n".join(lines[1:i]))
            title = found.group(1).strip("\"'") if found else ""
            return "\n".join(lines[i + 1 :]), title
    return text, ""  # never closed: a thematic break, not front matter


def _header_text(raw: str) -> str:
    """Header text without the optional closing run of #s."""
    return re.sub(r"(?:^|[ \t]+)#+[ \t]*$", "", raw).strip()


_NOISE = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The break each tag puts before its content: a blank line (block), a new line, or a space.
_GAPS = {
    **dict.fromkeys("p div section article main blockquote pre table ul ol dl hr".split(), "\n\n"),
    **dict.fromkeys("figure address details li tr dt dd figcaption summary caption".split(), "\n"),
    "td": " ",
    "th": " ",
}


class HtmlLoader(_TextFormat):
    """HTML via BeautifulSoup's stdlib parser, without page chrome; h1-h6 start Sections."""

    def from_text(self, text: str) -> LoadedDocument:
        """Remove noise elements, then walk the body in document order."""
        soup = BeautifulSoup(text, "html.parser")
        title = soup.title.get_text(" ", strip=True) if soup.title else ""
        for tag in soup.find_all([*_NOISE, "head", "template", "iframe"]):
            # A <header> inside <article>/<main> holds the article's own heading: keep it.
            keep = tag.name == "header" and tag.find_parent(["article", "main"]) is not None
            if not keep and not tag.decomposed:
                tag.decompose()
        # Text a reader cannot see is a classic prompt-injection carrier: it never enters.
        for tag in soup.find_all(lambda t: hidden_element(t.attrs)):
            if not tag.decomposed:
                tag.decompose()
        if not title and (h1 := soup.find("h1")) is not None:
            title = h1.get_text(" ", strip=True)
        builder = _SectionBuilder()
        _walk_html(soup.body or soup, builder)
        builder.flush()
        return LoadedDocument(content_type=HTML, sections=builder.sections, title=title)


def _walk_html(root: Tag, builder: _SectionBuilder) -> None:
    """Feed text to `builder`; iterative so that deeply nested markup cannot overflow."""
    # Each frame: the children still to visit, the text to add after them, inside <pre>?
    stack: list[tuple[Iterator[PageElement], str, bool]] = [(iter(root.children), "", False)]
    while stack:
        children, closing, pre = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            builder.add(closing)
            continue
        if isinstance(child, Tag):
            if child.name in _HEADINGS:
                builder.start(child.get_text(" ", strip=True))
            elif child.name == "br":
                builder.add("\n")
            else:
                gap = _GAPS.get(child.name, "")
                builder.add(gap)
                # Only paragraphs need a break after them too; a list item's next one opens its own.
                closing = gap if gap == "\n\n" else ""
                stack.append((iter(child.children), closing, pre or child.name == "pre"))
        elif type(child) in (NavigableString, CData):
            # Outside <pre>, HTML renders any run of whitespace as one space.
            builder.add(str(child) if pre else re.sub(r"\s+", " ", str(child)))


LOADERS: Mapping[str, Loader] = {
    PDF: PdfLoader(),
    DOCX: DocxLoader(),
    MARKDOWN: MarkdownLoader(),
    HTML: HtmlLoader(),
    TEXT: TextLoader(),
}


def _megabytes(size: int, *, round_up: bool = False) -> str:
    """A size in MB with at most one decimal ("31.2", "25")."""
    value = size / MB
    # Round the file's size up so that a file just over the limit never reads as equal to it.
    value = math.ceil(value * 10) / 10 if round_up else round(value, 1)
    return f"{value:.1f}".removesuffix(".0")


def load_file(data: bytes, filename: str, *, max_bytes: int) -> LoadedDocument:
    """Check size, detect the type, load and clean the file; the result is already cleaned."""
    name = base_name(filename)
    if len(data) > max_bytes:
        raise TooLarge(
            f"{name} is {_megabytes(len(data), round_up=True)} MB; "
            f"the limit is {_megabytes(max_bytes)} MB"
        )
    if not data.strip():
        raise LoadError(f"empty file: {name} has no content")
    content_type, text = sniff(data, filename)
    if text is not None and not text.strip(" \t\r\n\f\v\ufeff\u200b\u00a0"):
        raise LoadError(f"empty file: {name} has only blank space")
    loader = LOADERS[content_type]
    if text is not None and isinstance(loader, _TextFormat):
        document = loader.from_text(text)
    else:
        document = loader.load(data)
    cleaned = clean_document(document)
    if not cleaned.sections:
        raise LoadError(f"no extractable text in {name}")
    return cleaned
