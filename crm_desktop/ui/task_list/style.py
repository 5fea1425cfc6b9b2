"""The look of the Tasks section's own widgets (set on the page, so it cascades to them)."""

STYLE = """
#taskTable, #employeeTaskTable {
    background: #ffffff;
    border: 1px solid #e4e7ec;
    border-radius: 10px;
    selection-background-color: #eaf0ff;
    selection-color: #1f2430;
    outline: 0;
}
#taskTable::item, #employeeTaskTable::item { padding: 0 8px; border: none; }
#taskTable::item:selected, #employeeTaskTable::item:selected {
    background: #eaf0ff;
    color: #1f2430;
}
#taskTable QHeaderView::section, #employeeTaskTable QHeaderView::section,
#workloadList QHeaderView::section, #projectPlan QHeaderView::section {
    background: #ffffff;
    color: #4b5563;
    font-weight: 600;
    border: none;
    border-bottom: 1px solid #e4e7ec;
    padding: 8px 10px;
}
#workloadList, #projectList, #projectPlan, #calendarGrid {
    background: #ffffff;
    border: 1px solid #e4e7ec;
    border-radius: 10px;
    outline: 0;
}
#workloadList::item, #projectPlan::item { padding: 6px 4px; }
#projectList::item { padding: 8px 10px; border-bottom: 1px solid #f0f2f5; }
#projectList::item:selected, #workloadList::item:selected, #projectPlan::item:selected {
    background: #eaf0ff;
    color: #1f2430;
}
#calendarPeriod, #projectTitle { font-size: 12pt; font-weight: 600; color: #1f2430; }
#projectDates, #taskSummary { color: #6b7280; }
#taskSummary { font-size: 11pt; padding-bottom: 4px; }
#taskListEmptyState {
    background: #ffffff;
    border: 1px solid #e4e7ec;
    border-radius: 10px;
}
#taskListEmptyArt { background: #eaf0ff; border-radius: 32px; }
#taskListEmptyHeading { color: #1f2430; font-size: 13pt; font-weight: 600; }
#taskListEmpty { color: #6b7280; font-size: 10.5pt; }
#taskListEmptyCreate { padding: 6px 16px; }
"""
