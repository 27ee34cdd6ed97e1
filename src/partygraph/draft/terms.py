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
                          "clean-and-strong", "party-badges", "members-disciplined",
                          "organisations-disciplined", "members-inspected",
                          "organisations-inspected", "members-supervised",
                          "organisations-supervised"})
"""Measures that are not a count of what an organisation has (``ORG có N …``): a congress's
delegates, members admitted, a body's size, a share rated, badges awarded, members and
organisations disciplined, inspected or supervised in a period; other rules read them (or
none yet: such figures are written by hand)."""
_RATED = frozenset({"clean-and-strong"})
"""Measures given as a share of the units (or members) rated so: each Vietnamese altLabel
is a rating (``hoàn thành tốt nhiệm vụ``), and ``trên 87% chi bộ được xếp loại RATING`` is
an observation with a ``percent``."""
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
    rated: tuple[tuple[str, str], ...] = ()  # (a rating, its share's measure), longest first
    tallied: tuple[tuple[str, str], ...] = ()  # (what N/M counts, tally measure), longest first
    roles: tuple[tuple[str, str], ...] = ()  # (a role's words, its notation), longest first
    role_names: tuple[tuple[str, str, str], ...] = ()  # (notation, vi word, en label)

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
    nouns of ``observation.measure`` (``đảng bộ cơ sở``: ``ORG có N đảng bộ cơ sở``), the
    ratings of the measures given as shares (``hoàn thành tốt nhiệm vụ``: clean-and-strong)
    and what a tally of ``tally.measure`` counts (``chỉ tiêu``: ``14/16 chỉ tiêu``), and
    the capitalised altLabels of ``post.role`` (``Bí thư``: secretary) with each role's
    Vietnamese word and English label, for posts the rules' own names lack."""
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
    rated: dict[str, str] = {}
    for concept in vocabulary.schemes["observation.measure"].concepts.values():
        if concept.notation in _RATED:
            for alt in concept.alt_labels:
                rated.setdefault(" ".join(alt.split()), concept.notation)
    tallied: dict[str, str] = {}
    if "tally.measure" in vocabulary.schemes:
        for concept in vocabulary.schemes["tally.measure"].concepts.values():
            for alt in concept.alt_labels:
                tallied.setdefault(" ".join(alt.split()), concept.notation)
    roles: dict[str, str] = {}
    names: list[tuple[str, str, str]] = []
    for concept in vocabulary.schemes["post.role"].concepts.values():
        capitalised = [" ".join(a.split()) for a in concept.alt_labels if a[:1].isupper()]
        for alt in capitalised:
            roles.setdefault(alt, concept.notation)
        label_en = concept.labels.get("en", concept.notation)
        # a post's word: its prefLabel when an altLabel writes it (Chính trị viên, not the
        # shorter Chính ủy of a province's command), else the shortest altLabel's
        pref = _capitalised(concept.labels.get("vi", concept.notation))
        names.append((concept.notation, pref if pref in capitalised
                      else _role_word(capitalised) or pref,
                      _capitalised(re.sub(r"\s*\(.*\)$", "", label_en))))
    return Terms(
        tuple(sorted(docs.values(), key=lambda t: (-len(t.words), t.words))),
        tuple(sorted(commissions.items(), key=lambda c: (-len(c[0]), c[0]))),
        _longest_first(counted), _longest_first(rated), _longest_first(tallied),
        _longest_first(roles), tuple(names))


_BODY_WORDS = re.compile(r"\s+(?:[Bb]an|[Đđ]oàn|Ủy ban)(?![^\W\d_]).*$")


def _role_word(labels: list[str]) -> str | None:
    """The word a post's name begins with, before the body's name (``Ủy viên`` of ``Ủy viên
    Ban Thường vụ``, ``Trưởng`` of ``Trưởng ban``): the shortest, acronyms left out."""
    words = [_BODY_WORDS.sub("", label) for label in labels
             if " " in label or not label.isupper()]
    return min(words, key=lambda w: (len(w), w)) if words else None


def _longest_first(terms: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(terms.items(), key=lambda c: (-len(c[0]), c[0])))


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
