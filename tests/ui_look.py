"""The app as users see it, for widget tests that measure or render: Russian texts, the
application's stylesheet and its font (as theme.apply_theme sets them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

from crm_desktop.ui import i18n, theme


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Russian texts, the application's stylesheet and font; all put back afterwards."""
    before, sheet, font = QLocale(), qapp.styleSheet(), qapp.font()
    translators = i18n.install_translators(qapp, "ru")
    app_font = QFont()
    app_font.setFamilies(theme.FONT_FAMILIES)
    app_font.setPointSize(10)  # as theme.apply_theme sets it
    qapp.setFont(app_font)
    qapp.setStyleSheet(theme.stylesheet())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(before)
