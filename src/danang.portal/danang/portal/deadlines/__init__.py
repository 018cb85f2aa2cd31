"""Working days, holidays and due dates of dossiers.

``api`` has the functions to call (due_date, is_working_day, working_days_between, shift_due...);
``working_calendar`` the arithmetic; ``holidays.json`` the shipped calendar; ``interfaces`` the
registry records administrators edit in the control panel.
"""
