"""The pages a customer's phone opens from the QR code or the e-mailed link.

Plain HTML forms that work without JavaScript. ``GET`` only shows the form (mail scanners
pre-fetch links, so a ``GET`` must never use one up); ``POST`` completes the registration.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from backend import services
from backend.deps import SessionDep, SettingsDep
from backend.models import LinkToken
from kiosk.password_policy import PasswordRule, check_password

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


def _form(request: Request, link: LinkToken, status: int = 200, errors: list[str] | None = None) -> HTMLResponse:
    invitation = link.invitation
    return _page(
        request,
        "phone_register.html",
        status,
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
    password: Annotated[str, Form()] = "",
    password_repeat: Annotated[str, Form()] = "",
    accept_terms: Annotated[str, Form()] = "",
) -> HTMLResponse:
    try:
        link = services.usable_link(session, token)
    except services.LinkUnusable as problem:
        return _link_problem(request, problem.reason)
    services.mark_opened(session, link)
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
