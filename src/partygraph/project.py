"""Where a partygraph project keeps its parts: ontology, data, queries and build output."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import PartygraphError

__all__ = ["Project"]


@dataclass(frozen=True)
class Project:
    """The folders of one partygraph project, all below ``root``."""

    root: Path
    data_dir: Path
    build_dir: Path

    @classmethod
    def at(cls, root: Path, *, data_dir: Path | None = None,
           build_dir: Path | None = None) -> Project:
        """The project in ``root``; raises PartygraphError when it has no ontology."""
        root = root.resolve()
        project = cls(root, (data_dir or root / "data").resolve(),
                      (build_dir or root / "build").resolve())
        if not project.ontology_file.is_file():
            raise PartygraphError(
                f"{root} is not a partygraph project: {project.ontology_file} is missing "
                "(run the command from the project folder or pass --root)"
            )
        return project

    @property
    def ontology_file(self) -> Path:
        """The OWL ontology in Turtle."""
        return self.root / "ontology" / "partygraph.ttl"

    @property
    def shapes_file(self) -> Path:
        """The SHACL shapes in Turtle."""
        return self.root / "ontology" / "shapes.ttl"

    @property
    def queries_dir(self) -> Path:
        """The saved SPARQL queries."""
        return self.root / "queries"

    @property
    def dataset_file(self) -> Path:
        """The built dataset as sorted N-Quads."""
        return self.build_dir / "partygraph.nq"

    @property
    def store_dir(self) -> Path:
        """The persistent embedded store."""
        return self.build_dir / "store"

    @property
    def manifest_file(self) -> Path:
        """What the last build was made from and what it holds."""
        return self.build_dir / "manifest.json"

    @property
    def cache_dir(self) -> Path:
        """Each sheet's compiled graph and the origin of its triples, kept between builds."""
        return self.build_dir / "cache"

    def sheet_files(self) -> list[Path]:
        """Every fact sheet under the data folder, sorted."""
        return sorted(p for p in self.data_dir.rglob("*.yaml") if p.is_file())

    def load_ontology(self) -> Graph:
        """Parse the ontology; raises PartygraphError naming the file on a syntax error."""
        return _parse_turtle(self.ontology_file)

    def load_shapes(self) -> Graph:
        """Parse the SHACL shapes; raises PartygraphError naming the file on a syntax error."""
        return _parse_turtle(self.shapes_file)

    def input_digest(self) -> str:
        """A digest of every input of a build, to tell whether the store is up to date."""
        digest = hashlib.sha256()
        files = [self.ontology_file, *self.sheet_files()]
        files += sorted(p for p in self.data_dir.rglob("*.txt") if p.is_file())
        for file in files:
            digest.update(file.relative_to(self.root).as_posix().encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        return digest.hexdigest()


def _parse_turtle(file: Path) -> Graph:
    try:
        return Graph().parse(file, format="turtle")
    except FileNotFoundError:
        raise PartygraphError(f"{file}: file not found") from None
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise PartygraphError(f"{file}: not valid Turtle: {exc}") from None
