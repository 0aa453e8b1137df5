"""The learner, coach and admin pages: who may open them, what they show, CSRF on their forms."""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role
from app.coaching import service as coaching
from app.db import utcnow
from app.routes.web_learner import cited
from app.settings import Settings
from app.wiring import open_database
from models.ports import ModelError
from tests.app.web_support import (
    PASSWORD,
    World,
    build_app,
    page_csrf,
    parse_sse,
    sign_in,
)
from tests.factories import make_coach, make_user
from tests.models.fakes import ScriptedModel


def as_user(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Sign in afresh as this user; return the session's CSRF token."""
    client.cookies.clear()
    return sign_in(client, email, password)


def start_chat(client: TestClient, csrf: str, text: str = "How do I anchor a habit?") -> int:
    """Open a conversation with maya and have one exchange; return the conversation id."""
    headers = {"X-CSRF-Token": csrf}
    created = client.post("/api/v1/coaches/maya/conversations", json={"title": text},
                          headers=headers)
    assert created.status_code == 201, created.text
    conversation_id = int(created.json()["id"])
    streamed = client.post(f"/api/v1/conversations/{conversation_id}/messages",
                           json={"text": text}, headers=headers)
    assert streamed.status_code == 200, streamed.text
    assert parse_sse(streamed.text)[-1][0] in ("done", "error")
    return conversation_id


def user_id(settings: Settings, email: str) -> int:
    """A user's id, read from the test database."""
    database = open_database(settings)
    with database.sessions() as session:
        user = accounts.get_by_email(session=session, email=email)
        assert user is not None
        found = user.id
    database.dispose()
    return found


def all_emails(settings: Settings) -> set[str]:
    """Every user's email in the test database."""
    database = open_database(settings)
    with database.sessions() as session:
        emails = {user.email for user in accounts.list_users(session=session)}
    database.dispose()
    return emails


class _Controls(HTMLParser):
    """Collects form controls and the ids that labels point at."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labelled: set[str] = set()
        self.fake_buttons: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "label" and found.get("for"):
            self.labelled.add(str(found["for"]))
        elif tag in ("input", "select", "textarea") and found.get("type") != "hidden":
            self.controls.append(found)
        elif found.get("onclick") or found.get("role") == "button":
            self.fake_buttons.append(tag)


def assert_accessible_controls(html: str) -> int:
    """Every visible control has a <label for=...> (or an aria-label); no fake buttons."""
    parser = _Controls()
    parser.feed(html)
    for control in parser.controls:
        named = control.get("id") in parser.labelled or control.get("aria-label")
        assert named, f"control without a label: {control}"
    assert parser.fake_buttons == []
    return len(parser.controls)


# --- Who may open what -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/chat", "/chat/maya", "/coach", "/coach/maya", "/admin"])
def test_signed_out_visitors_are_sent_to_the_login_page(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next={path}"


def test_pages_open_for_their_roles_only(client: TestClient) -> None:
    as_user(client, "learner@example.org")
    assert client.get("/chat", follow_redirects=False).headers["location"] == "/chat/maya"
    assert client.get("/chat/maya").status_code == 200
    assert client.get("/chat/rival").status_code == 404  # not enrolled with rival
    assert client.get("/coach").status_code == 403
    assert client.get("/coach/maya").status_code == 403
    assert client.get("/admin").status_code == 403

    as_user(client, "coach@example.org")
    assert client.get("/coach", follow_redirects=False).headers["location"] == "/coach/maya"
    assert client.get("/coach/maya").status_code == 200
    assert client.get("/coach/rival").status_code == 404  # another coach's dashboard
    assert client.get("/chat/maya").status_code == 200  # the preview of their own coach
    assert client.get("/chat/rival").status_code == 404
    assert client.get("/admin").status_code == 403

    as_user(client, "admin@example.org")
    assert client.get("/admin").status_code == 200
    dashboards = client.get("/coach")
    assert dashboards.status_code == 200
    assert "Maya Rivers" in dashboards.text and "Rival" in dashboards.text


# --- The learner's chat -------------------------------------------------------------------------


def test_the_chat_page_has_a_labelled_message_box_and_a_live_region(client: TestClient) -> None:
    as_user(client, "learner@example.org")
    page = client.get("/chat/maya").text
    assert '<label for="chat-input">' in page
    assert 'aria-live="polite"' in page and 'id="messages"' in page
    assert '<button type="submit" id="chat-send">Send</button>' in page
    assert 'data-create-url="/api/v1/coaches/maya/conversations"' in page
    assert "/static/chat.js" in page
    assert assert_accessible_controls(page) == 1


def test_a_conversation_page_shows_past_messages_with_linked_sources(
    client: TestClient,
) -> None:
    csrf = as_user(client, "learner@example.org")
    conversation_id = start_chat(client, csrf)
    page = client.get(f"/chat/maya/{conversation_id}")
    assert page.status_code == 200
    html = page.text
    assert "How do I anchor a habit?" in html  # the question, and the conversation's title
    assert "Anchor the habit to breakfast" in html
    # The answer's [1] links to the first source, which shows the passage it came from.
    answer_id = int(html.split('data-message-id="')[2].split('"')[0])
    assert f'<a class="cite" href="#src-{answer_id}-1" aria-label="source 1">[1]</a>' in html
    assert f'<details id="src-{answer_id}-1">' in html
    # Which section ranks first depends on the fake embedder; the link to it must hold.
    assert "[1] anchors.md \u2014 " in html
    assert "Tie every new habit to an anchor the client already does each day." in html
    assert f'href="/chat/maya/{conversation_id}" aria-current="page"' in html
    assert "data-retry" not in html  # a complete answer has nothing to retry


def test_someone_elses_conversation_is_not_found(client: TestClient) -> None:
    csrf = as_user(client, "learner@example.org")
    conversation_id = start_chat(client, csrf)
    assert client.get(f"/chat/maya/{conversation_id + 1000}").status_code == 404
    assert client.get(f"/chat/rival/{conversation_id}").status_code == 404
    assert client.get("/chat/maya/99999999999999999999").status_code == 422

    as_user(client, "other@example.org")
    response = client.get(f"/chat/maya/{conversation_id}")
    assert response.status_code == 404
    assert "How do I anchor a habit?" not in response.text

    as_user(client, "coach@example.org")  # the coach does not read learners' conversations
    assert client.get(f"/chat/maya/{conversation_id}").status_code == 404


def test_an_answer_that_broke_off_is_shown_with_a_retry_button(
    settings: Settings, world: World
) -> None:
    model = ScriptedModel(tokens=("Anchor it", " to coffee."), error=ModelError("boom"),
                          fail_after=1)
    with TestClient(build_app(settings, model)) as client:
        csrf = as_user(client, "learner@example.org")
        conversation_id = start_chat(client, csrf)
        html = client.get(f"/chat/maya/{conversation_id}").text
    answer_id = int(html.split('data-message-id="')[2].split('"')[0])
    assert 'data-status="partial"' in html and "Anchor it" in html
    assert "This answer was cut off before it finished." in html
    retry = f'<button type="button" class="small secondary" data-retry="{answer_id}">Retry</button>'
    assert retry in html


def test_citations_are_escaped_and_link_only_to_known_sources() -> None:
    html = cited("<b>Tip</b> [1] and [7]", 42, [{"n": 1}])
    assert str(html) == (
        '&lt;b&gt;Tip&lt;/b&gt; <a class="cite" href="#src-42-1" aria-label="source 1">[1]</a>'
        " and [7]"
    )


# --- The coach dashboard ------------------------------------------------------------------------


def test_the_dashboard_shows_documents_learners_and_the_profile_form(
    client: TestClient, world: World
) -> None:
    csrf = as_user(client, "learner@example.org")
    start_chat(client, csrf)
    as_user(client, "coach@example.org")
    page = client.get("/coach/maya").text
    assert "anchors.md" in page and '<span class="status status-ready">ready</span>' in page
    assert f'action="/coach/maya/documents/{world.maya_document}/delete"' in page
    assert 'data-confirm="Delete anchors.md?' in page
    assert 'data-url="/api/v1/coaches/maya/documents"' in page and "<progress" in page
    learners = page.split('id="learners-title"')[1]
    assert "learner@example.org" in learners and "other@example.org" in learners
    assert "No conversations yet" in learners  # other has never chatted
    assert learners.index("learner@example.org") < learners.index("other@example.org")
    assert 'href="/chat/maya"' in page  # the preview
    assert assert_accessible_controls(page) == 6


def test_saving_the_profile_needs_the_csrf_token(client: TestClient) -> None:
    csrf = as_user(client, "coach@example.org")
    form = {"name": "Maya R.", "expertise": "habits", "persona_prompt": "You are Maya.",
            "methodology": "Tiny steps.", "communication_style": "Warm, brief."}
    refused = client.post("/coach/maya/profile", data=form, follow_redirects=False)
    assert refused.status_code == 403
    assert "Tiny steps." not in client.get("/coach/maya").text

    saved = client.post("/coach/maya/profile", data={**form, "csrf_token": csrf},
                        follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/coach/maya?saved=1#profile"
    page = client.get("/coach/maya?saved=1").text
    assert "Saved. New answers use these settings." in page
    assert ">Tiny steps.</textarea>" in page and ">Warm, brief.</textarea>" in page
    assert 'value="Maya R."' in page

    nameless = client.post("/coach/maya/profile", data={**form, "name": " ", "csrf_token": csrf})
    assert nameless.status_code == 422 and "a coach needs a name" in nameless.text


def test_a_coach_cannot_save_another_coachs_profile(client: TestClient) -> None:
    csrf = as_user(client, "coach@example.org")
    response = client.post("/coach/rival/profile", data={"name": "Taken", "csrf_token": csrf})
    assert response.status_code == 404


def test_deleting_a_document_needs_the_csrf_token_and_ownership(
    client: TestClient, world: World
) -> None:
    csrf = as_user(client, "coach@example.org")
    path = f"/coach/maya/documents/{world.maya_document}/delete"
    assert client.post(path, follow_redirects=False).status_code == 403
    foreign = f"/coach/maya/documents/{world.rival_document}/delete"
    assert client.post(foreign, data={"csrf_token": csrf}).status_code == 404
    assert client.post(f"/coach/rival/documents/{world.rival_document}/delete",
                       data={"csrf_token": csrf}).status_code == 404

    deleted = client.post(path, data={"csrf_token": csrf}, follow_redirects=False)
    assert deleted.status_code == 303
    assert deleted.headers["location"] == "/coach/maya?deleted=anchors.md#documents-section"
    assert "Deleted anchors.md." in client.get("/coach/maya?deleted=anchors.md").text
    assert "No documents yet." in client.get("/coach/maya/documents").text


# --- Admin --------------------------------------------------------------------------------------


def test_the_admin_page_lists_users_and_coaches(client: TestClient) -> None:
    as_user(client, "admin@example.org")
    page = client.get("/admin").text
    for email in ("learner@example.org", "coach@example.org", "rival@example.org"):
        assert f'data-email="{email}"' in page
    assert "<td data-label=\"Slug\">maya</td>" in page
    assert '<td data-label="Owner">coach@example.org</td>' in page
    assert assert_accessible_controls(page) == 10


def test_admin_creates_a_coach_with_csrf(client: TestClient) -> None:
    csrf = as_user(client, "admin@example.org")
    form = {"slug": "sleep-coach", "name": "Sol Sleep", "expertise": "sleep",
            "communication_style": "Calm."}
    assert client.post("/admin/coaches", data=form).status_code == 403
    created = client.post("/admin/coaches", data={**form, "csrf_token": csrf},
                          follow_redirects=False)
    assert created.status_code == 303
    page = client.get(created.headers["location"]).text
    assert "Created coach Sol Sleep (sleep-coach)." in page
    assert '<td data-label="Slug">sleep-coach</td>' in page

    bad = client.post("/admin/coaches", data={**form, "slug": "Bad Slug!", "csrf_token": csrf})
    assert bad.status_code == 422 and "invalid slug" in bad.text
    taken = client.post("/admin/coaches", data={**form, "csrf_token": csrf})
    assert taken.status_code == 422 and "already exists" in taken.text


def test_admin_creates_users_with_a_role_and_a_coach(client: TestClient, world: World) -> None:
    csrf = as_user(client, "admin@example.org")
    learner = {"email": "new@example.org", "display_name": "New", "password": PASSWORD,
               "role": "learner", "coach_id": str(world.maya_id), "csrf_token": csrf}
    assert client.post("/admin/users", data=learner, follow_redirects=False).status_code == 303
    coach = {**learner, "email": "sleep@example.org", "role": "coach",
             "coach_id": str(world.rival_id)}
    assert client.post("/admin/users", data=coach, follow_redirects=False).status_code == 303
    duplicate = client.post("/admin/users", data=learner)
    assert duplicate.status_code == 422 and "already exists" in duplicate.text

    as_user(client, "new@example.org")
    assert client.get("/chat", follow_redirects=False).headers["location"] == "/chat/maya"
    as_user(client, "sleep@example.org")
    assert client.get("/coach", follow_redirects=False).headers["location"] == "/coach/rival"


def test_admin_deactivates_a_user_who_then_cannot_sign_in(
    client: TestClient, settings: Settings
) -> None:
    csrf = as_user(client, "admin@example.org")
    path = f"/admin/users/{user_id(settings, 'other@example.org')}/deactivate"
    assert f'action="{path}"' in client.get("/admin").text
    assert client.post(path).status_code == 403
    done = client.post(path, data={"csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303
    page = client.get(done.headers["location"]).text
    assert "Deactivated other@example.org." in page and f'action="{path}"' not in page

    client.cookies.clear()
    token = page_csrf(client.get("/login").text)
    refused = client.post("/login", data={"email": "other@example.org", "password": PASSWORD,
                                          "csrf_token": token})
    assert refused.status_code == 401


def test_admins_cannot_deactivate_themselves(client: TestClient, settings: Settings) -> None:
    csrf = as_user(client, "admin@example.org")
    path = f"/admin/users/{user_id(settings, 'admin@example.org')}/deactivate"
    assert f'action="{path}"' not in client.get("/admin").text
    assert client.post(path, data={"csrf_token": csrf}).status_code == 409
    assert client.get("/admin").status_code == 200  # still signed in and active


def test_only_admins_may_use_the_admin_forms(client: TestClient, settings: Settings) -> None:
    csrf = as_user(client, "coach@example.org")
    form = {"email": "x@example.org", "password": PASSWORD, "role": "admin", "csrf_token": csrf}
    assert client.post("/admin/users", data=form).status_code == 403
    coach = {"slug": "x", "name": "X", "csrf_token": csrf}
    assert client.post("/admin/coaches", data=coach).status_code == 403
    path = f"/admin/users/{user_id(settings, 'learner@example.org')}/deactivate"
    assert client.post(path, data={"csrf_token": csrf}).status_code == 403
    assert "x@example.org" not in all_emails(settings)


# --- Services behind the dashboard ---------------------------------------------------------------


def test_enrolled_learners_are_listed_by_last_activity(session: Session) -> None:
    coach = make_coach(session)
    quiet, active = make_user(session), make_user(session)
    for learner in (quiet, active):
        coaching.enrol(session=session, learner=learner, coach=coach)
    conversation = coaching.start_conversation(session=session, learner_id=active.id,
                                               coach_id=coach.id)
    conversation.updated_at = utcnow() + timedelta(minutes=5)
    session.flush()
    rows = coaching.enrolled_learners(session=session, coach=coach)
    assert [row.user.id for row in rows] == [active.id, quiet.id]
    assert rows[0].last_active == conversation.updated_at and rows[1].last_active is None


def test_update_coach_changes_only_given_fields(session: Session) -> None:
    coach = make_coach(session, name="Maya")
    coaching.update_coach(session=session, coach=coach, methodology="  Tiny steps. ")
    assert (coach.name, coach.methodology) == ("Maya", "Tiny steps.")
    with pytest.raises(coaching.CoachingError):
        coaching.update_coach(session=session, coach=coach, name=" ", expertise="x")
    assert coach.expertise == ""


def test_managed_coaches_follow_the_role(session: Session) -> None:
    owner, admin = make_user(session, role=Role.COACH), make_user(session, role=Role.ADMIN)
    learner = make_user(session)
    mine, other = make_coach(session), make_coach(session)
    coaching.assign_owner(session=session, coach=mine, user=owner)
    coaching.enrol(session=session, learner=learner, coach=other)
    assert coaching.managed_coaches(session=session, user=owner) == [mine]
    assert {c.id for c in coaching.managed_coaches(session=session, user=admin)} >= {
        mine.id, other.id}
    assert coaching.managed_coaches(session=session, user=learner) == []
    assert coaching.chat_coaches(session=session, user=learner) == [other]
    assert coaching.chat_coaches(session=session, user=owner) == [mine]
