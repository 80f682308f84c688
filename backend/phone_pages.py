"""The pages a customer's phone opens from the QR code or the e-mailed link.

Plain HTML forms that work without JavaScript. ``GET`` only shows the form (mail scanners
pre-fetch links, so a ``GET`` must never use one up); ``POST`` completes the registration.
"""

import math
import re
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.orm import Session

from backend import services
from backend.deps import SessionDep, SettingsDep
from backend.models import LinkToken
from kiosk.buyer import mask_email
from kiosk.password_policy import PasswordRule, check_password
from kiosk.wire import CODE_PATTERN

templates = Jinja2Templates(
    env=Environment(loader=PackageLoader("backend", "templates"), autoescape=select_autoescape(["html"]))
)

RULE_TEXT = {
    PasswordRule.MIN_LENGTH: "At least 8 characters",
    PasswordRule.UPPERCASE: "At least one uppercase letter",
    PasswordRule.DIGIT: "At least one digit",
    PasswordRule.SPECIAL: "At least one special character, such as ! § $ % & ?",
}
TOO_COMMON = "This is one of the most common passwords. Please choose one that is harder to guess."

#: Why a link cannot be used → (HTTP status, heading, what to do next).
LINK_PROBLEMS = {
    "unknown": (
        404,
        "This link is not valid",
        "Check that you opened the whole link from your e-mail, or scan the code on the kiosk screen again.",
    ),
    "used": (
        410,
        "This link has already been used",
        "Your ID is ready. Sign in with your e-mail address and the password you chose.",
    ),
    "completed": (
        410,
        "You are already registered",
        "Your ID is ready. Sign in with your e-mail address and the password you chose.",
    ),
    "replaced": (
        410,
        "This code has been replaced",
        "A newer code is on the kiosk screen. Scan that one, or use the link in your e-mail.",
    ),
    "cancelled": (
        410,
        "This invitation was withdrawn",
        "Please ask the Porsche Center for a new invitation.",
    ),
    "expired": (
        410,
        "This link has expired",
        "Ask the Porsche Center for a new invitation, or scan the code on the kiosk screen again.",
    ),
}


def _page(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    settings = request.app.state.settings
    response = templates.TemplateResponse(
        request, template, {"brand": settings.brand_name, **context}, status_code=status
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _link_problem(request: Request, reason: str) -> HTMLResponse:
    status, heading, advice = LINK_PROBLEMS[reason]
    return _page(request, "phone_link_problem.html", status, heading=heading, advice=advice)


def _needs_code(link: LinkToken) -> bool:
    """A QR link proves nothing about the mailbox: the e-mailed code does."""
    return link.kind == "qr" and link.invitation.email_verified_at is None


def _code_form(
    request: Request,
    link: LinkToken,
    status: int = 200,
    error: str | None = None,
    notice: str | None = None,
    dead: bool = False,
) -> HTMLResponse:
    return _page(
        request,
        "phone_code.html",
        status,
        name=link.invitation.first_name,
        masked_email=mask_email(link.invitation.email),
        match_code=link.match_code,
        error=error,
        notice=notice,
        dead=dead,
        lang="en",
    )


def _form(request: Request, link: LinkToken, status: int = 200, errors: list[str] | None = None) -> HTMLResponse:
    invitation = link.invitation
    if _needs_code(link):
        return _code_form(request, link, status)
    return _page(
        request,
        "phone_register.html",
        status,
        match_code=link.match_code,
        name=f"{invitation.first_name} {invitation.last_name}",
        email=invitation.email,
        dealer=invitation.dealer.name,
        rules=list(RULE_TEXT.values()),
        errors=errors or [],
        # The pages speak English until they are translated; lang must say what the text is.
        lang="en",
    )


def _form_problems(password: str, repeat: str, accepted_terms: bool) -> list[str]:
    """Everything wrong with a submitted form at once, so the customer fixes it in one go."""
    check = check_password(password)
    problems = [
        TOO_COMMON if rule is PasswordRule.NOT_COMMON else f"Password: {RULE_TEXT[rule].lower()}."
        for rule in check.failed
    ]
    if check.too_long:
        problems.append("The password is too long.")
    if password != repeat:
        problems.append("The two passwords are not the same.")
    if not accepted_terms:
        problems.append("Please accept the terms of use to continue.")
    return problems


router = APIRouter()


@router.get("/r/{token}", response_class=HTMLResponse)
def show_registration(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    try:
        link = services.usable_link(session, token)
    except services.LinkUnusable as problem:
        return _link_problem(request, problem.reason)
    if link.kind == "qr":
        # A QR link is opened by the customer's phone. An e-mailed link may be fetched by a mail
        # scanner, so it counts as opened only when the form comes back (below).
        services.mark_opened(session, link)
    return _form(request, link)


@router.post("/r/{token}", response_class=HTMLResponse)
def complete_registration(
    token: str,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    step: Annotated[str, Form()] = "password",
    code: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    password_repeat: Annotated[str, Form()] = "",
    accept_terms: Annotated[str, Form()] = "",
) -> HTMLResponse:
    try:
        link = services.usable_link(session, token)
    except services.LinkUnusable as problem:
        return _link_problem(request, problem.reason)
    services.mark_opened(session, link)
    if step == "code":
        return _check_code(request, session, link, code)
    if _needs_code(link):
        return _code_form(request, link, 409)
    problems = _form_problems(password, password_repeat, bool(accept_terms))
    if problems:
        return _form(request, link, 422, problems)
    try:
        # The service checks the rules again: it is the authority, the form only explains.
        account = services.complete_with_link(session, token, password, accept_terms=True)
    except services.AccountExists:
        return _page(
            request,
            "phone_link_problem.html",
            409,
            heading=f"This e-mail already has a {settings.brand_name}",
            advice="Sign in with it, or reset your password if you have forgotten it.",
        )
    except services.LinkUnusable as problem:
        return _link_problem(request, problem.reason)
    return _page(request, "phone_done.html", name=account.first_name, email=account.email)


def _check_code(request: Request, session: Session, link: LinkToken, code: str) -> HTMLResponse:
    if not re.fullmatch(CODE_PATTERN, code):
        return _code_form(request, link, 422, error="Please enter the 6 digits from the e-mail.")
    try:
        services.verify_code(session, link.invitation, code)
    except services.CodeWrong as wrong:
        return _code_form(
            request, link, 422, error=f"That code is not right. You can try {wrong.attempts_left} more times."
        )
    except services.CodeDead:
        return _code_form(
            request, link, 410, error="This code can no longer be used. Ask for a new one below.", dead=True
        )
    except services.ServiceError:
        return _link_problem(request, "expired")
    session.refresh(link)
    return _form(request, link)


@router.post("/r/{token}/new-code", response_class=HTMLResponse)
def send_new_code(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    """The customer asks for a new e-mail with a new code (and link)."""
    try:
        link = services.usable_link(session, token)
        services.request_resend(session, link.invitation)
    except services.LinkUnusable as problem:
        return _link_problem(request, problem.reason)
    except services.RateLimited as limited:
        minutes = max(1, math.ceil(limited.retry_after.total_seconds() / 60))
        response = _code_form(
            request, link, 429, error=f"Several codes were sent already. Please try again in {minutes} minutes."
        )
        response.headers["Retry-After"] = str(math.ceil(limited.retry_after.total_seconds()))
        return response
    request.app.state.mail_sender.wake()
    return _code_form(
        request, link, notice=f"We sent a new code to {mask_email(link.invitation.email)}. It replaces the old one."
    )
