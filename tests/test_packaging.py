"""The wheel is a whole partygraph: built from this repository, installed into a fresh virtual
environment, it starts a project of its own outside the repository (with the guides its files
point to), builds it, queries it and writes the HTML page with no Node.js and no file of the
repository.

The wheel is built by pip with hatchling from the environment (no build isolation, so no
index is asked); Cytoscape.js comes from the tarball the editable install left in the build
cache (``hatch_build.py``), or from the npm registry. The fresh environment gets the
dependencies by a ``.pth`` line naming this environment's site-packages, whose own ``.pth``
files (the editable install of the repository) are not read.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from partygraph.resources import PROJECT_DOCS

from .conftest import FIXTURES, REPO, SEED_ARTICLE, SEED_SHEET

TIMEOUT = 300  # seconds for one step; each step is killed past it


def _run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                           timeout=TIMEOUT, check=False)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PARTYGRAPH_CYTOSCAPE_JS", "PARTYGRAPH_CYTOSCAPE_TGZ",
                        "VIRTUAL_ENV")}
    env.update(extra)
    return env


def _build_wheel(target: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                 "--no-index", "-q", "-w", str(target), str(REPO)],
                cwd=target.parent, env=_clean_env(**env))


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    work: Path  # a folder outside the repository, where the commands run

    def partygraph(self, *args: str, cwd: Path | None = None
                   ) -> subprocess.CompletedProcess[str]:
        return _run([str(self.venv / "bin" / "partygraph"), *args], cwd=cwd or self.work,
                    env=_clean_env())


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("packaging")
    dist = root / "dist"
    dist.mkdir()
    built = _build_wheel(dist)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("partygraph-*.whl")

    venv = root / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=root)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                 "--no-index", "-q", str(wheel)], cwd=root, env=_clean_env())
    assert done.returncode == 0, done.stdout + done.stderr
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                    "['purelib'])"], cwd=root).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_partygraph_test_dependencies.pth").write_text(
        "".join(f"{path}\n" for path in sorted(ours)), encoding="utf-8")
    work = root / "work"
    work.mkdir()
    yield Installed(wheel, venv, work)


def test_the_wheel_carries_the_ontology_the_queries_the_guides_and_the_script(
        installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        data = "partygraph/_data/"
        for file in [*REPO.glob("ontology/*.ttl"), *REPO.glob("queries/*.rq"),
                     REPO / "queries" / "README.md",
                     *(REPO / "docs" / name for name in PROJECT_DOCS)]:
            name = f"{data}{file.parent.name}/{file.name}"
            assert name in names, f"{name} is not in the wheel"
            assert wheel.read(name) == file.read_bytes(), f"{name} differs from {file}"
        # the guides a project's files point to, and no other page of docs/
        assert {n for n in names if n.startswith(f"{data}docs/")} == {
            f"{data}docs/{name}" for name in PROJECT_DOCS}
        assert {"fact-sheets.md", "concepts.md", "adding-an-article.md", "drafting.md",
                "stores.md"} <= set(PROJECT_DOCS)
        assert {f"{data}cytoscape.min.js", f"{data}cytoscape.LICENSE",
                "partygraph/py.typed"} <= names
        # licenses/ since hatchling 1.27 (PEP 639), license_files/ before
        assert any(n.startswith("partygraph-0.1.0.dist-info/") and n.endswith("/LICENSE")
                   for n in names)
        script = wheel.read(f"{data}cytoscape.min.js").decode("utf-8")
    assert "cytoscape" in script and len(script) > 100_000
    assert not any(n.startswith(("partygraph/_data/cytoscape/", "node_modules")) for n in names)


def test_the_installed_partygraph_reads_nothing_of_the_repository(
        installed: Installed) -> None:
    where = _run([str(installed.venv / "bin" / "python"), "-c",
                  "import json, partygraph.resources as r; print(json.dumps([r.__file__, "
                  "str(r.packaged_ontology_dir()), str(r.packaged_queries_dir()), "
                  "str(r.cytoscape_script_file()), str(r.packaged_doc_files()[0]), "
                  "r.source_checkout()]))"],
                 cwd=installed.work, env=_clean_env())
    assert where.returncode == 0, where.stderr
    module, ontology, queries, script, guide, checkout = json.loads(where.stdout)
    for path in (module, ontology, queries, script, guide):
        assert Path(path).is_relative_to(installed.venv), path
    assert checkout is None


def test_an_installed_partygraph_runs_a_project_of_its_own(installed: Installed) -> None:
    started = installed.partygraph("init", "proj")
    assert started.returncode == 0, started.stderr
    project = installed.work / "proj"
    assert (project / "partygraph.toml").is_file()
    # the guides the project's files point to, from the wheel
    with zipfile.ZipFile(installed.wheel) as wheel:
        for name in PROJECT_DOCS:
            assert f"created docs/{name}\n" in started.stdout
            copied = (project / "docs" / name).read_text(encoding="utf-8")
            if "> Copied into this project by `partygraph init`" in copied:
                # (a guide naming repository files says so after its title)
                title, _, rest = copied.partition("\n\n")
                copied = f"{title}\n\n{rest.partition(chr(10) * 2)[2]}"
            assert copied == wheel.read(f"partygraph/_data/docs/{name}").decode("utf-8")
    assert "docs/fact-sheets.md" in (project / "README.md").read_text(encoding="utf-8")
    shutil.copy(SEED_ARTICLE, project / "data" / "articles")
    shutil.copy(SEED_SHEET, project / "data" / "sheets")

    built = installed.partygraph("build", cwd=project)
    assert built.returncode == 0, built.stderr
    assert "sources: 1" in built.stdout
    assert "conforms: 0 violation(s)" in built.stdout

    coverage = installed.partygraph("query", "coverage", "--format", "csv", cwd=project)
    assert coverage.returncode == 0, coverage.stderr
    assert coverage.stdout.startswith(
        "organisation,id,figures,sources,secretary,latest,stale\n")
    assert "Đảng bộ thị xã An Khê" in coverage.stdout

    # from a folder below the project, --root is the project
    page = installed.work / "page.html"
    exported = installed.partygraph("export", "hierarchy", "--format", "html", "-o", str(page),
                                    cwd=project / "data" / "sheets")
    assert exported.returncode == 0, exported.stderr
    text = page.read_text(encoding="utf-8")
    with zipfile.ZipFile(installed.wheel) as wheel:
        script = wheel.read("partygraph/_data/cytoscape.min.js").decode("utf-8")
    assert script.replace("</script", "<\\/script") in text
    assert "Đảng bộ thị xã An Khê" in text and "Đảng bộ phường Tây Sơn" in text
    assert "<script src" not in text

    lost = installed.partygraph("queries")  # the work folder is no project, nor any above
    assert lost.returncode == 2
    assert lost.stderr == (f"error: no partygraph project in {installed.work.resolve()} or "
                           "any folder above it: run the command in one ('partygraph init "
                           "DIR' starts one) or pass --root\n")

    # a sheet template names a guide the project has
    article = sorted((FIXTURES / "draft" / "articles").glob("synthetic-*.txt"))[0]
    started = installed.partygraph("new", str(article), cwd=project)
    assert started.returncode == 0, started.stderr
    template = (project / "data" / "sheets" / f"{article.stem}.yaml").read_text(encoding="utf-8")
    assert "docs/fact-sheets.md" in template
    for pointer in re.findall(r"docs/[a-z-]+\.md", template):
        assert (project / pointer).is_file(), pointer


def test_a_tarball_that_does_not_match_the_lock_stops_the_build(tmp_path: Path) -> None:
    # a SYNTHETIC tarball with the right member names and the wrong bytes
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for member in ("package/dist/cytoscape.min.js", "package/LICENSE"):
            body = b"/* not cytoscape */\n"
            info = tarfile.TarInfo(member)
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))
    fake = tmp_path / "cytoscape.tgz"
    fake.write_bytes(gzip.compress(buffer.getvalue()))
    dist = tmp_path / "dist"
    dist.mkdir()
    built = _build_wheel(dist, PARTYGRAPH_CYTOSCAPE_TGZ=str(fake))
    assert built.returncode != 0
    assert "its sha512 is not package-lock.json's integrity" in built.stdout + built.stderr
    assert "refusing to build with it" in built.stdout + built.stderr
    assert not list(dist.iterdir())
