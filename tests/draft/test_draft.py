"""`partygraph draft`: drafted sheets for the SYNTHETIC fixture articles (and the seed) load,
build and validate like any other sheet, every item quotes its article exactly and is marked
`draft: true` with a note; nothing is overwritten; and the rules keep the precision and
recall measured by bench/draft.py."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from partygraph.draft.link import read_corpus
from partygraph.draft.write import write_draft
from partygraph.errors import PartygraphError
from partygraph.project import Project
from partygraph.sheets.articles import read_article
from partygraph.sheets.load import load_sheet
from partygraph.sheets.located_yaml import load_located
from partygraph.store.build import build
from partygraph.tasks import validate_project

from ..conftest import FIXTURES, REPO, SEED_ARTICLE, SEED_SHEET, run_cli

sys.path.insert(0, str(REPO / "bench"))
import draft as draft_bench  # type: ignore[import-not-found]  # bench/draft.py

from tests.conftest import repo_vocabulary

DRAFT = FIXTURES / "draft"
ARTICLES = sorted((DRAFT / "articles").glob("*.txt"))
ALL_ARTICLES = [*ARTICLES, *sorted((FIXTURES / "province" / "articles").glob("*.txt")),
                SEED_ARTICLE]


def _project(root: Path) -> Project:
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, root / part)
    (root / "data").mkdir()
    return Project.at(root)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A project holding a drafted sheet for every fixture article and the seed's, each
    drafted as `partygraph draft` drafts it: linked to the sheets drafted before it (the same
    ward before and after July 2025 is two organisations at two levels, not one)."""
    project = _project(tmp_path_factory.mktemp("drafted"))
    for article in ALL_ARTICLES:
        write_draft(article, project.data_dir, vocabulary=repo_vocabulary(),
                    corpus=read_corpus(project.sheet_files()))
    return project


def test_every_article_has_a_drafted_sheet(drafted: Project) -> None:
    assert len(drafted.sheet_files()) == len(ALL_ARTICLES) >= 16


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.stem)
def test_drafted_items_quote_the_article_and_are_marked(drafted: Project,
                                                       article: Path) -> None:
    sheet = load_sheet(drafted.data_dir / "sheets" / f"{article.stem}.yaml",
                       articles_dir=drafted.articles_dir, vocabulary=repo_vocabulary())
    text = read_article(article)
    items = [item for _section, _index, item in sheet.items()]
    assert items, "the rules read nothing"
    for item in items:
        assert item.draft, item.id
        assert item.note, item.id
        for quote in item.quote:
            assert text.contains(quote), (item.id, quote)
            assert quote in text.text, (item.id, quote)  # verbatim, not only up to spaces
    assert sheet.model.source.id == article.stem
    assert sheet.model.source.published.isoformat() == text.text.split()[1]


def test_drafted_sheets_build_and_validate(drafted: Project) -> None:
    summary = build(drafted)
    assert summary.sources == len(ALL_ARTICLES)
    report = validate_project(drafted)
    assert report.count("violation") == 0
    assert report.count("warning") == 0
    infos = [r for r in report.results if r.severity == "info"]
    assert infos and all("UnreviewedDraft" in r.shape for r in infos)
    assert not report.conforms("info")  # CI with --fail-on info refuses unreviewed drafts


def test_cli_fail_on_info_refuses_drafts(drafted: Project) -> None:
    assert run_cli("validate", "--fail-on", "info", root=drafted.root).exit_code == 1
    assert run_cli("validate", root=drafted.root).exit_code == 0


def test_expected_sheets_build_cleanly(tmp_path: Path) -> None:
    project = _project(tmp_path)
    for part in ("articles", "sheets"):
        shutil.copytree(DRAFT / part, project.data_dir / part)
    build(project)
    report = validate_project(project)
    assert report.conforms("info"), [r.message for r in report.results]


