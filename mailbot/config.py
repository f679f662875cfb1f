"""TOML configuration -> frozen, typed settings, validated once at start.

Errors name the key, the value and the fix. Secrets never live in the file: a
`password` key is rejected; passwords come from `password_file`, `password_env` or
`password_credential` (a systemd credential in $CREDENTIALS_DIRECTORY).
"""

from __future__ import annotations

import ipaddress
import os
import sys
import tomllib
from datetime import date, time
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

TlsMode = Literal["implicit", "starttls", "none"]
SECRET_KEYS = ("password", "secret", "token", "token_key")


def default_templates_dir() -> Path:
    """The shipped templates: beside the package in a source checkout or editable
    install, else where `pip install .` puts them (<prefix>/share/mailbot/templates)."""
    beside = Path(__file__).resolve().parent.parent / "templates"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "mailbot" / "templates"


class ConfigError(Exception):
    """The configuration cannot be used; `problems` holds one line per problem."""

    def __init__(self, problems: list[str], path: Path | None = None) -> None:
        self.problems = problems
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(problems))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve_secret(section: str, data: dict[str, Any], required: bool,
                    stem: str = "password") -> dict[str, Any]:
    """Turn <stem>_file / <stem>_env / <stem>_credential into `<stem>`."""
    for key in list(data):
        if key.lower() in SECRET_KEYS or key == stem:
            raise ValueError(
                f"{section}.{key}: secrets are not allowed in the config file (it is often "
                f"world-readable and ends up in backups); use {stem}_file = \"/path\", "
                f"{stem}_env = \"ENV_VAR\" or {stem}_credential = \"name\" (systemd LoadCredential=)"
            )
    names = (f"{stem}_file", f"{stem}_env", f"{stem}_credential")
    sources = [k for k in names if data.get(k)]
    if len(sources) > 1:
        raise ValueError(f"{section}: give only one of {', '.join(sources)}")
    out = {k: v for k, v in data.items() if k not in names}
    if not sources:
        if required:
            raise ValueError(
                f"{section}.{stem}_file: no {stem} source; set {stem}_file, {stem}_env "
                f"or {stem}_credential"
            )
        out[stem] = SecretStr("")
        return out
    key = sources[0]
    value = str(data[key])
    if key.endswith("_file"):
        try:
            secret = Path(value).read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise ValueError(f"{section}.{key}: cannot read {value!r} ({exc.strerror}); "
                             "create the file or fix the path") from None
    elif key.endswith("_env"):
        if value not in os.environ:
            raise ValueError(f"{section}.{key}: environment variable {value!r} is not set; "
                             "export it before starting mailbot")
        secret = os.environ[value]
    else:
        cred_dir = os.environ.get("CREDENTIALS_DIRECTORY")
        if not cred_dir:
            raise ValueError(f"{section}.{key}: $CREDENTIALS_DIRECTORY is not set; "
                             f"add LoadCredential={value}:/path to the systemd unit")
        try:
            secret = (Path(cred_dir) / value).read_text(encoding="utf-8").strip("\r\n")
        except OSError:
            raise ValueError(f"{section}.{key}: credential {value!r} not found in "
                             "$CREDENTIALS_DIRECTORY; check LoadCredential= in the unit") from None
    out[stem] = SecretStr(secret)
    return out


class Folders(_Model):
    inbox: str = "INBOX"
    processed: str = "Processed"
    quarantine: str = "Quarantine"
    sent: str = "Sent"


