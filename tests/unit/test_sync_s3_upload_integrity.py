"""Every upload carries the SHA-256 of its body inside the request signature, over HTTPS as
well as HTTP, so the server rejects a body changed or cut short on the way.

No network: a botocore ``before-send`` hook records each request and answers it."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse

from contactweb.sync import S3Settings, S3Transport


class _EmptyBody:
    def stream(self, **_: Any):  # noqa: ANN201 - what botocore reads a raw body through
        yield b""


def recording_transport(endpoint: str) -> tuple[S3Transport, list[Any]]:
    transport = S3Transport(S3Settings(endpoint, "contactweb-test", "us-east-1", "key-id", "secret"))
    sent: list[Any] = []

    def answer(request: Any, **_: Any) -> AWSResponse:
        sent.append(request)
        return AWSResponse(request.url, 200, {"ETag": '"0"'}, _EmptyBody())

    transport._client.meta.events.register("before-send.s3.PutObject", answer)
    return transport, sent


@pytest.mark.parametrize("body_type", [bytes, bytearray])
@pytest.mark.parametrize("endpoint", ["https://s3.example.test", "http://127.0.0.1:9"])
def test_upload_signs_the_sha256_of_its_body(endpoint: str, body_type: type) -> None:
    transport, sent = recording_transport(endpoint)
    body = body_type(bytes(range(256)) * 300)

    transport.put("vault-1/packs/" + "ab" * 16, body)

    (request,) = sent
    headers = {name.lower(): value for name, value in request.headers.items()}
    content_sha256 = headers["x-amz-content-sha256"]
    content_sha256 = content_sha256.decode() if isinstance(content_sha256, bytes) else content_sha256
    assert content_sha256 == hashlib.sha256(body).hexdigest()  # not UNSIGNED-PAYLOAD
    authorization = headers["authorization"]
    authorization = authorization.decode() if isinstance(authorization, bytes) else authorization
    assert "x-amz-content-sha256" in authorization  # the hash is one of the signed headers
    sent_body = request.body.getvalue() if hasattr(request.body, "getvalue") else request.body
    assert sent_body == body


def test_a_pack_buffer_is_sent_as_it_is() -> None:
    """Packs come as a bytearray: the client hashes and sends it in one piece, without a
    stream wrapped around it (and without the extra round trip of Expect: 100-continue)."""
    transport, sent = recording_transport("https://s3.example.test")
    body = bytearray(os.urandom(70_000))

    transport.put("vault-1/packs/" + "cd" * 16, body)

    (request,) = sent
    assert request.body is body
    assert "expect" not in {name.lower() for name in request.headers}
