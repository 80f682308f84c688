"""Logging for the backend process: secrets in request paths never reach a log line."""

import logging
import re

#: A phone link's path carries its token; the access log keeps only that a link was used.
_TOKEN_PATH = re.compile(r"/r/[^/?\s\"]+")


class RedactTokens(logging.Filter):
    """Replaces link tokens in uvicorn's access-log arguments with an ellipsis."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_TOKEN_PATH.sub("/r/…", arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def configure() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("uvicorn.access").addFilter(RedactTokens())