class ImapSettings(_Model):
    host: str
    port: int = Field(default=0, ge=1, le=65535, validate_default=False)
    tls: TlsMode = "implicit"
    allow_plaintext_remote: bool = False
    verify_certificates: bool = True
    ca_file: str | None = None
    user: str = Field(min_length=1)
    password: SecretStr
    folders: Folders = Folders()
    timeout_seconds: float = Field(default=30.0, gt=0)
    idle_renew_seconds: float = Field(default=540.0, gt=0, le=600)
    poll_interval_seconds: float = Field(default=60.0, gt=0)
    batch_size: int = Field(default=200, ge=1, le=5000)
    max_message_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    reconnect_max_seconds: float = Field(default=300.0, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _secrets(cls, data: Any) -> Any:
        return _resolve_secret("imap", dict(data), required=True) if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _defaults(self) -> ImapSettings:
        if self.port == 0:
            object.__setattr__(self, "port", 993 if self.tls == "implicit" else 143)
        if self.tls == "none" and not _is_loopback(self.host) and not self.allow_plaintext_remote:
            raise ValueError(
                f'imap.tls: "none" sends the password in clear to {self.host!r}; use "implicit" or '
                '"starttls", or set imap.allow_plaintext_remote = true to force it'
            )
        return self


class SmtpSettings(_Model):
    host: str
    port: int = Field(default=0, ge=1, le=65535, validate_default=False)
    tls: TlsMode = "starttls"
    allow_plaintext_remote: bool = False
    verify_certificates: bool = True
    ca_file: str | None = None
    user: str | None = None
    password: SecretStr
    timeout_seconds: float = Field(default=30.0, gt=0)
    retry_base_seconds: float = Field(default=30.0, gt=0)
    retry_max_seconds: float = Field(default=1800.0, gt=0)
    give_up_hours: float = Field(default=48.0, gt=0)
    # SMTP sessions used in parallel (the end of data stays one mail at a time)
    connections: int = Field(default=4, ge=1, le=32)

    @model_validator(mode="before")
    @classmethod
    def _secrets(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        return _resolve_secret("smtp", dict(data), required=bool(data.get("user")))

    @model_validator(mode="after")
    def _defaults(self) -> SmtpSettings:
        if self.port == 0:
            object.__setattr__(self, "port", {"implicit": 465, "starttls": 587, "none": 25}[self.tls])
        if self.tls == "none" and not _is_loopback(self.host) and not self.allow_plaintext_remote:
            raise ValueError(
                f'smtp.tls: "none" sends mail unencrypted to {self.host!r}; use "starttls" or '
                '"implicit", or set smtp.allow_plaintext_remote = true to force it'
            )
        return self


def _check_address(key: str, value: str) -> str:
    _, addr = parseaddr(value)
    if "@" not in addr or any(c in value for c in "\r\n"):
        raise ValueError(f"{key}: expected an e-mail address like info@example.org, got {value!r}")
    return value


class OrganisationSettings(_Model):
    name: str = Field(min_length=1)
    address: str  # the mailbox customers write to, e.g. info@onro.eu
    sender: str = ""  # From of replies, e.g. "ONRO <info@onro.eu>"; defaults to name + address
    reference_prefix: str = Field(pattern=r"^[A-Z][A-Z0-9]{1,9}$")
    privacy_officer: str
    own_addresses: tuple[str, ...] = ()  # more addresses of ours: mail from them is never answered
    language: Literal["nl", "en"] = "nl"
    timezone: str = "Europe/Amsterdam"
    website: str = ""
    dpa_name: str = "Autoriteit Persoonsgegevens"
    dpa_url: str = "https://autoriteitpersoonsgegevens.nl"

    @model_validator(mode="after")
    def _addresses(self) -> OrganisationSettings:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"organisation.timezone: unknown time zone {self.timezone!r}; "
                             "use an IANA name such as Europe/Amsterdam") from None
        _check_address("organisation.address", self.address)
        _check_address("organisation.privacy_officer", self.privacy_officer)
        if not self.sender:
            object.__setattr__(self, "sender", f"{self.name} <{self.address}>")
        _check_address("organisation.sender", self.sender)
        for addr in self.own_addresses:
            _check_address("organisation.own_addresses", addr)
        return self

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1].lower()

    @property
    def domain(self) -> str:
        return self.sender_address.rpartition("@")[2]

    @property
    def all_own_addresses(self) -> frozenset[str]:
        addrs = {self.address, self.sender_address, *self.own_addresses}
        return frozenset(parseaddr(a)[1].lower() for a in addrs)


