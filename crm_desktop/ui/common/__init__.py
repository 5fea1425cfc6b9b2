"""Widgets the client card, the deal card, the deals board and the settings share."""
