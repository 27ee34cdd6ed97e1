"""The drafting rules, one module per kind of item they read (organisations, bodies,
congresses, counts, tallies, people, events, instruments, changes, tasks, documents), over
the state and helpers of ``base``; ``drafter`` composes them into the ``Drafter``."""

from partygraph.draft.rules.base import Mention
from partygraph.draft.rules.drafter import Drafter

__all__ = ["Drafter", "Mention"]
