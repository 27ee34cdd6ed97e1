"""The wheel build's hook: the packaged ontology, saved queries, guides and Cytoscape.js.

A wheel of partygraph is a whole partygraph: besides the code it carries, under
``partygraph/_data/``,

- ``ontology/*.ttl`` (every Turtle file of the repository's ``ontology/``),
- ``queries/*.rq`` and ``queries/README.md`` (the catalogue of saved queries),
- ``docs/NAME.md`` for each guide ``partygraph.resources.PROJECT_DOCS`` names (those the
  files ``partygraph init``, ``new`` and ``draft`` write point to; ``init`` copies them into
  the project), read from that module's source so that the list is kept in one place,
- ``cytoscape.min.js`` and its licence, which ``export --format html`` inlines.

Cytoscape.js comes from the npm registry's tarball of the version ``package-lock.json`` pins,
checked against the lock's sha512 ``integrity`` before anything is taken from it: a tarball
that does not match stops the build. No Node.js is needed. The tarball is kept in a cache
(``$PARTYGRAPH_BUILD_CACHE``, else ``$XDG_CACHE_HOME/partygraph-build``, else
``~/.cache/partygraph-build``) and checked again at each build, so that a second build needs
no network; ``PARTYGRAPH_CYTOSCAPE_TGZ`` may name the tarball for a build without network.

An editable install (``pip install -e .``) reads the ontology, queries and guides from the
source tree (``partygraph.resources`` finds them there); the hook writes only the script and its
licence into ``src/partygraph/_data/`` (ignored by git).
"""

from __future__ import annotations

import ast
import base64
import hashlib
import io
import json
import os
import tarfile
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "cytoscape"
REGISTRY = "https://registry.npmjs.org/"
MEMBERS = {"package/dist/cytoscape.min.js": "cytoscape.min.js",
           "package/LICENSE": "cytoscape.LICENSE"}
TIMEOUT = 120  # seconds, for the download of the tarball


class BuildError(RuntimeError):
    """The build cannot go on (stated in one line)."""


def project_docs(root: Path) -> list[Path]:
    """The guides of ``docs/`` the wheel carries: ``PROJECT_DOCS`` of partygraph.resources,
    read from its source (the package is not importable while it is being built)."""
    module = root / "src" / "partygraph" / "resources.py"
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "PROJECT_DOCS"):
            names = ast.literal_eval(node.value)
            break
    else:
        raise BuildError(f"{module} assigns no PROJECT_DOCS")
    files = [root / "docs" / str(name) for name in names]
    missing = [file.name for file in files if not file.is_file()]
    if missing:
        raise BuildError(f"docs/ lacks {', '.join(missing)}, which PROJECT_DOCS names")
    return files


def locked(root: Path) -> tuple[str, str, str]:
    """The version, tarball URL and sha512 integrity that package-lock.json pins."""
    lock = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))
    entry = lock.get("packages", {}).get(f"node_modules/{PACKAGE}")
    if not entry or not str(entry.get("integrity", "")).startswith("sha512-"):
        raise BuildError(f"package-lock.json pins no {PACKAGE} with a sha512 integrity")
    version = str(entry["version"])
    url = str(entry.get("resolved") or f"{REGISTRY}{PACKAGE}/-/{PACKAGE}-{version}.tgz")
    return version, url, str(entry["integrity"])


def matches(data: bytes, integrity: str) -> bool:
    """True when ``data`` has the sha512 of an npm ``integrity`` string."""
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    return integrity == f"sha512-{digest}"


def cache_dir() -> Path:
    """Where verified tarballs are kept between builds."""
    given = os.environ.get("PARTYGRAPH_BUILD_CACHE")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "partygraph-build"


def tarball(root: Path) -> bytes:
    """The bytes of the pinned Cytoscape.js tarball, checked against package-lock.json."""
    version, url, integrity = locked(root)
    name = f"{PACKAGE}-{version}.tgz"
    given = os.environ.get("PARTYGRAPH_CYTOSCAPE_TGZ")
    if given:
        data = Path(given).read_bytes()
        if not matches(data, integrity):
            raise BuildError(f"{given}: its sha512 is not package-lock.json's integrity "
                             f"for {name}; refusing to build with it")
        return data
    cached = cache_dir() / name
    if cached.is_file():
        data = cached.read_bytes()
        if matches(data, integrity):
            return data
        cached.unlink()  # damaged or replaced: fetched again below, and checked again
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            data = bytes(response.read())
    except OSError as exc:
        raise BuildError(f"cannot download {url}: {exc} (set PARTYGRAPH_CYTOSCAPE_TGZ to a "
                         f"copy of {name} to build without network)") from None
    if not matches(data, integrity):
        raise BuildError(f"{url}: the download's sha512 is not package-lock.json's integrity "
                         f"({integrity}); refusing to build with it")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_name(f".{name}.{os.getpid()}")
        part.write_bytes(data)
        part.replace(cached)
    except OSError:
        pass  # no cache: the next build downloads it again
    return data


def extract(data: bytes, target: Path) -> dict[Path, str]:
    """Write the script and its licence from the tarball into ``target``; their paths and
    names in ``partygraph/_data/``."""
    target.mkdir(parents=True, exist_ok=True)
    written: dict[Path, str] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, name in MEMBERS.items():
            found = archive.extractfile(member)
            if found is None:
                raise BuildError(f"the {PACKAGE} tarball has no {member}")
            path = target / name
            part = path.with_name(f".{name}.{os.getpid()}")
            part.write_bytes(found.read())
            part.replace(path)  # whole or not at all: tests may read it meanwhile
            written[path] = name
    return written


class PartygraphBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the ontology, the saved queries, the guides and Cytoscape.js to partygraph's
    wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Put the packaged files into the wheel (or, editable, the script into src/)."""
        root = Path(self.root)
        data = tarball(root)
        if version == "editable":
            extract(data, root / "src" / "partygraph" / "_data")
            return
        self._scratch = tempfile.TemporaryDirectory(prefix="partygraph-build-")
        include = build_data["force_include"]
        for path, name in extract(data, Path(self._scratch.name)).items():
            include[str(path)] = f"partygraph/_data/{name}"
        for folder, pattern in (("ontology", "*.ttl"), ("queries", "*.rq"),
                                ("queries", "README.md")):
            for file in sorted((root / folder).glob(pattern)):
                include[str(file)] = f"partygraph/_data/{folder}/{file.name}"
        for file in project_docs(root):
            include[str(file)] = f"partygraph/_data/docs/{file.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the scratch folder of the script."""
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            scratch.cleanup()
