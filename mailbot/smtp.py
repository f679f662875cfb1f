"""SMTP submission with one reused connection, and failures sorted into the two kinds
the outbox cares about: temporary (retry later) and permanent (give up, tell staff)."""

from __future__ import annotations

import logging
import ssl

import aiosmtplib

from mailbot.config import SmtpSettings

log = logging.getLogger(__name__)


class SendFailure(Exception):
    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    if not settings.verify_certificates:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


class SmtpSender:
    """Keeps one SMTP session open while there is mail to send."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.host, port=s.port, timeout=s.timeout_seconds,
            use_tls=s.tls == "implicit", start_tls=(s.tls == "starttls"),
            validate_certs=s.verify_certificates,
            tls_context=_tls_context(s) if s.tls != "none" else None,
        )
        await client.connect()
        if s.user:
            await client.login(s.user, s.password.get_secret_value())
        self._client = client
        return client

    async def send(self, sender: str, recipient: str, data: bytes) -> None:
        """Hand one message to the server; raises SendFailure."""
        try:
            client = self._client if self._client and self._client.is_connected else await self._connect()
            errors, _ = await client.sendmail(sender, [recipient], data)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [e.code for e in exc.recipients]
            raise SendFailure(f"recipient refused ({codes[0] if codes else '?'})",
                              permanent=all(c >= 500 for c in codes)) from None
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code >= 500 and not isinstance(exc, aiosmtplib.SMTPAuthenticationError):
                raise SendFailure(f"{exc.code} {exc.message}"[:300], permanent=True) from None
            await self.close()
            raise SendFailure(f"{exc.code} {exc.message}"[:300], permanent=False) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            await self.close()
            raise SendFailure(f"{type(exc).__name__}: {exc}"[:300], permanent=False) from None
        if errors:
            raise SendFailure(f"recipient refused: {list(errors.values())[0]}"[:300], permanent=True)

    async def check_login(self) -> None:
        """Connect and authenticate without sending (for `doctor`)."""
        await self._connect()
        await self.close()

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except Exception:
                client.close()
