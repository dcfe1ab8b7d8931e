"""Settings from the environment (prefix ``PRIVACY_DESK_``) and an optional ``.env`` file.

With nothing configured Privacy Desk runs embedded: SQLite under ``./var/``, the SMTP listener on
``127.0.0.1:8025`` and outgoing mail written as ``.eml`` files to ``./var/outbox/``.
"""

from __future__ import annotations

from ipaddress import ip_network
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, IPvAnyNetwork, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the service; a channel whose settings are missing is off."""

    model_config = SettingsConfigDict(
        env_prefix="PRIVACY_DESK_", env_file=".env", extra="ignore", case_sensitive=False
    )

    database_url: str = "sqlite:///./var/privacy-desk.db"
    dpo_address: str = "dpo@studi.fr"
    #: where the bot sends questions that are not about personal data (a URL or an address);
    #: unset: "your school"
    courses_contact: str = ""
    billing_contact: str = ""
    #: the privacy policy's address, cited to a learner who asks how their data is handled;
    #: unset: they are pointed to the DPO address
    privacy_policy_url: str = ""
    extra_dpo_addresses: Annotated[list[str], NoDecode] = Field(default_factory=list)
    timezone: str = "Europe/Paris"

    smtp_host: str | None = "127.0.0.1"
    smtp_port: int = 8025
    max_message_bytes: int = 25 * 1024 * 1024

    outbound_smtp_host: str | None = None
    outbound_smtp_port: int = 25
    outbound_smtp_user: str | None = None
    outbound_smtp_password: SecretStr | None = None
    outbound_smtp_starttls: bool = False
    outbox_dir: Path = Path("./var/outbox")

    imap_host: str | None = None
    imap_port: int = 993
    imap_ssl: bool = True
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_folder: str = "INBOX"
    imap_done_folder: str | None = None

    telegram_token: SecretStr | None = None
    #: the bot's @username, so notices that mention the bot carry its link (t.me/<username>);
    #: unset: they name the bot without a link
    telegram_bot_username: str = ""
    telegram_api_url: str | None = None
    telegram_webhook_url: str | None = None  # set: webhook mode instead of long polling
    telegram_webhook_listen: str = "0.0.0.0:8443"  # host:port the webhook server binds
    telegram_webhook_secret: SecretStr | None = None  # unset: derived from the token
    staff_chat_id: int | None = None
    staff_user_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    staff_chat_max_per_minute: int = Field(default=10, ge=1)  # then one digest a minute
    breach_notices_per_minute: int = Field(default=60, ge=1)  # breach notices to the relay
    redis_url: str | None = None

    web_host: str | None = "127.0.0.1"  # the staff console (empty: off)
    web_port: int = 8080
    web_session_idle_minutes: int = Field(default=30, ge=1)  # signed out after this idle time
    web_max_failures_per_address: int = Field(default=20, ge=1)  # wrong sign-ins per 15 min
    #: who may read /metrics on the console's port: these networks, or a bearer token
    metrics_networks: Annotated[list[IPvAnyNetwork], NoDecode] = Field(
        default_factory=lambda: [ip_network("127.0.0.0/8"), ip_network("::1/128")]
    )
    metrics_token: SecretStr | None = None

    #: "text" (one line per record) or "json" (one JSON object per line, for a log collector)
    log_format: Literal["text", "json"] = "text"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    trusted_authserv_id: str | None = None
    proof_key: SecretStr | None = None
    proof_key_file: Path = Path("./var/proof.key")
    max_proof_bytes: int = 10 * 1024 * 1024
    max_proofs_per_ticket: int = 10
    data_map: Path | None = None

    verification_code_ttl_minutes: int = 15
    verification_max_attempts: int = 5
    verification_max_sends_per_hour: int = 3
    verification_max_sends_per_requester_per_hour: int = 3
    verification_max_failures_per_day: int = 10
    telegram_link_max_idle_days: int = 365
    unverified_reminder_days: int = 3
    unverified_expiry_days: int = 21
    ack_rate_limit_per_hour: int = 5
    digest_hour: int = 8
    purge_after_days: int = 365
    #: register rows (and everything of their request) are kept this long after closure
    register_retention_years: int = Field(default=5, ge=1)
    package_window_hours: int = 72  # a delivered data package stays in the outbox this long
    scheduler_interval_seconds: float = 60.0
    dispatcher_interval_seconds: float = 1.0

    @field_validator("staff_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("telegram_webhook_listen")
    @classmethod
    def _host_port(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("expected host:port, for example 0.0.0.0:8443")
        return value

    @field_validator("metrics_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("extra_dpo_addresses", mode="before")
    @classmethod
    def _split_addresses(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def dpo_addresses(self) -> list[str]:
        """Every address the desk accepts mail for, lower-cased."""
        return [a.lower() for a in [self.dpo_address, *self.extra_dpo_addresses]]

    @property
    def mail_domain(self) -> str:
        """The domain of our own Message-IDs: the DPO address's domain."""
        return self.dpo_address.rpartition("@")[2] or "localhost"
