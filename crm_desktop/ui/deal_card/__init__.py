"""The deal card: header with the stage bar, the form with line items, and its tabs."""
