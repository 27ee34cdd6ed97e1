"""Time ``partygraph export`` of every view on a SYNTHETIC corpus, and the hierarchy picture.

Each export runs in a fresh process (wall time, with Python's start, and peak memory); the
picture's size is read from the SVG. Give ``--before FILE`` (a JSON this script wrote) to print
ratios against it:

    python bench/generate.py --triples 100000 --out /tmp/c5
    (cd /tmp/c5 && partygraph build --no-validate)
    python bench/exports.py /tmp/c5 --save /tmp/after.json [--before /tmp/before.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import measure  # type: ignore[import-not-found]

VIEWS = ("hierarchy", "people", "events", "sources", "full")


def run(root: Path, work: Path) -> dict[str, dict[str, float]]:
    """Seconds and peak memory of each export, and the hierarchy SVG's size in points."""
    base = ["--root", str(root)]
    figures: dict[str, dict[str, float]] = {}
    for view in VIEWS:
        figures[f"export {view} (GraphML)"] = measure(
            [*base, "export", view, "-o", str(work / f"{view}.graphml")], work)
    figures["export hierarchy (SVG)"] = measure(
        [*base, "export", "hierarchy", "-o", str(work / "hierarchy.svg")], work)
    head = (work / "hierarchy.svg").read_text(encoding="utf-8")[:2000]
    size = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', head)
    if size:
        figures["hierarchy SVG width (pt)"] = {"value": float(size.group(1))}
        figures["hierarchy SVG height (pt)"] = {"value": float(size.group(2))}
    return figures


def main() -> None:
    """Command line: ROOT [--save FILE] [--before FILE]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="a built project (bench/generate.py's)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/partygraph-bench-exports"))
    parser.add_argument("--save", type=Path)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    figures = run(args.root.resolve(), args.work)
    before = json.loads(args.before.read_text()) if args.before else {}
    print("| measure | now | before | ratio |\n|---|---|---|---|")
    for name, value in figures.items():
        now = value.get("seconds", value.get("value", 0.0))
        then = before.get(name, {})
        was = then.get("seconds", then.get("value"))
        unit = " s" if "seconds" in value else ""
        ratio = f"{was / now:.2f}x" if was and now else ""
        shown = f"{was:,.2f}{unit}" if was is not None else ""
        print(f"| {name} | {now:,.2f}{unit} | {shown} | {ratio} |")
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
