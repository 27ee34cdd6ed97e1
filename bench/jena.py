"""Apache Jena's SHACL command line as a baseline, from Debian's libapache-jena-java.

Debian's package (4.5.0) ships no launcher, and as packaged it does not start: its copy of
Xerces was moved from ``org.apache.jena.ext.xerces`` to ``xerces`` but the regular
expression messages it loads were left behind, so initialising the XSD datatypes fails
with "internal error". The fix here: a classpath of Jena's jars and their Debian
dependencies, plus a small jar holding those resources under their new name.

Jena 4.5 also rejects a SPARQL constraint with more than one ``sh:message`` (partygraph's
carry one in Vietnamese and one in English), so Jena gets the same shapes with only the
English messages of SPARQL constraints.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import SH

JAVA = Path("/usr/share/java")
# Jena's runtime dependencies as Debian names their jars (libapache-jena-java's Depends).
DEPENDENCIES = ("commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io",
                "commons-lang3", "dexx.collection", "gson", "guava", "httpclient", "httpcore",
                "jackson-core", "jackson-databind", "jakarta.json-api", "jsonld-java",
                "protobuf", "thrift", "titanium-json-ld", "slf4j-api", "slf4j-nop")
_MOVED_FROM = "org/apache/jena/ext/xerces/"


def available() -> bool:
    """True when Java and Debian's Jena jars are installed."""
    return (JAVA / "jena-shacl.jar").is_file() and (JAVA / "jena-core.jar").is_file()


def classpath(work: Path) -> str:
    """Jena's jars, their dependencies, and the jar of moved Xerces resources (made here)."""
    fix = work / "jena-xerces-resources.jar"
    if not fix.is_file():
        with zipfile.ZipFile(JAVA / "jena-core.jar") as core, zipfile.ZipFile(fix, "w") as out:
            for name in core.namelist():
                if name.startswith(_MOVED_FROM) and not name.endswith((".class", "/")):
                    out.writestr("xerces/" + name.removeprefix(_MOVED_FROM), core.read(name))
    jars = sorted(p for p in JAVA.glob("jena-*.jar") if not p.stem[-1].isdigit())
    jars += [JAVA / f"{name}.jar" for name in DEPENDENCIES if (JAVA / f"{name}.jar").is_file()]
    return ":".join(str(p) for p in [*jars, fix])


def shapes_for_jena(shapes_file: Path, out: Path) -> Path:
    """The shapes with one (English) message per SPARQL constraint, as Jena 4.5 needs."""
    shapes = Graph().parse(shapes_file, format="turtle")
    for constraint in set(shapes.objects(None, SH.sparql)):
        for message in list(shapes.objects(constraint, SH.message)):
            if isinstance(message, Literal) and message.language != "en":
                shapes.remove((constraint, SH.message, message))
    shapes.serialize(out, format="turtle")
    return out


def validate(data: Path, shapes_file: Path, work: Path) -> dict[str, object]:
    """Run Jena's ``shacl validate`` in a child process: seconds, peak KB, result keys."""
    report = work / "jena-report.ttl"
    shapes = shapes_for_jena(shapes_file, work / "shapes-jena.ttl")
    command = ["java", "-Xmx20g", "-cp", classpath(work), "shacl.shacl", "validate",
               "--shapes", str(shapes), "--data", str(data)]
    code = ("import json,resource,subprocess,sys,time\n"
            "t=time.perf_counter()\n"
            "with open(sys.argv[1],'wb') as out: r=subprocess.run(sys.argv[2:],stdout=out)\n"
            "print(json.dumps({'seconds': time.perf_counter()-t, 'exit': r.returncode, "
            "'peak_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))")
    done = subprocess.run([sys.executable, "-c", code, str(report), *command],
                          capture_output=True, text=True, check=True)
    measured: dict[str, object] = json.loads(done.stdout)
    graph = Graph().parse(report, format="turtle")
    measured["results"] = sorted(
        (str(graph.value(r, SH.focusNode)), str(graph.value(r, SH.resultSeverity)))
        for r in graph.subjects(SH.focusNode, None))
    return measured
