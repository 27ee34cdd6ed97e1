"""The drafter: every kind of rule together, run in the order their readings build on each
other."""

from __future__ import annotations

from partygraph.draft.rules.changes import ChangeRules
from partygraph.draft.rules.congresses import CongressRules
from partygraph.draft.rules.counts import CountRules
from partygraph.draft.rules.documents import DocumentRules
from partygraph.draft.rules.events import EventRules
from partygraph.draft.rules.instruments import InstrumentRules
from partygraph.draft.rules.oversight import OversightRules
from partygraph.draft.rules.people import PeopleRules
from partygraph.draft.rules.tallies import TallyRules
from partygraph.draft.rules.tasks import TaskRules

__all__ = ["Drafter"]


class Drafter(PeopleRules, CongressRules, CountRules, TallyRules, OversightRules, InstrumentRules,
              EventRules, ChangeRules, TaskRules, DocumentRules):
    """Drafts the items of one article: ``run`` then read ``entities``, ``facts`` and
    ``quoted_at``."""

    def run(self) -> None:
        """Every rule, in the order their readings build on each other."""
        self.organisations()
        self.steering_committees()
        self.mentions.sort(key=lambda m: m.start)
        self.working_groups()
        self.congresses()
        self.cell_congresses()
        self.unnumbered_congresses()
        self.unnumbered_org_congresses()
        self.pilot_congresses()
        self.later_windows()
        self.terms()
        self.current_terms()
        self.opening_terms()
        self.ordinal_terms()
        self.cell_past_terms()
        self.elected_bodies()
        self.bare_inspections()
        self.instruments()
        self.party_founded()
        self.changes()
        self.listed_dissolutions()
        self.first_cells()
        self.place_changes()
        self.former_district_communes()
        self.decided_mergers()
        self.resolve_later()
        self.instruments()  # again: the issuers only the article's changes tell apart
        self.handovers()
        self.named_commissions()
        self.commission_changes()
        self.committees_ended()
        self.observations()
        self.headline_echoes()
        self.tallies()
        self.oversight()
        self.people()
        self.bare_deputy_heads()
        self.named_organs()
        self.named_peoples_committees()
        self.standing_councils()
        self.careers()
        self.life_events()
        self.shared_posts()
        self.refined_holdings()
        self.subcommittees()
        self.subcommittee_heads()
        self.steering_heads()
        self.titled_subcommittee_heads()
        self.subcommittees_created()
        self.cell_committee_members()
        self.tasks()
        self.targets()
        self.year_targets()
        self.congress_preparations()
        self.subordinations()
        self.meetings()
        self.issued()
        self.dated_after()
        self.work_handovers()
        self.announced_at_congress()
        self.attendances()
        self.awards()
        self.documents()
        self.drafted_documents()
        self.bare_resolutions()
        self.reported_reports()
        self.action_programmes()
        self.adopted_action_programmes()
        self.personnel_schemes()
        self.programmes()
        self.progress()
        self.dated_work()
        self.period_tasks()
        self.captions()
        self.honoured_people()
        self.passing_places()
        self.places_named_later()
        self.bracketed_places()
        self.places_within()
        self.under_the_one_district()
        self.handed_to_new()
        self.change_instruments()
        self.cells_by_decision()
        self.formers_named()
        self.before_founding()
