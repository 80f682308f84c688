"""The pages a customer's phone opens from the QR code or the e-mailed link.

Plain HTML forms that work without JavaScript, in the invitation's language. ``GET`` only shows
the form (mail scanners pre-fetch links, so a ``GET`` must never use one up); ``POST`` enters the
code or completes the registration.
"""

import math
import re
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from backend import guards, i18n, pages, services
from backend.deps import SessionDep, SettingsDep
from backend.i18n import N_
from backend.models import LinkToken
from kiosk.buyer import MarketingChannel, offered_channels
from kiosk.masking import mask_email
from kiosk.password_policy import CHECKLIST_RULES
from kiosk.wire import CODE_PATTERN


def _language(link: LinkToken) -> str:
    return i18n.language_or_default(link.invitation.language)


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
    return pages.page(
        request,
        "phone_code.html",
        _language(link),
        status,
        name=link.invitation.first_name,
        masked_email=mask_email(link.invitation.email),
        match_code=link.match_code,
        error=error,
        notice=notice,
        dead=dead,
    )


#: How the phone page names each channel (marked for translation; translated per page).
CHANNEL_TEXT = {
    MarketingChannel.EMAIL: N_("E-mail"),
    MarketingChannel.SMS: N_("Text message"),
    MarketingChannel.PHONE: N_("Phone call"),
    MarketingChannel.POST: N_("Post"),
}


def _form(
    request: Request,
    link: LinkToken,
    status: int = 200,
    errors: list[str] | None = None,
    marketing: frozenset[MarketingChannel] | None = None,
) -> HTMLResponse:
    """The password form; ``marketing``: the choices the customer just sent (kept when the form comes back)."""
    if _needs_code(link):
        return _code_form(request, link, status)
    invitation = link.invitation
    t = i18n.translations(_language(link))
    chosen = marketing if marketing is not None else {MarketingChannel(code) for code in invitation.marketing_opt_in}
    return pages.page(
        request,
        "phone_register.html",
        _language(link),
        status,
        match_code=link.match_code,
        name=f"{invitation.first_name} {invitation.last_name}",
        email=invitation.email,
        dealer=invitation.dealer.name,
        rules=[t.gettext(pages.RULE_TEXT[rule]) for rule in CHECKLIST_RULES],
        errors=errors or [],
        channels=[
            {"value": channel.value, "label": t.gettext(CHANNEL_TEXT[channel]), "checked": channel in chosen}
            for channel in offered_channels(invitation.walk_in)
        ],
    )


def _marketing(offered: str, values: list[MarketingChannel], walk_in: bool) -> frozenset[MarketingChannel] | None:
    """The customer's choice from the form: None if the form did not ask (a page from before it did);
    a channel the form did not offer (which it never sends) is left out."""
    if not offered:
        return None
    return frozenset(values) & frozenset(offered_channels(walk_in))


def _form_problems(language: str, password: str, repeat: str, accepted_terms: bool) -> list[str]:
    """Everything wrong with a submitted form at once, so the customer fixes it in one go."""
    problems = pages.password_problems(language, password, repeat)
    if not accepted_terms:
        problems.append(i18n.translations(language).gettext("Please accept the terms of use to continue."))
    return problems


#: Pages for people: HTML, and every one may answer "not right" (422) or "too many" (429).
router = APIRouter(default_response_class=HTMLResponse, responses=pages.documented(422, 429))
_views = Depends(guards.per_client("phone_view", guards.PAGE_VIEWS))
_posts = Depends(guards.per_client("phone_post", guards.FORM_POSTS))


@router.get("/r/{token}", dependencies=[_views], responses=pages.documented(404, 410))
def show_registration(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    try:
        link = services.usable_link(session, token)
    except services.LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    if link.kind == "qr":
        # A QR link is opened by the customer's phone. An e-mailed link may be fetched by a mail
        # scanner, so it counts as opened only when the form comes back (below).
        services.mark_opened(session, link)
    return _form(request, link)


@router.post(
    "/r/{token}",
    dependencies=[_posts],
    responses=pages.documented(403, 404, 409, 410),
)
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
    marketing_offered: Annotated[str, Form()] = "",
    marketing: Annotated[list[MarketingChannel] | None, Form()] = None,
) -> HTMLResponse:
    try:
        link = services.usable_link(session, token)
    except services.LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    services.mark_opened(session, link)
    if step == "code":
        return _check_code(request, session, link, code)
    if _needs_code(link):
        return _code_form(request, link, 409)
    language = _language(link)
    choice = _marketing(marketing_offered, marketing or [], link.invitation.walk_in)
    problems = _form_problems(language, password, password_repeat, bool(accept_terms))
    if problems:
        return _form(request, link, 422, problems, marketing=choice)
    t = i18n.translations(language)
    try:
        # The service checks the rules again: it is the authority, the form only explains.
        account = services.complete_with_link(session, token, password, accept_terms=True, marketing=choice)
    except services.AccountExists:
        return pages.page(
            request,
            "phone_link_problem.html",
            language,
            409,
            heading=t.gettext("This e-mail already has a %(brand)s") % {"brand": settings.brand_name},
            advice=t.gettext("Sign in with it, or reset your password if you have forgotten it."),
        )
    except services.LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    return pages.page(request, "phone_done.html", language, name=account.first_name, email=account.email)


def _check_code(request: Request, session: Session, link: LinkToken, code: str) -> HTMLResponse:
    t = i18n.translations(_language(link))
    if not re.fullmatch(CODE_PATTERN, code):
        return _code_form(request, link, 422, error=t.gettext("Please enter the 6 digits from the e-mail."))
    try:
        services.verify_code(session, link.invitation, code)
    except services.CodeWrong as wrong:
        error = t.ngettext(
            "That code is not right. You can try %(num)d more time.",
            "That code is not right. You can try %(num)d more times.",
            wrong.attempts_left,
        ) % {"num": wrong.attempts_left}
        return _code_form(request, link, 422, error=error)
    except services.CodeDead:
        error = t.gettext("This code can no longer be used. Ask for a new one below.")
        return _code_form(request, link, 410, error=error, dead=True)
    except services.ServiceError:
        return pages.link_problem(request, "expired")
    session.refresh(link)
    return _form(request, link)


@router.post(
    "/r/{token}/new-code",
    dependencies=[_posts],
    responses=pages.documented(403, 404, 410),
)
def send_new_code(token: str, request: Request, session: SessionDep) -> HTMLResponse:
    """The customer asks for a new e-mail with a new code (and link)."""
    try:
        link = services.usable_link(session, token)
        services.request_resend(session, link.invitation)
    except services.LinkUnusable as problem:
        return pages.link_problem(request, problem.reason)
    except services.RateLimited as limited:
        t = i18n.translations(_language(link))
        minutes = max(1, math.ceil(limited.retry_after.total_seconds() / 60))
        error = t.ngettext(
            "Several codes were sent already. Please try again in %(num)d minute.",
            "Several codes were sent already. Please try again in %(num)d minutes.",
            minutes,
        ) % {"num": minutes}
        response = _code_form(request, link, 429, error=error)
        response.headers["Retry-After"] = str(math.ceil(limited.retry_after.total_seconds()))
        return response
    request.app.state.mail_sender.wake()
    t = i18n.translations(_language(link))
    notice = t.gettext("We sent a new code to %(email)s. It replaces the old one.") % {
        "email": mask_email(link.invitation.email)
    }
    return _code_form(request, link, notice=notice)
