"""The dashboard's own look (cards, titles, notes), on top of the application stylesheet."""

STYLE = """
#reportsPage, #reportsBody { background: #f6f7f9; }
QFrame[reportCard="true"] {
    background: #ffffff; border: 1px solid #e4e7ec; border-radius: 12px;
}
#reportCardTitle { font-size: 11.5pt; font-weight: 700; color: #1f2430; }
#reportEmpty, #reportNote { color: #6b7280; }
#reportBigNumber { font-size: 20pt; font-weight: 700; color: #1f2430; }
#reportMessage { color: #b91c1c; }
#reportsBody #statCard { min-width: 0px; }
#reportsBody #statValue { font-size: 18pt; }
#reportMessage[ok="true"] { color: #15803d; }
QFrame[reportCard="true"] QTableWidget {
    border: none; background: #ffffff; alternate-background-color: #f8fafc;
}
QFrame[reportCard="true"] QTableWidget::item { padding: 0px 4px; }
#pieLegend { color: #374151; }
QFrame[reportCard="true"] QHeaderView::section {
    background: #ffffff; color: #6b7280; border: none; border-bottom: 1px solid #e4e7ec;
    padding: 4px 6px; font-weight: 600;
}
"""
