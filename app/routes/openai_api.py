"""An OpenAI-compatible API, so existing chat clients and SDKs can talk to a coach.

`model` is a coach's slug and the API key is the learner's Lodestar token. Only the last user
message is sent: the coach answers from its own conversation memory, not from the history a
client sends. Each learner has one conversation per coach for the API (titled
"OpenAI-compatible API"), so successive requests build on each other and show up in the web
chat as one thread. Sampling options (temperature, max_tokens...) are accepted and ignored: the
coach's settings apply. Errors have OpenAI's shape: {"error": {"message", "type", "code"}}.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Coroutine, Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from sse_starlette import ServerSentEvent

from app.accounts import service as accounts
from app.accounts.models import User
from app.coaching import service as coaching
from app.coaching.chat import (
    ChatEventOut,
    ChatNotFound,
    ChatService,
    ChatStream,
    DoneOut,
    ErrorOut,
    MessageRejected,
    SourcesOut,
    TokenOut,
)
from app.db import unit_of_work
from app.deps import ChatDep, Credentials, SessionDep
from app.limits import chat_limit, check_coach_budget
from app.routes.chat_api import reachable_coach, reachable_coaches
from app.routes.openai_schemas import (
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    Choice,
    ErrorResponse,
    ModelCard,
    ModelList,
    Usage,
)
from app.routes.streaming import event_stream, in_thread, json_text

API_CONVERSATION_TITLE = "OpenAI-compatible API"


class OpenAIError(HTTPException):
    """An error answered in OpenAI's shape, with its `type` and `code`."""

    def __init__(
        self, status_code: int, message: str, *, kind: str, code: str | None,
        param: str | None = None,
    ) -> None:
        super().__init__(status_code, message)
        self.kind = kind
        self.code = code
        self.param = param


def error_body(
    message: str, kind: str, code: str | None, param: str | None = None
) -> dict[str, Any]:
    """OpenAI's error object."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def _as_openai(error: HTTPException) -> JSONResponse:
    """Any HTTP error of these routes in OpenAI's shape."""
    kind = getattr(error, "kind", "invalid_request_error")
    body = error_body(str(error.detail), kind, getattr(error, "code", None),
                      getattr(error, "param", None))
    return JSONResponse(body, error.status_code, headers=error.headers)


class OpenAIRoute(APIRoute):
    """A route whose validation and HTTP errors come out in OpenAI's error shape."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """The normal handler, with its errors translated."""
        handler = super().get_route_handler()

        async def translated(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as error:
                first = error.errors()[0] if error.errors() else {"msg": "invalid request"}
                where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
                message = f"{where}: {first['msg']}" if where else str(first["msg"])
                return _as_openai(OpenAIError(422, message, kind="invalid_request_error",
                                              code="invalid_request", param=where or None))
            except HTTPException as error:
                return _as_openai(error)

        return translated


router = APIRouter(prefix="/v1", tags=["openai-compatible"], route_class=OpenAIRoute)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for errors in OpenAI's shape."""
    return {code: {"model": ErrorResponse} for code in codes}


def openai_user(request: Request, credentials: Credentials) -> User:
    """The learner behind the API key, looked up in a unit of work that ends at once."""
    if credentials is not None:
        with unit_of_work(request.app.state.db.sessions) as session:
            user = accounts.user_for_token(session=session, token=credentials.credentials)
        if user is not None:
            return user
    raise OpenAIError(status.HTTP_401_UNAUTHORIZED, "invalid or missing API key (a Lodestar token)",
                      kind="invalid_request_error", code="invalid_api_key")


OpenAIUser = Annotated[User, Depends(openai_user)]


STREAM_EVENT = {
    "type": "object",
    "required": ["data"],
    "properties": {"data": {"anyOf": [
        {"const": "[DONE]"}, json_text(ChatCompletionChunk), json_text(ErrorResponse),
    ]}},
}


@router.get("/models", response_model=ModelList, responses=_errors(401))
def list_models(user: OpenAIUser, session: SessionDep) -> ModelList:
    """The coaches this learner can use, by slug."""
    coaches = reachable_coaches(session, user)
    return ModelList(data=[ModelCard(id=c.slug, created=int(c.created_at.timestamp()))
                           for c in coaches])


def _question(request: ChatCompletionRequest) -> str:
    """The text of the last user message, or 422."""
    for message in reversed(request.messages):
        if message.role == "user":
            return message.text()
    raise OpenAIError(422, "messages: needs a message with role 'user'",
                      kind="invalid_request_error", code="invalid_request", param="messages")


def _api_conversation(request: Request, user: User, slug: str) -> tuple[int, int]:
    """The coach id and the learner's API conversation with it (created on first use)."""
    with unit_of_work(request.app.state.db.sessions) as session:
        coach = reachable_coach(session, user, slug)
        if coach is None:
            raise OpenAIError(404, f"the model {slug!r} does not exist or you cannot use it",
                              kind="invalid_request_error", code="model_not_found")
        existing = coaching.list_conversations(session=session, learner_id=user.id,
                                               coach_id=coach.id)
        found = next((c for c in existing if c.title == API_CONVERSATION_TITLE), None)
        if found is None:
            found = coaching.start_conversation(session=session, learner_id=user.id,
                                                coach_id=coach.id, title=API_CONVERSATION_TITLE)
        return coach.id, found.id


