"""SMTP submission over reused connections, and failures sorted into the two kinds
the outbox cares about: temporary (retry later) and permanent (give up, tell staff).

A mail is sent in two steps: `begin` (MAIL, RCPT, DATA and the content) and `end` (the
end-of-data line, after which the server delivers and answers 250). A server delivers
nothing whose end-of-data line it did not get, so the relay can run the first step of
several mails at once and still have at most one mail between end-of-data and its record.
"""

from __future__ import annotations

import logging
import re
import ssl

import aiosmtplib
from aiosmtplib.protocol import normalize_message_line_endings

from mailbot.config import SmtpSettings

log = logging.getLogger(__name__)

_LEADING_DOT = re.compile(rb"(?m)^\.")  # RFC 5321 4.5.2: a line starting with "." gets another
_START_INPUT, _COMPLETED = 354, 250


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
    """Keeps one SMTP session open while there is mail to send; one mail at a time."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None
        # True between a mail's content and its end-of-data line: the session is then
        # inside DATA, and anything written to it would become part of that mail.
        self._in_data = False

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
        await self.begin(sender, recipient, data)
        await self.end()

    async def begin(self, sender: str, recipient: str, data: bytes) -> None:
        """Everything of one mail's transaction but the end-of-data line; raises SendFailure."""
        if self._in_data:
            self.abort()  # the last mail never got its end: drop it, never complete it
        try:
            client = self._client if self._client and self._client.is_connected else await self._connect()
            await _hello(client)
            message = normalize_message_line_endings(data)
            options = [f"size={len(message)}"] if client.supports_extension("size") else []
            try:
                await client.mail(sender, options=options)
                try:
                    await client.rcpt(recipient)
                except aiosmtplib.SMTPRecipientRefused as exc:
                    raise aiosmtplib.SMTPRecipientsRefused([exc]) from None
                start = await client.execute_command(b"DATA")
                if start.code != _START_INPUT:
                    raise aiosmtplib.SMTPDataError(start.code, start.message)
                if client.protocol is None:
                    raise aiosmtplib.SMTPServerDisconnected("connection lost during DATA")
                body = _LEADING_DOT.sub(b"..", message)
                client.protocol.write(body if body.endswith(b"\r\n") else body + b"\r\n")
                self._in_data = True
            except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused):
                await _reset(client)
                raise
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise await self._failure(exc) from None

    async def end(self) -> None:
        """The end-of-data line of the mail `begin` started: the server takes it (250) or
        refuses it; raises SendFailure."""
        try:
            client = self._client
            if client is None or not client.is_connected or not self._in_data:
                raise aiosmtplib.SMTPServerDisconnected("connection lost before the end of data")
            self._in_data = False
            try:
                done = await client.execute_command(b".")
                if done.code != _COMPLETED:
                    raise aiosmtplib.SMTPDataError(done.code, done.message)
            except aiosmtplib.SMTPResponseException:
                await _reset(client)
                raise
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise await self._failure(exc) from None

    async def _failure(self, exc: Exception) -> SendFailure:
        """The SendFailure for a failed step; after a temporary failure the session is
        closed and opened afresh next time."""
        if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
            codes = [e.code for e in exc.recipients]
            return SendFailure(f"recipient refused ({codes[0] if codes else '?'})",
                               permanent=all(c >= 500 for c in codes))
        if isinstance(exc, aiosmtplib.SMTPResponseException):
            if exc.code >= 500 and not isinstance(exc, aiosmtplib.SMTPAuthenticationError):
                return SendFailure(f"{exc.code} {exc.message}"[:300], permanent=True)
            await self.close()
            return SendFailure(f"{exc.code} {exc.message}"[:300], permanent=False)
        await self.close()
        return SendFailure(f"{type(exc).__name__}: {exc}"[:300], permanent=False)

    async def check_login(self) -> None:
        """Connect and authenticate without sending (for `doctor`)."""
        await self._connect()
        await self.close()

    def abort(self) -> None:
        """Drop the connection without a word: a mail whose end-of-data line was not
        sent is then discarded by the server."""
        client, self._client, self._in_data = self._client, None, False
        if client is not None:
            client.close()

    async def close(self) -> None:
        if self._in_data:
            self.abort()
            return
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except Exception:
                client.close()


async def _hello(client: aiosmtplib.SMTP) -> None:
    """EHLO, or HELO for a server without ESMTP, once per session (as sendmail does)."""
    if client.is_ehlo_or_helo_needed:
        try:
            await client.ehlo()
        except aiosmtplib.SMTPHeloError:
            if not client.is_connected:
                raise
            await client.helo()


async def _reset(client: aiosmtplib.SMTP) -> None:
    """RSET after a refused step, so the session can carry the next mail."""
    try:
        await client.rset()
    except (ConnectionError, aiosmtplib.SMTPResponseException):
        pass
