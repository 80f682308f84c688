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
        message = EmailMessage()
        message["From"] = self._settings.mail_from
        message["To"] = to
        message["Subject"] = f"Create your {self._settings.brand_name}"
        message["Message-ID"] = make_msgid(domain="id.example.com")
        message["Content-Language"] = language
        message.set_content(
            _templates.get_template("invitation_mail.txt").render(
                first_name=first_name,
                dealer_name=dealer_name,
                brand=self._settings.brand_name,
                link=link,
                days=self._settings.email_link_ttl.days,
            )
        )
        with smtplib.SMTP(self._settings.smtp_host, self._settings.smtp_port, timeout=15) as smtp:
            smtp.send_message(message)
        log.info("invitation mail sent to %s", mask_email(to))
