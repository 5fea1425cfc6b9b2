"""`python -m crm_desktop`: the GUI."""

import gc

# Importing Qt, SQLAlchemy and the models allocates ~160,000 long-lived objects, which sets off
# ~200 cyclic collections (~0.1 s of start-up) that free nothing; they are frozen instead, so no
# later collection walks them either. main() then collects on the GUI thread (ui/gc_guard.py).
gc.disable()

from crm_desktop.app import main  # noqa: E402 - after the collector is paused

gc.freeze()
raise SystemExit(main())
