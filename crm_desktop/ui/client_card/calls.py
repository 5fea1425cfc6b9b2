"""Submitting work for a widget that may be closed (and deleted) before the result arrives."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def run(runner: TaskRunner, owner: QObject, work: Callable[[], object],
        on_done: Callable[[Any], object], on_error: Callable[[Exception], object], *,
        key: str | None = None) -> int:
    """`runner.submit`, but the callbacks are skipped once `owner` is gone (a closed card)."""

    def done(result: object) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(exc: Exception) -> None:
        if shiboken6.isValid(owner):
            on_error(exc)
        else:
            log.info("work for a closed window failed: %s", exc)

    return runner.submit(work, done, failed, key=key)
