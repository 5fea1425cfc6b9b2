"""The chevron on the Settings panels' drop-downs (the stylesheet cannot name the install
path, so each panel adds it for its own pickers)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.ui import theme


def add_chevrons(panel: QWidget) -> None:
    """Give `panel`'s combo boxes, date pickers and number boxes the app's chevrons."""
    icons = theme.RESOURCES / "icons"
    down, up = (icons / "chevron-down.svg").as_posix(), (icons / "chevron-up.svg").as_posix()
    panel.setStyleSheet(
        f"QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({down}); width: 12px; "
        "height: 12px; }"
        f"QSpinBox::down-arrow {{ image: url({down}); width: 10px; height: 10px; }}"
        f"QDateEdit::up-arrow, QSpinBox::up-arrow {{ image: url({up}); width: 10px; "
        "height: 10px; }")
