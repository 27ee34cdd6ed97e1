"""Run one partygraph command in this process and report its time and peak memory as JSON.

    python bench/measure.py OUT.json -- --root DIR build --no-validate
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from partygraph.cli import main


def run() -> None:
    """Run the command after ``--`` and write {seconds, peak_kb, exit} to the first argument."""
    out = Path(sys.argv[1])
    args = sys.argv[sys.argv.index("--") + 1:]
    start = time.perf_counter()
    code = 0
    try:
        main.main(args=args, standalone_mode=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.write_text(json.dumps({"seconds": seconds, "peak_kb": peak, "exit": code}))


if __name__ == "__main__":
    run()
