"""Outgoing e-mail over SMTP."""

import logging
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from jinja2 import Environment, PackageLoader, StrictUndefined

from backend.settings import BackendSettings
from kiosk.buyer import mask_email

log = logging.getLogger("backend.mail")

_templates = Environment(
    loader=PackageLoader("backend", "templates"),
    autoescape=False,  # plain-text mail; the HTML pages use their own escaping environment
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)


class Mailer:
    def __init__(self, settings: BackendSettings) -> None:
        self._settings = settings

    def send_invitation(self, *, to: str, first_name: str, dealer_name: str, link: str, language: str) -> None:
        """Send the registration link. Raises on SMTP failure so the caller can record it."""
        brand = self._settings.brand_name
        self._send(
            to,
            f"Create your {brand}",
            "invitation_mail.txt",
            language,
            first_name=first_name,
            dealer_name=dealer_name,
            link=link,
            days=self._settings.email_link_ttl.days,
        )

    def send_existing_account(self, *, to: str, first_name: str, dealer_name: str, link: str, language: str) -> None:
        """Tell a customer who already has an ID that the dealer linked their vehicle to it."""
        self._send(
            to,
            f"Your {self._settings.brand_name} at {dealer_name}",
            "existing_account_mail.txt",
            language,
            first_name=first_name,
            dealer_name=dealer_name,
            email=to,
        )

    def _send(self, to: str, subject: str, template: str, language: str, **context: object) -> None:
        message = EmailMessage()
        message["From"] = self._settings.mail_from
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain="id.example.com")
        message["Content-Language"] = language
        message.set_content(_templates.get_template(template).render(brand=self._settings.brand_name, **context))
        with smtplib.SMTP(self._settings.smtp_host, self._settings.smtp_port, timeout=15) as smtp:
            smtp.send_message(message)
        log.info("%s sent to %s", template.removesuffix(".txt").replace("_", " "), mask_email(to))