class StaffSettings(_Model):
    privacy: tuple[str, ...] = ()  # rights requests, complaints, breaches
    support: tuple[str, ...] = ()  # questions

    @model_validator(mode="after")
    def _addresses(self) -> StaffSettings:
        for key in ("privacy", "support"):
            for addr in getattr(self, key):
                _check_address(f"staff.{key}", addr)
        return self

    @property
    def everyone(self) -> frozenset[str]:
        return frozenset(parseaddr(a)[1].lower() for a in (*self.privacy, *self.support))


class EscalationSettings(_Model):
    """The ladder: fractions of the time to the due time at which staff are warned."""

    reminder_at: float = Field(default=0.5, gt=0, lt=1)
    urgent_at: float = Field(default=0.8, gt=0, lt=1)
    overdue_repeat_working_days: int = Field(default=1, ge=1)  # then again every N working days
    digest_time: time = time(8, 30)  # local time, working days only
    digest: bool = True

    @model_validator(mode="after")
    def _order(self) -> EscalationSettings:
        if self.urgent_at <= self.reminder_at:
            raise ValueError("escalation.urgent_at: must be later than escalation.reminder_at")
        return self


class VerificationSettings(_Model):
    """Identity checks for rights that disclose or change data."""

    rights: tuple[str, ...] = ("access", "portability", "rectification", "erasure")
    # Known customers are verified already: a CSV file with an `email` column ...
    directory_csv: Path | None = None
    # ... or an SQL query on the mailbot database URL taking :address, returning a row if known.
    directory_sql: str | None = None
    code_ttl_hours: int = Field(default=72, ge=1)


class CaseSettings(_Model):
    # A new message from the same requester with the same intent within this many days
    # joins the open case as a probable duplicate instead of opening a second clock.
    duplicate_window_days: int = Field(default=3, ge=0)


class UnsubscribeSettings(_Model):
    """Tell the newsletter system about unsubscribes (retried until acknowledged)."""

    hook_command: tuple[str, ...] = ()  # argv; the address is given on stdin, exit 0 = done
    hook_url: str | None = None  # HTTP POST {"address":..., "organisation":..., "at":...}
    hook_timeout_seconds: float = Field(default=10.0, gt=0)


class DeadlineSettings(_Model):
    rights_request_days: int = Field(default=14, ge=1, le=31)
    complaint_days: int = Field(default=14, ge=1, le=31)
    question_working_days: int = Field(default=1, ge=1, le=10)
    breach_hours: int = Field(default=72, ge=1)


class CalendarSettings(_Model):
    office_open: time = time(9, 0)
    office_close: time = time(17, 0)
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    good_friday_closed: bool = True
    liberation_day: Literal["always", "lustrum", "never"] = "lustrum"
    extra_closed_days: tuple[date, ...] = ()

    @model_validator(mode="after")
    def _hours(self) -> CalendarSettings:
        if self.office_close <= self.office_open:
            raise ValueError("calendar.office_close: must be later than calendar.office_open")
        if not self.workdays or any(d < 0 or d > 6 for d in self.workdays):
            raise ValueError("calendar.workdays: expected weekday numbers 0 (Monday) to 6 (Sunday)")
        return self


