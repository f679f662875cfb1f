"""Alembic environment: runs on the engine handed over by mailbot.store.db."""

from __future__ import annotations

from alembic import context

from mailbot.store.tables import METADATA

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=METADATA, render_as_batch=True)
    context.run_migrations()
