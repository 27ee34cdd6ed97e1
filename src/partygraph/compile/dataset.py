"""What compiling fact sheets produces: each sheet's named graph and where its triples came
from, and the whole dataset they make with the ontology.

Kept apart from the compiler (:mod:`.triples`) so that reading a built project (validation,
a rebuild with nothing to compile) does not import the fact-sheet models.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from partygraph.compile.derived import Summary, derive, sheet_summary
from partygraph.errors import PartygraphError
from partygraph.rdf.vocab import ID

__all__ = ["CompiledGraph", "DerivedGraphs", "Origin", "OriginTable", "SheetGraph",
           "keep_predicates", "ox_term"]

# subject -> predicate -> [(line, item id)], sorted; all in one sheet.
OriginTable = dict[str, dict[str, list[tuple[int, str]]]]


@dataclass(frozen=True, order=True)
class Origin:
    """Where a triple came from: a fact sheet, a line in it, and the item's id."""

    file: str
    line: int
    item: str

    @property
    def place(self) -> str:
        """``file:line``, as reports name it."""
        return f"{self.file}:{self.line}"


@dataclass
class SheetGraph:
    """One compiled fact sheet: its named graph as N-Quads lines and its triples' origins.

    ``ref_types`` records the type of each entity the sheet names, as it was when compiled
    (entity IRIs depend on it), so a kept result can be checked against the corpus.
    A build's cache may keep the lines and origins on disk and give functions that read
    them (``read_lines``, ``read_origins``); they are then read when first needed.
    """

    file: str
    graph: str
    ref_types: dict[str, str]
    lines: list[str] | None = None
    origins: OriginTable | None = None
    read_data: Callable[[], bytes] | None = field(default=None, repr=False)
    read_origins: Callable[[], OriginTable] | None = field(default=None, repr=False)
    # ids of the entities the sheet declares or names: its triples' possible subjects
    mentioned: frozenset[str] = frozenset()
    # class IRI -> the IRIs of shared entities the sheet types with it
    typed: dict[str, list[str]] = field(default_factory=dict)
    # class IRI -> how many of the sheet's own resources (its source and facts, whose IRIs
    # no other sheet mints) it types with it
    owned: dict[str, int] = field(default_factory=dict)
    # how many quads, and the SHA-256 of the N-Quads text
    size: int = 0
    digest: str = ""
    # a digest of the canonical names of the entities it declares, as compiled (see
    # outlines.CanonicalNames): when they change, the sheet is compiled again
    names_key: str = ""
    # what the build's derived figures need from the sheet (see derived.sheet_summary);
    # worked out from the graph when first asked for, unless the cache kept it
    # (``read_summary``, read only when the derived graphs must be made again)
    derived: Summary | None = field(default=None, repr=False)
    read_summary: Callable[[], Summary] | None = field(default=None, repr=False)
    # the SHA-256 of the summary as the cache writes it ("" until known)
    summary_digest: str = ""

    def summary(self) -> Summary:
        """What the derived figures need from this sheet (see :mod:`.derived`)."""
        if self.derived is None:
            self.derived = self.read_summary() if self.read_summary is not None \
                else sheet_summary(self.data())
        return self.derived

    def data(self) -> bytes:
        """The sheet's graph as N-Quads text, one line per quad."""
        if self.lines is None:
            if self.read_data is None:
                raise PartygraphError(f"{self.file}: compiled graph is not available")
            return self.read_data()
        return "".join(f"{line}\n" for line in self.lines).encode()

    def nquads(self) -> list[str]:
        """The sorted, distinct N-Quads lines of the sheet's graph (no newlines)."""
        if self.lines is None:
            return self.data().decode().splitlines()
        return self.lines

    def origin_table(self) -> OriginTable:
        """Where each of the sheet's triples came from."""
        if self.origins is None:
            if self.read_origins is None:
                raise PartygraphError(f"{self.file}: origins of the graph are not available")
            self.origins = self.read_origins()
        return self.origins

    def subjects(self) -> list[str]:
        """Every subject the sheet states something about."""
        return sorted(self.origin_table())


class DerivedGraphs(Mapping[str, bytes]):
    """Derived graphs by name, their N-Quads text read when first asked for.

    ``digests`` gives each graph's SHA-256 and number of quads; ``read`` all the texts
    (it may raise :class:`~partygraph.errors.PartygraphError` when they are not as said).
    """

    def __init__(self, digests: dict[str, tuple[str, int]],
                 read: Callable[[], dict[str, bytes]]) -> None:
        """Graphs named and digested in ``digests``, whose texts ``read`` gives."""
        self.digests = digests
        self._read = read
        self._graphs: dict[str, bytes] | None = None

    def _texts(self) -> dict[str, bytes]:
        if self._graphs is None:
            self._graphs = self._read()
        return self._graphs

    def __getitem__(self, name: str) -> bytes:
        if name not in self.digests:
            raise KeyError(name)
        return self._texts()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.digests)

    def __len__(self) -> int:
        return len(self.digests)


# The questions about origins answered by looking through every sheet before an index of
# the sheets by entity is made: making it costs as much as a few hundred such looks.
_SCANS_BEFORE_INDEX = 64


def _graph_key(sheet: SheetGraph) -> str:
    return "graph/" + sheet.graph.rsplit("/", 1)[-1]


