// Load one partygraph export in a JavaScript tool and print what the tool made of it, as JSON:
//   node load.mjs graphology-graphml FILE   graphology + graphology-graphml
//   node load.mjs graphology-gexf FILE      graphology + graphology-gexf
//   node load.mjs cytoscape FILE            Cytoscape.js (headless) on the cytoscape JSON
//   node load.mjs d3 FILE                   d3-force's link force on the node-link JSON
// Output: {"nodes": {id: attributes}, "edges": [[source, target, attributes], ...]}.
// A file the tool refuses ends the process with a message and exit code 1.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [tool, file] = process.argv.slice(2);
const text = readFileSync(file, "utf-8");

function fromGraphology(graph) {
  const nodes = {};
  graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
  const edges = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push([source, target, attributes]);
  });
  return { type: graph.type, multi: graph.multi, nodes, edges };
}

async function load() {
  if (tool === "graphology-graphml" || tool === "graphology-gexf") {
    const { MultiDirectedGraph } = require("graphology");
    const parser = require(tool === "graphology-graphml" ? "graphology-graphml" : "graphology-gexf");
    return fromGraphology(parser.parse(MultiDirectedGraph, text));
  }
  if (tool === "cytoscape") {
    const cytoscape = require("cytoscape");
    const data = JSON.parse(text);
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.json({ elements: data.elements });
    const nodes = {};
    cy.nodes().forEach((n) => { nodes[n.id()] = n.data(); });
    const edges = cy.edges().map((e) => [e.source().id(), e.target().id(), e.data()]);
    return { nodes, edges };
  }
  if (tool === "d3") {
    const { forceSimulation, forceLink } = await import("d3-force");
    const data = JSON.parse(text);
    // forceLink throws "node not found" for a link whose end is not a node id
    const link = forceLink(data.links).id((d) => d.id);
    const simulation = forceSimulation(data.nodes).force("link", link).stop();
    simulation.tick(1);
    const nodes = {};
    for (const n of data.nodes) {
      const { x, y, vx, vy, index, ...attributes } = n;
      if (![x, y].every(Number.isFinite)) throw new Error(`node ${n.id} was not placed`);
      nodes[n.id] = attributes;
    }
    const edges = data.links.map((l) => {
      const { source, target, index, ...attributes } = l;
      return [source.id, target.id, attributes];
    });
    return { nodes, edges };
  }
  throw new Error(`unknown tool ${tool}`);
}

try {
  process.stdout.write(JSON.stringify(await load()) + "\n");
} catch (error) {
  process.stderr.write(`${tool} could not load ${file}: ${error.message}\n`);
  process.exit(1);
}
