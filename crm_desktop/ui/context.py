"""What every widget that shows data needs: the user's services and the two task runners."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class UiContext:
    """Passed down through constructors (never a global). Reads go to `reads` (parallel,
    newest-request-wins keys), writes to `writes` (one thread, in order)."""

    services: ServiceBundle
    reads: TaskRunner
    writes: TaskRunner
