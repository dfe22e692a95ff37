"""Policy updates over a real HTTP server on loopback: good, broken and malicious servers.

Every failing case asserts the installed bundles are byte-for-byte unchanged; every request
the server saw must be a bare GET (no body, no cookies, no query, only the plain headers).
"""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.commands import policy_update as cmd
from app.core.policy import PolicyError, load_policy_set
from app.core.policy import keys as keys_mod
from app.core.policy.bundle import write_zip
from app.core.policy.installed import active_bundle, last_update, shipped_dir, updates_dir
from app.core.policy.keys import BundleError, public_pem
from app.core.policy.update import UpdateError, check_url, fetch, update_policies
from tests.core.policy.update_server import Server, Signer, policy_files, snapshot, start_server

SENT_HEADERS = {"host", "user-agent", "accept-encoding"}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    srv_iter = start_server()
    srv = next(srv_iter)
    yield srv
    for req in srv.log:  # the update code never sends anything but a bare GET
        if req.method == "CONNECT":
            continue
        assert req.method == "GET"
        assert req.body == b"" and "content-length" not in req.headers
        assert "cookie" not in req.headers
        assert "?" not in req.path
        assert set(req.headers) <= SENT_HEADERS, req.headers
        assert req.headers["user-agent"].startswith("Overshare/")
        assert " " not in req.headers["user-agent"]
    srv_iter.close()


@pytest.fixture
def signer() -> Signer:
    return Signer()


def _update(srv: Server, path: str, signer: Signer, **kw: object):  # type: ignore[no-untyped-def]
    return update_policies(srv.url(path), trusted=signer.trusted, **kw)  # type: ignore[arg-type]


def _installed_good(srv: Server, signer: Signer, version: int = 3) -> dict[str, bytes]:
    srv.serve_bytes("/good.zip", signer.zip(version))
    result = _update(srv, "/good.zip", signer)
    assert result.installed and result.new_version == version
    return snapshot(updates_dir())


def test_good_bundle_installs_and_wins_over_shipped(server: Server, signer: Signer) -> None:
    server.serve_bytes("/bundle.zip", signer.zip(2))
    result = _update(server, "/bundle.zip", signer)
    assert result.installed and (result.old_version, result.new_version) == (1, 2)
    assert result.old_dir == shipped_dir() and result.new_dir == updates_dir() / "2"
    assert result.message == "Installed policy version 2 (was 1)."
    active = active_bundle(signer.trusted)
    assert (active.version, active.directory, active.shipped) == (2, updates_dir() / "2", False)
    assert sorted(p.name for p in result.new_dir.iterdir()) == sorted(
        [*policy_files(), "manifest.json", "manifest.sig"]
    )
    assert last_update() is not None and last_update()["to_version"] == 2  # type: ignore[index]
    assert [r.path for r in server.log] == ["/bundle.zip"]


