"""Domain services: one unit of work per user action, used by the GUI and the command line.

Services take and return plain values (dataclasses), never ORM objects, so nothing outside
depends on an open session.
"""