def test_draft_never_overwrites(tmp_path: Path) -> None:
    project = _project(tmp_path)
    created = write_draft(ARTICLES[0], project.data_dir, vocabulary=repo_vocabulary())
    before = created.sheet.read_bytes()
    with pytest.raises(PartygraphError, match="already exists"):
        write_draft(ARTICLES[0], project.data_dir, vocabulary=repo_vocabulary())
    assert created.sheet.read_bytes() == before
    result = run_cli("new", str(ARTICLES[0]), root=tmp_path)
    assert result.exit_code == 2 and "already exists" in result.output
    assert created.sheet.read_bytes() == before


def test_cli_draft_and_new_draft(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = run_cli("draft", str(ARTICLES[1]), "--outlet", "Báo Thử", root=tmp_path)
    assert result.exit_code == 0, result.output
    assert "drafted data/sheets/" in result.output and "draft: true" in result.output
    sheet = project.data_dir / "sheets" / f"{ARTICLES[1].stem}.yaml"
    assert "outlet: 'Báo Thử'" in sheet.read_text(encoding="utf-8")
    result = run_cli("new", str(ARTICLES[2]), "--draft", "--id", "other-id", root=tmp_path)
    assert result.exit_code == 0, result.output
    text = (project.data_dir / "sheets" / "other-id.yaml").read_text(encoding="utf-8")
    assert "id: other-id" in text and "draft: true" in text
    result = run_cli("new", str(ARTICLES[3]), root=tmp_path)  # without --draft: as before
    assert result.exit_code == 0, result.output
    text = (project.data_dir / "sheets" / f"{ARTICLES[3].stem}.yaml").read_text("utf-8")
    assert "draft: true" not in text
    assert run_cli("build", root=tmp_path).exit_code == 0


FLOOR_CORPORA = {"draft fixtures": draft_bench.pairs([DRAFT]),
                 "province": draft_bench.pairs([FIXTURES / "province"]),
                 # the seed article alone, not all of data/: a sheet a user adds there is
                 # no fixture of the rules and must not move this floor
                 "seed": [(SEED_ARTICLE, SEED_SHEET)],
                 "gold (tune)": draft_bench.pairs([draft_bench.GOLD], "gold (tune)"),
                 "tune-2": draft_bench.pairs([FIXTURES / "draft-tune2"]),
                 "tune-3": draft_bench.pairs([FIXTURES / "draft-tune3"]),
                 "tune-4": draft_bench.pairs([FIXTURES / "draft-tune4"]),
                 "tune-5": draft_bench.pairs([FIXTURES / "draft-tune5"]),
                 "tune-6": draft_bench.pairs([FIXTURES / "draft-tune6"]),
                 "tune-7": draft_bench.pairs([FIXTURES / "draft-tune7"]),
                 "tune-8": draft_bench.pairs([FIXTURES / "draft-tune8"]),
                 "tune-9": draft_bench.pairs([FIXTURES / "draft-tune9"]),
                 "tune-10": draft_bench.pairs([FIXTURES / "draft-tune10"]),
                 "tune-11": draft_bench.pairs([FIXTURES / "draft-tune11"]),
                 "tune-12": draft_bench.pairs([FIXTURES / "draft-tune12"]),
                 "tune-13": draft_bench.pairs([FIXTURES / "draft-tune13"]),
                 "tune-14": draft_bench.pairs([FIXTURES / "draft-tune14"]),
                 "tune-15": draft_bench.pairs([FIXTURES / "draft-tune15"]),
                 "fresh-6": draft_bench.pairs([FIXTURES / "draft-fresh6"]),
                 "fresh-15": draft_bench.pairs([FIXTURES / "draft-fresh15"])}


# Floors the current rules meet (bench/draft.py prints the figures): raise them when the
# rules improve, never lower them to let a change through. The gold set's tune half is the
# fair floor: its sheets were written by hand, by the conventions of issue #17. On
# tests/fixtures/province, precision is lower than it was (0.97 -> 0.87) while recall rose
# (0.71 -> 0.81): the rules now draft kinds those older sheets leave out (organs, changes,
# subordinations), and each such item counts as wrong there. The draft fixtures' precision
# floor went from 0.96 to 0.95 when the counts of the vocabulary's measures were read: their
# provincial sheet leaves out "hiện có 15 đảng bộ trực thuộc" (direct-subordinates), a right
# reading that counts as wrong there. Its recall "in scope" floor went from 0.83 to 0.81 when
# documents and programmes joined the types the rules draft (bench/draft.py DRAFTED_TYPES):
# its sheets record congress resolutions named only in passing, which the gold set's
# hand-written sheets leave out and the rules, following them, do not draft.
# The gold tune half's precision floor went from 0.99 to 0.94, and the draft fixtures' from
# 0.95 to 0.91, when the rules began to draft what issue #17's fresh set showed they left out
# entirely: a body's size (Ban Chấp hành … gồm 15 đồng chí), members admitted (kết nạp 64
# đảng viên mới), a share rated (trên 87% chi bộ … hoàn thành tốt nhiệm vụ), targets met
# (14/16 chỉ tiêu) and changes of places. Those older sheets leave these out although their
# articles state them: of the tune half's 15 wrong items, 14 are such right readings and one
# is a tally given to a cell instead of its district (bench/draft.py --items; since fixed).
# The draft fixtures' floors went from 0.91 / 0.97 to 0.88 / 0.95 when "N chi bộ trực thuộc"
# (of a base committee) became subordinate-cells, as docs/concepts.md gives that altLabel:
# three of those sheets, made from earlier drafts, record it as cells (each is now one wrong
# and one missed item there); the gold tune half records one so too. docs/fact-sheets.md
# (Conventions) has since settled it so.
# The province fixture's precision floor went from 0.86 to 0.85 when tasks due before a day
# were read in free wording (giải quyết dứt điểm đơn thư … trước ngày D; 3 right and 1 wrong
# on tune-2): its sheets name the one such task, told twice (planned, then done), in the
# researcher's words (Rà soát và bàn giao hồ sơ đảng viên của 3 phường …), so the two drafts
# of it, in the article's words, count as wrong there (0.869 -> 0.857).
# Round 3 of #17 (the sheets aligned to docs/fact-sheets.md's Conventions, the rules made to
# follow them) measured: gold tune half 1.000 / 0.984, draft fixtures 0.966 / 0.993, tune-2
# 0.977 / 0.939, tune-3 0.956 / 0.830, province 0.852 / 0.848, seed 0.974 / 0.822.
# Round 4 measured: gold tune half 1.000 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.939, tune-3 0.984 / 0.843, tune-4 0.973 / 0.836, province 0.877 / 0.857, seed
# 0.974 / 0.822. Tasks due before a day are now drafted only for congresses: tune-3 and
# tune-4 (written by people who never read the rules) name other work in their own words,
# and 11 of the 14 such drafts there were wrong (tune-2 lost 3 right ones: 0.939 -> 0.934,
# made up since by a congress's term inferred from the term of publication).
# Round 7 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.944, tune-3 0.985 / 0.862, tune-4 0.972 / 0.878, province 0.877 / 0.857, seed
# 0.974 / 0.822. The gold tune half lost its 1.000: its Sơn Mẫu sheet leaves out the
# political report "trình đại hội nêu rõ …" of the congress reported, which the sheets of
# tune-2, tune-3 and tune-4 record (three of four such articles) and the rules now draft.
# Round 8 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.944, tune-3 0.985 / 0.870, tune-4 0.972 / 0.878, tune-5 0.949 / 0.826, province
# 0.877 / 0.857, seed 0.974 / 0.822. Targets of a congress's resolution (mỗi năm …, đến năm …,
# N% …) are drafted as tasks only in a paragraph naming the resolution: tune-2 and tune-3
# record aims told in passing in other words or not at all.
# Round 9 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.965 / 0.925, tune-3 0.985 / 0.870, tune-4 0.972 / 0.881, tune-5 0.966 / 0.880, seed
# 0.974 / 0.822. The organisations directly under the province that are no unit's (blocs,
# military, police, party agencies, People's Committee) are drafted at level upper-base, and
# the tuning sets' sheets give them that level now (tune-2 back to 0.985 / 0.944).
# Round 10 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.944, tune-3 0.985 / 0.870, tune-4 0.972 / 0.890, tune-5 0.981 / 0.909, province
# 0.877 / 0.857, seed 0.974 / 0.822.
# Round 12 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.944, tune-3 0.985 / 0.870, tune-4 0.972 / 0.892, tune-5 0.988 / 0.924, tune-6
# 0.936 / 0.745, province 0.869 / 0.857, seed 0.974 / 0.822. The province fixture lost
# 0.008 of precision (0.877 -> 0.869): its older sheets leave out some of what the rules now
# read (organs named in passing, terms named by their ordinal).
# Round 13 (bench/draft.py now matches a dated task on its dates, an undated one on its
# name; tune-5 fell to 0.967 / 0.905 by that change alone) measured: gold tune half 0.997 /
# 0.987, draft fixtures 0.966 / 0.993, tune-2 0.983 / 0.973, tune-3 0.986 / 0.935, tune-4
# 0.978 / 0.937, tune-5 0.988 / 0.944, tune-6 0.947 / 0.845, province 0.866 / 0.866, seed
# 0.974 / 0.844: work dated by its plan is drafted with its dates. tune-2's precision fell
# 0.985 -> 0.983 (one target of a term its sheet leaves out), the province's 0.869 -> 0.866
# (its older sheets record fewer of the tasks its articles date).
# Round 14 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.976, tune-3 0.986 / 0.935, tune-4 0.978 / 0.937, tune-5 0.990 / 0.952, tune-6
# 0.957 / 0.878, province 0.866 / 0.866, seed 0.974 / 0.844.
# Round 15 measured: gold tune half 0.997 / 0.987, draft fixtures 0.966 / 0.993, tune-2
# 0.985 / 0.976, tune-3 0.986 / 0.935, tune-4 0.978 / 0.937, tune-5 0.992 / 0.953, tune-6
# 0.957 / 0.878, tune-7 0.973 / 0.851, province 0.866 / 0.866, seed 0.974 / 0.844.
# Round 16 measured: tune-4 0.981 / 0.944, tune-6 0.957 / 0.880, tune-7 0.973 / 0.858; the
# others unchanged.
# Round 19 measured: tune-4 0.985 / 0.949, tune-5 0.998 / 0.958, tune-6 0.968 / 0.894, tune-7
# 0.993 / 0.901, tune-8 0.956 / 0.858; gold tune half, seed, draft fixtures, tune-2 and
# tune-3 unchanged.
# Round 21 measured: tune-3 0.994 / 0.941, tune-4 0.986 / 0.956, tune-5 0.998 / 0.963, tune-6
# 0.983 / 0.926, tune-7 0.993 / 0.907, tune-8 0.969 / 0.900, tune-9 0.977 / 0.949; gold tune
# half, seed, draft fixtures and tune-2 unchanged.
# Round 22 measured: tune-10 1.000 / 0.992; every other set unchanged.
# Round 24 measured: tune-3 0.994 / 0.944, tune-4 0.988 / 0.965, tune-8 0.976 / 0.942, tune-9
# 0.978 / 0.985, tune-11 0.977 / 0.928; every other set unchanged.
# Round 26 measured: tune-12 0.978 / 0.930, tune-13 0.950 / 0.908, tune-14 0.959 / 0.882,
# tune-6 0.988 / 0.937; every other set unchanged.
# Round 27 measured: tune-14 0.967 / 0.892, tune-15 0.960 / 0.920; every other set unchanged.
# The audit of 2026-12-05 (session 38) gave the golds the figures of the newer measures
# (badges, inspection, supervision, discipline), which no rule reads yet: recall tune-2
# 0.962, tune-3 0.903, tune-11 0.917, their floors lowered to match; precision unchanged.
# Round 33 read them (rules.oversight: badges, inspection, supervision, discipline, whose
# figure, the parts by measure) and measured: gold tune half 0.997 / 0.987, draft fixtures
# 0.959 / 0.993, tune-2 0.988 / 0.988, tune-3 0.995 / 0.949, tune-4 0.988 / 0.970, tune-5
# 0.998 / 0.973, tune-6 0.988 / 0.938, tune-8 0.990 / 0.957, tune-11 0.993 / 0.959, tune-12
# 0.991 / 0.958; their recall floors raised to match.
@pytest.mark.parametrize(("corpus", "precision", "recall", "in_scope"), [
    ("gold (tune)", 0.97, 0.98, 0.98),
    ("seed", 0.97, 0.84, 0.84),
    ("draft fixtures", 0.94, 0.99, 0.99),
    # tests/fixtures/draft-tune2 (eight articles beyond congress reports, tuned on): measured
    # 0.92 / 0.78 when its rules were written, 0.925 / 0.864 after the second round
    ("tune-2", 0.98, 0.98, 0.98),
    # tests/fixtures/draft-tune3 (eight more topics, tuned on in round 3)
    ("tune-3", 0.98, 0.94, 0.94),
    # tests/fixtures/draft-tune4 (eight more topics, tuned on in round 4): 0.884 / 0.528 on
    # its first three articles before the round; 0.981 / 0.944 after round 16, 0.985 / 0.949
    # after round 19
    ("tune-4", 0.98, 0.96, 0.96),
    # tests/fixtures/draft-tune5 (eight congress reports, tuned on in round 8): 0.894 / 0.719
    # before the round, 0.949 / 0.826 after it, 0.966 / 0.880 after round 9, 0.981 / 0.909
    # after round 10, 0.988 / 0.924 after round 12, 0.967 / 0.905 when the bench began to
    # match tasks on their dates, 0.988 / 0.944 after round 13, 0.990 / 0.952 after round 14,
    # 0.992 / 0.953 after round 15
    ("tune-5", 0.99, 0.97, 0.97),
    # tests/fixtures/draft-tune6 (eight articles of fresh-2's kinds, written gold-first, tuned
    # on in round 12): 0.920 / 0.631 before the round, 0.936 / 0.745 after it, 0.933 / 0.743
    # when the bench began to match tasks on their dates, 0.947 / 0.845 after round 13,
    # 0.957 / 0.878 after round 14, 0.957 / 0.880 after round 16, 0.958 / 0.886 after round
    # 18, 0.968 / 0.894 after round 19; 0.977 / 0.900 once its sheets followed round 20's
    # Conventions, 0.981 / 0.922 after round 20
    ("tune-6", 0.98, 0.93, 0.93),
    # tests/fixtures/draft-tune7 (eight articles of fresh-4's kinds, written gold-first, tuned
    # on in round 15): 0.893 / 0.779 before the round, 0.973 / 0.851 after it, 0.973 / 0.858
    # after round 16, 0.993 / 0.888 after round 17, 0.993 / 0.894 after round 18, 0.993 /
    # 0.901 after round 19; 0.988 / 0.900 once its sheets followed round 20's Conventions,
    # 0.993 / 0.905 after round 20
    ("tune-7", 0.99, 0.90, 0.90),
    # tests/fixtures/draft-tune8 (eight articles of fresh-6's kinds, written gold-first, tuned
    # on in round 19): 0.940 / 0.832 before the round, 0.956 / 0.858 after it; 0.958 /
    # 0.872 once its sheets followed round 20's Conventions, 0.962 / 0.883 after round 20,
    # 0.969 / 0.900 after round 21, 0.976 / 0.942 after round 24
    ("tune-8", 0.97, 0.95, 0.95),
    # tests/fixtures/draft-tune9 (four articles written gold-first for round 21 on the kinds
    # of sentence the rules missed): 0.917 / 0.809 before the round, 0.977 / 0.949 after it,
    # 0.978 / 0.985 after round 24
    ("tune-9", 0.97, 0.98, 0.98),
    # tests/fixtures/draft-tune10 (five articles written gold-first for round 22 on outlets'
    # styles no other set holds: a brief, a long report, an interview, a numbered list, a
    # review read from a report): 0.939 / 0.849 before the round, 1.000 / 0.992 after it
    ("tune-10", 0.99, 0.99, 0.99),
    # tests/fixtures/draft-tune11 (five articles written gold-first for round 24 on kinds of
    # article no tuning set held: admissions month by month, an inspection commission's
    # half-year review, a badge ceremony, a directive's review, a merged ward's standing
    # committee sharing out its work): 0.945 / 0.863 before the round, 0.977 / 0.928 after it
    ("tune-11", 0.97, 0.95, 0.95),
    # tests/fixtures/draft-tune12 (six articles written gold-first for round 26 on an unseen
    # set's kinds: a hospital's congress, a provincial plenum, a directive's review, a merged
    # province's heads of commissions, a merged commune's congress, an inspection report):
    # 0.959 / 0.777 before the round, 0.978 / 0.930 after it
    ("tune-12", 0.97, 0.95, 0.95),
    # tests/fixtures/draft-tune13 (six articles written gold-first for round 26: quality
    # ratings, a border guard congress, schools, cadre placement, a special zone's first
    # congress, a merged province's documents): 0.898 / 0.747 before the round, 0.950 /
    # 0.908 after it
    ("tune-13", 0.94, 0.90, 0.90),
    # tests/fixtures/draft-tune14 (six articles written gold-first for round 26: merged
    # communes founded, a ward's congress, an enterprises' bloc, a merged province's
    # organisations, a merged commune's cells, a police organisation's congress): 0.918 /
    # 0.840 before the round, 0.959 / 0.882 after it, 0.967 / 0.892 after round 27
    ("tune-14", 0.96, 0.89, 0.89),
    # tests/fixtures/draft-tune15 (six articles written gold-first for round 27: merged
    # communes founded in 2020, a ward's congress re-electing its secretary, a working group's
    # session, a merged province's first conference, a merged commune's cells, a People's
    # Committee organisation's first congress): 0.914 / 0.846 before the round, 0.960 / 0.920
    # after it
    ("tune-15", 0.95, 0.92, 0.92),
    # tests/fixtures/draft-fresh6 and draft-fresh15 (written as unseen sets, tuning sets from
    # round 35): 0.857 / 0.778 and 0.844 / 0.767 before the round, 0.899 / 0.851 and 0.976 /
    # 0.953 after it; fresh-6 0.979 / 0.927 once its sheet wrote out the People's Committee's
    # organisation (``Đảng bộ UBND tỉnh …``) as the Convention "Names are written out" says
    ("fresh-6", 0.97, 0.92, 0.92),
    ("fresh-15", 0.97, 0.95, 0.95),
    ("province", 0.86, 0.86, 0.86),
])
def test_precision_and_recall_floors(corpus: str, precision: float, recall: float,
                                     in_scope: float) -> None:
    score = draft_bench.Score()
    for article, sheet in FLOOR_CORPORA[corpus]:
        score.add(draft_bench.score_pair(article, sheet))
    assert score.precision >= precision, score.wrong
    assert score.recall >= recall, score.missed
    assert score.recall_in_scope >= in_scope, score.missed


def test_the_held_out_gold_articles_exist_and_are_scored_apart() -> None:
    """bench/draft.py holds five gold articles out of tuning: each is in the gold set, and
    the two halves split it."""
    gold = {a.stem for a, _s in draft_bench.pairs([draft_bench.GOLD])}
    held = {a.stem for a, _s in draft_bench.pairs([draft_bench.GOLD], "gold (held-out)")}
    tune = {a.stem for a, _s in draft_bench.pairs([draft_bench.GOLD], "gold (tune)")}
    assert held == set(draft_bench.HELD_OUT) and len(held) == 5
    assert tune | held == gold and not tune & held and len(tune) == 6


def test_recombined_articles_always_give_a_sheet_that_loads(tmp_path: Path) -> None:
    """Sentences of every fixture article shuffled into new articles: whatever the rules read,
    the drafted sheet loads (write_draft raises if it does not)."""
    import random

    sentences = [s.strip() + "." for article in ALL_ARTICLES
                 for s in article.read_text(encoding="utf-8").split("\n", 1)[1].split(". ")
                 if s.strip()]
    rng = random.Random(20260)
    data = _project(tmp_path).data_dir
    for n in range(40):
        body = " ".join(rng.sample(sentences, 6))
        article = tmp_path / f"mixed-{n}.txt"
        article.write_text(f"date 2021-0{1 + n % 9} (MIX)- {body}\n", encoding="utf-8")
        write_draft(article, data, vocabulary=repo_vocabulary())


def test_a_congress_document_links_only_to_the_same_congress_document(tmp_path: Path) -> None:
    """A drafted ``Nghị quyết`` of an invented commune's congress is not the seed's
    ``an-khe-17-resolution`` (a resolution of another organisation's congress) although both
    are named ``Nghị quyết``: against every sheet of data/, it gets a new id, and so does the
    congress it belongs to."""
    article = tmp_path / "synthetic-linking-2020-07-lung-mau-congress.txt"
    article.write_text(
        "date 2020-07-12 (SYN)- [SYNTHETIC] Trong 2 ngày 10 và 11-7, Đảng bộ xã Lũng Mẫu tổ "
        "chức Đại hội đại biểu lần thứ XVII, nhiệm kỳ 2020-2025. Ngày 11-7, Đại hội đã biểu "
        "quyết thông qua Nghị quyết Đại hội.\n", encoding="utf-8")
    corpus = read_corpus(sorted((REPO / "data" / "sheets").glob("*.yaml")))
    assert "an-khe-17-resolution" in corpus
    project = _project(tmp_path / "project")
    done = write_draft(article, project.data_dir, vocabulary=repo_vocabulary(), corpus=corpus)
    entities = load_located(done.sheet).data["entities"]
    documents = [e for e in entities if e["type"] == "document"]
    assert documents, [e["id"] for e in entities]
    for document in documents:
        assert document["id"] != "an-khe-17-resolution"
        assert not document["id"].startswith("an-khe"), document
        assert "linked to" not in document.get("note", "")


def test_many_articles_drafted_at_once_link_to_the_drafts_before_them(tmp_path: Path) -> None:
    """Articles come by the hundred: ``draft A B C …`` reads the project's sheets once, and
    each draft reuses the ids the drafts before it gave (here the SYNTHETIC articles the
    rules were written against, which share their province); one that cannot be drafted is
    named and the others are drafted all the same."""
    from ..conftest import copy_project

    project = copy_project(tmp_path, with_data=False)
    (project.data_dir / "sheets").mkdir(parents=True)
    taken = project.data_dir / "sheets" / f"{ARTICLES[1].stem}.yaml"
    taken.write_text("# a sheet someone started\n", encoding="utf-8")
    result = run_cli("draft", *map(str, ARTICLES), root=tmp_path)
    assert result.exit_code == 2
    assert f"error: {ARTICLES[1]}: " in result.stderr and "already exists" in result.stderr
    assert result.stdout.splitlines()[-1] == (
        f"drafted {len(ARTICLES) - 1} of {len(ARTICLES)} articles; 1 could not be (above)")
    assert taken.read_text(encoding="utf-8") == "# a sheet someone started\n"  # untouched
    drafted = [project.data_dir / "sheets" / f"{a.stem}.yaml" for a in ARTICLES
               if a != ARTICLES[1]]
    assert all(sheet.is_file() for sheet in drafted)
    notes = " ".join(str(item.get("note")) for sheet in drafted[1:]
                     for item in load_located(sheet).data["entities"])
    assert f"declared by {drafted[0].name}" in notes  # linked to the first draft
    assert run_cli("draft", *map(str, ARTICLES[:2]), "--id", "x", root=tmp_path).exit_code == 2
