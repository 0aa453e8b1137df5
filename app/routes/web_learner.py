"""The chat pages: choose a coach, read past conversations, talk to the coach."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.coaching import service as coaching
from app.coaching.models import Message, MessageRole, MessageStatus
from app.deps import ObjectId, SessionDep
from app.routes.pages import templates
from app.web_auth import WebUser

router = APIRouter(include_in_schema=False)
_CITATION = re.compile(r"\[(\d+)\]")


def cited(text: str, key: object, sources: list[dict[str, Any]]) -> Markup:
    """Escape an answer and link each [n] that names one of its sources to that source."""
    numbers = {int(source["n"]) for source in sources if "n" in source}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        return f'<a class="cite" href="#src-{key}-{n}" aria-label="source {n}">[{n}]</a>'

    return Markup(_CITATION.sub(link, str(escape(text))))


def source_label(source: dict[str, Any]) -> str:
    """How a source is named: file name, then section and page when known."""
    label = str(source.get("filename") or source.get("title") or "document")
    if source.get("section"):
        label += f" \u2014 {source['section']}"
    if source.get("page") is not None:
        label += f", page {source['page']}"
    return label


# The pages share one Templates object (it adds the CSRF token and viewer to every page).
templates.env.filters["cited"] = cited
templates.env.filters["source_label"] = source_label


def retry_target(messages: list[Message]) -> int | None:
    """The id of the conversation's last answer when it is unfinished (it can be retried)."""
    if messages and messages[-1].role is MessageRole.ASSISTANT:
        last = messages[-1]
        if last.status in (MessageStatus.PARTIAL, MessageStatus.FAILED):
            return last.id
    return None


@router.get("/chat", response_class=HTMLResponse)
def choose_coach(request: Request, session: SessionDep, user: WebUser) -> Response:
    """The coaches this user can talk to; with exactly one, go straight to it."""
    coaches = coaching.chat_coaches(session=session, user=user)
    if len(coaches) == 1:
        return RedirectResponse(f"/chat/{coaches[0].slug}", status.HTTP_303_SEE_OTHER)
    return templates.TemplateResponse(
        request, "learner/choose.html", {"user": user, "coaches": coaches}
    )


@router.get("/chat/{slug}", response_class=HTMLResponse)
def new_conversation(request: Request, slug: str, session: SessionDep, user: WebUser) -> Response:
    """A coach's chat page with the conversation list, ready to start a new conversation."""
    return _chat_page(request, session, user, slug, conversation_id=None)


@router.get("/chat/{slug}/{conversation_id}", response_class=HTMLResponse)
def show_conversation(
    request: Request, slug: str, conversation_id: ObjectId, session: SessionDep, user: WebUser
) -> Response:
    """One of the user's conversations with its messages and their sources."""
    return _chat_page(request, session, user, slug, conversation_id=conversation_id)


def _chat_page(
    request: Request, session: Session, user: User, slug: str, *, conversation_id: int | None
) -> Response:
    """Render the chat page; someone else's (or another coach's) conversation is a 404."""
    coaches = coaching.chat_coaches(session=session, user=user)
    coach = next((c for c in coaches if c.slug == slug), None)
    if coach is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    conversation = None
    messages: list[Message] = []
    if conversation_id is not None:
        conversation = coaching.get_conversation(
            session=session, learner_id=user.id, conversation_id=conversation_id
        )
        if conversation is None or conversation.coach_id != coach.id:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such conversation")
        messages = coaching.history(session=session, conversation=conversation)
    context = {
        "user": user,
        "coach": coach,
        "coaches": coaches,
        "conversation": conversation,
        "conversations": coaching.list_conversations(
            session=session, learner_id=user.id, coach_id=coach.id
        ),
        "messages": [m for m in messages if m.role is not MessageRole.SYSTEM],
        "retry_id": retry_target(messages),
    }
    return templates.TemplateResponse(request, "learner/chat.html", context)
