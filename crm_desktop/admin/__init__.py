"""crm-admin, the command line for IT administrators (entry point: crm_desktop.admin.cli:main)."""
