"""SHACL validation, its scope, its reports, and the repository checks."""
