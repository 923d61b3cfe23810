"""Backups into an S3-compatible bucket in a US region, through boto3."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from contactweb.i18n import _
from contactweb.sync.errors import MissingObject, RegionRefused, TransportError
from contactweb.sync.transport import check_object_name, check_prefix

ALLOWED_REGIONS = frozenset(
    {"us-east-1", "us-east-2", "us-west-1", "us-west-2", "us-gov-east-1", "us-gov-west-1"}
)
_MISSING_CODES = {"NoSuchKey", "404", "NotFound"}


@dataclass(frozen=True)
class S3Settings:
    endpoint_url: str | None
    bucket: str
    region: str
    access_key_id: str
    secret_access_key: str
    prefix: str = "contactweb"
    # Retries and timeouts: a few quick attempts, then a clear error; the next run resumes.
    # Seconds, not minutes: a server that accepts the connection and never answers fails
    # the run within max_attempts x read_timeout instead of holding it for good.
    max_attempts: int = 3
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    # A CA file to check the server's certificate against instead of the system's (the
    # business's own CA, or a pinned self-signed certificate); None: the system's.
    ca_bundle: str | None = None

    def __repr__(self) -> str:  # never print the secret key
        return f"S3Settings(endpoint_url={self.endpoint_url!r}, bucket={self.bucket!r}, region={self.region!r})"


def region_from_location(location: str | None) -> str:
    """GetBucketLocation answers None or '' for us-east-1 and the legacy 'EU' for eu-west-1."""
    if not location:
        return "us-east-1"
    if location == "EU":
        return "eu-west-1"
    return location


def _client_config(settings: S3Settings) -> Config:
    options: dict[str, Any] = {
        "signature_version": "s3v4",
        # The SHA-256 of every request body is part of the signature, over HTTPS too (botocore
        # always does it over plain HTTP): the server rejects a body changed or cut short on
        # the way. Content-MD5 did the same job at the cost of a second hash of every pack.
        "s3": {"addressing_style": "path", "payload_signing_enabled": True},
        "retries": {"max_attempts": settings.max_attempts, "mode": "standard"},
        "connect_timeout": settings.connect_timeout,
        "read_timeout": settings.read_timeout,
    }
    # Newer botocore adds CRC checksums that several S3-compatible servers reject; uploads
    # carry the signed SHA-256 above instead, and every object is authenticated by AES-GCM.
    if "request_checksum_calculation" in Config.OPTION_DEFAULTS:
        options["request_checksum_calculation"] = "when_required"
        options["response_checksum_validation"] = "when_required"
    return Config(**options)


class S3Transport:
    def __init__(self, settings: S3Settings, client: Any | None = None) -> None:
        self.settings = settings
        self._prefix = settings.prefix.strip("/")
        self._client = client or boto3.client(
            "s3",
            endpoint_url=settings.endpoint_url,
            region_name=settings.region,
            aws_access_key_id=settings.access_key_id,
            aws_secret_access_key=settings.secret_access_key,
            config=_client_config(settings),
            verify=settings.ca_bundle,
        )

    def describe(self) -> str:
        where = self.settings.endpoint_url or "AWS S3"
        return f"s3://{self.settings.bucket}/{self._prefix} at {where}"

    def check_region(self) -> None:
        bucket = self.settings.bucket
        try:
            answer = self._client.get_bucket_location(Bucket=bucket)
        except (ClientError, BotoCoreError) as exc:
            raise TransportError(f"bucket {bucket}", _("could not read the bucket location: {exc}").format(
                exc=exc)) from exc
        region = region_from_location(answer.get("LocationConstraint"))
        if region not in ALLOWED_REGIONS:
            raise RegionRefused(bucket, region)

    def test_connection(self) -> str:
        bucket = self.settings.bucket
        try:
            self._client.head_bucket(Bucket=bucket)
        except (ClientError, BotoCoreError) as exc:
            raise TransportError(f"bucket {bucket}", _("cannot reach the bucket: {exc}").format(
                exc=exc)) from exc
        self.check_region()
        return _("{where} is reachable and in a US region").format(where=self.describe())

    def put(self, name: str, data: bytes | bytearray) -> None:
        self._call(name, "upload", self._client.put_object, Bucket=self.settings.bucket,
                   Key=self._key(name), Body=data)

    def get(self, name: str) -> bytes:
        answer = self._call(name, "download", self._client.get_object,
                            Bucket=self.settings.bucket, Key=self._key(name))
        try:
            return answer["Body"].read()
        except (BotoCoreError, OSError) as exc:
            raise TransportError(name, _("download interrupted: {exc}").format(exc=exc)) from exc

    def list(self, prefix: str) -> list[str]:
        check_prefix(prefix)
        full_prefix = f"{self._prefix}/{prefix}" if self._prefix else prefix
        cut = len(self._prefix) + 1 if self._prefix else 0
        names: list[str] = []
        paginator = self._client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.settings.bucket, Prefix=full_prefix):
                names.extend(item["Key"][cut:] for item in page.get("Contents", []))
        except (ClientError, BotoCoreError, ValueError) as exc:  # ValueError: see _call
            raise TransportError(full_prefix or self.settings.bucket, _("listing failed: {exc}").format(
                exc=exc)) from exc
        return sorted(names)

    def delete(self, name: str) -> None:
        self._call(name, "delete", self._client.delete_object,
                   Bucket=self.settings.bucket, Key=self._key(name))

    def _key(self, name: str) -> str:
        check_object_name(name)
        return f"{self._prefix}/{name}" if self._prefix else name

    def _call(self, name: str, action: str, method: Any, **kwargs: Any) -> Any:
        try:
            return method(**kwargs)
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code in _MISSING_CODES:
                raise MissingObject(name, f"not found in {self.describe()}") from exc
            raise TransportError(name, _("{action} refused by the server: {exc}").format(
                action=action, exc=exc)) from exc
        except BotoCoreError as exc:
            raise TransportError(name, _("{action} failed: {exc}").format(
                action=action, exc=exc)) from exc
        except ValueError as exc:
            # botocore parses a reply cut off inside its headers (an empty Content-Length)
            # with a bare int(): that is a broken connection, not a bug of ours.
            raise TransportError(name, _("{action} failed: the server's reply was cut off or "
                                         "malformed ({exc})").format(
                action=action, exc=exc)) from exc
