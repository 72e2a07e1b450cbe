"""Errors a user can act on, as codes with parameters.

The domain says *what* went wrong (a code and the facts); ``raadsviewer.messages`` words it in
Dutch or English for the CLI and the window. Anything else that escapes is a bug.
"""

from __future__ import annotations

from typing import Any


class UserFacingError(Exception):
    """A problem with the user's input or request. Raising it means nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)

    def message(self, lang: str = "nl") -> str:
        from raadsviewer.messages import format_error

        return format_error(self.code, self.params, lang)