RETENTION_PROFILES: dict[str, dict[str, int]] = {
    # ONRO's privacy statement: support correspondence is kept while the case is open and
    # one year after it closes; then only a minimal record stays. "Het bewijs van
    # verificatie" is kept 10 years.
    "onro": {"keep_after_close_days": 365, "minimise_after_close_days": 365,
             "proof_of_verification_years": 10},
    # Urios' privacy protocol: everything is kept two years after the end; "lopende het
    # derde jaar" it is minimised (done on the first night of the third year); the
    # minimised data stays "zolang de wettelijke termijn voorschrijft" (7 years, the
    # Dutch statutory term for business records, art. 52 AWR / art. 2:10 BW).
    "urios": {"keep_after_close_days": 730, "minimise_after_close_days": 730,
              "proof_of_verification_years": 7},
}


class RetentionSettings(_Model):
    """How long the bot keeps what it recorded (`mailbot retention`, nightly).

    A case's clock starts once it is finished (resolved, refused, closed, or answered by
    staff), at its last sign of life: closing, the last message in or out, the last event.
    Open cases are kept. The suppression list is never touched by retention.
    """

    profile: Literal["onro", "urios", "custom"] = "onro"
    # Message bodies (raw mail in and out) of a case are deleted this long after it closed.
    keep_after_close_days: int | None = Field(default=None, ge=0)
    # Addresses, names, subjects and free text of a case are erased this long after it closed.
    minimise_after_close_days: int | None = Field(default=None, ge=0)
    # The proof of verification (kept with the minimal record) is removed after this long.
    proof_of_verification_years: int | None = Field(default=None, ge=0, le=100)
    # Messages that never became part of a case, deleted whole after this many days:
    noise_days: int = Field(default=30, ge=0)  # auto-replies, bounces, lists, spam
    duplicate_days: int = Field(default=30, ge=0)  # re-deliveries of a recorded message
    quarantine_days: int = Field(default=90, ge=0)  # messages that could not be handled
    # Staff mail that belongs to no case (the daily digest): its body is deleted after this.
    staff_mail_days: int = Field(default=30, ge=0)
    # SQLite: VACUUM after a run that freed at least this many MiB (0: never).
    sqlite_vacuum_mb: int = Field(default=256, ge=0)
    # false: nothing is deleted for this mailbox; `mailbot retention` only reports what is due.
    enabled: bool = True

    @model_validator(mode="after")
    def _profile(self) -> RetentionSettings:
        keys = ("keep_after_close_days", "minimise_after_close_days", "proof_of_verification_years")
        preset = RETENTION_PROFILES.get(self.profile)
        for key in keys:
            value = getattr(self, key)
            if preset is None:
                if value is None:
                    raise ValueError(f'retention.{key}: profile "custom" needs every period; '
                                     f"set {key}")
            elif value is None:
                object.__setattr__(self, key, preset[key])
            elif value != preset[key]:
                raise ValueError(
                    f'retention.{key}: profile "{self.profile}" means {preset[key]} (its privacy '
                    f'statement); remove the key, or set profile = "custom" to choose periods')
        keep, minimise = self.keep_after_close_days or 0, self.minimise_after_close_days or 0
        if minimise < keep:
            raise ValueError("retention.minimise_after_close_days: must not be earlier than "
                             "keep_after_close_days (minimising deletes the message bodies too)")
        if (self.proof_of_verification_years or 0) * 365 < minimise:
            raise ValueError("retention.proof_of_verification_years: must not end before "
                             "minimise_after_close_days (the proof stays with the minimal record)")
        return self


class MailboxSettings(_Model):
    """One watched mailbox and the organisation that answers it."""

    name: str = Field(default="info", pattern=r"^[a-z0-9][a-z0-9_-]{0,29}$")
    organisation: OrganisationSettings
    imap: ImapSettings
    staff: StaffSettings = StaffSettings()
    deadlines: DeadlineSettings = DeadlineSettings()
    calendar: CalendarSettings = CalendarSettings()
    escalation: EscalationSettings = EscalationSettings()
    verification: VerificationSettings = VerificationSettings()
    cases: CaseSettings = CaseSettings()
    unsubscribe: UnsubscribeSettings = UnsubscribeSettings()
    retention: RetentionSettings = RetentionSettings()
    templates_dir: Path | None = None  # per-organisation overrides, searched first


