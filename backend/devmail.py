"""A local SMTP sink for the demo and the tests: real SMTP in, messages kept and shown.

Never used in production, where the backend talks to the manufacturer's mail relay.
"""

import email
import email.policy
import logging
import socket
import threading
from collections import Counter
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger("backend.devmail")
# aiosmtpd logs every connection at INFO, including its own start-up probe: noise in a demo.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class _Handler:
    def __init__(self, sink: "MailSink") -> None:
        self._sink = sink

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        answer = self._sink.answer_recipient(address)
        if answer is None:
            envelope.rcpt_tos.append(address)
            return "250 OK"
        return answer

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
        message = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self._sink.receive(list(envelope.rcpt_tos), message, content)
        return "250 Message accepted"


class MailSink:
    """Receives mail on ``host:port``; keeps it in memory, optionally writes ``.eml`` files."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, folder: Path | None = None, echo: bool = False):
        self._folder = folder
        self._echo = echo
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.messages: list[tuple[list[str], EmailMessage]] = []
        #: Rules that answer RCPT like a real server would ("550 5.1.1 …" refuses for good,
        #: "451 4.3.0 …" asks to try later); a rule returns None to let the address through.
        self.recipient_rules: list[Callable[[str], str | None]] = []
        self.recipient_attempts: Counter[str] = Counter()
        # aiosmtpd checks its start by connecting to the configured port, so "any port" (0)
        # must be resolved to a concrete free one first.
        self.port = port or _free_port(host)
        self._controller = Controller(_Handler(self), hostname=host, port=self.port)

    def start(self) -> "MailSink":
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def answer_recipient(self, address: str) -> str | None:
        with self._lock:
            self.recipient_attempts[address] += 1
            rules = list(self.recipient_rules)
        for rule in rules:
            answer = rule(address)
            if answer is not None:
                return answer
        return None

    def receive(self, recipients: list[str], message: EmailMessage, raw: bytes) -> None:
        with self._arrived:
            self.messages.append((recipients, message))
            count = len(self.messages)
            self._arrived.notify_all()
        if self._folder is not None:
            self._folder.mkdir(parents=True, exist_ok=True)
            (self._folder / f"{count:04d}.eml").write_bytes(raw)
        if self._echo:
            body = message.get_body(("plain",))
            text = body.get_content() if body is not None else ""
            print(f"\n--- mail to {', '.join(recipients)}: {message['Subject']}\n{text}---", flush=True)

    def wait_for(self, count: int, timeout: float) -> list[tuple[list[str], EmailMessage]]:
        """Wait until at least ``count`` messages arrived (or the time is up); return them all."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.messages) >= count, timeout)
            return list(self.messages)

    def wait_for_mail_to(self, address: str, timeout: float, count: int = 1) -> list[EmailMessage]:
        """Wait until ``count`` messages to ``address`` arrived (or the time is up); return all sent to it."""

        def to_address() -> list[EmailMessage]:
            return [message for recipients, message in self.messages if address in recipients]

        with self._arrived:
            self._arrived.wait_for(lambda: len(to_address()) >= count, timeout)
            return to_address()
