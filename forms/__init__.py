"""Assessment templates and informant questionnaires (built in a later issue)."""
