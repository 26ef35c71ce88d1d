"""Storage: the data model (SQLAlchemy 2 ORM), the database (SQLite or PostgreSQL),
Alembic migrations and backups. No Qt."""
