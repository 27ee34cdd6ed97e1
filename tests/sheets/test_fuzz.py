"""Property-based fuzzing of fact sheets (Hypothesis), bounded to stay within CI time.

1. Valid sheets drawn from the schema (see ``fuzz_strategies.sheet_cases``) load, compile,
   and their compiled graph says what the sheet says (names, quotes, numbers, dates).
2. Damaged sheets (fields dropped or retyped, scalars turned into lists or mappings, bytes
   spliced in, files cut short ...) are either accepted or refused with partygraph's own
   FactSheetError, every problem one line ``FILE:LINE: message`` with LINE in the file.

Every sheet and article here is SYNTHETIC or the repository's seed sheet, written into
scratch folders. Runs are derandomized and keep no example database, so CI is reproducible.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from partygraph.compile.compiler import compile_sheet
from partygraph.errors import FactSheetError, Problem
from partygraph.project import Project
from partygraph.sheets.crosscheck import check_outlines
from partygraph.sheets.load import FactSheet, load_sheet, outline_of
from partygraph.sheets.located_yaml import load_located
from tests.conftest import repo_vocabulary

from ..conftest import SEED_ARTICLE, SEED_SHEET, copy_project, run_cli
from .fuzz_strategies import (
    Base,
    Mutated,
    SheetCase,
    expected_triples,
    mutated_sheets,
    sheet_cases,
)
from .test_load import ARTICLE as GOOD_ARTICLE
from .test_load import GOOD

SHEET = "fuzz.yaml"


# More examples for a longer hunt: PARTYGRAPH_FUZZ_SCALE=20 runs twenty times as many.
SCALE = float(os.environ.get("PARTYGRAPH_FUZZ_SCALE", "1"))


def fuzz_settings(examples: int) -> settings:
    """Reproducible and bounded: no deadline (CI machines are slow), no database."""
    return settings(max_examples=max(1, round(examples * SCALE)), deadline=None,
                    derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much],
                    print_blob=False)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder ``data/`` with ``sheets/`` and ``articles/``, reused by every example."""
    root = tmp_path_factory.mktemp("fuzz").resolve()
    for part in ("sheets", "articles"):
        (root / "data" / part).mkdir(parents=True)
    return root


