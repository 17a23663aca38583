"""Reading an article: bytes → plain text, with the main text of HTML pages taken out.

Plain text is decoded as UTF-8 (a byte-order mark is honoured); text that is
not UTF-8 is decoded as Windows-1252, the usual encoding of such files, and a
note says so. HTML pages go through trafilatura, a maintained main-text
extractor. Binary files, empty files and pages without an article body are
refused with an :class:`~graph.errors.ArticleError` naming the file.

Examples
--------
>>> text = article_text(b"Iran denies supplying missiles.\\n", name="a.txt")
>>> text.body
'Iran denies supplying missiles.'
>>> article_text(b"", name="empty.txt")
Traceback (most recent call last):
...
graph.errors.ArticleError: empty.txt: the file is empty; there is no article text to extract facts from
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ArticleError

__all__ = ["ARTICLE_SUFFIXES", "ArticleText", "article_text", "read_article"]

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")

_LOG = logging.getLogger(__name__)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S
)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|span|a|h[1-6])[\s>/]", re.I)
_MIN_WORDS = 8  # fewer words than this is a menu or a cookie banner, not an article
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what the reader learnt on the way.

    ``title`` is the page title of an HTML page (None for plain text) and
    ``format`` is ``"text"`` or ``"html"``.
    """

    body: str
    title: str | None = None
    format: str = "text"


def read_article(path: str | os.PathLike[str]) -> ArticleText:
    """Read the article at ``path`` (plain text or an HTML page).

    Raises
    ------
    ArticleError
        The file cannot be read, is empty or binary, or holds no article text.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a folder, not an article file") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read: {exc.strerror}") from None
    return article_text(data, name=name)


def article_text(data: bytes, *, name: str = "<article>") -> ArticleText:
    """Decode ``data`` and take out the article text.

    Raises
    ------
    ArticleError
        Empty or binary data, or an HTML page without an article body.
    """
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty; there is no article text to extract facts from")
    if _looks_binary(data):
        raise ArticleError(f"{name}: this is a binary file, not article text or HTML")
    if _HTML_START.match(data[:2048]) or len(_HTML_TAGS.findall(data[:20000])) >= 3:
        return _from_html(data, name)
    body = _normalise(_decode(data, name))
    if not body:
        raise ArticleError(f"{name}: holds no text")
    return ArticleText(body)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > len(head) // 100


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _LOG.warning("%s is not UTF-8 (%s at byte %d); read it as Windows-1252", name, exc.reason, exc.start)
        return data.decode("cp1252", errors="replace")


def _from_html(data: bytes, name: str) -> ArticleText:
    import trafilatura

    html = _decode(data, name)
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body or len(body.split()) < _MIN_WORDS:
        raise ArticleError(f"{name}: an HTML page without an article body (no main text found)")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    return ArticleText(_normalise(body), title=title, format="html")


def _normalise(text: str) -> str:
    """Unix newlines, no trailing spaces, no runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
