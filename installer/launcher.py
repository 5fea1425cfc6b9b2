"""The bundle's one entry script: the executable's name picks crm-desktop or crm-admin.

Both programs share one PyInstaller analysis (one set of libraries, half the build time); each
executable is a copy of this launcher under its own name.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.executable).stem.lower()
    if name.startswith("crm-admin"):
        from crm_desktop.admin.cli import main as admin_main

        return admin_main()
    from crm_desktop.launch import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
