#!/usr/bin/env python3
"""A local stand-in of an upper platform for trying the uploads: it accepts every POST on
127.0.0.1, prints what arrived, keeps each item once per idempotency key, and responds
with {"code":"0"}. Usage: python3 docs/upstream-stand-in.py [port]   (default port 9900)."""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

seen = set()


class StandIn(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        items = payload.get("records", [payload]) if isinstance(payload, dict) else payload or []
        for item in items:
            key = item.get("idempotencyKey") if isinstance(item, dict) else None
            state = "duplicate, ignored" if key in seen else "stored"
            seen.add(key)
            label = ""
            if isinstance(item, dict):
                label = item.get("plateNumber") or item.get("kind") or ""
            print(f"{self.path} {key} {label} ({state})", flush=True)
        answer = b'{"code":"0","message":"ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9900
    print(f"stand-in platform listening on http://127.0.0.1:{port}", flush=True)
    ThreadingHTTPServer(("127.0.0.1", port), StandIn).serve_forever()