class DatabaseSettings(_Model):
    url: str = ""  # default: sqlite file in the state dir


class ReplySettings(_Model):
    same_kind_window_days: int = Field(default=7, ge=0)
    daily_cap_per_address: int = Field(default=3, ge=1)


class ClassifierSettings(_Model):
    review_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    # The statistical breach reading (rules/breach_model.py) and, optionally, a
    # threshold of its own in place of the model's.
    breach_reading: bool = True
    breach_reading_threshold: float | None = Field(default=None, gt=0.0, lt=1.0)


class SecuritySettings(_Model):
    """Key for the HMAC tokens in staff reply addresses (info+REF.token@...)."""

    token_key: SecretStr = SecretStr("")

    @model_validator(mode="before")
    @classmethod
    def _secrets(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        return _resolve_secret("security", dict(data), required=False, stem="token_key")


class MetricsSettings(_Model):
    """`/metrics` (Prometheus) and `/healthz` over HTTP; off while `listen` is empty."""

    listen: str = ""  # "127.0.0.1:9155", "[::1]:9155" or "localhost:9155"
    allow_remote: bool = False  # listen on a non-loopback address (no authentication!)
    stale_after_seconds: float = Field(default=180.0, gt=0)  # /healthz: poll older = unhealthy

    @model_validator(mode="after")
    def _listen(self) -> MetricsSettings:
        if not self.listen:
            return self
        host, sep, port = self.listen.rpartition(":")
        host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
        if not sep or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ValueError(f'metrics.listen: expected "host:port" such as "127.0.0.1:9155", '
                             f"got {self.listen!r}")
        if not _is_loopback(host) and not self.allow_remote:
            raise ValueError(f"metrics.listen: {host!r} is not a loopback address and the "
                             'endpoints have no authentication; use "127.0.0.1:PORT" behind a '
                             "proxy, or set metrics.allow_remote = true to force it")
        return self

    @property
    def address(self) -> tuple[str, int] | None:
        """(host, port) to bind, or None when disabled."""
        if not self.listen:
            return None
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]"), int(port)


class Settings(_Model):
    state_dir: Path = Path("/var/lib/mailbot")
    templates_dir: Path = Field(default_factory=lambda: default_templates_dir())
    database: DatabaseSettings = DatabaseSettings()
    smtp: SmtpSettings
    replies: ReplySettings = ReplySettings()
    classifier: ClassifierSettings = ClassifierSettings()
    security: SecuritySettings = SecuritySettings()
    jobs_interval_seconds: float = Field(default=60.0, gt=0)  # escalation, digest, hooks
    takeover_seconds: float = Field(default=10.0, gt=0)  # PostgreSQL: standby polls this often
    metrics: MetricsSettings = MetricsSettings()
    mailboxes: tuple[MailboxSettings, ...]

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.state_dir / 'mailbot.sqlite3'}"

    def mailbox(self, name: str) -> MailboxSettings:
        for mb in self.mailboxes:
            if mb.name == name:
                return mb
        raise KeyError(name)

    @model_validator(mode="after")
    def _unique(self) -> Settings:
        if not self.mailboxes:
            raise ValueError("mailbox: configure at least one mailbox ([imap] and [organisation])")
        names = [m.name for m in self.mailboxes]
        if len(set(names)) != len(names):
            raise ValueError("mailbox.name: every [[mailbox]] needs a different name")
        prefixes = [m.organisation.reference_prefix for m in self.mailboxes]
        orgs = {m.organisation.reference_prefix: m.organisation.name for m in self.mailboxes}
        if len(orgs) != len({m.organisation.name for m in self.mailboxes}) and len(prefixes) > 1:
            raise ValueError("organisation.reference_prefix: each organisation needs its own prefix")
        return self


