"""Public pages for an existing ID: ask for a password-reset or sign-in link, then use it.

The request pages answer the same, in status, body and timing, whether or not the address has
an ID (see backend.accounts), and are limited per address and per client (429 with Retry-After).
"""

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse

from backend import accounts, guards, i18n, pages, ratelimit
from backend.deps import SessionDep
from backend.i18n import N_
from backend.models import AccountToken
from backend.services import LinkUnusable, PasswordRejected
from kiosk.buyer import BuyerFieldError, clean_email
from kiosk.password_policy import CHECKLIST_RULES

#: Pages for people: HTML, and every one may answer "not right" (422) or "too many" (429).
router = APIRouter(prefix="/account", default_response_class=HTMLResponse, responses=pages.documented(422, 429))
_views = Depends(guards.per_client("account_view", guards.PAGE_VIEWS))
_posts = Depends(guards.per_client("account_post", guards.FORM_POSTS))

_REQUEST_TEXT = {
    accounts.RESET: (
        N_("Forgotten your password?"),
        N_("Enter the e-mail address of your ID. We will send you a link to set a new password."),
    ),
    accounts.SIGN_IN: (
        N_("Sign in without a password"),
        N_("Enter the e-mail address of your ID. We will send you a link that signs you in."),
    ),
}
_PATHS = {"forgot-password": accounts.RESET, "sign-in-link": accounts.SIGN_IN}


def _language(request: Request, lang: str | None) -> str:
    return i18n.language_or_default(lang) if lang else i18n.from_accept_language(request.headers.get("accept-language"))


def _request_page(
    request: Request, kind: str, language: str, status: int = 200, sent: bool = False, error: str | None = None
) -> HTMLResponse:
    t = i18n.translations(language)
    heading, lead = _REQUEST_TEXT[kind]
    return pages.page(
        request,
        "account_request.html",
        language,
        status,
        heading=t.gettext(heading),
        lead=t.gettext(lead),
        sent=sent,
        error=error,
    )


def _ask(kind: str) -> Callable[..., HTMLResponse]:
    def ask(request: Request, lang: Annotated[str | None, Query(max_length=5)] = None) -> HTMLResponse:
        return _request_page(request, kind, _language(request, lang))

    return ask


def _send_link(kind: str) -> Callable[..., HTMLResponse]:
    def send_link(
        request: Request,
        session: SessionDep,
        email: Annotated[str, Form(max_length=1000)] = "",
        lang: Annotated[str | None, Query(max_length=5)] = None,
    ) -> HTMLResponse:
        language = _language(request, lang)
        t = i18n.translations(language)
        try:
            address = clean_email(email)
        except BuyerFieldError:
            return _request_page(request, kind, language, 422, error=t.gettext("Please enter a valid e-mail address."))
        client = request.client.host if request.client else None
        try:
            ratelimit.check(
                session,
                [
                    (ratelimit.email_bucket(kind, address), *accounts.PER_ADDRESS),
                    (ratelimit.ip_bucket(kind, client), *accounts.PER_CLIENT),
                ],
            )
        except ratelimit.Limited as limited:
            raise guards.TooManyRequests(limited.retry_after) from None
        accounts.request_link(session, kind, address, language)
        request.app.state.mail_sender.wake()
        return _request_page(request, kind, language, sent=True)

    return send_link


for _path, _kind in _PATHS.items():
    router.add_api_route(
        f"/{_path}",
        _ask(_kind),
        methods=["GET"],
        dependencies=[_views],
        name=f"ask_{_kind}",
    )
    router.add_api_route(
        f"/{_path}",
        _send_link(_kind),
        methods=["POST"],
        dependencies=[_posts],
        responses=pages.documented(403),
        name=f"send_{_kind}",
    )


def _reset_form(
    request: Request, found: AccountToken, status: int = 200, errors: list[str] | None = None
) -> HTMLResponse:
    account = found.account
    t = i18n.translations(i18n.language_or_default(account.language))
    return pages.page(
        request,
        "account_reset.html",
        i18n.language_or_default(account.language),
        status,
        email=account.email,
        rules=[t.gettext(pages.RULE_TEXT[rule]) for rule in CHECKLIST_RULES],
        errors=errors or [],
    )


@router.get(
    "/reset-password/{token}",
    dependencies=[_views],
    responses=pages.documented(404, 410),
)
def show_reset(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    try:
        found = accounts.usable(session, token, accounts.RESET)
    except LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    return _reset_form(request, found)


@router.post(
    "/reset-password/{token}",
    dependencies=[_posts],
    responses=pages.documented(403, 404, 410),
)
def reset(
    token: str,
    request: Request,
    session: SessionDep,
    password: Annotated[str, Form()] = "",
    password_repeat: Annotated[str, Form()] = "",
) -> HTMLResponse:
    try:
        found = accounts.usable(session, token, accounts.RESET)
    except LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    language = i18n.language_or_default(found.account.language)
    t = i18n.translations(language)
    problems = pages.password_problems(language, password, password_repeat)
    if problems:
        return _reset_form(request, found, 422, problems)
    try:
        accounts.reset_password(session, token, password)
    except (LinkUnusable, PasswordRejected):
        return pages.link_problem(request, "used")
    return pages.page(
        request,
        "account_done.html",
        language,
        heading=t.gettext("Your password is changed"),
        text=t.gettext("Sign in with your e-mail address and your new password."),
    )


@router.get(
    "/sign-in/{token}",
    dependencies=[_views],
    responses=pages.documented(404, 410),
)
def show_sign_in(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    """Shows a button only: mail scanners fetch links, and a GET must not use this one up."""
    try:
        found = accounts.usable(session, token, accounts.SIGN_IN)
    except LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    language = i18n.language_or_default(found.account.language)
    return pages.page(request, "account_sign_in.html", language, email=found.account.email)


@router.post(
    "/sign-in/{token}",
    dependencies=[_posts],
    responses=pages.documented(403, 404, 410),
)
def do_sign_in(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    try:
        account = accounts.sign_in(session, token)
    except LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    language = i18n.language_or_default(account.language)
    t = i18n.translations(language)
    return pages.page(
        request,
        "account_done.html",
        language,
        heading=t.gettext("You are signed in"),
        text=t.gettext("Welcome back, %(name)s.") % {"name": account.first_name},
    )
