"""A project's plan, computed from its tasks and dependencies (no database here).

Tasks carry due dates, not durations, so a task "can finish" no earlier than its own due time
and no earlier than every task it depends on can finish (done tasks: when they were done).
A task due before that is at risk; the chain of latest dependencies ending at the project's
earliest finish is its critical chain.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.models import TaskStatus
from crm_desktop.services.task_dto import TaskItem


@dataclass(frozen=True, slots=True)
class PlanTask:
    item: TaskItem
    depends_on: tuple[int, ...]  # within the project
    level: int  # 0: depends on nothing in the project
    earliest_finish: datetime | None
    at_risk: bool  # due before its dependencies can be finished
    is_critical: bool


@dataclass(frozen=True, slots=True)
class ProjectPlan:
    id: int
    name: str
    tasks: tuple[PlanTask, ...]  # in dependency order
    earliest_finish: datetime | None
    latest_due: datetime | None

    @property
    def done(self) -> int:
        return sum(1 for t in self.tasks if t.item.status is TaskStatus.DONE)


def plan_of(project_id: int, name: str, items: list[TaskItem],
            edges: list[tuple[int, int]]) -> ProjectPlan:
    by_id = {i.id: i for i in items}
    deps: dict[int, list[int]] = {i: [] for i in by_id}
    for task_id, depends_on in edges:
        if task_id in by_id and depends_on in by_id:
            deps[task_id].append(depends_on)
    order = _topological(by_id, deps)
    finish: dict[int, datetime | None] = {}
    level: dict[int, int] = {}
    for task_id in order:
        item = by_id[task_id]
        level[task_id] = 1 + max((level[d] for d in deps[task_id]), default=-1)
        if item.status is TaskStatus.DONE:
            finish[task_id] = item.completed_at
            continue
        candidates = [f for f in (item.data.due_at, *(finish[d] for d in deps[task_id])) if f]
        finish[task_id] = max(candidates, default=None)
    critical = _critical_chain(finish, deps)
    tasks = tuple(
        PlanTask(
            by_id[t], tuple(sorted(deps[t])), level[t], finish[t],
            _at_risk(by_id[t], [finish[d] for d in deps[t]]), t in critical,
        )
        for t in order
    )
    dues = [i.data.due_at for i in items if i.data.due_at is not None]
    finishes = [f for f in finish.values() if f is not None]
    return ProjectPlan(project_id, name, tasks, max(finishes, default=None),
                       max(dues, default=None))


def _topological(by_id: dict[int, TaskItem], deps: dict[int, list[int]]) -> list[int]:
    """Kahn's order; among ready tasks the earlier due (undated last), then the older first."""
    waiting = {t: len(d) for t, d in deps.items()}
    followers: dict[int, list[int]] = {t: [] for t in deps}
    for task_id, needs in deps.items():
        for d in needs:
            followers[d].append(task_id)

    def key(task_id: int) -> tuple[bool, datetime | None, int]:
        due = by_id[task_id].data.due_at
        return (due is None, due, task_id)

    ready = [(key(t), t) for t, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _k, task_id = heapq.heappop(ready)
        order.append(task_id)
        for follower in followers[task_id]:
            waiting[follower] -= 1
            if waiting[follower] == 0:
                heapq.heappush(ready, (key(follower), follower))
    # a cycle cannot be stored (the service refuses it); anything left is listed at the end
    order += sorted(t for t in by_id if t not in set(order))
    return order


def _at_risk(item: TaskItem, dep_finishes: list[datetime | None]) -> bool:
    due = item.data.due_at
    return item.is_open and due is not None and any(f is not None and f > due
                                                    for f in dep_finishes)


def _critical_chain(finish: dict[int, datetime | None], deps: dict[int, list[int]]) -> set[int]:
    dated = [(f, t) for t, f in finish.items() if f is not None]
    if not dated:
        return set()
    _f, current = max(dated)
    chain = {current}
    while True:
        before = [(f, d) for d in deps[current] if (f := finish[d]) is not None]
        if not before:
            return chain
        current = max(before)[1]
        chain.add(current)
