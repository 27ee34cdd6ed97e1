"""Query engines (embedded and remote), saved queries and their output formats."""
