"""Where a partygraph project keeps its parts: ontology, data, queries and build output.

A folder is a project when it holds ``partygraph.toml`` (written by ``partygraph init``) or an
``ontology/partygraph.ttl`` of its own (the repository's layout). Each ontology file (the
classes and properties, the concept schemes, the shapes) is the project's own
``ontology/NAME`` when it has one, else the one installed with partygraph. The saved queries
are the catalogue installed with partygraph and the project's ``queries/*.rq``; a local query
with a catalogue query's name replaces it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from partygraph.errors import PartygraphError
from partygraph.resources import packaged_doc_files, packaged_ontology_dir, packaged_queries_dir
from partygraph.util.files import file_digest, relative_path

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["MARKER", "Project", "create_project", "is_project", "parse_turtle"]

MARKER = "partygraph.toml"  # the file that makes a folder a project (``partygraph init``)


def is_project(folder: Path) -> bool:
    """True when ``folder`` is a partygraph project: it holds ``partygraph.toml`` or an
    ontology of its own."""
    return (folder / MARKER).is_file() or (folder / "ontology" / "partygraph.ttl").is_file()


@dataclass(frozen=True)
class Project:
    """The folders of one partygraph project, all below ``root``."""

    root: Path
    data_dir: Path
    build_dir: Path

    @classmethod
    def at(cls, root: Path, *, data_dir: Path | None = None,
           build_dir: Path | None = None) -> Project:
        """The project in ``root``; raises PartygraphError when it is not one, or when its
        ontology cannot be found."""
        root = root.resolve()
        if not root.is_dir():
            raise PartygraphError(f"{root}: no such folder, so no partygraph project")
        if not is_project(root):
            raise PartygraphError(f"{root} is not a partygraph project: it has no {MARKER} "
                                  f"('partygraph init {root}' makes it one)")
        project = cls(root, (data_dir or root / "data").resolve(),
                      (build_dir or root / "build").resolve())
        if not project.ontology_file.is_file():
            raise PartygraphError(f"{root}: the ontology {project.ontology_file} is missing")
        return project

    @classmethod
    def find(cls, start: Path) -> Project:
        """The nearest project at or above ``start``; raises PartygraphError naming
        ``start`` when there is none."""
        start = start.resolve()
        for folder in (start, *start.parents):
            if is_project(folder):
                return cls.at(folder)
        raise PartygraphError(
            f"no partygraph project in {start} or any folder above it: run the command in "
            "one ('partygraph init DIR' starts one) or pass --root")

    def ontology_path(self, name: str) -> Path:
        """The ontology file ``name`` (``shapes.ttl`` ...): the project's own
        ``ontology/NAME`` when there is one, else the one installed with partygraph."""
        own = self.root / "ontology" / name
        return own if own.is_file() else packaged_ontology_dir() / name

    @property
    def ontology_file(self) -> Path:
        """The OWL ontology in Turtle."""
        return self.ontology_path("partygraph.ttl")

    @property
    def concepts_file(self) -> Path:
        """The SKOS concept schemes (levels, roles, measures, ...) fact sheets name by notation."""
        return self.ontology_path("concepts.ttl")

    @property
    def extensions_dir(self) -> Path:
        """The project's additions to the ontology (new concepts, terms): ``*.ttl`` files."""
        return self.root / "ontology" / "extensions"

    def concept_files(self) -> list[Path]:
        """The files the concept schemes are read from: the concept schemes, then the
        project's extensions (which may add concepts to any scheme)."""
        return [self.concepts_file, *sorted(self.extensions_dir.glob("*.ttl"))]

    def ontology_files(self) -> list[Path]:
        """Every file of the ontology: the classes and properties, the concept schemes, then
        the project's extensions."""
        return [self.ontology_file, *self.concept_files()]

    @property
    def shapes_file(self) -> Path:
        """The SHACL shapes in Turtle."""
        return self.ontology_path("shapes.ttl")

    @property
    def articles_dir(self) -> Path:
        """The stored article texts: the only files fact sheets may name."""
        return self.data_dir / "articles"

    @property
    def queries_dir(self) -> Path:
        """The project's own saved SPARQL queries (which extend the packaged catalogue)."""
        return self.root / "queries"

    def query_files(self) -> dict[str, Path]:
        """Every saved query's file by name, sorted: the packaged catalogue, each replaced by
        the project's ``queries/NAME.rq`` when there is one, and the project's other queries."""
        found = {file.stem: file for file in packaged_queries_dir().glob("*.rq")}
        found.update((file.stem, file) for file in self.queries_dir.glob("*.rq"))
        return dict(sorted(found.items()))

    def is_local_query(self, file: Path) -> bool:
        """True for a query of the project's own ``queries/`` that is not the packaged file
        (in the repository, the two are the same folder)."""
        packaged = packaged_queries_dir() / file.name
        return file.parent.resolve() == self.queries_dir.resolve() and not (
            packaged.is_file() and packaged.resolve() == file.resolve())

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

    def output_problem(self, path: Path) -> str | None:
        """Why a command must not write its output (a report, an export, a page) at
        ``path``, or None: the folders and files the project reads or the build writes are
        no place for it (a page or report there would replace a fact sheet, an article, a
        query or the store, or be read as one)."""
        resolved = path.resolve()
        if resolved == (self.root / MARKER).resolve():
            return f"the project's {MARKER}"
        for folder, what in ((self.data_dir, "the data folder, which holds the articles and "
                                             "fact sheets"),
                             (self.build_dir, "the build folder, which holds the store and "
                                              "what the build keeps"),
                             (self.root / "ontology", "the project's ontology folder"),
                             (self.queries_dir, "the project's queries folder")):
            if resolved.is_relative_to(folder.resolve()):
                return f"in {what} ({self.relative(folder)}/)"
        return None

    def sheet_files(self) -> list[Path]:
        """Every fact sheet under the data folder, sorted."""
        return _files_under(self.data_dir, ".yaml")

    def unread_files(self) -> list[tuple[Path, str]]:
        """The files a build leaves out though they look meant as fact sheets, and why.

        Every file under ``data/sheets/`` that is not a ``.yaml`` file, every symbolic
        link to a folder there (or ``data/sheets`` itself as one: not followed), every
        ``.yml`` file under the data folder, and every ``.yaml`` file that is a symbolic
        link to a file outside the data folder, sorted by path.
        """
        # (on strings: a Path for each of thousands of files took a tenth of a second)
        sheets = os.path.join(self.data_dir, "sheets")
        unread: dict[Path, str] = {}
        for entry in _scan(self.data_dir):
            name, is_file = entry.name, entry.is_file()
            in_sheets = entry.path == sheets or entry.path.startswith(sheets + os.sep)
            if in_sheets and entry.is_symlink() and entry.is_dir():
                unread[Path(entry.path)] = ("a symbolic link to a folder, which is not "
                                            "followed (keep the sheets themselves under "
                                            "data/sheets/)")
            elif name.endswith(".yaml"):
                if is_file and _leads_out(entry, self.data_dir):
                    unread[Path(entry.path)] = ("a symbolic link to a file outside "
                                                f"{self.data_dir.name}/")
                elif not is_file and in_sheets:
                    unread[Path(entry.path)] = "not a regular file"
            elif in_sheets or name.endswith(".yml"):
                unread[Path(entry.path)] = "fact sheets end in .yaml"
        return sorted(unread.items())

    def relative(self, path: Path) -> str:
        """``path`` relative to the project's root (POSIX form), or as given outside it."""
        return relative_path(path, self.root)

    def load_ontology(self) -> Graph:
        """Parse the ontology's files into one graph; raises PartygraphError naming the file
        on a syntax error."""
        first, *others = self.ontology_files()
        graph = parse_turtle(first)
        for file in others:
            graph += parse_turtle(file)
        return graph

    def load_shapes(self) -> Graph:
        """Parse the SHACL shapes; raises PartygraphError naming the file on a syntax error."""
        return parse_turtle(self.shapes_file)

    def input_digest(self, known: Mapping[str, str] | None = None) -> str:
        """A digest of every input of a build, to tell whether the store is up to date.

        ``known`` maps files (as paths relative to the root) to the SHA-256 of their
        bytes in hex, for files a build has hashed already; the others are read.
        """
        known = known or {}
        digest = hashlib.sha256()
        files = [*self.ontology_files(), *self.sheet_files()]
        files += _files_under(self.data_dir, ".txt")
        for file in files:
            relative = self.relative(file)
            digest.update(f"{relative}\0{known.get(relative) or file_digest(file)}\n".encode())
        return digest.hexdigest()




