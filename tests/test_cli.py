"""The command line's habits: ad-hoc SPARQL, -h, a saved query's own help, and data on
stdout with everything else on stderr; each through the real command on a real build."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import click
import pyoxigraph as ox
import pytest

from partygraph.cli import main
from partygraph.project import Project
from partygraph.store.build import build

from .conftest import SEED_SHEET, copy_project, run_cli
from .small_sheet import SHEET, write_sheet_files

ORGANISATIONS = "SELECT (COUNT(*) AS ?n) WHERE { ?o a pg:PartyOrganisation }"


def _partygraph(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "partygraph", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def own_build(tmp_path: Path) -> Project:
    """A build of the seed that a test may change (the session's build stays as it is)."""
    project = copy_project(tmp_path / "own")
    build(project)
    return project


# -- sparql -----------------------------------------------------------------------------------


def test_sparql_from_a_file_gives_what_the_saved_query_gives(built_real: Project) -> None:
    for name, formats in (("tallies", ("csv", "json", "table")),
                          ("hierarchy-graph", ("turtle", "ntriples", "jsonld", "table"))):
        file = built_real.queries_dir / f"{name}.rq"
        for fmt in formats:
            ad_hoc = run_cli("sparql", str(file), "--format", fmt, root=built_real.root)
            saved = run_cli("query", name, "--format", fmt, root=built_real.root)
            assert ad_hoc.exit_code == 0, ad_hoc.output
            assert ad_hoc.stdout == saved.stdout and ad_hoc.stdout
            assert ad_hoc.stderr == ""


def test_sparql_construct_is_turtle(built_real: Project) -> None:
    text = "CONSTRUCT WHERE { ?o a pg:PartyOrganisation }"
    result = run_cli("sparql", "--query", text, "--format", "turtle", root=built_real.root)
    assert result.exit_code == 0, result.output
    triples = list(ox.parse(result.stdout.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 4
    described = run_cli("sparql", "-q", "DESCRIBE <https://w3id.org/partygraph/id/organisation/an-khe-town-party>",
                        "--format", "ntriples", root=built_real.root)
    assert described.exit_code == 0, described.output
    assert list(ox.parse(described.stdout.encode(), format=ox.RdfFormat.N_TRIPLES))


def test_sparql_from_stdin_and_prefixes_need_no_declaration(built_real: Project) -> None:
    done = _partygraph("--root", str(built_real.root), "sparql", "-", "--format", "csv",
                       stdin=ORGANISATIONS)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "n\n4\n"  # CSV's CRLF, as text read it
    asked = _partygraph("--root", str(built_real.root), "sparql", "-", "--format", "json",
                        stdin="# a comment that says insert\nASK { ?s a pg:PartyOrganisation }")
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout) == {"head": {}, "boolean": True}


def test_sparql_syntax_error_is_one_line(built_real: Project) -> None:
    result = run_cli("sparql", "-q", "SELECT * WHERE { ?s ?p }", root=built_real.root)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("error: syntax error at line 1, column ")
    assert "(near '" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_query_cut_short_is_said_to_end_too_soon(built_real: Project) -> None:
    """A new user's finding: a query missing its closing brace was said to break near its
    first words, the parser's line past the last being read as the first."""
    result = run_cli("sparql", "-q", "SELECT ?o WHERE { ?s rdfs:label ?o \n",
                     root=built_real.root)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(
        "error: syntax error at line 2, column 1 (at the end of the query): "), result.stderr
    assert "SELECT" not in result.stderr


def test_a_prefixed_name_with_a_slash_is_named_in_the_syntax_error(
        built_real: Project) -> None:
    """A new user's finding: ``pgid:organisation/x`` (as the README names the entities) gave
    the parser's list of every character it could take, and no word of what to write."""
    result = run_cli("sparql", "-q", "SELECT ?p WHERE {\n  pgid:organisation/an-khe-town-party"
                     " ?p ?o }", root=built_real.root)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: syntax error at line 2, column ")
    assert ("a prefixed name cannot hold '/' as pgid:organisation/an-khe-town-party does: "
            "write pgid:organisation\\/an-khe-town-party, or the full IRI") in result.stderr
    assert "\\u{" not in result.stderr  # not the parser's list of characters
    escaped = run_cli("sparql", "-q", "SELECT ?p WHERE { pgid:organisation\\/an-khe-town-party"
                      " ?p ?o }", root=built_real.root)
    assert escaped.exit_code == 0, escaped.stderr


def test_a_federated_query_is_refused_and_connects_nowhere(built_real: Project,
                                                            tmp_path: Path) -> None:
    """A new user's finding: SERVICE made the embedded store connect to the URL it names,
    where the security guide says the embedded store never touches the network. It is
    refused before it runs, from the command line and from a saved query of one's own; a
    listening socket sees no connection."""
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        query = f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
        result = run_cli("sparql", "-q", query, root=built_real.root)
        assert result.exit_code == 2 and result.stdout == ""
        assert "error: the query calls another endpoint (SERVICE)" in result.stderr
        project = copy_project(tmp_path)
        build(project)
        (project.queries_dir / "mine.rq").write_text(
            f"#+ summary: mine\n{query.replace('SELECT', 'select')}\n", encoding="utf-8")
        mine = run_cli("query", "mine", root=project.root)
        assert mine.exit_code == 2, mine.output
        assert "queries/mine.rq:2: calls another endpoint (SERVICE)" in mine.stderr
        with pytest.raises(TimeoutError):
            listener.accept()
    # the word in a string, an IRI, a variable or a comment is no SERVICE call
    plain = run_cli("sparql", "-q", 'SELECT ?service WHERE { ?service ?p "SERVICE" } # SERVICE',
                    root=built_real.root)
    assert plain.exit_code == 0, plain.stderr


@pytest.mark.parametrize("args", [(), ("some.rq", "--query", "ASK {}"), ("-q", "  \n")])
def test_sparql_needs_one_query(built_real: Project, tmp_path: Path,
                                args: tuple[str, ...]) -> None:
    (tmp_path / "some.rq").write_text("ASK {}", encoding="utf-8")
    args = tuple(str(tmp_path / a) if a.endswith(".rq") else a for a in args)
    result = run_cli("sparql", *args, root=built_real.root)
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("error: ")


def test_sparql_missing_file_is_a_usage_error(built_real: Project, tmp_path: Path) -> None:
    result = run_cli("sparql", str(tmp_path / "none.rq"), root=built_real.root)
    assert result.exit_code == 2 and "No such file" in result.stderr


def _run_with_encoding(project: Project, encoding: str, *args: str,
                       on_a_terminal: bool = False) -> tuple[int, bytes, bytes]:
    """partygraph run in a process whose locale encoding is ``encoding``: exit code, and its
    standard output and error as bytes (standard output on a pseudo-terminal if asked)."""
    command = [sys.executable, "-m", "partygraph", "--root", str(project.root), *args]
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    if not on_a_terminal:
        done = subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    try:
        with subprocess.Popen(command, stdout=follower, stderr=subprocess.PIPE,
                              env=env) as process:
            os.close(follower)
            out = bytearray()
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # (the terminal closed: the process ended)
                    break
                if not chunk:
                    break
                out += chunk
            err = process.stderr.read() if process.stderr else b""
            process.wait(timeout=120)
        return process.returncode, bytes(out), err
    finally:
        os.close(leader)


def test_output_on_a_locale_that_is_not_utf8(built_real: Project) -> None:
    """A new user's finding: with a Latin-1 locale the table stopped with an internal error."""
    code, out, err = _run_with_encoding(built_real, "latin-1", "query", "tallies",
                                        "--format", "csv")
    assert code == 0, err
    assert "Thị ủy An Khê" in out.decode("utf-8")  # files and pipes get UTF-8 whatever the locale
    code, out, err = _run_with_encoding(built_real, "latin-1", "query", "tallies",
                                        on_a_terminal=True)
    assert code == 0, err
    shown = out.decode("latin-1")
    assert "| Th\\u1ecb \\u1ee7y An Khê " in shown  # escaped where the terminal cannot show it
    assert "\\u2501" not in shown and "+---" in shown  # lines drawn in ASCII
    code, out, err = _run_with_encoding(built_real, "ascii", "query", "person-posts",
                                        "-p", "person", "nguyễn-thị")
    assert code == 2  # (click writes UTF-8 where the locale says ASCII)
    assert err.decode("utf-8").startswith("error: parameter 'person': 'nguyễn-thị' is not")
    code, out, err = _run_with_encoding(built_real, "latin-1", "query", "person-posts",
                                        "-p", "person", "nguyễn-thị")
    assert code == 2
    assert err.decode("latin-1").startswith(
        "error: parameter 'person': 'nguy\\u1ec5n-th\\u1ecb' is not")


def test_root_after_the_command_says_where_it_goes(built_real: Project) -> None:
    """README said every command takes --root; given after the command it was only 'No such
    option'."""
    for args in (("build", "--root", str(built_real.root)),
                 ("query", f"--root={built_real.root}", "tallies")):
        result = run_cli(*args)
        assert result.exit_code == 2
        assert (f"Error: --root goes before the command: partygraph --root DIR {args[0]} ..."
                in result.stderr)
    # Other unknown options keep click's own message and its suggestion (worded by the
    # click installed: "No such option '--root-orgg'." or "No such option: --root-orgg").
    other = run_cli("export", "hierarchy", "--root-orgg", "x", root=built_real.root)
    assert other.exit_code == 2
    assert "No such option" in other.stderr and "--root-orgg" in other.stderr
    assert "--root-org" in other.stderr.split("Did you mean", 1)[1]
    assert "goes before the command" not in other.stderr


def test_sparql_file_not_utf8_or_with_a_byte_order_mark(built_real: Project,
                                                          tmp_path: Path) -> None:
    """A new user's findings: a query saved as UTF-16 or Latin-1 stopped
    with an internal error; one saved with a byte-order mark was a syntax error."""
    query = "SELECT ?n WHERE { BIND ('Đảng bộ' AS ?n) }\n"
    for encoding, text in (("utf-16", query), ("latin-1", query.replace("Đảng bộ", "Bình"))):
        file = tmp_path / f"q-{encoding}.rq"
        file.write_bytes(text.encode(encoding))
        result = run_cli("sparql", str(file), root=built_real.root)
        assert result.exit_code == 2, result.output
        assert f"{file}: not UTF-8 text: save the query as UTF-8" in result.stderr
        assert "internal error" not in result.output
    marked = tmp_path / "bom.rq"
    marked.write_bytes(query.encode("utf-8-sig"))
    result = run_cli("sparql", str(marked), "--format", "csv", root=built_real.root)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "Đảng bộ"]


UPDATE = "INSERT DATA { <https://example.org/a> <https://example.org/b> 'c' }"
ASK_UPDATED = "ASK { <https://example.org/a> <https://example.org/b> 'c' }"


@pytest.mark.parametrize("update", [
    UPDATE,
    "PREFIX insert: <https://example.org/> DELETE WHERE { ?s insert:x ?o }",
    "# select\nCLEAR ALL",
    "drop silent graph <https://example.org/g>",
    "LOAD <https://example.org/data.ttl>",
    "WITH <https://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_sparql_refuses_updates_without_allow_update(built_real: Project, update: str) -> None:
    result = run_cli("sparql", "-q", update, root=built_real.root)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("error: this is a SPARQL update: run it on the embedded store "
                             "with --allow-update (the next build replaces the store)\n")


def test_sparql_never_sends_an_update_to_an_endpoint(built_real: Project) -> None:
    # refused before any request: nothing listens on port 9
    result = run_cli("sparql", "-q", UPDATE, "--allow-update", "--endpoint",
                     "http://127.0.0.1:9/query", root=built_real.root)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("error: this is a SPARQL update, and partygraph does not send "
                             "updates to endpoints (use the store's own tools, or "
                             "'partygraph push')\n")


def test_sparql_update_with_allow_update_and_the_next_build(own_build: Project) -> None:
    root = own_build.root
    assert run_cli("sparql", "-q", ASK_UPDATED, root=root).stdout == "false\n"
    applied = run_cli("sparql", "-q", UPDATE, "--allow-update", root=root)
    assert applied.exit_code == 0, applied.output
    assert applied.stdout == ""
    lines = applied.stderr.splitlines()
    assert lines[0].startswith("applied the update to build/store/ (")
    before, after = (int(n) for n in
                     lines[0].split("(")[1].replace(" quads before,", "").split()[:2])
    assert after == before + 1
    assert lines[1].startswith("warning: ") and "next 'partygraph build' replaces it" in lines[1]
    assert run_cli("sparql", "-q", ASK_UPDATED, root=root).stdout == "true\n"
    bad = run_cli("sparql", "-q", "INSERT DATA { <a> }", "--allow-update", root=root)
    assert bad.exit_code == 2 and bad.stderr.startswith("error: syntax error at line 1, ")
    rebuilt = run_cli("build", "--no-validate", root=root)
    assert rebuilt.exit_code == 0
    assert "was not as the last build left it" in rebuilt.stderr
    assert run_cli("sparql", "-q", ASK_UPDATED, root=root).stdout == "false\n"


def test_sparql_update_needs_a_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = run_cli("sparql", "-q", UPDATE, "--allow-update", root=project.root)
    assert result.exit_code == 2 and "run 'partygraph build' first" in result.stderr


def test_with_no_store_at_all_only_that_is_said(tmp_path: Path) -> None:
    """A new user's finding: after a build stopped before its store was made, a query said
    both that the sheets changed since the last build and that there is no built store."""
    project = copy_project(tmp_path)
    for args in (("query", "latest-figures"), ("sparql", "-q", "ASK { ?s ?p ?o }")):
        result = run_cli(*args, root=project.root)
        assert result.exit_code == 2 and "run 'partygraph build' first" in result.stderr
        assert "changed since the last build" not in result.stderr, args


# -- help -------------------------------------------------------------------------------------


def test_dash_h_is_help_everywhere(built_real: Project) -> None:
    top = run_cli("-h")
    assert top.exit_code == 0 and top.stdout == run_cli("--help").stdout
    assert "-h, --help" in top.stdout
    for name in main.commands:
        short = run_cli(name, "-h", root=built_real.root)
        assert short.exit_code == 0, (name, short.output)
        assert short.stdout == run_cli(name, "--help", root=built_real.root).stdout
        assert short.stdout.startswith(f"Usage: main {name} ") or \
            short.stdout.startswith(f"Usage: partygraph {name} ")
        assert "-h, --help" in short.stdout


def test_query_help_lists_the_saved_query(built_real: Project) -> None:
    result = run_cli("query", "org-figures-as-of", "--help", root=built_real.root)
    assert result.exit_code == 0 and result.stderr == ""
    text = " ".join(result.stdout.split())
    assert "Saved query 'org-figures-as-of': The latest figure of each measure" in text
    assert "Parameters (-p NAME VALUE):" in text
    assert ("org iri of org:Organization, required: the organisation (id or IRI) (example: "
            "an-khe-town-party)"
            in text)
    assert "as_of day, required: the date the figures should hold at (example: 2020-06-30)" \
        in text
    assert ("partygraph query org-figures-as-of -p org an-khe-town-party -p as_of 2020-06-30"
            in text)
    # the class of an iri, and -h before the name and among other options
    classed = run_cli("query", "--format", "csv", "-h", "structure-as-of", root=built_real.root)
    assert "org iri of pg:PartyOrganisation, required" in " ".join(classed.stdout.split())
    optional = run_cli("query", "people-and-posts", "-p", "min_posts", "1", "-h",
                       root=built_real.root)
    assert "min_posts integer, optional, default 2:" in " ".join(optional.stdout.split())


def test_query_help_without_or_with_an_unknown_name(built_real: Project) -> None:
    plain = run_cli("query", "--help", root=built_real.root)
    assert plain.exit_code == 0 and "Saved query" not in plain.stdout
    assert "Usage:" in plain.stdout and "NAME" in plain.stdout
    unknown = run_cli("query", "no-such-query", "-h", root=built_real.root)
    assert unknown.exit_code == 0
    assert "no saved query 'no-such-query' (see 'partygraph queries')" in unknown.stdout


def test_a_misspelt_choice_names_the_closest_words(built_real: Project) -> None:
    view = run_cli("export", "hierachy", "-o", "-", root=built_real.root)
    assert view.exit_code == 2 and "(did you mean 'hierarchy'?)." in view.stderr
    level = run_cli("validate", "--fail-on", "warn", root=built_real.root)
    assert level.exit_code == 2 and "(did you mean 'warning'?)." in level.stderr
    far = run_cli("validate", "--fail-on", "xyz", root=built_real.root)
    assert far.exit_code == 2 and "did you mean" not in far.stderr
    assert "'xyz' is not one of 'violation', 'warning', 'info', 'none'." in far.stderr


# -- data on stdout, the rest on stderr -------------------------------------------------------


@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_export_to_stdout(built_real: Project, target: str) -> None:
    result = run_cli("export", "hierarchy", "-o", target, "--format", "node-link",
                     root=built_real.root)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["nodes"]) == 4 and len(data["links"]) == 3
    assert result.stderr == "hierarchy: 4 nodes, 3 edges -> standard output\n"


def test_export_to_stdout_in_every_one_file_format(built_real: Project) -> None:
    for fmt in ("graphml", "gexf", "cytoscape", "dot", "html"):
        result = run_cli("export", "hierarchy", "-o", "-", "--format", fmt,
                         root=built_real.root)
        assert result.exit_code == 0, (fmt, result.output)
        assert result.stdout_bytes.strip(), fmt
        assert "standard output" not in result.stdout, fmt
        assert result.stderr == "hierarchy: 4 nodes, 3 edges -> standard output\n"
    subprocess_run = _partygraph("--root", str(built_real.root), "export", "construct",
                                 "--query", "hierarchy-graph", "-o", "-", "--format", "dot")
    assert subprocess_run.returncode == 0, subprocess_run.stderr
    assert subprocess_run.stdout.lstrip().startswith(("digraph", "strict digraph"))
    assert subprocess_run.stderr.startswith("construct: ")


def test_export_to_stdout_needs_a_one_file_format(built_real: Project) -> None:
    unnamed = run_cli("export", "hierarchy", "-o", "-", root=built_real.root)
    assert unnamed.exit_code == 2 and unnamed.stdout == ""
    assert unnamed.stderr == ("error: give --format with -o - (there is no file name to tell "
                              "it from)\n")
    csv = run_cli("export", "hierarchy", "-o", "-", "--format", "csv", root=built_real.root)
    assert csv.exit_code == 2 and csv.stdout == "" and "csv writes two files" in csv.stderr


def test_export_to_a_file_keeps_its_status_on_stdout(built_real: Project,
                                                      tmp_path: Path) -> None:
    result = run_cli("export", "hierarchy", "-o", str(tmp_path / "h.json"),
                     root=built_real.root)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == f"hierarchy: 4 nodes, 3 edges -> {tmp_path / 'h.json'}\n"


def test_validate_to_stdout(built_real: Project) -> None:
    result = run_cli("validate", "--format", "json", "-o", "-", root=built_real.root)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["conforms"] is True
    assert result.stdout == run_cli("validate", "--format", "json",
                                    root=built_real.root).stdout


def test_query_results_alone_on_stdout(built_real: Project) -> None:
    done = _partygraph("--root", str(built_real.root), "query", "tallies", "--format", "csv")
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) >= 2
    broken = _partygraph("--root", str(built_real.root), "query", "org-figures-as-of",
                         "--format", "csv")
    assert broken.returncode == 2 and broken.stdout == "" and broken.stderr.startswith("error:")


# -- paths in messages ------------------------------------------------------------------------


def test_build_names_a_bad_sheet_relative_to_the_project_as_validate_does(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", with_data=False)
    write_sheet_files(project.data_dir, SHEET.replace("value: 120", "value: many")
                      .replace("level: base", "level: village"))
    said = {}
    for command in ("build", "validate"):
        result = run_cli(command, root=project.root)
        assert result.exit_code == 2, result.output
        said[command] = [line for line in result.stderr.splitlines()
                         if line.startswith("error: ")]
    assert said["build"] == said["validate"]
    assert [line.split(": ", 2)[1] for line in said["build"]] == [
        "data/sheets/test-sheet.yaml:10", "data/sheets/test-sheet.yaml:18"]
    assert str(tmp_path) not in "".join(said["build"])


# -- Ctrl-C -----------------------------------------------------------------------------------

# Runs the installed entry point with Ctrl-C arriving as the command line's import begins
# (a user pressing it within the first few tenths of a second), at the moment it would.
_INTERRUPTED_WHILE_IMPORTING = """
import sys
class _CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "partygraph.cli":
            raise KeyboardInterrupt
sys.meta_path.insert(0, _CtrlC())
sys.argv = ["partygraph", "build"]
from partygraph.launch import run
run()
"""


def test_ctrl_c_while_the_command_line_is_imported_ends_with_one_line() -> None:
    done = subprocess.run([sys.executable, "-c", _INTERRUPTED_WHILE_IMPORTING],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 130
    assert done.stderr == "interrupted\n"
    assert done.stdout == ""


def test_ctrl_c_and_sigterm_end_with_the_exit_codes_shells_report() -> None:
    from partygraph.util.interrupt import Terminated, how_interrupted

    assert how_interrupted(KeyboardInterrupt()) == ("interrupted", 130)
    assert how_interrupted(Terminated()) == ("interrupted (SIGTERM)", 143)
    wrapped = click.exceptions.Abort()  # as click wraps one outside a command
    wrapped.__context__ = Terminated()
    assert how_interrupted(wrapped) == ("interrupted (SIGTERM)", 143)
    scripts = (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'partygraph = "partygraph.launch:run"' in scripts


def test_answers_of_a_build_that_did_not_conform_say_so(tmp_path: Path) -> None:
    """A new user's finding: a build that broke a rule (exit 1) still served its answers
    without a word; they hold the fact that broke it."""
    project = copy_project(tmp_path)
    sheet = project.data_dir / "sheets" / SEED_SHEET.name
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("    done: 97\n", "    done: 120\n"), encoding="utf-8")
    assert run_cli("build", root=project.root).exit_code == 1
    said = "warning: the store did not conform when last validated (1 violation(s))"
    for args in (("query", "tallies"), ("sparql", "-q", "ASK { ?s ?p ?o }")):
        answered = run_cli(*args, root=project.root)
        assert answered.exit_code == 0 and said in answered.stderr, args
    assert "120" in run_cli("query", "tallies", "--format", "csv", root=project.root).stdout
    sheet.write_text(text, encoding="utf-8")
    assert run_cli("build", root=project.root).exit_code == 0
    assert "warning" not in run_cli("query", "tallies", root=project.root).stderr
    # validate SHEET brings the store up to date: what it finds, queries say (they said
    # nothing of the tally the store now held)
    sheet.write_text(text.replace("    done: 97\n", "    done: 121\n"), encoding="utf-8")
    assert run_cli("validate", str(sheet), root=project.root).exit_code == 1
    answered = run_cli("query", "tallies", "--format", "csv", root=project.root)
    assert "121" in answered.stdout and said in answered.stderr
    sheet.write_text(text, encoding="utf-8")
    assert run_cli("validate", str(sheet), root=project.root).exit_code == 0
    assert "warning" not in run_cli("query", "tallies", root=project.root).stderr


def test_a_saved_query_s_problem_is_no_problem_of_the_answers(tmp_path: Path) -> None:
    """A new user's finding: a saved query that broke a check made every query say its
    answers held violations, and went on saying it after the query was deleted."""
    project = copy_project(tmp_path)
    bad = project.queries_dir / "bad.rq"
    bad.parent.mkdir(exist_ok=True)
    bad.write_text("#+ summary: not valid SPARQL\nSELECT ?o WHERE { ?o a\n", encoding="utf-8")
    assert run_cli("build", root=project.root).exit_code == 1
    assert "warning" not in run_cli("query", "tallies", root=project.root).stderr
    bad.unlink()
    assert "warning" not in run_cli("query", "tallies", root=project.root).stderr


def test_answers_of_a_store_never_validated_or_updated_since_say_so(tmp_path: Path) -> None:
    """A new user's finding: after 'build --no-validate' (or a build stopped while
    validating) a tally that broke a rule was answered without a word, and so were the
    answers of a store 'sparql --allow-update' had changed since the build."""
    project = copy_project(tmp_path)
    sheet = project.data_dir / "sheets" / SEED_SHEET.name
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("    done: 97\n", "    done: 197\n"), encoding="utf-8")
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    unvalidated = run_cli("query", "tallies", root=project.root)
    assert unvalidated.exit_code == 0
    assert "warning: the last build was not validated" in unvalidated.stderr
    assert run_cli("validate", root=project.root).exit_code == 1  # it now knows
    assert "did not conform when last validated (1 violation(s))" in run_cli(
        "query", "tallies", root=project.root).stderr
    sheet.write_text(text, encoding="utf-8")
    assert run_cli("build", root=project.root).exit_code == 0
    assert "warning" not in run_cli("query", "tallies", root=project.root).stderr
    kept = run_cli("query", "latest-figures", "--format", "csv", root=project.root).stdout
    assert ",2457," in kept  # (and the store keeps this answer from now on)
    updated = run_cli("sparql", "--allow-update", "-q", "DELETE WHERE { ?o pg:value 2457 }",
                      root=project.root)
    assert updated.exit_code == 0, updated.output
    for args in (("query", "latest-figures"), ("sparql", "-q", "ASK { ?s ?p ?o }")):
        answered = run_cli(*args, root=project.root)
        assert "changed after the last build ('partygraph sparql --allow-update'" \
            in answered.stderr, args
    # A new user's finding: the answer the store kept was still given, the deleted figure
    # in it; the answers are now the updated store's
    after = run_cli("query", "latest-figures", "--format", "csv", root=project.root).stdout
    assert ",2457," not in after and len(after.splitlines()) == len(kept.splitlines()) - 1
    assert run_cli("build", root=project.root).exit_code == 0
    assert "warning" not in run_cli("query", "latest-figures", root=project.root).stderr
    assert run_cli("query", "latest-figures", "--format", "csv",
                   root=project.root).stdout == kept


def test_starting_the_command_does_not_import_rdflibs_sparql() -> None:
    """rdflib's SPARQL package costs a tenth of a second to import: every command would pay
    it (a validation of one sheet should take under two seconds at 10^6 triples). It is
    imported only where a saved query's text is read with it."""
    code = ("import sys, partygraph.cli, partygraph.tasks, partygraph.query.saved; "
            "print(sorted(m for m in sys.modules if m.startswith('rdflib.plugins.sparql')))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]"


def test_a_command_without_a_terminal_does_not_import_rich(built_real: Project) -> None:
    """No progress is drawn where stderr is no terminal (CI, a pipe): rich, which draws it,
    is then not imported (a twentieth of a second of every validation)."""
    sheet = next((built_real.data_dir / "sheets").glob("*.yaml"))
    code = ("import atexit, sys; atexit.register(lambda: print(sorted(m for m in sys.modules "
            "if m.split('.')[0] == 'rich'))); sys.argv = ['partygraph', '--root', sys.argv[1], "
            "'validate', sys.argv[2], '--fail-on', 'none']; "
            "from partygraph.launch import run; run()")
    found = subprocess.run([sys.executable, "-c", code, str(built_real.root), str(sheet)],
                           capture_output=True, text=True, check=False, timeout=300)
    assert found.returncode == 0, found.stderr
    assert "conforms:" in found.stdout
    assert found.stdout.strip().splitlines()[-1] == "[]"


def test_progress_is_drawn_on_a_terminal(built_real: Project) -> None:
    """Where stderr is a terminal, a validation shows what it is doing (rich's display)."""
    import pty
    import select

    sheet = next((built_real.data_dir / "sheets").glob("*.yaml"))
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "partygraph", "--root", str(built_real.root), "validate",
         str(sheet), "--fail-on", "none"],
        stdout=subprocess.DEVNULL, stderr=secondary, stdin=subprocess.DEVNULL)
    os.close(secondary)
    drawn = b""
    try:
        while True:
            ready, _, _ = select.select([main], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the other end closed: the command is done
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(main)
        assert process.wait(timeout=120) == 0
    assert b"validating" in drawn


_OUTPUTS = {"validate": ["validate", "--format", "json", "-o"],
            "export": ["export", "hierarchy", "--format", "graphml", "-o"],
            "concepts": ["concepts", "-o"]}
_PLACES = ["data/sheets/SEED", "data/articles/new.txt", "data/report.json",
           "build/manifest.json", "build/store/x.graphml", "build/x.graphml",
           "ontology/shapes.ttl", "queries/new.rq", "partygraph.toml"]


@pytest.mark.parametrize("command", sorted(_OUTPUTS))
@pytest.mark.parametrize("place", _PLACES)
def test_an_output_is_never_written_where_the_project_keeps_its_inputs(
        tmp_path: Path, command: str, place: str) -> None:
    """A careless ``-o`` (a fact sheet's path, the data or build folder, the ontology, a
    query, the project's marker) is refused before any work, naming why, and no file of
    the project is written or changed; the same output elsewhere is written."""
    project = copy_project(tmp_path / "p")
    (project.root / "partygraph.toml").touch()
    (project.build_dir / "store").mkdir(parents=True)
    (project.build_dir / "manifest.json").write_text("{}\n", encoding="utf-8")
    target = project.root / place.replace("SEED", SEED_SHEET.name)
    before = {path: path.read_bytes() for path in project.root.rglob("*") if path.is_file()}
    result = run_cli(*_OUTPUTS[command], str(target), root=project.root)
    assert result.exit_code == 2, result.output
    assert f"will not write {target}: it is " in result.output, result.output
    assert "(nothing was written)" in result.output and "Traceback" not in result.output
    assert {path: path.read_bytes() for path in project.root.rglob("*")
            if path.is_file()} == before


def test_an_output_beside_the_project_is_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    (project.root / "partygraph.toml").touch()
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    for command, args in _OUTPUTS.items():
        target = project.root / f"{command}.out"
        result = run_cli(*args, str(target), root=project.root)
        assert result.exit_code == 0, result.output
        assert target.stat().st_size > 0


@pytest.mark.parametrize("linked", ["nodes", "edges"])
def test_a_csv_export_is_not_written_through_a_link_into_the_data(tmp_path: Path,
                                                                  linked: str) -> None:
    """A new user's finding: csv writes OUT-nodes.csv and OUT-edges.csv beside the name
    given, and one of them, a symbolic link to the fact sheet, had the sheet written over.
    Each file written is checked, before any work."""
    project = copy_project(tmp_path / "p")
    (project.root / "partygraph.toml").touch()
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    sheet = project.data_dir / "sheets" / SEED_SHEET.name
    (project.root / f"out-{linked}.csv").symlink_to(sheet)
    before = sheet.read_bytes()
    result = run_cli("export", "hierarchy", "-o", str(project.root / "out.csv"),
                     root=project.root)
    assert result.exit_code == 2, result.output
    assert f"will not write {project.root / f'out-{linked}.csv'}: it is in the data" \
        in result.output
    assert sheet.read_bytes() == before
    assert not (project.root / f"out-{'edges' if linked == 'nodes' else 'nodes'}.csv").exists()
