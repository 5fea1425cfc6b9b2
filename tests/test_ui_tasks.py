"""TaskRunner: work on the pool, callbacks on the GUI thread, newest request wins."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QThreadPool

from crm_desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    task_runner = TaskRunner(pool)
    yield task_runner
    task_runner.wait()


def test_work_runs_off_the_gui_thread_and_callbacks_on_it(qtbot, qapp, runner):
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = QThread.currentThread()
        return 42

    def done(result: object) -> None:
        seen["result"], seen["done_thread"] = result, QThread.currentThread()

    with qtbot.waitSignal(runner.sig_idle_changed, check_params_cb=bool, timeout=5000):
        runner.submit(work, done, pytest.fail)
    assert seen["result"] == 42
    assert seen["work_thread"] is not qapp.thread()
    assert seen["done_thread"] is qapp.thread()
    assert runner.is_idle()


def test_errors_reach_on_error(qtbot, runner):
    errors: list[Exception] = []

    def boom() -> None:
        raise ValueError("no")

    with qtbot.waitSignal(runner.sig_idle_changed, check_params_cb=bool, timeout=5000):
        runner.submit(boom, lambda _r: pytest.fail("must not succeed"), errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_newest_request_with_a_key_wins(qtbot, runner):
    release_old = threading.Event()
    delivered: list[str] = []

    def old() -> str:
        release_old.wait(5)  # finishes after the newer request
        return "old"

    with qtbot.waitSignal(runner.sig_idle_changed, check_params_cb=bool, timeout=5000):
        runner.submit(old, delivered.append, pytest.fail, key="search")
        runner.submit(lambda: "new", delivered.append, pytest.fail, key="search")
        qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
        release_old.set()
    assert delivered == ["new"]  # the stale "old" result was dropped
    assert runner.is_idle()


def test_requests_without_key_are_all_delivered(qtbot, runner):
    delivered: list[int] = []
    with qtbot.waitSignal(runner.sig_idle_changed, check_params_cb=bool, timeout=5000):
        for i in range(20):
            runner.submit(lambda i=i: i * i, delivered.append, pytest.fail)
    assert sorted(delivered) == [i * i for i in range(20)]