_MAILBOX_KEYS = ("organisation", "imap", "staff", "deadlines", "calendar", "escalation",
                 "verification", "cases", "unsubscribe", "retention", "templates_dir", "name")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


# Inherited from the top-level organisation only while the entry keeps its address: another
# organisation's From, own addresses and website must never leak into its replies.
_ORGANISATION_OWN = ("sender", "own_addresses", "website", "name")


def _entry(defaults: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    merged = _merge(defaults, entry)
    own = entry.get("organisation", {})
    if isinstance(own, dict) and "address" in own and isinstance(merged.get("organisation"), dict):
        base = defaults.get("organisation", {})
        for key in _ORGANISATION_OWN:
            if key not in own and key in base:
                merged["organisation"].pop(key, None)
    return merged


def _shape(raw: dict[str, Any]) -> dict[str, Any]:
    """Top-level mailbox sections are the defaults for every [[mailbox]] entry;
    without [[mailbox]] they describe the single mailbox."""
    raw = dict(raw)
    defaults = {k: raw.pop(k) for k in _MAILBOX_KEYS if k in raw}
    entries = raw.pop("mailbox", None)
    if entries is None:
        raw["mailboxes"] = [defaults]
    elif isinstance(entries, list):
        raw["mailboxes"] = [_entry(defaults, e) if isinstance(e, dict) else e for e in entries]
    else:
        raise ConfigError(["mailbox: expected [[mailbox]] tables (an array of tables)"])
    return raw


_FIXES = {
    "missing": "add this key",
    "extra_forbidden": "unknown key: remove it or check its spelling against config.example.toml",
    "int_parsing": "expected a whole number",
    "int_type": "expected a whole number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "string_type": "expected a quoted string",
    "literal_error": "",
    "time_parsing": "expected a time like 09:00:00",
    "date_parsing": "expected a date like 2026-12-24",
}


def _loc(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
        elif item in ("function-after", "function-before") or str(item).startswith("function-"):
            continue
        else:
            parts.append(str(item))
    text = ".".join(parts)
    # a single mailbox is written as top-level sections: speak of them that way
    return text.removeprefix("mailboxes[0].") if text.startswith("mailboxes[0].") else text


def explain(err: ValidationError, single_mailbox: bool) -> list[str]:
    """One readable line per problem: key, value, what to do."""
    lines = []
    for e in err.errors():
        key = _loc(e["loc"]) if single_mailbox else _loc(e["loc"]).replace("mailboxes", "mailbox")
        kind = e["type"]
        msg = str(e.get("msg", ""))
        if kind == "value_error":
            text = msg.removeprefix("Value error, ")
            if single_mailbox:
                text = text.replace("mailboxes[0].", "")
            lines.append(text if ":" in text.split(" ")[0] else f"{key}: {text}")
            continue
        ctx = e.get("ctx") or {}
        if key.endswith(".port") and kind != "missing":
            desc = "expected an integer 1-65535"
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            desc = msg.replace("Input should be", "expected a value")
        elif kind == "literal_error":
            desc = f"expected one of {ctx.get('expected', '')}"
        elif kind == "string_pattern_mismatch":
            desc = f"does not match the required form {ctx.get('pattern', '')}"
        else:
            desc = _FIXES.get(kind) or msg
        got = "" if kind == "missing" else f', got {e.get("input")!r}'
        if kind == "extra_forbidden":
            got = ""
        lines.append(f"{key}: {desc}{got}")
    return lines


def parse_settings(raw: dict[str, Any], path: Path | None = None) -> Settings:
    single = "mailbox" not in raw
    try:
        return Settings.model_validate(_shape(raw))
    except ValidationError as err:
        raise ConfigError(explain(err, single), path) from None


def load_settings(path: Path | str) -> Settings:
    """Read and validate a TOML config file; raises ConfigError with readable lines."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([f"config file not found; copy config.example.toml to {path}"], path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], path) from None
    return parse_settings(raw, path)
