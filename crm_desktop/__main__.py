from crm_desktop.app import main

raise SystemExit(main())
