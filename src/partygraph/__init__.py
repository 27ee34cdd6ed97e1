"""partygraph: a knowledge graph of the local structure of the Communist Party of Vietnam,
built from news articles (see README.md and docs/architecture.md)."""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, the installed distribution's version, read when first asked for
    (``importlib.metadata`` takes a twentieth of a second to import, on every command)."""
    if name != "__version__":
        raise AttributeError(f"module 'partygraph' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("partygraph")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"
