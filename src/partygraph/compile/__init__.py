"""Compiling fact sheets to RDF graphs, and the cache of compiled sheets."""
