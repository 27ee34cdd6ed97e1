"""Where the files installed with partygraph are: the ontology, the saved queries' catalogue,
the guides a project's files point to and Cytoscape.js.

A wheel carries them under ``partygraph/_data/`` (put there by ``hatch_build.py``). An
editable install or a source checkout reads the ontology, the queries and the guides from the
repository's own ``ontology/``, ``queries/`` and ``docs/`` (so that an edit there counts at
once), and the script from ``src/partygraph/_data/``, where the editable build wrote it.
"""

from __future__ import annotations

from pathlib import Path

from partygraph.errors import PartygraphError

__all__ = ["PROJECT_DOCS", "cytoscape_script_file", "packaged_doc_files",
           "packaged_ontology_dir", "packaged_queries_dir", "source_checkout"]

# The guides of docs/ that the files partygraph writes into a project point to (the sheet
# template, drafted sheets, the README of ``partygraph init``), those the saved queries'
# catalogue points to (stores.md), and those they link to: the wheel carries them
# (hatch_build.py reads this list) and ``partygraph init`` copies them into the project's
# docs/. The repository's docs/ is their only source.
PROJECT_DOCS = ("adding-an-article.md", "concepts.md", "drafting.md", "fact-sheets.md",
                "security.md", "stores.md")

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


def packaged_doc_files() -> list[Path]:
    """The guides a project's files point to (:data:`PROJECT_DOCS`), as installed with
    partygraph; raises PartygraphError when one is missing."""
    folder = _packaged("docs")
    files = [folder / name for name in PROJECT_DOCS]
    for file in files:
        if not file.is_file():
            raise PartygraphError(f"partygraph's guide {file.name} is not installed ({file} "
                                  f"is missing): {_REINSTALL}")
    return files


def cytoscape_script_file() -> Path:
    """cytoscape.min.js, fetched from the npm registry and checked when partygraph was built."""
    script = _DATA / "cytoscape.min.js"
    if not script.is_file():
        raise PartygraphError(f"Cytoscape.js is not installed with partygraph ({script} is "
                              f"missing): {_REINSTALL}; its build fetches it")
    return script
