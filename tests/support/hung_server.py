"""A server on 127.0.0.1 that accepts every connection and never answers: a frozen S3
endpoint, as a hung proxy or a stopped storage node looks from the client."""

from __future__ import annotations

import socket
import threading


class HungServer:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._held: list[socket.socket] = []
        self._closed = False
        self.connections = 0
        threading.Thread(target=self._accept_loop, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._held.append(client)  # read nothing, answer nothing, close nothing

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        for client in self._held:
            client.close()
