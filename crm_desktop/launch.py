"""The GUI's entry point for `crm-desktop`, `python -m crm_desktop` and the bundle's launcher.

Importing Qt, SQLAlchemy and the models allocates ~160,000 long-lived objects, which sets off
~200 cyclic collections (~0.1 s of start-up) that free nothing; the collector is paused while
the program loads and the loaded objects are frozen, so no later collection walks them either.
app.main() then collects on the GUI thread (ui/gc_guard.py).
"""

import gc


def main() -> int:
    gc.disable()
    from crm_desktop.app import main as run_gui

    gc.freeze()
    return run_gui()
