"""Fact sheets: the schema, loading and checking YAML, the articles they quote."""
