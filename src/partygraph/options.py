"""The names the command line offers (formats, views, engines), kept apart from the code
behind them so that ``partygraph`` starts without importing every library it can use."""

from __future__ import annotations

__all__ = ["ENGINE_NAMES", "EXPORT_FORMATS", "MOST_PARTS", "PART_TRIPLES", "QUERY_FORMATS",
           "RDF_FORMATS", "REPORT_FORMATS", "VIEWS"]

# SHACL engines: pyshacl-turbo (Rust, the default) and pySHACL (the reference).
ENGINE_NAMES = ("turbo", "pyshacl")
# Validation in parts (see partygraph.validate.shape_parts): a corpus of more triples than
# PART_TRIPLES is validated in up to MOST_PARTS parts, unless told otherwise.
PART_TRIPLES = 2_000_000
MOST_PARTS = 3
EXPORT_FORMATS = ("graphml", "gexf", "cytoscape", "node-link", "dot", "csv", "html", "svg",
                  "png")
# SELECT and ASK results: tables for people and the W3C results formats; CONSTRUCT and
# DESCRIBE results: tables for people and the RDF formats (RDF_FORMATS).
RDF_FORMATS = ("turtle", "ntriples", "jsonld")
QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml", "md", *RDF_FORMATS)
REPORT_FORMATS = ("text", "turtle", "json", "junit", "github", "sarif")
VIEWS = ("hierarchy", "people", "events", "sources", "full")
