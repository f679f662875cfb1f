"""Configuration: every error names the key, the value and the fix."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from mailbot.config import ConfigError, load_settings, parse_settings

ROOT = Path(__file__).resolve().parents[1]


def base() -> dict[str, Any]:
    return {
        "organisation": {"name": "ONRO B.V.", "address": "info@onro.eu", "reference_prefix": "ONRO",
                         "privacy_officer": "privacy@onro.eu"},
        "imap": {"host": "127.0.0.1", "tls": "none", "user": "info", "password_env": "T_IMAP_PW"},
        "smtp": {"host": "127.0.0.1", "tls": "none"},
    }


@pytest.fixture(autouse=True)
def _pw(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_IMAP_PW", "s3cret")


def problems(mutate: Any) -> list[str]:
    raw = copy.deepcopy(base())
    mutate(raw)
    with pytest.raises(ConfigError) as err:
        parse_settings(raw)
    return err.value.problems


def test_minimal_config_gets_defaults() -> None:
    s = parse_settings(base())
    mb = s.mailboxes[0]
    assert mb.imap.port == 143 and s.smtp.port == 25
    assert mb.imap.password.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(s)
    assert mb.organisation.sender == "ONRO B.V. <info@onro.eu>"
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("mailbot.sqlite3")


def test_port_out_of_range_names_key_value_and_range() -> None:
    assert problems(lambda d: d["imap"].__setitem__("port", "99999")) == [
        "imap.port: expected an integer 1-65535, got '99999'"]


def test_password_in_file_is_refused_with_the_alternatives() -> None:
    (line,) = problems(lambda d: d["smtp"].update(user="x", password="hunter2"))
    assert line.startswith("smtp.password: secrets are not allowed")
    assert "password_file" in line and "password_credential" in line
    assert "hunter2" not in line


def test_plaintext_to_remote_host_is_refused_unless_forced() -> None:
    (line,) = problems(lambda d: d["imap"].__setitem__("host", "mail.example.org"))
    assert line.startswith("imap.tls:") and "allow_plaintext_remote" in line
    raw = base()
    raw["imap"].update(host="mail.example.org", allow_plaintext_remote=True)
    assert parse_settings(raw).mailboxes[0].imap.tls == "none"


def test_tls_is_the_default() -> None:
    raw = base()
    del raw["imap"]["tls"], raw["smtp"]["tls"]
    s = parse_settings(raw)
    assert (s.mailboxes[0].imap.tls, s.mailboxes[0].imap.port) == ("implicit", 993)
    assert (s.smtp.tls, s.smtp.port) == ("starttls", 587)
    assert s.mailboxes[0].imap.verify_certificates and s.smtp.verify_certificates


def test_unknown_key_and_bad_choice() -> None:
    assert problems(lambda d: d["imap"].__setitem__("prot", 1)) == [
        "imap.prot: unknown key: remove it or check its spelling against config.example.toml"]
    (line,) = problems(lambda d: d["imap"].__setitem__("tls", "ssl"))
    assert line.startswith("imap.tls: expected one of") and "'ssl'" in line


def test_missing_password_source_and_missing_env() -> None:
    (line,) = problems(lambda d: d["imap"].pop("password_env"))
    assert line.startswith("imap.password_file: no password source")
    (line,) = problems(lambda d: d["imap"].__setitem__("password_env", "T_NOT_SET_ANYWHERE"))
    assert "T_NOT_SET_ANYWHERE" in line and "is not set" in line


def test_password_file_and_systemd_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pw").write_text("from-file\n")
    raw = base()
    raw["imap"] = {**raw["imap"], "password_file": str(tmp_path / "pw")}
    del raw["imap"]["password_env"]
    assert parse_settings(raw).mailboxes[0].imap.password.get_secret_value() == "from-file"
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text("from-cred")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    raw["imap"] = {**raw["imap"], "password_credential": "imap"}
    del raw["imap"]["password_file"]
    assert parse_settings(raw).mailboxes[0].imap.password.get_secret_value() == "from-cred"


def test_bad_address_and_prefix() -> None:
    (line,) = problems(lambda d: d["organisation"].__setitem__("address", "info"))
    assert line.startswith("organisation.address: expected an e-mail address")
    (line,) = problems(lambda d: d["organisation"].__setitem__("reference_prefix", "onro"))
    assert line.startswith("organisation.reference_prefix:") and "'onro'" in line


def test_several_mailboxes_inherit_top_level_sections() -> None:
    raw = base()
    raw["mailbox"] = [
        {"name": "onro"},
        {"name": "urios", "organisation": {"name": "Urios", "address": "info@urios.nl",
                                           "reference_prefix": "URIOS"},
         "imap": {"user": "urios"}},
    ]
    s = parse_settings(raw)
    assert [m.name for m in s.mailboxes] == ["onro", "urios"]
    urios = s.mailbox("urios")
    assert urios.organisation.privacy_officer == "privacy@onro.eu"  # inherited
    assert urios.imap.user == "urios" and urios.imap.host == "127.0.0.1"


def test_example_config_is_valid(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("imap-password", "smtp-password", "urios-imap-password"):
        (tmp_path / name).write_text("x")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    s = load_settings(ROOT / "config.example.toml")
    assert [m.organisation.reference_prefix for m in s.mailboxes] == ["ONRO", "URIOS"]


def test_missing_file_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(bad)


def test_another_organisation_never_inherits_our_sender() -> None:
    raw = base()
    raw["organisation"]["sender"] = "ONRO <info@onro.eu>"
    raw["organisation"]["own_addresses"] = ["noreply@onro.eu"]
    raw["mailbox"] = [{"name": "onro"},
                      {"name": "urios", "organisation": {"name": "Urios", "address": "info@urios.nl",
                                                         "reference_prefix": "URIOS"}}]
    onro, urios = parse_settings(raw).mailboxes
    assert onro.organisation.sender == "ONRO <info@onro.eu>"
    assert urios.organisation.sender == "Urios <info@urios.nl>"
    assert "noreply@onro.eu" not in urios.organisation.all_own_addresses


def test_breach_reading_threshold_must_be_a_probability() -> None:
    (line,) = problems(lambda d: d.setdefault("classifier", {}).update(breach_reading_threshold=1.5))
    assert line.startswith("classifier.breach_reading_threshold:") and "1.5" in line
    from mailbot.config import ClassifierSettings

    assert ClassifierSettings(breach_reading=False, breach_reading_threshold=0.7).breach_reading is False
