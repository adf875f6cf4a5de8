#!/usr/bin/python3
"""natlab destination web server (python3 stdlib only).

    httpd.py [PORT] [--vhost PORT] [--https PORT --tls-dir DIR]

On PORT (default 80), any Host:
  GET /bytes/N  answers N bytes (text/plain, 'x' repeated), N <= 1 GiB.
  GET /ip       the client's address as dst sees it, one line (an echo service
                like checkip.amazonaws.com).
  GET /         a one-line help text.
--vhost PORT    a name-based virtual host: with "Host: www.natlab.test" it answers
                like PORT; with any other Host (an address, no Host) every path but
                /ip gets a small "no such site" page.
--https PORT    TLS with a self-signed certificate for secure.natlab.test that this
                server generates with openssl into --tls-dir at start; with that name
                in SNI it answers like PORT, without it (no SNI, another name) every
                path but /ip gets a small 421 page.
Each listener is on [::]:PORT, dual stack, so both the IPv4 and the IPv6 address of
dst answer. A listener that cannot start is reported on stderr; the others still run.
"""
import http.server
import os
import re
import socket
import ssl
import subprocess
import sys
import threading

CHUNK = 64 * 1024
LIMIT = 1 << 30
VHOST_NAME = "www.natlab.test"
TLS_NAME = "secure.natlab.test"


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "natlab-dst/1"
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        if self.path == "/ip":
            addr = self.client_address[0]
            if addr.startswith("::ffff:"):
                addr = addr[len("::ffff:"):]
            self._small(200, addr + "\n")
            return
        refusal = self.server.refuse(self)
        if refusal:
            self._small(*refusal)
            return
        m = re.fullmatch(r"/bytes/(\d{1,10})", self.path)
        if self.path == "/":
            self._small(200, "natlab destination: GET /bytes/N answers N bytes, GET /ip your address\n")
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

    def _small(self, code, text):
        body = text.encode()
        self._head(code, len(body))
        self.wfile.write(body)

    def _head(self, code, length):
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def log_message(self, fmt, *args):
        sys.stderr.write("%s :%d %s\n" % (self.client_address[0], self.server.server_address[1], fmt % args))


class Server(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6
    daemon_threads = True
    request_queue_size = 128

    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()

    def refuse(self, handler):
        """(code, small body) to answer instead of the page, or None."""
        return None


class VirtualHostServer(Server):
    def refuse(self, handler):
        host = (handler.headers.get("Host") or "").strip().lower()
        host = re.sub(r":\d+$", "", host)
        if host == VHOST_NAME:
            return None
        return 404, "natlab default site: no such site for Host '%s' (try %s)\n" % (host, VHOST_NAME)


class TlsServer(Server):
    def __init__(self, address, handler, context):
        super().__init__(address, handler)
        self.context = context

    def finish_request(self, request, client_address):
        # The handshake runs on the request's own thread, never in accept().
        request.settimeout(10)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        tls.settimeout(None)
        super().finish_request(tls, client_address)

    def refuse(self, handler):
        sni = getattr(handler.connection, "natlab_sni", None)
        if sni == TLS_NAME:
            return None
        return 421, "natlab: this certificate's site is %s; SNI was %s\n" % (TLS_NAME, sni or "absent")


def tls_context(directory):
    os.makedirs(directory, exist_ok=True)
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    if not (os.path.exists(cert) and os.path.exists(key)):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "30", "-subj", "/CN=" + TLS_NAME,
                        "-addext", "subjectAltName=DNS:" + TLS_NAME,
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    def remember(sock, server_name, _context):
        sock.natlab_sni = server_name
    context.sni_callback = remember
    return context


def main():
    args = sys.argv[1:]
    port, vhost, https, tls_dir = 80, None, None, None
    while args:
        a = args.pop(0)
        if a == "--vhost":
            vhost = int(args.pop(0))
        elif a == "--https":
            https = int(args.pop(0))
        elif a == "--tls-dir":
            tls_dir = args.pop(0)
        else:
            port = int(a)
    servers = [Server(("::", port), Handler)]
    if vhost:
        servers.append(VirtualHostServer(("::", vhost), Handler))
    if https:
        try:
            servers.append(TlsServer(("::", https), Handler, tls_context(tls_dir or "/run/natlab/dst/tls")))
        except (OSError, subprocess.CalledProcessError, ssl.SSLError) as e:
            detail = getattr(e, "stderr", b"") or b""
            sys.stderr.write("httpd.py: no HTTPS listener on %d: %s %s\n" % (https, e, detail.decode(errors="replace")))
    sys.stderr.flush()
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    servers[0].serve_forever()


if __name__ == "__main__":
    main()
