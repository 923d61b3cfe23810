"""A reply cut off inside its headers (an S3 server or proxy that drops the connection there)
is a transport failure with a clear message, not an internal error: botocore parses the empty
Content-Length it is left with by a bare int()."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from contactweb.sync.errors import TransportError
from tests.support.sync_vaults import s3_transport


@pytest.fixture
def cut_headers_endpoint() -> Iterator[str]:
    """Answers every request with a 200 whose Content-Length header is empty, then closes."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: \r\n"
                             b"x-amz-request-id: cut\r\nConnection: close\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_a_reply_cut_inside_its_headers_is_a_transport_error(cut_headers_endpoint: str) -> None:
    transport = s3_transport("bucket", endpoint=cut_headers_endpoint)
    with pytest.raises(TransportError, match="cut off or malformed"):
        transport.get("vault-test/manifests/20261207T000000000000Z-00000000")
