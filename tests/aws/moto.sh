#!/usr/bin/env bash
# A local AWS API for the tests: moto_server on 127.0.0.1 (a random free
# port), seeded by seed.py (boto3, moto's own Python), queried by natdoctor
# through the real `aws` CLI. Never touches ~/.aws: the CLI runs with dummy
# credentials in a temporary AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE
# under STATE_DIR.
#
#   moto.sh start STATE_DIR   start moto_server, seed every scenario (seed.py);
#                             writes STATE_DIR/{port,pid,seed.json,config,credentials}
#   moto.sh stop STATE_DIR    stop it and wait until it is gone
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { printf 'moto.sh: %s\n' "$*" >&2; exit 1; }

# A Python with moto (and boto3, which moto needs): PATH first, then pyenv's.
find_python() {
    local py
    for py in "$(command -v python3 || true)" "${HOME:-/root}"/.pyenv/versions/*/bin/python3 \
              /root/.pyenv/versions/*/bin/python3 /usr/local/bin/python3 /usr/bin/python3; do
        [ -n "$py" ] && [ -x "$py" ] || continue
        if "$py" -c 'import moto.server, boto3' >/dev/null 2>&1; then echo "$py"; return; fi
    done
    die "moto_server not found: no python3 can import moto.server and boto3 (looked on PATH, in
~/.pyenv/versions/*/bin and /usr/local/bin). Install it: python3 -m pip install 'moto[server]' boto3
(the build machines' image has it in pyenv's Python 3.11), then run the tests again."
}

start() {
    local dir=$1 py port
    mkdir -p "$dir"
    printf '[default]\nregion = us-east-1\noutput = json\n' >"$dir/config"
    printf '[default]\naws_access_key_id = testing\naws_secret_access_key = testing\n' >"$dir/credentials"
    command -v aws >/dev/null 2>&1 || die "the aws CLI is not installed. Install it: sudo apt-get install awscli
(packaging/dev.sh deps does), then run the tests again."
    py=$(find_python)
    port=$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # setsid: its own process group, so stop() ends moto and anything it started.
    setsid "$py" -m moto.server -H 127.0.0.1 -p "$port" >"$dir/moto.log" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    echo "$port" >"$dir/port"
    # Ready when it answers (a start failure after 120 s, not a timing assertion).
    local ok=
    for _ in $(seq 1 1200); do
        if "$py" -c 'import sys, urllib.request; urllib.request.urlopen("http://127.0.0.1:%s/moto-api/" % sys.argv[1], timeout=5)' \
            "$port" 2>/dev/null; then
            ok=1
            break
        fi
        kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/moto.log" >&2; die "moto_server exited at start"; }
        sleep 0.1
    done
    [ -n "$ok" ] || { cat "$dir/moto.log" >&2; die "moto_server did not answer on port $port"; }
    "$py" "$here/seed.py" "http://127.0.0.1:$port" >"$dir/seed.json"
    echo "http://127.0.0.1:$port"
}

stop() {
    local dir=$1 pid
    [ -f "$dir/pid" ] || return 0
    pid=$(cat "$dir/pid")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/pid"
}

case "${1:-}" in
start) start "$2" ;;
stop) stop "$2" ;;
*) die "usage: moto.sh start|stop STATE_DIR" ;;
esac
