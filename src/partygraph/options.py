"""The names the command line offers (formats, views, engines), kept apart from the code
behind them so that ``partygraph`` starts without importing every library it can use."""

from __future__ import annotations

__all__ = ["ENGINE_NAMES", "EXPORT_FORMATS", "QUERY_FORMATS", "REPORT_FORMATS", "VIEWS"]

# SHACL engines: pyshacl-turbo (Rust, the default) and pySHACL (the reference).
ENGINE_NAMES = ("turbo", "pyshacl")
EXPORT_FORMATS = ("graphml", "gexf", "cytoscape", "node-link", "dot", "csv", "html", "svg",
                  "png")
QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
REPORT_FORMATS = ("text", "turtle", "json", "junit", "github")
VIEWS = ("hierarchy", "people", "events", "sources", "full")
