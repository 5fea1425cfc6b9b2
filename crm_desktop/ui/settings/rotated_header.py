"""A table header whose narrow check-box columns carry their titles turned upright."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

TEXT_COLOR = "#4b5563"  # as the settings tables' headers in app.qss


class RotatedHeader(QHeaderView):
    """Sections from `first` on are `column_width` wide with their title read bottom to top,
    wrapped to two lines when long; so a roles × rights matrix fits a laptop's width."""

    def __init__(self, first: int, column_width: int = 46, wrap_at: int = 130,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._first, self._column_width, self._wrap_at = first, column_width, wrap_at

    def column_width(self) -> int:
        return self._column_width

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _text_rect(self, text: str) -> QRect:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return QFontMetrics(self._font()).boundingRect(QRect(0, 0, self._wrap_at, 1000), flags,
                                                        text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        tallest = max((self._text_rect(str(model.headerData(i, self.orientation()))).width()
                       for i in range(self._first, self.count())), default=0)
        return QSize(hint.width(), max(hint.height(), tallest + 20))

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802
        size = super().sectionSizeFromContents(logical_index)
        if logical_index >= self._first:
            return QSize(self._column_width, size.height())
        return size

    def paintSection(self, painter: QPainter, rect: QRect,  # noqa: N802 - Qt override
                     logical_index: int) -> None:
        if logical_index < self._first:
            super().paintSection(painter, rect, logical_index)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        model = self.model()
        text = str(model.headerData(logical_index, self.orientation())) if model else ""
        painter.save()
        painter.setFont(self._font())
        painter.setPen(QColor(TEXT_COLOR))
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        # in the turned frame x runs up the section and y across it
        box = QRect(8, 0, rect.height() - 16, rect.width())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                  | Qt.TextFlag.TextWordWrap), text)
        painter.restore()
