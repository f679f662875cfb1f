"""The customer directory: addresses already known (and so verified) customers use.

A CSV export with an `email` column (re-read when the file changes), or an SQL query
taking `:address` on the mailbot database. Without either, nobody is pre-verified.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from sqlalchemy import Engine, text

from mailbot.config import VerificationSettings

log = logging.getLogger(__name__)


class CustomerDirectory:
    def __init__(self, settings: VerificationSettings, engine: Engine) -> None:
        self.csv_path: Path | None = settings.directory_csv
        self.sql = settings.directory_sql
        self.engine = engine
        self._mtime: float | None = None
        self._addresses: frozenset[str] = frozenset()

    def _load_csv(self) -> frozenset[str]:
        assert self.csv_path is not None
        try:
            mtime = self.csv_path.stat().st_mtime
        except OSError:
            log.warning("customer directory %s is missing; nobody is pre-verified", self.csv_path)
            return frozenset()
        if mtime != self._mtime:
            with self.csv_path.open(newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                column = next((c for c in reader.fieldnames or () if c.strip().lower() in
                               ("email", "e-mail", "emailadres", "e-mailadres")), None)
                if column is None:
                    log.warning("customer directory %s has no email column", self.csv_path)
                    self._addresses = frozenset()
                else:
                    self._addresses = frozenset(
                        (row.get(column) or "").strip().lower() for row in reader if row.get(column))
            self._mtime = mtime
        return self._addresses

    def knows(self, address: str) -> bool:
        if not address:
            return False
        if self.csv_path is not None and address.lower() in self._load_csv():
            return True
        if self.sql:
            with self.engine.connect() as conn:
                return conn.execute(text(self.sql), {"address": address.lower()}).first() is not None
        return False
