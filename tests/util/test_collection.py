"""The cyclic collector is paused for a block and restored as it was, on errors too."""

from __future__ import annotations

import gc

import pytest

from partygraph.util.collection import collection_paused


def test_the_collector_is_paused_in_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_in_the_block_restores_the_collector() -> None:
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("in the block")
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
