"""Qt widgets, dialogs and item models; only this package (and app.py) imports PySide6."""
