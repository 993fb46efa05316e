"""Alembic environment: runs on the connection the store hands over (see ``store.engine.migrate``)."""

from __future__ import annotations

from alembic import context

from annalyst.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through the store
    raise RuntimeError("annalyst migrations run through annalyst.store, which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
