"""The words the drafting rules look for, read from the project's vocabulary.

The ontology's SKOS concept schemes (``ontology/concepts.ttl`` and a project's
``ontology/extensions/*.ttl``) give each concept the terms articles use for it as
``skos:altLabel``s in Vietnamese: ``Báo cáo chính trị`` is a ``political-report``, ``Ban Tổ
chức`` an ``organisation-commission``. The rules read those terms here, so a project that adds
an altLabel drafts it with no change to the code; the Python tables of the other modules keep
only what the ontology does not hold (how a title is built, unit words, date phrases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from partygraph.rdf.concepts import Vocabulary, read_vocabulary_file
from partygraph.resources import packaged_ontology_dir

__all__ = ["DocumentTerm", "Terms", "cached_terms", "installed_vocabulary", "terms_of"]

_NOT_COUNTED = frozenset({"delegates", "alternate-delegates", "new-members", "body-members",
                          "clean-and-strong"})
"""Measures that are not a count of what an organisation has (``ORG có N …``): a congress's
delegates, members admitted, a body's size, a share rated; other rules read them."""
_CONGRESS_WORDS = re.compile(r"\s+(?:của\s+)?đại hội$", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentTerm:
    """A congress document's name as articles write it, and the kind it names."""

    words: str  # Báo cáo chính trị
    kind: str  # political-report
    label_en: str  # political report


@dataclass(frozen=True)
class Terms:
    """What the rules read from the vocabulary."""

    documents: tuple[DocumentTerm, ...]  # longest first
    commissions: tuple[tuple[str, str], ...]  # (words after "Ban", body kind), longest first
    counted: tuple[tuple[str, str], ...] = ()  # (what is counted, measure), longest first

    def document_pattern(self) -> str:
        """A regular expression alternation of every document term (longest first)."""
        return "|".join(re.escape(t.words) for t in self.documents)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def terms_of(vocabulary: Vocabulary) -> Terms:
    """The terms of ``vocabulary``: each ``document.kind`` concept's Vietnamese altLabels
    (and, for one that ends in ``đại hội``, the words before it: inside a list of documents
    put to a congress, ``Nghị quyết`` is the congress resolution), and the party commissions
    of ``body.kind`` (concepts ``*-commission`` with an altLabel ``Ban X``), and the count
    nouns of ``observation.measure`` (``đảng bộ cơ sở``: ``ORG có N đảng bộ cơ sở``)."""
    docs: dict[str, DocumentTerm] = {}
    for concept in vocabulary.schemes["document.kind"].concepts.values():
        label_en = concept.labels.get("en", concept.notation)
        for alt in concept.alt_labels:
            for words in (alt, _CONGRESS_WORDS.sub("", alt)):
                words = _capitalised(" ".join(words.split()))
                if len(words.split()) >= 2:
                    docs.setdefault(words, DocumentTerm(words, concept.notation, label_en))
    commissions: dict[str, str] = {}
    for concept in vocabulary.schemes["body.kind"].concepts.values():
        if not concept.notation.endswith("-commission"):
            continue
        for alt in concept.alt_labels:
            if alt.startswith("Ban ") and len(alt) > 4:
                commissions.setdefault(alt[4:], concept.notation)
    counted: dict[str, str] = {}
    for concept in vocabulary.schemes["observation.measure"].concepts.values():
        if concept.notation in _NOT_COUNTED:
            continue
        for alt in concept.alt_labels:
            # a count noun (tổ chức cơ sở đảng): not a phrase with a gap (gồm … đồng chí)
            if "…" not in alt and "," not in alt and len(alt.split()) >= 2:
                counted.setdefault(alt, concept.notation)
    return Terms(
        tuple(sorted(docs.values(), key=lambda t: (-len(t.words), t.words))),
        tuple(sorted(commissions.items(), key=lambda c: (-len(c[0]), c[0]))),
        tuple(sorted(counted.items(), key=lambda c: (-len(c[0]), c[0]))))


@lru_cache(maxsize=1)
def installed_vocabulary() -> Vocabulary:
    """The vocabulary installed with partygraph (``concepts.ttl``), read once a process: what
    drafting reads when it is not given a project's."""
    return read_vocabulary_file(packaged_ontology_dir() / "concepts.ttl")


_CACHE: dict[int, tuple[Vocabulary, Terms]] = {}


def cached_terms(vocabulary: Vocabulary | None) -> Terms:
    """:func:`terms_of` ``vocabulary`` (the installed one when None), computed once a
    vocabulary object."""
    vocab = vocabulary if vocabulary is not None else installed_vocabulary()
    known = _CACHE.get(id(vocab))
    if known is None or known[0] is not vocab:
        if len(_CACHE) > 8:
            _CACHE.clear()
        known = _CACHE[id(vocab)] = (vocab, terms_of(vocab))
    return known[1]
