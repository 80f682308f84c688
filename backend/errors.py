"""How requests that never reach a handler are answered: malformed, unknown path, wrong method.

The kiosk API answers with an :class:`~kiosk.wire.ErrorBody` like all its other refusals, so the
kiosk has one kind of error to read; everywhere else (the phone and account pages) a person is
reading, so they get a short page in their browser's language.
"""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from backend import pages
from backend.i18n import N_
from kiosk.buyer import BuyerFieldError, FieldError
from kiosk.wire import API_PREFIX, ERROR_STATUS, ErrorBody, ErrorCode

_API_CODES = {400: ErrorCode.MALFORMED_REQUEST, 404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}

_PAGE_TEXT = {
    404: (N_("This page does not exist"), N_("Check the address, or open the link from your e-mail again.")),
}
_UNREADABLE = (N_("This request could not be read"), N_("Please go back and try again."))


def _field_code(error: dict[str, Any]) -> str:
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, BuyerFieldError):
        return cause.code.value
    if error.get("type") == "missing":
        return FieldError.REQUIRED.value
    if error.get("type") == "string_too_long":
        return FieldError.TOO_LONG.value
    return "invalid"


def _allowed_methods(request: Request, first_route: str) -> str:
    """Every method served at this path. Starlette names only those of the first route that matched
    the path; the published schema knows them all (HEAD comes with GET)."""
    methods = {method.strip() for method in first_route.split(",") if method.strip()}
    for template, operations in request.app.openapi()["paths"].items():
        if compile_path(template)[0].match(request.url.path):
            methods |= {method.upper() for method in operations}
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        if not _is_api(request):
            return pages.problem_page(request, 422, *_UNREADABLE)
        if any(item.get("type") == "json_invalid" for item in error.errors()):
            body = ErrorBody(error=ErrorCode.MALFORMED_REQUEST)
            return JSONResponse(body.model_dump(mode="json"), status_code=ERROR_STATUS[body.error])
        fields = {}
        for item in error.errors():
            location = [str(part) for part in item.get("loc", ()) if part != "body"]
            fields[".".join(location) or "body"] = _field_code(item)
        body = ErrorBody(error=ErrorCode.VALIDATION_FAILED, fields=fields)
        return JSONResponse(body.model_dump(mode="json"), status_code=ERROR_STATUS[body.error])

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException) -> Response:
        headers = dict(error.headers or {})
        if error.status_code == 405:
            headers["Allow"] = _allowed_methods(request, headers.get("Allow", ""))
        if _is_api(request):
            code = _API_CODES.get(error.status_code, ErrorCode.MALFORMED_REQUEST)
            body = ErrorBody(error=code).model_dump(mode="json")
            return JSONResponse(body, status_code=error.status_code, headers=headers)
        response = pages.problem_page(request, error.status_code, *_PAGE_TEXT.get(error.status_code, _UNREADABLE))
        response.headers.update(headers)
        return response
