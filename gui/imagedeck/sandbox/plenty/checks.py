"""Request-body validation with Laravel-style messages, collected per field.

plentymarkets runs on Laravel, whose validator reports every broken field at once
("The position must be an integer."). Collecting instead of failing on the first error gives
clients the same complete `validation_errors` map to show.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from .errors import invalid


def _label(field: str) -> str:
    """'uploadFileName' -> 'upload file name', as Laravel names fields in messages."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", field).lower().replace("_", " ")


class Checks:
    """Validates one JSON object; `done()` raises the 422 if anything failed."""

    def __init__(self, body: Any) -> None:
        self.body: dict[str, Any] = body if isinstance(body, dict) else {}
        self.errors: dict[str, list[str]] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def present(self, field: str) -> bool:
        return self.body.get(field) is not None

    def integer(
        self, field: str, *, required: bool = False, minimum: int | None = None
    ) -> int | None:
        value = self.body.get(field)
        if value is None:
            if required:
                self.fail(field, f"The {_label(field)} field is required.")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(field, f"The {_label(field)} must be an integer.")
            return None
        if minimum is not None and value < minimum:
            self.fail(field, f"The {_label(field)} must be at least {minimum}.")
            return None
        return value

    def number(self, field: str, *, required: bool = False) -> float | None:
        value = self.body.get(field)
        if value is None:
            if required:
                self.fail(field, f"The {_label(field)} field is required.")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(field, f"The {_label(field)} must be a number.")
            return None
        return float(value)

    def text(
        self,
        field: str,
        *,
        required: bool = False,
        choices: Collection[str] | None = None,
        pattern: str | None = None,
    ) -> str | None:
        value = self.body.get(field)
        if value is None or value == "":
            if required:
                self.fail(field, f"The {_label(field)} field is required.")
            return None
        if not isinstance(value, str):
            self.fail(field, f"The {_label(field)} must be a string.")
            return None
        if choices is not None and value not in choices:
            self.fail(field, f"The selected {_label(field)} is invalid.")
            return None
        if pattern is not None and not re.fullmatch(pattern, value):
            self.fail(field, f"The {_label(field)} format is invalid.")
            return None
        return value

    def same(self, field: str, value: int | None, expected: int) -> None:
        """A body id that must agree with the id in the path."""
        if value is not None and value != expected:
            self.fail(field, f"The {_label(field)} must be {expected}.")

    def done(self) -> None:
        if self.errors:
            raise invalid(self.errors)
