"""Each report as printable tables (Russian, like every document the office prints): a
`ReportDocument` holds the title, the tables and the chart data; report_pdf.py lays it out."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crm_desktop.reports import report_format as fmt
from crm_desktop.services.reports import dto
from crm_desktop.services.reports.filters import Grain

LEFT, RIGHT = "LEFT", "RIGHT"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    width: float  # share of the page width
    align: str = RIGHT


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]
    total: tuple[str, ...] | None = None
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    kind: str  # "bar" (vertical), "hbar" (horizontal) or "pie"
    labels: list[str]
    values: list[float]
    caption: str = ""


@dataclass(slots=True)
class ReportDocument:
    title: str
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    empty: bool = False
    note: str = ""


def _c(header: str, width: float, align: str = RIGHT) -> Column:
    return Column(header, width, align)


def _f(value: Decimal) -> float:
    return float(value)


def funnel(r: dto.FunnelReport) -> ReportDocument:
    doc = ReportDocument(f"Воронка продаж: {r.pipeline}" if r.pipeline else "Воронка продаж",
                         empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Этап", 0.18, LEFT), _c("Вошли", 0.07), _c("Дошли", 0.07), _c("Дальше", 0.08),
         _c("В успех", 0.08), _c("Ср. время", 0.09), _c("Медиана", 0.09),
         _c("Потеряно", 0.09), _c("Причины потерь", 0.25, LEFT)),
        [(s.name, fmt.count(s.entered), fmt.count(s.reached) if s.kind != "lost" else fmt.DASH,
          fmt.percent(s.to_next), fmt.percent(s.to_won), fmt.duration(s.average_seconds),
          fmt.duration(s.median_seconds), fmt.count(s.dropped),
          ", ".join(f"{c.reason or 'без причины'}: {c.deals}" for c in s.losses))
         for s in r.stages]))
    path = [s for s in r.stages if s.kind != "lost"]
    doc.chart = Chart("hbar", [s.name for s in path], [float(s.reached) for s in path],
                      "Сделок дошло до этапа")
    return doc


GRAIN_NAMES = {Grain.DAY: "по дням", Grain.WEEK: "по неделям", Grain.MONTH: "по месяцам"}


def revenue(r: dto.RevenueByPeriod) -> ReportDocument:
    doc = ReportDocument(f"Выручка {GRAIN_NAMES[r.grain]}", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Период с", 0.4, LEFT), _c("Сделок", 0.2), _c("Выручка, руб.", 0.4)),
        [(fmt.day(p.period_start), fmt.count(p.deals), fmt.money(p.revenue)) for p in r.points],
        ("Итого", fmt.count(r.deals), fmt.money(r.revenue)),
        f"Средний чек: {fmt.money(r.average_check)} руб."))
    doc.chart = Chart("bar", [fmt.day(p.period_start)[:5] for p in r.points],
                      [_f(p.revenue) for p in r.points], "Выручка, руб.")
    return doc


def managers(r: dto.RevenueByManager) -> ReportDocument:
    doc = ReportDocument("Выручка по менеджерам", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Менеджер", 0.34, LEFT), _c("Сделок", 0.12), _c("Выручка, руб.", 0.2),
         _c("Средний чек", 0.2), _c("Доля", 0.14)),
        [(m.name or "без менеджера", fmt.count(m.deals), fmt.money(m.revenue),
          fmt.money(m.average_check), fmt.percent(m.share)) for m in r.rows],
        ("Итого", fmt.count(r.deals), fmt.money(r.revenue), "", "")))
    doc.chart = Chart("hbar", [m.name or "без менеджера" for m in r.rows],
                      [_f(m.revenue) for m in r.rows], "Выручка, руб.")
    return doc


def channels(r: dto.RevenueByChannel) -> ReportDocument:
    doc = ReportDocument("Каналы привлечения", empty=r.is_empty,
                         note="Лиды — сделки, созданные в периоде; расходы — за месяцы периода.")
    doc.tables.append(Table(
        (_c("Канал", 0.17, LEFT), _c("Лиды", 0.06), _c("Продажи", 0.08), _c("Выручка", 0.12),
         _c("Конверсия", 0.09), _c("Ср. чек", 0.1), _c("Расходы", 0.1), _c("Цена лида", 0.09),
         _c("Цена продажи", 0.1), _c("ROMI", 0.09)),
        [(c.name or "без канала", fmt.count(c.leads), fmt.count(c.won), fmt.money(c.revenue),
          fmt.percent(c.conversion), fmt.money(c.average_check), fmt.money(c.spend),
          fmt.money(c.cost_per_lead), fmt.money(c.cost_per_sale),
          fmt.percent(c.return_on_spend)) for c in r.rows]))
    doc.chart = Chart("hbar", [c.name or "без канала" for c in r.rows],
                      [_f(c.revenue) for c in r.rows], "Выручка, руб.")
    return doc


def plan(r: dto.PlanVsFact) -> ReportDocument:
    doc = ReportDocument("План / факт по менеджерам", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Менеджер", 0.4, LEFT), _c("План, руб.", 0.2), _c("Факт, руб.", 0.2),
         _c("Выполнение", 0.2)),
        [(p.name, fmt.money(p.plan), fmt.money(p.fact), fmt.percent(p.done)) for p in r.rows],
        ("Итого", fmt.money(r.plan), fmt.money(r.fact), "")))
    doc.chart = Chart("hbar", [p.name for p in r.rows],
                      [_f(p.done or Decimal(0)) for p in r.rows], "Выполнение плана, %")
    return doc


def products(r: dto.TopProducts) -> ReportDocument:
    doc = ReportDocument("Топ товаров", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("№", 0.06), _c("Товар", 0.4, LEFT), _c("Количество", 0.14),
         _c("Выручка, руб.", 0.18), _c("Сделок", 0.1), _c("Доля", 0.12)),
        [(str(n), p.name, fmt.quantity(p.quantity), fmt.money(p.revenue), fmt.count(p.deals),
          fmt.percent(p.share)) for n, p in enumerate(r.rows, start=1)],
        caption=f"Выручка всех позиций выигранных сделок: {fmt.money(r.revenue)} руб."))
    doc.chart = Chart("hbar", [p.name for p in r.rows[:10]],
                      [_f(p.revenue) for p in r.rows[:10]], "Выручка, руб. (первые 10)")
    return doc


def losses(r: dto.LossReasons) -> ReportDocument:
    doc = ReportDocument("Причины проигрыша", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Причина", 0.4, LEFT), _c("Сделок", 0.15), _c("Сумма, руб.", 0.25),
         _c("Доля", 0.2)),
        [(x.reason or "не указана", fmt.count(x.deals), fmt.money(x.amount),
          fmt.percent(x.share)) for x in r.rows],
        ("Итого", fmt.count(r.deals), fmt.money(r.amount), "")))
    doc.chart = Chart("pie", [x.reason or "не указана" for x in r.rows],
                      [float(x.deals) for x in r.rows], "Доля сделок")
    return doc


def first_sale(r: dto.TimeToFirstSale) -> ReportDocument:
    doc = ReportDocument("Время от первого контакта до первой продажи", empty=r.is_empty)
    doc.tables.append(Table(
        (_c("Клиентов с первой продажей", 0.4, LEFT), _c("В среднем", 0.3), _c("Медиана", 0.3)),
        [(fmt.count(r.clients), fmt.days(r.average_days), fmt.days(r.median_days))]))
    labels = [f"до {b.up_to_days} дн." if b.up_to_days else "дольше" for b in r.buckets]
    doc.tables.append(Table(
        (_c("Срок", 0.5, LEFT), _c("Клиентов", 0.5)),
        [(label, fmt.count(b.clients)) for label, b in zip(labels, r.buckets, strict=True)]))
    doc.chart = Chart("bar", labels, [float(b.clients) for b in r.buckets], "Клиентов")
    return doc


def tasks(r: dto.TaskDiscipline) -> ReportDocument:
    doc = ReportDocument("Задачи сотрудников", empty=r.is_empty,
                         note="Открытые и просроченные — на момент печати; "
                              "выполненные — за период.")
    doc.tables.append(Table(
        (_c("Сотрудник", 0.34, LEFT), _c("Открыто", 0.12), _c("Просрочено", 0.14),
         _c("Выполнено", 0.14), _c("В срок", 0.12), _c("В срок, %", 0.14)),
        [(t.name, fmt.count(t.open), fmt.count(t.overdue), fmt.count(t.done),
          fmt.count(t.done_on_time), fmt.percent(t.on_time)) for t in r.rows]))
    return doc


def not_contacted(r: dto.NotContacted) -> ReportDocument:
    shown = f" (показаны {fmt.count(len(r.rows))})" if len(r.rows) < r.total else ""
    doc = ReportDocument(f"Клиенты без контакта более {r.days} дн.", empty=r.is_empty,
                         note=f"Всего клиентов: {fmt.count(r.total)}{shown}.")
    doc.tables.append(Table(
        (_c("Клиент", 0.46, LEFT), _c("Менеджер", 0.26, LEFT), _c("Последний контакт", 0.16),
         _c("Дней", 0.12)),
        [(q.name, q.manager or fmt.DASH, fmt.day(q.last_contact_at),
          fmt.count(q.days) if q.days is not None else "никогда") for q in r.rows]))
    return doc


BUILDERS: dict[type, Any] = {
    dto.FunnelReport: funnel, dto.RevenueByPeriod: revenue, dto.RevenueByManager: managers,
    dto.RevenueByChannel: channels, dto.PlanVsFact: plan, dto.TopProducts: products,
    dto.LossReasons: losses, dto.TimeToFirstSale: first_sale, dto.TaskDiscipline: tasks,
    dto.NotContacted: not_contacted,
}


def as_csv(report: Any) -> str:
    """The report's tables as CSV: a header row per table, then its rows (and total)."""
    doc, out = document(report), io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([doc.title])
    for table in doc.tables:
        writer.writerow([c.header for c in table.columns])
        writer.writerows(table.rows)
        if table.total is not None:
            writer.writerow(table.total)
    return out.getvalue()


def document(report: Any) -> ReportDocument:
    """The printable form of any report DTO."""
    return BUILDERS[type(report)](report)  # type: ignore[no-any-return]
