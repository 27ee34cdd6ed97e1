"""Where a partygraph project keeps its parts: ontology, data, queries and build output."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from partygraph.errors import PartygraphError
from partygraph.util.files import file_digest, relative_path

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["Project"]


@dataclass(frozen=True)
class Project:
    """The folders of one partygraph project, all below ``root``."""

    root: Path
    data_dir: Path
    build_dir: Path

    @classmethod
    def at(cls, root: Path, *, data_dir: Path | None = None,
           build_dir: Path | None = None) -> Project:
        """The project in ``root``; raises PartygraphError when it has no ontology."""
        root = root.resolve()
        project = cls(root, (data_dir or root / "data").resolve(),
                      (build_dir or root / "build").resolve())
        if not project.ontology_file.is_file():
            raise PartygraphError(
                f"{root} is not a partygraph project: {project.ontology_file} is missing "
                "(run the command from the project folder or pass --root)"
            )
        return project

    @property
    def ontology_file(self) -> Path:
        """The OWL ontology in Turtle."""
        return self.root / "ontology" / "partygraph.ttl"

    @property
    def shapes_file(self) -> Path:
        """The SHACL shapes in Turtle."""
        return self.root / "ontology" / "shapes.ttl"

    @property
    def articles_dir(self) -> Path:
        """The stored article texts: the only files fact sheets may name."""
        return self.data_dir / "articles"

    @property
    def queries_dir(self) -> Path:
        """The saved SPARQL queries."""
        return self.root / "queries"

    @property
    def dataset_file(self) -> Path:
        """The built dataset as sorted N-Quads."""
        return self.build_dir / "partygraph.nq"

    @property
    def store_dir(self) -> Path:
        """The persistent embedded store."""
        return self.build_dir / "store"

    @property
    def manifest_file(self) -> Path:
        """What the last build was made from and what it holds."""
        return self.build_dir / "manifest.json"

    @property
    def cache_dir(self) -> Path:
        """Each sheet's compiled graph and the origin of its triples, kept between builds."""
        return self.build_dir / "cache"

    def sheet_files(self) -> list[Path]:
        """Every fact sheet under the data folder, sorted."""
        return _files_under(self.data_dir, ".yaml")

    def unread_files(self) -> list[tuple[Path, str]]:
        """The files a build leaves out though they look meant as fact sheets, and why.

        Every file under ``data/sheets/`` that is not a ``.yaml`` file, every ``.yml``
        file under the data folder, and every ``.yaml`` file that is a symbolic link to a
        file outside the data folder, sorted by path.
        """
        sheets = self.data_dir / "sheets"
        unread: dict[Path, str] = {}
        for entry in _scan(self.data_dir):
            path, is_file = Path(entry.path), entry.is_file()
            in_sheets = path.is_relative_to(sheets)
            if path.name.endswith(".yaml"):
                if is_file and _leads_out(entry, self.data_dir):
                    unread[path] = f"a symbolic link to a file outside {self.data_dir.name}/"
                elif not is_file and in_sheets:
                    unread[path] = "not a regular file"
            elif in_sheets or path.name.endswith(".yml"):
                unread[path] = "fact sheets end in .yaml"
        return sorted(unread.items())

    def relative(self, path: Path) -> str:
        """``path`` relative to the project's root (POSIX form), or as given outside it."""
        return relative_path(path, self.root)

    def load_ontology(self) -> Graph:
        """Parse the ontology; raises PartygraphError naming the file on a syntax error."""
        return _parse_turtle(self.ontology_file)

    def load_shapes(self) -> Graph:
        """Parse the SHACL shapes; raises PartygraphError naming the file on a syntax error."""
        return _parse_turtle(self.shapes_file)

    def input_digest(self, known: Mapping[str, str] | None = None) -> str:
        """A digest of every input of a build, to tell whether the store is up to date.

        ``known`` maps files (as paths relative to the root) to the SHA-256 of their
        bytes in hex, for files a build has hashed already; the others are read.
        """
        known = known or {}
        digest = hashlib.sha256()
        files = [self.ontology_file, *self.sheet_files()]
        files += _files_under(self.data_dir, ".txt")
        for file in files:
            relative = self.relative(file)
            digest.update(f"{relative}\0{known.get(relative) or file_digest(file)}\n".encode())
        return digest.hexdigest()




def _files_under(folder: Path, suffix: str) -> list[Path]:
    """The files below ``folder`` whose names end in ``suffix``, sorted by path.

    Walks with :func:`os.scandir`, whose entries know their kind without a call to stat:
    at national scale (thousands of sheets) listing and sorting Path objects, as
    ``Path.rglob`` does, costs a tenth of a second per call."""
    found: list[tuple[list[str], str]] = []
    for entry in _scan(folder):
        if entry.name.endswith(suffix) and entry.is_file() and not _leads_out(entry, folder):
            found.append((entry.path.split(os.sep), entry.path))
    return [Path(path) for _parts, path in sorted(found)]


def _leads_out(entry: os.DirEntry[str], folder: Path) -> bool:
    """True for a symbolic link to a file outside ``folder``: never read (a sheet could
    otherwise make the build read any file the user can)."""
    return entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(folder.resolve())


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    """The entries below ``folder``, folders left out (and symbolic links to them not
    followed)."""
    found: list[os.DirEntry[str]] = []
    pending = [str(folder)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue  # a folder that vanished or cannot be read holds no sheets
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            else:
                found.append(entry)
    return found


def _parse_turtle(file: Path) -> Graph:
    from rdflib import Graph  # rdflib: for start-up time, only when a file is parsed

    try:
        return Graph().parse(file, format="turtle")
    except FileNotFoundError:
        raise PartygraphError(f"{file}: file not found") from None
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise PartygraphError(f"{file}: not valid Turtle: {exc}") from None
