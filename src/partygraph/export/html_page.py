"""A self-contained HTML page showing a view with Cytoscape.js.

Cytoscape.js is installed with partygraph: its wheel's build takes ``cytoscape.min.js`` from
the npm registry's tarball of the version ``package-lock.json`` pins, checked against the
lock's sha512 (``hatch_build.py``), so no Node.js is needed. The script is inlined when the
page is written, with the data and the styles: the page fetches nothing when it is opened.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from partygraph.errors import PartygraphError
from partygraph.resources import cytoscape_script_file

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["cytoscape_script", "render_page"]

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
select { width: 100%; padding: 4px; font-size: 14px; }
.hint { font-size: 12px; color: #666; }
#toggle { margin-top: 8px; padding: 4px 8px; font-size: 13px; }
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
  const ids = data.elements.nodes.map(n => n.data.id);
  const children = new Map(ids.map(id => [id, []]));
  const hasParent = new Set();
  data.elements.edges.forEach(e => {
    const kids = children.get(e.data.source);
    if (kids && !kids.includes(e.data.target) && e.data.source !== e.data.target) {
      kids.push(e.data.target);
    }
    hasParent.add(e.data.target);
  });
  const roots = ids.filter(id => !hasParent.has(id));
  // Each node's level: its distance from the nearest root.
  const depth = new Map();
  let row = roots.length ? roots.slice() : ids.slice(0, 1);
  row.forEach(id => depth.set(id, 0));
  while (row.length) {
    const next = [];
    row.forEach(id => children.get(id).forEach(c => {
      if (!depth.has(c)) { depth.set(c, depth.get(id) + 1); next.push(c); }
    }));
    row = next;
  }
  ids.forEach(id => { if (!depth.has(id)) { depth.set(id, 0); } });
  const deepest = Math.max(0, ...depth.values());
  // How many nodes are below each (counted once each).
  function below(id) {
    const seen = new Set(); const stack = [...children.get(id)];
    while (stack.length) { const n = stack.pop(); if (!seen.has(n) && n !== id) {
      seen.add(n); stack.push(...children.get(n)); } }
    return seen.size;
  }
  const cy = cytoscape({
    container: document.getElementById("graph"),
    elements: data.elements,
    wheelSensitivity: 0.2,
    minZoom: 0.02,
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "data(colour)",
        "font-size": hierarchy ? 12 : 10, "text-wrap": "wrap",
        "text-max-width": hierarchy ? 220 : 150,
        "text-valign": hierarchy ? "center" : "bottom",
        "text-halign": hierarchy ? "right" : "center", "text-margin-x": hierarchy ? 4 : 0,
        "width": 18, "height": 18, "text-background-color": "#fafafa",
        "text-background-opacity": 0.9, "text-background-padding": 2, "color": "#111" } },
      { selector: "edge", style: { "curve-style": hierarchy ? "taxi" : "bezier",
        "taxi-direction": "rightward", "target-arrow-shape": hierarchy ? "none" : "triangle",
        "width": 1.2, "line-color": "#aaa", "target-arrow-color": "#999",
        "label": hierarchy ? "" : "data(label)", "font-size": 8 } },
      { selector: "node.folded", style: { "label": "data(foldedLabel)", "shape": "round-rectangle",
        "border-width": 3, "border-color": "#333", "border-style": "double" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#ffcc00" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000" } }
    ],
    layout: { name: "preset" }
  });
  window.cy = cy;

  // Folding: a folded node hides everything below it. Hierarchy only.
  const folded = new Set();
  function visibleIds() {
    const shown = new Set(); const stack = roots.length ? roots.slice() : ids.slice();
    while (stack.length) {
      const id = stack.pop();
      if (shown.has(id)) { continue; }
      shown.add(id);
      if (!folded.has(id)) { stack.push(...children.get(id)); }
    }
    ids.forEach(id => { if (!depth.has(id)) { shown.add(id); } });
    return shown;
  }
  function layout() {
    const visible = cy.elements().not(".hidden");
    if (!hierarchy) {
      // Room for the labels: long edges, strong repulsion, components apart.
      visible.layout({ name: "cose", animate: false, randomize: false, fit: true, padding: 20,
                       nodeRepulsion: () => 1200000, idealEdgeLength: () => 160,
                       nodeOverlap: 40, componentSpacing: 160, gravity: 0.2,
                       numIter: 2500 }).run();
      if (cy.zoom() < 0.8) {  // readable rather than whole: around the most linked node
        const hub = visible.nodes().max(n => n.degree()).ele;
        cy.zoom(0.8); cy.center(hub);
      }
      return;
    }
    // Down the page, a level a column (a wide tree would be a thin line across).
    const perLevel = new Map();
    visible.nodes().forEach(n => { const d = depth.get(n.id());
      perLevel.set(d, (perLevel.get(d) || 0) + 1); });
    const tallest = Math.max(1, ...perLevel.values());
    const visibleRoots = visible.nodes().filter(n => depth.get(n.id()) === 0);
    visible.layout({ name: "breadthfirst", directed: true, roots: visibleRoots,
      animate: false, avoidOverlap: false, spacingFactor: 1, fit: false,
      boundingBox: { x1: 0, y1: 0, w: tallest * 40, h: (perLevel.size) * 300 },
      transform: (node, pos) => ({ x: pos.y, y: pos.x }) }).run();
    cy.fit(visible, 30);
    if (cy.zoom() < 0.9) {  // readable rather than whole: the root at the left, mid-height
      const root = visibleRoots.length ? visibleRoots[0] : visible.nodes()[0];
      const box = cy.container().getBoundingClientRect();
      cy.zoom(0.9);
      const at = root.position();
      cy.pan({ x: 30 - visible.boundingBox().x1 * 0.9, y: box.height / 2 - at.y * 0.9 });
    }
  }
  function refresh() {
    const shown = visibleIds();
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const id = n.id();
        n.toggleClass("hidden", !shown.has(id));
        const isFolded = folded.has(id) && children.get(id).length > 0;
        n.toggleClass("folded", isFolded);
        if (isFolded) { n.data("foldedLabel", n.data("label") + " (+" + below(id) + ")"); }
      });
    });
    document.getElementById("shown").textContent = shown.size + " of " + ids.length +
      " nodes shown";
    layout();
  }
  function foldTo(level) {
    folded.clear();
    if (level !== null) {
      ids.forEach(id => { if (depth.get(id) === level && children.get(id).length) {
        folded.add(id); } });
    }
  }
  // Unfolding opens one level: the children show, each folded in turn.
  function toggle(id) {
    if (folded.has(id)) {
      folded.delete(id);
      children.get(id).forEach(c => { if (children.get(c).length) { folded.add(c); } });
    } else if (children.get(id).length) {
      folded.add(id);
    }
    refresh();
  }
  const levels = document.getElementById("levels");
  if (hierarchy) {
    for (let d = 0; d < deepest; d++) {
      const option = document.createElement("option"); option.value = String(d);
      option.textContent = "down to level " + d; levels.append(option);
    }
    const all = document.createElement("option"); all.value = "all";
    all.textContent = "every level"; levels.append(all);
    // Large hierarchies open folded below the provincial and district levels.
    const start = ids.length > 200 && deepest > 2 ? 2 : null;
    levels.value = start === null ? "all" : String(start);
    foldTo(start);
    levels.addEventListener("change", () => {
      foldTo(levels.value === "all" ? null : Number(levels.value)); refresh(); });
  } else {
    document.getElementById("levels-box").style.display = "none";
  }

  const details = document.getElementById("details");
  function line(term, value) {
    if (value === undefined || value === null || value === "") { return; }
    const dt = document.createElement("dt"); dt.textContent = term;
    const dd = document.createElement("dd"); dd.textContent = String(value);
    details.append(dt, dd);
  }
  function show(d) {
    details.replaceChildren();
    line("Tên (vi)", d.label_vi); line("Name (en)", d.label_en); line("Kind", d.kind);
    line("Type", d.type); line("Level", d.level);
    Object.keys(d).filter(k => d[k + "_as_of"] !== undefined).sort().forEach(k => {
      line(k.replace(/_/g, " ") + (d[k + "_scope"] ? " (" + d[k + "_scope"] + ")" : ""),
          (d[k + "_approx"] ? d[k + "_approx"] + " " : "") + d[k] +
          " (as of " + d[k + "_as_of"] + ", " + (d[k + "_source"] || "") + ")");
      line(k.replace(/_/g, " ") + ": sources differ", d[k + "_disputed"]);
    });
    line("Sources", d.sources + (d.source_ids ? ": " + d.source_ids : ""));
    if (d.quote) {
      const dt = document.createElement("dt"); dt.textContent = "Quote";
      const q = document.createElement("blockquote"); q.className = "quote";
      q.textContent = d.quote; details.append(dt, q);
    }
    line("IRI", d.iri);
    if (hierarchy && children.get(d.id).length) {
      const button = document.createElement("button"); button.id = "toggle";
      button.textContent = (folded.has(d.id) ? "Unfold " : "Fold ") + below(d.id) + " below";
      button.addEventListener("click", () => { toggle(d.id); show(d); });
      details.append(button);
    }
  }
  cy.on("tap", "node", event => show(event.target.data()));
  cy.on("dbltap", "node", event => { toggle(event.target.id()); show(event.target.data()); });

  const results = document.getElementById("results");
  document.getElementById("search").addEventListener("input", event => {
    const wanted = fold(event.target.value);
    cy.nodes().removeClass("match");
    results.replaceChildren();
    if (!wanted) { return; }
    const found = cy.nodes().filter(n => (n.data("search") || "").includes(wanted));
    found.addClass("match");
    found.slice(0, 100).forEach(n => {
      const li = document.createElement("li"); li.textContent = n.data("label");
      li.addEventListener("click", () => { cy.$(":selected").unselect();
        reveal(n.id()); n.select(); show(n.data());
        cy.animate({ center: { eles: n } }, { duration: 200 }); });
      results.append(li);
    });
    document.getElementById("count").textContent = found.length + " found";
  });
  // A node found by search is unfolded to: every folded node above it opens.
  function reveal(id) {
    const parents = new Map();
    children.forEach((kids, parent) => kids.forEach(k => {
      if (!parents.has(k)) { parents.set(k, parent); } }));
    let at = parents.get(id); let changed = false;
    while (at !== undefined) { if (folded.delete(at)) { changed = true; } at = parents.get(at); }
    if (changed) { refresh(); }
  }
  refresh();
  window.partygraphReady = true;
})();
"""


