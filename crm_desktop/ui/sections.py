"""The sections of the main window, declared once as data (texts translated where shown)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

# the Qt-free marker returns str (PySide's is typed as object); lupdate knows it by name
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

CONTEXT = "Sections"


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # also the icon name in resources/icons and the page's objectName prefix
    title: str  # English, marked for the "Sections" context
    description: str
    features: tuple[str, ...]

    @property
    def object_name(self) -> str:
        return f"{self.key}Page"

    def tr_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def tr_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)

    def tr_features(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, f) for f in self.features]


SECTIONS = (
    Section(
        "clients",
        QT_TRANSLATE_NOOP("Sections", "Clients"),
        QT_TRANSLATE_NOOP("Sections", "Companies and private persons you work with, with their "
                          "contact people, requisites and the whole history of interaction."),
        (
            QT_TRANSLATE_NOOP("Sections", "Find a client in a second by name, phone, e-mail "
                              "or INN"),
            QT_TRANSLATE_NOOP("Sections", "The client card: requisites, contact people, calls, "
                              "meetings, documents, deals and tasks in one place"),
            QT_TRANSLATE_NOOP("Sections", "Import from Excel and CSV with duplicate detection"),
            QT_TRANSLATE_NOOP("Sections", "Saved filters, tags and favourites"),
        ),
    ),
    Section(
        "deals",
        QT_TRANSLATE_NOOP("Sections", "Deals"),
        QT_TRANSLATE_NOOP("Sections", "Your pipelines from the first contact to payment: "
                          "amounts, products and the stage each deal is in."),
        (
            QT_TRANSLATE_NOOP("Sections", "A board per pipeline: drag deals from stage to stage"),
            QT_TRANSLATE_NOOP("Sections", "Products with quantity, price, discount and VAT"),
            QT_TRANSLATE_NOOP("Sections", "Invoices from the deal's line items in one click"),
            QT_TRANSLATE_NOOP("Sections", "Loss reasons and the time spent in every stage"),
        ),
    ),
    Section(
        "tasks",
        QT_TRANSLATE_NOOP("Sections", "Tasks"),
        QT_TRANSLATE_NOOP("Sections", "Calls, meetings and to-dos for today and later; "
                          "overdue tasks are shown in red everywhere."),
        (
            QT_TRANSLATE_NOOP("Sections", "Today, overdue and upcoming tasks at a glance"),
            QT_TRANSLATE_NOOP("Sections", "Reminders and priorities"),
            QT_TRANSLATE_NOOP("Sections", "Tasks for colleagues and automatic tasks from rules"),
            QT_TRANSLATE_NOOP("Sections", "Projects where each task waits for the ones before it"),
        ),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        QT_TRANSLATE_NOOP("Sections", "How sales are going: the funnel, revenue, plan versus "
                          "fact and the workload of every employee."),
        (
            QT_TRANSLATE_NOOP("Sections", "Sales funnel with conversion between stages"),
            QT_TRANSLATE_NOOP("Sections", "Revenue by period, manager and acquisition channel"),
            QT_TRANSLATE_NOOP("Sections", "Plan versus fact and overdue tasks per employee"),
            QT_TRANSLATE_NOOP("Sections", "Every report can be printed or saved as PDF"),
        ),
    ),
    Section(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        QT_TRANSLATE_NOOP("Sections", "Users and roles, pipelines, products, your company's "
                          "requisites and the protection of the client base."),
        (),
    ),
)
