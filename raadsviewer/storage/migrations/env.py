"""Alembic environment: runs against the engine (or the open connection) handed in by ``storage.db.upgrade``."""

from alembic import context

from raadsviewer.storage.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:  # a server store being opened: inside the caller's transaction and lock
        _run(connection)
        return
    engine = context.config.attributes["engine"]
    with engine.begin() as connection:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables (plain ALTER elsewhere)
    )
    context.run_migrations()


run_migrations_online()
