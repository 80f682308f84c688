"""The base of every pydantic model the kiosk and the backend share: one that keeps no copies.

These models carry customers' names and e-mail addresses. After a wipe (on the kiosk) or a request
(on the server) nothing may hold on to them, yet pydantic-core does, in two ways it offers as
conveniences, so neither is used here:

- Parsing JSON, it keeps up to 16,384 of the string *values* it read in a process-wide cache
  (``cache_strings="all"``, the default). :class:`Model` caches keys only: the field names.
- ``str_strip_whitespace`` (and ``StringConstraints(strip_whitespace=True)``) leaks every string it
  strips in pydantic-core 2.50: one copy per validation, never freed (measured with tracemalloc:
  the kiosk kept one more string for every customer it served). Fields strip with :data:`Stripped`
  instead, a plain Python validator.

``tests/kiosk/test_models.py`` measures both, so a pydantic upgrade that changes either is seen.
"""

from pydantic import BaseModel, BeforeValidator, ConfigDict


def _stripped(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


#: Put in a field's ``Annotated[...]``: leading and trailing white space off, before any other rule.
Stripped = BeforeValidator(_stripped)


class Model(BaseModel):
    """A pydantic model that keeps nothing of the values it validated once the instance is gone."""

    model_config = ConfigDict(cache_strings="keys")
