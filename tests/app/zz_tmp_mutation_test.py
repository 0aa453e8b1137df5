"""Throwaway: make services leak, and check the access probes catch every route."""
import pytest
from sqlalchemy import select

import profiles.service as ps
import engagement.service as es
import safety.service as ss
from profiles.models import Goal, Milestone, CheckIn
from engagement.models import Nudge
from safety.models import EscalationCase
from tests.app import test_access as ta
from tests.app.test_access import *  # noqa: F403  fixtures


def test_leaks_are_caught(client, world, monkeypatch):
    monkeypatch.setattr(ps, "get_goal", lambda *, session, learner_id, goal_id: session.get(Goal, goal_id))
    monkeypatch.setattr(ps, "get_milestone", lambda *, session, learner_id, milestone_id: session.get(Milestone, milestone_id))
    orig = ps.delete_check_in
    def leaky_delete(*, session, learner_id, check_in_id):
        entry = session.get(CheckIn, check_in_id)
        return orig(session=session, learner_id=entry.learner_id if entry else learner_id, check_in_id=check_in_id)
    monkeypatch.setattr(ps, "delete_check_in", leaky_delete)
    monkeypatch.setattr(es, "coach_nudge", lambda *, session, coach_id, nudge_id: session.get(Nudge, nudge_id))
    monkeypatch.setattr(ss, "get_case", lambda *, session, user, case_id: session.get(EscalationCase, case_id))
    with pytest.raises(AssertionError) as info:
        ta.test_foreign_ids_answer_like_missing_ones(client, world)
    text = str(info.value)
    print(text)
    for route in ["/api/v1/goals/{goal_id}", "/profile/goals/{goal_id}/edit", "/api/v1/milestones/{milestone_id}",
                  "/api/v1/check-ins/{check_in_id}", "/api/v1/coaches/{slug}/nudges/{nudge_id}",
                  "/coach/{slug}/nudges/{nudge_id}/review", "/api/v1/escalations/{case_id}/notes",
                  "/safety/cases/{case_id}/{action}"]:
        assert route in text, route
