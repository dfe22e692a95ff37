"""Policy load time: shipped bundle vs. a verified installed update (hashes + signature).

python benchmarks/bench_policy_load.py   (uses a temporary data dir; prints milliseconds)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.paths import resources_dir
from app.core.policy import keys as keys_mod
from app.core.policy.bundle import FILE_NAME, META_FILES, read_dir, sign_bundle
from app.core.policy.installed import active_bundle, install_bundle
from app.core.policy.keys import key_id, public_pem
from app.core.policy.loader import load_policy_set


def best_ms(fn: object, n: int = 20) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1000)
    return min(times)


def main() -> None:
    print(f"shipped bundle: load_policy_set() {best_ms(load_policy_set):.1f} ms")
    key = Ed25519PrivateKey.generate()
    keydir = Path(tempfile.mkdtemp())
    (keydir / f"{key_id(key.public_key())}.pub").write_bytes(public_pem(key.public_key()))
    keys_mod.keys_dir = lambda: keydir  # type: ignore[assignment]
    files = {
        n: d
        for n, d in read_dir(resources_dir() / "policy").items()
        if FILE_NAME.match(n) and n not in (*META_FILES, "update.json")
    }
    install_bundle(sign_bundle(files, key, 99))
    assert not active_bundle().shipped
    print(f"installed update: active_bundle() (verify) {best_ms(active_bundle):.1f} ms")
    print(f"installed update: load_policy_set() {best_ms(load_policy_set):.1f} ms")


if __name__ == "__main__":
    main()
