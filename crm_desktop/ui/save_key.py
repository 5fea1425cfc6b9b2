"""The request key of one edit, so a retried save is never applied twice (see
services/idempotency.py)."""

from __future__ import annotations

import uuid

from crm_desktop.services.errors import CrmError, DatabaseUnavailable
from crm_desktop.services.idempotency import outcome_unknown


class SaveKey:
    """Made when Save is first pressed, sent again by every retry of the same edit, forgotten
    after a save succeeded or when the form loads another record."""

    def __init__(self) -> None:
        self._key: str | None = None
        self._first: object = None

    @property
    def pending(self) -> bool:
        """Whether a save with this key was sent and has not succeeded yet."""
        return self._key is not None

    def take(self, data: object) -> str:
        """The key to send with a save of `data`."""
        if self._key is None:
            self._key, self._first = str(uuid.uuid4()), data
        return self._key

    def succeeded(self, data: object) -> bool:
        """Forget the key after a successful save of `data`. True when the key was first sent
        with other data (the user edited between a failed attempt and the retry): the answer
        may be that earlier attempt's record, so the caller saves `data` once more over it."""
        again = self._key is not None and data != self._first
        self.reset()
        return again

    def reset(self) -> None:
        self._key, self._first = None, None

    def failed(self, exc: Exception) -> Exception:
        """The error to show for a failed save. A refusal (invalid input, a conflict, no
        permission) rolled everything back for sure: the next Save is a new attempt with a new
        key. A lost connection or an unexpected error may have come after the commit: the key
        stays for the retry, and a lost connection says the save may have failed."""
        if isinstance(exc, CrmError) and not isinstance(exc, DatabaseUnavailable):
            self.reset()
            return exc
        return outcome_unknown(exc) if self.pending else exc
