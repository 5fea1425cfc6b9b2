"""The invoice list's look, matching the card's other lists (#dealsList in app.qss)."""

LIST_STYLE = """
#invoicesList {
    background: #ffffff;
    border: 1px solid #e4e7ec;
    border-radius: 10px;
    alternate-background-color: #f8f9fb;
}
#invoicesList::item { padding: 6px 4px; }
#invoicesList QHeaderView::section {
    background: #ffffff;
    border: none;
    border-bottom: 1px solid #e4e7ec;
    padding: 8px 6px;
    color: #6b7280;
    font-weight: 600;
}
"""