_STARTER = {
    MARKER: """\
# This folder is a partygraph project: partygraph commands run in it, or in any folder below
# it, use it as their --root. Its ontology and saved queries are those installed with
# partygraph, unless ontology/ holds its own files of the same names; ontology/extensions/*.ttl
# adds concepts and terms of its own, and queries/ adds saved queries.
""",
    "README.md": """\
# {name}

A partygraph project: a knowledge graph of the local structure of the Communist Party of
Vietnam, built from the news articles stored here (`partygraph init` started it).

- `data/articles/`: the article texts; `data/sheets/`: one fact sheet per article
  (`partygraph new ARTICLE.txt` stores an article and starts its sheet, `partygraph draft
  ARTICLE.txt` drafts it).
- `queries/`: saved SPARQL queries of this project, beside the catalogue installed with
  partygraph (`partygraph queries` lists them all).
- `ontology/extensions/`: Turtle files that add to the ontology installed with partygraph,
  such as a measure or a role the fact sheets need (`partygraph concepts` lists the values
  fact sheets may use).
- `docs/`: the guides of the partygraph installed when `partygraph init` ran, copied here:
  `docs/adding-an-article.md` walks through one article, `docs/fact-sheets.md` gives every
  field of a fact sheet, `docs/drafting.md` tells what `partygraph draft` does and what to
  review, and `docs/concepts.md` lists the values fields take (`partygraph concepts -o
  docs/concepts.md` writes it anew once `ontology/extensions/` adds to them);
  `docs/stores.md` tells how to serve the graph and push it to a triple store, and
  `docs/security.md` what partygraph reads, writes and refuses.
- `partygraph build` builds the graph into `build/` and validates it; `partygraph query NAME`
  runs a saved query; `partygraph export hierarchy -o hierarchy.html` draws a page.
""",
    ".gitignore": "/build/\n",
    "ontology/extensions/README.md": """\
# Additions to the ontology

Every `.ttl` file here is read with the ontology installed with partygraph. To give fact sheets
a value the installed concept schemes lack, add a concept to a scheme, for example a measure:

```turtle
@prefix pg:   <https://w3id.org/partygraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

pg:MembersExempted a skos:Concept ;
    skos:inScheme pg:Measure ; skos:notation "members-exempted" ;
    skos:altLabel "đảng viên được miễn sinh hoạt đảng"@vi ;
    skos:prefLabel "đảng viên được miễn công tác và sinh hoạt đảng"@vi ,
        "members exempted from party work"@en ;
    skos:definition "Số đảng viên được miễn công tác và sinh hoạt đảng."@vi ,
        "The number of members exempted from party work and meetings."@en .
```

Sheets then write `measure: members-exempted`; `partygraph concepts` lists it with the others.
""",
    "queries/README.md": """\
# Local saved queries

The `.rq` files here extend the catalogue of saved queries installed with partygraph
(`partygraph queries` lists both, and marks those from this folder). A query here with the
name of a catalogue query replaces it in this project.

A saved query starts with a header of `#+` lines (summary, description, tags and typed
parameters), as the catalogue's own queries do: `partygraph query NAME --help` shows a
catalogue query's header, and `partygraph validate` checks the queries here.
""",
}
_STARTER_DIRS = ("data/articles", "data/sheets", "queries", "ontology/extensions", "docs")


