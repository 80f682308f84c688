"""The languages of the backend's e-mails and pages.

Catalogues are gettext ``.po`` files in ``backend/locales/<lang>/LC_MESSAGES/messages.po``, read
and compiled in memory at first use (so there is no build output to go stale). English is the
source language. Templates get their ``gettext`` per render, never installed on the shared
environment, so concurrent requests in different languages cannot mix.
"""

import io
import logging
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from kiosk.languages import CODES, Language

log = logging.getLogger("backend.i18n")

SOURCE = Language.EN


def N_(message: str) -> str:
    """Marks a string for extraction where it is defined; it is translated where it is shown."""
    return message


@cache
def translations(language: str) -> NullTranslations:
    if language == SOURCE.value:
        return NullTranslations()
    po = files("backend") / "locales" / language / "LC_MESSAGES" / "messages.po"
    try:
        with po.open("rb") as source:
            catalog = read_po(source, locale=language)
    except FileNotFoundError:
        log.error("no translations for %s; using English", language)
        return NullTranslations()
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


def language_or_default(code: str | None) -> str:
    return code if code in CODES else SOURCE.value


def from_accept_language(header: str | None) -> str:
    """The first supported language the browser asks for (``sv-SE,sv;q=0.9,en;q=0.8`` → ``sv``)."""
    ranked = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.split("-")[0].lower()))
    for _, _, code in sorted(ranked):
        if code in CODES:
            return code
    return SOURCE.value


def template_functions(language: str) -> dict[str, Callable[..., Any]]:
    """``gettext``/``ngettext``/``_`` for one render, in Jinja's "new style" (``%(name)s`` fields)."""
    t = translations(language)

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> str:
        text = t.gettext(message)
        if context.eval_ctx.autoescape:
            text = Markup(text)  # then % escapes each variable
        return text % variables if variables else text

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, num: int, **variables: Any) -> str:
        variables.setdefault("num", num)
        text = t.ngettext(singular, plural, num)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return {"gettext": gettext, "ngettext": ngettext, "_": gettext}


def template_environment() -> Environment:
    """The Jinja environment for mails and pages: escaping for .html, gettext per render."""
    environment = Environment(
        loader=PackageLoader("backend", "templates"),
        autoescape=select_autoescape(["html"]),  # .txt mail parts are plain text
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Added by the i18n extension; the real translations come with each render.
    environment.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    return environment