async def _send(chat: ChatService, user: User, coach_id: int, conversation_id: int, text: str
                ) -> ChatStream:
    """Save the question and start the answer; a rejected message is 422."""
    try:
        stream: ChatStream = await in_thread(
            chat.send, learner_id=user.id, coach_id=coach_id, conversation_id=conversation_id,
            text=text, locale=user.locale,
        )
    except MessageRejected as error:
        raise OpenAIError(422, str(error), kind="invalid_request_error",
                          code="invalid_request", param="messages") from None
    except ChatNotFound:
        raise OpenAIError(404, "the model does not exist or you cannot use it",
                          kind="invalid_request_error", code="model_not_found") from None
    return stream


def _usage(done: DoneOut) -> dict[str, int]:
    """OpenAI's usage block from the done event."""
    prompt = int(done.usage.get("prompt_tokens") or 0)
    completion = int(done.usage.get("completion_tokens") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


class ChunkEncoder:
    """Turns chat events into `chat.completion.chunk` SSE messages."""

    def __init__(self, completion_id: str, model: str, *, include_usage: bool) -> None:
        self.base = {"id": completion_id, "object": "chat.completion.chunk",
                     "created": int(time.time()), "model": model}
        self.include_usage = include_usage

    def _data(self, body: dict[str, Any]) -> ServerSentEvent:
        return ServerSentEvent(data=json.dumps(body), sep="\n")

    def _chunk(self, delta: dict[str, str], finish: str | None = None) -> ServerSentEvent:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return self._data({**self.base, "choices": [choice]})

    def __call__(self, event: ChatEventOut) -> Iterable[ServerSentEvent]:
        """The SSE messages for one chat event."""
        if isinstance(event, SourcesOut):
            yield self._chunk({"role": "assistant", "content": ""})
        elif isinstance(event, TokenOut):
            yield self._chunk({"content": event.text})
        elif isinstance(event, DoneOut):
            yield self._chunk({}, finish="stop")
            if self.include_usage:
                yield self._data({**self.base, "choices": [], "usage": _usage(event)})
        elif isinstance(event, ErrorOut):
            yield self._data(error_body(event.message, "server_error", "answer_failed"))


STREAM_DOC = "With `stream: true`: `data: {chat.completion.chunk}` lines, then `data: [DONE]`."


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    responses={200: {"description": STREAM_DOC,
                     "content": {"text/event-stream": {"schema": STREAM_EVENT}}},
               **_errors(401, 403, 404, 422, 429, 503)},
    dependencies=[Depends(chat_limit(openai_user))],
)
async def chat_completions(
    body: ChatCompletionRequest, request: Request, user: OpenAIUser, chat: ChatDep
) -> Response:
    """Ask a coach (`model` = its slug) the last user message; streamed or whole."""
    question = _question(body)
    coach_id, conversation_id = await in_thread(_api_conversation, request=request, user=user,
                                                slug=body.model)
    await check_coach_budget(request, coach_id)
    stream = await _send(chat, user, coach_id, conversation_id, question)
    completion_id = f"chatcmpl-{secrets.token_hex(12)}"
    if body.stream:
        include = bool(body.stream_options and body.stream_options.include_usage)
        encoder = ChunkEncoder(completion_id, body.model, include_usage=include)
        return event_stream(request, stream, encoder, sep="\n",
                            closing=[ServerSentEvent(data="[DONE]", sep="\n")])
    events: list[ChatEventOut] = await in_thread(_drain, stream=stream)
    return _completion(completion_id, body.model, events)


def _drain(stream: ChatStream) -> list[ChatEventOut]:
    """Every event of an answer, the stream closed afterwards."""
    with stream:
        return list(stream)


def _completion(completion_id: str, model: str, events: list[ChatEventOut]) -> JSONResponse:
    """The chat.completion for a finished answer, or a 503 if it failed."""
    done = next((e for e in events if isinstance(e, DoneOut)), None)
    if done is None:
        error = next((e for e in events if isinstance(e, ErrorOut)), None)
        failed = error.message if error is not None else "no answer"
        if error is not None and error.retry_after is not None:
            busy = OpenAIError(503, failed, kind="server_error", code="overloaded")
            busy.headers = {"Retry-After": str(error.retry_after)}
            raise busy
        raise OpenAIError(503, failed, kind="server_error", code="answer_failed")
    text = "".join(e.text for e in events if isinstance(e, TokenOut))
    completion = ChatCompletion(
        id=completion_id, created=int(time.time()), model=model,
        choices=[Choice(message=AssistantMessage(content=done.content or text))],
        usage=Usage(**_usage(done)),
    )
    return JSONResponse(completion.model_dump())
