"""Sentences for the core's codes, in the kiosk's current language.

The core reports *what* went wrong as codes; this module is the only place that says it to
people. Each function looks its text up when called, so a language switch shows at once.
"""

import sqlite3

from PySide6.QtCore import QCoreApplication

from kiosk.api_client import ApiError, BackendUnreachable, Refused
from kiosk.buyer import FieldError
from kiosk.password_policy import PasswordRule
from kiosk.wire import ErrorCode


# Written out in full each time (not wrapped in a helper) because lupdate only recognises
# literal QCoreApplication.translate("Context", "text") calls.
def field_error(code: FieldError | str, field: str, example_phone: str = "+46 70 123 45 67") -> str:
    if code == FieldError.REQUIRED:
        return {
            "first_name": QCoreApplication.translate("Messages", "Please enter the first name."),
            "last_name": QCoreApplication.translate("Messages", "Please enter the last name."),
            "email": QCoreApplication.translate("Messages", "Please enter the e-mail address."),
        }.get(field, QCoreApplication.translate("Messages", "This field is required."))
    if code == FieldError.TOO_LONG:
        return QCoreApplication.translate("Messages", "This is too long.")
    if code == FieldError.INVALID_CHARACTERS:
        return QCoreApplication.translate(
            "Messages", "Please use letters only (spaces, hyphens and apostrophes are fine)."
        )
    if code == FieldError.PHONE_INVALID:
        return QCoreApplication.translate("Messages", "This is not a mobile number we can use, e.g. %1.").replace(
            "%1", example_phone
        )
    if code == FieldError.VIN_INVALID:
        return QCoreApplication.translate("Messages", "A VIN has 17 letters and digits (never I, O or Q).")
    if code == FieldError.COMMISSION_NUMBER_INVALID:
        return QCoreApplication.translate("Messages", "Please use letters and digits only.")
    if code == FieldError.EMAIL_INVALID:
        return QCoreApplication.translate("Messages", "This is not a valid e-mail address, e.g. name@example.com.")
    return QCoreApplication.translate("Messages", "Please check this field.")


def password_rule(rule: PasswordRule) -> str:
    return {
        PasswordRule.MIN_LENGTH: QCoreApplication.translate("Messages", "At least 8 characters"),
        PasswordRule.UPPERCASE: QCoreApplication.translate("Messages", "At least one uppercase letter"),
        PasswordRule.DIGIT: QCoreApplication.translate("Messages", "At least one digit"),
        PasswordRule.SPECIAL: QCoreApplication.translate(
            "Messages", "At least one special character (e.g. ! § $ % & ?)"
        ),
        PasswordRule.NOT_COMMON: QCoreApplication.translate(
            "Messages", "This is one of the most common passwords. Please choose one that is harder to guess."
        ),
    }[rule]


def saved_for_later() -> str:
    return QCoreApplication.translate(
        "Messages",
        "Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as "
        "the connection is back.",
    )


def correction_saved() -> str:
    return QCoreApplication.translate(
        "Messages",
        "Saved, not sent yet: the server cannot be reached. The invitation goes to the corrected address "
        "as soon as the connection is back.",
    )


def new_code_saved() -> str:
    return QCoreApplication.translate(
        "Messages",
        "The server cannot be reached right now. A new code will be e-mailed as soon as the connection is back.",
    )


def cannot_finish_offline() -> str:
    return QCoreApplication.translate(
        "Messages",
        "The server cannot be reached right now, so the registration cannot be finished here. Nothing was "
        "saved. Please try again in a moment, scan the QR code with your phone, or finish later with the "
        "link in the e-mail.",
    )


def api_error(error: Exception) -> str:
    """What to tell the person in front of the kiosk when a request did not go through."""
    if isinstance(error, OSError | sqlite3.Error):
        return QCoreApplication.translate(
            "Messages", "This kiosk could not save the details. Nothing was sent; please call your administrator."
        )
    if isinstance(error, BackendUnreachable):
        return QCoreApplication.translate(
            "Messages", "The kiosk cannot reach the server right now. Nothing was sent; please try again."
        )
    if isinstance(error, Refused) and error.code is ErrorCode.CODE_WRONG:
        return QCoreApplication.translate("Messages", "That code is not right. Tries left: %1.").replace(
            "%1", str(error.body.attempts_left)
        )
    if isinstance(error, Refused) and error.code is ErrorCode.RATE_LIMITED:
        minutes = max(1, -(-(error.body.retry_after_seconds or 60) // 60))
        return QCoreApplication.translate(
            "Messages", "Several codes were sent already. Please try again in %1 minutes."
        ).replace("%1", str(minutes))
    if isinstance(error, Refused):
        return {
            ErrorCode.CODE_DEAD: QCoreApplication.translate(
                "Messages", "This code can no longer be used. Please ask for a new one."
            ),
            ErrorCode.EMAIL_NOT_VERIFIED: QCoreApplication.translate(
                "Messages", "Please enter the code from the e-mail first."
            ),
            ErrorCode.ACCOUNT_EXISTS: QCoreApplication.translate(
                "Messages", "This e-mail address already has an ID. Please sign in with it."
            ),
            ErrorCode.ALREADY_COMPLETED: QCoreApplication.translate(
                "Messages", "This registration is already complete."
            ),
            ErrorCode.INVITATION_CLOSED: QCoreApplication.translate(
                "Messages", "This invitation has expired or was withdrawn. Please send a new one."
            ),
            ErrorCode.TERMS_NOT_ACCEPTED: QCoreApplication.translate(
                "Messages", "Please accept the terms of use to continue."
            ),
            ErrorCode.PASSWORD_POLICY: QCoreApplication.translate(
                "Messages", "The password does not meet all the rules listed."
            ),
            ErrorCode.VALIDATION_FAILED: QCoreApplication.translate(
                "Messages", "Some details were not accepted. Please check the form."
            ),
            ErrorCode.UNAUTHORIZED: QCoreApplication.translate(
                "Messages", "This kiosk is not enrolled. Please call your administrator."
            ),
            ErrorCode.NOT_FOUND: QCoreApplication.translate(
                "Messages", "The server does not know this invitation. Please start again."
            ),
            ErrorCode.SALESPERSON_UNKNOWN: QCoreApplication.translate(
                "Messages", "You can no longer act at this showroom. Nothing was sent; please ask your administrator."
            ),
        }.get(error.code, QCoreApplication.translate("Messages", "The server refused the request."))
    if isinstance(error, ApiError):
        return QCoreApplication.translate("Messages", "The server had a problem. Please try again in a moment.")
    return QCoreApplication.translate("Messages", "Something went wrong. Please try again.")
