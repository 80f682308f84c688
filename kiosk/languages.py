"""The languages a showroom serves its customers in."""

from enum import StrEnum


class Language(StrEnum):
    """A customer-facing language, as an ISO 639-1 code (the value sent on the wire)."""

    SV = "sv"
    NL = "nl"
    DE = "de"
    EN = "en"

    @property
    def endonym(self) -> str:
        """The language's name in itself: a Swedish buyer looks for "Svenska", not "Swedish"."""
        return _ENDONYMS[self]


#: Every supported language's code, to test a code from outside (a browser, a file, a flag).
CODES = frozenset(language.value for language in Language)

_ENDONYMS = {
    Language.SV: "Svenska",
    Language.NL: "Nederlands",
    Language.DE: "Deutsch",
    Language.EN: "English",
}
