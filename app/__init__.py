"""ICF Assess: the application's services (no Qt) and, in `app.gui`, its Qt client."""

__version__ = "0.1.0"
