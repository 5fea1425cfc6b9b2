"""Invoices in the client and deal cards: the list, the draft editor, payment, PDF."""
