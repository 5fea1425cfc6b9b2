"""Look and feel: the stylesheet, the palette and the tinted line icons from resources/."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ACCENT = "#2f5bea"
TEXT = "#1f2430"
MUTED = "#6b7280"
FONT_FAMILIES = ["Segoe UI", "Inter", "Noto Sans", "DejaVu Sans", "Arial"]


def apply_theme(app: QApplication) -> None:
    """Fusion plus our light palette and stylesheet, so every platform looks the same."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f9fb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa1ad"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def stylesheet() -> str:
    """app.qss; its `url(icons:name.svg)` images resolve in resources/icons wherever installed."""
    QDir.setSearchPaths("icons", [str(RESOURCES / "icons")])
    path = RESOURCES / "style" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("stylesheet %s unreadable: %s", path, exc)
        return ""


@cache
def _svg(name: str) -> str:
    return (RESOURCES / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@cache
def _rendered(name: str, color: str, side: int) -> QImage:
    """The icon drawn once per name, colour and size (the main window asks for the same few
    dozen ~120 times while it starts); a QImage, which needs no QGuiApplication to be freed."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode()))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def pixmap(name: str, color: str = MUTED, size: int = 20, ratio: float = 2.0) -> QPixmap:
    """Render resources/icons/<name>.svg with `currentColor` replaced by `color`."""
    result = QPixmap.fromImage(_rendered(name, color, round(size * ratio)))
    result.setDevicePixelRatio(ratio)
    return result


def icon(name: str, color: str = MUTED, selected_color: str | None = ACCENT,
         size: int = 20) -> QIcon:
    """A line icon, tinted differently when its item is selected or active."""
    result = QIcon()
    result.addPixmap(pixmap(name, color, size), QIcon.Mode.Normal)
    if selected_color:
        result.addPixmap(pixmap(name, selected_color, size), QIcon.Mode.Selected)
        result.addPixmap(pixmap(name, selected_color, size), QIcon.Mode.Active)
    return result


def icon_size(size: int = 20) -> QSize:
    return QSize(size, size)
