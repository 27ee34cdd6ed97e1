"""The "did you mean" hint of errors naming something unknown."""

from __future__ import annotations

from partygraph.util.suggest import did_you_mean


def test_names_the_closest_known_names() -> None:
    known = ["post-holders", "person-posts", "coverage", "tallies"]
    assert did_you_mean("post-holder", known) == " (did you mean 'post-holders'?)"
    assert did_you_mean("tally", known) == " (did you mean 'tallies'?)"


def test_says_nothing_when_nothing_is_close() -> None:
    assert did_you_mean("zzzz", ["post-holders", "coverage"]) == ""
    assert did_you_mean("anything", []) == ""


def test_at_most_two_names_in_a_stable_order() -> None:
    known = ["an-khe-town-party", "an-khe-town-party-2", "an-khe-town-parts", "other"]
    hint = did_you_mean("an-khe-town-part", known)
    assert hint.count("'") == 4 and hint == did_you_mean("an-khe-town-part", reversed(known))


def test_offers_the_shortest_names_that_begin_with_a_short_name() -> None:
    # too short for difflib to call close, but the start of the known names
    known = ["an-khe-town-party-committee", "an-khe-town-party", "tay-son-ward-party"]
    assert did_you_mean("an-khe", known) == (" (did you mean 'an-khe-town-party' or "
                                             "'an-khe-town-party-committee'?)")
    assert did_you_mean("an-khe", known, most=1) == " (did you mean 'an-khe-town-party'?)"
    # a close name comes before the names it begins
    assert did_you_mean("an-khe", [*known, "an-khe-town"]) == " (did you mean 'an-khe-town'?)"
    # two letters begin too many names to be a hint
    assert did_you_mean("an", known) == ""
