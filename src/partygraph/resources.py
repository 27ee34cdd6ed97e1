"""Where the files installed with partygraph are: the ontology, the saved queries' catalogue
and Cytoscape.js.

A wheel carries them under ``partygraph/_data/`` (put there by ``hatch_build.py``). An
editable install or a source checkout reads the ontology and the queries from the
repository's own ``ontology/`` and ``queries/`` (so that an edit there counts at once), and
the script from ``src/partygraph/_data/``, where the editable build wrote it.
"""

from __future__ import annotations

from pathlib import Path

from partygraph.errors import PartygraphError

__all__ = ["cytoscape_script_file", "packaged_ontology_dir", "packaged_queries_dir",
           "source_checkout"]

_DATA = Path(__file__).resolve().parent / "_data"
_REINSTALL = "reinstall partygraph (pip install partygraph, or pip install -e . in a checkout)"


def source_checkout() -> Path | None:
    """The repository partygraph runs from (editable install, source tree), else ``None``."""
    root = _DATA.parent.parent.parent
    if (root / "pyproject.toml").is_file() and (root / "ontology" / "partygraph.ttl").is_file():
        return root
    return None


def _packaged(name: str) -> Path:
    """The packaged folder ``name``: the wheel's copy, else the source checkout's."""
    installed = _DATA / name
    if installed.is_dir():
        return installed
    checkout = source_checkout()
    if checkout is not None:
        return checkout / name
    raise PartygraphError(f"partygraph's {name} is not installed ({installed} is missing): "
                          f"{_REINSTALL}")


def packaged_ontology_dir() -> Path:
    """The folder of the ontology (``*.ttl``: classes and properties, concepts, shapes)."""
    return _packaged("ontology")


def packaged_queries_dir() -> Path:
    """The folder of the saved queries' catalogue (``*.rq``)."""
    return _packaged("queries")


def cytoscape_script_file() -> Path:
    """cytoscape.min.js, fetched from the npm registry and checked when partygraph was built."""
    script = _DATA / "cytoscape.min.js"
    if not script.is_file():
        raise PartygraphError(f"Cytoscape.js is not installed with partygraph ({script} is "
                              f"missing): {_REINSTALL}; its build fetches it")
    return script
