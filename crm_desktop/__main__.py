"""`python -m crm_desktop`: the GUI."""

import gc

# Importing Qt, SQLAlchemy and the models allocates a few hundred thousand long-lived objects,
# which sets off ~200 cyclic collections (~0.1 s of start-up) that free nothing; main() then
# collects on the GUI thread on its own schedule (ui/gc_guard.py).
gc.disable()

from crm_desktop.app import main  # noqa: E402 - after the collector is paused

raise SystemExit(main())
