"""PDF documents (ReportLab): DTOs in, PDF bytes out. Qt-free."""
