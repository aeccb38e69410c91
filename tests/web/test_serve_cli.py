"""``storyline serve`` as a user starts it: a real process, its settings file, a real request."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from .server import free_port


def test_serve_takes_its_body_limit_from_the_settings_file(tmp_path: Path) -> None:
    config = tmp_path / "small.toml"
    config.write_text("max_bytes = 2000\n", encoding="utf-8")
    port = free_port()
    cmd = [sys.executable, "-c", "from storyline.cli.main import main; main()", "--config", str(config), "serve",
           "--db", str(tmp_path / "s.db"), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "storyline serve did not start"
            time.sleep(0.2)
        body = '[{"id": "lamp", "text": "' + "The Kestrel Point lamp was lit again. " * 80 + '"}]'
        r = httpx.post(url + "/api/articles", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        assert "2,000 bytes" in r.json()["detail"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
