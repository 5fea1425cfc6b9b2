"""The painted calendar grid (`calendarGrid`): day and week columns with hour rows, or a month
of day cells. Task entries can be dragged to another slot or day; overdue ones are red."""

from __future__ import annotations

import json
from datetime import date, datetime, time

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from crm_desktop.services.task_calendar import CalendarEntry, EntryKind
from crm_desktop.ui.calendar.layout import (
    FIRST_HOUR,
    LAST_HOUR,
    Mode,
    Span,
    hour_position,
    slot_time,
)

MIME = "application/x-crm-task"
GUTTER, HEADER = 56.0, 30.0
ROWS = LAST_HOUR - FIRST_HOUR + 1
COLOURS = {  # background, text
    "task": ("#eaf0ff", "#1f2a5c"),
    "overdue": ("#fde8e8", "#b91c1c"),
    "done": ("#f3f4f6", "#9aa1ad"),
    "meeting": ("#ecfdf3", "#15803d"),
}


class CalendarGrid(QWidget):
    sig_task_dropped = Signal(int, int, object)
    """A task (id, version) was dropped on a new moment (an aware datetime)."""
    sig_entry_activated = Signal(object)
    """An entry was double-clicked (the CalendarEntry)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setMinimumHeight(420)
        self.mode, self.span, self.today = Mode.WEEK, Span(date.today(), 7), date.today()
        self.entries: list[CalendarEntry] = []
        self.boxes: list[tuple[QRectF, CalendarEntry]] = []
        self._press: tuple[QPoint, CalendarEntry] | None = None

    def set_entries(self, mode: Mode, span: Span, entries: list[CalendarEntry],
                    today: date) -> None:
        self.mode, self.span, self.entries, self.today = mode, span, entries, today
        self.update()

    # -- geometry -------------------------------------------------------------------------------
    def _columns(self) -> int:
        return 7 if self.mode is Mode.MONTH else self.span.days

    def _column_width(self) -> float:
        left = 0.0 if self.mode is Mode.MONTH else GUTTER
        return (self.width() - left) / self._columns()

    def _row_height(self) -> float:
        rows = 6 if self.mode is Mode.MONTH else ROWS
        return (self.height() - HEADER) / rows

    def slot_at(self, pos: QPointF, keep_time: time | None = None) -> datetime | None:
        """The moment a drop at `pos` means (month cells keep the task's time of day)."""
        if pos.y() < HEADER:
            return None
        if self.mode is Mode.MONTH:
            column = int(pos.x() // self._column_width())
            row = int((pos.y() - HEADER) // self._row_height())
            day = self.span.dates()[min(41, max(0, row * 7 + min(column, 6)))]
            return datetime.combine(day, keep_time or time(10, 0)).astimezone()
        if pos.x() < GUTTER:
            return None
        column = min(self.span.days - 1, int((pos.x() - GUTTER) // self._column_width()))
        rows = (pos.y() - HEADER) / self._row_height()
        return datetime.combine(self.span.dates()[column], slot_time(rows)).astimezone()

    def entry_at(self, pos: QPointF) -> CalendarEntry | None:
        return next((e for rect, e in reversed(self.boxes) if rect.contains(pos)), None)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self.boxes = []
        if self.mode is Mode.MONTH:
            self._paint_month(painter)
        else:
            self._paint_days(painter)
        painter.end()

    def _paint_days(self, painter: QPainter) -> None:
        width, height = self._column_width(), self._row_height()
        line = QPen(QColor("#eef0f3"))
        for row in range(ROWS):
            y = HEADER + row * height
            painter.setPen(line)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(QColor("#9aa1ad"))
            painter.drawText(QRectF(0, y, GUTTER - 8, 16),
                             Qt.AlignmentFlag.AlignRight, f"{FIRST_HOUR + row:02d}:00")
        for column, day in enumerate(self.span.dates()):
            x = GUTTER + column * width
            self._day_header(painter, QRectF(x, 0, width, HEADER), day)
            painter.setPen(line)
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))
            todays = [e for e in self.entries if e.at.astimezone().date() == day]
            slots: dict[int, int] = {}
            for entry in todays:
                top = HEADER + hour_position(entry.at) * height
                key = int(top // (height / 2))
                shift = slots.get(key, 0)
                slots[key] = shift + 1
                rect = QRectF(x + 3 + shift * 14, top + 1, width - 6 - shift * 14,
                              max(22.0, height / 2 - 2))
                self._paint_entry(painter, rect, entry, with_time=True)

    def _paint_month(self, painter: QPainter) -> None:
        width, height = self._column_width(), self._row_height()
        line = QPen(QColor("#eef0f3"))
        names = [self.locale().dayName(d, self.locale().FormatType.ShortFormat)
                 for d in range(1, 8)]
        painter.setPen(QColor("#6b7280"))
        for column, name in enumerate(names):
            painter.drawText(QRectF(column * width, 0, width, HEADER),
                             Qt.AlignmentFlag.AlignCenter, name)
        month = self.span.dates()[15].month
        for index, day in enumerate(self.span.dates()):
            cell = QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)
            painter.setPen(line)
            painter.setBrush(QColor("#ffffff" if day.month == month else "#fafbfc"))
            painter.drawRect(cell)
            painter.setPen(QColor("#2f5bea" if day == self.today else
                                  "#1f2430" if day.month == month else "#b8bec8"))
            painter.drawText(cell.adjusted(6, 4, -6, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            todays = [e for e in self.entries if e.at.astimezone().date() == day]
            fits = max(0, int((height - 24) // 20))
            for n, entry in enumerate(todays[:fits]):
                rect = QRectF(cell.x() + 3, cell.y() + 22 + n * 20, width - 6, 18)
                self._paint_entry(painter, rect, entry, with_time=True)
            if len(todays) > fits:
                painter.setPen(QColor("#6b7280"))
                painter.drawText(cell.adjusted(6, 0, -6, -2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                                 self.tr("+%1 more").replace("%1", str(len(todays) - fits)))

    def _day_header(self, painter: QPainter, rect: QRectF, day: date) -> None:
        text = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
        painter.setPen(QColor("#2f5bea" if day == self.today else "#4b5563"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{text} {day:%d.%m}")

    def _paint_entry(self, painter: QPainter, rect: QRectF, entry: CalendarEntry,
                     with_time: bool) -> None:
        key = ("meeting" if entry.kind is EntryKind.MEETING else "done" if entry.is_done
               else "overdue" if entry.is_overdue else "task")
        background, text = COLOURS[key]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor(text))
        title = entry.title or self.tr("Meeting")
        label = f"{entry.at.astimezone():%H:%M} {title}" if with_time else title
        painter.drawText(rect.adjusted(6, 0, -4, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                          int(rect.width() - 10)))
        self.boxes.append((rect, entry))

    # -- mouse and drag -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        entry = self.entry_at(event.position())
        movable = entry is not None and entry.kind is EntryKind.TASK and not entry.is_done
        self._press = (event.position().toPoint(), entry) if movable and entry else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        entry = self.entry_at(event.position())
        if entry is not None and not event.buttons():
            QToolTip.showText(event.globalPosition().toPoint(),
                              " · ".join(v for v in (entry.title, entry.client_name) if v), self)
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, pressed = self._press
        if (event.position().toPoint() - start).manhattanLength() \
                >= QApplication.startDragDistance():
            self._press = None
            drag = QDrag(self)
            drag.setMimeData(task_mime(pressed))
            drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        entry = self.entry_at(event.position())
        if entry is not None:
            self.sig_entry_activated.emit(entry)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME) and self.slot_at(event.position()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if not event.mimeData().hasFormat(MIME):
            return
        payload = json.loads(bytes(event.mimeData().data(MIME).data()).decode())
        keep = time.fromisoformat(payload["time"])
        moment = self.slot_at(event.position(), keep)
        if moment is None:
            return
        event.acceptProposedAction()
        self.sig_task_dropped.emit(int(payload["id"]), int(payload["version"]), moment)


def task_mime(entry: CalendarEntry) -> QMimeData:
    mime = QMimeData()
    payload = {"id": entry.id, "version": entry.version,
               "time": entry.at.astimezone().time().replace(tzinfo=None).isoformat("minutes")}
    mime.setData(MIME, QByteArray(json.dumps(payload).encode()))
    return mime