@pytest.fixture(scope="module")
def cli_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch project (ontology and queries, no data) for the few runs of the CLI."""
    project = copy_project(tmp_path_factory.mktemp("fuzz-cli"), with_data=False)
    return project.root


def write(data_dir: Path, sheet: bytes, articles: dict[str, str]) -> Path:
    """Replace the folder's sheet and articles with these; return the sheet's path."""
    for part in ("sheets", "articles"):
        shutil.rmtree(data_dir / part, ignore_errors=True)
        (data_dir / part).mkdir(parents=True)
    for name, text in articles.items():
        (data_dir / "articles" / name).write_text(text, encoding="utf-8")
    file = data_dir / "sheets" / SHEET
    file.write_bytes(sheet)
    return file


def load_checked(file: Path, root: Path) -> tuple[FactSheet, dict[str, str]]:
    """What a build does to read one sheet: load it, then check it as a corpus of one.

    Returns the sheet and the type of each entity; raises FactSheetError.
    """
    sheet = load_sheet(file, articles_dir=root / "data" / "articles", vocabulary=repo_vocabulary())
    types, problems = check_outlines([outline_of(sheet)])
    if problems:
        raise FactSheetError(problems)
    return sheet, types


def load_and_compile(file: Path, root: Path) -> tuple[FactSheet, list[str]]:
    """Load and check one sheet as a build does, then compile it: its N-Quads lines."""
    sheet, types = load_checked(file, root)
    return sheet, compile_sheet(sheet, types, root, repo_vocabulary()).nquads()


def triples(nquads: list[str]) -> set[tuple[object, object, object]]:
    text = "".join(f"{line}\n" for line in nquads).encode()
    return {(q.subject, q.predicate, q.object)
            for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)}


def line_count(data: bytes) -> int:
    """How many lines the file has, as editors, grep and ``sed -n`` count them."""
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)




def line_bound(data: bytes) -> int:
    """The last line a problem may be reported at: the file's line count, plus one.

    Lines are counted as editors count them (LF). A CR alone, NEL, U+2028 and U+2029 are
    line breaks to libyaml only; the loader refuses them at their line, so that no problem
    is ever reported past the end of the file (it once was).
    """
    return line_count(data) + 1


def assert_located(exc: FactSheetError, file: Path, data: bytes) -> None:
    """Every problem names ``file`` and a line of it, in one line of text."""
    assert exc.problems, "a FactSheetError without problems"
    last = line_bound(data)
    for problem in exc.problems:
        assert problem.file == file, str(problem)
        assert 1 <= problem.line <= last, f"line {problem.line} of {line_count(data)}: {problem}"
        assert problem.message.strip(), str(problem)
        shown = str(problem)
        assert shown.startswith(f"{file}:{problem.line}: "), shown
        assert "\n" not in shown and "\r" not in shown, shown


# --- 1. valid sheets -----------------------------------------------------------------------

@fuzz_settings(80)
@given(case=sheet_cases())
def test_valid_sheets_load_compile_and_say_what_they_say(scratch: Path, case: SheetCase) -> None:
    file = write(scratch / "data", case.yaml_text.encode(), case.articles)
    sheet, lines = load_and_compile(file, scratch)
    model = sheet.model
    assert model.source.id == case.data["source"]["id"]
    entities = case.data.get("entities", [])
    facts = case.data.get("facts", [])
    assert [e.id for e in model.entities] == [e["id"] for e in entities]
    assert [f.id for f in model.facts] == [f["id"] for f in facts]
    for written, item in zip([*entities, *facts], [*model.entities, *model.facts], strict=True):
        if "name" in written:  # stored in NFC, whatever form the sheet was saved in
            name = getattr(item, "name", None)
            assert name is not None
            assert name.vi == unicodedata.normalize("NFC", written["name"]["vi"])
    compiled = triples(lines)
    missing = [t for t in expected_triples(case) if t not in compiled]
    assert not missing, f"not in the compiled graph: {missing[:5]}"


@fuzz_settings(3)
@given(case=sheet_cases())
def test_valid_sheets_build_with_the_cli(cli_root: Path, case: SheetCase) -> None:
    shutil.rmtree(cli_root / "build", ignore_errors=True)
    write(cli_root / "data", case.yaml_text.encode(), case.articles)
    result = run_cli("build", "--no-validate", root=cli_root)
    assert result.exit_code == 0, result.output
    dataset = (cli_root / "build" / "partygraph.nq").read_text(encoding="utf-8")
    for entity in case.data.get("entities", []):
        label = ox.Literal(unicodedata.normalize("NFC", entity["name"]["vi"]), language="vi")
        assert str(label) in dataset


# --- 2. damaged sheets ---------------------------------------------------------------------


def _base_from_text(text: str, articles: dict[str, str]) -> Base:
    data = load_located(Path("base.yaml"), text).data
    assert isinstance(data, dict)
    return Base(data, text, articles)


def _base_from_case(case: SheetCase) -> Base:
    return Base(case.data, case.yaml_text, case.articles, case.flow)


GOOD_BASE = _base_from_text(GOOD, {"test-sheet.txt": GOOD_ARTICLE})
SEED_BASE = _base_from_text(SEED_SHEET.read_text(encoding="utf-8"),
                            {SEED_ARTICLE.name: SEED_ARTICLE.read_text(encoding="utf-8")})
BASES = st.one_of(st.just(GOOD_BASE), st.just(SEED_BASE), sheet_cases().map(_base_from_case))


def writable_url(url: str | None) -> bool:
    """False for a source url that RDF refuses as an IRI."""
    try:
        ox.NamedNode(url or "https://example.org/")
    except ValueError:
        return False
    return True


def check_damaged(file: Path, root: Path, data: bytes) -> FactSheetError | None:
    """Load and compile the damaged sheet: accepted, or refused with located problems.

    Any other exception (a crash in the loader or compiler) fails the test as it is.
    """
    try:
        sheet, types = load_checked(file, root)
    except FactSheetError as exc:
        assert_located(exc, file, data)
        return exc
    # A url RDF refuses ('https://example.org/%') is refused by the schema, at its line: the
    # compiler once refused it with no line.
    assert writable_url(sheet.model.source.url), sheet.model.source.url
    compile_sheet(sheet, types, root, repo_vocabulary())
    return None


@fuzz_settings(250)
@given(mutated=mutated_sheets(BASES))
def test_damaged_sheets_are_accepted_or_refused_with_located_lines(scratch: Path,
                                                                  mutated: Mutated) -> None:
    file = write(scratch / "data", mutated.data, mutated.articles)
    event(mutated.how.split(" ", 1)[0])
    event("refused" if check_damaged(file, scratch, mutated.data) else "accepted")


@fuzz_settings(6)
@given(mutated=mutated_sheets(st.just(GOOD_BASE)))
def test_damaged_sheets_with_the_cli(cli_root: Path, mutated: Mutated) -> None:
    """The CLI prints exactly the problems the loader finds, one line each, and exits 2."""
    shutil.rmtree(cli_root / "build", ignore_errors=True)
    file = write(cli_root / "data", mutated.data, mutated.articles)
    project = Project.at(cli_root)
    refused = check_damaged(file, cli_root, mutated.data)
    if refused is None:
        result = run_cli("build", "--no-validate", root=cli_root)
        assert result.exit_code == 0, result.output
        return
    result = run_cli("build", root=cli_root)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert errors == [f"error: {Problem(Path(project.relative(p.file)), p.line, p.message)}"
                      for p in refused.problems], mutated.how  # relative to the project
    assert not project.store_dir.exists()


# --- a few fixed damages, so that each kind is tried whatever Hypothesis draws -------------

def _damages() -> Iterator[tuple[str, bytes]]:
    raw = GOOD.encode()
    yield "nul", raw.replace(b"level: base", b"level: ba\x00se")
    yield "invalid-utf8", raw.replace(b"value: 120", b"value: 1\xff20")
    yield "cut-utf8", raw[:raw.index("Thử".encode()) + 2]
    yield "u2028", raw.replace(b"form: committee", "form: com\u2028mittee".encode())
    yield "u2028-in-comment", "# a\u2028b: [\n".encode() + raw
    yield "nel", raw.replace(b"level: base", "level: ba\x85se".encode())
    yield "cr-only", raw.replace(b"\n", b"\r")
    yield "lone-cr-then-error", b"a: 1\rb: [\n"
    yield "bom-inside", raw.replace(b"facts:", b"\xef\xbb\xbffacts:")
    yield "huge-int", raw.replace(b"value: 120", b"value: " + b"9" * 5000)
    yield "empty", b""
    yield "scalar", b"just text\n"
    yield "list-for-name", raw.replace(b"name: {vi: \xc4\x90", b"name: [\xc4\x90").replace(
        "Thử Nghiệm}".encode(), "Thử Nghiệm]".encode(), 1)


@pytest.mark.parametrize(("name", "data"), list(_damages()), ids=[n for n, _ in _damages()])
def test_fixed_damages(scratch: Path, name: str, data: bytes) -> None:
    file = write(scratch / "data", data, {"test-sheet.txt": GOOD_ARTICLE})
    check_damaged(file, scratch, data)
