"""`python -m crm_desktop`: the GUI."""

from crm_desktop.launch import main

raise SystemExit(main())
