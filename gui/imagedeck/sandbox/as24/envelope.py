"""AutoScout24's answer envelope and its message codes.

Every answer, success or error, is `{"_links", "_request", "_response", "_data"?}`; `_request`
echoes the URL, the raw body (null for GET and for multipart uploads, as in the docs' upload
example) and the method. Message texts are AutoScout24's own, typos included ("succesfully"),
because they are written to be shown to end users.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

TEXTS = {
    10001: "Image with id {0} was succesfully deleted.",
    20500: "'Accept-Language' is empty or not supported. Default Culture 'en-GB' is used.",
    50000: "An error occurred while processing your request. Please try again later.",
    50022: "Wrong image format: '{0}'. Please upload JPG or PNG images only.",
    50028: "Invalid json - {0}. Please provide a valid json.",
    50080: "Image does not exist.",
    50081: "List of image ids should contain the same ids returned by the GET method.",
    50082: "The body of the POST request contains no image data.",
    50083: "Image size exceeds limit.",
    50084: "Image number limit exceeded.",
    50085: "Multiple image upload is not allowed. Please post one picture per request.",
    50094: "You're not allowed to perform this action.",
    50201: "ContentType header value is missing or not suitable for provided content.",
    50103: "Request body is empty. Please provide a valid json body object.",
    99901: "This is an invalid operation. Please check again.",
    99902: "Invalid request - Missing access token.",
    99903: "Invalid request - Duplicate access token.",
    99904: "Invalid request - Invalid access token.",
    99905: "Validation error: {0}.",  # the code is documented, the text is our guess
    99906: "Invalid Request. Version {0} is no longer supported.",
    99908: "Invalid Request. Invalid API version value.",
    99913: "Invalid Request. X-AS24-Version is missing.",
}


def message(code: int, *args: object) -> dict[str, Any]:
    """One `_response.messages` entry; the type follows from the code range."""
    kind = "Info" if code < 20000 else "Warning" if code < 50000 else "Error"
    return {"code": code, "messageType": kind, "text": TEXTS[code].format(*args)}


class As24Error(Exception):
    """An error answer: HTTP status plus one message code."""

    def __init__(self, status: int, code: int, *args: object, headers: dict | None = None):
        super().__init__(TEXTS[code].format(*args))
        self.status = status
        self.message = message(code, *args)
        self.headers = headers or {}


@dataclass
class Reply:
    """What a handler answers; the guard wraps it in the envelope."""

    data: dict[str, Any] | None = None
    status: int = 200
    object_id: str | None = None
    messages: list[dict[str, Any]] = field(default_factory=list)
    self_href: str | None = ""  # "" = the request path; None = null (as after a DELETE)
    links: dict[str, Any] = field(default_factory=dict)


def request_url(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def envelope(request: Request, body: str | None, reply: Reply, *, error: bool) -> dict[str, Any]:
    href = request.url.path if reply.self_href == "" else reply.self_href
    response: dict[str, Any] = {"type": "Error" if error else "Success"}
    if reply.object_id is not None:
        response["objectId"] = reply.object_id
    if reply.messages:
        response["messages"] = reply.messages
    answer: dict[str, Any] = {
        "_links": {"self": {"href": href}, **reply.links},
        "_request": {"url": request_url(request), "body": body, "method": request.method},
        "_response": response,
    }
    if reply.data is not None:
        answer["_data"] = reply.data
    return answer


def error_response(request: Request, body: str | None, error: As24Error) -> JSONResponse:
    content = envelope(request, body, Reply(messages=[error.message]), error=True)
    return JSONResponse(content, status_code=error.status, headers=error.headers)
