"""The app's only network code: fetch a signed policy bundle with one plain GET and install it.

What is sent: `GET <path>` with Host, User-Agent "Overshare/<version>" and
Accept-Encoding: identity. No query string, body, cookies or identifiers. System proxy
settings are honoured (httpx trust_env). One attempt, no retries. Redirects are followed
only to the same scheme, host and port. Everything received is untrusted until the
signature and hashes check out (bundle.py); any failure leaves the installed bundles as
they were.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from urllib.parse import urljoin

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app import __version__
from app.core.errors import OvershareError
from app.core.policy.bundle import read_zip
from app.core.policy.installed import StaleBundle, active_bundle, install_bundle, shipped_dir

MAX_BYTES = 5_000_000
TIMEOUT = 15.0  # seconds per connect/read, and twice that for the whole download
MAX_REDIRECTS = 3
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


class UpdateError(OvershareError):
    """The update could not be fetched (offline, timeout, HTTP error, too large, redirect)."""

    code = "policy_update_failed"


@dataclass(frozen=True, slots=True)
class UpdateResult:
    installed: bool  # False: already up to date
    message: str  # one sentence for the user
    old_version: int
    new_version: int
    old_dir: Path
    new_dir: Path


def default_url() -> str:
    """The project's update URL from resources/policy/update.json."""
    try:
        data = json.loads((shipped_dir() / "update.json").read_text(encoding="utf-8"))
        return str(data["url"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UpdateError("No policy update address is configured in this app.") from exc


def check_url(url: str) -> httpx.URL:
    """HTTPS only (plain HTTP only on this computer, for tests and local mirrors); no query."""
    try:
        u = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise UpdateError(f"The policy update address {url!r} is not a valid URL.") from exc
    if u.scheme not in ("https", "http") or not u.host:
        raise UpdateError(f"The policy update address {url!r} is not an https:// URL.")
    if u.scheme == "http" and u.host not in _LOOPBACK:
        raise UpdateError(f"The policy update address {url!r} must use https://.")
    if u.query or u.userinfo or u.fragment:
        raise UpdateError(
            f"The policy update address {url!r} must not carry a query, fragment or login."
        )
    return u


def _client(timeout: float) -> httpx.Client:
    client = httpx.Client(
        trust_env=True,  # system / environment proxy settings
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),  # keeps none
    )
    client.headers.clear()
    client.headers["User-Agent"] = f"Overshare/{__version__}"
    client.headers["Accept-Encoding"] = "identity"
    return client


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def _read_capped(resp: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    encoding = resp.headers.get("Content-Encoding", "identity").lower()
    if encoding != "identity":
        raise UpdateError(f"The policy server sent an unexpected {encoding} encoding.")
    declared = resp.headers.get("Content-Length")
    if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
        raise UpdateError("The policy update is larger than allowed; it was not downloaded.")
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_raw():
        size += len(chunk)
        if size > max_bytes:
            raise UpdateError("The policy update is larger than allowed; it was not downloaded.")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("download took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """One GET of the bundle (following same-origin redirects); UpdateError in one sentence."""
    target = check_url(url)
    deadline = time.monotonic() + 2 * timeout
    try:
        with _client(timeout) as client:
            for _ in range(MAX_REDIRECTS + 1):
                with client.stream("GET", target) as resp:
                    if resp.is_redirect:
                        nxt = httpx.URL(urljoin(str(target), resp.headers.get("Location", "")))
                        if not _same_origin(target, nxt):
                            raise UpdateError(
                                f"The policy server redirected to another site ({nxt.host}); "
                                "the update was refused."
                            )
                        target = check_url(str(nxt))
                        continue
                    if resp.status_code != 200:
                        raise UpdateError(
                            f"The policy server answered {resp.status_code} "
                            f"{resp.reason_phrase}; nothing was changed."
                        )
                    return _read_capped(resp, max_bytes, deadline)
            raise UpdateError("The policy server redirected too many times.")
    except httpx.TimeoutException as exc:
        raise UpdateError("The policy server did not answer in time; nothing was changed.") from exc
    except (httpx.ConnectError, httpx.ProxyError, httpx.UnsupportedProtocol) as exc:
        raise UpdateError(
            "Could not reach the policy server (are you offline?); nothing was changed."
        ) from exc
    except httpx.RemoteProtocolError as exc:
        raise UpdateError(
            "The policy download was cut off or garbled; nothing was changed."
        ) from exc
    except httpx.HTTPError as exc:
        raise UpdateError(f"The policy download failed ({exc}); nothing was changed.") from exc


def update_policies(
    url: str | None = None,
    *,
    trusted: Mapping[str, Ed25519PublicKey] | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> UpdateResult:
    """Fetch, verify and install the published bundle. Raises UpdateError (network) or
    PolicyError/BundleError (bad bundle), each with a one-sentence message."""
    data = fetch(url or default_url(), timeout=timeout, max_bytes=max_bytes)
    before = active_bundle(trusted)
    try:
        manifest, previous, folder = install_bundle(read_zip(data), trusted)
    except StaleBundle as exc:
        if exc.offered != exc.current:
            raise
        return UpdateResult(
            False, exc.message, before.version, before.version, before.directory, before.directory
        )
    return UpdateResult(
        True,
        f"Installed policy version {manifest.version} (was {previous.version}).",
        previous.version,
        manifest.version,
        previous.directory,
        folder,
    )