def cytoscape_script(project_root: Path | None = None) -> str:
    """The text of cytoscape.min.js: the file ``PARTYGRAPH_CYTOSCAPE_JS`` names, else the one
    installed with partygraph. (``project_root`` is no longer read: the script is not the
    project's.)"""
    given = os.environ.get("PARTYGRAPH_CYTOSCAPE_JS")
    path = Path(given) if given else cytoscape_script_file()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        where = "PARTYGRAPH_CYTOSCAPE_JS names " if given else ""
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise PartygraphError(f"the HTML export needs Cytoscape.js: {where}{path}: "
                              f"cannot read it ({reason})") from None


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


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_page(graph: View, colours: dict[str, str], *,
                project_root: Path | None = None) -> str:
    """The whole page as text: styles, Cytoscape.js, the data and the page's own script."""
    view = str(graph.graph.get("view", "graph"))
    payload = {"view": view, "elements": _elements(graph, colours)}
    # JSON inside <script>: "<", ">" and "&" escaped, so that no name ("</script>", or
    # "<!--" then "<script") can end the element or change how the HTML parser reads it.
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_SAFE)
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
<div id="levels-box"><h2>Levels</h2>
<select id="levels" aria-label="levels shown"></select>
<p id="shown"></p>
<p class="hint">Double-click a node (or use its button below) to fold or unfold it.</p></div>
<input id="search" type="search" placeholder="Tìm tên / search a name (tay son)"
       aria-label="search">
<p id="count"></p>
<ul id="results"></ul>
<h2>Legend</h2>
<ul id="legend">
{legend}
</ul>
<h2>Details</h2>
<dl id="details"><dd>Click a node.</dd></dl>
</aside>
<script id="graph-data" type="application/json">{data}</script>
<script>{library}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
