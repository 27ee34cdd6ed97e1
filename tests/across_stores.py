"""Terms as compared across stores: what SPARQL leaves to each store is not compared.

Virtuoso writes xsd:boolean as 0/1 and decimals with other digits (the values agree), and
the order of the values GROUP_CONCAT joins is the store's own (``source-facts`` joins a
fact's quotes with `` | ``): such a literal is compared by the values it joins.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in
           ("integer", "decimal", "double", "float", "int", "long")}
JOINED = " | "


def comparable_term(text: str | None) -> object:
    """A term, written as N-Triples (``str`` of a pyoxigraph term), as compared across
    stores: numbers and booleans by value, joined values as a sorted tuple, the rest
    exactly."""
    if text is None or not text.startswith('"'):
        return text
    if "^^<" not in text:
        body, _, tail = text[1:].rpartition('"')
        return ("joined", tuple(sorted(body.split(JOINED))), tail) if JOINED in body else text
    value, datatype = text[1:].rsplit('"^^<', 1)
    datatype = datatype.rstrip(">")
    if datatype.endswith("#boolean"):
        return ("boolean", value in ("1", "true"))
    if datatype in NUMERIC:
        try:
            return ("number", Decimal(value))
        except InvalidOperation:
            return text
    return text
