"""The calendar panel (`calendarPanel`): Today / previous / next, the period, Day / Week /
Month, for heads a person picker, and the grid; drops reschedule through TaskService."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.task_calendar import CalendarEntry, EntryKind
from crm_desktop.services.task_lists import Workload
from crm_desktop.services.task_scope import is_head
from crm_desktop.ui.calendar.grid import CalendarGrid
from crm_desktop.ui.calendar.layout import Mode, Span, span_of, step
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import qdate
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.task_list.commands import Clock, TaskCommands, system_now


class CalendarPanel(QWidget):
    sig_loaded = Signal()
    """The entries of the shown period arrived."""
    sig_task_activated = Signal(int)
    """A task was double-clicked (its id)."""
    sig_open_client_requested = Signal(int)
    """A meeting was double-clicked: open its client."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPanel")
        self._ctx, self._clock = ctx, clock
        self.mode = Mode.WEEK
        self.anchor = clock().astimezone().date()
        self.user_id: int | None = None
        self.commands = TaskCommands(ctx, self, clock)
        self.grid = CalendarGrid()
        self.message = error_label("calendarMessage", "form")
        self.period_label = QLabel()
        self.period_label.setObjectName("calendarPeriod")
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("calendarPerson")
        self.person_combo.setMinimumContentsLength(22)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.is_head = is_head(ctx.services.actor)
        self.person_combo.setVisible(self.is_head)
        self.person_combo.currentIndexChanged.connect(self._on_person_changed)
        self.mode_buttons: dict[Mode, QPushButton] = {}
        self._build()
        self.grid.sig_task_dropped.connect(self._on_grid_task_dropped)
        self.grid.sig_entry_activated.connect(self._on_grid_entry_activated)
        self.commands.sig_changed.connect(lambda _i: self.reload())
        self.commands.sig_failed.connect(self._on_commands_failed)

    def _build(self) -> None:
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.show_date(self._clock().astimezone().date()))
        back, forward = QToolButton(), QToolButton()
        back.setArrowType(Qt.ArrowType.LeftArrow)
        forward.setArrowType(Qt.ArrowType.RightArrow)
        back.setObjectName("calendarBack")
        forward.setObjectName("calendarForward")
        back.setToolTip(self.tr("Earlier"))
        forward.setToolTip(self.tr("Later"))
        for button in (back, forward):
            button.setFixedSize(32, 32)
        back.clicked.connect(lambda: self.show_date(step(self.mode, self.anchor, False)))
        forward.clicked.connect(lambda: self.show_date(step(self.mode, self.anchor, True)))
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (today, back, forward, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.person_combo)
        for mode, text in ((Mode.DAY, self.tr("Day")), (Mode.WEEK, self.tr("Week")),
                           (Mode.MONTH, self.tr("Month"))):
            chip = QPushButton(text)
            chip.setProperty("chip", True)
            chip.setCheckable(True)
            chip.setObjectName(f"calendar{mode.name.title()}")
            chip.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addButton(chip)
            self.mode_buttons[mode] = chip
            bar.addWidget(chip)
        self.mode_buttons[self.mode].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)

    # -- navigation -----------------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        show_inline(self.message, None)
        self.reload()

    def show_date(self, day: date) -> None:
        self.anchor = day
        show_inline(self.message, None)
        self.reload()

    def span(self) -> Span:
        return span_of(self.mode, self.anchor)

    def reload(self) -> None:
        span, calendar, who = self.span(), self._ctx.services.calendar, self.user_id
        self.period_label.setText(self._period_text(span))
        run(self._ctx.reads, self, lambda: calendar.entries(span.start(), span.end(), who),
            lambda entries: self._on_loaded(span, entries), self._on_failed,
            key=f"calendar:{id(self)}")

    def load_people(self) -> None:
        if not self.is_head or self.person_combo.count():
            return
        lists = self._ctx.services.task_lists
        run(self._ctx.reads, self, lists.workload, self._on_people, self._on_failed)

    def _on_people(self, people: list[Workload]) -> None:
        me = self._ctx.services.actor.user_id
        self.person_combo.blockSignals(True)
        self.person_combo.addItem(self.tr("My calendar"), None)
        for person in people:
            if person.user_id != me:
                self.person_combo.addItem(person.name, person.user_id)
        self.person_combo.blockSignals(False)

    def _period_text(self, span: Span) -> str:
        locale = self.locale()
        if self.mode is Mode.DAY:
            return locale.toString(qdate(span.first), "dddd, d MMMM yyyy")
        if self.mode is Mode.WEEK:
            return (f"{qdate(span.first).toString('dd.MM')} – "
                    f"{qdate(span.last).toString('dd.MM.yyyy')}")
        month = locale.standaloneMonthName(self.anchor.month)
        return f"{month[:1].upper()}{month[1:]} {self.anchor.year}"

    def _on_loaded(self, span: Span, entries: list[CalendarEntry]) -> None:
        self.grid.set_entries(self.mode, span, entries, self._clock().astimezone().date())
        self.sig_loaded.emit()

    def _on_failed(self, exc: Exception) -> None:
        show_inline(self.message, describe(exc))

    def _on_person_changed(self, _index: int) -> None:
        data = self.person_combo.currentData()
        self.user_id = int(data) if data is not None else None
        self.reload()

    def _on_grid_task_dropped(self, task_id: int, version: int, moment: object) -> None:
        assert isinstance(moment, datetime)
        show_inline(self.message, None)
        self.commands.reschedule(task_id, version, moment)

    def _on_grid_entry_activated(self, entry: object) -> None:
        assert isinstance(entry, CalendarEntry)
        if entry.kind is EntryKind.TASK:
            self.sig_task_activated.emit(entry.id)
        elif entry.client_id is not None:
            self.sig_open_client_requested.emit(entry.client_id)

    def _on_commands_failed(self, text: str) -> None:
        show_inline(self.message, text)
        self.reload()
