"""The embedded Oxigraph store and the build that fills it."""
