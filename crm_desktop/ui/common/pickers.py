"""Drop-downs, date pickers and number boxes that look like the app's line edits beside them.

The shared stylesheet styles pickers only in the filter bars and Settings; elsewhere Fusion's
default look (shorter than a line edit, a grey arrow box) made forms look unfinished. The
chevron needs a file path, which the stylesheet cannot know, so the rules are set on the window
that holds the pickers (its dialogs inherit them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.ui import theme

PICKERS = ("QComboBox", "QDateEdit", "QDateTimeEdit", "QTimeEdit", "QSpinBox", "QDoubleSpinBox")
# a window's own stylesheet wins over the shared one whatever the selectors, so the invalid
# marking (QLineEdit[invalid] and #dealCard QComboBox[invalid] in app.qss) is repeated here
_RULES = """
{all} {{
    background: #ffffff;
    border: 1px solid #d5d9e0;
    border-radius: 6px;
    padding: 5px 8px;
    min-height: 19px;  /* as tall as a QLineEdit (padding 6px) in the same font */
    color: #1f2430;
}}
QDateEdit, QDateTimeEdit, QTimeEdit, QSpinBox, QDoubleSpinBox {{
    padding: 4px 8px;  /* their buttons add height: this keeps them level with a QLineEdit */
    min-height: 18px;
}}
{hover} {{ border-color: #b8bec8; }}
{focus} {{ border-color: #2f5bea; }}
{disabled} {{ color: #9aa1ad; background: #f3f4f7; border-color: #e4e7ec; }}
{invalid} {{ border: 1px solid #dc2626; background: #fffafa; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding;
    subcontrol-position: center right;
    width: 24px;
    border: none;
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({down});
    width: 12px;
    height: 12px;
}}
QSpinBox::up-button, QDoubleSpinBox::up-button, QTimeEdit::up-button {{
    subcontrol-origin: border;
    subcontrol-position: top right;
    width: 22px;
    border: none;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button, QTimeEdit::down-button {{
    subcontrol-origin: border;
    subcontrol-position: bottom right;
    width: 22px;
    border: none;
}}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QTimeEdit::up-arrow {{
    image: url({up});
    width: 10px;
    height: 10px;
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QTimeEdit::down-arrow {{
    image: url({down});
    width: 10px;
    height: 10px;
}}
QComboBox QAbstractItemView {{
    background: #ffffff;
    border: 1px solid #d5d9e0;
    selection-background-color: #eaf0ff;
    selection-color: #1f2430;
    outline: 0;
}}
QComboBox QLineEdit {{ border: none; padding: 0; background: transparent; }}
QCalendarWidget QSpinBox, QCalendarWidget QToolButton {{ min-height: 0; padding: 1px 4px; }}
"""


def picker_rules() -> str:
    """The stylesheet rules that give pickers the line edits' height, border and chevrons."""
    icons = theme.RESOURCES / "icons"

    def each(state: str) -> str:
        return ", ".join(f"{name}{state}" for name in PICKERS)

    return _RULES.format(
        all=each(""), hover=each(":hover"), focus=each(":focus") + ", QComboBox:on",
        disabled=each(":disabled"), invalid=each('[invalid="true"]'),
        down=(icons / "chevron-down.svg").as_posix(), up=(icons / "chevron-up.svg").as_posix())


def style_pickers(window: QWidget) -> None:
    """Give the pickers inside `window` (and in dialogs it parents) the app's look."""
    rules = picker_rules()
    if rules not in window.styleSheet():
        window.setStyleSheet(window.styleSheet() + rules)
