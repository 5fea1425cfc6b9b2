"""crm-desktop: an on-premise desktop CRM."""

__version__ = "0.1.0"
