"""A real HTTP server on loopback for the policy-update tests, with a request log and
throwaway signing keys. Each route is one server behaviour (good, tampered, huge, slow …)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.paths import resources_dir
from app.core.policy.bundle import FILE_NAME, META_FILES, read_dir, sign_bundle, write_zip
from app.core.policy.keys import TrustedKeys, key_id


def policy_files() -> dict[str, bytes]:
    """The shipped policy data files (no manifest, signature or update address)."""
    files = read_dir(resources_dir() / "policy")
    return {
        n: d
        for n, d in files.items()
        if FILE_NAME.match(n) and n not in (*META_FILES, "update.json")
    }


@dataclass
class Signer:
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)

    @property
    def kid(self) -> str:
        return key_id(self.key.public_key())

    @property
    def trusted(self) -> TrustedKeys:
        return {self.kid: self.key.public_key()}

    def bundle(
        self, version: int, files: dict[str, bytes] | None = None, **kw: object
    ) -> dict[str, bytes]:
        return sign_bundle(files or policy_files(), self.key, version, **kw)  # type: ignore[arg-type]

    def zip(self, version: int, files: dict[str, bytes] | None = None) -> bytes:
        return write_zip(self.bundle(version, files))


@dataclass
class Logged:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Server:
    httpd: ThreadingHTTPServer
    routes: dict[str, Route]
    log: list[Logged]
    release: threading.Event

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve_bytes(self, path: str, data: bytes, status: int = 200) -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Content-Type", "application/zip")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)

        self.routes[path] = route


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPD

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.log.append(
            Logged(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    do_GET = do_POST = do_HEAD = do_PUT = do_CONNECT = _handle

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


class _HTTPD(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    log: list[Logged]


def start_server() -> Generator[Server, None, None]:
    httpd = _HTTPD(("127.0.0.1", 0), _Handler)
    httpd.routes, httpd.log = {}, []
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    server = Server(httpd, httpd.routes, httpd.log, threading.Event())
    try:
        yield server
    finally:
        server.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to prove nothing changed."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


CREATED = datetime(2026, 12, 1, tzinfo=UTC)
