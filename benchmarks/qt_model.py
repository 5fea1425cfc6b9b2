"""The client list as the user sees it: the Qt model and view offscreen, fed by the services.

list_first_paint_model: from setting the query to the first page painted in a QTableView.
list_scroll_100k_model: what a user does to reach row 100,000 (the scroll bar moved there): from
  scrolling the view to it until the rows on screen are read (no placeholders) and painted.
list_rss_mb_after_100k: peak resident memory of the process after that (MB, in the ms columns).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import Record, percentile  # noqa: E402

from crm_desktop.db import make_engine, make_sessions  # noqa: E402
from crm_desktop.services.bundle import ServiceBundle  # noqa: E402
from crm_desktop.services.client_filter import ClientFilter  # noqa: E402
from crm_desktop.services.client_sort import ClientSort  # noqa: E402
from crm_desktop.services.workspace import Workspace, workspace_for  # noqa: E402
from crm_desktop.ui.clients.reference_data import ReferenceData  # noqa: E402
from crm_desktop.ui.clients.table_model import ClientTableModel  # noqa: E402
from crm_desktop.ui.clients.table_view import ClientTableView  # noqa: E402
from crm_desktop.ui.context import UiContext  # noqa: E402
from crm_desktop.ui.tasks import make_runners  # noqa: E402

SCROLL_TARGET = 100_000


def _wait(done: Callable[[], bool], *signals: Any, timeout_s: float = 120) -> None:
    """Run the event loop (the GUI thread sleeping, as in the app) until `done()`; it is
    re-checked whenever one of `signals` fires (no polling that would compete for the GIL)."""
    if done():
        return
    loop = QEventLoop()

    def check(*_: object) -> None:
        if done():
            loop.quit()

    for signal in signals:
        signal.connect(check)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(check)
    if not done():
        raise TimeoutError("the model did not deliver in time")


def _page_signals(model: ClientTableModel) -> tuple[Any, ...]:
    return (model.sig_loading_changed, model.sig_load_failed, model.dataChanged,
            model.rowsInserted)


def _shown_rows_loaded(view: ClientTableView, model: ClientTableModel) -> bool:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = last if last >= 0 else model.rowCount() - 1
    return first >= 0 and all(model.row_at(r) is not None for r in range(first, last + 1))


def model_records(url: str, backend: str, size: int, repeats: int = 10) -> list[Record]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    engine = make_engine(url)
    ws = Workspace(engine, make_sessions(engine), workspace_for(engine, "admin").actor)
    runners = make_runners()
    ctx = UiContext(ServiceBundle.for_workspace(ws), runners.reads, runners.writes)
    reference = ReferenceData(ctx)
    reference.load()
    _wait(lambda: reference.loaded, reference.sig_loaded)
    model = ClientTableModel(ctx, reference)
    view = ClientTableView(model)  # the application's view: fixed row heights, no row header
    view.resize(1200, 800)
    view.show()
    records: list[Record] = []
    try:
        first = []
        for _ in range(repeats):
            started = time.perf_counter()
            model.set_query(ClientSort(), ClientFilter())
            _wait(lambda: model.row_at(0) is not None, *_page_signals(model))
            view.viewport().repaint()
            first.append((time.perf_counter() - started) * 1000)
            _wait(lambda: not model.is_loading(), *_page_signals(model))  # the count too
        records.append(Record("list_first_paint_model", backend, size, percentile(first, 50),
                              percentile(first, 95), None))
        target = min(SCROLL_TARGET, size)
        app.processEvents()  # the view takes in the rows the count added (PITFALLS #9)
        view.doItemsLayout()
        started = time.perf_counter()
        view.scrollTo(model.index(target - 1, 0))
        app.processEvents()  # let the view move before asking what it shows (PITFALLS #9)
        view.viewport().repaint()  # the rows on screen ask for their page
        _wait(lambda: _shown_rows_loaded(view, model) and model.row_at(target - 1) is not None,
              *_page_signals(model))
        view.viewport().repaint()
        assert model.row_at(target - 1) is not None
        scroll_ms = (time.perf_counter() - started) * 1000
        records.append(Record("list_scroll_100k_model", backend, size, scroll_ms, scroll_ms, None))
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        records.append(Record("list_rss_mb_after_100k", backend, size, rss_mb, rss_mb, None))
    finally:
        view.close()
        runners.wait()
        engine.dispose()
    return records
