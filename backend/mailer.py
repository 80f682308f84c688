"""Outgoing e-mail: composing messages and handing them to the SMTP server.

Delivery failures are sorted into permanent (the server refused the recipient with a 5xx: the
address is wrong, retrying cannot help) and transient (everything else: the server is down,
busy, or answered 4xx), because the outbox treats them differently.
"""

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from backend import i18n
from backend.settings import BackendSettings
from kiosk.masking import mask_email

log = logging.getLogger("backend.mail")

_templates = i18n.template_environment()


class MailDeliveryError(Exception):
    def __init__(self, reason: str, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Mailer:
    def __init__(self, settings: BackendSettings) -> None:
        self._settings = settings

    # -- composing ---------------------------------------------------------------------------

    def invitation(
        self, *, to: str, first_name: str, dealer_name: str, link: str, code: str, language: str
    ) -> EmailMessage:
        """The registration link, and the code for finishing at the kiosk or by QR."""
        t = i18n.translations(i18n.language_or_default(language))
        return self._compose(
            to,
            t.gettext("Create your %(brand)s") % {"brand": self._settings.brand_name},
            "invitation_mail",
            language,
            first_name=first_name,
            dealer_name=dealer_name,
            link=link,
            code=f"{code[:3]} {code[3:]}",
            days=self._settings.email_link_ttl.days,
        )

    def existing_account(self, *, to: str, first_name: str, dealer_name: str, language: str) -> EmailMessage:
        """Tells a customer who already has an ID that no new one is needed."""
        t = i18n.translations(i18n.language_or_default(language))
        return self._compose(
            to,
            t.gettext("Your %(brand)s at %(dealer)s") % {"brand": self._settings.brand_name, "dealer": dealer_name},
            "existing_account_mail",
            language,
            first_name=first_name,
            dealer_name=dealer_name,
            email=to,
        )

    def walk_in_existing_account(
        self, *, to: str, first_name: str, dealer_name: str, link: str, language: str
    ) -> EmailMessage:
        """To the owner of an ID whose address a walk-in typed at a kiosk: you have one, sign in like this.

        The kiosk was answered as for any new registration (it must not reveal who has an ID), so
        this mail is the only place that says so. ``link`` leads to the forgotten-password page.
        """
        t = i18n.translations(i18n.language_or_default(language))
        return self._compose(
            to,
            t.gettext("You already have a %(brand)s") % {"brand": self._settings.brand_name},
            "walk_in_existing_account_mail",
            language,
            first_name=first_name,
            dealer_name=dealer_name,
            email=to,
            link=link,
        )

    def account_link(self, *, kind: str, to: str, first_name: str, link: str, language: str) -> EmailMessage:
        """A one-time link to set a new password (``password_reset``) or to sign in (``sign_in``)."""
        t = i18n.translations(i18n.language_or_default(language))
        brand = self._settings.brand_name
        if kind == "password_reset":
            subject = t.gettext("Set a new password for your %(brand)s") % {"brand": brand}
        else:
            subject = t.gettext("Sign in to your %(brand)s") % {"brand": brand}
        minutes = int(self._settings.account_link_ttl.total_seconds() // 60)
        return self._compose(to, subject, f"{kind}_mail", language, first_name=first_name, link=link, minutes=minutes)

    def _compose(self, to: str, subject: str, template: str, language: str, **context: object) -> EmailMessage:
        """Plain text and HTML, from the same translated sentences."""
        language = i18n.language_or_default(language)
        values = {"brand": self._settings.brand_name, "lang": language, **i18n.template_functions(language), **context}
        message = EmailMessage()
        message["From"] = self._settings.mail_from
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain="id.example.com")
        message.set_content(_templates.get_template(f"{template}.txt").render(values))
        message.add_alternative(_templates.get_template(f"{template}.html").render(values), subtype="html")
        message["Content-Language"] = language  # after set_content, which clears Content-* headers
        return message

    # -- delivering --------------------------------------------------------------------------

    def deliver(self, message: EmailMessage) -> None:
        """Hand ``message`` to the SMTP server, or raise :class:`MailDeliveryError`."""
        settings = self._settings
        to = str(message["To"])
        try:
            with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout) as smtp:
                if settings.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if settings.smtp_username:
                    smtp.login(settings.smtp_username, settings.smtp_password or "")
                smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as refused:
            codes = [code for code, _ in refused.recipients.values()]
            permanent = all(500 <= code < 600 for code in codes)
            raise MailDeliveryError(f"recipient refused {codes}", permanent) from None
        except smtplib.SMTPResponseException as error:
            # Our sender or message refused, or the server busy: not the recipient's fault.
            raise MailDeliveryError(f"SMTP {error.smtp_code}", permanent=False) from None
        except (OSError, smtplib.SMTPException) as error:
            raise MailDeliveryError(type(error).__name__, permanent=False) from None
        log.info("%s sent to %s", message["Subject"], mask_email(to))
