"""Where saved queries run: the embedded store, or a remote endpoint (see ``endpoint``).

Both engines return the same :class:`QueryResult` of pyoxigraph terms, so results from the
embedded store and from any SPARQL 1.1 server can be rendered and compared alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import pyoxigraph as ox

from partygraph.errors import QueryError
from partygraph.rdf.vocab import PREFIXES
from partygraph.store.kept import KeptAnswers, KeptQuery
from partygraph.store.text_index import TextIndex
from partygraph.util.background import WaitedTooLong, waited_for
from partygraph.util.collection import collection_paused

__all__ = ["EmbeddedEngine", "Engine", "QueryResult", "Term", "calls_a_service", "service_line"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal
T = TypeVar("T")


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (variables in order), the boolean of an ASK, or CONSTRUCT triples."""

    variables: tuple[str, ...]
    rows: tuple[dict[str, Term | None], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())

    @property
    def form(self) -> str:
        """``select``, ``ask`` or ``construct``."""
        if self.boolean is not None:
            return "ask"
        return "construct" if self.variables == ("subject", "predicate", "object") else "select"


# What SPARQL text holds besides keywords: strings, IRIs and comments, in which the word
# SERVICE is no keyword.
_NOT_KEYWORDS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                           r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                           r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![?$:\w-])SERVICE(?![\w:-])", re.IGNORECASE)


def service_line(query: str) -> int | None:
    """The line (from 1) of the first SERVICE pattern of ``query`` (a SPARQL 1.1 federated
    query, which makes a store connect to the endpoint it names), or None."""
    blanked = _NOT_KEYWORDS.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), query)
    found = _SERVICE.search(blanked)
    return None if found is None else blanked.count("\n", 0, found.start()) + 1


def calls_a_service(query: str) -> bool:
    """Whether ``query`` holds a SERVICE pattern (see :func:`service_line`)."""
    return service_line(query) is not None


class Engine(Protocol):
    """Something that runs SPARQL 1.1 query text over the whole partygraph dataset."""

    name: str

    def run(self, query: str) -> QueryResult:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query."""
        ...


class EmbeddedEngine:
    """The embedded pyoxigraph store; its default graph is the merge of all its graphs.

    With the store's text ``index`` (see :mod:`partygraph.store.text_index`), saved queries
    that declare an ``index`` are given the subjects it finds; with its ``kept`` answers
    (:mod:`partygraph.store.kept`), those that ``keep`` theirs get them (see
    :func:`partygraph.query.saved.run_query`). Queries are evaluated while this thread
    waits (see :mod:`partygraph.util.background`): Ctrl-C stops the wait, and so does
    ``timeout`` (seconds; None waits as long as the query takes).
    """

    name = "embedded store"

    def __init__(self, store: ox.Store, index: TextIndex | None = None,
                 kept: KeptAnswers | None = None, *, timeout: float | None = None) -> None:
        self.store = store
        self.index = index
        self.kept = kept
        self.timeout = timeout

    def _waited(self, work: Callable[[], T]) -> T:
        try:
            return waited_for(work, timeout=self.timeout)
        except WaitedTooLong:
            raise QueryError(f"the query did not finish within {self.timeout:g} s (--timeout) "
                             "on the embedded store, and was given up") from None

    def kept_answer(self, name: str, text: str, subject: str,
                    form: str = "construct") -> QueryResult | None:
        """The answer the store keeps for the saved query ``name`` run as ``text`` (a
        CONSTRUCT's triples or a SELECT's rows), or None (see :class:`KeptAnswers`)."""
        if self.kept is None:
            return None
        if form == "select":
            found = self.kept.rows(name, text, subject)
            if found is None:
                return None
            variables, rows = found
            with collection_paused():  # (see run)
                return QueryResult(variables, tuple(dict(zip(variables, row, strict=True))
                                                    for row in rows))
        triples = self.kept.answer(name, text, subject)
        return None if triples is None else QueryResult(("subject", "predicate", "object"),
                                                        triples=triples)

    def make_kept(self, query: KeptQuery) -> QueryResult:
        """Run ``query``, a saved query kept whole that the store keeps no answer for (none
        made since the last build that touched it), and have the store keep its answer for
        the next time (see :meth:`KeptAnswers.make`)."""
        if self.kept is None:
            return self.run(query.text)
        kept = self.kept
        if query.form == "select":
            variables, rows = self._waited(lambda: kept.make_rows(self.store, query))
            with collection_paused():  # (see run)
                return QueryResult(variables, tuple(dict(zip(variables, row, strict=True))
                                                    for row in rows))
        return QueryResult(("subject", "predicate", "object"),
                           triples=self._waited(lambda: kept.make_triples(self.store, query)))

    def candidates(self, kind: str, text: str) -> list[ox.NamedNode] | None:
        """The subjects with a ``kind`` text that may contain ``text`` (a superset), or None
        when there is no index or it cannot narrow the search."""
        return None if self.index is None else self.index.candidates(kind, text)

    def quote_rows(self, phrase: str) -> list[tuple[ox.Literal, ox.Literal, ox.Literal]] | None:
        """(source id, fact id, quote) of the quotes that contain ``phrase``, from the text
        index (see :meth:`TextIndex.quote_rows`); None when there is no index or it cannot
        answer."""
        return None if self.index is None else self.index.quote_rows(phrase)

    def run(self, query: str) -> QueryResult:
        """Run ``query``; raises SyntaxError for invalid SPARQL, and QueryError for a
        federated query (SERVICE), which would connect to another endpoint: the embedded
        store never touches the network."""
        if calls_a_service(query):
            raise QueryError("the query calls another endpoint (SERVICE): the embedded store "
                             "never connects to the network; run it on a SPARQL server that "
                             "allows federated queries, with --endpoint URL")
        return self._waited(lambda: self._evaluated(query))

    def _evaluated(self, query: str) -> QueryResult:
        result = self.store.query(query, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult((), boolean=bool(result))
        # The answer is built with the cyclic collector paused: its rows are many objects
        # of which none refers back to another, and the collector's passes over them grew
        # faster than they do (facts-quoting: x16 from 10^6 to 10^7 triples, x11 paused).
        with collection_paused():
            if isinstance(result, ox.QueryTriples):
                return QueryResult(("subject", "predicate", "object"), triples=tuple(result))
            variables = tuple(v.value for v in result.variables)
            # A solution gives its values in the order of the variables: zipped, not looked
            # up by name (a third of the time of a 30,000-row answer). RDF-star triples are
            # None.
            rows = tuple({name: None if isinstance(value, ox.Triple) else value
                          for name, value in zip(variables, solution, strict=True)}
                         for solution in result)
        return QueryResult(variables, rows)