def test_loader_default_uses_verified_install(
    server: Server, signer: Signer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _trust(signer, monkeypatch, tmp_path / "keys")
    _installed_good(server, signer, 2)
    assert load_policy_set().directory == str(updates_dir() / "2")
    # Tampered on disk after install: verified again at load, so the shipped set is used.
    (updates_dir() / "2" / "x.toml").write_bytes(b"# edited\n" + policy_files()["x.toml"])
    assert load_policy_set().directory == str(shipped_dir())


def test_installed_bundle_not_trusted_by_app_is_ignored(server: Server, signer: Signer) -> None:
    _installed_good(server, signer, 2)
    assert load_policy_set().directory == str(shipped_dir())  # not a shipped key


def test_same_version_is_up_to_date(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    result = _update(server, "/good.zip", signer)
    assert not result.installed and result.new_version == result.old_version == 3
    assert "already have the newest policies (version 3)" in result.message
    assert snapshot(updates_dir()) == before


@pytest.mark.parametrize("version", [1, 2])
def test_older_version_refused(server: Server, signer: Signer, version: int) -> None:
    before = _installed_good(server, signer)
    server.serve_bytes("/old.zip", signer.zip(version))
    with pytest.raises(BundleError, match=f"offered policy version {version}, older than"):
        _update(server, "/old.zip", signer)
    assert snapshot(updates_dir()) == before


def _tampered(signer: Signer) -> bytes:
    files = signer.bundle(4)
    files["x.toml"] = files["x.toml"].replace(b"train", b"trian", 1)
    return write_zip(files)


def _bad_sig(signer: Signer) -> bytes:
    files = signer.bundle(4)
    sig = bytearray(files["manifest.sig"])
    sig[5] = ord("A") if sig[5] != ord("A") else ord("B")
    files["manifest.sig"] = bytes(sig)
    return write_zip(files)


def _manifest_edited(signer: Signer) -> bytes:
    files = signer.bundle(4)
    files["manifest.json"] = files["manifest.json"].replace(b'"version": 4', b'"version": 9')
    return write_zip(files)


def _schema_break(signer: Signer) -> bytes:
    files = policy_files()
    files["x.toml"] = files["x.toml"].replace(b"schema_version = 1", b"schema_version = 7")
    return signer.zip(4, files)


def _extra_file(signer: Signer) -> bytes:
    files = signer.bundle(4)
    files["evil.toml"] = b"schema_version = 1\n"
    return write_zip(files)


CASES = {
    "tampered": (_tampered, "x.toml does not match its signed hash"),
    "bad_signature": (_bad_sig, "signature does not match"),
    "manifest_edited": (_manifest_edited, "signature does not match"),
    "wrong_key": (lambda s: Signer().zip(4), "does not trust"),
    "schema": (_schema_break, "x.toml is invalid at schema_version"),
    "unsigned_file": (_extra_file, "unsigned files: evil.toml"),
    "not_a_zip": (lambda s: b"<html>captive portal</html>", "not a readable zip"),
    "truncated_zip": (lambda s: s.zip(4)[:-200], "not a readable zip"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_bundles_refused(server: Server, signer: Signer, case: str) -> None:
    before = _installed_good(server, signer)
    make, message = CASES[case]
    server.serve_bytes("/bad.zip", make(signer))
    with pytest.raises(PolicyError, match=message):
        _update(server, "/bad.zip", signer)
    assert snapshot(updates_dir()) == before
    assert not any(p.name.startswith(".incoming") for p in updates_dir().iterdir())


def test_huge_body_refused_by_declared_length(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    server.serve_bytes("/huge.zip", b"\0" * 300_000)
    with pytest.raises(UpdateError, match="larger than allowed"):
        _update(server, "/huge.zip", signer, max_bytes=100_000)
    assert snapshot(updates_dir()) == before


def test_huge_body_without_length_stops_at_cap(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    sent: list[int] = []

    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.end_headers()  # no Content-Length: read until close
        try:
            for _ in range(10_000):  # up to 640 MB if the client never stopped
                h.wfile.write(b"\0" * 65536)
                sent.append(1)
        except OSError:
            pass

    server.routes["/endless"] = endless
    with pytest.raises(UpdateError, match="larger than allowed"):
        _update(server, "/endless", signer, max_bytes=200_000)
    assert snapshot(updates_dir()) == before


def test_truncated_download(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    data = signer.zip(4)

    def cut(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data[: len(data) // 2])
        h.wfile.flush()
        h.close_connection = True

    server.routes["/cut.zip"] = cut
    with pytest.raises(UpdateError, match="cut off"):
        _update(server, "/cut.zip", signer)
    assert snapshot(updates_dir()) == before


def test_slow_response_times_out(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)

    def slow(h: BaseHTTPRequestHandler) -> None:
        server.release.wait(10)  # released at teardown

    server.routes["/slow.zip"] = slow
    with pytest.raises(UpdateError, match="did not answer in time"):
        _update(server, "/slow.zip", signer, timeout=0.3)
    assert snapshot(updates_dir()) == before


def test_404(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    with pytest.raises(UpdateError, match="answered 404 Not Found; nothing was changed"):
        _update(server, "/missing.zip", signer)
    assert snapshot(updates_dir()) == before


def test_redirect_to_other_host_refused(server: Server, signer: Signer) -> None:
    before = _installed_good(server, signer)
    port = server.httpd.server_address[1]

    def away(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", f"http://localhost:{port}/good.zip")
        h.end_headers()

    server.routes["/away"] = away
    server.serve_bytes("/good.zip", signer.zip(5))
    with pytest.raises(UpdateError, match=r"redirected to another site \(localhost\)"):
        _update(server, "/away", signer)
    assert snapshot(updates_dir()) == before
    assert [r.path for r in server.log][-1] == "/away"  # the other host was never asked


def test_same_host_redirect_followed_without_cookies(server: Server, signer: Signer) -> None:
    def moved(h: BaseHTTPRequestHandler) -> None:
        h.send_response(301)
        h.send_header("Location", "/v2/bundle.zip")
        h.send_header("Set-Cookie", "tracker=abc; Path=/")
        h.end_headers()

    server.routes["/latest.zip"] = moved
    server.serve_bytes("/v2/bundle.zip", signer.zip(2))
    assert _update(server, "/latest.zip", signer).installed
    assert [r.path for r in server.log] == ["/latest.zip", "/v2/bundle.zip"]
    # the fixture asserts no Cookie header came back


def test_offline_is_one_sentence_and_one_attempt(signer: Signer) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(UpdateError) as info:
        update_policies(f"http://127.0.0.1:{port}/b.zip", trusted=signer.trusted)
    assert info.value.message == (
        "Could not reach the policy server (are you offline?); nothing was changed."
    )


def test_system_proxy_is_honoured(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", server.base)

    def refuse(h: BaseHTTPRequestHandler) -> None:
        h.send_response(403)
        h.end_headers()

    server.routes["policy.example:443"] = refuse
    with pytest.raises(UpdateError):
        fetch("https://policy.example/latest.zip")
    assert [(r.method, r.path) for r in server.log] == [("CONNECT", "policy.example:443")]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://policy.example/b.zip", "must use https"),
        ("ftp://policy.example/b.zip", "not an https"),
        ("https://policy.example/b.zip?user=1", "must not carry a query"),
        ("https://me:pw@policy.example/b.zip", "must not carry"),
    ],
)
def test_url_rules(url: str, message: str) -> None:
    with pytest.raises(UpdateError, match=message):
        check_url(url)


def _trust(signer: Signer, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make the app's own key lookup (resources/policy/keys) trust the throwaway key."""
    folder.mkdir()
    (folder / f"{signer.kid}.pub").write_bytes(public_pem(signer.key.public_key()))
    monkeypatch.setattr(keys_mod, "keys_dir", lambda: folder)


def test_cli_update_and_diff(
    server: Server,
    signer: Signer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _trust(signer, monkeypatch, tmp_path / "keys")
    files = policy_files()
    files["x.toml"] = files["x.toml"].replace(
        b'\nconfidence = "secondary"', b'\nconfidence = "confirmed"', 1
    )
    server.serve_bytes("/b.zip", signer.zip(2, files))
    out = io.StringIO()
    assert main(["policy", "update", "--url", server.url("/b.zip")]) == 0
    assert capsys.readouterr().out.startswith("Installed policy version 2 (was 1).")
    assert main(["policy", "update", "--url", server.url("/nope")]) == 1
    err = capsys.readouterr().err
    assert err == "overshare: The policy server answered 404 Not Found; nothing was changed.\n"
    args = build_parser().parse_args(["policy", "diff", "previous", "current"])
    assert cmd.run_diff(args, out) == 0
    assert "Rules changed (1):" in out.getvalue()
    assert "The sources are now rated confirmed (was secondary)." in out.getvalue()
