"""Sales analytics, each report one SQL aggregation (GROUP BY / window functions) on SQLite
and PostgreSQL; Qt-free. `ReportService` is the entry point."""

from crm_desktop.services.reports.filters import Grain, ReportFilter
from crm_desktop.services.reports.service import ReportService

__all__ = ["Grain", "ReportFilter", "ReportService"]