def create_project(folder: Path) -> list[Path]:
    """Start a project in ``folder`` (``partygraph init``): its data folders, a queries folder
    with a README, a README stub, the guides its files point to (``docs/``) and the marker;
    the files created, in order. Existing files are kept; raises PartygraphError when
    ``folder`` is a project already."""
    folder = folder.resolve()
    if folder.exists() and not folder.is_dir():
        raise PartygraphError(f"{folder} is not a folder")
    if is_project(folder):
        raise PartygraphError(f"{folder} is a partygraph project already; nothing was changed "
                              "('partygraph init --guides' adds the guides it lacks)")
    guides = packaged_doc_files()  # before anything is made: a broken install changes nothing
    created: list[Path] = []
    for part in _STARTER_DIRS:
        path = folder / part
        if not path.is_dir():
            path.mkdir(parents=True, exist_ok=True)
            created.append(path)
    for name, text in _STARTER.items():
        path = folder / name
        if name == MARKER or path.exists():
            continue  # never overwrite what was there; the marker goes last, below
        path.write_text(text.format(name=folder.name), encoding="utf-8")
        created.append(path)
    created += _copy_guides(guides, folder / "docs")
    marker = folder / MARKER
    marker.write_text(_STARTER[MARKER], encoding="utf-8")  # last: a project only when whole
    return [*created, marker]


