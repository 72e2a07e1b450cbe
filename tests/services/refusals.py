"""The check every refusal test makes (no tests here): the code, the store unchanged, the wording."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.messages import MESSAGES


def refused(
    store: Any, dump: Callable[[Any], Any], code: str, call: Callable[..., Any], *args: Any, **kwargs: Any
) -> UserFacingError:
    """``call(*args, **kwargs)`` refuses with ``code``, leaves every table of ``store`` as it was,
    and the refusal has words in both languages with every field filled in."""
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        call(*args, **kwargs)
    assert info.value.code == code, info.value
    assert dump(store) == before, "a refused action changed the store"
    assert code in MESSAGES, f"no wording for {code}"
    assert "{" not in info.value.message("nl") and "{" not in info.value.message("en")
    return info.value
