"""partygraph: a knowledge graph of the local structure of the Communist Party of Vietnam,
built from news articles (see README.md and docs/architecture.md)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("partygraph")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
