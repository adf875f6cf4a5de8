#!/usr/bin/python3
"""natlab destination web server (python3 stdlib only).

GET /bytes/N  answers N bytes (text/plain, 'x' repeated), N <= 1 GiB.
GET /         a one-line help text.
Listens on [::]:PORT, dual stack, so both the IPv4 and the IPv6 address of dst answer.
"""
import http.server
import re
import socket
import sys

CHUNK = 64 * 1024
LIMIT = 1 << 30


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "natlab-dst/1"
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        m = re.fullmatch(r"/bytes/(\d{1,10})", self.path)
        if self.path == "/":
            body = b"natlab destination: GET /bytes/N answers N bytes\n"
            self._head(200, len(body))
            self.wfile.write(body)
            return
        if not m or int(m.group(1)) > LIMIT:
            self._head(404, 0)
            return
        n = int(m.group(1))
        self._head(200, n)
        block = b"x" * CHUNK
        while n > 0:
            k = min(n, CHUNK)
            self.wfile.write(block[:k])
            n -= k

    def _head(self, code, length):
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(length))
        self.end_headers()


class Server(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6
    daemon_threads = True
    request_queue_size = 128

    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    Server(("::", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
