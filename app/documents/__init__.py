"""Documents that leave the program: PDF summaries (reportlab), Excel and CSV exports and
statistics reports. No Qt here: the GUI and the command line call the same functions."""
