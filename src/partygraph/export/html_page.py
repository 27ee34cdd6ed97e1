"""A self-contained HTML page showing a view with Cytoscape.js.

Cytoscape.js is read from the npm package installed in the project (``npm install``, see
``package.json``) and inlined when the page is written, with the data and the styles: the
page fetches nothing when it is opened.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from partygraph.errors import PartygraphError

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["cytoscape_script", "render_page"]

_CYTOSCAPE = Path("node_modules") / "cytoscape" / "dist" / "cytoscape.min.js"

_STYLE = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; display: grid;
       grid-template-columns: 1fr 340px; height: 100vh; color: #222; }
#graph { width: 100%; height: 100vh; background: #fafafa; }
aside { border-left: 1px solid #ddd; padding: 12px; overflow-y: auto; }
h1 { font-size: 16px; margin: 0 0 8px; }
h2 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; color: #555; }
input { width: 100%; padding: 6px; font-size: 14px; }
ul { list-style: none; padding: 0; margin: 4px 0; }
li { padding: 2px 0; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px;
          margin-right: 6px; vertical-align: middle; }
#details dt { font-weight: bold; font-size: 12px; margin-top: 6px; }
#details dd { margin: 0; font-size: 13px; }
#results li { cursor: pointer; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccc; font-style: italic; }
"""

_SCRIPT = """
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  function fold(text) {
    return (text || "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/\\s+/g, " ").trim();
  }
  const hierarchy = data.view === "hierarchy";
  const roots = data.elements.nodes.filter(n => !data.elements.edges.some(
    e => e.data.target === n.data.id)).map(n => n.data.id);
  const cy = cytoscape({
    container: document.getElementById("graph"),
    elements: data.elements,
    wheelSensitivity: 0.2,
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "data(colour)",
        "font-size": 10, "text-wrap": "wrap", "text-max-width": 140, "text-valign": "bottom",
        "width": 22, "height": 22, "text-background-color": "#fafafa",
        "text-background-opacity": 0.9, "text-background-padding": 2 } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle",
        "width": 1.5, "line-color": "#999", "target-arrow-color": "#999",
        "label": hierarchy ? "" : "data(label)", "font-size": 8 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#ffcc00" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000" } }
    ],
    layout: hierarchy
      ? { name: "breadthfirst", directed: true, roots: roots, spacingFactor: 1.2, animate: false }
      : { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 }
  });
  window.cy = cy;

  const details = document.getElementById("details");
  function row(term, value) {
    if (value === undefined || value === null || value === "") { return; }
    const dt = document.createElement("dt"); dt.textContent = term;
    const dd = document.createElement("dd"); dd.textContent = String(value);
    details.append(dt, dd);
  }
  function show(d) {
    details.replaceChildren();
    row("Tên (vi)", d.label_vi); row("Name (en)", d.label_en); row("Kind", d.kind);
    row("Type", d.type); row("Level", d.level);
    Object.keys(d).filter(k => d[k + "_as_of"] !== undefined).sort().forEach(k =>
      row(k.replace(/_/g, " "), d[k] + " (as of " + d[k + "_as_of"] + ", " +
          (d[k + "_source"] || "") + ")"));
    row("Sources", d.sources + (d.source_ids ? ": " + d.source_ids : ""));
    if (d.quote) {
      const dt = document.createElement("dt"); dt.textContent = "Quote";
      const q = document.createElement("blockquote"); q.className = "quote";
      q.textContent = d.quote; details.append(dt, q);
    }
    row("IRI", d.iri);
  }
  cy.on("tap", "node", event => show(event.target.data()));

  const results = document.getElementById("results");
  document.getElementById("search").addEventListener("input", event => {
    const wanted = fold(event.target.value);
    cy.nodes().removeClass("match");
    results.replaceChildren();
    if (!wanted) { return; }
    const found = cy.nodes().filter(n => (n.data("search") || "").includes(wanted));
    found.addClass("match");
    found.forEach(n => {
      const li = document.createElement("li"); li.textContent = n.data("label");
      li.addEventListener("click", () => { cy.$(":selected").unselect(); n.select();
        show(n.data()); cy.animate({ center: { eles: n } }, { duration: 200 }); });
      results.append(li);
    });
    document.getElementById("count").textContent = found.length + " found";
  });
  window.partygraphReady = true;
})();
"""


def cytoscape_script(project_root: Path | None = None) -> str:
    """The text of cytoscape.min.js from the installed npm package."""
    candidates = []
    if os.environ.get("PARTYGRAPH_CYTOSCAPE_JS"):
        candidates.append(Path(os.environ["PARTYGRAPH_CYTOSCAPE_JS"]))
    if project_root is not None:
        candidates.append(project_root / _CYTOSCAPE)
    candidates.append(Path.cwd() / _CYTOSCAPE)
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise PartygraphError("the HTML export needs Cytoscape.js: run 'npm install' in the project "
                          "folder (Node.js), or set PARTYGRAPH_CYTOSCAPE_JS to cytoscape.min.js")


def _elements(graph: View, colours: dict[str, str]) -> dict[str, object]:
    nodes = []
    for node, data in graph.nodes(data=True):
        item = {k: v for k, v in data.items()}
        item["id"] = node
        item["colour"] = colours.get(str(data.get("kind")), "#9e9e9e")
        nodes.append({"data": item})
    edges = []
    for number, (tail, head, key, data) in enumerate(graph.edges(keys=True, data=True)):
        item = {k: v for k, v in data.items()}
        item.update({"id": f"e{number}", "source": tail, "target": head, "key": key})
        edges.append({"data": item})
    return {"nodes": nodes, "edges": edges}


def render_page(graph: View, colours: dict[str, str], *,
                project_root: Path | None = None) -> str:
    """The whole page as text: styles, Cytoscape.js, the data and the page's own script."""
    view = str(graph.graph.get("view", "graph"))
    payload = {"view": view, "elements": _elements(graph, colours)}
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    library = cytoscape_script(project_root).replace("</script", "<\\/script")
    kinds = sorted({str(d.get("kind")) for _, d in graph.nodes(data=True)})
    legend = "\n".join(
        f'<li><span class="swatch" style="background:{colours.get(k, "#9e9e9e")}"></span>'
        f"{html.escape(k)}</li>" for k in kinds)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>partygraph: {html.escape(view)}</title>
<style>{_STYLE}</style>
</head>
<body>
<div id="graph"></div>
<aside>
<h1>partygraph: {html.escape(view)}</h1>
<p>{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges</p>
<input id="search" type="search" placeholder="Tìm tên / search a name (tay son)"
       aria-label="search">
<p id="count"></p>
<ul id="results"></ul>
<h2>Details</h2>
<dl id="details"><dd>Click a node.</dd></dl>
<h2>Legend</h2>
<ul id="legend">
{legend}
</ul>
</aside>
<script id="graph-data" type="application/json">{data}</script>
<script>{library}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
