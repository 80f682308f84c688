"""Protections every public route gets: rate limits per client, and no cross-site form posts.

Cross-site request forgery: browsers mark each request with ``Sec-Fetch-Site``; a form posted to
these pages from another site is refused before it changes anything. Requests without the header
come from programs, not from a victim's browser, and carry no ambient authority anyway (the pages
use no cookies; a link's token is in its URL).
"""

import math
from collections.abc import Awaitable, Callable
from datetime import timedelta

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from backend import pages, ratelimit
from backend.deps import SessionDep
from backend.i18n import N_
from kiosk.wire import API_PREFIX, ErrorBody, ErrorCode

#: Generous per client address: a showroom's phones share one public address behind its Wi-Fi.
PAGE_VIEWS = (600, timedelta(minutes=10))
FORM_POSTS = (300, timedelta(minutes=10))
ENROLMENTS = (20, timedelta(hours=1))

_ALLOWED_SITES = {"same-origin", "none"}  # "none": typed or bookmarked by the user


class TooManyRequests(Exception):
    def __init__(self, retry_after: timedelta) -> None:
        super().__init__(str(retry_after))
        self.retry_after = retry_after


def per_client(action: str, limit: tuple[int, timedelta]) -> Callable[..., None]:
    """A dependency counting each request against ``limit`` for the client's address."""

    def check(request: Request, session: SessionDep) -> None:
        client = request.client.host if request.client else None
        try:
            ratelimit.check(session, [(ratelimit.ip_bucket(action, client), *limit)])
        except ratelimit.Limited as limited:
            raise TooManyRequests(limited.retry_after) from None

    return check


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def _refuse_cross_site_posts(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        site = request.headers.get("sec-fetch-site")
        path = request.url.path
        if (
            request.method == "POST"
            and site is not None
            and site not in _ALLOWED_SITES
            and not path.startswith(API_PREFIX)
        ):
            return pages.problem_page(request, 403, N_("This form can only be sent from our own page."))
        response: Response = await call_next(request)
        return response

    @app.exception_handler(TooManyRequests)
    async def _too_many(request: Request, error: TooManyRequests) -> Response:
        seconds = max(1, math.ceil(error.retry_after.total_seconds()))
        headers = {"Retry-After": str(seconds)}
        if request.url.path.startswith(API_PREFIX):
            body = ErrorBody(error=ErrorCode.RATE_LIMITED, retry_after_seconds=seconds)
            return JSONResponse(body.model_dump(mode="json"), status_code=429, headers=headers)
        response = pages.too_many_requests(request, seconds)
        response.headers.update(headers)
        return response
