"""Every service of the signed-in user, built once after login and handed to the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.services import stats
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.actor import Actor
from crm_desktop.services.attachments import AttachmentService
from crm_desktop.services.audit import AuditService
from crm_desktop.services.board import BoardService
from crm_desktop.services.client_list import ClientListService
from crm_desktop.services.clients import ClientService
from crm_desktop.services.company import CompanyService
from crm_desktop.services.deals import DealService
from crm_desktop.services.duplicates import DuplicateService
from crm_desktop.services.exports import ExportService
from crm_desktop.services.favorites import FavoriteService
from crm_desktop.services.feed import FeedService
from crm_desktop.services.imports import ImportService
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.products import ProductService
from crm_desktop.services.projects import ProjectService
from crm_desktop.services.reference import ReferenceService
from crm_desktop.services.reminders import ReminderService
from crm_desktop.services.report_replica import report_printer
from crm_desktop.services.reports.printing import ReportPrinter
from crm_desktop.services.reports.service import ReportService
from crm_desktop.services.roles import RoleService
from crm_desktop.services.sales_settings import SalesSettingsService
from crm_desktop.services.search import SearchService
from crm_desktop.services.security_settings import SecuritySettingsService
from crm_desktop.services.segments import SegmentService
from crm_desktop.services.task_calendar import CalendarService
from crm_desktop.services.task_lists import TaskListService
from crm_desktop.services.tasks import TaskService
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ServiceBundle:
    """Stateless services: each call opens its own session, so any thread may use them."""

    actor: Actor
    clients: ClientService
    client_list: ClientListService
    deals: DealService
    tasks: TaskService
    activities: ActivityService
    attachments: AttachmentService
    favorites: FavoriteService
    segments: SegmentService
    duplicates: DuplicateService
    search: SearchService
    feed: FeedService
    reference: ReferenceService
    users: UserService
    pipelines: PipelineService
    board: BoardService
    products: ProductService
    overview: Callable[[], stats.Overview]
    task_lists: TaskListService
    calendar: CalendarService
    reminders: ReminderService
    projects: ProjectService
    invoices: InvoiceService
    company: CompanyService
    roles: RoleService
    audit: AuditService
    security: SecuritySettingsService
    reports: ReportService
    report_printer: ReportPrinter
    sales_settings: SalesSettingsService
    imports: ImportService
    exports: ExportService

    @classmethod
    def for_workspace(cls, ws: Workspace,
                      report_sessions: sessionmaker[Session] | None = None) -> ServiceBundle:
        """`report_sessions`: where report queries run (a read-only standby, see
        services/report_replica.py); default: the workspace's own sessions."""
        s, a = ws.sessions, ws.actor
        r = report_sessions or s
        return cls(
            actor=a,
            clients=ClientService(s, a),
            client_list=ClientListService(s, a),
            deals=DealService(s, a),
            tasks=TaskService(s, a),
            activities=ActivityService(s, a),
            attachments=AttachmentService(s, a),
            favorites=FavoriteService(s, a),
            segments=SegmentService(s, a),
            duplicates=DuplicateService(s, a),
            search=SearchService(s, a),
            feed=FeedService(s, a),
            reference=ReferenceService(s, a),
            users=UserService(s, a),
            pipelines=PipelineService(s, a),
            board=BoardService(s, a),
            products=ProductService(s, a),
            overview=partial(stats.overview, s, a),
            task_lists=TaskListService(s, a),
            calendar=CalendarService(s, a),
            reminders=ReminderService(s, a),
            projects=ProjectService(s, a),
            invoices=InvoiceService(s, a),
            company=CompanyService(s, a),
            roles=RoleService(s, a),
            audit=AuditService(s, a),
            security=SecuritySettingsService(s, a),
            reports=ReportService(r, a),
            report_printer=report_printer(s, r, a),
            sales_settings=SalesSettingsService(s, a),
            imports=ImportService(s, a),
            exports=ExportService(s, a),
        )
