"""The bodies of organisations (executive and standing committees, inspection
commissions), the central bodies and the state organs a post belongs to."""

from __future__ import annotations

from partygraph.draft.names import slug
from partygraph.draft.rules.base import DrafterBase, Org
from partygraph.draft.titles import Title

__all__ = ["CENTRAL_BODIES", "ORGANS", "BodyRules"]

ORGANS = {"peoples-committee": ("Ủy ban nhân dân", "People's Committee"),
          "peoples-council": ("Hội đồng nhân dân", "People's Council"),
          "fatherland-front": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Fatherland Front"),
          "national-assembly-delegation": ("Đoàn đại biểu Quốc hội",
                                           "National Assembly delegation")}

CENTRAL_BODIES = {"exec": ("Ban Chấp hành Trung ương", "Central Committee",
                           "executive-committee"),
                  "politburo": ("Bộ Chính trị", "Politburo", "standing-committee"),
                  # the Secretariat has no body kind of its own: a standing body of the
                  # centre, like the Politburo
                  "secretariat": ("Ban Bí thư", "Secretariat", "standing-committee")}


class BodyRules(DrafterBase):
    """Declare the bodies of organisations, the central ones and the state organs."""

    def body(self, org: Org, kind: str, start: int, end: int, exec_named: bool) -> str | None:
        """Declare ``org``'s body of ``kind`` quoted from ``start`` to ``end``; its id, or
        None."""
        committee = org.unit.committee
        if kind == "standing-committee":
            ident = f"{org.prefix}-standing-committee"
            vi = f"Ban Thường vụ {committee} {org.name}"
            en = f"Standing Committee of the {org.name} {org.unit.en} party committee"
        else:
            ident = f"{org.prefix}-committee"
            vi = f"{committee} {org.name}"
            en = f"{org.name} {org.unit.en} party committee"
        if exec_named:
            start -= len("Ban Chấp hành ")
        return self.entity({"id": ident, "type": "body", "kind": kind, "of": org.id,
                            "name": {"vi": vi, "en": en},
                            "note": f"body: {kind} named by its committee"},
                           self.quote(start, end))

    def party_body(self, org: Org, title: Title) -> str | None:
        """The party body a title's post is in (declared if new): its id, or None."""
        start, end = title.start, title.end
        if title.family in ("exec", "member"):
            return self.body(org, "executive-committee", start, end, False)
        if title.family == "standing":
            return self.body(org, "standing-committee", start, end, False)
        committee = f"{org.unit.committee} {org.name}"
        owner = f"{org.name} {org.unit.en} party committee"
        if title.family == "inspection":
            kind, vi = "inspection-commission", f"Ủy ban Kiểm tra {committee}"
            en = f"Inspection Commission of the {owner}"
        else:
            kind = self.commissions[title.commission or ""]
            vi = f"Ban {title.commission} {committee}"
            en = f"{kind.replace('-', ' ').capitalize()} of the {owner}"
        ident = f"{org.prefix}-{kind}"
        known = self.entities.get(ident)
        if known is not None and known["name"]["vi"] != vi and title.family == "commission":
            # Ban Tuyên giáo Tỉnh ủy and the Ban Tuyên giáo và Dân vận Tỉnh ủy formed from it
            # (one kind, two names): two commissions
            ident = f"{org.prefix}-{slug(title.commission or '')}-commission"
            en = f"{kind.replace('-', ' ').capitalize()} ({title.commission}) of the {owner}"
        return self.entity({"id": ident, "type": "body", "kind": kind,
                            "of": org.id, "name": {"vi": vi, "en": en},
                            "note": f"body: {kind} named in a title"},
                           self.quote(start, end))

    def central(self, body: str | None, start: int, end: int) -> str | None:
        """The central Party (implied by its bodies), or one of its bodies: ``exec`` (Ban
        Chấp hành Trung ương, ``cpv-central-committee`` as docs/fact-sheets.md's Conventions
        name it), ``politburo`` (Bộ Chính trị) or ``secretariat`` (Ban Bí thư); the id, or
        None."""
        quote = self.quote(start, end)
        org = self.entity({"id": "cpv-central", "type": "organisation", "form": "committee",
                           "level": "central",
                           "name": {"vi": "Đảng Cộng sản Việt Nam",
                                    "en": "Communist Party of Vietnam"},
                           "implied": True,
                           "note": "organisation: the central Party, implied by its bodies"},
                          quote)
        if body is None or org is None:
            return org
        vi, en, kind = CENTRAL_BODIES[body]
        ident = "cpv-central-committee" if body == "exec" else f"cpv-{body}"
        return self.entity({"id": ident, "type": "body", "kind": kind, "of": org,
                            "name": {"vi": vi, "en": en},
                            "note": f"body: {vi} (central)"}, quote)

    def organ(self, org: Org, title: Title) -> str | None:
        """The state organ of a title (Ủy ban nhân dân huyện X) and its place; the id."""
        place_id = f"{slug(org.name)}-{org.unit.id_word}"
        if place_id not in self.entities:
            return None
        vi_kind, en_kind = ORGANS[title.family]
        return self.entity({
            "id": f"{place_id}-{title.family}", "type": "organ", "kind": title.family,
            "place": place_id,
            "name": {"vi": f"{vi_kind} {org.unit.words} {org.name}",
                     "en": f"{org.name} {org.unit.id_word.capitalize()} {en_kind}"},
            "note": f"organ: {title.family} named in a title"},
            self.quote(title.start, title.end))
