"""Checks of the stored articles against the sheets that read them.

A fact sheet reads one article (its source's ``text``), and every answer counts a fact once
only while each article is read by one sheet and stored once. Three slips pass the sheets'
own checks and are reported here as warnings, located in the file to mend:

- an article under ``data/articles/`` that no sheet reads (its facts are in no answer);
- an article read by two sheets (each fact they share is counted under two sources);
- an article stored twice under two names (the same text after its header).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from partygraph.compile.dataset import Origin
from partygraph.project import Project
from partygraph.util.memo import read_kept, write_kept
from partygraph.util.text import decode_utf8, nfc, squash_spaces
from partygraph.validate.results import ValidationResult

__all__ = ["body_digest", "body_digests", "check_articles", "same_text"]


def _warning(shape: str, en: str, vi: str, file: str, line: int = 1) -> ValidationResult:
    return ValidationResult(severity="warning", message=en, message_vi=vi, focus=file,
                            path=None, value=None, shape=shape,
                            origins=(Origin(file, line, ""),))


# The header an article starts with (``date 2020-06 (GLO)-``), which two copies may word
# otherwise; the text after it, on its line and the next, is the article's.
_HEADER = re.compile(r"\A\s*date\s+\S+\s*\([^)\n]*\)\s*-")


def body_digest(file: Path) -> str | None:
    """The SHA-256 of an article's text after its header, its spacing and Unicode form made
    even; None when it cannot be read or holds nothing after the header (the sheets' own
    checks say why). A file unchanged since it was last digested (same path, size and
    modification time) is not read again, so drafting a batch reads each stored article once."""
    try:
        stat = file.stat()
    except OSError:
        return None
    return _digest(str(file.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=65536)
def _digest(path: str, _mtime_ns: int, _size: int) -> str | None:
    try:
        return _digest_of(Path(path).read_bytes(), path)
    except OSError:
        return None


def _digest_of(data: bytes, name: str) -> str | None:
    """The body digest of an article's bytes (see :func:`body_digest`)."""
    try:
        text = decode_utf8(data, name)
    except ValueError:
        return None
    body = squash_spaces(nfc(_HEADER.sub("", text, count=1)))
    return hashlib.sha256(body.encode()).hexdigest() if body else None


# Kept beside the build: the body digest of each article by the SHA-256 of its bytes, under
# a digest of this module (the rule that makes a body even may change with it).
_KEPT_BODIES = "article-bodies.json"


def body_digests(files: Sequence[Path], known: Mapping[Path, str],
                 kept_file: Path | None = None) -> dict[Path, str | None]:
    """:func:`body_digest` of each of ``files``, given the SHA-256 of the bytes of those a
    build has just hashed (``known``); the others are hashed here.

    With ``kept_file``, a body digest found there under those bytes' digest is not worked
    out again (reading, normalising and hashing every stored article took a fifth of a
    second of validating one sheet at 721 articles); what was used is kept there for next
    time. Keyed by content, not by modification time, so an edit is never missed."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    kept = _kept_bodies(read_kept(kept_file, code, None) if kept_file is not None else None)
    digests: dict[Path, str | None] = {}
    used: dict[str, str | None] = {}
    fresh = False
    for file in files:
        raw = known.get(file)
        if raw is None or raw not in kept:
            try:
                data = file.read_bytes()
            except OSError:
                digests[file] = None
                continue
            raw = hashlib.sha256(data).hexdigest()
            if raw not in kept:
                kept[raw] = _digest_of(data, str(file))
                fresh = True
        digests[file] = used[raw] = kept[raw]
    if kept_file is not None and (fresh or len(used) != len(kept)):
        write_kept(kept_file, code, used)
    return digests


def _kept_bodies(found: object) -> dict[str, str | None]:
    """The body digests kept under their bytes' digests in ``found`` (what
    :func:`body_digests` kept); anything else there, damaged, is left out (worked out again)."""
    if not isinstance(found, dict):
        return {}
    return {raw: body for raw, body in found.items() if body is None or isinstance(body, str)}


def _stored(folder: Path) -> list[Path]:
    """The files under ``folder``, hidden ones (``.gitkeep``, ``.DS_Store``) left out."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _read_by(article: str, readers: Mapping[str, list[str]]) -> str:
    sheets = readers.get(article)
    return f", which {sheets[0]} reads" if sheets else ""


def check_articles(project: Project, read: Mapping[str, tuple[str, int]],
                   known: Mapping[str, str] | None = None) -> list[ValidationResult]:
    """Warnings about the stored articles, given the article each sheet reads (``read``:
    sheet -> (article, line of the sheet's source block), both paths relative to the
    project's root) and the SHA-256 of the files a build has just hashed (``known``, by
    path relative to the root: not read again when their text's digest is kept)."""
    results: list[ValidationResult] = []
    readers: dict[str, list[str]] = {}
    for sheet, (article, _line) in sorted(read.items()):
        readers.setdefault(article, []).append(sheet)
    for article, sheets in sorted(readers.items()):
        for sheet in sheets[1:]:
            results.append(_warning(
                "articles:read-twice",
                f"reads the article {article}, as {sheets[0]} does: one article, one fact "
                "sheet (facts they share are counted under two sources); merge the two sheets",
                f"đọc cùng bài báo {article} với {sheets[0]}: mỗi bài báo chỉ một bảng dữ "
                "kiện (dữ kiện trùng sẽ bị tính theo hai nguồn); hãy gộp hai bảng",
                sheet, read[sheet][1]))
    names = {file: project.relative(file) for file in _stored(project.articles_dir)}
    # articles a sheet reads first, so that a copy no sheet reads is the one named twice
    stored = sorted(names, key=lambda file: (names[file] not in readers, file))
    known = known or {}
    digests = body_digests(stored, {f: known[n] for f, n in names.items() if n in known},
                           project.build_dir / _KEPT_BODIES)
    first_of: dict[str, str] = {}
    for file in stored:
        name = names[file]
        if name not in readers:
            results.append(_warning(
                "articles:unread",
                "no fact sheet reads this article (its source's text names it): none of its "
                f"facts is in the graph; start one with 'partygraph new {name}'",
                "chưa có bảng dữ kiện nào đọc bài báo này: không dữ kiện nào của nó có trong "
                f"đồ thị; hãy bắt đầu bằng 'partygraph new {name}'",
                name))
        digest = digests[file]
        if digest is None:
            continue
        if digest in first_of:
            results.append(_warning(
                "articles:stored-twice",
                f"the same text (after the header) as {first_of[digest]}"
                f"{_read_by(first_of[digest], readers)}: an article "
                "stored twice; if both have fact sheets, each fact is counted under two "
                "sources; keep one",
                f"trùng nội dung với {first_of[digest]} (sau phần đầu): một bài báo được lưu "
                "hai lần; nếu cả hai có bảng dữ kiện, mỗi dữ kiện bị tính theo hai nguồn; "
                "hãy giữ một bản",
                name))
        else:
            first_of[digest] = name
    return results


def same_text(project: Project, article: Path) -> list[str]:
    """The other stored articles with the text of ``article`` (after its header line), by
    path relative to the project's root."""
    digest = body_digest(article)
    if digest is None:
        return []
    return [project.relative(other) for other in _stored(project.articles_dir)
            if other.resolve() != article.resolve() and body_digest(other) == digest]
