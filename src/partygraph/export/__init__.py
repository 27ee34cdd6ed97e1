"""Graph views of the store and the files they are written to."""