@dataclass
class CompiledGraph:
    """The ontology and every compiled sheet: the whole dataset, and the origin of triples."""

    ontology: list[str]
    sheets: list[SheetGraph]
    compiled: int = 0  # how many sheets were compiled afresh (the rest came from a cache)
    # the SHA-256 (hex) of each input file read, by path relative to the project root
    digests: dict[str, str] = field(default_factory=dict)
    # the derived graphs (see :meth:`derived`), when the build's cache gave them
    derived_graphs: Mapping[str, bytes] | None = field(default=None, repr=False)
    # the article each sheet reads and the line of the sheet's source id, by the sheet's
    # path (both paths relative to the project root)
    articles: dict[str, tuple[str, int]] = field(default_factory=dict)
    # (check, sheet, line, item id, field, value) of what the sheets' own checks warn about
    warnings: list[tuple[str, str, int, str, str, str]] = field(default_factory=list)
    _by_mention: dict[str, list[SheetGraph]] | None = field(default=None, repr=False)
    _asked: int = field(default=0, repr=False)  # questions answered without it

    def nquads(self) -> Iterator[str]:
        """Every line of the dataset: the ontology graph, then each sheet's graph by name."""
        yield from self.ontology
        for sheet in self.sheets:
            yield from sheet.nquads()

    def ntriples(self, predicates: frozenset[str] | None = None) -> str:
        """The union of all graphs (ontology included) as N-Triples text.

        With ``predicates``, only the triples whose predicate is one of them.
        """
        parts = [line.rsplit(" ", 2)[0] + " .\n" for line in self.ontology]
        for sheet in self.sheets:  # drop the graph name, the same on every line of a sheet
            suffix = f" {ox.NamedNode(sheet.graph)} .\n"
            parts.append(sheet.data().decode().replace(suffix, " .\n"))
        text = "".join(parts)
        if predicates is None:
            return text
        return keep_predicates(text, predicates)

    def union(self) -> Graph:
        """The union of all graphs (ontology included) as one rdflib graph."""
        return Graph().parse(data=self.ntriples(), format="nt")

    def sheet(self, file: str) -> SheetGraph | None:
        """The compiled sheet whose path (as origins name it) is ``file``."""
        return next((s for s in self.sheets if s.file == file), None)

    def derived(self) -> Mapping[str, bytes]:
        """The derived graphs (name -> N-Quads text) of the corpus, worked out once."""
        if self.derived_graphs is None:
            self.derived_graphs = derive(sheet.summary() for sheet in self.sheets)
        return self.derived_graphs

    def derived_digests(self) -> dict[str, tuple[str, int]]:
        """Each derived graph's SHA-256 (hex) and number of quads, without reading the
        graphs when the build's cache knows them."""
        graphs = self.derived()
        if isinstance(graphs, DerivedGraphs):
            return dict(graphs.digests)
        return {name: (hashlib.sha256(data).hexdigest(), data.count(b"\n"))
                for name, data in graphs.items()}

    def _candidates(self, subject: str) -> list[SheetGraph]:
        """The sheets that may hold triples about ``subject`` (read without loading them).

        The first few questions look through every sheet; an index by entity is made only
        after them (a validation of one sheet asks about a few nodes, a full one about
        every result's)."""
        rest = subject.removeprefix(str(ID))
        if rest == subject:
            return self.sheets
        kind, _, name = rest.partition("/")
        key = "graph/" + name.split("/", 1)[0] if kind in ("source", "graph") else name
        if self._by_mention is None and self._asked < _SCANS_BEFORE_INDEX:
            self._asked += 1
            return [sheet for sheet in self.sheets
                    if key in sheet.mentioned or key == _graph_key(sheet)]
        if self._by_mention is None:
            by_mention: dict[str, list[SheetGraph]] = defaultdict(list)
            for sheet in self.sheets:
                by_mention[_graph_key(sheet)].append(sheet)
                for entity in sheet.mentioned:
                    by_mention[entity].append(sheet)
            self._by_mention = dict(by_mention)
        return self._by_mention.get(key, [])

    def origins_of(self, subject: Node | str, predicate: Node | str | None = None,
                   value: ox.NamedNode | ox.Literal | None = None) -> list[Origin]:
        """Origins of ``subject``'s triples with ``predicate``, else of all its triples.

        With ``value`` too, only the sheets that state that very triple, if any does (two
        sheets that name an entity differently are told apart so).
        """
        sheets = self._candidates(str(subject))
        if value is not None and predicate is not None:
            triple = f"{ox.NamedNode(str(subject))} {ox.NamedNode(str(predicate))} {value} "
            stating = [sheet for sheet in sheets
                       if any(line.startswith(triple) for line in sheet.nquads())]
            sheets = stating or sheets
        tables = [(sheet.file, table) for sheet in sheets
                  if (table := sheet.origin_table().get(str(subject))) is not None]
        found: set[Origin] = set()
        if predicate is not None:
            for file, table in tables:
                found.update(Origin(file, line, item)
                             for line, item in table.get(str(predicate), []))
        if not found:
            for file, table in tables:
                for entries in table.values():
                    found.update(Origin(file, line, item) for line, item in entries)
        return sorted(found)


def keep_predicates(ntriples: str, predicates: frozenset[str]) -> str:
    """The lines of N-Triples text whose predicate is one of ``predicates``."""
    wanted = {f"<{p}>" for p in predicates}
    return "".join(f"{line}\n" for line in ntriples.splitlines()
                   if line.split(" ", 2)[1] in wanted)


def ox_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph writes it in the compiled lines (a plain string is
    written without xsd:string); pyoxigraph checks it. Raises TypeError for anything else."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is None or term.datatype == XSD.string:
            return ox.Literal(str(term))
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")
