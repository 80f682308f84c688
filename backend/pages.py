"""What every public page shares: the template environment, the page frame, link problems and
the password rules as customers read them. Used by the phone pages, the account pages and the
guards that answer for them."""

import math
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from backend import i18n
from backend.i18n import N_
from kiosk.password_policy import PasswordRule, check_password

templates = Jinja2Templates(env=i18n.template_environment())

RULE_TEXT = {
    PasswordRule.MIN_LENGTH: N_("At least 8 characters"),
    PasswordRule.UPPERCASE: N_("At least one uppercase letter"),
    PasswordRule.DIGIT: N_("At least one digit"),
    PasswordRule.SPECIAL: N_("At least one special character, such as ! § $ % & ?"),
}
#: Whole sentences, one per broken rule (never a translated fragment glued to another).
RULE_PROBLEM = {
    PasswordRule.MIN_LENGTH: N_("The password needs at least 8 characters."),
    PasswordRule.UPPERCASE: N_("The password needs at least one uppercase letter."),
    PasswordRule.DIGIT: N_("The password needs at least one digit."),
    PasswordRule.SPECIAL: N_("The password needs at least one special character."),
    PasswordRule.NOT_COMMON: N_("This is one of the most common passwords. Please choose one that is harder to guess."),
}

#: Why a link cannot be used → (HTTP status, heading, what to do next).
LINK_PROBLEMS = {
    "unknown": (
        404,
        N_("This link is not valid"),
        N_("Check that you opened the whole link from your e-mail, or scan the code on the kiosk screen again."),
    ),
    "used": (
        410,
        N_("This link has already been used"),
        N_("Your ID is ready. Sign in with your e-mail address and the password you chose."),
    ),
    "completed": (
        410,
        N_("You are already registered"),
        N_("Your ID is ready. Sign in with your e-mail address and the password you chose."),
    ),
    "replaced": (
        410,
        N_("This code has been replaced"),
        N_("A newer code is on the kiosk screen. Scan that one, or use the link in your newest e-mail."),
    ),
    "cancelled": (
        410,
        N_("This invitation was withdrawn"),
        N_("Please ask the Porsche Center for a new invitation."),
    ),
    "expired": (
        410,
        N_("This link has expired"),
        N_("Ask the Porsche Center for a new invitation, or scan the code on the kiosk screen again."),
    ),
}


_STATUS_MEANING = {
    403: "A form posted from another site (refused before anything changes)",
    404: "The link is not valid",
    409: "The step cannot be taken yet, or the address already has an ID",
    410: "The link or code is used up, replaced, withdrawn or expired",
    422: "Something entered is not right; the page says what",
    429: "Too many requests; `Retry-After` says when to try again",
}


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for a page's answers other than 200: each a page in the reader's language."""
    html = {"text/html": {"schema": {"type": "string"}}}
    return {status: {"description": _STATUS_MEANING[status], "content": html} for status in statuses}


def page(request: Request, template: str, language: str, status: int = 200, **context: object) -> HTMLResponse:
    settings = request.app.state.settings
    response = templates.TemplateResponse(
        request,
        template,
        {"brand": settings.brand_name, "lang": language, **i18n.template_functions(language), **context},
        status_code=status,
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Language"] = language
    return response


def link_problem(request: Request, reason: str) -> HTMLResponse:
    # No invitation to take the language from: the browser's wish, else English.
    status, heading, advice = LINK_PROBLEMS[reason]
    return problem_page(request, status, heading, advice)


def password_problems(language: str, password: str, repeat: str) -> list[str]:
    """Every rule a new password breaks, and a mismatch, as whole translated sentences."""
    t = i18n.translations(language)
    check = check_password(password)
    problems = [t.gettext(RULE_PROBLEM[rule]) for rule in check.failed]
    if check.too_long:
        problems.append(t.gettext("The password is too long."))
    if password != repeat:
        problems.append(t.gettext("The two passwords are not the same."))
    return problems


def problem_page(request: Request, status: int, heading: str, advice: str = "") -> HTMLResponse:
    """A plain page saying what went wrong, in the browser's language (no invitation to go by)."""
    language = i18n.from_accept_language(request.headers.get("accept-language"))
    t = i18n.translations(language)
    return page(
        request,
        "phone_link_problem.html",
        language,
        status,
        heading=t.gettext(heading),
        advice=advice and t.gettext(advice),
    )


def too_many_requests(request: Request, retry_after_seconds: int) -> HTMLResponse:
    language = i18n.from_accept_language(request.headers.get("accept-language"))
    t = i18n.translations(language)
    minutes = max(1, math.ceil(retry_after_seconds / 60))
    advice = t.ngettext(
        "Too many requests. Please try again in %(num)d minute.",
        "Too many requests. Please try again in %(num)d minutes.",
        minutes,
    ) % {"num": minutes}
    return page(
        request, "phone_link_problem.html", language, 429, heading=t.gettext("Please wait a moment"), advice=advice
    )
