"""What every widget that shows data needs: the user's services and the two task runners."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.ui.task_list.open_dialogs import OpenTaskDialogs
from crm_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class UiContext:
    """Passed down through constructors (never a global). Reads go to `reads` (parallel,
    newest-request-wins keys), writes to `writes` (one thread, in order); `task_dialogs` are
    the open dialogs of existing tasks, told by live updates when their task changes."""

    services: ServiceBundle
    reads: TaskRunner
    writes: TaskRunner
    task_dialogs: OpenTaskDialogs = field(default_factory=OpenTaskDialogs)