# The guides that name files of partygraph's source repository (its tests, benchmarks and
# code, the seed article): a copy in a project says where those are.
_NAMING_THE_REPOSITORY = ("adding-an-article.md", "drafting.md", "fact-sheets.md")
_REPOSITORY_NOTE = (
    "> Copied into this project by `partygraph init` from partygraph {version}. Paths under "
    "`tests/`, `bench/` and `src/`, and the seed article and its sheet "
    "(`baogialai-2020-06-an-khe-congress-preparation`), are files of partygraph's source "
    "repository, not of this project.\n\n")


def guide_copy_text(guide: Path) -> str:
    """The text of an installed guide as a project's copy holds it: as installed, with a
    note after its title when it names files of partygraph's repository."""
    from partygraph import __version__

    text = guide.read_text(encoding="utf-8")
    if guide.name not in _NAMING_THE_REPOSITORY:
        return text
    title, _, rest = text.partition("\n\n")
    return f"{title}\n\n{_REPOSITORY_NOTE.format(version=__version__)}{rest}"


def _copy_guides(guides: list[Path], docs: Path) -> list[Path]:
    """Copy the installed guides (docs/ of the repository, see :func:`guide_copy_text`) into
    ``docs``, each one the folder lacks: the files made."""
    made: list[Path] = []
    for guide in guides:
        path = docs / guide.name
        if not path.exists():
            path.write_text(guide_copy_text(guide), encoding="utf-8", newline="")
            made.append(path)
    return made


def add_guides(folder: Path) -> tuple[list[Path], list[Path]]:
    """Give the project in ``folder`` the installed guides its files point to (``docs/``),
    one a project made by an older partygraph may lack: (the files made, the guides it had
    already, kept as they are)."""
    folder = folder.resolve()
    if not is_project(folder):
        raise PartygraphError(f"{folder} is no partygraph project: 'partygraph init "
                              f"{folder}' starts one, with the guides")
    guides = packaged_doc_files()
    docs = folder / "docs"
    docs.mkdir(exist_ok=True)
    made = _copy_guides(guides, docs)
    return made, [docs / g.name for g in guides if docs / g.name not in made]


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


def parse_turtle(file: Path) -> Graph:
    """Parse one Turtle file; raises PartygraphError naming the file when it cannot."""
    from rdflib import Graph  # rdflib: for start-up time, only when a file is parsed

    try:
        return Graph().parse(file, format="turtle")
    except FileNotFoundError:
        raise PartygraphError(f"{file}: file not found") from None
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise PartygraphError(f"{file}: not valid Turtle: {exc}") from None
