"""Backup failures in a person's words: what went wrong and what to do next, with the
engine's technical text kept apart as the details (shown behind a "Details" button, and in
the log).

The engine's messages name objects ("<vault id>/packs/<hex>: not found in ...") and quote
libraries ("[Errno 30] Read-only file system: '.../.tmp-probe-23859'"); an administrator
needs the cause and the next step, and a support person the technical text.
"""

from __future__ import annotations

import errno
from pathlib import Path

from botocore.exceptions import (
    ClientError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)

from contactweb.i18n import _
from contactweb.services.tls_trust import explain_text
from contactweb.sync import (
    BackupError,
    CorruptObject,
    FolderTransport,
    MissingObject,
    S3Transport,
    Transport,
    TransportError,
)

_ACCESS_CODES = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "403"}
_NO_BUCKET_CODES = {"NoSuchBucket", "404"}  # objects' 404s are MissingObject, not these


def where_words(transport: Transport | None) -> str:
    """"the backup server http://..." or "the backup folder /media/usb", in the reader's
    language (each language words the sentences it goes into around it)."""
    if isinstance(transport, S3Transport):
        return _("the backup server {endpoint}").format(
            endpoint=transport.settings.endpoint_url or "Amazon S3")
    if isinstance(transport, FolderTransport):
        return _("the backup folder {folder}").format(folder=transport.root)
    return _("the backup destination")


def _sentence(text: str) -> str:
    """A sentence that may start with a place ("the backup folder ..."), capitalised."""
    return text[:1].upper() + text[1:]


def technical_details(exc: BaseException) -> str:
    """The exception and its explicit causes, as a support person reads them (not what was
    being handled when it happened: a wrong-password attempt before it is no detail of it)."""
    lines = []
    current: BaseException | None = exc
    while current is not None and len(lines) < 5:
        lines.append(f"{type(current).__name__}: {current}")
        current = current.__cause__
    return "\n".join(lines)


def _causes(exc: BaseException) -> list[BaseException]:
    found = []
    current: BaseException | None = exc
    while current is not None and len(found) < 8:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def plain_words(exc: BackupError, where: str) -> str:
    """The cause and the next step; ``where`` as made by ``where_words``."""
    certificate = explain_text(str(exc), "s3")
    if certificate:
        return certificate
    causes = _causes(exc)
    if isinstance(exc, MissingObject) and "/manifests/" in exc.name:
        return _("This backup is no longer in {where}: it was deleted there, or the server "
                 "lost its data. Choose another backup, and run Verify to bring the history "
                 "up to date.").format(where=where)
    if isinstance(exc, MissingObject):
        return _("A part of this backup is no longer in {where}: it was deleted there, or "
                 "the server lost its data. Choose another backup, and run Verify to bring the "
                 "history up to date.").format(where=where)
    if isinstance(exc, CorruptObject):
        return _("A part of this backup in {where} is damaged and fails its check, so it "
                 "cannot be used. Choose another backup; Verify shows which ones are "
                 "intact.").format(where=where)
    if isinstance(exc, TransportError):
        return _transport_words(causes, where)
    text = str(exc)
    return text[:1].upper() + text[1:]


def _transport_words(causes: list[BaseException], where: str) -> str:
    for cause in causes:
        if isinstance(cause, (ReadTimeoutError, ConnectTimeoutError)):
            return _sentence(_(
                "{where} did not answer in time. Check that the server is running and that "
                "this computer can reach it, then try again. Nothing was changed.").format(
                where=where))
        if isinstance(cause, EndpointConnectionError):
            return _("ContactWeb could not connect to {where}. Check the endpoint address "
                     "and the network connection, then try again.").format(where=where)
        if isinstance(cause, ClientError):
            code = str(cause.response.get("Error", {}).get("Code", ""))
            if code in _ACCESS_CODES:
                return _sentence(_(
                    "{where} refused the access key. Check the access key id and the secret "
                    "access key, and that the key may use this bucket.").format(where=where))
            if code in _NO_BUCKET_CODES:
                return _("The bucket does not exist on {where}. Check the bucket name (it is "
                         "case-sensitive), or create the bucket first.").format(where=where)
        if isinstance(cause, OSError) and cause.errno is not None:
            folder = Path(cause.filename).parent if cause.filename else None
            place = _("the folder {folder}").format(folder=folder) if folder else where
            if cause.errno == errno.EROFS:
                return _sentence(_(
                    "{place} is read-only (a write-protected disk or a read-only share). "
                    "Choose a folder on a disk ContactWeb can write to.").format(place=place))
            if cause.errno in (errno.EACCES, errno.EPERM):
                return _("ContactWeb may not write into {place}. Choose another folder, or "
                         "give your user account write access to it.").format(place=place)
            if cause.errno == errno.ENOSPC:
                return _("The disk holding {place} is full. Free some space or choose "
                         "another disk.").format(place=place)
    return _sentence(_("{where} could not be reached or refused the request. Check the "
                       "destination's settings and the connection, then try again.").format(
        where=where))
